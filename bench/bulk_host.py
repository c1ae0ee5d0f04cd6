"""A local file host for the bulk-download benchmark, run as its own process.

``python -m bench.bulk_host PORT CONFIG_JSON`` serves ``count`` files whose bytes are slices of
one random buffer (so 3 GB of files cost no disk and no start-up time on the host side):

- ``GET /files/<n>?token=<t>``: file ``n``, with ``Range``/``If-Range``, a strong ETag and a
  ``Repr-Digest`` (sha-256). The token expires ``ttl`` seconds after it was minted (``403``).
- ``GET /v0/archives/collections/bench/items/<n>``: a STAC item whose ``data`` asset links the
  file with a fresh token (what the client asks for when a link expired).
- ``GET /stats``: every request so far (time, path kind, status, body bytes sent), as JSON.

Faults, drawn per file request when ``chaos`` is set: ``503``, ``429`` with ``Retry-After``,
a dropped connection before the answer, a body cut short. ``latency`` seconds pass before each
answer, and ``window`` bytes at most are sent per ``latency`` (a far host's bandwidth-delay cap).
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import socket
import socketserver
import sys
import threading
import time
from typing import Any
from urllib.parse import parse_qs, urlsplit

SEED_BYTES = 16 << 20


def file_bytes(buffer: bytes, n: int, size: int) -> memoryview:
    """File ``n``: ``size`` bytes of the doubled buffer from an offset of its own."""
    start = (n * 1_000_003) % SEED_BYTES
    return memoryview(buffer)[start : start + size]


def sizes(count: int, low_mib: float, high_mib: float, seed: int = 15) -> list[int]:
    rng = random.Random(seed)
    return [int(rng.uniform(low_mib, high_mib) * (1 << 20)) for _ in range(count)]


def seed_buffer(seed: int = 15) -> bytes:
    block = random.Random(seed).randbytes(SEED_BYTES)
    return block + block


class Host:
    def __init__(self, config: dict[str, Any]) -> None:
        self.config = config
        self.buffer = seed_buffer()
        self.sizes = sizes(config["count"], config["low_mib"], config["high_mib"])
        self.digests: dict[int, str] = {}
        self.log: list[tuple[float, str, int, int]] = []
        self.lock = threading.Lock()
        self.rng = random.Random(config.get("fault_seed", 7))

    def digest(self, n: int) -> str:
        if n not in self.digests:
            data = file_bytes(self.buffer, n, self.sizes[n])
            self.digests[n] = base64.b64encode(hashlib.sha256(data).digest()).decode()
        return self.digests[n]

    def record(self, kind: str, status: int, sent: int, at: float | None = None) -> None:
        """``at``: when the request arrived (default: now)."""
        with self.lock:
            self.log.append((at or time.time(), kind, status, sent))

    def fault(self) -> str | None:
        chaos = self.config.get("chaos")
        if not chaos:
            return None
        with self.lock:
            draw = self.rng.random()
        edge = 0.0
        for name in ("503", "429", "drop", "truncate"):
            edge += chaos.get(name, 0.0)
            if draw < edge:
                return name
        return None


def _answer(sock: socket.socket, status: str, headers: dict[str, str], body: bytes = b"") -> None:
    head = f"HTTP/1.1 {status}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    sock.sendall(head.encode() + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)


def serve(port: int, config: dict[str, Any]) -> None:
    host = Host(config)
    latency = float(config.get("latency", 0.0))
    window = int(config.get("window", 0))
    ttl = float(config.get("ttl", 3600.0))
    digest = bool(config.get("digest", True))
    base = f"http://127.0.0.1:{port}"

    def link(n: int) -> str:
        return f"{base}/files/{n}/scene-{n}.bin?token={time.time():.3f}"

    class Handler(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            sock: socket.socket = self.request
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            buffer = b""
            while True:
                while b"\r\n\r\n" not in buffer:
                    data = sock.recv(65536)
                    if not data:
                        return
                    buffer += data
                head, buffer = buffer.split(b"\r\n\r\n", 1)
                lines = head.decode("latin-1").split("\r\n")
                target = lines[0].split(" ")[1]
                headers = {
                    k.strip().lower(): v.strip()
                    for k, _, v in (line.partition(":") for line in lines[1:])
                }
                if not self.route(sock, target, headers):
                    return

        def route(self, sock: socket.socket, target: str, headers: dict[str, str]) -> bool:
            parts = urlsplit(target)
            if parts.path == "/stats":
                with host.lock:
                    body = json.dumps({"log": host.log}).encode()
                _answer(sock, "200 OK", {"Content-Type": "application/json"}, body)
                return True
            if parts.path.startswith("/v0/archives/collections/bench/items/"):
                n = int(parts.path.rsplit("-", 1)[-1])
                item = {
                    "type": "Feature",
                    "id": f"scene-{n}",
                    "collection": "bench",
                    "assets": {"data": {"href": link(n), "roles": ["data"]}},
                }
                host.record("api", 200, 0)
                _answer(
                    sock, "200 OK", {"Content-Type": "application/json"}, json.dumps(item).encode()
                )
                return True
            return self.file(sock, parts, headers)

        def file(self, sock: socket.socket, parts: Any, headers: dict[str, str]) -> bool:
            n = int(parts.path.split("/")[2])
            arrived = time.time()
            if latency:
                time.sleep(latency)
            token = float(parse_qs(parts.query).get("token", ["0"])[0])
            if time.time() - token > ttl:
                host.record("file", 403, 0, at=arrived)
                _answer(sock, "403 Forbidden", {}, b"<Error>Request has expired</Error>")
                return True
            fault = host.fault()
            if fault == "503":
                host.record("file", 503, 0, at=arrived)
                _answer(sock, "503 Service Unavailable", {}, b"busy")
                return True
            if fault == "429":
                host.record("file", 429, 0, at=arrived)
                _answer(sock, "429 Too Many Requests", {"Retry-After": "1"}, b"slow down")
                return True
            if fault == "drop":
                host.record("file", 0, 0, at=arrived)
                return False
            size = host.sizes[n]
            etag = f'"scene-{n}-v1"'
            start, status = 0, "200 OK"
            extra = {}
            wanted = headers.get("range", "")
            if wanted.startswith("bytes=") and headers.get("if-range", etag) == etag:
                first, _, last = wanted[6:].partition("-")
                start = int(first)
                end = min(int(last), size - 1) if last else size - 1
                if start >= size:
                    host.record("file", 416, 0, at=arrived)
                    _answer(sock, "416 Range Not Satisfiable", {"Content-Range": f"bytes */{size}"})
                    return True
                status = "206 Partial Content"
                extra["Content-Range"] = f"bytes {start}-{end}/{size}"
            else:
                end = size - 1
            body = file_bytes(host.buffer, n, size)[start : end + 1]
            head = (
                f"HTTP/1.1 {status}\r\nAccept-Ranges: bytes\r\nETag: {etag}\r\n"
                + (f"Repr-Digest: sha-256=:{host.digest(n)}:\r\n" if digest else "")
                + "".join(f"{k}: {v}\r\n" for k, v in extra.items())
                + f"Content-Length: {len(body)}\r\n\r\n"
            )
            sock.sendall(head.encode())
            cut = len(body) // 3 if fault == "truncate" else len(body)
            sent = 0
            step = window or (4 << 20)
            try:
                while sent < cut:
                    chunk = body[sent : min(sent + step, cut)]
                    sock.sendall(chunk)
                    sent += len(chunk)
                    if window and latency and sent < cut:
                        time.sleep(latency)
            except OSError:
                host.record("file", int(status[:3]), sent, at=arrived)
                return False
            host.record("file", int(status[:3]), sent, at=arrived)
            return fault != "truncate"

    socketserver.ThreadingTCPServer.allow_reuse_address = True
    socketserver.ThreadingTCPServer.daemon_threads = True
    with socketserver.ThreadingTCPServer(("127.0.0.1", port), Handler) as server:
        server.serve_forever()


if __name__ == "__main__":
    serve(int(sys.argv[1]), json.loads(sys.argv[2]))
