"""A storage-like file server for pytest-httpserver: Range support, drops, expiry, checksums."""

from __future__ import annotations

import base64
import hashlib
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

from werkzeug import Request, Response


@dataclass
class FileServer:
    data: bytes
    ranges: bool = True
    drop_after: list[int] = field(default_factory=list)
    """For each of the next responses, close the connection after this many body bytes."""
    expired_tokens: set[str] = field(default_factory=set)
    expire_after: dict[str, int] = field(default_factory=dict)
    """Token -> how many requests the server answers before that token counts as expired."""
    etag_md5: bool = True
    corrupt: bool = False
    requests: list[dict[str, str]] = field(default_factory=list)
    active: int = 0
    max_active: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __call__(self, request: Request) -> Response:
        with self.lock:
            self.requests.append(dict(request.headers))
            self.active += 1
            self.max_active = max(self.max_active, self.active)
        try:
            return self._respond(request)
        finally:
            with self.lock:
                self.active -= 1

    def _respond(self, request: Request) -> Response:
        token = request.args.get("X-Amz-Signature", "")
        if token in self.expire_after and len(self.requests) > self.expire_after[token]:
            self.expired_tokens.add(token)
        if token in self.expired_tokens:
            return Response(
                "<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>",
                403,
            )
        body = self.data if not self.corrupt else self.data[:-1] + b"!"
        headers = {"Accept-Ranges": "bytes"} if self.ranges else {}
        if self.etag_md5:
            headers["ETag"] = f'"{hashlib.md5(self.data).hexdigest()}"'
        start = 0
        status = 200
        match = re.fullmatch(r"bytes=(\d+)-", request.headers.get("Range", ""))
        if match and self.ranges:
            start = int(match.group(1))
            if start >= len(body):
                return Response(b"", 416, headers={"Content-Range": f"bytes */{len(body)}"})
            status = 206
            headers["Content-Range"] = f"bytes {start}-{len(body) - 1}/{len(body)}"
        payload = body[start:]
        headers["Content-Length"] = str(len(payload))
        drop = self.drop_after.pop(0) if self.drop_after else None
        return Response(
            self._stream(payload, drop), status, headers=headers, direct_passthrough=True
        )

    @staticmethod
    def _stream(payload: bytes, drop: int | None) -> Iterator[bytes]:
        sent = 0
        step = 256 * 1024
        while sent < len(payload):
            chunk = payload[sent : sent + step]
            if drop is not None and sent + len(chunk) > drop:
                yield chunk[: drop - sent]
                raise ConnectionAbortedError("simulated drop")  # werkzeug closes the socket
            yield chunk
            sent += len(chunk)


def md5_b64(data: bytes) -> str:
    return base64.b64encode(hashlib.md5(data).digest()).decode()
