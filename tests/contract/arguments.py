"""Arguments for every operation, built from the bundled spec's examples and schemas.

For call number ``i`` of an operation, :func:`arguments` gives the path parameters, the required
query parameters (and, on odd calls, some optional ones) and the request body. With ``full=True``
it sets every optional parameter and every body field too (nested objects included, a few levels
deep), so that what only optional arguments put on the wire is checked as well. A documented example is used when it is valid against its
schema (documented examples are sometimes placeholders such as ``"<string>"``); otherwise, and for
every other call, a value is generated from the schema with a random generator seeded by the
operation and the call number, so that runs are reproducible. Every value is checked against its
schema (openapi-schema-validator, OpenAPI 3.1) before use: the harness never sends a request it
believes to be invalid, so a violation Prism reports is the client's (or the spec's), not its own.
"""

from __future__ import annotations

import copy
import json
import random
import re
import string
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

from openapi_schema_validator import OAS31Validator, oas31_format_checker

from generator.operations import OperationView, build_views
from generator.spec import Bundle
from pixxel._runtime._formats import DATE_FORMATS

from ..support.paths import BUNDLED_SPEC

__all__ = ["Call", "HarnessError", "arguments", "document", "views"]

ATTEMPTS = 200
FULL_DEPTH = 3
"""How deep a ``full`` call sets every property of nested objects."""


class HarnessError(Exception):
    """The harness could not build a valid argument: a bug of the harness or of the spec."""


@cache
def document() -> dict[str, Any]:
    return json.loads(BUNDLED_SPEC.read_text())  # type: ignore[no-any-return]


@cache
def views() -> dict[str, OperationView]:
    return {view.operation_id: view for view in build_views(Bundle(document()))}


@dataclass
class Call:
    """The Python arguments of one call of a generated method."""

    args: list[Any] = field(default_factory=list)
    kwargs: dict[str, Any] = field(default_factory=dict)


def _validator(schema: dict[str, Any]) -> Any:
    # The schema sits at the root next to the components, so `#/components/...` refs resolve.
    root = {**schema, "components": document()["components"]}
    return OAS31Validator(root, format_checker=oas31_format_checker)


def _first_error(schema: dict[str, Any], value: Any) -> str | None:
    error = next(iter(_validator(schema).iter_errors(value)), None)
    if error is None:
        return None
    where = "/".join(str(p) for p in error.absolute_path) or "<root>"
    return f"{where}: {error.message}"


