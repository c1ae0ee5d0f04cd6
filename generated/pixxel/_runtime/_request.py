"""What a generated endpoint module hands to the transport."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import Any, Generic, TypeVar
from urllib.parse import quote

from ._types import NotGiven

__all__ = ["OperationInfo", "PreparedRequest", "path_segment", "query_list"]


@dataclass(frozen=True, slots=True)
class OperationInfo:
    """One row of the operation table (``pixxel.OPERATIONS``): static facts from the spec."""

    operation_id: str
    method: str
    path: str
    resource: str
    method_name: str
    summary: str
    retry_safe: bool = False
    """Whether a POST may be sent again after a failure (GET, PUT and DELETE always may)."""
    documented: bool = True
    """False for operations with no public documentation page (their schemas are inferred)."""
    pagination: Mapping[str, Any] | None = None
    waiter: Mapping[str, Any] | None = None


ResultT = TypeVar("ResultT")


@dataclass(slots=True)
class PreparedRequest(Generic[ResultT]):
    """One call of an operation, as its generated endpoint module builds it.

    ``ResultT`` is what the response parses to; ``responses`` maps each success status to the
    type its body parses to: a model, ``bytes``, ``str`` or ``None``.
    """

    method: str
    url: str
    responses: Mapping[int, Any]
    params: dict[str, Any] = field(default_factory=dict)
    json: Any = None
    headers: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.params = {k: _query_value(v) for k, v in self.params.items() if v is not None}
        if isinstance(self.json, NotGiven):
            self.json = None


def _query_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return [_query_value(v) for v in value]
    return value


def path_segment(value: Any) -> str:
    """Quote a path parameter so that it stays one path segment."""
    if value is None or value == "":
        raise ValueError("a path parameter must not be empty")
    return quote(str(value), safe="")


def query_list(values: Any) -> Any:
    """Join a list for a query parameter documented as comma-separated (``explode: false``)."""
    if isinstance(values, list | tuple):
        return ",".join(str(v) for v in values)
    return values
