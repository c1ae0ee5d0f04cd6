"""Which checksum a download can be verified against, and checking a file against it.

A checksum is used only where the host vouches for it:

- ``Repr-Digest`` / ``Digest`` with ``sha-256`` (RFC 9530): the whole file, on any response.
- ``x-goog-hash: md5=...`` (Google Cloud Storage): the whole object, on any response.
- ``Content-MD5`` on a ``200``: the body of that response, which is the whole file.
- An S3 ETag, only where S3 documents it as the MD5 of the content: a 32-hex ETag (a multipart
  upload's has a ``-N`` suffix) from S3 (``x-amz-request-id``) for an object stored unencrypted or
  with S3-managed keys. With SSE-KMS or customer keys, or from any other store, an ETag of that
  shape is an opaque version tag, not an MD5, and is not used.

Otherwise nothing is verified beyond the size, and the result says so (``verified=None``).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

__all__ = ["Checksum", "checksum_from_headers", "file_digest", "new_hasher"]

_S3_MD5_ETAG = re.compile(r'^"?([0-9a-fA-F]{32})"?$')
_S3_PLAIN_ENCRYPTION = ("", "aes256")


@dataclass(frozen=True, slots=True)
class Checksum:
    """A digest of the whole file, and the header that vouched for it."""

    algorithm: str
    """``sha-256`` or ``md5``."""
    digest: bytes
    source: str
    """``repr-digest``, ``digest``, ``x-goog-hash``, ``content-md5`` or ``s3-etag``."""

    def matches(self, path: Path) -> bool:
        return file_digest(path, self.algorithm) == self.digest

    def to_json(self) -> dict[str, str]:
        return {"algorithm": self.algorithm, "digest": self.digest.hex(), "source": self.source}

    @classmethod
    def from_json(cls, data: Any) -> Checksum | None:
        try:
            return cls(str(data["algorithm"]), bytes.fromhex(data["digest"]), str(data["source"]))
        except (TypeError, KeyError, ValueError):
            return None


def checksum_from_headers(headers: httpx.Headers, status: int) -> Checksum | None:
    """The checksum of the whole file that this response's headers vouch for, if any."""
    for header in ("repr-digest", "digest"):
        for part in headers.get(header, "").split(","):
            name, _, value = part.strip().partition("=")
            digest = _b64(value.strip(":"))
            if name.lower() in ("sha-256", "sha256") and digest and len(digest) == 32:
                return Checksum("sha-256", digest, header)
    for part in headers.get("x-goog-hash", "").split(","):
        name, _, value = part.strip().partition("=")
        if name.lower() == "md5" and (digest := _b64(value)) and len(digest) == 16:
            return Checksum("md5", digest, "x-goog-hash")
    if status == 200 and (digest := _b64(headers.get("content-md5", ""))) and len(digest) == 16:
        return Checksum("md5", digest, "content-md5")
    if _s3_etag_is_md5(headers) and (match := _S3_MD5_ETAG.match(headers.get("etag", ""))):
        return Checksum("md5", bytes.fromhex(match.group(1)), "s3-etag")
    return None


def _s3_etag_is_md5(headers: httpx.Headers) -> bool:
    if "x-amz-request-id" not in headers:
        return False  # not S3: an ETag is whatever the store makes it
    if "x-amz-server-side-encryption-customer-algorithm" in headers:
        return False
    return headers.get("x-amz-server-side-encryption", "").lower() in _S3_PLAIN_ENCRYPTION


def new_hasher(algorithm: str) -> Any:
    """A hashlib object for a checksum's ``algorithm`` (``sha-256`` or ``md5``)."""
    return hashlib.sha256() if algorithm == "sha-256" else hashlib.md5(usedforsecurity=False)


def file_digest(path: Path, algorithm: str) -> bytes:
    hasher = new_hasher(algorithm)
    with open(path, "rb") as data:
        for block in iter(lambda: data.read(1 << 20), b""):
            hasher.update(block)
    return bytes(hasher.digest())


def _b64(value: str) -> bytes | None:
    if not value:
        return None
    try:
        return base64.b64decode(value.strip(), validate=True)
    except (binascii.Error, ValueError):
        return None
