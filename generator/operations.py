"""The operation model: everything the generator believes about each operation of the spec.

:func:`build_views` reads the bundled spec once and gives one :class:`OperationView` per
operation: its method and path, its resource and method name, every parameter (location, style,
explode, required, default, schema, enum, the Python argument it becomes), the request body (its
media types, schema and fields), every response by status and media type, deprecation and every
``x-pixxel-*`` extension. Every renderer reads only this model: the endpoint modules
(templates/openapi-python-client, fed through the ``pixxel_operations`` global), the resource
methods and operation table (templates/package), the response schemas (generator/models.py), the
command line (generator/cli.py) and the documentation pages (generator/docs.py).

The project's rules live here once each: which responses are a success (:func:`is_success`),
which media types are JSON (:func:`is_json`), the paging vocabulary (:data:`PAGING_STYLES`), and
what a part file may use (:data:`HONOURED`): anything else is refused, one line per use, naming
the file, the operation and the feature.
"""

from __future__ import annotations

import json
import keyword
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.strings import PythonIdentifier

from .models import SCHEMA_OVERRIDES, runtime_module
from .spec import HTTP_METHODS, Bundle, SpecError

# --------------------------------------------------------------------------------------------
# The project's rules, once each
# --------------------------------------------------------------------------------------------


def is_success(status: str) -> bool:
    """A success response: any ``2xx`` status (ranges are refused). The only definition the
    generator uses."""
    return len(status) == 3 and status.startswith("2") and status.isdigit()


def is_json(media_type: str) -> bool:
    """``application/json`` and every ``+json`` type (``application/geo+json``...)."""
    essence = media_type.split(";", 1)[0].strip().lower()
    return essence == "application/json" or essence.endswith("+json")


_PAGING = runtime_module("_paging_words")
PAGING_STYLES: dict[str, dict[str, str]] = _PAGING.PAGING_STYLES
"""``x-pixxel-pagination.style`` -> wire parameter -> the ``PageRequest`` field that fills it:
the runtime's one definition (templates/runtime/_paging_words.py). ``size`` is the API's page
size, given as the ``page_size`` argument whatever its wire name; ``limit`` (the method's own)
caps the items the iterator yields."""
PAGE_SIZE_ARGUMENT: str = _PAGING.PAGING_ARGUMENTS["size"][0]
ITEM_LIMIT_ARGUMENT: str = _PAGING.PAGING_ARGUMENTS["limit"][0]

HONOURED: dict[str, frozenset[str]] = {
    # where a parameter travels, and the styles each location encodes (OpenAPI 3.1 names; the
    # runtime's pixxel._runtime._params.Parameter serializes each one)
    "parameter locations": frozenset({"path", "query", "header", "cookie"}),
    "path styles": frozenset({"simple", "label", "matrix"}),
    "query styles": frozenset({"form", "spaceDelimited", "pipeDelimited", "deepObject"}),
    "header styles": frozenset({"simple"}),
    "cookie styles": frozenset({"form"}),
    # request bodies (pixxel._runtime._bodies.RequestBody) and responses (_response)
    "request media types": frozenset(
        {"application/json", "+json", "multipart/form-data", "application/x-www-form-urlencoded"}
        | {"application/octet-stream", "text/*", "image/*", "application/pdf", "application/zip"}
    ),
    "response media types": frozenset(
        {"application/json", "+json", "text/*", "application/octet-stream", "image/*"}
        | {"application/xml", "application/pdf", "application/zip"}
    ),
    "response statuses": frozenset(),  # besides explicit codes (200, 404): no ranges, no default
    # what a path item and the components may hold
    "path item keys": frozenset(HTTP_METHODS),
    "component kinds": frozenset({"schemas", "parameters", "responses", "securitySchemes"}),
    # keys an operation, a parameter, a media type and a response may hold
    "operation keys": frozenset(
        {"operationId", "tags", "summary", "description", "parameters", "requestBody"}
        | {"responses", "deprecated", "security"}
    ),
    "parameter keys": frozenset(
        {"name", "in", "required", "description", "schema", "style", "explode", "example"}
        | {"examples"}
    ),
    "media type keys": frozenset({"schema", "example", "examples"}),
    "request media type keys": frozenset({"schema", "example", "examples", "encoding"}),
    "encoding keys": frozenset({"contentType", "style", "explode"}),
    "response keys": frozenset({"description", "content"}),
    "request body keys": frozenset({"description", "content", "required"}),
    # the project's extensions, where each may appear
    "operation extensions": frozenset(
        {"x-pixxel-method", "x-pixxel-resource", "x-pixxel-doc-title", "x-pixxel-notes"}
        | {"x-pixxel-sources", "x-pixxel-documented", "x-pixxel-pagination", "x-pixxel-waiter"}
        | {"x-pixxel-retry-safe", "x-pixxel-download"}
    ),
    "parameter extensions": frozenset({"x-pixxel-notes", "x-pixxel-input"}),
    "response extensions": frozenset({"x-pixxel-notes"}),
}
"""What a part file may use: everything else is refused by ``make generate`` (see
:func:`refusals`). A feature joins a set here once the generator and the runtime honour it on the
wire, in parsing, in the command line and in the docs (spec/README.md has the table)."""

