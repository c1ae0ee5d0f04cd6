"""``client.bandsets``: Band sets that tasking orders capture."""

from __future__ import annotations

from .. import models
from .._operations import OPERATIONS
from .._runtime._resource import AsyncAPIResource, SyncAPIResource
from ..api.bandset import list_bandsets

__all__ = ["AsyncBandsets", "Bandsets"]


class Bandsets(SyncAPIResource):
    """Band sets that tasking orders capture."""

    def list(
        self,
    ) -> models.BandsetList:
        """List all bandsets.

        Returns every band set the caller can order, both Pixxel's default sets and the
        organization's custom ones. Copy a band set's `id` into `order_items[].bandset.bandset_id`
        when placing a tasking order.

        The endpoint takes no query or path parameters and is not paged. The developer guide's field
        table calls `bands` an "array of string", but its own sample shows objects with `name` and
        `wavelength`; the schema follows the sample. The only documented example uses placeholder
        values (`"<string>"`, `123`).

        ``GET /v0/bandsets`` (operation ``listBandsets``).
        """
        return self._send(
            OPERATIONS["listBandsets"],
            list_bandsets.build_request(),
        )


class AsyncBandsets(AsyncAPIResource):
    """Band sets that tasking orders capture. (asyncio)"""

    async def list(
        self,
    ) -> models.BandsetList:
        """List all bandsets.

        Returns every band set the caller can order, both Pixxel's default sets and the
        organization's custom ones. Copy a band set's `id` into `order_items[].bandset.bandset_id`
        when placing a tasking order.

        The endpoint takes no query or path parameters and is not paged. The developer guide's field
        table calls `bands` an "array of string", but its own sample shows objects with `name` and
        `wavelength`; the schema follows the sample. The only documented example uses placeholder
        values (`"<string>"`, `123`).

        ``GET /v0/bandsets`` (operation ``listBandsets``).
        """
        return await self._send(
            OPERATIONS["listBandsets"],
            list_bandsets.build_request(),
        )
