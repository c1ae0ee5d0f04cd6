"""What ``pixxel ... --help`` says: the spec's descriptions in the command line's own words.

The spec's descriptions are written for the API and the Python client (Markdown code spans,
field names, what a Python argument accepts). Help at a shell prompt shows what to type instead:
metavars such as ``ISO-DATE`` or ``GEOJSON|FILE|-``, option names for the fields, no markup,
and a few examples built from the command's own arguments.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .operations import INPUT_DESCRIPTIONS, Param, _geometry_types

if TYPE_CHECKING:
    from .cli import CliCommand, CliParam

# What each x-pixxel-input kind takes on the command line.
INPUT_METAVARS = {
    "geometry": "GEOJSON|FILE|-",
    "feature-collection": "GEOJSON|FILE|-",
    "bbox": "MINLON,MINLAT,MAXLON,MAXLAT",
    "datetime-interval": "START/END",
    "date-time": "ISO-DATE",
}
INPUT_HELP = {
    "geometry": "A GeoJSON {types}: inline, a file (holding a geometry, a Feature or a"
    " one-feature FeatureCollection), or - to read it from stdin.",
    "feature-collection": "GeoJSON ({types}): inline, a file (holding a FeatureCollection, a"
    " Feature or a geometry), or - to read it from stdin.",
    "bbox": "Four numbers in degrees, west,south,east,north: e.g. 77.5,12.9,77.7,13.1.",
    "datetime-interval": "START/END as ISO 8601 dates or date-times, .. for an open end"
    " (2024-01-01/..); or one day (2024-01-31), month (2024-02) or year (2024). Times without a"
    " zone are UTC.",
    "date-time": "An ISO 8601 date or date-time, e.g. 2024-01-31 or 2024-01-31T12:00:00Z. Times"
    " without a zone are UTC.",
}
# A value for each x-pixxel-input kind in the generated examples.
INPUT_EXAMPLES = {
    "geometry": "area.geojson",
    "feature-collection": "area.geojson",
    "bbox": "77.5,12.9,77.7,13.1",
    "datetime-interval": "2024-01-01/2024-03-31",
    "date-time": "2024-01-31",
}
CODE_SPAN = re.compile(r"``?([^`]+?)``?")
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])")
# Sentences written for maintainers or Python callers, not for people at a prompt: wire spelling
# notes, what the Python client does, how the spec models an undocumented answer.
NOT_FOR_PEOPLE = re.compile(
    r"camelCase|snake_case|\bPython\b|__\w+__|\b(?i:the|a) client\b|\bSDK\b|\bmodell?ed\b"
)
# Paging mechanics: a list command pages by itself (--limit stops it).
PAGING = re.compile(r"\bpag(?:e|es|ing|ed)\b|\boffset\b", re.I)
MAX_CHOICES_METAVAR = 40


def spec_description(param: Param) -> str:
    """The spec's own description of ``param``, without what the Python argument accepts."""
    text = param.description or ""
    if param.nested_inputs:  # what the Python argument takes in each element
        text = text.split(" In each element, ", 1)[0]
    if param.input:
        kind = param.input["kind"]
        accepts = INPUT_DESCRIPTIONS[kind].format(types=_geometry_types(param.input.get("types")))
        text = text.removesuffix(accepts)
    return " ".join(text.split())


def plain(text: str, options: dict[str, str]) -> str:
    """``text`` without Markdown code spans; a span naming a field of the command becomes the
    field's option (``intersects`` -> ``--intersects``)."""

    def span(match: re.Match[str]) -> str:
        inner = match.group(1)
        return options.get(inner, inner)

    return " ".join(CODE_SPAN.sub(span, text).split())


def metavar(param: CliParam) -> str:
    """What to type for an option: ``ISO-DATE``, ``ID,...``, ``pixxel|planetary``..."""
    if param.param.input:
        return INPUT_METAVARS[param.param.input["kind"]]
    name = param.param.name.lower()
    if param.choices and len("|".join(param.choices)) <= MAX_CHOICES_METAVAR:
        return "|".join(param.choices)
    if param.kind == "list":
        one = {"int": "N", "float": "NUMBER"}.get(
            param.item, "ID" if name.endswith("ids") else "TEXT"
        )
        return f"{one},..."
    if param.kind == "json":
        return "JSON|FILE|-"
    if param.kind == "file":
        return "FILE"
    if param.kind == "int":
        return "N"
    if param.kind == "float":
        return "NUMBER"
    if param.date:
        return "ISO-DATE"
    if name == "id" or name.endswith("_id"):
        return "ID"
    return "TEXT"


def option_help(param: CliParam, options: dict[str, str]) -> str:
    """An option's help: the spec's description, then what it takes and whether it is required."""
    own = for_people(plain(spec_description(param.param), options))
    parts = [own] if own or param.param.input else [f"The {param.param.name} field."]
    if param.param.input:
        kind = param.param.input["kind"]
        types = _geometry_types(param.param.input.get("types"))
        parts.append(INPUT_HELP[kind].format(types=types))
    elif param.kind == "list":
        parts.append("Comma-separated, or repeat the option.")
    elif param.kind == "json":
        parts.append("Inline JSON, a JSON file, or - to read it from stdin.")
        if param.param.nested_inputs:
            parts.append(_nested_help(param.param))
    elif param.kind == "file":
        parts.append("A file path.")
    elif param.date:
        parts.append(INPUT_HELP["date-time"])
    if param.choices:
        parts.append("One of: " + ", ".join(param.choices) + ".")
    if param.param.required and param.param.location != "path":
        parts.append(
            "Required (here or in --body)." if param.param.location == "body" else "Required."
        )
    return " ".join(parts)


