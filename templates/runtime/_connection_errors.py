"""Connection failures (no HTTP response), described so that a user can act on them.

A refused connection, a failed DNS lookup, a TLS problem, a reset or a timeout each name the host,
the port and the cause.
"""

from __future__ import annotations

import socket
import ssl

import httpx

__all__ = ["describe_transport_error"]

_TIMEOUT_PHASES: tuple[tuple[type[httpx.TimeoutException], str, str], ...] = (
    (httpx.ConnectTimeout, "connect", "connecting"),
    (httpx.ReadTimeout, "read", "waiting for the response"),
    (httpx.WriteTimeout, "write", "sending the request"),
    (httpx.PoolTimeout, "pool", "waiting for a free connection from the pool"),
)


def describe_transport_error(error: httpx.TransportError, request: httpx.Request) -> str:
    """``Cannot reach host:port: cause`` for a request that got no response."""
    url = request.url
    port = url.port or (443 if url.scheme == "https" else 80)
    return f"Cannot reach {url.host}:{port} ({request.method} {url.path}): {_cause(error, request)}"


def _cause(error: httpx.TransportError, request: httpx.Request) -> str:
    if isinstance(error, httpx.TimeoutException):
        timeouts = request.extensions.get("timeout") or {}
        for kind, key, phase in _TIMEOUT_PHASES:
            if isinstance(error, kind):
                seconds = timeouts.get(key)
                after = f" after {seconds:g} s" if isinstance(seconds, int | float) else ""
                return f"timed out{after} {phase}"
        return "timed out"
    for link in _chain(error):
        if isinstance(link, socket.gaierror):
            return f"DNS lookup failed ({link.strerror or link})"
        if isinstance(link, ConnectionRefusedError):
            return "connection refused (is the host and port right, and the service up?)"
        if isinstance(link, ssl.SSLError):
            reason = getattr(link, "verify_message", None) or getattr(link, "reason", None)
            return f"TLS error ({reason or link})"
        if isinstance(link, ConnectionResetError):
            return "connection reset by the server"
    text = str(error)
    lowered = text.lower()
    if any(
        s in lowered
        for s in (
            "name or service not known",
            "nodename nor servname",
            "name resolution",
            "getaddrinfo",
        )
    ):
        return f"DNS lookup failed ({text})"
    if "refused" in lowered:
        return "connection refused (is the host and port right, and the service up?)"
    if "ssl" in lowered or "certificate" in lowered or "tls" in lowered:
        return f"TLS error ({text})"
    if "reset" in lowered:
        return "connection reset by the server"
    if isinstance(error, httpx.RemoteProtocolError):
        return f"the server broke the HTTP exchange ({text or type(error).__name__})"
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def _chain(error: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    link: BaseException | None = error
    while link is not None and link not in seen:
        seen.append(link)
        link = link.__cause__ or link.__context__
    return seen
