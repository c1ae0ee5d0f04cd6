"""``make bench BENCH=bulk``: many files at once, against a local host that misbehaves.

1. Chaos: 200 files of 1-16 MiB from a host that answers 503 and 429 (Retry-After: 1), drops
   connections, cuts bodies short and expires links after a few seconds. Every file must land
   identical (sha-256), nothing partial at a final name, the re-run must transfer no file, and
   after a 429 only the requests already on their way may reach the host within Retry-After.
2. Throughput: the same 200 files, 8 workers against ``curl --parallel --parallel-max 8``,
   alternating, whole processes timed (what a user waits for).
3. Latency: a host 50 ms away (50 ms before each answer, 4 MiB per 50 ms per connection): 8
   workers against 1.
4. Memory: 200 files of 16 MiB, peak RSS of the downloading process.
"""

from __future__ import annotations

import hashlib
import json
import resource
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
from typing import Any

from bench.bulk_host import file_bytes, seed_buffer, sizes

ROOT = Path(__file__).resolve().parent.parent
MiB = 1 << 20


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def _host(env: dict[str, str], **config: Any) -> Iterator[str]:
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "bench.bulk_host", str(port), json.dumps(config)], cwd=ROOT, env=env
    )
    try:
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
                break
            except OSError:
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


def _stats(base: str) -> list[list[Any]]:
    import httpx

    log: list[list[Any]] = httpx.get(f"{base}/stats", timeout=30).json()["log"]
    return log


def _bulk(
    env: dict[str, str], base: str, out: Path, count: int, workers: int, mode: str
) -> dict[str, Any]:
    started = time.perf_counter()
    cpu = _children_cpu()
    line = subprocess.check_output(
        [sys.executable, "-m", "bench.bulk_once", base, str(out), str(count), str(workers), mode],
        cwd=ROOT,
        env=env,
    )
    report: dict[str, Any] = json.loads(line)
    report["process_seconds"] = time.perf_counter() - started
    report["cpu_seconds"] = _children_cpu() - cpu
    return report


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _curl(base: str, out: Path, count: int, parallel: int) -> tuple[float, float]:
    """Seconds, and CPU seconds, of one ``curl --parallel`` run over the files."""
    minted = f"{time.time():.3f}"
    config = "".join(
        f'url = "{base}/files/{n}/scene-{n}.bin?token={minted}"\noutput = "{out}/scene-{n}.bin"\n'
        for n in range(count)
    )
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    cpu = _children_cpu()
    subprocess.run(
        [
            "curl",
            "-s",
            "--no-progress-meter",
            "--fail",
            "--parallel",
            "--parallel-max",
            str(parallel),
            "-K",
            "-",
        ],
        input=config.encode(),
        check=True,
    )
    return time.perf_counter() - started, _children_cpu() - cpu


def _expected(count: int, low: float, high: float) -> list[str]:
    buffer = seed_buffer()
    return [
        hashlib.sha256(file_bytes(buffer, n, size)).hexdigest()
        for n, size in enumerate(sizes(count, low, high))
    ]


def _workspace(need_bytes: int) -> str | None:
    shm = Path("/dev/shm")
    return str(shm) if shm.is_dir() and shutil.disk_usage(shm).free > 2 * need_bytes else None


def _spread(values: list[float]) -> str:
    return f"median {statistics.median(values):.3g} (min {min(values):.3g}, max {max(values):.3g})"


def chaos(env: dict[str, str], count: int = 200, rounds: int = 3) -> dict[str, Any]:
    faults = {"503": 0.03, "429": 0.02, "drop": 0.03, "truncate": 0.04}
    expected = _expected(count, 1, 16)
    report: dict[str, Any] = {"faults per file request": faults, "rounds": []}
    for round_no in range(rounds):
        with (
            _host(
                env,
                count=count,
                low_mib=1,
                high_mib=16,
                chaos=faults,
                ttl=4.0,
                latency=0.002,
                fault_seed=round_no,
            ) as base,
            tempfile.TemporaryDirectory(dir=_workspace(count * 9 * MiB)) as tmp,
        ):
            out = Path(tmp)
            first = _bulk(env, base, out, count, 8, "items")
            marker = len(_stats(base))
            second = _bulk(env, base, out, count, 8, "items")
            log = _stats(base)
            landed = [out / f"scene-{n}.bin" for n in range(count)]
            identical = sum(
                1
                for path, digest in zip(landed, expected, strict=True)
                if path.exists() and hashlib.sha256(path.read_bytes()).hexdigest() == digest
            )
            finals = [p for p in out.iterdir() if p.suffix == ".bin"]
            rerun_file_bytes = sum(
                e[3] for e in log[marker:] if e[1] == "file" and e[2] in (200, 206)
            )
            # After each 429 (Retry-After: 1), the file requests reaching the host within the
            # second: only those the other 7 workers had sent before the 429 reached the client.
            files_log = [e[0] for e in log[:marker] if e[1] == "file"]
            windows = [
                sum(1 for at in files_log if 0 < at - t < 1.0)
                for t in (e[0] for e in log[:marker] if e[2] == 429)
            ]
            span = max(files_log) - min(files_log)
            rate = len(files_log) / span if span else 0.0
            report["rounds"].append(
                {
                    "files identical (sha-256)": f"{identical}/{count}",
                    "files at final names": len(finals),
                    "partial files left (.part)": len(list(out.glob("*.part"))),
                    "first run statuses": first["statuses"],
                    "first run failures": first["failures"],
                    "first run seconds": round(first["seconds"], 2),
                    "links refreshed through the API": first["refreshed"],
                    "files resumed": first["resumed"],
                    "host answers: 429 / 503 / dropped": (
                        sum(1 for e in log if e[2] == 429),
                        sum(1 for e in log if e[2] == 503),
                        sum(1 for e in log if e[2] == 0),
                    ),
                    "re-run statuses": second["statuses"],
                    "re-run body bytes served (probes of 1 byte)": rerun_file_bytes,
                    "file requests in the second after a 429, worst window (7 in flight at most)": (
                        max(windows, default=0)
                    ),
                    "same, mean over the 429s": round(statistics.mean(windows), 2)
                    if windows
                    else 0,
                    "file requests per second over the whole first run": round(rate, 1),
                }
            )
    return report


