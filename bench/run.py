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

from bench.cli_import import bench_cli_import

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


def _alternate(rounds: int, a: Callable[[], float], b: Callable[[], float]) -> tuple[float, float]:
    first, second = [], []
    for _ in range(rounds):
        first.append(a())
        second.append(b())
    return statistics.median(first), statistics.median(second)


def bench_import(rounds: int = 21) -> dict[str, float]:
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(GENERATED / "pixxel")], check=True, env=ENV
    )

    def timed(statement: str) -> Callable[[], float]:
        code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
        return lambda: float(
            subprocess.check_output([sys.executable, "-c", code], env=ENV, cwd=ROOT)
        )

    httpx_s, pixxel_s = _alternate(
        rounds,
        timed("import httpx"),
        timed("import pixxel; pixxel.Pixxel; pixxel.AsyncPixxel; pixxel.OPERATIONS"),
    )
    _, first_use_s = _alternate(
        max(5, rounds // 3),
        timed("import httpx"),
        timed("import pixxel; c = pixxel.Pixxel(api_key='k'); c.jobs; c.aois; c.archives"),
    )
    return {
        "import httpx (s)": httpx_s,
        "import pixxel (s)": pixxel_s,
        "ratio": pixxel_s / httpx_s,
        "import + client + 3 resources (s)": first_use_s,
    }


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

        raw_rate, sdk_rate = _alternate(rounds, raw, sdk)
        raw_http.close()
        client.close()
    return {
        "httpx + json.loads (calls/s)": raw_rate,
        "pixxel (calls/s)": sdk_rate,
        "ratio": sdk_rate / raw_rate,
    }


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
    "calls": bench_calls,
    "parse": bench_parse,
    "download": bench_download,
    "generate": bench_generate,
    "cli_import": bench_cli_import,
}


def main(names: list[str]) -> None:
    print(
        f"# pixxel benchmarks: {time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, Python {sys.version.split()[0]}"
    )
    for name in names or list(BENCHMARKS):
        results = BENCHMARKS[name]()
        print(f"\n## {name}")
        for key, value in results.items():
            print(f"- {key}: {value:.4g}")


if __name__ == "__main__":
    main(sys.argv[1:])
