"""The command line's view of the operations: one command per operation and waiter.

``pixxel <resource> <command>``: path parameters become arguments, query parameters and body
fields become options (paging parameters are left out: the command pages by itself), and the
response schema gives the columns of the table printed for people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from . import cli_help
from .operations import FILE_ANNOTATION, OperationView, Param
from .spec import SpecError

MAX_COLUMNS = 5
LONG_FIELDS = re.compile(r"url|href|description|^stac_version$", re.I)
SCALAR_TYPES = {"string", "integer", "number", "boolean"}


@dataclass
class CliParam:
    """One argument or option of a command."""

    param: Param
    kind: str
    """``str``, ``int``, ``float``, ``bool``, ``list`` (comma-separated or repeated), ``json`` or
    ``file`` (a path, whose file is sent)."""
    item: str = "str"
    """Type of each element of a ``list`` option."""
    choices: list[str] = field(default_factory=list)
    date: bool = False
    """A date or date-time given as text (an ISO 8601 string)."""
    schema: dict[str, Any] = field(default_factory=dict)
    """The spec's schema of the parameter or body field (resolved), for choices and examples."""

    @property
    def python_name(self) -> str:
        return self.param.python_name

    @property
    def option(self) -> str:
        return "--" + self.param.python_name.strip("_").replace("_", "-")

    @property
    def declarations(self) -> list[str]:
        """Typer's option names: a boolean gets ``--x/--no-x`` so that false can be sent too."""
        if self.kind == "bool":
            return [f"{self.option}/--no-{self.option[2:]}"]
        return [self.option]

    @property
    def python_type(self) -> str:
        """Type of the function parameter typer parses the option into."""
        return {"list": "list[str]", "json": "str", "file": "Path"}.get(self.kind, self.kind)

    @property
    def help(self) -> str:
        """The option's help (without turning field names into options: see
        :meth:`CliCommand.help_for`)."""
        return cli_help.option_help(self, {})

    @property
    def metavar(self) -> str:
        """What to type, as ``--help`` shows it (``ISO-DATE``, ``GEOJSON|FILE|-``...)."""
        return cli_help.metavar(self)


@dataclass
class CliCommand:
    """``pixxel <resource> <name>``: one operation, or one waiter of an operation."""

    resource: str
    name: str
    method: str
    """The client method it calls: ``client.<resource>.<method>``."""
    op: OperationView
    help: str
    arguments: list[CliParam]
    options: list[CliParam]
    waits: bool = False
    select: str | None = None
    """For a waiter over a list: the option that picks the element."""
    download: str | None = None
    """The download method run when ``-o FILE`` is given."""
    items: str | None = None
    """The list property a table shows one row per element of."""
    columns: list[str] = field(default_factory=list)
    """Default columns of the table: field names, or dotted paths into nested objects."""
    wait_method: str | None = None
    """For a download: the waiter it runs first (so the command can bound and show the wait)."""
    status_field: str = "status"
    """For a waiter: the (dotted) field holding the polled status."""
    body_alternatives: bool = False
    """The request body is one of several shapes (``oneOf``): which fields it needs depends."""

    @property
    def function(self) -> str:
        return f"{self.resource}_{self.name.replace('-', '_')}"

    @property
    def whole_body(self) -> bool:
        return self.op.body_is_whole

    @property
    def takes_body(self) -> bool:
        return bool(self.op.body_params) and not self.waits

    @property
    def paged(self) -> bool:
        return bool(self.op.pagination) and not self.waits

    @property
    def body_required(self) -> bool:
        """A whole request body (not split into fields) that must be given with ``--body``."""
        return self.whole_body and any(p.required for p in self.op.body_params)

    @property
    def binary(self) -> bool:
        """The response is a file (bytes or text), not JSON."""
        return self.op.returns.split(" | ")[0] in ("bytes", "str")

    @property
    def body_fields(self) -> dict[str, str]:
        """Python name -> wire name of each body field (``--body`` uses wire names)."""
        if self.whole_body or self.waits:
            return {}
        return {p.python_name: p.name for p in self.op.body_params}

    @property
    def required(self) -> list[str]:
        """Python names of the options that must have a value (from an option or ``--body``)."""
        return [p.python_name for p in self.options if p.param.required]

    @property
    def rows(self) -> bool:
        """The command prints a list (one table row, or one NDJSON line, per element)."""
        return self.items is not None and not self.waits and not self.binary

    @property
    def bounded_wait(self) -> bool:
        """The command may wait for a state: ``--wait-timeout`` and ``--poll-interval``."""
        return self.waits or self.wait_method is not None

    @property
    def own_options(self) -> set[str]:
        """The command line's own options on this command, which no parameter may take."""
        own = {"--json"}
        own |= {"--body"} if self.takes_body else set()
        own |= {"--limit"} if self.paged else set()
        own |= {"--ndjson", "--columns"} if self.rows else set()
        own |= {"--output"} if self.download or self.binary else set()
        own |= {"--wait-timeout", "--poll-interval"} if self.bounded_wait else set()
        return own

    @property
    def field_options(self) -> dict[str, str]:
        """Wire name -> option, for the field names the spec's descriptions mention."""
        return {p.param.name: p.option for p in self.options}

    def help_for(self, param: CliParam) -> str:
        """The help of one of the command's arguments or options."""
        return cli_help.option_help(param, self.field_options)

    @property
    def epilog(self) -> str:
        """Examples shown at the end of ``--help`` (``\\b``: click keeps the lines as they are)."""
        lines = [part for line in cli_help.examples(self) for part in cli_help.wrap(line)]
        return "\b\nExamples:\n" + "\n".join(f"  {line}" for line in lines) if lines else ""

    @property
    def choices(self) -> dict[str, tuple[str, ...]]:
        """Options that take one of a fixed set of values (checked before sending)."""
        return {p.python_name: tuple(p.choices) for p in self.options if p.choices}

    @property
    def kinds(self) -> dict[str, str]:
        """Options whose text needs converting: ``list:<item>`` or ``json``."""
        kinds = {p.python_name: f"list:{p.item}" for p in self.options if p.kind == "list"}
        kinds.update({p.python_name: "json" for p in self.options if p.kind == "json"})
        return kinds


