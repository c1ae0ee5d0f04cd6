"""The installed ``pixxel`` command speaks shell: bad input is one line in the command line's
words with its exit code, geometry comes from files and stdin, tables keep ids whole at 80
columns, --ndjson and --json ignore the terminal width, and a closed pipe ends with 0."""

from __future__ import annotations

import json
import os
import re
import subprocess
import uuid
from pathlib import Path
from typing import Any

import pytest
from werkzeug import Request, Response

from .conftest import API_KEY, Api, Installed

POLYGON = {
    "type": "Polygon",
    "coordinates": [[[77.5, 12.9], [77.6, 12.9], [77.6, 13.0], [77.5, 12.9]]],
}
AOI_BODY = {
    "name": "Field 7",
    "description": "test field",
    "provider": "planetary",
    "satellite_id": "s1",
    "project_id": "p1",
    "geometry": POLYGON,
    "item_ids": ["T1"],
}
# Words of the Python library that must never reach a person at a prompt.
PYTHON_WORDS = re.compile(
    r"Traceback|\w+\.\w+\(\w+=\.\.\.\)|__\w+__|\bgot (list|dict|str|int|float|NoneType)\b"
    r"|api_key=|\bkwargs\b|pydantic|pixxel\.models|\bTypeError\b|\bValueError\b"
)


def _files(tmp_path: Path) -> dict[str, str]:
    files = {
        "body": {**AOI_BODY},
        "wrong_type": {**AOI_BODY, "item_ids": 42},
        "point": {**AOI_BODY, "geometry": {"type": "Point", "coordinates": [77.5, 12.9]}},
        "two": {
            "type": "FeatureCollection",
            "features": [{"type": "Feature", "geometry": POLYGON, "properties": {}}] * 2,
        },
    }
    paths = {}
    for name, data in files.items():
        path = tmp_path / f"{name}.json"
        path.write_text(json.dumps(data))
        paths[name] = str(path)
    (tmp_path / "broken.json").write_text("{not json")
    paths["broken"] = str(tmp_path / "broken.json")
    return paths


def _bad_inputs(files: dict[str, str]) -> list[tuple[list[str], dict[str, str], int, str]]:
    """argv, extra environment, exit code, words the one error line must hold."""
    body = ["aois", "create", "--body", files["body"]]
    return [
        (["jobs", "get", "w1"], {}, 2, "Missing argument 'JOB_ID'"),
        (["jobs", "get", "w1", "j1", "--no-such-option"], {}, 2, "No such option: --no-such"),
        (["aois", "list", "--limit", "many"], {}, 2, "'many' is not a whole number"),
        (["aois", "create", "--body", files["broken"]], {}, 2, "--body: "),
        (["aois", "create", "--body", files["wrong_type"]], {}, 2, "item_ids in --body"),
        ([*body, "--geometry", "[77.5, 12.9]"], {}, 2, "--geometry: expected a GeoJSON"),
        (["aois", "create", "--body", files["point"]], {}, 2, "geometry in --body: geometry type"),
        ([*body, "--geometry", files["two"]], {}, 2, "--geometry: expected one geometry"),
        ([*body, "--geometry", "field.geojson"], {}, 2, "'field.geojson' is neither JSON nor"),
        ([*body, "--provider", "nasa"], {}, 2, "--provider: 'nasa' is not one of"),
        (["archives", "search", "--bbox", "77.5,12.9,77.7"], {}, 2, "--bbox: expected 4 numbers"),
        (["archives", "search", "--bbox", "77.5,north"], {}, 2, "--bbox: 'north' is not a number"),
        (["archives", "search", "--datetime", "last week"], {}, 2, "--datetime: 'last week'"),
        (["archives", "search", "--datetime", "2024-03-01/2024-01-01"], {}, 2, "--datetime:"),
        (["archives", "search", "--json", "--ndjson"], {}, 2, "--json and --ndjson"),
        (["jobs", "get", "w1", " "], {}, 2, "JOB_ID: expected an id"),
        (["jobs", "wait", "w1", "j1", "--wait-timeout", "0"], {}, 2, "--wait-timeout must be"),
        (["jobs", "get", "w1", "j1"], {"PIXXEL_API_KEY": ""}, 2, "no API key: set PIXXEL_API_KEY"),
        (["--base-url", "api.pixxel.space", "jobs", "get", "w", "j"], {}, 2, "--base-url must"),
        (["--timeout", "0", "jobs", "get", "w1", "j1"], {}, 2, "--timeout must be more than 0"),
        (["jobs", "get", "w1", "j1"], {"PIXXEL_API_KEY": "key\n"}, 2, "The API key"),
    ]


