"""The generator's view of each operation: names, Python signatures and return types."""

from __future__ import annotations

import keyword
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.strings import PythonIdentifier

from .models import SCHEMA_OVERRIDES
from .spec import Bundle, SpecError

JSON_TYPES = {"integer": "int", "number": "float", "boolean": "bool", "string": "str"}

# x-pixxel-input kinds: the annotation the method shows, and the runtime converter it calls.
INPUT_ANNOTATIONS = {
    "geometry": "GeometryInput",
    "feature-collection": "FeatureCollectionInput",
    "bbox": "BboxInput",
    "datetime-interval": "DateTimeRangeInput",
    "date-time": "DateTimeInput",
}
SDK_LIMIT_DESCRIPTION = (
    "The most items the iterator yields over all pages (every item when not given)."
)
PAGE_SIZE_DESCRIPTION = (
    "Items per request: the API's own page size (sent as ``{wire}``); the API's default when"
    " not given."
)
# What each x-pixxel-input kind accepts, appended to the argument's description.
INPUT_DESCRIPTIONS = {
    "geometry": "Accepts a GeoJSON {types} as a dict, a Feature or one-feature FeatureCollection,"
    " or any object with ``__geo_interface__`` (shapely, geopandas, pystac); checked before"
    " sending.",
    "feature-collection": "Accepts a GeoJSON FeatureCollection, a Feature or a bare geometry"
    " ({types}) as a dict or any object with ``__geo_interface__``; wrapped and checked before"
    " sending.",
    "bbox": "Accepts ``(min_lon, min_lat, max_lon, max_lat)`` or any object with"
    " ``__geo_interface__`` (its bounds).",
    "datetime-interval": "Accepts a ``datetime`` (naive means UTC), a ``date`` (the whole day),"
    " ``'2024'`` or ``'2024-02'`` (that year or month), an ISO 8601 string or interval, or a"
    " ``(start, end)`` pair whose open end is ``None`` or ``'..'``.",
    "date-time": "Accepts a ``datetime`` (naive means UTC), a ``date`` or an ISO 8601 string;"
    " sent as RFC 3339 UTC.",
}


@dataclass
class Param:
    name: str
    python_name: str
    annotation: str
    required: bool
    description: str
    location: str
    nullable: bool = False
    paging: bool = False
    """Filled by the paginator (offset/limit, page_num/page_size): ``None`` means 'not given'."""
    input: dict[str, Any] | None = None
    """The argument's ``x-pixxel-input`` (normalized): what it accepts and how it is converted."""
    nested_inputs: dict[str, dict[str, Any]] = field(default_factory=dict)
    """For an array of objects: the ``x-pixxel-input`` of each element property that has one."""
    endpoint_name: str = ""
    """Keyword of the endpoint module's ``build_request`` (the Python form of the wire name)."""
    choices: list[str] | None = None
    """The values an inline ``enum`` allows (a ``Literal`` annotation; for an array, of each
    element): checked before sending."""

    def __post_init__(self) -> None:
        self.endpoint_name = self.endpoint_name or self.python_name
        if self.input and self.name.isidentifier() and not keyword.iskeyword(self.name):
            # Converted inputs keep their wire name even where it shadows a module (``datetime``,
            # as pystac-client spells it); the endpoint module keeps its own keyword.
            self.python_name = self.name
        if self.input:
            self.annotation = INPUT_ANNOTATIONS[self.input["kind"]]
            accepts = INPUT_DESCRIPTIONS[self.input["kind"]].format(
                types=_geometry_types(self.input.get("types"))
            )
            self.description = f"{self.description} {accepts}".strip()

    @property
    def one_or_many(self) -> bool:
        """A list of strings that also takes one string (``collections="pixxel-td-l2a"``)."""
        return self.annotation == "builtins.list[str]" and not self.input and not self.paging

    @property
    def signature_annotation(self) -> str:
        """The annotation the method's signature shows (what it accepts)."""
        return "str | builtins.list[str]" if self.one_or_many else self.annotation

    @property
    def default_annotation(self) -> str:
        """Annotation and default of an optional parameter.

        Query parameters use ``None`` for 'not given'. Body fields use ``NOT_GIVEN``, so that
        ``None`` can send an explicit ``null`` where the spec allows one.
        """
        if self.location != "body" or self.paging:
            return f"{self.signature_annotation} | None = None"
        null = " | None" if self.nullable else ""
        return f"{self.signature_annotation}{null} | NotGiven = NOT_GIVEN"


