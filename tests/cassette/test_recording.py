"""`make record` and `make contract-live` against a local server that plays the live API.

The server answers each operation with its documented payload (which the spec accepts, see
test_operations), unless a test overrides the answer. Nothing here leaves 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import vcr
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from pixxel import OPERATIONS

from ..support import contract_live, record
from ..support.live import documented_exchanges, is_read_only, variable_names
from ..support.paths import CASSETTES, ROOT, copy_project
from .test_operations import _check, _replay

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1", "localhost"])

API_KEY = "pk_live_fake_0a1b2c3d4e5f60718293a4b5c6d7e8f9"
Answer = Callable[[Request], Response]


def _pattern(path: str) -> re.Pattern[str]:
    return re.compile(re.sub(r"\\{[^}]+\\}", "[^/]+", re.escape(path)) + "$")


ROUTES = [(info.method, _pattern(info.path), info.operation_id) for info in OPERATIONS.values()]


def operation_of(request: Request) -> str | None:
    for method, pattern, operation_id in ROUTES:
        if request.method == method and pattern.match(request.path):
            return operation_id
    return None


def documented_answer(operation_id: str) -> Response:
    exchange = documented_exchanges()[operation_id]
    return Response(
        exchange.response_bytes(), status=exchange.status, content_type=exchange.content_type
    )


class FakeLiveApi:
    """Answers like the live API (documented payloads); remembers every request it got."""

    def __init__(self, server: HTTPServer) -> None:
        self.server = server
        self.overrides: dict[str, Answer] = {}
        self.calls: list[tuple[str, str, str, bytes]] = []
        server.expect_request(re.compile(".*")).respond_with_handler(self._answer)

    def _answer(self, request: Request) -> Response:
        operation_id = operation_of(request)
        self.calls.append((request.method, request.path, operation_id or "?", request.get_data()))
        if operation_id is None:
            return Response("not found", status=404)
        if operation_id in self.overrides:
            return self.overrides[operation_id](request)
        return documented_answer(operation_id)

    @property
    def url(self) -> str:
        return self.server.url_for("/").rstrip("/")

    def operations_called(self) -> set[str]:
        return {operation_id for _, _, operation_id, _ in self.calls}


@pytest.fixture
def api(httpserver: HTTPServer) -> Iterator[FakeLiveApi]:
    yield FakeLiveApi(httpserver)


def account_env(**extra: str) -> dict[str, str]:
    """The documented example ids, given as if they were the account's own."""
    env = {"PIXXEL_API_KEY": API_KEY}
    for exchange in documented_exchanges().values():
        info = OPERATIONS[exchange.operation_id]
        for name, value in {**exchange.path, **exchange.query}.items():
            env[variable_names(info, name)[0]] = str(value)
    env.update(extra)
    return env


def copy_of_cassettes(tmp_path: Path) -> Path:
    target = tmp_path / "cassettes"
    target.mkdir()
    for path in CASSETTES.glob("*.yaml"):
        (target / path.name).write_bytes(path.read_bytes())
    return target


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def test_unreachable_api_leaves_every_cassette_untouched(tmp_path: Path) -> None:
    cassettes = copy_of_cassettes(tmp_path)
    before = snapshot(cassettes)
    status = record.main(
        ["--base-url", closed_port_url(), "--cassettes", str(cassettes)], env=account_env()
    )
    assert status == 1
    assert snapshot(cassettes) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cassettes"], "no staging folder left"


def test_recording_is_judged_by_the_spec_and_scrubbed(api: FakeLiveApi, tmp_path: Path) -> None:
    cassettes = copy_of_cassettes(tmp_path)
    before = snapshot(cassettes)
    # A real-looking answer, not the documented placeholder: still a valid recording.
    real_projects = {
        "projects": [{"id": "p-42", "name": "Field trials", "created_at": "2026-01-02T03:04:05Z"}],
        "pagination": {"limit": 10, "offset": 0, "total": 1},
    }
    api.overrides["listProjects"] = lambda _: Response(
        json.dumps(real_projects), content_type="application/json"
    )
    api.overrides["getProject"] = lambda _: Response(
        json.dumps({"id": 42, "name": ["not", "a", "string"]}), content_type="application/json"
    )
    api.overrides["listOrders"] = lambda _: Response("down", status=503)

    status = record.main(["--base-url", api.url, "--cassettes", str(cassettes)], env=account_env())

    assert status == 1  # two recordings failed
    after = snapshot(cassettes)
    assert after["getProject.yaml"] == before["getProject.yaml"], "invalid answer: kept"
    assert after["listOrders.yaml"] == before["listOrders.yaml"], "503: kept"
    text = after["listProjects.yaml"].decode()
    assert text.startswith(record.RECORDED_MARKER) and "Field trials" in text
    assert API_KEY not in "".join(v.decode(errors="replace") for v in after.values())
    assert "127.0.0.1" not in text, "recorded against the canonical base URL"
    recorded = [n for n, v in after.items() if v.startswith(record.RECORDED_MARKER.encode())]
    read_only = {op for op, info in OPERATIONS.items() if is_read_only(info)}
    assert {n.removesuffix(".yaml") for n in recorded} == read_only - {"getProject", "listOrders"}


