"""How errors name what the user called: one way everywhere.

An operation is named as it is called, ``resource.method`` (``aois.get``), followed by the spec's
operation id where that helps to find it in the API reference: ``aois.get (getAoi)``. An argument
is named as it is passed: ``aois.create(geometry=...)``, then the path inside it when there is one
(``orders.create(order_items=...) at order_items[0].start_date``).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Mapping
from typing import Any

__all__ = ["describe", "operation_label"]


def describe(method: str, argument: str) -> str:
    """``method(argument=...)``, then the path inside the argument when there is one."""
    root = re.split(r"[.\[]", argument, maxsplit=1)[0]
    return f"{method}({root}=...)" + ("" if root == argument else f" at {argument}")


def operation_label(operation_id: str) -> str:
    """``resource.method (operationId)`` for an operation of the table; the id alone otherwise."""
    info = _operations().get(operation_id)
    if info is None:
        return operation_id
    return f"{info.resource}.{info.method_name} ({operation_id})"


def _operations() -> Mapping[str, Any]:
    package = __name__.rsplit(".", 2)[0]  # pixxel._runtime._naming -> pixxel
    try:
        table: Mapping[str, Any] = importlib.import_module(f"{package}._operations").OPERATIONS
    except (ImportError, AttributeError):  # the runtime on its own (its unit tests)
        return {}
    return table