def test_every_kind_of_bad_input_is_one_line_in_shell_words(
    pixxel: Any, api: Api, tmp_path: Path
) -> None:
    for argv, env, code, words in _bad_inputs(_files(tmp_path)):
        result = pixxel(*argv, env=env)
        assert result.code == code, (argv, result.stderr)
        assert result.stdout == "", argv
        lines = result.stderr.splitlines()
        assert len(lines) == 1, (argv, result.stderr)
        assert words.lower() in lines[0].lower(), (argv, lines[0])
        assert not PYTHON_WORDS.search(lines[0]), (argv, lines[0])
    assert api.requests == []  # every one was caught before sending
    assert "key\n" not in json.dumps([r[3] for r in api.requests])


def test_an_internal_error_is_one_line_and_its_traceback_needs_debug(
    installed: Installed, tmp_path: Path
) -> None:
    # A `rich` whose Console fails: the command line itself breaks, not the user's input.
    (tmp_path / "sitecustomize.py").write_text(
        "import rich.console\n"
        "def broken(*a, **k):\n    raise RuntimeError('console broke')\n"
        "rich.console.Console.print = broken\n"
    )
    env = {
        "PATH": os.environ["PATH"],
        "PYTHONPATH": str(tmp_path),
        "PIXXEL_API_KEY": API_KEY,
        "COLUMNS": "80",
    }
    script = str(installed.script)
    done = subprocess.run(
        [script, "archives", "search", "--help"], capture_output=True, text=True, env=env
    )
    assert done.returncode == 0  # help does not need the console
    done = _run_broken(script, env, [])
    assert done.returncode == 70, done.stderr
    assert done.stderr.splitlines() == [
        "Internal error: RuntimeError: console broke (run with --debug for the traceback, "
        "and please report it)"
    ]
    done = _run_broken(script, env, ["--debug"])
    assert "Traceback" in done.stderr and done.returncode != 0


def _run_broken(script: str, env: dict[str, str], extra: list[str]) -> Any:
    from pytest_httpserver import HTTPServer

    with HTTPServer() as server:
        server.expect_request("/v0/aois").respond_with_json(
            {"aois": [{"aoi_id": "a1"}], "pagination": {"total": 1, "offset": 0, "limit": 1}}
        )
        return subprocess.run(
            [script, *extra, "--base-url", server.url_for("").rstrip("/"), "aois", "list"],
            capture_output=True,
            text=True,
            env=env,
        )


@pytest.mark.parametrize("source", ["inline", "file", "feature", "collection", "stdin"])
def test_geometry_from_inline_json_a_file_or_stdin(
    pixxel: Any, api: Api, tmp_path: Path, source: str
) -> None:
    api.json("POST", "/v0/archives/search", {"type": "FeatureCollection", "features": []})
    feature = {"type": "Feature", "geometry": POLYGON, "properties": {"name": "field"}}
    documents = {
        "inline": POLYGON,
        "file": POLYGON,
        "feature": feature,
        "collection": {"type": "FeatureCollection", "features": [feature]},
        "stdin": feature,
    }
    path = tmp_path / "area.geojson"
    path.write_text(json.dumps(documents[source]))
    value = {"inline": json.dumps(POLYGON), "stdin": "-"}.get(source, str(path))
    stdin = json.dumps(documents[source]) if source == "stdin" else None
    result = pixxel("archives", "search", "--intersects", value, "--json", stdin=stdin)
    assert result.code == 0, result.stderr
    assert json.loads(api.requests[0][2])["intersects"] == POLYGON


