"""How a download reads the bytes: through httpx, or straight from a socket with ``http.client``.

``http.client`` reads the body into one reused buffer (``readinto``): on a fast link it moves
about 1.5x more data per second than httpx's stream, whose parser copies every chunk several
times (see bench/). It is used for signed URLs when nothing calls for httpx: no proxy in the
environment and no API credentials on the request. Everything else goes through httpx.
"""

from __future__ import annotations

import http.client
import ssl
import urllib.request
from collections.abc import Iterator
from functools import lru_cache
from typing import Any, Literal
from urllib.parse import urljoin, urlsplit

import httpx

__all__ = ["TRANSPORT_ERRORS", "Body", "Engine", "open_body"]

Engine = Literal["auto", "httpx", "stdlib"]
BUFFER_SIZE = 1 << 20
READ_TIMEOUT = 60.0
MAX_REDIRECTS = 5
TRANSPORT_ERRORS: tuple[type[BaseException], ...] = (
    httpx.TransportError,
    OSError,
    http.client.HTTPException,
)
"""Errors that mean 'the transfer broke': resume or restart it."""


class Body:
    """A response being read: status, headers, and the body in chunks."""

    status_code: int
    headers: httpx.Headers
    url: str

    def chunks(self) -> Iterator[bytes | memoryview]:
        """The body; a yielded buffer is only valid until the next one is asked for."""
        raise NotImplementedError

    def text(self) -> str:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError


class _HttpxBody(Body):
    def __init__(self, response: httpx.Response) -> None:
        self._response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.url = str(response.url)

    def chunks(self) -> Iterator[bytes]:
        _widen_reads(self._response)
        return self._response.iter_raw()

    def text(self) -> str:
        self._response.read()
        return self._response.text

    def close(self) -> None:
        self._response.close()


class _StdlibBody(Body):
    def __init__(
        self, connection: http.client.HTTPConnection, response: http.client.HTTPResponse, url: str
    ) -> None:
        self._connection = connection
        self._response = response
        self.status_code = response.status
        self.headers = httpx.Headers(response.getheaders())
        self.url = url

    def chunks(self) -> Iterator[memoryview]:
        buffer = memoryview(bytearray(BUFFER_SIZE))
        while count := self._response.readinto(buffer):
            yield buffer[:count]

    def text(self) -> str:
        return self._response.read(1 << 16).decode("utf-8", errors="replace")

    def close(self) -> None:
        self._connection.close()


def open_body(http: httpx.Client, request: httpx.Request, engine: Engine) -> Body:
    """Send ``request`` and return its response with the body still unread."""
    if engine == "stdlib" or (engine == "auto" and _stdlib_can_send(request)):
        return _send_stdlib(request)
    return _HttpxBody(http.send(request, stream=True))


def _stdlib_can_send(request: httpx.Request) -> bool:
    if request.url.scheme not in ("http", "https") or "authorization" in request.headers:
        return False
    return not urllib.request.getproxies()


@lru_cache(maxsize=1)
def _tls_context() -> ssl.SSLContext:
    import certifi  # the CA bundle httpx trusts too

    return ssl.create_default_context(cafile=certifi.where())


def _send_stdlib(request: httpx.Request) -> Body:
    url = str(request.url)
    headers = {
        k: v for k, v in request.headers.items() if k.lower() not in ("host", "content-length")
    }
    for _ in range(MAX_REDIRECTS + 1):
        parts = urlsplit(url)
        connection: http.client.HTTPConnection
        if parts.scheme == "https":
            connection = http.client.HTTPSConnection(
                parts.netloc, timeout=READ_TIMEOUT, context=_tls_context()
            )
        else:
            connection = http.client.HTTPConnection(parts.netloc, timeout=READ_TIMEOUT)
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        try:
            connection.request(request.method, target, headers=headers)
            response = connection.getresponse()
        except BaseException:
            connection.close()
            raise
        location = response.getheader("location")
        if response.status in (301, 302, 303, 307, 308) and location:
            connection.close()
            url = urljoin(url, location)
            continue
        return _StdlibBody(connection, response, url)
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