def for_people(text: str, *, paged: bool = False) -> str:
    """``text`` without the sentences written for maintainers or Python callers (and, for a
    command that pages by itself, without the API's paging mechanics)."""
    sentences = SENTENCE.split(" ".join(text.split()))
    kept = [
        s for s in sentences if not NOT_FOR_PEOPLE.search(s) and not (paged and PAGING.search(s))
    ]
    return " ".join(kept)


def command_help(
    summary: str, description: str, options: dict[str, str], api: str, *, paged: bool = False
) -> str:
    """A command's help: its summary, the spec's description in plain words, the API call."""
    head = " ".join(summary.split()).rstrip(".") + "."
    body = for_people(plain(description, options), paged=paged)
    return "\n\n".join(part for part in (head, body, f"API: {api}") if part)


def examples(command: CliCommand) -> list[str]:
    """Command lines showing a typical use of ``command``, built from its own parameters.

    Upper-case words stand for ids and names (``WORKFLOW_ID``); a line whose options need a
    value no placeholder can stand for (a number, a JSON object) is left out: ``--body
    request.json`` shows those commands. Every line runs in tests/cli/test_help.py.
    """
    base = f"pixxel {command.resource.replace('_', '-')} {command.name}"
    args = " ".join(p.param.python_name.upper() for p in command.arguments)
    call = f"{base} {args}".rstrip()
    required = [p for p in command.options if p.param.required and not p.param.input]
    with_required = _with_options(call, required)
    if with_required is None:
        return [f"{call} --body request.json"] if command.takes_body else []
    if command.waits:
        status = _jq_key(command.status_field)
        return [f"{with_required} --wait-timeout 600", f"{with_required} --json | jq .{status}"]
    if command.download:
        target = {"reports": "report.csv"}.get(command.resource, f"{_singular(command)}.zip")
        bound = " --wait-timeout 1800" if command.bounded_wait else ""
        return [f"{with_required} -o {target}{bound}", f"{with_required} --json"]
    found: list[str] = []
    if command.rows and (command.paged or not command.takes_body):
        found.append(_with_options(call, _example_inputs(command) + required) or with_required)
        id_column = command.columns[0] if command.columns else "id"
        found.append(f"{with_required} --ndjson | jq -r '.{_jq_key(id_column)}'")
    elif command.takes_body:
        found.append(f"{call} --body request.json")
        line = _with_options(call, _example_inputs(command) + required)
        if line is not None and line != call and not command.body_alternatives:
            found.append(line)
    elif command.method.startswith("get"):
        found.append(f"{with_required} --json")
    return found


def _with_options(call: str, params: list[CliParam]) -> str | None:
    """``call`` with a value for each of ``params``; None when one has no example value."""
    values = [_example(p) for p in params]
    if None in values:
        return None
    return call + "".join(f" {p.option} {v}" for p, v in zip(params, values, strict=True))


def _nested_help(param: Param) -> str:
    """What the converted fields of each element of an array option take."""
    kinds = {name: spec["kind"] for name, spec in param.nested_inputs.items()}
    geo = [n for n, kind in kinds.items() if kind in ("geometry", "feature-collection")]
    times = [n for n, kind in kinds.items() if kind in ("date-time", "datetime-interval")]
    said = []
    if geo:
        said.append(f"{', '.join(geo)} GeoJSON")
    if times:
        said.append(f"{', '.join(times)} ISO 8601 dates or date-times (UTC without a zone)")
    return "In each element: " + "; ".join(said) + "." if said else ""


def _example_inputs(command: CliCommand) -> list[CliParam]:
    """The spatial and time options an example shows: one area (a bbox rather than a geometry,
    which a search takes one of) and the time range."""
    by_kind = {p.param.input["kind"]: p for p in command.options if p.param.input}
    area = by_kind.get("bbox") or by_kind.get("geometry") or by_kind.get("feature-collection")
    return [p for p in (area, by_kind.get("datetime-interval")) if p is not None]


def wrap(line: str, width: int = 76) -> list[str]:
    """A long command line split before its options, continued with a backslash."""
    if len(line) <= width:
        return [line]
    lines: list[str] = []
    current = ""
    for token in re.split(r" (?=--|\| |-o )", line):
        if current and len(current) + len(token) + 3 > width:
            lines.append(current + " \\")
            current = "    " + token
        else:
            current = f"{current} {token}" if current else token
    return [*lines, current]


def _singular(command: CliCommand) -> str:
    return command.resource.removesuffix("s").replace("_", "-")


def _example(param: CliParam) -> str | None:
    """A value to show for ``param``: a sample for a converted input, a choice, or an upper-case
    placeholder for an id or a name (None for numbers and JSON, which no word stands for)."""
    if param.param.input:
        return INPUT_EXAMPLES[param.param.input["kind"]]
    if param.choices:
        return param.choices[0]
    items = param.schema.get("items", {}) if param.kind == "list" else param.schema
    if any(key in items for key in ("pattern", "format", "enum", "$ref")):
        return None  # a shape a placeholder word would not have
    if param.kind in ("str", "list") and param.item == "str" and not param.date:
        return param.param.python_name.strip("_").upper()
    return None


def _jq_key(column: str) -> str:
    return ".".join(part if part.isidentifier() else f'"{part}"' for part in column.split("."))
