"""The command line's view of the spec (generator/cli.py): kinds, columns, name clashes."""

from __future__ import annotations

import copy
import functools
from typing import Any

import pytest

from generator.cli import build_commands, cli_param
from generator.operations import Param, TypeNamer, build_views
from generator.render import group_resources
from generator.settings import SPEC_ROOT
from generator.spec import Bundle, SpecError, load


@functools.cache
def _namer() -> TypeNamer:
    return TypeNamer(load(SPEC_ROOT).document["components"])


def _param(schema: dict[str, Any]) -> Param:
    """A body field with ``schema``, its shape read as the operation model reads it."""
    namer = _namer()
    return Param("x", "x", namer.annotation(schema), False, "", "body", shape=namer.shape(schema))


@pytest.mark.parametrize(
    ("schema", "kind", "item"),
    [
        ({"type": "string"}, "str", "str"),
        ({"type": "integer"}, "int", "str"),
        ({"type": "boolean"}, "bool", "str"),
        ({"type": "string", "format": "date-time"}, "str", "str"),
        ({"type": ["string", "null"]}, "str", "str"),
        ({"$ref": "#/components/schemas/AoiStatus"}, "str", "str"),
        ({"type": "array", "items": {"type": "number"}}, "list", "float"),
        ({"type": "array", "items": {"type": "string"}}, "list", "str"),
        (
            {"type": "array", "items": {"$ref": "#/components/schemas/OrderItemCreate"}},
            "json",
            "str",
        ),
        ({"$ref": "#/components/schemas/Geometry"}, "json", "str"),
        ({"type": "object"}, "json", "str"),
    ],
)
def test_each_schema_gets_a_command_line_kind(schema: dict[str, Any], kind: str, item: str) -> None:
    param = cli_param(_param(schema))
    assert (param.kind, param.item) == (kind, item)


def test_enum_choices_are_listed_in_the_help() -> None:
    param = cli_param(_param({"type": "string", "enum": ["a", "b"]}))
    assert param.kind == "str" and param.choices == ["a", "b"]
    assert "One of: a, b." in param.help


def _commands(bundle: Bundle) -> dict[str, Any]:
    return build_commands(bundle.document, group_resources(bundle.document, build_views(bundle)))


def test_every_operation_and_waiter_is_a_command() -> None:
    bundle = load(SPEC_ROOT)
    commands = _commands(bundle)
    operations = [c for cs in commands.values() for c in cs if not c.waits]
    assert len(operations) == len(list(bundle.operations())) == 55
    jobs = {c.name: c for c in commands["jobs"]}
    assert {"list", "create", "get", "download", "wait", "wait-for-download"} <= set(jobs)
    assert [a.python_name for a in jobs["get"].arguments] == ["workflow_id", "job_id"]
    assert jobs["download"].download == "download_to"
    aois = {c.name: c for c in commands["aois"]}
    assert aois["list"].items == "aois" and aois["list"].columns[:3] == ["aoi_id", "name", "status"]
    assert "offset" not in {o.param.name for o in aois["list"].options}  # the command pages


def test_a_parameter_that_takes_an_own_option_is_refused() -> None:
    bundle = load(SPEC_ROOT)
    document = copy.deepcopy(bundle.document)
    operation = document["paths"]["/v0/workflows/{workflow_id}/jobs/{job_id}"]["get"]
    operation.setdefault("parameters", []).append(
        {"name": "json", "in": "query", "schema": {"type": "string"}}
    )
    with pytest.raises(SpecError, match="--json"):
        _commands(Bundle(document=document, origins=bundle.origins))
