"""The command line's view of the operations: one command per operation and waiter.

``pixxel <resource> <command>``: path parameters become arguments, query parameters and body
fields become options (paging parameters are left out: the command pages by itself), and the
response schema gives the columns of the table printed for people.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .operations import FILE_ANNOTATION, OperationView, Param
from .spec import SpecError

MAX_COLUMNS = 6
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
        text = " ".join((self.param.description or f"The {self.param.name} field.").split())
        if self.kind == "list":
            text += f" Comma-separated {self.item} values (or repeat the option)."
        elif self.kind == "json":
            text += " JSON."
        elif self.kind == "file":
            text += " A file path."
        if self.choices:
            text += " One of: " + ", ".join(self.choices) + "."
        if self.param.required and self.param.location != "path":
            text += " Required" + (
                " (here or in --body)." if self.param.location == "body" else "."
            )
        return text


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
    def own_options(self) -> set[str]:
        """The command line's own options on this command, which no parameter may take."""
        own = {"--json"}
        own |= {"--body"} if self.takes_body else set()
        own |= {"--limit"} if self.paged else set()
        own |= {"--output"} if self.download or self.binary else set()
        own |= {"--wait-timeout", "--poll-interval"} if self.waits else set()
        return own

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
        return CliParam(param, _SCALAR_KINDS[shape.type], choices=choices)
    if shape.type == "array" and shape.item in ("string", "integer", "number"):
        return CliParam(param, "list", item=_SCALAR_KINDS[shape.item or "string"])
    return CliParam(param, "json")


def build_commands(document: dict[str, Any], resources: list[Any]) -> dict[str, list[CliCommand]]:
    """Resource name -> its commands, in the order of the operations table."""
    schemas = document.get("components", {}).get("schemas", {})
    commands: dict[str, list[CliCommand]] = {}
    for resource in resources:
        downloads = {d.op.operation_id: d.name for d in resource.downloads}
        entries = commands[resource.name] = []
        for view in resource.operations:
            items, columns = _table(schemas, view)
            entries.append(
                CliCommand(
                    resource=resource.name,
                    name=view.method_name.replace("_", "-"),
                    method=view.method_name,
                    op=view,
                    help=_help(view),
                    arguments=[cli_param(p) for p in view.path_params],
                    options=[
                        cli_param(p)
                        for p in view.keyword_params
                        if not p.paging and not (view.body_is_whole and p.location == "body")
                    ],
                    download=downloads.get(view.operation_id),
                    items=items,
                    columns=columns,
                )
            )
        for waiter in resource.waiters:
            view = waiter.op
            items, columns = _table(schemas, view)
            select = waiter.select
            entries.append(
                CliCommand(
                    resource=resource.name,
                    name=waiter.name.replace("_", "-"),
                    method=waiter.name,
                    op=view,
                    help=f"Wait until {view.method_name.replace('_', '-')} reports "
                    f"{' / '.join(view.waiter['success'])} (fails on "
                    f"{' / '.join(view.waiter['failure'])}), showing its status.",
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
                )
            )
        _check(resource.name, entries)
    return commands


def _help(view: OperationView) -> str:
    summary = " ".join((view.summary or view.operation_id).split()).rstrip(".") + "."
    if view.deprecated:
        summary = f"(Deprecated) {summary}"
    text = " ".join(view.description.split())
    return f"{summary}\n\n{text}\n\n{view.method} {view.path}" if text else summary


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
    if schema.get("type") == "array":
        return "", _columns(_resolve(schema.get("items", {}), schemas), schemas)
    if items is None:
        return None, _columns(schema, schemas)
    prop = _resolve(schema.get("properties", {}).get(items, {}), schemas)
    return items, _columns(_resolve(prop.get("items", {}), schemas), schemas)


def _columns(schema: dict[str, Any], schemas: dict[str, Any]) -> list[str]:
    """Up to six scalar fields: ids, then names, states and dates, then other required ones."""
    scalars = [
        name
        for name, prop in schema.get("properties", {}).items()
        if _scalar(_resolve(prop, schemas))
    ]
    required = set(schema.get("required", []))

    def rank(name: str) -> tuple[int, int]:
        lowered = name.lower()
        order = (
            0
            if lowered == "id"
            else 1
            if lowered.endswith("id")
            else 2
            if "name" in lowered or "title" in lowered
            else 3
            if "status" in lowered or "state" in lowered
            else 4
            if "created" in lowered or "date" in lowered or "time" in lowered
            else 5
            if name in required
            else 6
        )
        return order, scalars.index(name)

    ranked = sorted(scalars, key=rank)
    ids = [n for n in ranked if rank(n)[0] == 1][1:]  # one foreign id is enough
    return [n for n in ranked if n not in ids][:MAX_COLUMNS]


def _scalar(schema: dict[str, Any]) -> bool:
    types = schema.get("type")
    types = [t for t in (types if isinstance(types, list) else [types]) if t != "null"]
    if "enum" in schema and not types:
        return True
    return len(types) == 1 and types[0] in SCALAR_TYPES
