"""The installed ``pixxel`` command: every operation's help, one call per resource, lists."""

from __future__ import annotations

import json
import subprocess
from datetime import datetime
from typing import Any

from pixxel import OPERATIONS

from ..support.paths import BASE_URL
from ..support.payloads import Exchange, all_exchanges
from .conftest import API_KEY, Api, Installed

BATCH = """
import contextlib, io, json, sys
from importlib.metadata import entry_points
main = entry_points(group="console_scripts")["pixxel"].load()
results = []
for argv, stdin in json.load(sys.stdin):
    out, err = io.StringIO(), io.StringIO()
    sys.argv, sys.stdin = ["pixxel", *argv], io.StringIO(stdin or "")
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            main()
            code = 0
        except SystemExit as exit:
            code = exit.code or 0
    results.append([code, out.getvalue(), err.getvalue()])
print(json.dumps(results))
"""


def _batch(
    installed: Installed, runs: list[tuple[list[str], str | None]], env: dict[str, str]
) -> list[tuple[int, str, str]]:
    """Run the installed console script's entry point once per argv, all in one process.

    A subprocess per command would cost an interpreter start and the imports each time.
    """
    done = subprocess.run(
        [str(installed.python), "-c", BATCH],
        input=json.dumps(runs),
        capture_output=True,
        text=True,
        check=True,
        env={"COLUMNS": "200", **env},
    )
    return [(int(code), out, err) for code, out, err in json.loads(done.stdout)]


def _command(op_id: str) -> list[str]:
    info = OPERATIONS[op_id]
    return [info.resource.replace("_", "-"), info.method_name.replace("_", "-")]


def test_help_of_every_operation(installed: Installed) -> None:
    # One process loads the installed console script's entry point and asks each command for
    # its help; a per-command subprocess would cost 55 interpreter starts.
    runs: list[tuple[list[str], str | None]] = [
        ([*_command(op_id), "--help"], None) for op_id in OPERATIONS
    ]
    results = _batch(installed, runs, {})
    assert len(results) == len(OPERATIONS) == 55
    for (op_id, info), (code, text, _) in zip(OPERATIONS.items(), results, strict=True):
        assert code == 0, (op_id, text)
        assert f"Usage: pixxel {' '.join(_command(op_id))}" in text, op_id
        assert " ".join(info.summary.split()).rstrip(".") in " ".join(text.split()), op_id


def test_help_shows_parameters_with_spec_descriptions(pixxel: Any) -> None:
    result = pixxel("archives", "search", "--help")
    assert result.code == 0
    text = " ".join(result.stdout.split())
    assert "--collections" in text and "--bbox" in text and "--body" in text
    assert "Collection ids to search" in text  # the spec's description of the field
    result = pixxel("jobs", "get", "--help")
    assert "WORKFLOW_ID" in result.stdout and "JOB_ID" in result.stdout


def _one_per_resource() -> list[Exchange]:
    chosen: dict[str, Exchange] = {}
    for exchange in all_exchanges():
        info = OPERATIONS[exchange.operation_id]
        if "json" not in exchange.content_type or exchange.status >= 300:
            continue
        if exchange.response_body is None:
            continue
        chosen.setdefault(info.resource, exchange)
    return list(chosen.values())


def _argv(exchange: Exchange) -> tuple[list[str], str | None]:
    info = OPERATIONS[exchange.operation_id]
    names = [part[1:-1] for part in info.path.split("/") if part.startswith("{")]
    argv = [*_command(exchange.operation_id), *(str(exchange.path[n]) for n in names), "--json"]
    for name, value in exchange.query.items():
        if name in ("offset", "limit", "page_num", "page_size"):
            continue
        values = value if isinstance(value, list) else [value]
        argv += [f"--{name.replace('_', '-')}", ",".join(str(v) for v in values)]
    stdin = None
    if exchange.body is not None:
        argv += ["--body", "-"]
        stdin = json.dumps(exchange.body)
    return argv, stdin


def test_one_call_per_resource_prints_the_body(installed: Installed, api: Api) -> None:
    exchanges = _one_per_resource()
    # `reports` has only a file to download (test_downloads.py covers it).
    resources = {info.resource for info in OPERATIONS.values()} - {"reports"}
    assert {OPERATIONS[e.operation_id].resource for e in exchanges} == resources
    for exchange in exchanges:
        info = OPERATIONS[exchange.operation_id]
        path = exchange.url.split("?")[0].split("://", 1)[1].split("/", 1)[1]
        api.json(info.method, "/" + path, exchange.response_body, status=exchange.status)
    env = {"PIXXEL_API_KEY": API_KEY, "PIXXEL_BASE_URL": api.base_url}
    results = _batch(installed, [_argv(e) for e in exchanges], env)
    for exchange, (code, stdout, stderr) in zip(exchanges, results, strict=True):
        info = OPERATIONS[exchange.operation_id]
        assert code == 0, (exchange.operation_id, stderr)
        expected = exchange.response_body
        if info.pagination:
            expected = expected[info.pagination["items"]]
        assert json.loads(stdout) == expected, exchange.operation_id
        sent = [
            r
            for r in api.requests
            if r[0] == info.method and r[1].startswith(exchange.url[len(BASE_URL) :].split("?")[0])
        ]
        assert sent, exchange.operation_id
        if exchange.body is not None:
            assert _instants(json.loads(sent[0][2])) == _instants(exchange.body), (
                exchange.operation_id
            )


