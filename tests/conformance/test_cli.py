"""The command line of the conformance package: a new tag is a new command group, a deprecated
operation says so in --help, and options put the same bytes on the wire as the library."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import API_KEY, Wire, needs
from .package import Suite

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])


def run_cli(suite: Suite, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(suite.out), "PIXXEL_API_KEY": API_KEY}
    return subprocess.run(
        [sys.executable, "-m", "pixxel", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(suite.out),
    )


@needs("read_write_only")
@needs("deprecated")
def test_groups_and_deprecation_in_help(suite: Suite) -> None:
    top = run_cli(suite, "--help")
    assert top.returncode == 0, top.stderr
    assert "widgets" in top.stdout and "features" in top.stdout
    old = run_cli(suite, "features", "old-call", "--help")
    assert old.returncode == 0, old.stderr
    assert "deprecated" in old.stdout.lower()


@needs("query_form")
@needs("header_cookie")
def test_options_send_the_same_bytes(suite: Suite, wire: Wire, httpserver: object) -> None:
    base_url = httpserver.url_for("").rstrip("/")  # type: ignore[attr-defined]
    wire.reply_json('{"ok": true}')
    done = run_cli(
        suite, "--base-url", base_url, "features", "query-form",
        "--joined", "a", "--joined", "b c", "--repeated", "x,y",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert wire.last.query == b"joined=a,b%20c&repeated=x&repeated=y"
    wire.reply(204)
    done = run_cli(
        suite, "--base-url", base_url, "features", "header-cookie",
        "--x-request-id", "r-1", "--x-tags", "a,b", "--session", "s 1",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert wire.last.headers["X-Request-Id"] == "r-1"
    assert wire.last.headers["X-Tags"] == "a,b"
    assert wire.last.headers["Cookie"] == "session=s%201"