def test_only_one_option_reads_stdin(pixxel: Any, api: Api) -> None:
    result = pixxel("aois", "create", "--body", "-", "--geometry", "-", stdin=json.dumps(AOI_BODY))
    assert result.code == 2
    assert result.stderr.strip() == "Error: --geometry - and --body - cannot both read stdin"


def _aois(api: Api, count: int) -> list[str]:
    ids = [str(uuid.UUID(int=i + 1)) for i in range(count)]
    aois = [
        {
            "aoi_id": aoi_id,
            "name": f"Paddy fields north of the lake, parcel {i} (monsoon survey)",
            "status": "success",
            "created_at": "2024-01-31T10:00:00Z",
            "progress": 100,
            "description": "x" * 200,
        }
        for i, aoi_id in enumerate(ids)
    ]
    body = {"aois": aois, "pagination": {"total": count, "offset": 0, "limit": count}}
    api.json("GET", "/v0/aois", body)
    return ids


def test_ids_are_whole_in_an_80_column_table(pixxel: Any, api: Api) -> None:
    ids = _aois(api, 3)
    result = pixxel("aois", "list", env={"COLUMNS": "80"})
    assert result.code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert all(len(line) <= 80 for line in lines)
    for aoi_id in ids:
        assert aoi_id in result.stdout
    assert "aoi_id" in lines[0] and "status" in lines[0]
    assert "Paddy" in result.stdout  # the name is wrapped, not left out

    narrow = pixxel("aois", "list", env={"COLUMNS": "40"})
    assert all(aoi_id in narrow.stdout for aoi_id in ids)
    assert "left out at this width" in narrow.stderr


def test_columns_pick_fields_and_nested_paths(pixxel: Any, api: Api) -> None:
    ids = _aois(api, 2)
    result = pixxel("aois", "list", "--columns", "name,aoi_id", env={"COLUMNS": "200"})
    assert result.code == 0, result.stderr
    header = result.stdout.splitlines()[0].split()
    assert header == ["name", "aoi_id"]
    assert ids[1] in result.stdout


def test_archive_items_show_date_cloud_cover_and_collection(pixxel: Any, api: Api) -> None:
    item = {
        "type": "Feature",
        "id": "TD1_20240131_0001",
        "collection": "pixxel-td-l2a",
        "stac_version": "1.0.0",
        "properties": {"datetime": "2024-01-31T05:10:00Z", "eo:cloud_cover": 12.5},
    }
    api.json("POST", "/v0/archives/search", {"type": "FeatureCollection", "features": [item]})
    result = pixxel("archives", "search", "--bbox", "77.5,12.9,77.7,13.1", env={"COLUMNS": "80"})
    assert result.code == 0, result.stderr
    assert result.stdout.splitlines()[0].split() == ["id", "datetime", "cloud_cover", "collection"]
    row = result.stdout.splitlines()[2].split()
    assert row == ["TD1_20240131_0001", "2024-01-31T05:10:00Z", "12.5", "pixxel-td-l2a"]


def test_ndjson_is_one_item_per_line_and_json_ignores_the_width(pixxel: Any, api: Api) -> None:
    ids = _aois(api, 3)
    outputs = {}
    for columns in ("40", "200"):
        ndjson = pixxel("aois", "list", "--ndjson", env={"COLUMNS": columns})
        whole = pixxel("aois", "list", "--json", env={"COLUMNS": columns})
        assert ndjson.code == whole.code == 0
        outputs[columns] = (ndjson.stdout, whole.stdout)
    assert outputs["40"] == outputs["200"]
    lines = outputs["40"][0].splitlines()
    assert [json.loads(line)["aoi_id"] for line in lines] == ids
    assert json.loads(outputs["40"][1]) == [json.loads(line) for line in lines]


