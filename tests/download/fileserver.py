"""A storage-like file server for pytest-httpserver: ranges, If-Range, drops, expiry, checksums."""

from __future__ import annotations

import base64
import hashlib
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from werkzeug import Request, Response

ChecksumStyle = Literal["content-md5", "s3", "s3-kms", "x-goog-hash", "repr-digest", "none"]


@dataclass
class FileServer:
    data: bytes
    ranges: bool = True
    drop_after: list[int] = field(default_factory=list)
    """For each of the next responses, close the connection after this many body bytes."""
    expired_tokens: set[str] = field(default_factory=set)
    expire_after: dict[str, int] = field(default_factory=dict)
    """Token -> how many requests the server answers before that token counts as expired."""
    checksum: ChecksumStyle = "content-md5"
    """How the server vouches for the content (``s3-kms``: an ETag that looks like an MD5 and is not)."""
    etag: str | None = '"v1"'
    corrupt: bool = False
    next_version: tuple[int, bytes, str] | None = None
    """(after this many requests, the new content, its ETag): the object is replaced."""
    requests: list[dict[str, str]] = field(default_factory=list)
    active: int = 0
    max_active: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __call__(self, request: Request) -> Response:
        with self.lock:
            self.requests.append(dict(request.headers))
            self.active += 1
            self.max_active = max(self.max_active, self.active)
            if self.next_version and len(self.requests) > self.next_version[0]:
                _, self.data, self.etag = self.next_version
                self.next_version = None
        try:
            return self._respond(request)
        finally:
            with self.lock:
                self.active -= 1

    def _checksum_headers(self) -> dict[str, str]:
        md5 = hashlib.md5(self.data)
        if self.checksum == "s3":
            return {"ETag": f'"{md5.hexdigest()}"', "x-amz-request-id": "R1"}
        if self.checksum == "s3-kms":
            fake = hashlib.md5(b"not the content" + self.data).hexdigest()
            return {
                "ETag": f'"{fake}"',
                "x-amz-request-id": "R1",
                "x-amz-server-side-encryption": "aws:kms",
            }
        if self.checksum == "x-goog-hash":
            return {"x-goog-hash": f"crc32c=AAAAAA==,md5={md5_b64(self.data)}"}
        if self.checksum == "repr-digest":
            sha = base64.b64encode(hashlib.sha256(self.data).digest()).decode()
            return {"Repr-Digest": f"sha-256=:{sha}:"}
        return {}

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
        if self.etag:
            headers["ETag"] = self.etag
        headers.update(self._checksum_headers())
        start, end = 0, len(body) - 1
        status = 200
        match = re.fullmatch(r"bytes=(\d+)-(\d*)", request.headers.get("Range", ""))
        if_range = request.headers.get("If-Range")
        if match and self.ranges and (if_range is None or if_range == headers.get("ETag")):
            start = int(match.group(1))
            if start >= len(body):
                return Response(b"", 416, headers={"Content-Range": f"bytes */{len(body)}"})
            end = min(int(match.group(2)), end) if match.group(2) else end
            status = 206
            headers["Content-Range"] = f"bytes {start}-{end}/{len(body)}"
        elif self.checksum == "content-md5":
            headers["Content-MD5"] = md5_b64(self.data)
        payload = body[start : end + 1]
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
