"""Exit codes, error lines, waiters, --debug, --version and what ``import pixxel`` loads."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
from typing import Any

from werkzeug import Request, Response

from .conftest import API_KEY, Api, Installed

JOB = "/v0/workflows/w1/jobs/j1"


def test_api_error_is_one_line_with_status_message_and_request_id(pixxel: Any, api: Api) -> None:
    api.json(
        "GET",
        JOB,
        {"error": {"code": "NOT_FOUND", "message": "job j1 not found"}},
        status=404,
        **{"x-request-id": "req-42"},
    )
    result = pixxel("jobs", "get", "w1", "j1")
    assert result.code == 3
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "404" in lines[0] and "job j1 not found" in lines[0] and "req-42" in lines[0]


def test_usage_errors_exit_2(pixxel: Any, api: Api, tmp_path: Any) -> None:
    assert pixxel("jobs", "get", "w1").code == 2  # a missing argument
    assert pixxel("jobs", "get", "w1", "j1", "--no-such-option").code == 2
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    result = pixxel("aois", "create", "--body", str(bad))
    assert result.code == 2 and "not valid JSON" in result.stderr
    result = pixxel("aois", "create", "--body", "-", stdin=json.dumps({"nmae": "typo"}))
    assert result.code == 2 and "nmae" in result.stderr
    result = pixxel("jobs", "create", "w1")
    assert result.code == 2 and "--project-id" in result.stderr
    result = pixxel("jobs", "get", "w1", "j1", env={"PIXXEL_API_KEY": ""})
    assert result.code == 2 and "PIXXEL_API_KEY" in result.stderr
    assert api.requests == []


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_network_error_exits_4(pixxel: Any) -> None:
    base = f"http://127.0.0.1:{_closed_port()}"
    result = pixxel("--base-url", base, "--max-retries", "0", "jobs", "get", "w1", "j1")
    assert result.code == 4
    assert len(result.stderr.strip().splitlines()) == 1 and "Network error" in result.stderr


def test_timeout_exits_4(pixxel: Any, api: Api) -> None:
    def slow(request: Request) -> Response:
        time.sleep(2)
        return Response("{}", content_type="application/json")

    api.route("GET", JOB, slow)
    result = pixxel("--timeout", "0.3", "--max-retries", "0", "jobs", "get", "w1", "j1")
    assert result.code == 4, result.stderr
    assert "timed out" in result.stderr.lower()


def test_response_that_does_not_match_the_spec_exits_5_when_strict(pixxel: Any, api: Api) -> None:
    api.json("GET", JOB, {"id": "j1", "tasks": "not a list"})
    result = pixxel("--strict", "jobs", "get", "w1", "j1", "--json")
    assert result.code == 5, result.stderr
    assert "getJob" in result.stderr and "tasks" in result.stderr
    assert result.stdout == ""

    tolerant = pixxel("jobs", "get", "w1", "j1", "--json")  # the default, like the library
    assert tolerant.code == 0, tolerant.stderr
    assert tolerant.json() == {"id": "j1", "tasks": "not a list"}


def test_a_success_without_its_json_body_exits_5(pixxel: Any, api: Api) -> None:
    from werkzeug import Response

    api.route("GET", JOB, Response(b"", content_type="application/json"))
    result = pixxel("jobs", "get", "w1", "j1", "--json")
    assert result.code == 5, result.stderr
    assert "getJob" in result.stderr


def _job_states(api: Api, states: list[str]) -> None:
    remaining = list(states)

    def job(request: Request) -> Response:
        state = remaining.pop(0) if len(remaining) > 1 else remaining[0]
        body = {"id": "j1", "workflow_id": "w1", "status": state, "unlisted": 1}
        return Response(json.dumps(body), content_type="application/json")

    api.route("GET", JOB, job)


def test_wait_shows_status_and_prints_the_final_body(pixxel: Any, api: Api) -> None:
    _job_states(api, ["queued", "running", "completed"])
    result = pixxel("jobs", "wait", "w1", "j1", "--poll-interval", "0.05", "--json")
    assert result.code == 0, result.stderr
    assert result.json() == {"id": "j1", "workflow_id": "w1", "status": "completed", "unlisted": 1}
    assert [line for line in result.stderr.splitlines() if line.startswith("status:")] == [
        "status: queued",
        "status: running",
        "status: completed",
    ]


def test_wait_exits_non_zero_on_a_failed_state(pixxel: Any, api: Api) -> None:
    _job_states(api, ["running", "failed"])
    result = pixxel("jobs", "wait", "w1", "j1", "--poll-interval", "0.05", "--json")
    assert result.code == 1
    assert "failed" in result.stderr.splitlines()[-1]
    assert result.json()["status"] == "failed"


def test_wait_timeout_exits_124_and_says_how_to_resume(pixxel: Any, api: Api) -> None:
    _job_states(api, ["running"])
    argv = ["jobs", "wait", "w1", "j1", "--poll-interval", "0.05", "--wait-timeout", "1.5"]
    result = pixxel(*argv)
    assert result.code == 124, result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert "still 'running' after 1.5 s" in last
    assert last.endswith("run again to keep waiting: pixxel " + " ".join(argv))


def test_interrupt_exits_130(installed: Installed, api: Api) -> None:
    _job_states(api, ["running"])
    env = {"PIXXEL_API_KEY": API_KEY, "PIXXEL_BASE_URL": api.base_url, "PATH": os.environ["PATH"]}
    process = subprocess.Popen(
        [str(installed.script), "jobs", "wait", "w1", "j1", "--poll-interval", "0.05"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stderr is not None
    assert process.stderr.readline().startswith("status: running")  # it is polling now
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130, stderr
    assert "Interrupted" in stderr


def test_debug_logs_the_exchange_without_secrets(pixxel: Any, api: Api) -> None:
    api.json("GET", JOB, {"id": "j1", "status": "running"})
    result = pixxel("--debug", "jobs", "get", "w1", "j1")
    assert result.code == 0
    assert f"GET {api.base_url}{JOB}" in result.stderr
    assert "< 200" in result.stderr
    assert "authorization: [REDACTED]" in result.stderr
    assert API_KEY not in result.stderr + result.stdout
    assert API_KEY in json.dumps(api.requests[0][3])  # it was sent, only not logged


def test_api_key_option_and_version(pixxel: Any, api: Api, installed: Installed) -> None:
    # (system ping is `security: []`: it sends no key; an authenticated call shows the option's.)
    api.json("GET", "/v0/aoi/a1", {"aoi_id": "a1"})
    result = pixxel("--api-key", "sk-other-key-0123456789", "aois", "get", "a1", "--json")
    assert result.code == 0 and result.json() == {"aoi_id": "a1"}
    assert api.requests[0][3]["Authorization"] == "sk-other-key-0123456789"

    from pixxel import __version__

    assert pixxel("--version").stdout.strip() == f"pixxel {__version__}"
    module = subprocess.run(
        [str(installed.python), "-m", "pixxel", "--version"], capture_output=True, text=True
    )
    assert module.returncode == 0 and module.stdout.strip() == f"pixxel {__version__}"
    assert "--install-completion" in pixxel("--help").stdout


def test_import_pixxel_does_not_load_the_command_line(installed: Installed) -> None:
    # (click may appear: httpx imports it for its own command line when it is installed.)
    code = (
        "import sys, pixxel; pixxel.Pixxel(api_key='k').jobs; print(pixxel.__file__); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'typer' "
        "or m.split('.')[:2] == ['pixxel', '_cli']))"
    )
    out = subprocess.run(
        [str(installed.python), "-c", code], capture_output=True, text=True, check=True
    ).stdout
    location, modules = out.strip().splitlines()
    assert location.startswith(str(installed.venv))  # the installed wheel, not generated/
    assert modules == "[]"


def test_wait_over_a_list_prints_the_element_it_waited_for(pixxel: Any, api: Api) -> None:
    states = ["running", "completed"]

    def insights(request: Request) -> Response:
        state = states.pop(0) if len(states) > 1 else states[0]
        items = [{"id": "i1", "status": "failed"}, {"id": "i2", "status": state, "note": "x"}]
        return Response(json.dumps({"insights": items}), content_type="application/json")

    api.route("GET", "/v0/aoi/a1/insights", insights)
    result = pixxel("insights", "wait", "a1", "--id", "i2", "--poll-interval", "0.05", "--json")
    assert result.code == 0, result.stderr
    assert result.json() == {"id": "i2", "status": "completed", "note": "x"}


def test_without_the_cli_extra_the_command_says_how_to_get_it(
    installed: Installed, tmp_path: Any
) -> None:
    # A `typer` package that cannot be imported, placed before site-packages.
    (tmp_path / "typer").mkdir()
    (tmp_path / "typer" / "__init__.py").write_text("raise ImportError('absent', name='typer')\n")
    done = subprocess.run(
        [str(installed.script), "--help"],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(tmp_path), "PATH": os.environ["PATH"]},
    )
    assert done.returncode == 2
    assert "pip install 'pixxel-client[cli]'" in done.stderr and "typer" in done.stderr