class SchemaFaker:
    """Random JSON values for the schemas of this spec (the keywords it uses)."""

    def __init__(self, rng: random.Random, *, full: bool = False) -> None:
        self.rng = rng
        self.full = full
        """Set every property (up to :data:`FULL_DEPTH`), not a random half of the optional ones."""
        self.schemas = document()["components"]["schemas"]

    def value(self, schema: dict[str, Any], depth: int = 0) -> Any:
        if "$ref" in schema:
            return self.value(self.schemas[schema["$ref"].rsplit("/", 1)[-1]], depth)
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            return self.rng.choice(schema["enum"])
        for key in ("oneOf", "anyOf"):
            branches = schema.get(key)
            # Alternatives, unless the schema has properties of its own: then its branches only
            # narrow them (see _with_branch).
            if branches and "properties" not in schema and all(_is_typed(b) for b in branches):
                choices = [b for b in branches if b.get("type") != "null"] or branches
                return self.value(self.rng.choice(choices), depth)
        examples = [schema["example"]] if "example" in schema else schema.get("examples") or []
        if examples and not self.full and self.rng.random() < 0.5:
            return self.rng.choice(examples)
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = self.rng.choice([k for k in kind if k != "null"] or kind)
        if kind is None:
            kind = "object" if "properties" in schema else "string"
        return getattr(self, "_" + kind)(schema, depth)

    def _object(self, schema: dict[str, Any], depth: int) -> dict[str, Any]:
        schema = self._with_branch(schema)
        required = set(schema.get("required", []))
        out: dict[str, Any] = {}
        for name, prop in (schema.get("properties") or {}).items():
            if prop.get("readOnly"):
                continue  # the server's to set: never sent
            every = self.full and depth < FULL_DEPTH
            if name in required or every or (depth < 4 and self.rng.random() < 0.5):
                kind = prop.get("x-pixxel-input")
                kind = kind.get("kind") if isinstance(kind, dict) else kind
                maker = SPATIAL_INPUTS.get(kind) if isinstance(kind, str) else None
                out[name] = maker(self.rng) if maker else self.value(prop, depth + 1)
        return out

    def _with_branch(self, schema: dict[str, Any]) -> dict[str, Any]:
        """Merge one branch of an untyped anyOf/oneOf (``anyOf: [{required: [a]}, ...]``)."""
        for key in ("anyOf", "oneOf"):
            branches = schema.get(key)
            if branches and ("properties" in schema or not all(_is_typed(b) for b in branches)):
                branch = self.rng.choice(branches)
                merged = {k: v for k, v in schema.items() if k != key}
                merged["required"] = [*schema.get("required", []), *branch.get("required", [])]
                # A branch may narrow properties too (`minItems: 1` on one list, `maxItems: 0`
                # on the other): merge those constraints into the property schemas.
                properties = dict(schema.get("properties") or {})
                for name, narrowing in (branch.get("properties") or {}).items():
                    properties[name] = {**properties.get(name, {}), **narrowing}
                merged["properties"] = properties
                return merged
        return schema

    def with_valid_inputs(self, schema: dict[str, Any], value: Any) -> Any:
        """``value`` with its ``x-pixxel-input`` fields replaced by values the client accepts
        (documented examples hold placeholder geometries such as ``[[[123]]]``)."""
        while "$ref" in schema:
            schema = self.schemas[schema["$ref"].rsplit("/", 1)[-1]]
        if isinstance(value, list):
            return [self.with_valid_inputs(schema.get("items") or {}, v) for v in value]
        if not isinstance(value, dict):
            return value
        for name, prop in (schema.get("properties") or {}).items():
            if name not in value:
                continue
            kind = prop.get("x-pixxel-input")
            kind = kind.get("kind") if isinstance(kind, dict) else kind
            maker = SPATIAL_INPUTS.get(kind) if isinstance(kind, str) else None
            value[name] = maker(self.rng) if maker else self.with_valid_inputs(prop, value[name])
        return value

    def _array(self, schema: dict[str, Any], depth: int) -> list[Any]:
        low = schema.get("minItems", 0)
        high = schema.get("maxItems", max(low, 3))
        most = max(low, min(high, low + 3))
        count = self.rng.randint(min(most, max(low, 1 if depth < 4 else 0)), most)
        return [self.value(schema.get("items") or {}, depth + 1) for _ in range(count)]

    def _string(self, schema: dict[str, Any], depth: int) -> str:
        day = datetime(2023, 1, 1, tzinfo=UTC) + timedelta(
            days=self.rng.randint(0, 900), seconds=self.rng.randint(0, 86_399)
        )
        by_format = {
            "date-time": day.isoformat().replace("+00:00", "Z"),
            **{name: day.strftime(f.strptime) for name, f in DATE_FORMATS.items()},
            "uuid": f"{self.rng.getrandbits(32):08x}-0000-4000-8000-{self.rng.getrandbits(48):012x}",
            "uri": f"https://example.com/{self.rng.randint(0, 999)}",
        }
        if schema.get("format") in by_format:
            return by_format[schema["format"]]
        pattern = schema.get("pattern")
        candidates = [
            *by_format.values(),
            str(round(self.rng.uniform(-100, 100), self.rng.randint(0, 4))),
            str(self.rng.randint(0, 10_000)),
        ]
        if pattern:
            fitting = [c for c in candidates if re.search(pattern, c)]
            if not fitting:
                raise HarnessError(f"no generator for strings matching {pattern!r}")
            return self.rng.choice(fitting)
        low = schema.get("minLength", 1)
        high = schema.get("maxLength", max(low, 12))
        size = self.rng.randint(low, max(low, min(high, low + 11)))
        return "".join(self.rng.choice(string.ascii_letters + string.digits) for _ in range(size))

    def _integer(self, schema: dict[str, Any], depth: int) -> int:
        low = int(schema.get("minimum", 0))
        high = int(schema.get("maximum", low + 100))
        return self.rng.randint(low, high)

    def _number(self, schema: dict[str, Any], depth: int) -> float:
        low = float(schema.get("minimum", -180.0 if "maximum" not in schema else 0.0))
        high = float(schema.get("maximum", low + 360.0))
        return round(self.rng.uniform(low, high), 6)

    def _boolean(self, schema: dict[str, Any], depth: int) -> bool:
        return self.rng.random() < 0.5

    def _null(self, schema: dict[str, Any], depth: int) -> None:
        return None


