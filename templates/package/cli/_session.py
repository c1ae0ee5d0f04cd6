"""Settings of one ``pixxel`` run and the client built from them (lazily, on first call)."""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field
from typing import Any

import httpx

from .._client import Pixxel
from .._runtime._redact import REDACTED, redact_url
from ._exit import UsageError

SECRET_HEADERS = {"authorization", "cookie", "set-cookie", "proxy-authorization", "x-api-key"}


@dataclass
class Session:
    """The global options (``pixxel --api-key ... <resource> <command>``) and the client."""

    api_key: str | None = None
    base_url: str | None = None
    timeout: float | None = None
    max_retries: int | None = None
    debug: bool = False
    strict: bool = False
    """Responses checked against the spec (``strict_response_validation``)."""
    responses: list[httpx.Response] = field(default_factory=list)
    _client: Pixxel | None = None

    @property
    def client(self) -> Pixxel:
        """The client, built on first use over a pool that records (and may log) each exchange."""
        if self._client is None:
            self._check()
            hooks: dict[str, list[Any]] = {"response": [self._record]}
            if self.debug:
                hooks["request"] = [_log_request]
            http = httpx.Client(follow_redirects=True, event_hooks=hooks)
            try:
                self._client = Pixxel(
                    api_key=self.api_key,
                    base_url=self.base_url,
                    timeout=self.timeout,
                    max_retries=self.max_retries,
                    http_client=http,
                    strict_response_validation=self.strict,
                )
            except ValueError as error:  # the key cannot be sent as a header (never shown)
                http.close()
                problem = str(error).removeprefix("api_key ")
                raise UsageError(f"the API key (--api-key or PIXXEL_API_KEY) {problem}") from None
        return self._client

    def _check(self) -> None:
        """The global options, checked in the command line's words before any request."""
        if not (self.api_key if self.api_key is not None else os.environ.get("PIXXEL_API_KEY")):
            raise UsageError(
                "no API key: set PIXXEL_API_KEY, or give --api-key KEY before the resource "
                "(pixxel --api-key KEY aois list)"
            )
        base_url = self.base_url or os.environ.get("PIXXEL_BASE_URL")
        if base_url and not base_url.startswith(("http://", "https://")):
            where = "--base-url" if self.base_url else "PIXXEL_BASE_URL"
            raise UsageError(f"{where} must start with http:// or https://, got {base_url!r}")
        if self.timeout is not None and not self.timeout > 0:
            raise UsageError(f"--timeout must be more than 0 seconds, got {self.timeout:g}")
        if self.max_retries is not None and self.max_retries < 0:
            raise UsageError(f"--max-retries must be 0 or more, got {self.max_retries}")

    def last_body(self) -> Any:
        """The JSON body of the last API response, exactly as the server sent it."""
        for response in reversed(self.responses):
            if "json" in response.headers.get("content-type", "") or _looks_json(response):
                return json.loads(response.content) if response.content else None
        return None

    def _record(self, response: httpx.Response) -> None:
        # Only API answers are kept (for --json); file downloads are never read into memory here.
        if self._is_api(response):
            self.responses.append(response)
            del self.responses[:-2]
        if self.debug:
            _log_response(response)

    def _is_api(self, response: httpx.Response) -> bool:
        client = self._client
        return client is not None and str(response.request.url).startswith(client.base_url)

    def close(self) -> None:
        """Close the connection pool of the client, if one was built."""
        if self._client is not None:
            self._client.http.close()


def _looks_json(response: httpx.Response) -> bool:
    return response.is_stream_consumed and response.content[:1] in (b"{", b"[")


def _headers(headers: httpx.Headers) -> str:
    return ", ".join(
        f"{name}: {REDACTED if name.lower() in SECRET_HEADERS else value}"
        for name, value in headers.items()
    )


def _log_request(request: httpx.Request) -> None:
    print(
        f"debug: > {request.method} {redact_url(str(request.url))} [{_headers(request.headers)}]",
        file=sys.stderr,
    )


def _log_response(response: httpx.Response) -> None:
    print(
        f"debug: < {response.status_code} {redact_url(str(response.request.url))} "
        f"[{_headers(response.headers)}]",
        file=sys.stderr,
    )
