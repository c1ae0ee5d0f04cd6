"""``client.system``: Service health."""

from __future__ import annotations

from functools import cached_property

from .. import models
from .._operations import OPERATIONS
from .._runtime._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_raw_method,
    raw_method,
)
from .._runtime._types import Body, Headers, Query, Timeout
from ..api.external import ping

__all__ = [
    "AsyncSystem",
    "AsyncSystemWithRawResponse",
    "System",
    "SystemWithRawResponse",
]


class System(SyncAPIResource):
    """Service health."""

    @cached_property
    def with_raw_response(self) -> SystemWithRawResponse:
        """The same calls, returning a ``RawResponse`` (status, headers, body; ``.parse()``)."""
        return SystemWithRawResponse(self)

    def ping(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
    ) -> models.PingResponse:
        """Ping server.

        Checks that the API is reachable. Undocumented: only the sidebar label "Ping Server" exists
        in the API reference, so the response body is unknown and modelled as a free-form object.

        ``GET /ping`` (operation ``ping``).
        """
        return self._send(
            OPERATIONS["ping"],
            ping.build_request().extend(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncSystem(AsyncAPIResource):
    """Service health. (asyncio)"""

    @cached_property
    def with_raw_response(self) -> AsyncSystemWithRawResponse:
        """The same calls, returning a ``RawResponse`` (status, headers, body; ``.parse()``)."""
        return AsyncSystemWithRawResponse(self)

    async def ping(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
    ) -> models.PingResponse:
        """Ping server.

        Checks that the API is reachable. Undocumented: only the sidebar label "Ping Server" exists
        in the API reference, so the response body is unknown and modelled as a free-form object.

        ``GET /ping`` (operation ``ping``).
        """
        return await self._send(
            OPERATIONS["ping"],
            ping.build_request().extend(extra_headers, extra_query, extra_body, timeout),
        )


class SystemWithRawResponse:
    """``client.system.with_raw_response``: each call returns a ``RawResponse``."""

    def __init__(self, resource: System) -> None:
        self.ping = raw_method(resource.ping)


class AsyncSystemWithRawResponse:
    """``client.system.with_raw_response`` (asyncio): each call returns a ``RawResponse``."""

    def __init__(self, resource: AsyncSystem) -> None:
        self.ping = async_raw_method(resource.ping)
