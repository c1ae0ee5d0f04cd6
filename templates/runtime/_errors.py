"""Typed errors raised by the Pixxel client."""

from __future__ import annotations

import json
from typing import Any

import httpx

from ._naming import operation_label
from ._redact import (
    redact_url,
    request_without_credentials,
    response_without_secrets,
    scrub,
    secrets_of,
)

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
]

REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-correlation-id", "x-amzn-requestid")


class APIError(Exception):
    """Base class of every error the client raises about an API call."""

    message: str
    request: httpx.Request | None

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        # The API key never travels with an error: not in its text, nor in its request's headers.
        secrets = secrets_of(request)
        message = scrub(message, secrets)
        super().__init__(message)
        self.message = message
        self.request = request_without_credentials(request) if request is not None else None

    @property
    def method(self) -> str | None:
        return self.request.method if self.request is not None else None

    @property
    def url(self) -> str | None:
        return redact_url(str(self.request.url)) if self.request is not None else None


class APIStatusError(APIError):
    """The API answered with a non-2xx status.

    ``code``, ``error_message`` and ``details`` come from the documented error body
    (``{"error": {"code", "message", "details"}}``) when the response has one.
    """

    status_code: int
    response: httpx.Response
    body: Any
    code: str | None
    error_message: str | None
    details: Any
    request_id: str | None

    def __init__(self, response: httpx.Response, *, operation_id: str | None = None) -> None:
        secrets = secrets_of(response.request)
        if secrets:  # a server may echo the key back: keep it out of everything we surface
            response = response_without_secrets(response, secrets)
        self.response = response
        self.status_code = response.status_code
        self.operation_id = operation_id
        self.body = _json_or_text(response)
        error = self.body.get("error") if isinstance(self.body, dict) else None
        if not isinstance(error, dict):
            error = self.body if isinstance(self.body, dict) else {}
        code, message = error.get("code"), error.get("message")
        if isinstance(self.body, dict) and isinstance(self.body.get("error"), str):
            message = message if message is not None else self.body["error"]
        self.code = _scalar_text(code)
        self.error_message = _scalar_text(message)
        self.details = error.get("details")
        if self.details is None and isinstance(self.body, dict):
            self.details = self.body.get("detail")  # the framework's own validation errors
        self.request_id = next(
            (response.headers[h] for h in REQUEST_ID_HEADERS if h in response.headers), None
        )
        request = response.request
        where = f"{request.method} {redact_url(str(request.url))}"
        text = f"{self.status_code} {response.reason_phrase or ''}".strip()
        if operation_id:
            text += f" from {operation_label(operation_id)}"
        text += f" at {where}"
        if self.code or self.error_message:
            text += f": [{self.code or '-'}] {self.error_message or ''}".rstrip()
        if self.details not in (None, "", [], {}):
            text += f"; details: {_excerpt(self.details)}"
        elif not (self.code or self.error_message) and isinstance(self.body, str) and self.body:
            text += f": {_excerpt(self.body)}"
        if self.request_id:
            text += f" (request id {self.request_id})"
        super().__init__(scrub(text, secrets), request=request)


class BadRequestError(APIStatusError):
    """400: the request has missing or invalid parameters."""


class AuthenticationError(APIStatusError):
    """401: the request was not authenticated."""


class PermissionDeniedError(APIStatusError):
    """403: the API key is missing, wrong, expired or revoked, or lacks permission.

    Pixxel answers 403, not 401, for a bad key.
    """


class NotFoundError(APIStatusError):
    """404: no such resource is visible to the caller."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's current state."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was well-formed but could not be processed."""


class RateLimitError(APIStatusError):
    """429: too many requests."""


class InternalServerError(APIStatusError):
    """5xx: the server failed."""


class APIConnectionError(APIError):
    """The request did not get a response: DNS, refused connection, reset, TLS..."""

    def __init__(
        self, message: str = "Connection error.", *, request: httpx.Request | None = None
    ) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """The request timed out."""

    def __init__(
        self, message: str = "Request timed out.", *, request: httpx.Request | None = None
    ) -> None:
        super().__init__(message, request=request)


class APIResponseValidationError(APIError):
    """A 2xx response could not be read, or (in strict mode) does not match the spec.

    ``body`` keeps the raw response text so nothing is lost; ``errors`` lists each deviation as
    ``{"loc": (...), "msg": ..., "type": ...}``, ``loc`` being its path in the JSON body (shown
    as ``$.features[0].bbox`` in the message).
    """

    def __init__(
        self,
        *,
        operation_id: str,
        response: httpx.Response,
        errors: list[dict[str, Any]],
    ) -> None:
        self.operation_id = operation_id
        self.response = response
        self.status_code = response.status_code
        self.body = response.text
        self.errors = errors
        fields = "; ".join(f"{json_path(e.get('loc', ()))}: {e.get('msg', '')}" for e in errors[:5])
        more = f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""
        super().__init__(
            f"Response {response.status_code} of {operation_label(operation_id)} does not match "
            f"the spec: {fields}{more}",
            request=response.request,
        )


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(response: httpx.Response, *, operation_id: str | None = None) -> APIStatusError:
    """Build the typed error for a non-2xx ``response``."""
    cls = _STATUS_ERRORS.get(response.status_code)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else APIStatusError
    return cls(response, operation_id=operation_id)


def _excerpt(value: Any, limit: int = 500) -> str:
    """``value`` as compact JSON (or text), cut to ``limit`` characters."""
    text = (
        value if isinstance(value, str) else json.dumps(value, separators=(",", ":"), default=str)
    )
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def json_path(parts: Any) -> str:
    """``("features", 0, "bbox")`` as ``$.features[0].bbox``."""
    text = "$"
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text


def json_type(value: object) -> str:
    """The JSON type name of a decoded value (``integer`` and ``number`` told apart)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object" if isinstance(value, dict) else type(value).__name__


def _scalar_text(value: Any) -> str | None:
    """``code``/``message`` as text when the server sent a string or a number; other shapes
    stay reachable on ``body`` only (turning them into text could be huge or recurse)."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _json_or_text(response: httpx.Response) -> Any:
    """The error body: decoded JSON, else its text (not JSON, or nested too deeply to decode)."""
    try:
        response.read()
        return json.loads(response.content) if response.content else None
    except (ValueError, RecursionError, httpx.StreamError):
        try:
            return response.text
        except httpx.StreamError:
            return None