def _instants(value: Any) -> Any:
    """JSON data with timestamps compared by instant (the client writes them its own way)."""
    if isinstance(value, dict):
        return {k: _instants(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_instants(v) for v in value]
    if isinstance(value, str) and len(value) >= 19 and value[4:5] == "-" and value[10:11] in "T ":
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


def _page_server(api: Api, total: int) -> None:
    """``GET /v0/aois``: offset/limit paging over ``total`` AOIs, at most 4 per page."""
    from werkzeug import Request, Response

    def aois(request: Request) -> Response:
        offset = int(request.args.get("offset", 0))
        limit = min(int(request.args.get("limit", 4)), 4)
        page = [
            {"aoi_id": f"aoi-{i}", "name": f"Field {i}", "status": "success", "extra": i}
            for i in range(offset, min(offset + limit, total))
        ]
        body = {"aois": page, "pagination": {"total": total, "offset": offset, "limit": limit}}
        return Response(json.dumps(body), content_type="application/json")

    api.route("GET", "/v0/aois", aois)


def test_list_pages_through_and_stops_at_limit(pixxel: Any, api: Api) -> None:
    _page_server(api, total=10)
    result = pixxel("aois", "list", "--json")
    assert result.code == 0, result.stderr
    items = result.json()
    assert [i["aoi_id"] for i in items] == [f"aoi-{i}" for i in range(10)]
    assert items[3]["extra"] == 3  # fields the spec does not list are kept
    assert len(api.requests) == 3  # 4 + 4 + 2

    api.requests.clear()
    result = pixxel("aois", "list", "--limit", "6", "--json")
    assert [i["aoi_id"] for i in result.json()] == [f"aoi-{i}" for i in range(6)]
    assert len(api.requests) == 2  # 4 + 4 read, 6 printed: no third page is asked for


def test_list_table_has_the_resource_columns(pixxel: Any, api: Api) -> None:
    _page_server(api, total=3)
    result = pixxel("aois", "list")
    assert result.code == 0, result.stderr
    header = result.stdout.splitlines()[0]
    for column in ("aoi_id", "name", "status"):
        assert column in header
    assert "aoi-2" in result.stdout and "Field 1" in result.stdout
    assert "3 items" in result.stderr


def test_body_from_stdin_with_options_overriding(pixxel: Any, api: Api) -> None:
    api.json("POST", "/v0/aois", {"aoi_id": "a1", "name": "from option"})
    body = {
        "name": "from stdin",
        "description": "test field",
        "provider": "planetary",
        "satellite_id": "s1",
        "project_id": "p1",
        "geometry": {
            "type": "Polygon",
            "coordinates": [[[77.5, 12.9], [77.6, 12.9], [77.6, 13.0], [77.5, 12.9]]],
        },
    }
    result = pixxel(
        "aois",
        "create",
        "--body",
        "-",
        "--name",
        "from option",
        "--item-ids",
        "T1,T2",
        stdin=json.dumps(body),
    )
    assert result.code == 0, result.stderr
    sent = json.loads(api.requests[-1][2])
    assert sent == {**body, "name": "from option", "item_ids": ["T1", "T2"]}
    assert "from option" in result.stdout  # the table of the created AOI's fields


def test_search_options_are_converted(pixxel: Any, api: Api) -> None:
    api.json("POST", "/v0/archives/search", {"features": [{"id": "i1", "type": "Feature"}]})
    result = pixxel(
        "archives",
        "search",
        "--collections",
        "pixxel-td-l2a",
        "--bbox",
        "77.5,12.9,77.7,13.1",
        "--datetime",
        "2024-01-01T00:00:00Z/2024-02-01T00:00:00Z",
        "--json",
    )
    assert result.code == 0, result.stderr
    assert result.json() == [{"id": "i1", "type": "Feature"}]
    sent = json.loads(api.requests[0][2])
    assert sent["collections"] == ["pixxel-td-l2a"]
    assert sent["bbox"] == [77.5, 12.9, 77.7, 13.1]
    assert sent["datetime"] == "2024-01-01T00:00:00Z/2024-02-01T00:00:00Z"


def test_boolean_and_json_options(pixxel: Any, api: Api) -> None:
    api.json("POST", "/v0/orders", {"id": "o1", "status": "DRAFT"})
    items = [{"name": "item 1", "type": "archive"}]
    result = pixxel("orders", "create", "--order-items", json.dumps(items), "--no-dry-run")
    assert result.code == 0, result.stderr
    sent = json.loads(api.requests[-1][2])
    assert sent["dry_run"] is False
    assert sent["order_items"][0]["name"] == "item 1"
    result = pixxel("orders", "create", "--order-items", "[{not json", "--dry-run")
    assert result.code == 2 and "--order-items: the value is not valid JSON" in result.stderr
