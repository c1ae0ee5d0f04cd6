"""What installing the command line's dependencies costs every ``import pixxel``.

httpx imports click, rich and pygments at import time whenever they are installed (for its own
``httpx`` command line), so the same ``import pixxel`` is slower in an environment that also has
typer and rich. This builds two fresh virtual environments with uv, one with the library's
dependencies only and one with typer and rich added, and times ``import pixxel`` in each,
alternating over several rounds. ``python -m bench.cli_import`` (or ``make bench BENCH=cli_import``).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UV = ROOT / ".tools" / "bin" / "uv"
LIBRARY = ["httpx>=0.27,<0.29", "pydantic>=2.9,<3"]
CLI = ["typer>=0.12", "rich>=13"]
# The environments compared, each with and without the CLI's dependencies: only the library's
# own dependencies, and the same plus click (installed by many tools: black, flask, older typer).
SETUPS = {
    "library only": LIBRARY + CLI,
    "click already installed": LIBRARY + CLI + ["click>=8"],
}
STATEMENT = "import pixxel; pixxel.Pixxel; pixxel.OPERATIONS"


def _venv(where: Path, packages: list[str]) -> Path:
    env = {**os.environ, "VIRTUAL_ENV": str(where)}
    subprocess.run([str(UV), "venv", "--quiet", "--python", sys.executable, str(where)], check=True)
    subprocess.run(
        [str(UV), "pip", "install", "--quiet", "--compile-bytecode", *packages], check=True, env=env
    )
    return where / "bin" / "python"


def _modules(python: Path) -> set[str]:
    code = f"import sys; {STATEMENT}; print(' '.join(sorted(sys.modules)))"
    out = subprocess.check_output([str(python), "-c", code], env=_env(), text=True)
    return {name.split(".")[0] for name in out.split()}


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(ROOT / "generated")
    return env


def _time(python: Path) -> float:
    code = f"import time; t = time.perf_counter(); {STATEMENT}; print(time.perf_counter() - t)"
    return float(subprocess.check_output([str(python), "-c", code], env=_env()))


def bench_cli_import(rounds: int = 21) -> dict[str, float]:
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "generated" / "pixxel")],
        check=True,
        env=_env(),
    )
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for label, packages in SETUPS.items():
            python = _venv(Path(tmp) / label, packages)
            base = _venv(
                Path(tmp) / f"{label}-base",
                packages[: len(LIBRARY)] + packages[len(LIBRARY) + len(CLI) :],
            )
            extra = sorted(_modules(python) - _modules(base))
            print(
                f"{label}: imported only because the CLI's dependencies are installed:",
                ", ".join(extra) or "nothing",
            )
            _time(base), _time(python)  # warm the file cache
            base_s, with_s = [], []
            for _ in range(rounds):
                base_s.append(_time(base))
                with_s.append(_time(python))
            results[f"{label}: without typer/rich (s)"] = statistics.median(base_s)
            results[f"{label}: with typer/rich (s)"] = statistics.median(with_s)
            results[f"{label}: ratio"] = statistics.median(with_s) / statistics.median(base_s)
    return results


if __name__ == "__main__":
    for key, value in bench_cli_import().items():
        print(f"{key}: {value:.3f}")