DEFAULT_STYLES = {"path": "simple", "query": "form", "header": "simple", "cookie": "form"}

JSON_TYPES = {"integer": "int", "number": "float", "boolean": "bool", "string": "str"}
FILE_ANNOTATION = "FileContent"
"""What a binary value (a raw body, a file field of a form) is given as: bytes, text, a path or
an open binary file (``pixxel._runtime._types.FileContent``)."""

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

# --------------------------------------------------------------------------------------------
# The model
# --------------------------------------------------------------------------------------------

NO_DEFAULT: Any = type("NoDefault", (), {"__repr__": lambda self: "NO_DEFAULT"})()
"""The ``default`` of a parameter whose schema declares none."""


@dataclass(frozen=True)
class ValueShape:
    """The JSON value an argument takes, as the command line and the test harness need it."""

    type: str
    """``string``, ``integer``, ``number``, ``boolean``, ``array``, ``object`` or ``any``."""
    item: str | None = None
    """For an array: the type of its elements (same words; ``any`` for objects or mixes)."""
    enum: tuple[Any, ...] = ()
    """The allowed values (of the value, or of each element of an array)."""
    format: str | None = None


@dataclass
class Param:
    """One argument of a generated method: a parameter, a body field or the method's own."""

    name: str
    """The wire name (parameter name or body property)."""
    python_name: str
    annotation: str
    required: bool
    description: str
    location: str
    """``path``, ``query``, ``header``, ``cookie``, ``body``, or ``sdk`` (never sent)."""
    nullable: bool = False
    paging: bool = False
    """Filled by the paginator (offset/limit, page_num/page_size): ``None`` means 'not given'."""
    input: dict[str, Any] | None = None
    """The argument's ``x-pixxel-input`` (normalized): what it accepts and how it is converted."""
    nested_inputs: dict[str, dict[str, Any]] = field(default_factory=dict)
    """For an array of objects: the ``x-pixxel-input`` of each element property that has one."""
    endpoint_name: str = ""
    """Keyword of the endpoint module's ``build_request`` (the Python form of the wire name)."""
    schema: dict[str, Any] = field(default_factory=dict)
    """The schema as the spec writes it (``$ref`` kept)."""
    shape: ValueShape = field(default_factory=lambda: ValueShape("any"))
    style: str | None = None
    """Serialization style (parameters only), with OpenAPI's default filled in."""
    explode: bool = False
    """Whether arrays and objects explode (parameters only), with OpenAPI's default filled in."""
    default: Any = NO_DEFAULT
    deprecated: bool = False
    examples: list[Any] = field(default_factory=list)
    choices: list[str] | None = None
    """The values an inline ``enum`` allows (a ``Literal`` annotation; for an array, of each
    element): checked before sending."""

    def __post_init__(self) -> None:
        self.endpoint_name = self.endpoint_name or self.python_name
        if self.default is not NO_DEFAULT and "default" not in self.description.lower():
            # Not given, nothing is sent and the server applies its default: say which.
            shown = json.dumps(self.default, ensure_ascii=False)
            self.description = f"{self.description} The API's default: ``{shown}``.".strip()
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

    @property
    def structured(self) -> bool:
        """An array or object value (not one string, number or boolean)."""
        return self.shape.type in ("array", "object")

    @property
    def path_annotation(self) -> str:
        """The annotation of a path argument: an id (``str``), or what an array or object takes."""
        return self.annotation if self.structured else "str"

    @property
    def constant(self) -> str:
        """The endpoint module's name of this parameter's runtime ``Parameter``."""
        return f"{self.endpoint_name.strip('_').upper()}_PARAMETER"

    @property
    def runtime_arguments(self) -> str:
        """The arguments of the runtime's ``Parameter(...)``: wire name, location, and the style,
        explode and required only where they differ from OpenAPI's defaults."""
        args = [_py_string(self.name), _py_string(self.location)]
        if self.style != DEFAULT_STYLES[self.location]:
            args.append(f"style={_py_string(self.style or '')}")
        if self.explode != (self.style == "form"):
            args.append(f"explode={self.explode}")
        if self.required and self.location != "path":
            args.append("required=True")
        return ", ".join(args)


