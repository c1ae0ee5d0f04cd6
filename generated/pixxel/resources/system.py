"""``client.system``: Service health."""

from __future__ import annotations

from .. import models
from .._operations import OPERATIONS
from .._runtime._resource import AsyncAPIResource, SyncAPIResource
from ..api.external import ping

__all__ = ["AsyncSystem", "System"]


class System(SyncAPIResource):
    """Service health."""

    def ping(
        self,
    ) -> models.PingResponse:
        """Ping server.

        Checks that the API is reachable. Undocumented: only the sidebar label "Ping Server" exists
        in the API reference, so the response body is unknown and modelled as a free-form object.

        ``GET /ping`` (operation ``ping``).
        """
        return self._send(
            OPERATIONS["ping"],
            ping.build_request(),
        )


class AsyncSystem(AsyncAPIResource):
    """Service health. (asyncio)"""

    async def ping(
        self,
    ) -> models.PingResponse:
        """Ping server.

        Checks that the API is reachable. Undocumented: only the sidebar label "Ping Server" exists
        in the API reference, so the response body is unknown and modelled as a free-form object.

        ``GET /ping`` (operation ``ping``).
        """
        return await self._send(
            OPERATIONS["ping"],
            ping.build_request(),
        )
