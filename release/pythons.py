"""``make test-pythons``: the built wheel, installed, under each supported Python.

For each version: a fresh virtual environment (uv, the interpreter already on the machine), the
wheel with its extras, the test tools pinned as in ``uv.lock``; then the cassette replays and the
runtime unit tests, run from a copy of ``tests/`` against the installed package (``generated/`` is
not on the path: the first test session checks where ``pixxel`` comes from).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .gates import uv_binary

VERSIONS = ("3.11", "3.12", "3.13")
TEST_TOOLS = (
    "pytest",
    "pytest-asyncio",
    "pytest-recording",
    "vcrpy",
    "pytest-httpserver",
    "openapi-core",
    "pyyaml",
    "hypothesis",
    "hypothesis-jsonschema",
    # tests/support borrows the generator's naming rules (generator.operations imports these)
    "openapi-python-client",
    "openapi-spec-validator",
    "datamodel-code-generator",
)
SUITES = ("tests/cassette", "tests/unit")
EXTRAS = "progress,stac,geo,cli"
"""The wheel's extras the tests need (STAC and GeoDataFrame conversions, the command line)."""
_WHERE = "import pixxel, sys; sys.stdout.write(pixxel.__file__)"


def interpreter(version: str) -> str:
    """A working ``python<version>`` on this machine: on PATH, or one pyenv installed."""
    found = [shutil.which(f"python{version}")]
    found += sorted(map(str, Path.home().glob(f".pyenv/versions/{version}.*/bin/python{version}")))
    found += [f"/usr/bin/python{version}", f"/usr/local/bin/python{version}"]
    for candidate in filter(None, found):
        works = subprocess.run([candidate, "-c", "pass"], capture_output=True, check=False)
        if works.returncode == 0:
            return candidate
    raise SystemExit(f"no Python {version} found on this machine (PATH, ~/.pyenv/versions)")


def _run(command: list[str], cwd: Path) -> None:
    subprocess.run(command, cwd=cwd, check=True)


def run(repo: Path, versions: tuple[str, ...]) -> int:
    uv = uv_binary(repo)
    with tempfile.TemporaryDirectory(prefix="test-pythons-") as tmp:
        work = Path(tmp)
        _run([uv, "build", "generated", "--wheel", "--out-dir", str(work), "--quiet"], repo)
        (wheel,) = work.glob("*.whl")
        constraints = work / "constraints.txt"
        _run(
            [uv, "export", "--frozen", "--quiet", "--no-hashes", "--no-emit-project",
             "--all-groups", "--output-file", str(constraints)],
            repo,
        )  # fmt: skip
        # The tests run from a copy holding the tests, the generator (whose naming rules the
        # test support uses), the bundled spec and the runtime's templates (the installed copy
        # is checked against them), but not the generated package itself.
        skip = shutil.ignore_patterns("__pycache__")
        for folder in ("tests", "generator", "templates/runtime"):
            shutil.copytree(repo / folder, work / folder, ignore=skip)
        (work / "generated").mkdir()
        shutil.copy2(repo / "generated" / "openapi.json", work / "generated" / "openapi.json")
        (work / "pyproject.toml").write_text(_pytest_config(repo), encoding="utf-8")
        failed = []
        for version in versions:
            started = time.monotonic()
            command = _prepare(uv, work, wheel, constraints, version)
            code = subprocess.run(command, cwd=work, check=False).returncode
            took = time.monotonic() - started
            print(f"Python {version}: {'passed' if code == 0 else 'FAILED'} ({took:.0f}s)")
            if code != 0:
                failed.append(version)
    if failed:
        print(f"failed on Python {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


def _prepare(uv: str, work: Path, wheel: Path, constraints: Path, version: str) -> list[str]:
    """A virtual environment for ``version`` with the wheel installed; returns the test command."""
    venv = work / f"venv-{version}"
    python = venv / "bin" / "python"
    _run([uv, "venv", "--quiet", "--python", interpreter(version), str(venv)], work)
    _run(
        [uv, "pip", "install", "--quiet", "--python", str(python),
         "--constraint", str(constraints), f"{wheel}[{EXTRAS}]", *TEST_TOOLS],
        work,
    )  # fmt: skip
    where = subprocess.run(
        [str(python), "-c", _WHERE], cwd=work, capture_output=True, text=True, check=True
    ).stdout
    if not where.startswith(str(venv)):
        raise SystemExit(f"Python {version}: pixxel is imported from {where}, not the wheel")
    command = [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    return [*command, "--record-mode=none", "--block-network", *SUITES]


def _pytest_config(repo: Path) -> str:
    """The repository's pytest settings, without ``generated`` on the path."""
    import tomllib

    settings = tomllib.loads((repo / "pyproject.toml").read_text())["tool"]["pytest"]["ini_options"]
    lines = ["[tool.pytest.ini_options]", 'pythonpath = ["."]']
    for key, value in settings.items():
        if key not in ("pythonpath", "testpaths"):
            lines.append(f"{key} = {_toml(value)}")
    return "\n".join(lines) + "\n"


def _toml(value: object) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return str(value).lower() if isinstance(value, bool) else str(value)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m release.pythons", description=__doc__)
    parser.add_argument("versions", nargs="*", default=list(VERSIONS))
    args = parser.parse_args()
    return run(Path.cwd(), tuple(args.versions))


if __name__ == "__main__":
    sys.exit(main())
