"""How a download reads the bytes: through the client's pool, or straight from a socket.

Downloads go through the ``httpx`` pool the client sends with, so whatever the user configured on
their ``http_client`` (proxy, certificates, mounts, a mock transport) applies to them too. An
``httpx.AsyncClient`` is driven from the download's worker thread on the caller's event loop.

The one exception is a faster path with ``http.client``: it reads the body in large steps
(``read1``, one socket read each) and on a fast link moves more data per second than httpx's
stream, whose parser copies every chunk several times (see bench/). It is taken only where it cannot
bypass anything: the pool is one the SDK created itself (see :func:`mark_own_pool`), no proxy is
set in the environment, and the request carries no API credentials; it trusts the certificates
such a pool trusts (``SSL_CERT_FILE``/``SSL_CERT_DIR``, else certifi). It never
follows a redirect from ``https`` to ``http``.
"""

from __future__ import annotations

import http.client
import os
import ssl
import urllib.request
import weakref
from collections.abc import AsyncIterator, Coroutine, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal, TypeVar
from urllib.parse import urljoin, urlsplit

import httpx

if TYPE_CHECKING:
    import asyncio

__all__ = [
    "TRANSPORT_ERRORS",
    "Engine",
    "InsecureRedirectError",
    "Pool",
    "ResponseStream",
    "mark_own_pool",
    "open_body",
]

Engine = Literal["auto", "httpx", "stdlib"]
Pool = httpx.Client | httpx.AsyncClient
BUFFER_SIZE = 1 << 20
DEFAULT_TIMEOUT = 60.0
"""Seconds the stdlib path waits when the request names no timeout (the client's default)."""
MAX_REDIRECTS = 5
ERROR_BODY_LIMIT = 1 << 16
TRANSPORT_ERRORS: tuple[type[BaseException], ...] = (
    httpx.TransportError,
    OSError,
    http.client.HTTPException,
)
"""Errors that mean 'the transfer broke': resume or restart it."""

_own_pools: weakref.WeakSet[Any] = weakref.WeakSet()

T = TypeVar("T")


def mark_own_pool(pool: Pool) -> None:
    """Record that the SDK created ``pool`` with default settings (no user configuration)."""
    _own_pools.add(pool)


class InsecureRedirectError(Exception):
    """A redirect from ``https`` to ``http`` was refused."""


class ResponseStream:
    """A response being read: status, headers, and the body in chunks."""

    status_code: int
    headers: httpx.Headers
    url: str

    def chunks(self) -> Iterator[bytes | memoryview]:
        """The raw body; a yielded buffer is only valid until the next one is asked for."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def read_head(self, limit: int = ERROR_BODY_LIMIT) -> bytes:
        """Up to ``limit`` raw bytes of the body (for error messages)."""
        data = bytearray()
        for chunk in self.chunks():
            data += chunk
            if len(data) >= limit:
                break
        return bytes(data[:limit])

    def as_response(self, request: httpx.Request) -> httpx.Response:
        """An ``httpx.Response`` with the start of this body: what a typed API error needs."""
        return httpx.Response(
            self.status_code, headers=self.headers, content=self.read_head(), request=request
        )


class _HttpxStream(ResponseStream):
    def __init__(self, response: httpx.Response) -> None:
        self._response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.url = str(response.url)

    def chunks(self) -> Iterator[bytes]:
        if self._response.is_stream_consumed:  # a transport that hands back a read response
            return iter((self._response.content,))
        _widen_reads(self._response)
        return self._response.iter_raw()

    def close(self) -> None:
        self._response.close()


class _BridgedStream(ResponseStream):
    """A response of an ``httpx.AsyncClient``, read from a worker thread via the client's loop."""

    def __init__(self, response: httpx.Response, loop: asyncio.AbstractEventLoop) -> None:
        self._response = response
        self._loop = loop
        self.status_code = response.status_code
        self.headers = response.headers
        self.url = str(response.url)

    def chunks(self) -> Iterator[bytes]:
        if self._response.is_stream_consumed:
            yield self._response.content
            return
        _widen_reads(self._response)
        raw = self._response.aiter_raw()
        while True:
            try:
                yield _on_loop(self._loop, _next(raw))
            except StopAsyncIteration:
                return

    def close(self) -> None:
        _on_loop(self._loop, self._response.aclose())


async def _next(iterator: AsyncIterator[T]) -> T:
    return await iterator.__anext__()


def _on_loop(loop: asyncio.AbstractEventLoop, coroutine: Coroutine[Any, Any, T]) -> T:
    import asyncio  # here, not at the top: `import pixxel` stays free of asyncio

    return asyncio.run_coroutine_threadsafe(coroutine, loop).result()


class _StdlibStream(ResponseStream):
    def __init__(
        self, connection: http.client.HTTPConnection, response: http.client.HTTPResponse, url: str
    ) -> None:
        self._connection = connection
        self._response = response
        self.status_code = response.status
        self.headers = httpx.Headers(response.getheaders())
        self.url = url

    def chunks(self) -> Iterator[bytes]:
        # read1: at most one read from the socket, so every byte that arrived is handed on
        # before a stall times out (readinto would wait to fill its buffer and, on a timeout,
        # drop what it had read, and the next attempt could not resume from it).
        while chunk := self._response.read1(BUFFER_SIZE):
            yield chunk

    def close(self) -> None:
        self._connection.close()


