"""Keep secrets out of logs, reprs and exception messages."""

from __future__ import annotations

import contextlib
import re
from typing import Any

import httpx

_SIGNATURE_PARAMS = re.compile(
    r"(?i)([?&](?:x-amz-signature|x-amz-credential|x-amz-security-token|x-goog-signature"
    r"|x-goog-credential|signature|sig|se|sv|skoid|sktid|token"
    # credentials a caller may put in extra_query
    r"|api[_-]?key|access[_-]?token|password|client[_-]?secret)=)[^&#\s\"']+"
)

REDACTED = "[REDACTED]"


def redact_url(url: str) -> str:
    """Return ``url`` with signed-URL signatures, keys and tokens replaced by ``[REDACTED]``."""
    return _SIGNATURE_PARAMS.sub(lambda m: m.group(1) + REDACTED, url)


def redact_key(api_key: str | None) -> str:
    """Show only enough of an API key to tell two keys apart."""
    if not api_key:
        return "<none>"
    return f"...{api_key[-4:]}" if len(api_key) > 12 else REDACTED


MIN_SECRET_LENGTH = 8  # shorter "keys" (test doubles) would scrub ordinary words


def secrets_of(request: httpx.Request | None) -> tuple[str, ...]:
    """The credentials ``request`` carries: its ``Authorization`` value, and the token in it."""
    if request is None:
        return ()
    value = request.headers.get("authorization", "").strip()
    token = value.split(" ", 1)[1].strip() if " " in value else ""
    return tuple(s for s in (value, token) if len(s) >= MIN_SECRET_LENGTH)


def scrub(value: Any, secrets: tuple[str, ...]) -> Any:
    """``value`` (text, bytes, or JSON data) with every one of ``secrets`` replaced."""
    if not secrets:
        return value
    if isinstance(value, str):
        for secret in secrets:
            value = value.replace(secret, REDACTED)
        return value
    if isinstance(value, bytes):
        for secret in secrets:
            value = value.replace(secret.encode(), REDACTED.encode())
        return value
    if isinstance(value, dict):
        return {scrub(k, secrets): scrub(v, secrets) for k, v in value.items()}
    if isinstance(value, list):
        return [scrub(v, secrets) for v in value]
    return value


def request_without_credentials(request: httpx.Request) -> httpx.Request:
    """A copy of ``request`` whose ``Authorization`` header reads ``[REDACTED]``."""
    if "authorization" not in request.headers:
        return request
    headers = httpx.Headers(request.headers)
    headers["authorization"] = REDACTED
    try:
        content: bytes | None = request.content
    except httpx.RequestNotRead:
        content = None
    return httpx.Request(
        request.method, request.url, headers=headers, content=content, extensions=request.extensions
    )


def response_without_secrets(response: httpx.Response, secrets: tuple[str, ...]) -> httpx.Response:
    """A read copy of ``response`` with ``secrets`` scrubbed from its body and its request."""
    try:
        content = response.read()
    except httpx.StreamError:
        content = b""
    headers = httpx.Headers(response.headers)
    for name in ("content-encoding", "content-length", "transfer-encoding"):
        headers.pop(name, None)  # the copy holds the decoded body
    copy = httpx.Response(
        response.status_code,
        headers=headers,
        content=scrub(content, secrets),
        extensions=response.extensions,
        request=request_without_credentials(response.request),
    )
    copy.read()
    with contextlib.suppress(RuntimeError):  # no elapsed time: a response never sent
        copy.elapsed = response.elapsed
    return copy