@dataclass(frozen=True)
class MediaType:
    """One media type of a request body or a response."""

    name: str
    schema: dict[str, Any]
    """As the spec writes it (``$ref`` kept); ``{}`` when the spec gives none."""
    examples: dict[str, Any] = field(default_factory=dict)
    """Example name -> value (``example`` alone is named ``example``)."""
    encoding: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Property -> its ``encoding`` (``contentType``, ``style``, ``explode``): form bodies."""
    python_type: str = "Any"
    """What a body of this media type parses to (responses) or is given as (requests)."""

    @property
    def essence(self) -> str:
        return self.name.split(";", 1)[0].strip().lower()

    @property
    def form(self) -> bool:
        """``multipart/form-data`` or ``application/x-www-form-urlencoded``: a body of fields."""
        return self.essence in ("multipart/form-data", "application/x-www-form-urlencoded")

    @property
    def runtime_encoding(self) -> str:
        """The ``encoding={...}`` mapping of the runtime's ``RequestBody`` (``""`` when none)."""
        entries = []
        for name, spec in sorted(self.encoding.items()):
            args = []
            if "contentType" in spec:
                args.append(f"content_type={_py_string(spec['contentType'])}")
            if "style" in spec:
                args.append(f"style={_py_string(spec['style'])}")
            if "explode" in spec:
                args.append(f"explode={bool(spec['explode'])}")
            entries.append(f"{_py_string(name)}: PartEncoding({', '.join(args)})")
        return "{" + ", ".join(entries) + "}" if entries else ""

    @property
    def json(self) -> bool:
        return is_json(self.name)


@dataclass(frozen=True)
class Response:
    """One declared response: its status, and its body per media type (none for an empty one)."""

    status: str
    description: str
    content: tuple[MediaType, ...]

    @property
    def success(self) -> bool:
        return is_success(self.status)

    @property
    def python_type(self) -> str:
        """What the body parses to: ``models.X``, ``Any``, ``str``, ``bytes`` (the union over its
        media types) or ``None`` for an empty body."""
        return union([m.python_type for m in self.content])

    @property
    def runtime_value(self) -> str:
        """This status's entry of an endpoint module's ``RESPONSES``: the type, or a mapping of
        media type to type when the status has several."""
        if len(self.content) <= 1:
            return self.python_type
        entries = [f"{_py_string(m.essence)}: {m.python_type}" for m in self.content]
        return "{" + ", ".join(entries) + "}"

    @property
    def runtime_key(self) -> str:
        return self.status if self.status.isdigit() else _py_string(self.status)


@dataclass(frozen=True)
class RequestBody:
    required: bool
    content: tuple[MediaType, ...]

    @property
    def media_type(self) -> MediaType:
        """The media type the client sends (the only one: several are refused)."""
        return self.content[0]

    @property
    def runtime_arguments(self) -> str:
        """The arguments of the runtime's ``RequestBody(...)``."""
        args = [_py_string(self.media_type.name)]
        if self.media_type.runtime_encoding:
            args.append(f"encoding={self.media_type.runtime_encoding}")
        if self.required:
            args.append("required=True")
        return ", ".join(args)