# The JSON type of a value (or of each element of a list) -> the option's Python type.
_SCALAR_KINDS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


def cli_param(param: Param) -> CliParam:
    """The CLI kind of a parameter, from the value shape the operation model gives it."""
    if param.input:  # converted by the client (x-pixxel-input): give it the text form it takes
        kind = param.input["kind"]
        if kind == "bbox":
            return CliParam(param, "list", item="float")
        if kind in ("date-time", "datetime-interval"):
            return CliParam(param, "str")
        return CliParam(param, "json")  # a GeoJSON geometry or FeatureCollection
    shape = param.shape
    if param.annotation == FILE_ANNOTATION:  # a file field of a form: sent from its path
        return CliParam(param, "file")
    choices = [str(v) for v in shape.enum if shape.type != "array"]
    if shape.type in _SCALAR_KINDS:
        date = shape.type == "string" and shape.format in ("date", "date-time")
        return CliParam(param, _SCALAR_KINDS[shape.type], choices=choices, date=date)
    if shape.type == "array" and shape.item in ("string", "integer", "number"):
        return CliParam(param, "list", item=_SCALAR_KINDS[shape.item or "string"])
    return CliParam(param, "json")


def build_commands(document: dict[str, Any], resources: list[Any]) -> dict[str, list[CliCommand]]:
    """Resource name -> its commands, in the order of the operations table."""
    schemas = document.get("components", {}).get("schemas", {})
    commands: dict[str, list[CliCommand]] = {}
    for resource in resources:
        downloads = {d.op.operation_id: d for d in resource.downloads}
        entries = commands[resource.name] = []
        for view in resource.operations:
            items, columns = _table(schemas, view)
            download = downloads.get(view.operation_id)
            command = CliCommand(
                resource=resource.name,
                name=view.method_name.replace("_", "-"),
                method=view.method_name,
                op=view,
                help="",
                arguments=[cli_param(p) for p in view.path_params],
                options=[
                    cli_param(p)
                    for p in view.keyword_params
                    if not p.paging and not (view.body_is_whole and p.location == "body")
                ],
                download=download.name if download else None,
                wait_method=download.waiter.name if download and download.waiter else None,
                items=items,
                columns=columns,
                status_field=str((view.waiter or {}).get("status", "status")),
                body_alternatives=_body_alternatives(view, schemas),
            )
            _add_schemas(command, schemas)
            command.help = _help(command, view.summary or view.operation_id, view.description)
            entries.append(command)
        for waiter in resource.waiters:
            view = waiter.op
            items, columns = _table(schemas, view)
            select = waiter.select
            command = CliCommand(
                resource=resource.name,
                name=waiter.name.replace("_", "-"),
                method=waiter.name,
                op=view,
                help="",
                arguments=[cli_param(p) for p in view.path_params],
                options=[
                    cli_param(p)
                    for p in waiter.keyword_params
                    if not p.paging and (p is select or p.location == "query")
                ],
                waits=True,
                select=select.python_name if select else None,
                items=None if select else items,
                columns=_columns(_item_schema(view, schemas, select), schemas)
                if select
                else columns,
                status_field=str((view.waiter or {}).get("status", "status")),
            )
            _add_schemas(command, schemas)
            command.help = _help(command, _waiter_summary(command), "")
            entries.append(command)
        _check(resource.name, entries)
    return commands