@dataclass
class OperationView:
    operation_id: str
    module: str
    tag_module: str
    method: str
    path: str
    summary: str
    description: str
    resource: str
    method_name: str
    retry_safe: bool
    documented: bool
    sources: list[str]
    path_params: list[Param] = field(default_factory=list)
    query_params: list[Param] = field(default_factory=list)
    body_params: list[Param] = field(default_factory=list)
    sdk_params: list[Param] = field(default_factory=list)
    """Arguments of the method alone, never sent (a paged list's ``limit``)."""
    body_model: str | None = None
    body_is_whole: bool = False
    response_types: dict[str, str] = field(default_factory=dict)
    """Success status -> the type its body parses to (see :meth:`TypeNamer.response_types`)."""
    returns: str = "None"
    """What a call returns: the union of :attr:`response_types`."""
    pagination: dict[str, Any] | None = None
    waiter: dict[str, Any] | None = None
    page_item: str = "Any"
    """Annotation of one item of a paged list (for the paginator's type)."""
    download: dict[str, Any] | None = None
    waiter_item: str = "Any"
    """Annotation of the element a list-polling waiter picks."""
    exclusive: list[list[str]] = field(default_factory=list)
    """Groups of body fields of which at most one may be given (``x-pixxel-exclusive``)."""

    @property
    def page_roles(self) -> dict[str, str]:
        """Parameter (wire name) -> the PageRequest field that fills it, for paged operations."""
        if not self.pagination:
            return {}
        if self.pagination["style"] == "page":
            return {"page_num": "page", "page_size": "size"}
        return {"offset": "offset", "limit": "size"}

    @property
    def keyword_params(self) -> list[Param]:
        """Body fields, then query parameters, then the method's own; required ones first."""
        params = self.body_params + self.query_params + self.sdk_params
        return [p for p in params if p.required] + [p for p in params if not p.required]

    @property
    def conversions(self) -> list[str]:
        """Statements that check the path arguments and turn the arguments with an
        ``x-pixxel-input`` into wire values, before anything is sent."""
        where = f"{self.resource}.{self.method_name}"
        lines = [
            f'{p.python_name} = path_argument({p.python_name}, "{where}", "{p.python_name}")'
            for p in self.path_params
        ]
        for p in self.body_params + self.query_params:
            if p.input:
                spec = repr(p.input)
                lines.append(
                    f'{p.python_name} = convert_input({p.python_name}, "{where}", "{p.python_name}", {spec})'
                )
            elif p.nested_inputs:
                spec = repr(p.nested_inputs)
                lines.append(
                    f'{p.python_name} = convert_nested({p.python_name}, "{where}", "{p.python_name}", {spec})'
                )
            elif p.choices:
                lines.append(
                    f'{p.python_name} = check_choice({p.python_name}, "{where}", "{p.python_name}", {tuple(p.choices)!r})'
                )
            elif p.one_or_many:
                lines.append(
                    f'{p.python_name} = one_or_many({p.python_name}, "{where}", "{p.python_name}")'
                )
        by_wire = {p.name: p.python_name for p in self.body_params}
        for group in self.exclusive:
            given = ", ".join(f"{by_wire[name]}={by_wire[name]}" for name in group)
            lines.append(f'check_exclusive("{where}", {given})')
        return lines

    @property
    def example_call(self) -> str:
        args = [f'"{p.python_name}"' for p in self.path_params]
        args += [f"{p.python_name}=..." for p in self.keyword_params if p.required]
        return f"client.{self.resource}.{self.method_name}({', '.join(args)})"


def _geometry_types(types: list[str] | None) -> str:
    """``Polygon or MultiPolygon``; ``geometry`` when (nearly) every GeoJSON type is accepted."""
    if not types:
        return "geometry"
    if len(types) >= 6:
        return (
            "geometry" if "GeometryCollection" in types else "geometry (not a GeometryCollection)"
        )
    return " or ".join(types)