def _polygon(rng: random.Random) -> dict[str, Any]:
    """A small closed square somewhere on Earth: what the client checks geometries against."""
    lon, lat = round(rng.uniform(-170, 170), 4), round(rng.uniform(-80, 80), 4)
    ring = [[lon, lat], [lon + 0.1, lat], [lon + 0.1, lat + 0.1], [lon, lat + 0.1], [lon, lat]]
    return {"type": "Polygon", "coordinates": [ring]}


def _feature_collection(rng: random.Random) -> dict[str, Any]:
    feature = {"type": "Feature", "properties": {}, "geometry": _polygon(rng)}
    return {"type": "FeatureCollection", "features": [feature]}


def _bbox(rng: random.Random) -> list[float]:
    ring = _polygon(rng)["coordinates"][0]
    return [ring[0][0], ring[0][1], ring[2][0], ring[2][1]]


def _interval(rng: random.Random) -> str:
    start = datetime(2023, 1, 1, tzinfo=UTC) + timedelta(days=rng.randint(0, 600))
    end = start + timedelta(days=rng.randint(1, 60))
    return f"{start.isoformat().replace('+00:00', 'Z')}/{end.isoformat().replace('+00:00', 'Z')}"


SPATIAL_INPUTS: dict[str, Any] = {
    "geometry": _polygon,
    "feature-collection": _feature_collection,
    "bbox": _bbox,
    "datetime-interval": _interval,
}
"""Values for request fields the client checks beyond their JSON schema (``x-pixxel-input``):
valid GeoJSON (closed rings, lon/lat in range), a bbox, an ISO interval."""


def _is_typed(schema: dict[str, Any]) -> bool:
    return any(k in schema for k in ("type", "$ref", "enum", "const", "properties"))


def valid_value(
    schema: dict[str, Any],
    rng: random.Random,
    examples: list[Any],
    what: str,
    *,
    full: bool = False,
) -> Any:
    """A value valid against ``schema``: a valid documented example when ``examples`` has one
    (and the generator draws it), else a generated one (every property set with ``full``)."""
    usable = [e for e in examples if _first_error(schema, e) is None and not full]
    faker = SchemaFaker(rng, full=full)
    if usable and rng.random() < 0.5:
        return faker.with_valid_inputs(schema, copy.deepcopy(rng.choice(usable)))
    last = ""
    for _ in range(ATTEMPTS):
        candidate = faker.value(schema)
        error = _first_error(schema, candidate)
        if error is None:
            return candidate
        last = error
    raise HarnessError(f"{what}: no valid value in {ATTEMPTS} tries (last: {last})")


def _examples(holder: dict[str, Any]) -> list[Any]:
    found = [holder["example"]] if "example" in holder else []
    found += [e["value"] for e in (holder.get("examples") or {}).values() if "value" in e]
    return found


def arguments(operation_id: str, call: int, *, full: bool = False) -> Call:
    """The arguments of call number ``call`` of ``operation_id``'s generated method; with
    ``full``, every optional parameter and body field is set too. Read from the generator's
    operation model: what it calls an argument is what the harness sets."""
    rng = random.Random(f"{operation_id}/{call}{'/full' if full else ''}")
    view = views()[operation_id]
    result = Call()
    for param in view.wire_params:
        # Optional parameters go with every other call, each with even odds.
        if not param.required and not full and (call % 2 == 0 or rng.random() < 0.5):
            continue
        value = valid_value(
            param.schema,
            rng,
            param.examples + _examples(param.schema),
            f"{operation_id} {param.name}",
            full=full,
        )
        if param.location == "path":
            result.args.append(str(value) or "x")
        else:
            result.kwargs[param.python_name] = value
    body = view.request_body
    if body is not None and body.media_type.json:
        value = valid_value(
            body.media_type.schema,
            rng,
            list(body.media_type.examples.values()),
            f"{operation_id} body",
            full=full,
        )
        if view.body_is_whole:
            result.kwargs["body"] = value
        else:
            names = {p.name: p.python_name for p in view.body_params}
            for group in view.exclusive:  # x-pixxel-exclusive: the client takes one of each group
                extra = [name for name in group if name in value][1:]
                value = {k: v for k, v in value.items() if k not in extra}
            unknown = set(value) - set(names)
            if unknown:
                raise HarnessError(
                    f"{operation_id}: body fields {sorted(unknown)} have no argument"
                )
            result.kwargs.update({names[k]: v for k, v in value.items()})
    return result
