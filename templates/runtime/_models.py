"""Base classes and lenient field types shared by the generated models."""

from __future__ import annotations

import re
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any

import pydantic
from pydantic import BeforeValidator, PlainSerializer

__all__ = [
    "BaseModel",
    "Bbox",
    "DateDmy",
    "DateUnderscore",
    "OpenEnum",
    "PlainDate",
    "RawJson",
    "Timestamp",
]


class BaseModel(pydantic.BaseModel):
    """Base of every generated model.

    Forward compatible: fields the spec does not list yet are kept (``model_extra``) and written
    back on serialization. Fields can be set by their Python name or their wire name.
    """

    model_config = pydantic.ConfigDict(
        extra="allow",
        populate_by_name=True,
        protected_namespaces=(),
        defer_build=True,
    )

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-compatible data, with wire names and without unset fields."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True)


class OpenEnum(StrEnum):
    """A string enum that accepts values the spec does not list yet.

    The API adds states over time; an unknown value becomes a pseudo-member (``Status("new")``
    is a ``Status`` whose ``value`` is ``"new"``) instead of a validation error.
    """

    @classmethod
    def _missing_(cls, value: object) -> OpenEnum | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = re.sub(r"\W", "_", value).upper()
        member._value_ = value
        return member


def _blank_to_none(value: Any) -> Any:
    # Some documented payloads send "" for a timestamp that is not set yet (e.g. `paid_at`).
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _parse_timestamp(value: Any) -> Any:
    value = _blank_to_none(value)
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return value  # kept as sent: see Timestamp
    return value


def _date_parser(fmt: str) -> Any:
    def parse(value: Any) -> Any:
        value = _blank_to_none(value)
        if isinstance(value, str):
            try:
                return datetime.strptime(value, fmt).date()
            except ValueError:
                return value  # kept as sent, like Timestamp
        return value

    return parse


Timestamp = Annotated[datetime | str | None, BeforeValidator(_parse_timestamp)]
"""ISO 8601 date and time, with ``T`` or a space between them, ``Z`` or an offset.

Parsed to a ``datetime``; ``""`` reads as ``None``. A value that is not a timestamp at all (the
documentation's own examples carry placeholders such as ``"<string>"``) is kept as the string sent
rather than failing the whole response.
"""

PlainDate = Annotated[date | str | None, BeforeValidator(_date_parser("%Y-%m-%d"))]
"""``YYYY-MM-DD``; ``""`` reads as ``None``; anything else is kept as the string sent."""

DateDmy = Annotated[
    date | str | None,
    BeforeValidator(_date_parser("%d-%m-%Y")),
    PlainSerializer(
        lambda d: d.strftime("%d-%m-%Y") if isinstance(d, date) else d, when_used="json"
    ),
]
"""``DD-MM-YYYY`` (order task dates); serialized back in the same form."""

DateUnderscore = Annotated[
    date | str | None,
    BeforeValidator(_date_parser("%Y_%m_%d")),
    PlainSerializer(
        lambda d: d.strftime("%Y_%m_%d") if isinstance(d, date) else d, when_used="json"
    ),
]
"""``YYYY_MM_DD`` (visualization dates); serialized back in the same form."""


Bbox = list[float]
"""A STAC bounding box. Values sent as numeric strings (as one documented example does) parse to
numbers like the rest."""

RawJson = Any
"""A field the API stores as raw JSON bytes: an integer array or an already decoded JSON value.

Both are kept as sent; :func:`pixxel.decode_raw_json` turns either into a Python value.
"""
