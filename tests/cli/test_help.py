"""Every command's ``--help`` is written for people at a prompt: no Python words, no markup, no
maintainer notes; metavars show what to type; the main commands show examples."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.notes import collect
from generator.settings import SPEC_ROOT
from generator.spec import load
from tests.docs import api_server

from .conftest import Installed

AREA = {
    "type": "Polygon",
    "coordinates": [[[77.5, 12.9], [77.7, 12.9], [77.7, 13.1], [77.5, 13.1], [77.5, 12.9]]],
}

# The installed entry point, once per command line (all in one process: 70 interpreter starts
# would cost more than the test).
HELP = """
import contextlib, io, json, sys
from importlib.metadata import entry_points
import typer.main
main = entry_points(group="console_scripts")["pixxel"].load()
from pixxel._cli._app import app
root = typer.main.get_command(app)
argvs = [["--help"]]
for group_name, group in sorted(root.commands.items()):
    argvs.append([group_name, "--help"])
    argvs += [[group_name, name, "--help"] for name in sorted(getattr(group, "commands", {}))]
texts = {}
for argv in argvs:
    out = io.StringIO()
    sys.argv = ["pixxel", *argv]
    with contextlib.redirect_stdout(out):
        try:
            main()
        except SystemExit as exit:
            assert not exit.code, (argv, exit.code)
    texts[" ".join(argv[:-1])] = out.getvalue()