def python_name(name: str) -> str:
    return str(PythonIdentifier(name, prefix="field_"))


class TypeNamer:
    """Python annotations for spec schemas, as resource method signatures show them."""

    def __init__(self, components: dict[str, Any]) -> None:
        self.schemas = components.get("schemas", {})

    def annotation(self, schema: dict[str, Any]) -> str:
        if "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[-1]
            if name in SCHEMA_OVERRIDES:
                return SCHEMA_OVERRIDES[name][1]
            target = self.schemas[name]
            if "enum" in target:
                return f"models.{name} | str"
            if target.get("type") == "object" or "properties" in target:
                return f"models.{name} | dict[str, Any]"
            return self.annotation(target)
        for key in ("anyOf", "oneOf"):
            if key in schema:
                members = [self.annotation(s) for s in schema[key] if s.get("type") != "null"]
                return " | ".join(dict.fromkeys(members)) or "Any"
        types = schema.get("type")
        types = [t for t in (types if isinstance(types, list) else [types]) if t != "null"]
        if len(types) != 1:
            return "Any"
        kind = types[0]
        if "enum" in schema:
            return "Literal[" + ", ".join(repr(v) for v in schema["enum"] if v is not None) + "]"
        if kind == "array":
            return f"builtins.list[{self.annotation(schema.get('items') or {})}]"
        if kind == "object":
            return "dict[str, Any]"
        if kind == "string" and schema.get("format") in ("date-time", "date"):
            return "str | datetime" if schema["format"] == "date-time" else "str | date"
        return JSON_TYPES.get(kind, "Any")

    def nullable(self, schema: dict[str, Any]) -> bool:
        types = schema.get("type")
        if types == "null" or (isinstance(types, list) and "null" in types):
            return True
        if "$ref" in schema:
            return self.nullable(self.schemas[schema["$ref"].rsplit("/", 1)[-1]])
        return any(self.nullable(s) for key in ("anyOf", "oneOf") for s in schema.get(key, []))

    def list_item(self, op: dict[str, Any], items: str) -> str:
        """Annotation of the elements of list property ``items`` in the 200 response."""
        response = op["responses"].get("200") or op["responses"].get("201") or {}
        schema = (response.get("content") or {}).get("application/json", {}).get("schema", {})
        if "$ref" not in schema:
            return "Any"
        page = self.schemas[schema["$ref"].rsplit("/", 1)[-1]]
        prop = page.get("properties", {}).get(items)
        if prop is None:
            raise SpecError(
                f"{op['operationId']}: x-pixxel-pagination names items {items!r}, not a property"
            )
        element = prop.get("items", {})
        if "$ref" in element:
            return f"models.{element['$ref'].rsplit('/', 1)[-1]}"
        return "Any"

    def response_types(self, op: dict[str, Any], responses: dict[str, Any]) -> dict[str, str]:
        """Success status -> what its body parses to: ``models.X``, ``Any``, ``str``, ``bytes``
        or ``None``. The single source of return types: the endpoint modules' ``RESPONSES`` and
        ``PreparedRequest[...]`` (templates/openapi-python-client) and the resource methods."""
        types: dict[str, str] = {}
        for status, response in sorted(op.get("responses", {}).items()):
            if not status.startswith("2"):
                continue
            if "$ref" in response:
                response = responses[response["$ref"].rsplit("/", 1)[-1]]
            content = response.get("content") or {}
            types[status] = "None"
            for media_type, media in content.items():
                schema = media.get("schema", {})
                if "json" in media_type:
                    ref = schema.get("$ref", "")
                    name = ref.rsplit("/", 1)[-1]
                    types[status] = (
                        f"models.{name}" if ref and name not in SCHEMA_OVERRIDES else "Any"
                    )
                elif media_type.startswith("text/") or media_type.endswith("xml"):
                    types[status] = "str"
                else:
                    types[status] = "bytes"
                break
        return types


