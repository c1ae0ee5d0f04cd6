"""Parameters on the wire: OpenAPI 3.1 ``style`` / ``explode`` serialization.

Each :class:`Parameter` is a static fact from the spec (its name, location, style and explode);
:meth:`Parameter.serialize` turns one call's value into exactly what goes on the wire, following
the style table of the OpenAPI specification (section "Style Examples", RFC 6570 expansions):
values are percent-encoded except RFC 3986 unreserved characters, so a space is ``%20`` and a
slash in a path value is ``%2F``; the delimiters a style adds (``,`` ``;`` ``.`` ``=`` ``&``) are
literal, and the ones that RFC 3986 does not allow in a query (``|``, ``[``, ``]``, the space of
``spaceDelimited``) are percent-encoded.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, Final, Literal
from urllib.parse import quote
from uuid import UUID

from ._types import NotGiven

__all__ = ["Location", "Parameter", "Style", "encode", "scalar_text"]

Location = Literal["path", "query", "header", "cookie"]
Style = Literal[
    "simple", "label", "matrix", "form", "spaceDelimited", "pipeDelimited", "deepObject"
]

STYLES: Final[Mapping[str, tuple[str, ...]]] = {
    "path": ("simple", "label", "matrix"),
    "query": ("form", "spaceDelimited", "pipeDelimited", "deepObject"),
    "header": ("simple",),
    "cookie": ("form",),
}
"""The styles OpenAPI 3.1 defines for each location (the first one is the default)."""

_DELIMITERS: Final = {"spaceDelimited": "%20", "pipeDelimited": "%7C"}


def encode(text: str) -> str:
    """Percent-encode everything but RFC 3986 unreserved characters (UTF-8 first)."""
    return quote(text, safe="")


def scalar_text(value: Any, where: str) -> str:
    """The text of one primitive value: booleans as ``true``/``false``, enums by value, dates
    in ISO 8601, datetimes in RFC 3339 (naive ones as UTC, UTC written ``Z``), numbers as Python
    writes them (integers exactly, at any size)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return scalar_text(value.value, where)
    if isinstance(value, int | Decimal | UUID):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{where}: {value!r} cannot be sent")
        return repr(value)
    if isinstance(value, datetime):
        # RFC 3339, as `format: date-time` asks: a naive datetime is UTC (the project's rule).
        moment: datetime = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
        text = moment.isoformat()
        return text[:-6] + "Z" if text.endswith("+00:00") else text
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"{where}: a {type(value).__name__} cannot be sent as a parameter value")


def _shape(value: Any, where: str) -> tuple[str, Any]:
    """``("scalar", text)``, ``("array", [text...])`` or ``("object", [(key, text)...])``."""
    dump = getattr(value, "model_dump", None)
    if dump is not None:
        value = dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, Mapping):
        pairs = []
        for key, item in value.items():
            if item is None or isinstance(item, NotGiven):
                continue
            if isinstance(item, Mapping | list | tuple):
                raise TypeError(f"{where}.{key}: nested values cannot be serialized in a parameter")
            pairs.append((scalar_text(key, where), scalar_text(item, f"{where}.{key}")))
        return "object", pairs
    if isinstance(value, Sequence) and not isinstance(value, str | bytes | bytearray):
        items = []
        for i, item in enumerate(value):
            if item is None or isinstance(item, Mapping | list | tuple):
                raise TypeError(f"{where}[{i}]: a {type(item).__name__} cannot be a list item here")
            items.append(scalar_text(item, f"{where}[{i}]"))
        return "array", items
    return "scalar", scalar_text(value, where)