print(json.dumps(texts))
"""

NOT_FOR_PEOPLE = {
    "a code span or reST markup": r"`|:(class|func|meth):|^\s*\.\. \w+::",
    "a Python dunder": r"__\w+__",
    "a Python type as metavar": r"<(str|int|float|bool|path|list\[\w+\])>",
    "a Python constant": r"\b(None|True|False)\b",
    "a Python type": r"\b(dict|tuple|list\[|NoneType|kwargs?)\b",
    "Python": r"\bPython\b|\bpydantic\b|pixxel\.models",
    "a Python call": r"\b\w+\(\w+=",
    "Python date talk": r"\ba datetime\b|datetime/date|\bnaive\b|\bdate objects?\b",
    "a spelling note": r"camelCase|snake_case",
}


@pytest.fixture(scope="module")
def helps(installed: Installed) -> dict[str, str]:
    done = subprocess.run(
        [str(installed.python), "-c", HELP],
        capture_output=True,
        text=True,
        check=True,
        env={"COLUMNS": "100"},
    )
    texts: dict[str, str] = json.loads(done.stdout)
    return texts


def test_every_help_is_free_of_python_words_and_markup(helps: dict[str, str]) -> None:
    commands = [name for name in helps if name.count(" ") == 1]
    assert len(commands) >= 55 + 11  # every operation and every waiter
    problems = [
        f"pixxel {name} --help: {what}: {match.group(0)!r}"
        for name, text in helps.items()
        for what, pattern in NOT_FOR_PEOPLE.items()
        for match in [re.search(pattern, text, re.M)]
        if match
    ]
    assert problems == []


def test_no_maintainer_note_reaches_help(helps: dict[str, str]) -> None:
    # (A few words long notes can say what a description says too: "No paging is documented.")
    notes = [n for place in collect(load(SPEC_ROOT)) for n in place.notes if len(n.split()) > 8]
    assert len(notes) > 20
    every_help = " ".join(" ".join(text.split()) for text in helps.values())
    leaked = [note for note in notes if " ".join(note.split())[:50] in every_help]
    assert leaked == []


def test_the_checks_catch_what_they_look_for() -> None:
    """The patterns are not blind: the help the issue quoted would fail them."""
    before = [
        "take the same Python values as elsewhere (GeoJSON or ``__geo_interface__`` objects,",
        "``datetime``/``date``; naive means UTC)",
        "--bbox <list[str]>   Comma-separated float values",
        "No API key: pass api_key=... ; archives.search(bbox=...)",
        "The response names the workflow in camelCase (`workflowId`)",
    ]
    for text in before:
        assert any(re.search(p, text, re.M) for p in NOT_FOR_PEOPLE.values()), text


@pytest.mark.parametrize(
    ("command", "option", "metavar"),
    [
        ("archives search", "--bbox", "MINLON,MINLAT,MAXLON,MAXLAT"),
        ("archives search", "--datetime", "START/END"),
        ("archives search", "--intersects", "GEOJSON|FILE|-"),
        ("archives search", "--collections", "TEXT,..."),
        ("archives search", "--ids", "ID,..."),
        ("aois create", "--geometry", "GEOJSON|FILE|-"),
        ("aois create", "--provider", "pixxel|planetary"),
        ("aois create", "--project-id", "ID"),
        ("aois create", "--body", "FILE|-"),
        ("jobs download", "--output", "FILE"),
        ("jobs download", "--wait-timeout", "SECONDS"),
        ("jobs wait", "--poll-interval", "SECONDS"),
        ("aois list", "--limit", "N"),
        ("aois list", "--columns", "FIELD,..."),
    ],
)
def test_metavars_show_what_to_type(
    helps: dict[str, str], command: str, option: str, metavar: str
) -> None:
    assert re.search(rf"{re.escape(option)} {re.escape(metavar)}(\s|$)", helps[command]), helps[
        command
    ]


def test_usage_lines_name_arguments_as_typed(helps: dict[str, str]) -> None:
    assert "Usage: pixxel jobs get [OPTIONS] WORKFLOW_ID JOB_ID" in helps["jobs get"]


@pytest.mark.parametrize(
    ("command", "example"),
    [
        ("aois list", "pixxel aois list --ndjson | jq -r '.aoi_id'"),
        ("archives search", "pixxel archives search --bbox 77.5,12.9,77.7,13.1"),
        ("aois create", "pixxel aois create --body request.json"),
        ("jobs wait", "pixxel jobs wait WORKFLOW_ID JOB_ID --wait-timeout 600"),
        ("jobs download", "pixxel jobs download WORKFLOW_ID JOB_ID -o job.zip"),
        ("jobs get", "pixxel jobs get WORKFLOW_ID JOB_ID --json"),
    ],
)
def test_main_commands_show_examples(helps: dict[str, str], command: str, example: str) -> None:
    text = helps[command]
    assert "Examples:" in text
    assert example in text.split("Examples:", 1)[1]


def _examples(helps: dict[str, str]) -> list[tuple[str, str]]:
    """(command, example line) of every help, continuation lines joined."""
    found: list[tuple[str, str]] = []
    for command, text in helps.items():
        if "Examples:" not in text:
            continue
        lines = [line.strip() for line in text.split("Examples:", 1)[1].strip().splitlines()]
        for line in lines:
            if found and found[-1][1].endswith("\\"):
                found[-1] = (command, found[-1][1][:-1].rstrip() + " " + line)
            else:
                found.append((command, line))
    return found


def _request_bodies() -> dict[tuple[str, str], Any]:
    """(resource, method name) -> a documented request body (tests/payloads) of the operation."""
    from pixxel import OPERATIONS

    from ..support.payloads import all_exchanges

    bodies: dict[tuple[str, str], Any] = {}
    for exchange in all_exchanges():
        info = OPERATIONS[exchange.operation_id]
        if exchange.body is not None:
            bodies.setdefault((info.resource, info.method_name), exchange.body)
    return bodies


def _waits_over_a_list() -> dict[str, Any]:
    """``resource wait`` -> the operation it polls, for the waits that pick one element."""
    from pixxel import OPERATIONS

    return {
        f"{i.resource.replace('_', '-')} {i.waiter.get('method', 'wait').replace('_', '-')}": i
        for i in OPERATIONS.values()
        if i.waiter and i.waiter.get("select")
    }


def _listed_id(api: api_server.APIServer, info: Any) -> tuple[str, str]:
    """The placeholder of the element a wait picks, and an id the stand-in API lists."""
    select = info.waiter["select"]
    path = re.sub(r"\{[^}]+\}", "X", info.path)
    body = httpx.get(api.url + path, headers={"Authorization": "k"}).json()
    return select["param"].upper(), str(body[select["items"]][0][select["key"]])


@pytest.mark.block_network(allowed_hosts=["127.0.0.1", "localhost"])
def test_every_help_example_runs(
    helps: dict[str, str], installed: Installed, tmp_path: Path
) -> None:
    examples = _examples(helps)
    assert len(examples) >= 80
    bodies = _request_bodies()
    waits = _waits_over_a_list()
    assert len(waits) == 3
    script = ["set -uo pipefail"]
    with api_server.running() as api:
        for index, (command, line) in enumerate(examples):
            folder = tmp_path / str(index)
            folder.mkdir()
            (folder / "area.geojson").write_text(json.dumps(AREA))
            resource, name = command.split()
            # (An operation without a documented body takes a free-form one: {}.)
            body = bodies.get((resource.replace("-", "_"), name.replace("-", "_")), {})
            (folder / "request.json").write_text(json.dumps(body))
            if command in waits:  # the placeholder would not be listed: an id that is
                placeholder, listed = _listed_id(api, waits[command])
                line = line.replace(f" {placeholder}", f" {shlex.quote(listed)}")
            script.append(
                f"( cd {folder} && {line} ) >/dev/null 2>{folder}/stderr"
                f" || echo {index}: $? $(tail -1 {folder}/stderr)"
            )
        done = subprocess.run(
            ["bash", "-c", "\n".join(script)],
            capture_output=True,
            text=True,
            env={
                "PATH": f"{installed.venv / 'bin'}:{os.environ['PATH']}",
                "PIXXEL_API_KEY": "docs-example-key",
                "PIXXEL_BASE_URL": api.url,
            },
            timeout=600,
        )
        failed = [
            f"{examples[int(out.split(':')[0])][1]} -> {out}" for out in done.stdout.splitlines()
        ]
        assert failed == [], "\n".join(failed)
        assert api.problems == []
