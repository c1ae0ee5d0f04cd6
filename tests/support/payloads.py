"""Documented exchanges (tests/payloads/*.yaml) and how to replay them through the client."""

from __future__ import annotations

import inspect
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import yaml

from generator.operations import python_name
from pixxel import OPERATIONS

from .paths import BASE_URL, PAYLOADS


@dataclass(frozen=True)
class Exchange:
    operation_id: str
    source: str
    synthetic: bool
    path: dict[str, Any]
    query: dict[str, Any]
    body: Any
    status: int
    content_type: str
    response_body: Any
    note: str | None
    file: Path
    recorded: bool = False
    """Read from a cassette recorded against the live API (judged by the spec, not by a payload)."""

    @property
    def url(self) -> str:
        info = OPERATIONS[self.operation_id]
        path = info.path
        for name, value in self.path.items():
            path = path.replace("{" + name + "}", str(value))
        query = urlencode(self.query, doseq=True)
        return BASE_URL + path + (f"?{query}" if query else "")

    def response_bytes(self) -> bytes:
        if self.response_body is None:
            return b""
        if isinstance(self.response_body, bytes):
            return self.response_body
        if "json" in self.content_type:
            return json.dumps(self.response_body, ensure_ascii=False).encode()
        return str(self.response_body).encode()

    def call_arguments(self, method: Any) -> tuple[list[Any], dict[str, Any]]:
        """Positional and keyword arguments for the resource ``method`` that send this exchange."""
        info = OPERATIONS[self.operation_id]
        names = [part[1:-1] for part in info.path.split("/") if part.startswith("{")]
        args = [self.path[name] for name in names]
        kwargs = {_argument(info, k): v for k, v in self.query.items()}
        if self.body is not None:
            accepted = inspect.signature(method).parameters
            fields = (
                {(k if k in accepted else _argument(info, k)): v for k, v in self.body.items()}
                if isinstance(self.body, dict)
                else None
            )
            if fields is not None and set(fields) <= set(accepted):
                kwargs.update(fields)  # body fields are flattened into keyword arguments
            else:
                kwargs["body"] = self.body
        return args, kwargs


def _argument(info: Any, wire: str) -> str:
    """The method argument that sends ``wire``: a paged list takes the API's page size (``limit``
    or ``page_size`` on the wire) as ``page_size``; ``limit`` there caps the iterator instead.
    (Body fields converted by ``x-pixxel-input`` keep their wire name, e.g. ``datetime``.)"""
    if info.pagination:
        size_wire = "page_size" if info.pagination["style"] == "page" else "limit"
        if wire == size_wire:
            return "page_size"
    return python_name(wire)


def load_exchange(path: Path) -> Exchange:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    request = data.get("request") or {}
    response = data["response"]
    return Exchange(
        operation_id=data["operation"],
        source=data["source"],
        synthetic=bool(data.get("synthetic", False)),
        path=request.get("path") or {},
        query=request.get("query") or {},
        body=request.get("body"),
        status=int(response["status"]),
        content_type=response.get("content_type", "application/json"),
        response_body=response.get("body"),
        note=data.get("note"),
        file=path,
    )


def all_exchanges() -> list[Exchange]:
    return [load_exchange(p) for p in sorted(PAYLOADS.glob("*.yaml"))]
