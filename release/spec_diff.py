"""Compare two bundled OpenAPI 3.1 documents, as a client of the API sees them.

A request accepts what the client sends: narrowing it breaks callers. A response is what the
client reads: removing from it, or making it looser (new types, possibly missing fields), breaks
readers. Why a small comparer of our own: see README ("Release notes").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Literal

from .changes import Change, added, breaking, patch

Side = Literal["request", "response"]
Schema = dict[str, Any]
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def compare_specs(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every client-visible difference between the two documents' operations."""
    changes: list[Change] = []
    old_version, new_version = (
        old.get("info", {}).get("version"),
        new.get("info", {}).get("version"),
    )
    if old_version != new_version:
        changes.append(patch(f"API description version {old_version} -> {new_version}"))
    old_ops, new_ops = _operations(old), _operations(new)
    for key in sorted(old_ops.keys() - new_ops.keys()):
        changes.append(breaking(f"{_label(key, old_ops[key])}: operation removed"))
    for key in sorted(new_ops.keys() - old_ops.keys()):
        changes.append(added(f"{_label(key, new_ops[key])}: new operation"))
    for key in sorted(old_ops.keys() & new_ops.keys()):
        comparer = _Comparer(old, new, _label(key, new_ops[key]))
        changes.extend(comparer.operation(old_ops[key], new_ops[key]))
    return changes