def throughput(
    env: dict[str, str], count: int = 200, rounds: int = 3, digest: bool = True
) -> dict[str, Any]:
    """``digest``: the host sends a sha-256 ``Repr-Digest`` that every file is checked against."""
    total = sum(sizes(count, 1, 16))
    bulk_rates: list[float] = []
    curl_rates: list[float] = []
    in_call: list[float] = []
    bulk_cpu: list[float] = []
    curl_cpu: list[float] = []
    with _host(env, count=count, low_mib=1, high_mib=16, digest=digest) as base:
        for _ in range(rounds):
            for side in ("curl", "bulk"):
                with tempfile.TemporaryDirectory(dir=_workspace(total)) as tmp:
                    if side == "curl":
                        seconds, cpu = _curl(base, Path(tmp), count, 8)
                        curl_rates.append(total / MiB / seconds)
                        curl_cpu.append(cpu / (total / 2**30))
                    else:
                        report = _bulk(env, base, Path(tmp), count, 8, "urls")
                        assert report["statuses"] == {"done": count}, report
                        bulk_rates.append(total / MiB / report["process_seconds"])
                        in_call.append(total / MiB / report["seconds"])
                        bulk_cpu.append(report["cpu_seconds"] / (total / 2**30))
    ratios = [b / c for b, c in zip(bulk_rates, curl_rates, strict=True)]
    return {
        "files, MiB": (count, round(total / MiB)),
        "curl --parallel-max 8 (MiB/s)": _spread(curl_rates),
        "pixxel 8 workers, whole process (MiB/s)": _spread(bulk_rates),
        "pixxel 8 workers, inside the call (MiB/s)": _spread(in_call),
        "ratio pixxel/curl per round": _spread(ratios),
        "CPU seconds per GiB, curl": _spread(curl_cpu),
        "CPU seconds per GiB, pixxel": _spread(bulk_cpu),
    }


def latency(env: dict[str, str], count: int = 40, rounds: int = 3) -> dict[str, Any]:
    total = sum(sizes(count, 1, 16))
    one: list[float] = []
    eight: list[float] = []
    curl_rates: list[float] = []
    with _host(env, count=count, low_mib=1, high_mib=16, latency=0.05, window=4 * MiB) as base:
        for _ in range(rounds):
            for workers, rates in ((1, one), (8, eight)):
                with tempfile.TemporaryDirectory(dir=_workspace(total)) as tmp:
                    report = _bulk(env, base, Path(tmp), count, workers, "urls")
                    assert report["statuses"] == {"done": count}, report
                    rates.append(total / MiB / report["seconds"])
            with tempfile.TemporaryDirectory(dir=_workspace(total)) as tmp:
                curl_rates.append(total / MiB / _curl(base, Path(tmp), count, 8)[0])
    return {
        "files, MiB": (count, round(total / MiB)),
        "1 worker (MiB/s)": _spread(one),
        "8 workers (MiB/s)": _spread(eight),
        "curl --parallel-max 8 (MiB/s)": _spread(curl_rates),
        "ratio 8/1 per round": _spread([e / o for e, o in zip(eight, one, strict=True)]),
    }


def memory(env: dict[str, str], count: int = 200, rounds: int = 2) -> dict[str, Any]:
    peaks: list[float] = []
    with _host(env, count=count, low_mib=16, high_mib=16) as base:
        for _ in range(rounds):
            with tempfile.TemporaryDirectory() as tmp:  # on disk: 3.2 GB
                report = _bulk(env, base, Path(tmp), count, 8, "urls")
                assert report["statuses"] == {"done": count}, report
                peaks.append(report["peak_rss"] / MiB)
    return {"files": f"{count} x 16 MiB", "peak RSS (MiB)": _spread(peaks)}


def bench_bulk(env: dict[str, str], parts: list[str] | None = None) -> dict[str, Any]:
    if shutil.which("curl") is None:
        return {"skipped: curl not found": 1}
    chosen = parts or ["chaos", "throughput", "throughput_unverified", "latency", "memory"]
    runs: dict[str, Callable[[dict[str, str]], dict[str, Any]]] = {
        "chaos": chaos,
        "throughput": throughput,  # every file checked against the host's sha-256
        "throughput_unverified": lambda e: throughput(e, digest=False),  # size only, as curl
        "latency": latency,
        "memory": memory,
    }
    return {name: runs[name](env) for name in chosen}


if __name__ == "__main__":
    from bench.run import ENV

    print(json.dumps(bench_bulk(ENV, sys.argv[1:]), indent=2, default=str))
