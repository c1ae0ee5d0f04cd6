"""Start and stop the pinned Prism mock server (``node_modules/.bin/prism``) on the bundled spec."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from ..support.paths import BUNDLED_SPEC, ROOT

PRISM = ROOT / "node_modules" / ".bin" / "prism"
STARTUP_TIMEOUT = 60.0


class PrismError(RuntimeError):
    """Prism is not installed or did not start."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def prism_server(log: Path, spec: Path = BUNDLED_SPEC) -> Iterator[str]:
    """Run ``prism mock --dynamic`` on a free port of 127.0.0.1; yield its base URL.

    Prism's own log goes to ``log``. The server is stopped (its whole process group) on exit.
    """
    if not PRISM.exists():
        raise PrismError(f"{PRISM} is missing: run `npm ci` (make contract does)")
    for _ in range(3):  # another process may take the port between our probe and Prism's bind
        port = free_port()
        with log.open("w") as out:
            process = subprocess.Popen(
                [
                    str(PRISM),
                    "mock",
                    "--dynamic",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(port),
                    "--errors",
                    "false",
                    str(spec),
                ],
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                env={**os.environ, "NO_COLOR": "1"},
            )
        try:
            base_url = f"http://127.0.0.1:{port}"
            if _wait_ready(process, base_url):
                yield base_url
                return
        finally:
            _stop(process)
    raise PrismError(f"Prism did not start; see {log}:\n{log.read_text()[-2000:]}")


def _wait_ready(process: subprocess.Popen[bytes], base_url: str) -> bool:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            httpx.get(base_url + "/", timeout=1.0)  # any answer (404 included) means it listens
            return True
        except httpx.TransportError:
            time.sleep(0.2)
    return False


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
