"""The shell examples of docs/cli.md run, in order, with the installed ``pixxel`` command against
the documentation's local API (tests/docs/api_server.py)."""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.docs import api_server
from tests.support.paths import ROOT

from .conftest import Installed

PAGE = ROOT / "docs" / "cli.md"
FENCE = re.compile(r"^```(?P<lang>[\w-]*)\n(?P<code>.*?)^```$", re.M | re.S)

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1", "localhost"])


def shell_blocks(path: Path) -> list[tuple[int, str]]:
    """The ``sh`` blocks of ``path``, with the line each starts on."""
    text = path.read_text(encoding="utf-8")
    return [
        (text.count("\n", 0, m.start("code")) + 1, m["code"])
        for m in FENCE.finditer(text)
        if m["lang"] in ("sh", "bash", "shell")
    ]


@pytest.fixture(scope="module")
def api() -> Iterator[api_server.APIServer]:
    with api_server.running() as server:
        yield server


def _run(installed: Installed, api: api_server.APIServer, script: str, cwd: Path) -> Any:
    env = {
        "PATH": f"{installed.venv / 'bin'}:{os.environ['PATH']}",
        "HOME": str(cwd),
        "PIXXEL_API_KEY": "docs-example-key",
        "PIXXEL_BASE_URL": api.url,
        "COLUMNS": "80",
    }
    return subprocess.run(
        ["bash", "-c", script], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


def test_every_shell_example_of_the_page_runs(
    installed: Installed, api: api_server.APIServer, tmp_path: Path
) -> None:
    blocks = shell_blocks(PAGE)
    assert len(blocks) >= 8
    # One shell session, top to bottom, as a reader would type them; a marker names each block.
    script = "set -euo pipefail\n" + "".join(
        f"echo '::block docs/cli.md:{line}' >&2\n{code}" for line, code in blocks
    )
    done = _run(installed, api, script, tmp_path)
    markers = [line for line in done.stderr.splitlines() if line.startswith("::block")]
    assert done.returncode == 0, f"{markers[-1:]} failed:\n{done.stderr[-3000:]}"
    assert len(markers) == len(blocks)
    assert not api.problems, api.problems
    assert {"listAois", "searchArchive", "getJob", "downloadJob", "listProjects"} <= set(api.calls)
    assert (tmp_path / "job.zip").stat().st_size == len(api_server.FILE_BYTES)
    # What the page says the examples print.
    assert "exit code 2" in done.stdout
    assert "Traceback" not in done.stderr


def test_a_failing_example_fails_the_test(
    installed: Installed, api: api_server.APIServer, tmp_path: Path
) -> None:
    """The runner is not blind: a misspelled command stops the session with its block named."""
    script = "set -euo pipefail\necho '::block x:1' >&2\npixxel aois lst\n"
    done = _run(installed, api, script, tmp_path)
    assert done.returncode == 2 and "No such command" in done.stderr