def test_recorded_cassette_replays_and_matches_the_spec(api: FakeLiveApi, tmp_path: Path) -> None:
    cassettes = copy_of_cassettes(tmp_path)
    api.overrides["listProjects"] = lambda _: Response(
        json.dumps({"projects": [{"id": "p-7", "name": "Real"}], "pagination": {"total": 1}}),
        content_type="application/json",
    )
    record.main(["--base-url", api.url, "--cassettes", str(cassettes)], env=account_env())
    for name in ("listProjects", "getOrder", "searchImages"):
        path = cassettes / f"{name}.yaml"
        exchange = record.recorded_exchange(path)
        assert exchange is not None and exchange.response_body is not None
        with vcr.VCR(record_mode="none").use_cassette(str(path)):
            seen, result = _replay(exchange, "test-key-not-a-secret")
        _check(exchange, seen, result)


def test_writes_are_not_called_without_the_flag(api: FakeLiveApi, tmp_path: Path) -> None:
    env = account_env(
        PIXXEL_RECORD_CREATE_STORE_BODY=json.dumps({"name": "s", "type": "S3", "configs": {}}),
        PIXXEL_RECORD_CREATE_ORDER_BODY=json.dumps(documented_exchanges()["createOrder"].body),
    )
    record.main(["--base-url", api.url, "--cassettes", str(copy_of_cassettes(tmp_path))], env=env)
    called = api.operations_called()
    assert called, "the read-only operations were called"
    writes = {op for op in called if not is_read_only(OPERATIONS[op])}
    assert writes == set()
    assert {method for method, *_ in api.calls} <= {"GET", "POST"}


def test_with_the_flag_only_what_the_run_created_is_deleted(
    api: FakeLiveApi, tmp_path: Path
) -> None:
    created_store = {"id": "store-made-by-this-run", "name": "rec", "type": "S3", "configs": {}}
    api.overrides["createStore"] = lambda _: Response(
        json.dumps(created_store), content_type="application/json"
    )
    api.overrides["deleteStore"] = lambda _: Response(status=204)
    order_body = dict(documented_exchanges()["createOrder"].body, dry_run=False)
    env = account_env(
        PIXXEL_RECORD_ID="customers-own-store",  # must never be deleted
        PIXXEL_RECORD_STORES_ID="customers-own-store",
        PIXXEL_RECORD_CREATE_STORE_BODY=json.dumps(documented_exchanges()["createStore"].body),
        PIXXEL_RECORD_CREATE_ORDER_BODY=json.dumps(order_body),
    )
    cassettes = copy_of_cassettes(tmp_path)
    record.main(["--include-writes", "--base-url", api.url, "--cassettes", str(cassettes)], env=env)
    deletes = [(path, op) for method, path, op, _ in api.calls if method == "DELETE"]
    assert deletes == [("/v0/stores/store-made-by-this-run", "deleteStore")]
    orders = [json.loads(body) for _, _, op, body in api.calls if op == "createOrder"]
    assert orders and all(order["dry_run"] is True for order in orders)
    insights = [json.loads(body) for _, _, op, body in api.calls if op == "createInsights"]
    assert all(body["estimate"] is True for body in insights)


def test_with_the_flag_nothing_is_deleted_when_nothing_was_created(
    api: FakeLiveApi, tmp_path: Path
) -> None:
    api.overrides["createStore"] = lambda _: Response("no", status=500)
    env = account_env(
        PIXXEL_RECORD_STORES_ID="customers-own-store",
        PIXXEL_RECORD_CREATE_STORE_BODY=json.dumps(documented_exchanges()["createStore"].body),
    )
    record.main(
        [
            "--include-writes",
            "--base-url",
            api.url,
            "--cassettes",
            str(copy_of_cassettes(tmp_path)),
        ],
        env=env,
    )
    assert "createStore" in api.operations_called()
    assert [c for c in api.calls if c[0] == "DELETE"] == []


