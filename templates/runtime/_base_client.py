"""The transport under ``Pixxel`` and ``AsyncPixxel``: requests, retries, errors, parsing."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import httpx

from ._connection_errors import describe_transport_error
from ._errors import APIConnectionError, APITimeoutError, status_error
from ._fetch import mark_own_pool
from ._logging import logger, setup_logging_from_env
from ._options import ClientOptions
from ._redact import redact_key, redact_url
from ._request import OperationInfo, PreparedRequest
from ._response import RawResponse, parse_response

__all__ = ["AsyncAPIClient", "RetryEvent", "SyncAPIClient"]

Self = TypeVar("Self", bound="BaseAPIClient")
ResultT = TypeVar("ResultT")
PoolT = TypeVar("PoolT", httpx.Client, httpx.AsyncClient)


class ConnectionPool(Generic[PoolT]):
    """The ``httpx`` client a Pixxel client sends through, created on first use.

    Building an ``httpx.Client`` loads the certificate bundle (about 0.05 s), so a client that
    creates its own pool does so on the first request, not in its constructor. Clients made by
    ``with_options`` share this object, hence the pool, whenever it is created.
    """

    __slots__ = ("_client", "_closed", "_factory")
    _client: PoolT | None
    _closed: bool
    _factory: Callable[[], PoolT]

    def __init__(self, factory: Callable[[], PoolT], given: PoolT | None) -> None:
        self._factory = factory
        self._client = given
        self._closed = False

    def get(self) -> PoolT:
        if self._client is None:
            if self._closed:
                raise RuntimeError("this Pixxel client has been closed")
            self._client = self._factory()
        return self._client

    def pop(self) -> PoolT | None:
        """Mark the pool closed; return the ``httpx`` client to close, if one was created."""
        self._closed = True
        return self._client


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


def _own_pool_factory(kind: type[PoolT]) -> Callable[[], PoolT]:
    def create() -> PoolT:
        http = kind(follow_redirects=True)
        mark_own_pool(http)  # downloads may use their faster stdlib path
        return http

    return create


class BaseAPIClient:
    """State and pure logic shared by the sync and async clients (no I/O here)."""

    _options: ClientOptions
    _on_retry: OnRetry | None
    _owns_http: bool
    _plain_pool: bool
    _fast_headers: httpx.Headers | None = None
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

    def _prepare_fast_path(self, http: httpx.Client | httpx.AsyncClient) -> httpx.Headers:
        """Precompute what every request on a pool we created carries.

        Such a pool has only httpx's default headers and no cookies, so a request can be built
        directly instead of through ``build_request``, which merges them again on every call.
        """
        headers = httpx.Headers(http.headers)
        headers.update(self._own_headers())
        self._fast_headers = headers
        self._fast_timeout = self._options.timeout.as_dict()
        return headers

    def _url(self, call: PreparedRequest[Any]) -> str:
        query = call.query_string
        return self._options.base_url + call.url + ("?" + query if query else "")

    def _build_request(
        self, http: httpx.Client | httpx.AsyncClient, call: PreparedRequest[Any]
    ) -> httpx.Request:
        timeout = call.timeout or self._options.timeout
        if self._plain_pool:
            fast_headers = self._fast_headers or self._prepare_fast_path(http)
            if call.headers or not call.authenticated:
                fast_headers = httpx.Headers(fast_headers)
                if not call.authenticated:
                    del fast_headers["Authorization"]
                fast_headers.update(call.headers)
            return httpx.Request(
                call.method,
                self._url(call),
                params=call.params or None,
                json=call.json,
                content=call.content,
                files=call.files,
                headers=fast_headers,
                extensions={
                    "timeout": self._fast_timeout if call.timeout is None else timeout.as_dict()
                },
            )
        # The call's headers (its Accept, the caller's extra_headers) win over the client's.
        headers = httpx.Headers(self._own_headers())
        if not call.authenticated:
            del headers["Authorization"]
        headers.update(call.headers)
        return http.build_request(
            call.method,
            self._url(call),
            params=call.params or None,
            json=call.json,
            content=call.content,
            files=call.files,
            headers=headers,
            timeout=timeout,
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
    ) -> APIConnectionError | ValueError:
        if isinstance(error, httpx.LocalProtocolError):
            # Raised before anything reached the network: a request httpx cannot send (a
            # header value with a newline...). A usage error, not a connection problem.
            return ValueError(f"The request cannot be sent: {error}")
        message = describe_transport_error(error, request)
        if isinstance(error, httpx.TimeoutException):
            return APITimeoutError(message, request=request)
        return APIConnectionError(message, request=request)

    def _copy(self: Self, options: ClientOptions) -> Self:
        """A client with other options over the same connection pool (which it does not own)."""
        clone = object.__new__(type(self))
        # Private state only: public attributes are cached resources bound to this client.
        clone.__dict__.update({k: v for k, v in self.__dict__.items() if k.startswith("_")})
        clone._options = options
        clone._owns_http = False
        clone._fast_headers = None  # prepared again, with the new options, on its first request
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
        self._pool = ConnectionPool(_own_pool_factory(httpx.Client), http_client)

    @property
    def _http(self) -> httpx.Client:
        return self._pool.get()

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
                delay = (
                    None
                    if isinstance(error, httpx.LocalProtocolError)
                    else self._retry_delay(info, attempt, None, error)
                )
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
        if self._owns_http and (http := self._pool.pop()) is not None:
            http.close()

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
        self._pool = ConnectionPool(_own_pool_factory(httpx.AsyncClient), http_client)

    @property
    def _http(self) -> httpx.AsyncClient:
        return self._pool.get()

    @property
    def http(self) -> httpx.AsyncClient:
        """The connection pool this client sends through."""
        return self._http

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
                delay = (
                    None
                    if isinstance(error, httpx.LocalProtocolError)
                    else self._retry_delay(info, attempt, None, error)
                )
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
            import asyncio  # imported here: `import pixxel` stays free of asyncio

            await asyncio.sleep(delay)

    async def close(self) -> None:
        """Close the connection pool (unless it was passed in by the caller)."""
        if self._owns_http and (http := self._pool.pop()) is not None:
            await http.aclose()

    async def __aenter__(self: Self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