@dataclass
class OperationView:
    """One operation, as every part of the generated package sees it."""

    operation_id: str
    module: str
    """The endpoint module (``api/<tag_module>/<module>.py``)."""
    tag_module: str
    method: str
    """Upper case: ``GET``, ``POST``..."""
    path: str
    summary: str
    description: str
    resource: str
    method_name: str
    retry_safe: bool
    documented: bool
    sources: list[str]
    tag: str = ""
    part: str = ""
    """The spec file that defines it (``spec/parts/jobs.yaml``)."""
    deprecated: bool = False
    authenticated: bool = True
    """False when the operation says ``security: []``: the API key is not sent."""
    extensions: dict[str, Any] = field(default_factory=dict)
    """Every ``x-pixxel-*`` key of the operation, as written."""
    path_params: list[Param] = field(default_factory=list)
    query_params: list[Param] = field(default_factory=list)
    header_params: list[Param] = field(default_factory=list)
    cookie_params: list[Param] = field(default_factory=list)
    body_params: list[Param] = field(default_factory=list)
    sdk_params: list[Param] = field(default_factory=list)
    """Arguments of the method alone, never sent (a paged list's ``limit``)."""
    request_body: RequestBody | None = None
    body_model: str | None = None
    """The model a JSON body split into fields is validated with (``None`` otherwise)."""
    body_is_whole: bool = False
    """The body is one ``body`` argument (not an object schema split into fields)."""
    responses: list[Response] = field(default_factory=list)
    """Every declared response, in status order."""
    response_types: dict[str, str] = field(default_factory=dict)
    """Success status -> the type its body parses to (see :meth:`TypeNamer.response_type`)."""
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
    def success_responses(self) -> list[Response]:
        return [r for r in self.responses if r.success]

    @property
    def result_schema(self) -> dict[str, Any] | None:
        """The schema of the first success response with a JSON body (``None`` without one):
        what a table, a paged list's items and a waiter's status are read from."""
        for response in self.success_responses:
            for media in response.content:
                if media.json:
                    return media.schema
        return None

    @property
    def form_body(self) -> bool:
        """A form body (multipart or urlencoded) split into fields, sent as they are given."""
        body = self.request_body
        return body is not None and body.media_type.form and not self.body_is_whole

    @property
    def accept(self) -> str:
        """The Accept header for responses that are not JSON only (``""``: the client's JSON)."""
        types = list(dict.fromkeys(m.name for r in self.success_responses for m in r.content))
        return ", ".join(types) if types and types != ["application/json"] else ""

    @property
    def page_roles(self) -> dict[str, str]:
        """Parameter (wire name) -> the PageRequest field that fills it, for paged operations."""
        if not self.pagination:
            return {}
        return PAGING_STYLES[self.pagination["style"]]

    @property
    def wire_params(self) -> list[Param]:
        """Every parameter sent outside the body (path, query, header, cookie)."""
        return self.path_params + self.query_params + self.header_params + self.cookie_params

    @property
    def keyword_params(self) -> list[Param]:
        """Body fields, then query, header and cookie parameters, then the method's own;
        required ones first."""
        params = (
            self.body_params
            + self.query_params
            + self.header_params
            + self.cookie_params
            + self.sdk_params
        )
        return [p for p in params if p.required] + [p for p in params if not p.required]

    @property
    def conversions(self) -> list[str]:
        """Statements that check the path arguments and turn the arguments with an
        ``x-pixxel-input`` into wire values, before anything is sent."""
        where = f"{self.resource}.{self.method_name}"
        lines = [  # arrays and objects (label/matrix styles) are checked by the runtime
            f'{p.python_name} = path_argument({p.python_name}, "{where}", "{p.python_name}")'
            for p in self.path_params
            if not p.structured
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


def _py_string(text: str) -> str:
    """``text`` as a Python string literal (double quotes, as ruff formats them)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def python_name(name: str) -> str:
    return str(PythonIdentifier(name, prefix="field_"))


def ref_name(ref: str) -> str:
    """``#/components/schemas/Job`` -> ``Job``."""
    return ref.rsplit("/", 1)[-1]


class TypeNamer:
    """Python annotations and value shapes for spec schemas, as the generated code shows them."""

    def __init__(self, components: dict[str, Any]) -> None:
        self.schemas = components.get("schemas", {})

    def annotation(self, schema: dict[str, Any]) -> str:
        if "$ref" in schema:
            name = ref_name(schema["$ref"])
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
        types = _types(schema)
        if len(types) != 1:
            return "Any"
        kind = types[0]
        if "enum" in schema:
            return "Literal[" + ", ".join(repr(v) for v in schema["enum"] if v is not None) + "]"
        if kind == "array":
            return f"builtins.list[{self.annotation(schema.get('items') or {})}]"
        if kind == "object":
            return "dict[str, Any]"
        if kind == "string" and (schema.get("format") == "binary" or "contentMediaType" in schema):
            return FILE_ANNOTATION
        if kind == "string" and schema.get("format") in ("date-time", "date"):
            return "str | datetime" if schema["format"] == "date-time" else "str | date"
        return JSON_TYPES.get(kind, "Any")

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        """``schema`` with its ``$ref`` followed and a ``[X, null]`` union narrowed to ``X``."""
        while "$ref" in schema:
            schema = self.schemas[ref_name(schema["$ref"])]
        for key in ("anyOf", "oneOf"):
            members = [s for s in schema.get(key, []) if s.get("type") != "null"]
            if key in schema and len(members) == 1:
                return self.resolve(members[0])
        return schema

    def shape(self, schema: dict[str, Any]) -> ValueShape:
        resolved = self.resolve(schema)
        types = _types(resolved)
        kind = types[0] if len(types) == 1 else "any"
        if not types and "enum" in resolved:
            kind = "string" if all(isinstance(v, str) for v in resolved["enum"] if v) else "any"
        if not types and "properties" in resolved:
            kind = "object"
        enum = tuple(v for v in resolved.get("enum", ()) if v is not None)
        if kind == "array":
            item = self.shape(resolved.get("items") or {})
            return ValueShape("array", item=item.type, enum=item.enum)
        return ValueShape(kind, enum=enum, format=resolved.get("format"))

    def model_name(self, name: str, direction: str) -> str:
        """The model of schema ``name`` in a request or a response: a schema with ``readOnly``
        properties has a ``<Name>Request`` model without them, one with ``writeOnly``
        properties a ``<Name>Response`` model without those (datamodel-code-generator's
        ``--read-only-write-only-model-type all``; the build checks the names exist)."""
        flag, suffix = (
            ("readOnly", "Request") if direction == "request" else ("writeOnly", "Response")
        )
        properties = (self.schemas.get(name) or {}).get("properties") or {}
        return name + suffix if any(p.get(flag) for p in properties.values()) else name

    def nullable(self, schema: dict[str, Any]) -> bool:
        types = schema.get("type")
        if types == "null" or (isinstance(types, list) and "null" in types):
            return True
        if "$ref" in schema:
            return self.nullable(self.schemas[ref_name(schema["$ref"])])
        return any(self.nullable(s) for key in ("anyOf", "oneOf") for s in schema.get(key, []))

    def list_item(self, view: OperationView, items: str) -> str:
        """Annotation of the elements of list property ``items`` of the operation's result."""
        schema = view.result_schema or {}
        if "$ref" not in schema:
            return "Any"
        page = self.schemas[ref_name(schema["$ref"])]
        prop = page.get("properties", {}).get(items)
        if prop is None:
            raise SpecError(f"{view.operation_id}: the list property {items!r} is not a property")
        element = prop.get("items", {})
        if "$ref" in element:
            return f"models.{ref_name(element['$ref'])}"
        return "Any"

    def media_type(self, name: str, schema: dict[str, Any]) -> str:
        """What a response body of media type ``name`` parses to: ``models.X``, ``Any``, ``str``
        or ``bytes``. The single source of return types: the endpoint modules' ``RESPONSES``
        and ``PreparedRequest[...]`` and the resource methods."""
        if is_json(name):
            ref = ref_name(schema.get("$ref", ""))
            if not ref or ref in SCHEMA_OVERRIDES:
                return "Any"
            return f"models.{self.model_name(ref, 'response')}"
        if name.startswith("text/") or name.split(";")[0].endswith("xml"):
            return "str"
        return "bytes"


def _types(schema: dict[str, Any]) -> list[str]:
    types = schema.get("type")
    return [t for t in (types if isinstance(types, list) else [types]) if t not in (None, "null")]


def union(types: list[str]) -> str:
    """The annotation of a call returning any of ``types`` (``None`` last, once each)."""
    unique = list(dict.fromkeys(types)) or ["None"]
    if "None" in unique and len(unique) > 1:
        unique = [k for k in unique if k != "None"] + ["None"]
    return " | ".join(unique)


# --------------------------------------------------------------------------------------------
# Building the model
# --------------------------------------------------------------------------------------------


def build_views(bundle: Bundle) -> list[OperationView]:
    """The model of every operation of ``bundle``, in document order.

    Raises :class:`SpecError` with one line per feature the pipeline does not honour (see
    :data:`HONOURED`), then for any inconsistency of the project's extensions.
    """
    problems = refusals(bundle)
    if problems:
        raise SpecError("\n".join(problems))
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
            tag=tag,
            part=_part_of(bundle, path),
            deprecated=bool(op.get("deprecated", False)),
            authenticated=op.get("security") != [],
            extensions={k: v for k, v in op.items() if k.startswith("x-pixxel-")},
            pagination=op.get("x-pixxel-pagination"),
            waiter=op.get("x-pixxel-waiter"),
            download=op.get("x-pixxel-download"),
        )
        view.responses = _responses(op, components, namer)
        view.response_types = {r.status: r.python_type for r in view.success_responses}
        view.returns = union(list(view.response_types.values()))
        for raw in op.get("parameters", []):
            entry = _param(_parameter(raw, components), namer, view.operation_id, components)
            getattr(view, f"{entry.location}_params").append(entry)
        _add_body(view, op, namer, components)
        if view.pagination:
            view.page_item = namer.list_item(view, view.pagination["items"])
            for param in view.query_params + view.body_params:
                param.paging = param.name in view.page_roles
            missing = set(view.page_roles) - {p.name for p in view.query_params + view.body_params}
            if missing:
                raise SpecError(
                    f"{view.operation_id}: pages by {sorted(view.page_roles)} but has no {sorted(missing)}"
                )
            _paging_vocabulary(view)
        if view.waiter and view.waiter.get("select"):
            view.waiter_item = namer.list_item(view, view.waiter["select"]["items"])
        _check_names(view)
        views.append(view)
    return views


