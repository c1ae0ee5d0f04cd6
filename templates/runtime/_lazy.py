"""Deferred imports: what a resource needs only once it sends a request.

Loading a model loads pydantic, which costs more than importing httpx. The resources and
endpoint modules name the models through these proxies, so ``import pixxel``, ``Pixxel(...)``
and ``client.jobs`` load none of it; the first request loads pydantic and the models it returns
(``pixxel.models`` is an index whose :func:`lazy_exports` imports one model's module at a time).
"""

from __future__ import annotations

import importlib
import sys
import threading
from collections.abc import Callable, Iterator, Mapping
from types import ModuleType
from typing import Any

__all__ = ["LazyModule", "LazyResponses", "lazy_exports"]

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


def lazy_exports(
    package: str, homes: Mapping[str, str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """A package's ``__getattr__`` and ``__dir__`` for names defined in its submodules.

    ``homes`` maps each name to the submodule that defines it; the first read of a name imports
    that submodule only and keeps the value in the package, so later reads are plain lookups.
    """
    namespace = sys.modules[package].__dict__

    def __getattr__(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{home}"), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        # What completion should offer: the exported names (and the usual dunders).
        return sorted({*homes, *(name for name in namespace if name.startswith("__"))})

    return __getattr__, __dir__