def union(types: list[str]) -> str:
    """The annotation of a call returning any of ``types`` (``None`` last, once each)."""
    unique = list(dict.fromkeys(types)) or ["None"]
    if "None" in unique and len(unique) > 1:
        unique = [k for k in unique if k != "None"] + ["None"]
    return " | ".join(unique)


def build_views(bundle: Bundle) -> list[OperationView]:
    doc = bundle.document
    components = doc.get("components", {})
    namer = TypeNamer(components)
    tags = {t["name"]: t for t in doc.get("tags", [])}
    views = []
    for method, path, op in bundle.operations():
        tag = op["tags"][0]
        view = OperationView(
            operation_id=op["operationId"],
            module=python_name(op["operationId"]),
            tag_module=python_name(tag),
            method=method.upper(),
            path=path,
            summary=op.get("summary", ""),
            description=op.get("description", "").strip(),
            resource=op.get("x-pixxel-resource") or tags[tag]["x-pixxel-resource"],
            method_name=op["x-pixxel-method"],
            retry_safe=bool(op.get("x-pixxel-retry-safe", False)),
            documented=bool(op.get("x-pixxel-documented", True)),
            sources=list(op.get("x-pixxel-sources", [])),
            pagination=op.get("x-pixxel-pagination"),
            waiter=op.get("x-pixxel-waiter"),
            download=op.get("x-pixxel-download"),
            response_types=namer.response_types(op, components.get("responses", {})),
        )
        view.returns = union(list(view.response_types.values()))
        for raw in op.get("parameters", []):
            param = (
                components["parameters"][raw["$ref"].rsplit("/", 1)[-1]] if "$ref" in raw else raw
            )
            entry = Param(
                name=param["name"],
                python_name=python_name(param["name"]),
                annotation=namer.annotation(param.get("schema", {})),
                required=bool(param.get("required", False)),
                description=param.get("description", "").strip(),
                location=param["in"],
                input=_input_of(param, view.operation_id, components),
                choices=_choices(param.get("schema", {})),
            )
            if entry.location == "path":
                view.path_params.append(entry)
            elif entry.location == "query":
                view.query_params.append(entry)
        _add_body(view, op, namer, components)
        if view.pagination:
            view.page_item = namer.list_item(op, view.pagination["items"])
            for param in view.query_params + view.body_params:
                param.paging = param.name in view.page_roles
            missing = set(view.page_roles) - {p.name for p in view.query_params + view.body_params}
            if missing:
                raise SpecError(
                    f"{view.operation_id}: pages by {sorted(view.page_roles)} but has no {sorted(missing)}"
                )
            _paging_vocabulary(view)
        if view.waiter and view.waiter.get("select"):
            view.waiter_item = namer.list_item(op, view.waiter["select"]["items"])
        _check_names(view)
        views.append(view)
    return views


def _add_body(
    view: OperationView, op: dict[str, Any], namer: TypeNamer, components: dict[str, Any]
) -> None:
    content = (op.get("requestBody") or {}).get("content") or {}
    media = content.get("application/json")
    if media is None:
        return
    schema = media.get("schema", {})
    ref = schema.get("$ref")
    target = components["schemas"][ref.rsplit("/", 1)[-1]] if ref else schema
    if not ref or "properties" not in target:
        view.body_is_whole = True
        view.body_params.append(
            Param(
                "body",
                "body",
                namer.annotation(schema),
                bool(op["requestBody"].get("required")),
                "The request body.",
                "body",
            )
        )
        return
    view.body_model = ref.rsplit("/", 1)[-1]
    view.exclusive = [list(group) for group in target.get("x-pixxel-exclusive", [])]
    for group in view.exclusive:
        unknown = set(group) - set(target["properties"])
        if unknown:
            raise SpecError(f"{view.body_model}: x-pixxel-exclusive names {sorted(unknown)}")
    required = set(target.get("required", []))
    for name, prop in target["properties"].items():
        view.body_params.append(
            Param(
                name=name,
                python_name=python_name(name),
                annotation=namer.annotation(prop),
                required=name in required,
                description=(prop.get("description") or "").strip(),
                location="body",
                nullable=namer.nullable(prop),
                input=_input_of(prop, view.operation_id, components),
                nested_inputs=_nested_inputs(prop, components, view.operation_id),
                choices=_choices(prop),
            )
        )
        param = view.body_params[-1]
        if param.nested_inputs:
            fields = ", ".join(f"``{name}``" for name in param.nested_inputs)
            param.description += (
                f" In each element, {fields} take the same Python values as elsewhere (GeoJSON"
                " or ``__geo_interface__`` objects, ``datetime``/``date``; naive means UTC)."
            )


