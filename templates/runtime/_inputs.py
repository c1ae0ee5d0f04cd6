"""Arguments converted before sending, as the spec's ``x-pixxel-input`` declares.

A generated method calls :func:`convert_input` once per such argument, at call time, so a bad
value fails before any request with an error naming the method and the argument.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
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
from ._time import DateTimeInput, DateTimeRangeInput, to_datetime, to_interval
from ._types import NotGiven

__all__ = [
    "BboxInput",
    "DateTimeInput",
    "DateTimeRangeInput",
    "FeatureCollectionInput",
    "GeometryInput",
    "convert_input",
    "convert_nested",
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