def test_plan_lists_every_write_and_what_it_needs(capsys: pytest.CaptureFixture[str]) -> None:
    assert record.main(["--plan", "--include-writes"], env={}) == 0
    out = capsys.readouterr().out
    assert (
        "WRITE POST   /v0/orders  (createOrder)  SKIPPED, needs PIXXEL_RECORD_CREATE_ORDER_BODY"
        in out
    )
    assert "(deleteStore)  [id = what createStore created in this run]" in out
    assert record.main(["--plan"], env={}) == 0
    assert "WRITE" not in capsys.readouterr().out


def test_contract_live_reports_drift_per_operation(
    api: FakeLiveApi, capsys: pytest.CaptureFixture[str]
) -> None:
    drifted = {
        "projects": [
            {"id": "p1", "name": 7, "created_at": "2026-01-01T00:00:00Z", "colour": "blue"}
        ],
        "pagination": {"limit": 10, "offset": 0, "total": "one"},
        "next_cursor": "abc",
    }
    api.overrides["listProjects"] = lambda _: Response(
        json.dumps(drifted), content_type="application/json"
    )
    api.overrides["getOrder"] = lambda _: Response(
        "{}", status=418, content_type="application/json"
    )
    aoi = json.loads(documented_answer("getAoi").get_data())
    api.overrides["getAoi"] = lambda _: Response(
        json.dumps({**aoi, "status": "TELEPORTED"}), content_type="application/json"
    )

    status = contract_live.main(["--base-url", api.url], env=account_env())
    out = capsys.readouterr().out

    assert status == 1
    assert "+ $.next_cursor: field the spec lacks (string)" in out
    assert "+ $.projects[0].colour: field the spec lacks (string)" in out
    assert "~ $.projects[0].name: expected string, got integer 7" in out
    assert '~ $.pagination.total: expected integer, got string "one"' in out
    assert '~ $.status: "TELEPORTED" is not one of' in out
    assert "! status 418 is not documented" in out
    assert re.search(r"^OK +ping ", out, re.M), "an undrifted operation is reported as matching"
    assert re.search(r"^DRIFT +listProjects ", out, re.M)
    assert not {op for op in api.operations_called() if not is_read_only(OPERATIONS[op])}


def test_contract_live_all_clean_exits_zero(api: FakeLiveApi) -> None:
    env = {k: v for k, v in account_env().items()}
    assert contract_live.main(["--base-url", api.url], env=env) == 0


@pytest.mark.skipif(
    not (ROOT / "Makefile").exists(), reason="needs the repository's Makefile (test-pythons copy)"
)
def test_make_record_runs_the_staged_recorder() -> None:
    def dry_run(*args: str) -> str:
        return subprocess.run(
            ["make", "-n", "record", *args],
            cwd=ROOT,
            env={
                **{k: v for k, v in os.environ.items() if not k.startswith("MAKE")},
                "PIXXEL_API_KEY": API_KEY,
            },
            capture_output=True,
            text=True,
            check=True,
        ).stdout

    reads = next(line for line in dry_run().splitlines() if "tests.support" in line).split()
    assert reads[-2:] == ["-m", "tests.support.record"] and "--record-mode=rewrite" not in reads
    writes = next(
        line for line in dry_run("INCLUDE_WRITES=1").splitlines() if "tests.support" in line
    ).split()
    assert writes[-2:] == [
        "tests.support.record",
        "--include-writes",
    ]


def test_pytest_record_mode_is_refused_and_deletes_nothing(tmp_path: Path) -> None:
    copy_project(tmp_path, ("generator", "templates", "generated", "tests", "pyproject.toml"))
    before = snapshot(tmp_path / "tests" / "cassettes")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--record-mode=rewrite",
            "--block-network",
            "tests/cassette/test_operations.py",
            "-k",
            "getOrder and not async",
        ],
        cwd=tmp_path,
        env={**os.environ, "PIXXEL_API_KEY": API_KEY},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 4, result.stdout + result.stderr
    assert "recorded by `make record`" in result.stdout + result.stderr
    assert snapshot(tmp_path / "tests" / "cassettes") == before


def test_a_body_variable_that_is_not_json_is_named(capsys: pytest.CaptureFixture[str]) -> None:
    env = {"PIXXEL_RECORD_CREATE_ORDER_BODY": "{dry_run: true"}
    assert record.main(["--plan", "--include-writes"], env=env) == 2
    assert "PIXXEL_RECORD_CREATE_ORDER_BODY is not valid JSON" in capsys.readouterr().err
