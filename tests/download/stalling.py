"""A file host that stalls: a threaded server on 127.0.0.1 that answers late or stops mid-body.

pytest-httpserver answers one request at a time, so a stalled answer there would hold up the next
attempt too; this server gives each connection its own thread, as a real host does.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Literal

Stall = Literal["head", "body"]


@dataclass
class StallingHost:
    data: bytes
    stalls: list[Stall] = field(default_factory=list)
    """For each of the next requests: ``head`` waits before the status line, ``body`` after the
    first half of the body; later requests are answered at once."""
    stall_seconds: float = 10.0
    requests: list[str | None] = field(default_factory=list)
    """The ``Range`` header of each request (``None``: the whole file)."""
    released: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def next_stall(self, range_header: str | None) -> Stall | None:
        with self.lock:
            self.requests.append(range_header)
            return self.stalls.pop(0) if self.stalls else None

    def wait(self) -> None:
        self.released.wait(self.stall_seconds)  # ends early when the test is over


def _handler(host: StallingHost) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:  # quiet
            pass

        def do_GET(self) -> None:
            stall = host.next_stall(self.headers.get("Range"))
            if stall == "head":
                host.wait()
            start = 0
            match = re.fullmatch(r"bytes=(\d+)-", self.headers.get("Range") or "")
            if match and self.headers.get("If-Range") in (None, '"v1"'):
                start = int(match.group(1))
            body = host.data[start:]
            try:
                self.send_response(206 if start else 200)
                if start:
                    self.send_header(
                        "Content-Range", f"bytes {start}-{len(host.data) - 1}/{len(host.data)}"
                    )
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Accept-Ranges", "bytes")
                self.send_header("ETag", '"v1"')
                self.end_headers()
                if stall == "body":
                    half = len(body) // 2
                    self.wfile.write(body[:half])
                    self.wfile.flush()
                    host.wait()
                    body = body[half:]
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up on this attempt, as it should

    return Handler


@contextmanager
def stalling_host(host: StallingHost) -> Iterator[str]:
    """Serve ``host`` on a free port of 127.0.0.1; yields the file's URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(host))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/bucket/cube.tif?X-Amz-Signature=s"
    finally:
        host.released.set()
        server.shutdown()
        server.server_close()
