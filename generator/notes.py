"""The spec-only notes (``x-pixxel-notes``): where they are, for ``report --notes``.

Notes record provenance and the decisions taken where documentation pages disagree; the
generator never puts them in the package, so this is the one place that shows them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .spec import Bundle

NOTES = "x-pixxel-notes"


@dataclass(frozen=True)
class Notes:
    """The notes at one place of the spec: ``where`` (readable) and the file defining it."""

    where: str
    file: str
    notes: list[str]


def collect(bundle: Bundle) -> list[Notes]:
    """Every place with notes: operations (and their parameters, bodies, responses), then schemas."""
    found: list[Notes] = []
    for method, path, op in bundle.operations():
        label = f"{method.upper()} {path} ({op.get('operationId', '?')})"
        file = str(bundle.origin(("paths", path)).name)
        for where, notes in _walk(op, label):
            found.append(Notes(where, file, notes))
    components = bundle.document.get("components", {})
    for kind in ("schemas", "parameters", "responses"):
        for name, node in components.get(kind, {}).items():
            file = str(bundle.origin(("components", kind, name)).name)
            for where, notes in _walk(node, name if kind == "schemas" else f"{kind[:-1]} {name}"):
                found.append(Notes(where, file, notes))
    return found


def _walk(node: Any, where: str) -> Iterator[tuple[str, list[str]]]:
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from _walk(item, f"{where}[{index}]")
        return
    if not isinstance(node, dict):
        return
    notes = node.get(NOTES)
    if notes:
        yield where, [str(n) for n in notes]
    for key, value in node.items():
        if key in (NOTES, "examples", "example", "x-pixxel-sources"):
            continue
        if key == "parameters" and isinstance(value, list):
            for param in value:
                if isinstance(param, dict):
                    yield from _walk(param, f"{where} parameter {param.get('name', '?')}")
        elif key == "properties" and isinstance(value, dict):
            for name, prop in value.items():
                yield from _walk(prop, f"{where}.{name}")
        elif key == "requestBody":
            yield from _walk(value, f"{where} request body")
        elif key == "responses" and isinstance(value, dict):
            for status, response in value.items():
                yield from _walk(response, f"{where} response {status}")
        elif isinstance(value, dict | list):
            yield from _walk(value, f"{where} {key}" if key not in ("content", "schema") else where)


def print_notes(bundle: Bundle) -> None:
    places = collect(bundle)
    total = sum(len(p.notes) for p in places)
    print(f"\n{NOTES}: {total} notes at {len(places)} places of the spec\n")
    for place in places:
        print(f"{place.where}  [{place.file}]")
        for note in place.notes:
            print(f"  - {note}")