def open_body(
    pool: Pool,
    request: httpx.Request,
    engine: Engine,
    loop: asyncio.AbstractEventLoop | None = None,
    timeout: httpx.Timeout | None = None,
) -> ResponseStream:
    """Send ``request`` and return its response with the body still unread.

    An ``httpx.AsyncClient`` needs ``loop``, the running loop it belongs to (this function is
    called from a worker thread, never from that loop's own thread). Every transfer has a
    timeout: the request's own (an API request carries its call's), else ``timeout`` (the
    client's), else the pool's; a request to a signed URL is built without one, and httpx would
    then wait forever.
    """
    if "timeout" not in request.extensions:
        request.extensions["timeout"] = (timeout or pool.timeout).as_dict()
    if engine == "stdlib" or (engine == "auto" and stdlib_can_send(pool, request)):
        return _send_stdlib(request)
    if isinstance(pool, httpx.AsyncClient):
        if loop is None:
            raise TypeError("an httpx.AsyncClient needs its event loop")
        return _BridgedStream(_on_loop(loop, pool.send(request, stream=True)), loop)
    return _HttpxStream(pool.send(request, stream=True))


def stdlib_can_send(pool: Pool, request: httpx.Request) -> bool:
    """Whether the faster stdlib path would send ``request`` exactly as ``pool`` would."""
    if pool not in _own_pools:
        return False  # the user's pool: its proxy, certificates, mounts or transport apply
    if request.url.scheme not in ("http", "https") or "authorization" in request.headers:
        return False
    return not urllib.request.getproxies()


def _tls_context() -> ssl.SSLContext:
    """The certificates a default httpx pool trusts, chosen the same way (httpx 0.28)."""
    return _tls_context_for(os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))


@lru_cache(maxsize=4)
def _tls_context_for(cafile: str | None, capath: str | None) -> ssl.SSLContext:
    if cafile:
        return ssl.create_default_context(cafile=cafile)
    if capath:
        return ssl.create_default_context(capath=capath)
    import certifi  # the CA bundle httpx trusts by default

    return ssl.create_default_context(cafile=certifi.where())


def _timeouts(request: httpx.Request) -> tuple[float | None, float | None]:
    """(connect, read) seconds from the request's httpx timeout: the same limits httpx keeps.

    ``None`` waits forever, as in httpx; a request without a timeout gets :data:`DEFAULT_TIMEOUT`.
    """
    limits = request.extensions.get("timeout")
    if not isinstance(limits, dict):
        return DEFAULT_TIMEOUT, DEFAULT_TIMEOUT
    return limits.get("connect"), limits.get("read")


def _send_stdlib(request: httpx.Request) -> ResponseStream:
    url = str(request.url)
    headers = {
        k: v for k, v in request.headers.items() if k.lower() not in ("host", "content-length")
    }
    connect, read = _timeouts(request)
    for _ in range(MAX_REDIRECTS + 1):
        parts = urlsplit(url)
        connection: http.client.HTTPConnection
        if parts.scheme == "https":
            connection = http.client.HTTPSConnection(
                parts.netloc, timeout=connect, context=_tls_context()
            )
        else:
            connection = http.client.HTTPConnection(parts.netloc, timeout=connect)
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        try:
            connection.connect()
            assert connection.sock is not None
            connection.sock.settimeout(read)  # every later send and receive, as httpx's read
            connection.request(request.method, target, headers=headers)
            response = connection.getresponse()
        except BaseException:
            connection.close()
            raise
        location = response.getheader("location")
        if response.status in (301, 302, 303, 307, 308) and location:
            connection.close()
            following = urljoin(url, location)
            if parts.scheme == "https" and urlsplit(following).scheme != "https":
                raise InsecureRedirectError(
                    f"refused a redirect from https to {urlsplit(following).scheme or 'a relative'}"
                    f" URL on {urlsplit(following).hostname or parts.hostname}"
                )
            url = following
            continue
        return _StdlibStream(connection, response, url)
    raise http.client.HTTPException(f"more than {MAX_REDIRECTS} redirects")


READ_SIZE = 1 << 20


def _widen_reads(response: httpx.Response) -> None:
    """Read this body from the socket in 1 MiB steps instead of httpcore's 64 KiB.

    Each read costs a trip through httpcore and h11; on a fast link the 64 KiB steps cap a
    download well below what the network gives (see bench/). This reaches into httpcore's
    connection object for this one response, so it is a pure optimisation: when the internals
    differ (another httpcore, HTTP/2, a mock transport) nothing is changed.
    """
    layer: Any = response.stream
    for _ in range(6):  # httpx stream -> httpcore pool stream -> connection stream -> connection
        if isinstance(getattr(layer, "READ_NUM_BYTES", None), int):
            layer.READ_NUM_BYTES = max(layer.READ_NUM_BYTES, READ_SIZE)
            return
        layer = next(
            (
                getattr(layer, name)
                for name in ("_stream", "_httpcore_stream", "_connection")
                if hasattr(layer, name)
            ),
            None,
        )
        if layer is None:
            return
