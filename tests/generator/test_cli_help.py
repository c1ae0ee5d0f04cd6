"""The command line's help text (generator/cli_help.py): plain words, metavars, examples."""

from __future__ import annotations

import pytest

from generator import cli_help
from generator.cli import CliParam, build_commands, cli_param
from generator.operations import Param, build_views
from generator.render import group_resources
from generator.settings import SPEC_ROOT
from generator.spec import load


def test_code_spans_become_plain_text_or_the_option_of_the_field() -> None:
    text = "Give either `intersects` or ``bbox``; see `eo:cloud_cover`."
    options = {"intersects": "--intersects", "bbox": "--bbox"}
    assert (
        cli_help.plain(text, options) == "Give either --intersects or --bbox; see eo:cloud_cover."
    )


def test_sentences_for_maintainers_and_paging_mechanics_are_left_out() -> None:
    text = (
        "Lists the jobs. The response names the workflow in camelCase (`workflowId`). "
        "Paging travels in the body (offset, limit). The client should save it. Sorted by date."
    )
    assert cli_help.for_people(text) == (
        "Lists the jobs. Paging travels in the body (offset, limit). Sorted by date."
    )
    assert cli_help.for_people(text, paged=True) == "Lists the jobs. Sorted by date."


def _input(kind: str, description: str = "Area to search.") -> CliParam:
    param = Param("area", "area", "Any", False, description, "body", input={"kind": kind})
    return cli_param(param)


@pytest.mark.parametrize(
    ("kind", "metavar", "words"),
    [
        ("geometry", "GEOJSON|FILE|-", "- to read it from stdin"),
        ("feature-collection", "GEOJSON|FILE|-", "a file"),
        ("bbox", "MINLON,MINLAT,MAXLON,MAXLAT", "west,south,east,north"),
        ("datetime-interval", "START/END", ".. for an open end"),
        ("date-time", "ISO-DATE", "2024-01-31T12:00:00Z"),
    ],
)
def test_converted_inputs_say_what_to_type_not_what_python_takes(
    kind: str, metavar: str, words: str
) -> None:
    param = _input(kind)
    assert param.metavar == metavar
    assert param.help.startswith("Area to search. ")
    assert words in param.help
    assert "``" not in param.help and "__geo_interface__" not in param.help
    assert "datetime" not in param.help


def test_long_examples_are_continued_with_a_backslash() -> None:
    line = "pixxel archives search --bbox 77.5,12.9,77.7,13.1 --datetime 2024-01-01/2024-03-31"
    lines = cli_help.wrap(line, width=60)
    assert lines == [
        "pixxel archives search --bbox 77.5,12.9,77.7,13.1 \\",
        "    --datetime 2024-01-01/2024-03-31",
    ]
    assert cli_help.wrap("pixxel aois list") == ["pixxel aois list"]


def test_examples_are_built_from_each_command() -> None:
    bundle = load(SPEC_ROOT)
    commands = build_commands(
        bundle.document, group_resources(bundle.document, build_views(bundle))
    )
    by_name = {f"{c.resource} {c.name}": c for cs in commands.values() for c in cs}
    search = cli_help.examples(by_name["archives search"])
    assert search[0] == (
        "pixxel archives search --bbox 77.5,12.9,77.7,13.1 --datetime 2024-01-01/2024-03-31"
    )
    assert by_name["archives search"].columns == [
        "id",
        "properties.datetime",
        "properties.eo:cloud_cover",
        "collection",
    ]
    assert cli_help.examples(by_name["jobs download"])[0] == (
        "pixxel jobs download WORKFLOW_ID JOB_ID -o job.zip --wait-timeout 1800"
    )
    assert by_name["jobs download"].wait_method == "wait_for_download"
    assert by_name["jobs download"].bounded_wait and not by_name["jobs get"].bounded_wait
    assert "--ndjson" in by_name["aois list"].own_options
