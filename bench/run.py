"""``make bench``: the client against its baselines, side by side in one run, as ratios of medians.

Each comparison alternates the two sides over several rounds on this machine and reports the
median of each, so that both see the same load. Nothing here is a test: the figures go to the
README by hand, with the date and the machine.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from bench.bulk import bench_bulk
from bench.cli_import import bench_cli_import
from bench.cube import bench_cube
from bench.first_call import bench_first_call

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"
# Bytecode as an installed wheel has it: compiled once, then read (not recompiled per process).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
ENV["PYTHONPATH"] = f"{GENERATED}{os.pathsep}{ROOT}"
sys.path[:0] = [str(GENERATED), str(ROOT)]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def _server(*args: str) -> Iterator[int]:
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "bench.servers", args[0], str(port), *args[1:]], cwd=ROOT, env=ENV
    )
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
                break
            except OSError:
                time.sleep(0.05)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)


def _rounds(
    rounds: int, a: Callable[[], float], b: Callable[[], float]
) -> tuple[list[float], list[float]]:
    """Both sides, alternating, ``rounds`` times: each sees the same machine load."""
    first, second = [], []
    for _ in range(rounds):
        first.append(a())
        second.append(b())
    return first, second


def _alternate(rounds: int, a: Callable[[], float], b: Callable[[], float]) -> tuple[float, float]:
    first, second = _rounds(rounds, a, b)
    return statistics.median(first), statistics.median(second)


def _compared(
    label_a: str, label_b: str, a: list[float], b: list[float], unit: str
) -> dict[str, float]:
    """Medians, their ratio (b / a) and the spread of the per-round ratios."""
    ratios = sorted(y / x for x, y in zip(a, b, strict=True))
    return {
        f"{label_a} ({unit})": statistics.median(a),
        f"{label_b} ({unit})": statistics.median(b),
        "ratio of medians": statistics.median(b) / statistics.median(a),
        "per-round ratio, lowest": ratios[0],
        "per-round ratio, highest": ratios[-1],
    }


def _process_seconds(statement: str, *args: str) -> Callable[[], float]:
    """A fresh interpreter that times ``statement`` from its first import."""
    code = f"import time, sys; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    return lambda: float(
        subprocess.check_output([sys.executable, "-c", code, *args], env=ENV, cwd=ROOT)
    )


def _process_wall_seconds(statement: str, *args: str) -> Callable[[], float]:
    """A fresh interpreter running ``statement``, timed from outside: start-up to exit."""

    def run() -> float:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", statement, *args], env=ENV, cwd=ROOT, check=True)
        return time.perf_counter() - started

    return run


def bench_import(rounds: int = 15) -> dict[str, float]:
    """What a user pays before the first request (import, client, first use of a resource),
    then the first call itself, each against the same steps with plain httpx."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(GENERATED / "pixxel")], check=True, env=ENV
    )
    httpx_s, pixxel_s = _rounds(
        rounds,
        _process_seconds("import httpx"),
        _process_seconds("import pixxel; c = pixxel.Pixxel(api_key='k'); c.jobs"),
    )
    results = _compared(
        "import httpx", "import pixxel + Pixxel() + client.jobs", httpx_s, pixxel_s, "s"
    )
    with _server("json") as port:
        base = f"http://127.0.0.1:{port}"
        raw_call = (
            "import httpx, json, sys; c = httpx.Client(); "
            "json.loads(c.get(sys.argv[1] + '/v0/workflows/w/jobs/j').content)"
        )
        sdk_call = (
            "import pixxel, sys; c = pixxel.Pixxel(api_key='k', base_url=sys.argv[1]); "
            "c.jobs.get('w', 'j')"
        )
        raw = _process_seconds(raw_call, base)
        raw_s, sdk_s = _rounds(rounds, raw, _process_seconds(sdk_call, base))
        # The same, timed from outside each process: interpreter start-up and exit included.
        raw_wall, sdk_wall = _rounds(
            rounds, _process_wall_seconds(raw_call, base), _process_wall_seconds(sdk_call, base)
        )
        # What any pydantic-based client pays at least: the same httpx call, then its JSON read
        # into one small pydantic model (the first model of a process loads pydantic's machinery).
        floor_raw_s, floor_s = _rounds(rounds, raw, _process_seconds(PYDANTIC_FIRST_CALL, base))
    first_call = _compared(
        "first call, httpx + json.loads", "first call, pixxel", raw_s, sdk_s, "s"
    )
    whole = _compared(
        "whole process, httpx + json.loads", "whole process, pixxel", raw_wall, sdk_wall, "s"
    )
    floor = _compared(
        "first call, httpx + json.loads",
        "first call, httpx + one pydantic model",
        floor_raw_s,
        floor_s,
        "s",
    )
    return {
        **results,
        **{f"{k} [first call]": v for k, v in first_call.items()},
        **{f"{k} [first call, start-up to exit]": v for k, v in whole.items()},
        **{f"{k} [pydantic floor]": v for k, v in floor.items()},
    }


PYDANTIC_FIRST_CALL = (
    "import httpx, pydantic; c = httpx.Client(); "
    "r = c.get(sys.argv[1] + '/v0/workflows/w/jobs/j'); "
    "M = pydantic.create_model('Job', id=(str | None, None), status=(str | None, None)); "
    "M.model_validate_json(r.content)"
)


