"""Discriminated unions (``oneOf`` + ``discriminator``) that stay tolerant.

pydantic cannot infer the tags of a ``Field(discriminator=...)`` union from the generated models
(their JSON side is tolerant, see ``_models``), so the generated code names each member's tag
with ``Tag`` and picks the member with :func:`by_property`::

    root: Annotated[
        Annotated[Circle, Tag("circle")] | Annotated[Square, Tag("square")],
        Discriminator(by_property("kind")),
    ]

A value whose tag is unknown is kept as sent (tolerant reading), never an error.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["by_property"]


def by_property(name: str) -> Callable[[Any], Any]:
    """The discriminator function: the value's ``name`` (a mapping key or an attribute), with
    an enum read as its value; ``None`` when it has none."""

    def tag(value: Any) -> Any:
        found = value.get(name) if isinstance(value, Mapping) else getattr(value, name, None)
        return getattr(found, "value", found)

    tag.__name__ = f"by_{name}"
    return tag
