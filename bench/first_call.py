"""Where the first call's time goes, step by step, in fresh processes.

Each process times, in order: ``import httpx``; ``import pixxel`` with ``Pixxel()`` and
``client.jobs``; pydantic's own first model (``create_model`` and one validation: what any
pydantic-based client pays once); the runtime's model bases; the modules of the model the call
returns; the connection pool (httpx's SSL context); and the call itself. Each step then finds the
previous ones done, so the steps add up to the first call. ``make bench BENCH=first_call``.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

STEPS = {
    "import httpx": "import httpx",
    "import pixxel, Pixxel(), client.jobs": (
        "import pixxel; c = pixxel.Pixxel(api_key='k', base_url=sys.argv[1]); c.jobs"
    ),
    "pydantic's first model (any pydantic client)": (
        "import pydantic; M = pydantic.create_model('M', id=(str | None, None)); "
        'M.model_validate_json(b\'{"id": "x"}\')'
    ),
    "the runtime's model bases": "import pixxel._runtime._models",
    "the model modules of the result (Job)": "import pixxel.models; pixxel.models.Job",
    "the connection pool (SSL context)": "c.http",
    "the call: request, response, parse": "c.jobs.get('w', 'j')",
}

_PROBE = (
    "import json, sys, time\nT = [time.perf_counter()]\n"
    + "".join(f"{code}\nT.append(time.perf_counter())\n" for code in STEPS.values())
    + "print(json.dumps([b - a for a, b in zip(T, T[1:])]))\n"
)


def bench_first_call(rounds: int = 15) -> dict[str, float]:
    """Per step: the fastest and the median of ``rounds`` fresh processes, in milliseconds."""
    from bench.run import ENV, GENERATED, _server

    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(GENERATED / "pixxel")], check=True, env=ENV
    )
    with _server("json") as port:
        runs = [
            json.loads(
                subprocess.check_output(
                    [sys.executable, "-c", _PROBE, f"http://127.0.0.1:{port}"], env=ENV, cwd=ROOT
                )
            )
            for _ in range(rounds)
        ]
    results: dict[str, float] = {}
    for i, step in enumerate(STEPS):
        values = [run[i] * 1000 for run in runs]
        results[f"{step}, fastest (ms)"] = min(values)
        results[f"{step}, median (ms)"] = statistics.median(values)
    return results


if __name__ == "__main__":
    os.chdir(ROOT)
    for key, value in bench_first_call().items():
        print(f"{key}: {value:.1f}")