def bench_calls(calls: int = 2000, rounds: int = 5) -> dict[str, float]:
    import httpx

    import pixxel

    with _server("json") as port:
        base = f"http://127.0.0.1:{port}"
        raw_http = httpx.Client()
        client = pixxel.Pixxel(api_key="k", base_url=base, max_retries=0)
        url = f"{base}/v0/workflows/3f1c2a9e/jobs/5c9e1d2a"
        client.jobs.get("3f1c2a9e", "5c9e1d2a")  # warm up: models imported, connection open
        raw_http.get(url)

        def raw() -> float:
            started = time.perf_counter()
            for _ in range(calls):
                json.loads(raw_http.get(url, headers={"Authorization": "k"}).content)
            return calls / (time.perf_counter() - started)

        def sdk() -> float:
            started = time.perf_counter()
            for _ in range(calls):
                client.jobs.get("3f1c2a9e", "5c9e1d2a")
            return calls / (time.perf_counter() - started)

        raw_rates, sdk_rates = _rounds(rounds, raw, sdk)
        raw_http.close()
        client.close()
    return _compared("httpx + json.loads", "pixxel", raw_rates, sdk_rates, "calls/s")


def bench_parse(items: int = 2000, rounds: int = 7) -> dict[str, float]:
    import httpx

    from bench.stac import collection
    from pixxel import OPERATIONS
    from pixxel._runtime._response import parse_response
    from pixxel.api.archives import search_archive

    body = collection(items)
    call = search_archive.build_request(body={})
    request = httpx.Request("POST", "https://api.pixxel.space/v0/archives/search")
    response = httpx.Response(
        200, content=body, headers={"content-type": "application/json"}, request=request
    )
    info = OPERATIONS["searchArchive"]
    parse_response(info, call, response)  # warm up (validators built)

    def timed(fn: Callable[[], object]) -> Callable[[], float]:
        def run() -> float:
            started = time.perf_counter()
            fn()
            return time.perf_counter() - started

        return run

    json_s, model_s = _alternate(
        rounds, timed(lambda: json.loads(body)), timed(lambda: parse_response(info, call, response))
    )
    return {
        "body (MB)": len(body) / 1e6,
        "json.loads (s)": json_s,
        "pixxel models (s)": model_s,
        "ratio": model_s / json_s,
    }


def _memory_dir() -> str | None:
    shm = Path("/dev/shm")
    return str(shm) if shm.is_dir() and shutil.disk_usage(shm).free > 3 * 2**30 else None


def bench_download(size_mib: int = 1024, rounds: int = 5) -> dict[str, float]:
    if shutil.which("curl") is None:
        return {"skipped: curl not found": 1.0}
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "source.bin"
        with open(source, "wb") as out:
            block = os.urandom(1 << 20)
            for _ in range(size_mib):
                out.write(block)
        with (
            _server("file", str(source)) as port,
            tempfile.TemporaryDirectory(dir=_memory_dir()) as out_dir,
        ):
            url = f"http://127.0.0.1:{port}/cube.tif"
            # Both sides write to the same RAM-backed folder when there is one, so that disk
            # write-back of one run does not slow down the next (it made results swing 0.7-1.0).
            target = Path(out_dir) / "out.bin"
            peaks: list[float] = []

            def curl() -> float:
                target.unlink(missing_ok=True)
                started = time.perf_counter()
                subprocess.run(["curl", "-s", "-o", str(target), url], check=True)
                return size_mib / (time.perf_counter() - started)

            def sdk() -> float:
                target.unlink(missing_ok=True)
                out = subprocess.check_output(
                    [sys.executable, "-m", "bench.download_once", url, str(target)],
                    env=ENV,
                    cwd=ROOT,
                )
                seconds, peak = out.split()
                peaks.append(float(peak))
                return size_mib / float(seconds)

            curl_rate, sdk_rate = _alternate(rounds, curl, sdk)
    return {
        "file (MiB)": size_mib,
        "curl (MiB/s)": curl_rate,
        "pixxel (MiB/s)": sdk_rate,
        "ratio": sdk_rate / curl_rate,
        "pixxel peak RSS, median (MB)": statistics.median(peaks) / 1e6,
        "pixxel peak RSS, worst round (MB)": max(peaks) / 1e6,
    }


def bench_generate(rounds: int = 3) -> dict[str, float]:
    times = []
    for _ in range(rounds):
        with tempfile.TemporaryDirectory() as tmp:
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "generator", "generate", "--out", f"{tmp}/out"],
                check=True,
                cwd=ROOT,
                env=ENV,
                capture_output=True,
            )
            times.append(time.perf_counter() - started)
    return {"make generate, whole spec (s)": statistics.median(times)}


BENCHMARKS: dict[str, Callable[[], dict[str, float]]] = {
    "import": bench_import,
    "first_call": bench_first_call,
    "cube": bench_cube,
    "calls": bench_calls,
    "parse": bench_parse,
    "download": bench_download,
    "generate": bench_generate,
    "cli_import": bench_cli_import,
    "bulk": lambda: bench_bulk(ENV),
}


def main(names: list[str]) -> None:
    print(
        f"# pixxel benchmarks: {time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, Python {sys.version.split()[0]}"
    )
    for name in names or list(BENCHMARKS):
        results = BENCHMARKS[name]()
        print(f"\n## {name}")
        for key, value in results.items():
            shown = f"{value:.4g}" if isinstance(value, float | int) else json.dumps(value)
            print(f"- {key}: {shown}")


if __name__ == "__main__":
    main(sys.argv[1:])