def _choices(schema: dict[str, Any]) -> list[str] | None:
    """The string values an inline ``enum`` allows (of the schema, or of its array's items);
    ``None`` for a referenced enum (an open enum: ``models.X | str`` takes new values too)."""
    if schema.get("type") == "array":
        schema = schema.get("items") or {}
    enum = schema.get("enum")
    if "$ref" in schema or not enum or not all(isinstance(v, str | None) for v in enum):
        return None
    return [v for v in enum if v is not None]


def _input_of(
    node: dict[str, Any], operation_id: str, components: dict[str, Any]
) -> dict[str, Any] | None:
    """The normalized ``x-pixxel-input`` of a parameter or property (a kind, or a mapping).

    A geometry without its own ``types`` accepts the ``type`` enum of the schema it references.
    """
    raw = node.get("x-pixxel-input")
    if raw is None:
        return None
    spec = {"kind": raw} if isinstance(raw, str) else dict(raw)
    if spec.get("kind") not in INPUT_ANNOTATIONS:
        raise SpecError(
            f"{operation_id}: x-pixxel-input kind {spec.get('kind')!r} is not one of "
            f"{sorted(INPUT_ANNOTATIONS)}"
        )
    if spec["kind"] == "geometry" and "types" not in spec and "$ref" in node:
        target = components["schemas"][node["$ref"].rsplit("/", 1)[-1]]
        enum = ((target.get("properties") or {}).get("type") or {}).get("enum")
        if enum:
            spec["types"] = list(enum)
    return spec


def _nested_inputs(
    prop: dict[str, Any], components: dict[str, Any], operation_id: str
) -> dict[str, dict[str, Any]]:
    """``x-pixxel-input`` of the element properties of an array of objects (order items)."""
    ref = (prop.get("items") or {}).get("$ref") if prop.get("type") == "array" else None
    if not ref:
        return {}
    element = components["schemas"][ref.rsplit("/", 1)[-1]]
    found = {}
    for name, child in (element.get("properties") or {}).items():
        spec = _input_of(child, operation_id, components)
        if spec:
            found[name] = spec
    return found


def _paging_vocabulary(view: OperationView) -> None:
    """One paging vocabulary for every list: ``page_size`` is the API's page size, whatever its
    wire name, and ``limit`` (the method's own) caps the items the iterator yields."""
    size_wire = next(wire for wire, role in view.page_roles.items() if role == "size")
    for param in view.query_params + view.body_params:
        if param.name == size_wire:
            param.python_name = "page_size"
            param.description = PAGE_SIZE_DESCRIPTION.format(wire=size_wire)
    view.sdk_params.append(
        Param("limit", "limit", "int", False, SDK_LIMIT_DESCRIPTION, "sdk", paging=True)
    )


RESERVED = frozenset(
    {"extra_headers", "extra_query", "extra_body", "timeout", "request_timeout", "self"}
)
"""Keyword arguments every generated method (or its waiter) adds: no parameter may take them."""


def _check_names(view: OperationView) -> None:
    seen: dict[str, str] = {}
    for param in view.path_params + view.body_params + view.query_params + view.sdk_params:
        if param.python_name in RESERVED:
            raise SpecError(
                f"{view.operation_id}: {param.location} field {param.name!r} takes the reserved "
                f"Python name {param.python_name!r}"
            )
        if param.python_name in seen:
            raise SpecError(
                f"{view.operation_id}: {param.location} field {param.name!r} and "
                f"{seen[param.python_name]} share the Python name {param.python_name!r}"
            )
        seen[param.python_name] = f"{param.location} field {param.name!r}"
