"""Where a live response departs from the spec: fields the spec lacks, wrong types, unknown enum
values, undocumented status codes. Used by ``make contract-live`` (:mod:`tests.support.contract_live`).

Unlike openapi-core, which stops at what the schema forbids, this walks the whole body and also
reports what the schema merely does not mention, so a maintainer sees every change at once.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from .live import resolve, spec_operation

JSON_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
}


def _type_name(value: Any) -> str:
    for name, kinds in JSON_TYPES.items():
        if (
            name != "number"
            and isinstance(value, kinds)
            and not (name == "integer" and isinstance(value, bool))
        ):
            return name
    return "number" if isinstance(value, float) else type(value).__name__


def _types(schema: dict[str, Any]) -> list[str]:
    kind = schema.get("type")
    if kind is None:
        return []
    return list(kind) if isinstance(kind, list) else [kind]


def schema_drift(schema: Any, value: Any, where: str = "$") -> list[str]:
    """Every departure of ``value`` from ``schema`` (a spec schema, ``$ref``s followed)."""
    schema = resolve(schema)
    if not isinstance(schema, dict) or not schema:
        return []
    if "allOf" in schema:
        merged: dict[str, Any] = {"properties": {}}
        for part in schema["allOf"]:
            part = resolve(part)
            merged["properties"].update(part.get("properties") or {})
            merged.setdefault("type", part.get("type"))
        rest = {k: v for k, v in schema.items() if k != "allOf"}
        return schema_drift({**merged, **rest, "properties": merged["properties"]}, value, where)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            options = [schema_drift(option, value, where) for option in schema[key]]
            return [] if any(not o for o in options) else min(options, key=len)
    types = _types(schema)
    if types and not any(
        isinstance(value, JSON_TYPES.get(t, ()))
        and not (t != "boolean" and isinstance(value, bool))
        for t in types
    ):
        return [
            f"~ {where}: expected {' or '.join(types)}, got {_type_name(value)} {_short(value)}"
        ]
    if "enum" in schema and value not in schema["enum"]:
        return [f"~ {where}: {_short(value)} is not one of {schema['enum']}"]
    if "const" in schema and value != schema["const"]:
        return [f"~ {where}: {_short(value)} is not {schema['const']!r}"]
    problems: list[str] = []
    if isinstance(value, dict):
        properties = schema.get("properties") or {}
        extra = schema.get("additionalProperties")
        for name, item in value.items():
            if name in properties:
                problems += schema_drift(properties[name], item, f"{where}.{name}")
            elif isinstance(extra, dict):
                problems += schema_drift(extra, item, f"{where}.{name}")
            elif properties and extra is not True:
                problems.append(f"+ {where}.{name}: field the spec lacks ({_type_name(item)})")
        for name in schema.get("required") or []:
            if name not in value:
                problems.append(f"- {where}.{name}: required by the spec, missing")
    elif isinstance(value, list) and "items" in schema:
        seen: set[str] = set()
        for index, item in enumerate(value):
            for problem in schema_drift(schema["items"], item, f"{where}[{index}]"):
                generic = problem.replace(f"{where}[{index}]", f"{where}[]", 1)
                if generic not in seen:  # one line per kind of problem, not per element
                    seen.add(generic)
                    problems.append(problem)
    return problems


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."


def response_drift(operation_id: str, response: httpx.Response) -> list[str]:
    """The drift of one live response of ``operation_id`` from what the spec documents."""
    responses = spec_operation(operation_id).get("responses", {})
    status = str(response.status_code)
    documented = (
        responses.get(status) or responses.get(f"{status[0]}XX") or responses.get("default")
    )
    if documented is None:
        return [f"! status {status} is not documented (documented: {', '.join(responses)})"]
    content = resolve(documented).get("content") or {}
    media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if not content:
        return (
            [f"! status {status} documents no body, got {media_type}"] if response.content else []
        )
    if media_type not in content:
        return [f"! content type {media_type or 'none'} is not documented ({', '.join(content)})"]
    if "json" not in media_type:
        return []
    try:
        body = response.json()
    except ValueError:
        return [f"! status {status}: the body is not JSON"]
    return schema_drift(content[media_type].get("schema") or {}, body)
