"""The checks a release and a publish must pass first; each failure is a clear refusal."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

GATE_ENV = "PIXXEL_RELEASE_GATE"
"""Set while the gate runs the tests: the tests that themselves run a release skip (no loop)."""

DEFAULT_PYTEST_ARGS = "--record-mode=none --block-network -q"


class Refused(RuntimeError):
    """The release or publish did not happen; the message says why and what to do."""


def _run(repo: Path, command: list[str], env: dict[str, str] | None = None) -> int:
    print(f"$ {shlex.join(command)}", flush=True)
    return subprocess.run(command, cwd=repo, env=env, check=False).returncode


def check_generated(repo: Path) -> None:
    if _run(repo, [sys.executable, "-m", "generator", "check"]) != 0:
        raise Refused("generated/ is stale: run `make generate` and commit the result first")


def run_tests(repo: Path, pytest_args: str) -> None:
    env = {**os.environ, GATE_ENV: "1"}
    if _run(repo, [sys.executable, "-m", "pytest", *shlex.split(pytest_args)], env) != 0:
        raise Refused("the tests fail: fix them first (see the pytest output above)")


def uv_binary(repo: Path) -> str:
    """The pinned uv of the Makefile (``UV``), else the one in ``.tools/``, else ``uv``."""
    candidates = [os.environ.get("UV"), str(repo / ".tools" / "bin" / "uv"), shutil.which("uv")]
    for candidate in candidates:
        if candidate and Path(candidate).exists():
            return candidate
    raise Refused("uv is not installed: run `make build` once (it installs the pinned uv)")


def build(repo: Path, out: Path, version: str) -> list[Path]:
    """Build the wheel and sdist of generated/ into ``out``; ``twine check --strict`` both."""
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob(f"pixxel_client-{version}[.-]*"):
        stale.unlink()
    command = [uv_binary(repo), "build", "generated", "--out-dir", str(out), "--quiet"]
    if _run(repo, command) != 0:
        raise Refused("the build of generated/ failed (see above)")
    files = sorted(out.glob(f"pixxel_client-{version}[.-]*"))
    kinds = {f.suffix for f in files}
    if kinds != {".whl", ".gz"} or len(files) != 2:
        raise Refused(f"the build gave {[f.name for f in files]}, not one wheel and one sdist")
    twine = [sys.executable, "-m", "twine", "check", "--strict", *map(str, files)]
    if _run(repo, twine) != 0:
        raise Refused("`twine check --strict` rejects the built files (see above)")
    return files