@dataclass(frozen=True, slots=True)
class Parameter:
    """One parameter of an operation, as the spec declares it.

    ``style`` defaults to the location's default (``simple`` for path and header, ``form`` for
    query and cookie) and ``explode`` to ``style == "form"``, as in OpenAPI. A combination that
    OpenAPI leaves undefined (``deepObject`` without ``explode``, a style of another location)
    raises ``ValueError`` when the module is imported; the generator refuses it first.
    """

    name: str
    """The wire name (``X-Request-Id``, ``ids``)."""
    location: Location
    style: Style | None = None
    explode: bool | None = None
    required: bool = False

    def __post_init__(self) -> None:
        allowed = STYLES.get(self.location)
        if allowed is None:
            raise ValueError(f"parameter {self.name!r}: unknown location {self.location!r}")
        style = self.style or allowed[0]
        if style not in allowed:
            raise ValueError(
                f"parameter {self.name!r}: style {style!r} is not defined for the {self.location}"
            )
        explode = (style == "form") if self.explode is None else self.explode
        if style == "deepObject" and not explode:
            raise ValueError(f"parameter {self.name!r}: deepObject is only defined with explode")
        object.__setattr__(self, "style", style)
        object.__setattr__(self, "explode", explode)

    @property
    def where(self) -> str:
        return f"{self.location} parameter {self.name!r}"

    def is_missing(self, value: Any) -> bool:
        """Whether ``value`` means "not sent" (``None`` or ``NOT_GIVEN``); raises for a missing
        required parameter."""
        if value is None or isinstance(value, NotGiven):
            if self.required or self.location == "path":
                raise TypeError(f"{self.where} is required")
            return True
        return False

    def serialize(self, value: Any) -> str:
        """The wire text of ``value`` (never ``None``; check :meth:`is_missing` first).

        - path: the text that replaces ``{name}`` in the path template (``.a.b``, ``;id=5``);
        - query: the query-string fragment, names included (``ids=a,b``, ``f%5Bk%5D=v``), which
          may be empty (an exploded empty list sends nothing);
        - header: the header value (not percent-encoded: a header is not a URI);
        - cookie: the cookie pair ``name=value``.
        """
        if self.location == "path":
            return self._path(value)
        if self.location == "query":
            return self._query(value)
        if self.location == "header":
            return self._header(value)
        return self._cookie(value)

    def _path(self, value: Any) -> str:
        kind, data = _shape(value, self.where)
        style, explode, name = self.style, self.explode, encode(self.name)
        if kind == "scalar":
            text = encode(data)
            if style == "simple" and not text:
                raise ValueError(f"{self.where} must not be empty")
            if style == "label":
                return "." + text
            if style == "matrix":
                return f";{name}={text}" if text else f";{name}"
            return text
        if kind == "array":
            items = [encode(item) for item in data]
        else:
            items = (
                [f"{encode(k)}={encode(v)}" for k, v in data]
                if explode
                else [part for k, v in data for part in (encode(k), encode(v))]
            )
        if style == "simple":
            return ",".join(items)
        if style == "label":
            return "." + ("." if explode else ",").join(items)
        # matrix
        if kind == "array" and explode:
            return "".join(f";{name}={item}" for item in items)
        if kind == "object" and explode:
            return "".join(f";{item}" for item in items)
        return f";{name}=" + ",".join(items)

    def _query(self, value: Any) -> str:
        kind, data = _shape(value, self.where)
        style, explode, name = self.style, self.explode, encode(self.name)
        if style == "deepObject":
            if kind != "object":
                raise TypeError(f"{self.where}: deepObject needs a mapping, got {kind} value")
            return "&".join(f"{name}%5B{encode(k)}%5D={encode(v)}" for k, v in data)
        if kind == "scalar":
            return f"{name}={encode(data)}"
        if kind == "object":
            if explode:
                if style != "form":
                    raise TypeError(
                        f"{self.where}: {style} with explode is not defined for objects"
                    )
                return "&".join(f"{encode(k)}={encode(v)}" for k, v in data)
            items = [part for k, v in data for part in (encode(k), encode(v))]
        else:
            if explode:
                return "&".join(f"{name}={encode(item)}" for item in data)
            items = [encode(item) for item in data]
        return f"{name}=" + _DELIMITERS.get(style or "form", ",").join(items)

    def _header(self, value: Any) -> str:
        kind, data = _shape(value, self.where)
        text: str
        if kind == "scalar":
            text = data
        elif kind == "array":
            text = ",".join(data)
        elif self.explode:
            text = ",".join(f"{k}={v}" for k, v in data)
        else:
            text = ",".join(part for pair in data for part in pair)
        if any(c in text for c in "\r\n\0") or not text.isascii():
            # The value is not shown: headers may carry credentials.
            raise ValueError(f"{self.where}: a header value must be ASCII without line breaks")
        return text

    def _cookie(self, value: Any) -> str:
        kind, data = _shape(value, self.where)
        name = encode(self.name)
        if kind == "scalar":
            return f"{name}={encode(data)}"
        if self.explode:
            raise TypeError(
                f"{self.where}: a list or mapping in a cookie needs explode: false in the spec"
            )
        items = (
            [encode(item) for item in data]
            if kind == "array"
            else [part for k, v in data for part in (encode(k), encode(v))]
        )
        return f"{name}=" + ",".join(items)
