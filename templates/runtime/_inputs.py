"""Arguments converted before sending, as the spec's ``x-pixxel-input`` declares.

A generated method calls :func:`convert_input` once per such argument, at call time, so a bad
value fails before any request with an error naming the method and the argument.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any
from uuid import UUID

from ._geo import (
    BboxInput,
    FeatureCollectionInput,
    GeometryInput,
    to_bbox,
    to_feature_collection,
    to_geometry,
)
from ._naming import describe
from ._time import DateTimeInput, DateTimeRangeInput, to_datetime, to_interval
from ._types import NotGiven

__all__ = [
    "BboxInput",
    "DateTimeInput",
    "DateTimeRangeInput",
    "FeatureCollectionInput",
    "GeometryInput",
    "check_choice",
    "check_exclusive",
    "convert_input",
    "convert_nested",
    "one_or_many",
    "path_argument",
]


def _geometry(value: Any, method: str, argument: str, spec: Mapping[str, Any]) -> Any:
    return to_geometry(value, method, argument, spec.get("types"))


def _feature_collection(value: Any, method: str, argument: str, spec: Mapping[str, Any]) -> Any:
    return to_feature_collection(value, method, argument, spec.get("types"))


def _bbox(value: Any, method: str, argument: str, spec: Mapping[str, Any]) -> Any:
    return to_bbox(value, method, argument)


def _datetime(value: Any, method: str, argument: str, spec: Mapping[str, Any]) -> Any:
    return to_datetime(value, method, argument, spec.get("bound", "start"))


def _interval(value: Any, method: str, argument: str, spec: Mapping[str, Any]) -> Any:
    return to_interval(value, method, argument)


_CONVERTERS: dict[str, Callable[[Any, str, str, Mapping[str, Any]], Any]] = {
    "geometry": _geometry,
    "feature-collection": _feature_collection,
    "bbox": _bbox,
    "date-time": _datetime,
    "datetime-interval": _interval,
}


def convert_input(value: Any, method: str, argument: str, spec: Mapping[str, Any]) -> Any:
    """``value`` in the wire form ``spec["kind"]`` names; ``None`` and ``NOT_GIVEN`` pass."""
    if value is None or isinstance(value, NotGiven):
        return value
    return _CONVERTERS[spec["kind"]](value, method, argument, spec)


def convert_nested(
    value: Any, method: str, argument: str, specs: Mapping[str, Mapping[str, Any]]
) -> Any:
    """Convert the fields named in ``specs`` of each element (a dict) of the list ``value``.

    Elements that are models already passed their own validation and are kept as they are.
    """
    if not isinstance(value, list | tuple):
        return value
    converted = []
    for index, element in enumerate(value):
        if isinstance(element, Mapping):
            element = dict(element)
            for name, spec in specs.items():
                if name in element:
                    element[name] = convert_input(
                        element[name], method, f"{argument}[{index}].{name}", spec
                    )
        converted.append(element)
    return converted


def path_argument(value: Any, method: str, argument: str) -> str:
    """An id that goes into the URL path: a non-empty string (or a number or UUID, as text)."""
    if value is None or isinstance(value, bool) or not isinstance(value, str | int | UUID):
        raise TypeError(
            f"{method}({argument}=...): expected an id (a non-empty string), "
            f"got {type(value).__name__}"
        )
    text = str(value)
    if not text.strip():
        raise ValueError(f"{method}({argument}=...): expected an id, got an empty string")
    return text


def check_choice(value: Any, method: str, argument: str, choices: tuple[str, ...]) -> Any:
    """``value`` when it is one of ``choices`` (the ``Literal`` of the signature), or a list of
    such values; ``None`` and ``NOT_GIVEN`` pass. Anything else raises ``ValueError`` naming the
    allowed values, before any request."""
    if value is None or isinstance(value, NotGiven):
        return value
    if isinstance(value, list | tuple):
        return [check_choice(v, method, f"{argument}[{i}]", choices) for i, v in enumerate(value)]
    plain = value.value if isinstance(value, Enum) else value
    if isinstance(plain, str) and plain in choices:
        return plain
    allowed = ", ".join(repr(c) for c in choices)
    hint = next((f" (did you mean {c!r}?)" for c in choices if _same_word(c, plain)), "")
    raise ValueError(
        f"{describe(method, argument)}: expected one of {allowed}, got {plain!r}{hint}"
    )


def _same_word(choice: str, value: Any) -> bool:
    return isinstance(value, str) and choice.casefold() == value.strip().casefold()


def one_or_many(value: Any, method: str, argument: str) -> Any:
    """A list of strings from one string (``collections="pixxel-td-l2a"``) or from any sequence
    of strings; ``None`` and ``NOT_GIVEN`` pass; the body model checks the rest."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple | set | frozenset):
        return list(value)
    return value


def check_exclusive(method: str, **arguments: Any) -> None:
    """Refuse more than one of ``arguments`` given (not ``None`` nor ``NOT_GIVEN``)."""
    given = [name for name, value in arguments.items() if _is_given(value)]
    if len(given) > 1:
        names = ", ".join(f"{name}=..." for name in given)
        raise ValueError(
            f"{method}({names}): give only one of {', '.join(arguments)}; "
            "the API filters by one of them"
        )


def _is_given(value: Any) -> bool:
    return value is not None and not isinstance(value, NotGiven)