def _part_of(bundle: Bundle, path: str) -> str:
    """``spec/parts/x.yaml`` for the file that defines ``path`` (``spec`` when unknown)."""
    return _origin_of(bundle, ("paths", path))


def _origin_of(bundle: Bundle, location: tuple[str, ...]) -> str:
    if () not in bundle.origins:
        return "spec"
    spec_dir = bundle.origins[()].parent.resolve()
    origin = bundle.origin(location).resolve()
    try:
        return "spec/" + origin.relative_to(spec_dir).as_posix()
    except ValueError:
        return str(origin)


def _parameter(raw: dict[str, Any], components: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in raw:
        return components["parameters"][ref_name(raw["$ref"])]  # type: ignore[no-any-return]
    return raw


def _param(
    param: dict[str, Any], namer: TypeNamer, operation_id: str, components: dict[str, Any]
) -> Param:
    schema = param.get("schema", {})
    location = param["in"]
    style = param.get("style", DEFAULT_STYLES[location])
    examples = [param["example"]] if "example" in param else []
    examples += [e["value"] for e in (param.get("examples") or {}).values() if "value" in e]
    return Param(
        name=param["name"],
        python_name=python_name(param["name"]),
        annotation=namer.annotation(schema),
        required=bool(param.get("required", False)),
        description=param.get("description", "").strip(),
        location=location,
        input=_input_of(param, operation_id, components),
        schema=schema,
        shape=namer.shape(schema),
        style=style,
        explode=bool(param.get("explode", style == "form")),
        default=namer.resolve(schema).get("default", NO_DEFAULT),
        deprecated=bool(param.get("deprecated", False)),
        examples=examples,
        choices=_choices(schema),
    )


def _media_types(content: dict[str, Any], namer: TypeNamer) -> tuple[MediaType, ...]:
    found = []
    for name, media in content.items():
        examples = {"example": media["example"]} if "example" in media else {}
        examples.update(
            {key: e["value"] for key, e in (media.get("examples") or {}).items() if "value" in e}
        )
        schema = media.get("schema") or {}
        found.append(
            MediaType(
                name,
                schema,
                examples,
                encoding=dict(media.get("encoding") or {}),
                python_type=namer.media_type(name, schema),
            )
        )
    return tuple(found)


def _responses(op: dict[str, Any], components: dict[str, Any], namer: TypeNamer) -> list[Response]:
    responses = []
    for status, response in sorted(op.get("responses", {}).items()):
        if "$ref" in response:
            response = components["responses"][ref_name(response["$ref"])]
        responses.append(
            Response(
                status=str(status),
                description=response.get("description", ""),
                content=_media_types(response.get("content") or {}, namer),
            )
        )
    return responses


def _add_body(
    view: OperationView, op: dict[str, Any], namer: TypeNamer, components: dict[str, Any]
) -> None:
    raw = op.get("requestBody")
    if raw is None:
        return
    view.request_body = RequestBody(bool(raw.get("required")), _media_types(raw["content"], namer))
    media = view.request_body.media_type
    schema = media.schema
    ref = schema.get("$ref")
    target = components["schemas"][ref_name(ref)] if ref else schema
    structured = media.json or media.form
    if not structured or not ref or "properties" not in target:
        view.body_is_whole = True
        view.body_params.append(
            Param(
                "body",
                "body",
                namer.annotation(schema) if structured else FILE_ANNOTATION,
                view.request_body.required,
                "The request body.",
                "body",
                schema=schema,
                shape=namer.shape(schema),
            )
        )
        return
    view.body_model = namer.model_name(ref_name(ref), "request") if media.json else None
    view.exclusive = [list(group) for group in target.get("x-pixxel-exclusive", [])]
    for group in view.exclusive:
        unknown = set(group) - set(target["properties"])
        if unknown:
            raise SpecError(f"{ref_name(ref)}: x-pixxel-exclusive names {sorted(unknown)}")
    required = set(target.get("required", []))
    for name, prop in target["properties"].items():
        if prop.get("readOnly"):
            continue  # the server's to set: never an argument
        param = Param(
            name=name,
            python_name=python_name(name),
            annotation=namer.annotation(prop),
            required=name in required,
            description=(prop.get("description") or "").strip(),
            location="body",
            nullable=namer.nullable(prop),
            input=_input_of(prop, view.operation_id, components),
            nested_inputs=_nested_inputs(prop, components, view.operation_id),
            schema=prop,
            shape=namer.shape(prop),
            default=prop.get("default", NO_DEFAULT),
            deprecated=bool(prop.get("deprecated", False)),
            choices=_choices(prop),
        )
        view.body_params.append(param)
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
        target = components["schemas"][ref_name(node["$ref"])]
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
    element = components["schemas"][ref_name(ref)]
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
            param.python_name = PAGE_SIZE_ARGUMENT
            param.description = PAGE_SIZE_DESCRIPTION.format(wire=size_wire)
    view.sdk_params.append(
        Param(
            ITEM_LIMIT_ARGUMENT,
            ITEM_LIMIT_ARGUMENT,
            "int",
            False,
            SDK_LIMIT_DESCRIPTION,
            "sdk",
            paging=True,
            shape=ValueShape("integer"),
        )
    )


RESERVED = frozenset(
    {"extra_headers", "extra_query", "extra_body", "timeout", "request_timeout", "self"}
)
"""Keyword arguments every generated method (or its waiter) adds: no parameter may take them."""


def _check_names(view: OperationView) -> None:
    seen: dict[str, str] = {}
    for param in view.wire_params + view.body_params + view.sdk_params:
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


# --------------------------------------------------------------------------------------------
# Refusals: what a part file may not use (yet)
# --------------------------------------------------------------------------------------------


def refusals(bundle: Bundle) -> list[str]:
    """One line per use of a feature the pipeline does not honour:
    ``<file>: <operationId>: <feature>``."""
    document = bundle.document
    lines = []
    for path, item in document.get("paths", {}).items():
        lines += [
            f"{_part_of(bundle, path)}: {path}: path item key {key!r} is not honoured"
            for key in sorted(set(item) - HONOURED["path item keys"])
        ]
    for method, path, op in bundle.operations():
        where = f"{_part_of(bundle, path)}: {op.get('operationId', f'{method.upper()} {path}')}"
        lines += [f"{where}: {problem}" for problem in _operation_refusals(op, document)]
    for kind in sorted(set(document.get("components", {})) - HONOURED["component kinds"]):
        for name in document["components"][kind] or {}:
            part = _origin_of(bundle, ("components", kind, name))
            lines.append(f"{part}: components/{kind}/{name}: {kind} components are not honoured")
    return lines


def _media_honoured(name: str, kind: str) -> bool:
    honoured = HONOURED[kind]
    essence = name.split(";", 1)[0].strip().lower()
    top = essence.split("/", 1)[0]
    return (
        essence in honoured
        or (essence.endswith("+json") and "+json" in honoured)
        or f"{top}/*" in honoured
    )


def _unknown_keys(node: dict[str, Any], keys: str, extensions: str | None) -> list[str]:
    allowed = HONOURED[keys] | (HONOURED[extensions] if extensions else frozenset())
    return sorted(k for k in node if k not in allowed)


def _operation_refusals(op: dict[str, Any], document: dict[str, Any]) -> list[str]:
    components = document.get("components", {})
    found = [
        f"operation key {key!r} is not honoured"
        for key in _unknown_keys(op, "operation keys", "operation extensions")
    ]
    if op.get("security") not in (None, [], document.get("security")):
        found.append("a security requirement other than the document's (or none) is not honoured")
    for raw in op.get("parameters", []):
        param = raw
        if "$ref" in raw:
            param = components.get("parameters", {}).get(ref_name(raw["$ref"]), {})
        found += _parameter_refusals(param, components)
    body = op.get("requestBody")
    if body is not None:
        if "$ref" in body:
            found.append("a request body $ref (components/requestBodies) is not honoured")
            body = {}
        found += [
            f"request body key {k!r} is not honoured"
            for k in _unknown_keys(body, "request body keys", None)
        ]
        for name, media in (body.get("content") or {}).items():
            if not _media_honoured(name, "request media types"):
                found.append(f"request body media type {name} is not honoured")
            found += [
                f"request body {name} key {k!r} is not honoured"
                for k in _unknown_keys(media, "request media type keys", None)
            ]
            for field_name, encoding in (media.get("encoding") or {}).items():
                found += [
                    f"request body {name} encoding of {field_name!r}: key {k!r} is not honoured"
                    for k in _unknown_keys(encoding, "encoding keys", None)
                ]
        if len(body.get("content") or {}) > 1:
            found.append("a request body with several media types is not honoured")
    for status, response in (op.get("responses") or {}).items():
        status = str(status)
        if (
            not (len(status) == 3 and status.isdigit())
            and status not in HONOURED["response statuses"]
        ):
            found.append(f"response status {status!r} is not honoured (give explicit codes)")
            continue
        if "$ref" in response:
            response = components.get("responses", {}).get(ref_name(response["$ref"]), {})
        found += [
            f"response {status} key {k!r} is not honoured"
            for k in _unknown_keys(response, "response keys", "response extensions")
        ]
        for name, media in (response.get("content") or {}).items():
            if is_success(status) and not _media_honoured(name, "response media types"):
                found.append(f"response {status} media type {name} is not honoured")
            found += [
                f"response {status} {name} key {k!r} is not honoured"
                for k in _unknown_keys(media, "media type keys", None)
            ]
    return found


def _parameter_refusals(param: dict[str, Any], components: dict[str, Any]) -> list[str]:
    location = param.get("in", "")
    what = f"{location} parameter {param.get('name')!r}"
    found = [
        f"{what}: key {key!r} is not honoured"
        for key in _unknown_keys(param, "parameter keys", "parameter extensions")
    ]
    if location not in HONOURED["parameter locations"]:
        return [*found, f"{what}: {location} parameters are not honoured"]
    style = param.get("style", DEFAULT_STYLES.get(location))
    if style not in HONOURED[f"{location} styles"]:
        found.append(f"{what}: style {style} is not honoured")
    explode = bool(param.get("explode", style == "form"))
    if style == "deepObject" and not explode:
        found.append(f"{what}: style deepObject without explode is not defined by OpenAPI")
    schema = _resolved(param.get("schema") or {}, components)
    types = _types(schema)
    if location == "cookie" and explode and types and types[0] in ("array", "object"):
        found.append(f"{what}: an exploded cookie array or object has no OpenAPI syntax")
    values = [schema.get("items") or {}] if "array" in types else []
    values += list((schema.get("properties") or {}).values())
    if "object" in types or "array" in types:
        for value in values:
            if set(_types(_resolved(value, components))) & {"array", "object"}:
                found.append(f"{what}: nested arrays or objects in a parameter are not honoured")
                break
    return found


def _resolved(schema: dict[str, Any], components: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = components.get("schemas", {}).get(ref_name(schema["$ref"]), {})
    return schema
