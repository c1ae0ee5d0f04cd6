"""Client settings and their defaults; a header value (the API key) checked before any request."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from typing import Any

import httpx

from ._retry import RetryPolicy

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
    "ClientOptions",
    "check_header_value",
    "resolve_timeout",
]

DEFAULT_BASE_URL = "https://api.pixxel.space"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
"""Read, write and pool timeouts of 60 s and a connect timeout of 10 s."""
DEFAULT_MAX_RETRIES = 2


def resolve_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    """A timeout is always set: ``None`` means the default, never 'wait forever'."""
    if timeout is None:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if timeout <= 0:
        raise ValueError(f"timeout must be a positive number of seconds, got {timeout!r}")
    return httpx.Timeout(
        float(timeout), connect=min(float(timeout), DEFAULT_TIMEOUT.connect or 10.0)
    )


@dataclass(frozen=True, slots=True)
class ClientOptions:
    """Everything a client needs to send requests, shared by the sync and async clients."""

    api_key: str
    base_url: str
    timeout: httpx.Timeout
    retry: RetryPolicy
    strict_response_validation: bool = False
    """Check every 2xx JSON body against the spec's JSON Schema (see ``_strict``)."""

    @classmethod
    def build(
        cls,
        *,
        api_key: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        strict_response_validation: bool = False,
    ) -> ClientOptions:
        api_key = api_key if api_key is not None else os.environ.get("PIXXEL_API_KEY")
        if not api_key:
            raise ValueError(
                "No API key: pass api_key=... or set the PIXXEL_API_KEY environment variable. "
                "Keys are created per service account in the Aurora platform."
            )
        check_header_value("Authorization", api_key, "api_key")
        base_url = base_url or os.environ.get("PIXXEL_BASE_URL") or DEFAULT_BASE_URL
        if not base_url.startswith(("http://", "https://")):
            raise ValueError(f"base_url must start with http:// or https://, got {base_url!r}")
        return cls(
            api_key=api_key,
            base_url=base_url.rstrip("/"),
            timeout=resolve_timeout(timeout),
            retry=RetryPolicy(max_retries=_check_retries(max_retries)),
            strict_response_validation=bool(strict_response_validation),
        )

    def override(
        self,
        *,
        timeout: Any = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ClientOptions:
        options = self
        if strict_response_validation is not None:
            options = replace(options, strict_response_validation=bool(strict_response_validation))
        if timeout is not None:
            options = replace(options, timeout=resolve_timeout(timeout))
        if max_retries is not None:
            options = replace(
                options, retry=replace(options.retry, max_retries=_check_retries(max_retries))
            )
        return options


def _check_retries(max_retries: int | None) -> int:
    if max_retries is None:
        return DEFAULT_MAX_RETRIES
    if max_retries < 0:
        raise ValueError(f"max_retries must be 0 or more, got {max_retries!r}")
    return max_retries


def check_header_value(name: str, value: str, argument: str) -> None:
    """Raise ``ValueError`` when ``value`` cannot be sent as an HTTP header value.

    The message says what is wrong and where, never the value itself (it may be a secret).
    """
    if not isinstance(value, str):
        raise TypeError(f"{argument} must be a string, got {type(value).__name__}")
    problem = None
    if value != value.strip():
        edge = "starts" if value[:1].isspace() else "ends"
        problem = f"{edge} with whitespace (a stray space or newline?)"
    else:
        for index, char in enumerate(value):
            if char in "\r\n" or (ord(char) < 0x20 and char != "\t") or ord(char) == 0x7F:
                problem = f"holds a control character ({char!r}) at position {index}"
                break
            if ord(char) > 0x7E:
                problem = f"holds a non-ASCII character at position {index}"
                break
    if problem:
        raise ValueError(
            f"{argument} {problem}: it cannot be sent as the {name} header. "
            "Check how the value was copied or read."
        )