def _singular(resource: str) -> str:
    """``aois`` -> ``AOI``, ``order_items`` -> ``order item``."""
    name = resource.removesuffix("s").replace("_", " ")
    return name.upper() if len(name) <= 3 else name


def _waiter_summary(command: CliCommand) -> str:
    waiter = command.op.waiter or {}
    polled = (
        f"pixxel {command.resource.replace('_', '-')} {command.op.method_name.replace('_', '-')}"
    )
    return (
        f"Wait until the {_singular(command.resource)}'s "
        f"{command.status_field} is {' or '.join(waiter['success'])}, polling "
        f"{polled}. Shows the status as it changes; exits 1 if it becomes "
        f"{' or '.join(waiter['failure'])}, and 124 when --wait-timeout runs out (run the same "
        "command again to keep waiting)."
    )


def _help(command: CliCommand, summary: str, description: str) -> str:
    api = f"{command.op.method} {command.op.path}"
    if command.op.deprecated:
        summary = f"(Deprecated) {summary}"
    text = cli_help.command_help(
        summary, description, command.field_options, api, paged=command.paged
    )
    if command.download:
        text += (
            "\n\nWith -o FILE the command waits until the file is ready (see --wait-timeout), "
            "then downloads it; a partial FILE.part left by an interrupted run is resumed."
        )
    return text


def _check(resource: str, commands: list[CliCommand]) -> None:
    names: set[str] = set()
    for command in commands:
        if command.name in names:
            raise SpecError(f"pixxel {resource} {command.name}: two commands share this name")
        names.add(command.name)
        for param in command.options:
            if param.option in command.own_options:
                raise SpecError(
                    f"pixxel {resource} {command.name}: parameter {param.param.name!r} would take "
                    f"the command line's own option {param.option}"
                )