def test_ndjson_streams_archive_search_items(pixxel: Any, api: Api) -> None:
    pages = [[{"id": f"i{n}", "type": "Feature"} for n in range(3)], []]

    def search(request: Request) -> Response:
        features = pages.pop(0) if pages else []
        return Response(json.dumps({"features": features}), content_type="application/json")

    api.route("POST", "/v0/archives/search", search)
    result = pixxel("archives", "search", "--collections", "pixxel-td-l2a", "--ndjson")
    assert result.code == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["i0", "i1", "i2"]


def _piped(installed: Installed, api: Api, command: str) -> subprocess.CompletedProcess[str]:
    """``pixxel <command> | head -1`` in bash, with pipefail: pixxel's own exit code counts."""
    return subprocess.run(
        ["bash", "-c", f"set -o pipefail; {installed.script} {command} | head -1"],
        capture_output=True,
        text=True,
        env={
            "PATH": os.environ["PATH"],
            "PIXXEL_API_KEY": API_KEY,
            "PIXXEL_BASE_URL": api.base_url,
        },
        timeout=60,
    )


@pytest.mark.parametrize("mode", ["--ndjson", "--json", ""])
def test_a_closed_pipe_ends_quietly_with_0(installed: Installed, api: Api, mode: str) -> None:
    _aois(api, 3000)  # far more than a pipe buffer holds: the writer meets the closed pipe
    done = _piped(installed, api, f"aois list {mode}")
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("\n") == 1
    assert "Error" not in done.stderr and "Traceback" not in done.stderr


def test_download_bounds_and_shows_its_wait(pixxel: Any, api: Api, tmp_path: Path) -> None:
    states = ["pending", "pending", "packaging"]

    def package(request: Request) -> Response:
        state = states.pop(0) if len(states) > 1 else states[0]
        body = {"id": "d1", "workflowId": "w1", "status": state}
        return Response(json.dumps(body), content_type="application/json")

    api.route("PUT", "/v0/workflows/w1/jobs/j1/download", package)
    target = tmp_path / "job.zip"
    argv = ["jobs", "download", "w1", "j1", "-o", str(target)]
    result = pixxel(*argv, "--poll-interval", "0.05", "--wait-timeout", "1.5")
    assert result.code == 124, result.stderr
    lines = result.stderr.splitlines()
    assert lines[:2] == ["status: pending", "status: packaging"]
    assert lines[-1].startswith("Timed out: still 'packaging' after 1.5 s; run again")
    assert lines[-1].endswith(
        " ".join(["pixxel", *argv, "--poll-interval", "0.05"]) + " --wait-timeout 1.5"
    )
    assert not target.exists()


def test_a_command_without_its_subcommand_shows_the_help(pixxel: Any) -> None:
    for argv in ([], ["aois"]):
        result = pixxel(*argv)
        assert result.code == 2
        assert "Usage: pixxel" in result.stderr and "Commands:" in result.stderr
        assert not result.stderr.startswith("Error")


def test_stac_item_lists_print_one_item_per_line(pixxel: Any, api: Api) -> None:
    items = [{"type": "Feature", "id": f"i{n}", "collection": "c1"} for n in range(3)]
    body = {"type": "FeatureCollection", "features": items}
    api.json("GET", "/v0/archives/collections/c1/items", body)
    result = pixxel("archives", "list-items", "c1", "--ndjson")
    assert result.code == 0, result.stderr
    assert [json.loads(line) for line in result.stdout.splitlines()] == items


def test_a_wait_for_an_element_that_is_not_listed_stops_at_once(pixxel: Any, api: Api) -> None:
    body = {"insights": [{"id": "i1", "status": "running"}, {"id": "i2", "status": "failed"}]}
    api.json("GET", "/v0/aoi/a1/insights", body)
    result = pixxel("insights", "wait", "a1", "--id", "i9", "--poll-interval", "0.05")
    assert result.code == 2
    assert result.stderr == "Error: --id 'i9' is not listed (the ids listed: i1, i2)\n"
    assert len(api.requests) == 1
