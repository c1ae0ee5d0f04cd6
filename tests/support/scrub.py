"""Remove secrets from exchanges before a cassette is written (used by `make record`)."""

from __future__ import annotations

import json
import re
from typing import Any

from pixxel._runtime._redact import REDACTED, redact_url

SECRET_HEADERS = ("authorization", "x-api-key", "cookie", "set-cookie", "proxy-authorization")
SECRET_FIELDS = re.compile(
    r"(?i)^(secrets?|access_key_id|secret_access_key|session_token|client_secret|account_key"
    r"|service_account_credentials|private_key|password|token|api_key)$"
)


def scrub_json(value: Any) -> Any:
    """Replace the values of secret-looking keys, and URL signatures in every string."""
    if isinstance(value, dict):
        return {
            k: (
                REDACTED
                if SECRET_FIELDS.match(str(k)) and v not in (None, {}, "")
                else scrub_json(v)
            )
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [scrub_json(v) for v in value]
    if isinstance(value, str):
        return redact_url(value)
    return value


def scrub_body(body: bytes | str | None) -> bytes | str | None:
    if not body:
        return body
    text = body.decode("utf-8", errors="replace") if isinstance(body, bytes) else body
    try:
        cleaned = json.dumps(scrub_json(json.loads(text)), ensure_ascii=False)
    except ValueError:
        cleaned = redact_url(text)
    return cleaned.encode() if isinstance(body, bytes) else cleaned


def scrub_request(request: Any) -> Any:
    """vcrpy ``before_record_request`` hook."""
    for name in list(request.headers):
        if name.lower() in SECRET_HEADERS:
            request.headers[name] = REDACTED
    request.uri = redact_url(request.uri)
    request.body = scrub_body(request.body)
    return request


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """vcrpy ``before_record_response`` hook."""
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in SECRET_HEADERS:
            headers[name] = [REDACTED]
        elif name.lower() == "location":
            headers[name] = [redact_url(v) for v in headers[name]]
    body = response.get("body", {})
    if "string" in body:
        body["string"] = scrub_body(body["string"])
    return response
