"""The transport under ``Pixxel`` and ``AsyncPixxel``: requests, retries, errors, parsing."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from ._errors import APIConnectionError, APITimeoutError, status_error
from ._logging import logger, setup_logging_from_env
from ._options import ClientOptions
from ._redact import redact_key, redact_url
from ._request import OperationInfo, PreparedRequest
from ._response import RawResponse, parse_response

__all__ = ["AsyncAPIClient", "RetryEvent", "SyncAPIClient"]

Self = TypeVar("Self", bound="BaseAPIClient")
ResultT = TypeVar("ResultT")


class RetryEvent:
    """What ``on_retry`` callbacks receive before each retry."""

    __slots__ = ("attempt", "delay", "error", "operation_id", "response")

    def __init__(
        self,
        *,
        operation_id: str,
        attempt: int,
        delay: float,
        response: httpx.Response | None,
        error: Exception | None,
    ) -> None:
        self.operation_id = operation_id
        self.attempt = attempt
        self.delay = delay
        self.response = response
        self.error = error

    def __repr__(self) -> str:
        cause = (
            self.response.status_code if self.response is not None else type(self.error).__name__
        )
        return f"<RetryEvent {self.operation_id} attempt={self.attempt} delay={self.delay:.2f}s cause={cause}>"


OnRetry = Callable[[RetryEvent], None]


class BaseAPIClient:
    """State and pure logic shared by the sync and async clients (no I/O here)."""

    _options: ClientOptions
    _on_retry: OnRetry | None
    _owns_http: bool
    _plain_pool: bool
    _fast_headers: httpx.Headers
    _fast_timeout: dict[str, float | None]

    def __init__(self, options: ClientOptions, on_retry: OnRetry | None, user_agent: str) -> None:
        setup_logging_from_env()
        self._options = options
        self._on_retry = on_retry
        self._user_agent = user_agent

    @property
    def base_url(self) -> str:
        return self._options.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._options.timeout

    @property
    def max_retries(self) -> int:
        return self._options.retry.max_retries

    def _own_headers(self) -> dict[str, str]:
        return {
            "Authorization": self._options.api_key,
            "User-Agent": self._user_agent,
            "Accept": "application/json",
        }

    def _prepare_fast_path(self, http: httpx.Client | httpx.AsyncClient) -> None:
        """Precompute what every request on a pool we created carries.

        Such a pool has only httpx's default headers and no cookies, so a request can be built
        directly instead of through ``build_request``, which merges them again on every call.
        """
        headers = httpx.Headers(http.headers)
        headers.update(self._own_headers())
        self._fast_headers = headers
        self._fast_timeout = self._options.timeout.as_dict()

    def _build_request(
        self, http: httpx.Client | httpx.AsyncClient, call: PreparedRequest[Any]
    ) -> httpx.Request:
        if self._plain_pool and not call.headers:
            return httpx.Request(
                call.method,
                self._options.base_url + call.url,
                params=call.params or None,
                json=call.json,
                headers=self._fast_headers,
                extensions={"timeout": self._fast_timeout},
            )
        headers = {**self._own_headers(), **call.headers}
        return http.build_request(
            call.method,
            self._options.base_url + call.url,
            params=call.params or None,
            json=call.json,
            headers=headers,
            timeout=self._options.timeout,
        )

    def _retry_delay(
        self,
        info: OperationInfo,
        attempt: int,
        response: httpx.Response | None,
        error: Exception | None,
    ) -> float | None:
        """Seconds to wait before resending, or ``None`` when this failure is final."""
        policy = self._options.retry
        if attempt > policy.max_retries:
            return None
        if response is not None and not policy.should_retry_response(response):
            return None
        if not policy.may_resend(info.method, info.retry_safe, error):
            return None
        delay = policy.delay(attempt, response)
        event = RetryEvent(
            operation_id=info.operation_id,
            attempt=attempt,
            delay=delay,
            response=response,
            error=error,
        )
        logger.info("retrying %r in %.2fs", event, delay)
        if self._on_retry is not None:
            self._on_retry(event)
        return delay

    @staticmethod
    def _log_response(response: httpx.Response, started: float) -> None:
        if not logger.isEnabledFor(logging.DEBUG):
            return  # redacting the URL costs more than the rest of the call's bookkeeping
        logger.debug(
            "%s %s -> %s in %.3fs",
            response.request.method,
            redact_url(str(response.request.url)),
            response.status_code,
            time.monotonic() - started,
        )

    def _finish(
        self,
        info: OperationInfo,
        call: PreparedRequest[Any],
        response: httpx.Response,
        raw: bool,
    ) -> Any:
        if not response.is_success:
            raise status_error(response, operation_id=info.operation_id)
        strict = self._options.strict_response_validation
        if raw:
            return RawResponse(info, call, response, strict=strict)
        return parse_response(info, call, response, strict=strict)

    @staticmethod
    def _connection_error(
        error: httpx.TransportError, request: httpx.Request
    ) -> APIConnectionError:
        if isinstance(error, httpx.TimeoutException):
            return APITimeoutError(request=request)
        return APIConnectionError(f"Connection error: {type(error).__name__}", request=request)

    def _copy(self: Self, options: ClientOptions) -> Self:
        """A client with other options over the same connection pool (which it does not own)."""
        clone = object.__new__(type(self))
        # Private state only: public attributes are cached resources bound to this client.
        clone.__dict__.update({k: v for k, v in self.__dict__.items() if k.startswith("_")})
        clone._options = options
        clone._owns_http = False
        if clone._plain_pool:
            clone._prepare_fast_path(clone.__dict__["_http"])
        return clone

    def __repr__(self) -> str:
        return f"<{type(self).__name__} base_url={self.base_url!r} api_key={redact_key(self._options.api_key)}>"


class SyncAPIClient(BaseAPIClient):
    """Blocking transport over one shared ``httpx.Client`` connection pool."""

    def __init__(
        self,
        options: ClientOptions,
        *,
        http_client: httpx.Client | None,
        on_retry: OnRetry | None,
        user_agent: str,
    ) -> None:
        super().__init__(options, on_retry, user_agent)
        self._owns_http = self._plain_pool = http_client is None
        self._http = http_client or httpx.Client(follow_redirects=True)
        if self._plain_pool:
            self._prepare_fast_path(self._http)

    @property
    def http(self) -> httpx.Client:
        """The connection pool this client sends through."""
        return self._http

    def http_request(self, call: PreparedRequest[Any]) -> httpx.Request:
        """The ``httpx.Request`` for ``call``, with the client's headers (for streamed downloads)."""
        return self._build_request(self._http, call)

    def request(
        self, info: OperationInfo, call: PreparedRequest[ResultT], *, raw: bool = False
    ) -> ResultT:
        """Send ``call`` with retries; return its parsed result (or a ``RawResponse``)."""
        attempt = 0
        while True:
            attempt += 1
            request = self._build_request(self._http, call)
            started = time.monotonic()
            try:
                response = self._http.send(request)
                self._log_response(response, started)
            except httpx.TransportError as error:
                delay = self._retry_delay(info, attempt, None, error)
                if delay is None:
                    raise self._connection_error(error, request) from error
            else:
                delay = (
                    self._retry_delay(info, attempt, response, None)
                    if not response.is_success
                    else None
                )
                if delay is None:
                    return self._finish(info, call, response, raw)  # type: ignore[no-any-return]
                response.close()
            time.sleep(delay)

    def close(self) -> None:
        """Close the connection pool (unless it was passed in by the caller)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self: Self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncAPIClient(BaseAPIClient):
    """Asyncio transport over one shared ``httpx.AsyncClient`` connection pool."""

    def __init__(
        self,
        options: ClientOptions,
        *,
        http_client: httpx.AsyncClient | None,
        on_retry: OnRetry | None,
        user_agent: str,
    ) -> None:
        super().__init__(options, on_retry, user_agent)
        self._owns_http = self._plain_pool = http_client is None
        self._http = http_client or httpx.AsyncClient(follow_redirects=True)
        if self._plain_pool:
            self._prepare_fast_path(self._http)

    def http_request(self, call: PreparedRequest[Any]) -> httpx.Request:
        """The ``httpx.Request`` for ``call``, with the client's headers (for streamed downloads)."""
        return self._build_request(self._http, call)

    async def request(
        self, info: OperationInfo, call: PreparedRequest[ResultT], *, raw: bool = False
    ) -> ResultT:
        """Send ``call`` with retries; return its parsed result (or a ``RawResponse``)."""
        attempt = 0
        while True:
            attempt += 1
            request = self._build_request(self._http, call)
            started = time.monotonic()
            try:
                response = await self._http.send(request)
                self._log_response(response, started)
            except httpx.TransportError as error:
                delay = self._retry_delay(info, attempt, None, error)
                if delay is None:
                    raise self._connection_error(error, request) from error
            else:
                delay = (
                    self._retry_delay(info, attempt, response, None)
                    if not response.is_success
                    else None
                )
                if delay is None:
                    return self._finish(info, call, response, raw)  # type: ignore[no-any-return]
                await response.aclose()
            await asyncio.sleep(delay)

    async def close(self) -> None:
        """Close the connection pool (unless it was passed in by the caller)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self: Self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