def _operations(doc: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    found = {}
    for path, item in (doc.get("paths") or {}).items():
        shared = item.get("parameters") or []
        for method in METHODS:
            if method in item:
                op = dict(item[method])
                op["parameters"] = [*shared, *(op.get("parameters") or [])]
                found[(path, method)] = op
    return found


def _label(key: tuple[str, str], op: dict[str, Any]) -> str:
    path, method = key
    name = f" ({op['operationId']})" if op.get("operationId") else ""
    return f"`{method.upper()} {path}`{name}"


class _Comparer:
    """Walks one operation of both documents; a ``$ref`` pair is not re-entered below itself."""

    def __init__(self, old: dict[str, Any], new: dict[str, Any], label: str) -> None:
        self.docs = (old, new)
        self.label = label
        self.open: set[tuple[str, str, str]] = set()  # the $ref pairs being compared (a cycle)

    def _resolve(self, which: int, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if not ref.startswith("#/"):
                raise ValueError(f"only local $ref are supported, found {ref!r}")
            target: Any = self.docs[which]
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def operation(self, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
        yield from self._parameters(old["parameters"], new["parameters"])
        yield from self._request_body(old.get("requestBody"), new.get("requestBody"))
        yield from self._responses(old.get("responses") or {}, new.get("responses") or {})

    def _parameters(self, old: list[Any], new: list[Any]) -> Iterator[Change]:
        def index(which: int, params: list[Any]) -> dict[tuple[str, str], dict[str, Any]]:
            resolved = (self._resolve(which, p) for p in params)
            return {(p["in"], p["name"]): p for p in resolved}

        before, after = index(0, old), index(1, new)
        for key in sorted(before.keys() - after.keys()):
            yield breaking(f"{self.label}: {key[0]} parameter `{key[1]}` removed")
        for key in sorted(after.keys() - before.keys()):
            where = f"{self.label}: {key[0]} parameter `{key[1]}`"
            if after[key].get("required"):
                yield breaking(f"{where} added, required")
            else:
                yield added(f"{where} added (optional)")
        for key in sorted(before.keys() & after.keys()):
            where = f"{self.label}: {key[0]} parameter `{key[1]}`"
            was, now = bool(before[key].get("required")), bool(after[key].get("required"))
            if now and not was:
                yield breaking(f"{where} is now required")
            elif was and not now:
                yield added(f"{where} is now optional")
            yield from self._schema(
                before[key].get("schema") or {}, after[key].get("schema") or {}, where, "request"
            )

    def _request_body(self, old: Any, new: Any) -> Iterator[Change]:
        old, new = self._resolve(0, old) or {}, self._resolve(1, new) or {}
        where = f"{self.label}: request body"
        if old and not new:
            yield breaking(f"{where} removed")
            return
        if new and not old:
            level = breaking if new.get("required") else added
            yield level(f"{where} added{', required' if new.get('required') else ''}")
            return
        if new.get("required") and not old.get("required"):
            yield breaking(f"{where} is now required")
        yield from self._content(old.get("content"), new.get("content"), where, "request")

    def _responses(self, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
        for status in sorted(old):
            if not status.startswith("2"):
                continue
            where = f"{self.label}: response {status}"
            if status not in new:
                yield breaking(f"{where} no longer returned")
                continue
            before, after = self._resolve(0, old[status]), self._resolve(1, new[status])
            yield from self._content(before.get("content"), after.get("content"), where, "response")
        for status in sorted(new.keys() - old.keys()):
            if status.startswith("2"):
                yield added(f"{self.label}: response {status} added")

    def _content(self, old: Any, new: Any, where: str, side: Side) -> Iterator[Change]:
        old, new = old or {}, new or {}
        for media in sorted(old.keys() - new.keys()):
            yield breaking(f"{where}: media type `{media}` removed")
        for media in sorted(new.keys() - old.keys()):
            yield added(f"{where}: media type `{media}` added")
        for media in sorted(old.keys() & new.keys()):
            yield from self._schema(
                old[media].get("schema") or {}, new[media].get("schema") or {}, where, side
            )

    def _schema(
        self, old: Any, new: Any, where: str, side: Side, field: str = ""
    ) -> Iterator[Change]:
        """Compare two schemas; ``where`` names the parameter or body, ``field`` the position."""
        if isinstance(old, dict) and isinstance(new, dict) and "$ref" in old and "$ref" in new:
            pair = (old["$ref"], new["$ref"], side)
            if pair in self.open:
                return  # a recursive schema: its changes are reported at the outer level
            self.open.add(pair)
            try:
                yield from self._compare(old, new, where, side, field)
            finally:
                self.open.discard(pair)
        else:
            yield from self._compare(old, new, where, side, field)

    def _compare(self, old: Any, new: Any, where: str, side: Side, field: str) -> Iterator[Change]:
        old, new = self._flatten(0, old), self._flatten(1, new)
        at = f"{where}, field `{field}`" if field else where
        yield from self._types(old, new, at, side)
        yield from self._enum(old, new, at, side)
        yield from self._properties(old, new, where, side, field)
        if "items" in old and "items" in new:
            yield from self._schema(old["items"], new["items"], where, side, f"{field}[]")
        old_extra, new_extra = old.get("additionalProperties"), new.get("additionalProperties")
        if isinstance(old_extra, dict) and isinstance(new_extra, dict):
            yield from self._schema(old_extra, new_extra, where, side, f"{field}{{*}}")
        for keyword in ("oneOf", "anyOf"):
            yield from self._alternatives(old.get(keyword), new.get(keyword), where, side, field)

    def _flatten(self, which: int, schema: Any) -> Schema:
        """The schema with ``allOf`` merged in (properties and required of every part)."""
        merged: Schema = dict(self._resolve(which, schema) or {})
        for part in merged.pop("allOf", None) or []:
            flat = self._flatten(which, part)
            properties = {**merged.get("properties", {}), **flat.get("properties", {})}
            required = [*merged.get("required", []), *flat.get("required", [])]
            merged = {**flat, **merged, "properties": properties, "required": required}
        return merged

    def _alternatives(
        self, old: Any, new: Any, where: str, side: Side, field: str
    ) -> Iterator[Change]:
        if not old or not new:
            return
        # Alternatives are matched by position: the spec lists them in a stable order.
        for before, after in zip(old, new, strict=False):
            yield from self._schema(before, after, where, side, field)
        at = f"{where}, field `{field}`" if field else where
        if len(new) < len(old):
            narrower = breaking if side == "request" else patch
            yield narrower(f"{at}: accepts fewer alternative shapes ({len(old)} -> {len(new)})")
        elif len(new) > len(old):
            wider = added if side == "request" else breaking
            yield wider(f"{at}: may be one of more shapes ({len(old)} -> {len(new)})")

    def _types(self, old: Schema, new: Schema, where: str, side: Side) -> Iterator[Change]:
        before, after = _type_set(old), _type_set(new)
        if before is None or after is None or before == after:
            return
        lost, gained = sorted(before - after), sorted(after - before)
        if side == "request":
            if lost:
                yield breaking(f"{where}: no longer accepts type {', '.join(lost)}")
            if gained:
                yield added(f"{where}: also accepts type {', '.join(gained)}")
        else:
            if gained:
                yield breaking(f"{where}: may now be of type {', '.join(gained)}")
            if lost:
                yield patch(f"{where}: no longer of type {', '.join(lost)}")

    def _enum(self, old: Schema, new: Schema, where: str, side: Side) -> Iterator[Change]:
        before, after = _enum_set(old), _enum_set(new)
        if before is None and after is None:
            return
        if before is None and after is not None:
            narrowed = f"{where}: now limited to {_values(after)}"
            yield breaking(narrowed) if side == "request" else patch(narrowed)
            return
        if after is None:
            yield added(f"{where}: no longer limited to a list of values")
            return
        assert before is not None
        lost, gained = before - after, after - before
        if lost:
            text = f"{where}: values {_values(lost)} removed"
            yield breaking(f"{text} (narrowed)") if side == "request" else patch(text)
        if gained:
            yield added(f"{where}: values {_values(gained)} added")

    def _properties(
        self, old: Schema, new: Schema, where: str, side: Side, field: str
    ) -> Iterator[Change]:
        before, after = old.get("properties") or {}, new.get("properties") or {}
        was_required, now_required = set(old.get("required") or []), set(new.get("required") or [])
        kind = "request field" if side == "request" else "response field"

        def label(name: str) -> str:
            return f"{where}: {kind} `{field}.{name}`" if field else f"{where}: {kind} `{name}`"

        for name in sorted(before.keys() - after.keys()):
            yield breaking(f"{label(name)} removed")
        for name in sorted(after.keys() - before.keys()):
            if side == "request" and name in now_required:
                yield breaking(f"{label(name)} added, required")
            else:
                yield added(f"{label(name)} added")
        for name in sorted(before.keys() & after.keys()):
            if side == "request" and name in now_required - was_required:
                yield breaking(f"{label(name)} is now required")
            elif side == "request" and name in was_required - now_required:
                yield added(f"{label(name)} is now optional")
            elif side == "response" and name in was_required - now_required:
                yield breaking(f"{label(name)} may now be missing")
            nested = f"{field}.{name}" if field else name
            yield from self._schema(before[name], after[name], where, side, nested)


def _type_set(schema: Schema) -> set[str] | None:
    kind = schema.get("type")
    if kind is None:
        return None
    return {kind} if isinstance(kind, str) else set(kind)


def _enum_set(schema: Schema) -> set[Any] | None:
    if "enum" in schema:
        return {_hashable(v) for v in schema["enum"]}
    if "const" in schema:
        return {_hashable(schema["const"])}
    return None


def _hashable(value: Any) -> Any:
    return repr(value) if isinstance(value, dict | list) else value


def _values(values: set[Any]) -> str:
    return ", ".join(f"`{v}`" for v in sorted(values, key=repr))
