"""Deferred imports: what a resource needs only once it sends a request.

Importing ``pixxel.models`` loads pydantic and builds every model class, which costs more than
importing httpx. The resources and endpoint modules name the models through these proxies, so
``import pixxel``, ``Pixxel(...)`` and ``client.jobs`` load none of it; the first request does.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Iterator, Mapping
from types import ModuleType
from typing import Any

__all__ = ["LazyModule", "LazyResponses"]

_import_lock = threading.Lock()


class LazyModule:
    """Stands for the module ``name``, imported on the first attribute read."""

    __slots__ = ("_module", "_name")

    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attribute: str) -> Any:
        # Only reached for names that are not slots, i.e. the module's own attributes.
        module = self._module
        if module is None:
            with _import_lock:
                module = self._module = importlib.import_module(self._name)
        return getattr(module, attribute)

    def __repr__(self) -> str:
        state = "loaded" if self._module is not None else "not loaded yet"
        return f"<lazy module {self._name!r} ({state})>"


class LazyResponses(Mapping[int, Any]):
    """An endpoint's status -> result type table, built on first use (it names models)."""

    __slots__ = ("_build", "_table")

    def __init__(self, build: Callable[[], dict[int, Any]]) -> None:
        self._build = build
        self._table: dict[int, Any] | None = None

    def _loaded(self) -> dict[int, Any]:
        table = self._table
        if table is None:
            table = self._table = self._build()
        return table

    def __getitem__(self, status: int) -> Any:
        return self._loaded()[status]

    def __contains__(self, status: object) -> bool:
        return status in self._loaded()

    def __iter__(self) -> Iterator[int]:
        return iter(self._loaded())

    def __len__(self) -> int:
        return len(self._loaded())