def _resolve(schema: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = schemas[schema["$ref"].rsplit("/", 1)[-1]]
    if "allOf" in schema:
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for part in schema["allOf"]:
            part = _resolve(part, schemas)
            merged["properties"].update(part.get("properties", {}))
            merged["required"] += part.get("required", [])
        return merged
    for key in ("anyOf", "oneOf"):
        members = [_resolve(s, schemas) for s in schema.get(key, []) if s.get("type") != "null"]
        objects = [m for m in members if m.get("properties")]
        if len(members) == 1 or objects:
            return (objects or members)[0]
    return schema


def _request_schema(view: OperationView) -> dict[str, Any]:
    """The request body's schema as the spec writes it, or an empty one."""
    return view.request_body.media_type.schema if view.request_body else {}


def _add_schemas(command: CliCommand, schemas: dict[str, Any]) -> None:
    """Give each option its schema from the operation model, and the choices of an enum it
    names."""
    for param in command.options:
        schema = _resolve(param.param.schema or {}, schemas)
        param.schema = schema
        enum = schema.get("enum") or _resolve(schema.get("items", {}), schemas).get("enum")
        if enum and not param.choices and param.kind == "str":
            param.choices = [str(v) for v in enum if v is not None]


def _body_alternatives(view: OperationView, schemas: dict[str, Any]) -> bool:
    schema = _request_schema(view)
    while "$ref" in schema:
        schema = schemas[schema["$ref"].rsplit("/", 1)[-1]]
    return "oneOf" in schema or "anyOf" in schema


def _response_schema(view: OperationView, schemas: dict[str, Any]) -> dict[str, Any]:
    """The operation's result (its first JSON success response), resolved."""
    return _resolve(view.result_schema or {}, schemas)


def _item_schema(
    view: OperationView, schemas: dict[str, Any], select: Param | None
) -> dict[str, Any]:
    key = ((view.waiter or {}).get("select") or {}).get("items") if select else None
    prop = _response_schema(view, schemas).get("properties", {}).get(key or "", {})
    return _resolve(_resolve(prop, schemas).get("items", {}), schemas)


def _table(schemas: dict[str, Any], view: OperationView) -> tuple[str | None, list[str]]:
    """The list property shown as rows (if any) and the columns of the table."""
    schema = _response_schema(view, schemas)
    if view.pagination:
        items: str | None = view.pagination["items"]
    else:
        arrays = [
            name
            for name, prop in schema.get("properties", {}).items()
            if _resolve(prop, schemas).get("type") == "array"
            and _resolve(_resolve(prop, schemas).get("items", {}), schemas).get("properties")
        ]
        others = len(schema.get("properties", {})) - len(arrays)
        # A wrapper around one list (and perhaps a pagination block), not a record with a list.
        items = arrays[0] if len(arrays) == 1 and others <= 3 else None
        if schema.get("x-pixxel-stac") == "item-list" and "features" in arrays:
            items = "features"  # a STAC item collection: one row (or NDJSON line) per item
    if schema.get("type") == "array":
        return "", _columns(_resolve(schema.get("items", {}), schemas), schemas)
    if items is None:
        return None, _columns(schema, schemas)
    prop = _resolve(schema.get("properties", {}).get(items, {}), schemas)
    return items, _columns(_resolve(prop.get("items", {}), schemas), schemas)


def _columns(schema: dict[str, Any], schemas: dict[str, Any]) -> list[str]:
    """The columns a person needs to pick a row and use it in the next command.

    A STAC item: its id, acquisition time, cloud cover and collection. Otherwise up to
    ``MAX_COLUMNS`` scalar fields, one of each kind: the id, one foreign id, a name, a state,
    a date; then other required fields. Long or repetitive fields (URLs, descriptions, the
    STAC version) are left to ``--columns`` and ``--json``.
    """
    stac = _stac_columns(schema, schemas)
    if stac:
        return stac
    scalars = [
        name
        for name, prop in schema.get("properties", {}).items()
        if _scalar(_resolve(prop, schemas)) and not LONG_FIELDS.search(name)
    ]
    required = set(schema.get("required", []))

    def kind(name: str) -> int:
        lowered = name.lower()
        if lowered == "id":
            return 0
        if lowered.endswith("id"):
            return 1
        if "name" in lowered or "title" in lowered:
            return 2
        if "status" in lowered or "state" in lowered:
            return 3
        if "created" in lowered or "date" in lowered or "time" in lowered:
            return 4
        return 5 if name in required else 6

    chosen: list[str] = []
    for name in sorted(scalars, key=lambda n: (kind(n), scalars.index(n))):
        if kind(name) in (1, 2, 4) and any(kind(c) == kind(name) for c in chosen):
            continue  # one foreign id, one name, one date are enough
        chosen.append(name)
    return chosen[:MAX_COLUMNS]


def _stac_columns(schema: dict[str, Any], schemas: dict[str, Any]) -> list[str]:
    """id, datetime, cloud cover and collection of a STAC item (nothing for other records)."""
    props = schema.get("properties", {})
    inner = _resolve(props.get("properties", {}), schemas).get("properties", {})
    if "id" not in props or "datetime" not in inner:
        return []
    columns = ["id", "properties.datetime"]
    columns += ["properties.eo:cloud_cover"] if "eo:cloud_cover" in inner else []
    return columns + (["collection"] if "collection" in props else [])


def _scalar(schema: dict[str, Any]) -> bool:
    types = schema.get("type")
    types = [t for t in (types if isinstance(types, list) else [types]) if t != "null"]
    if "enum" in schema and not types:
        return True
    return len(types) == 1 and types[0] in SCALAR_TYPES
