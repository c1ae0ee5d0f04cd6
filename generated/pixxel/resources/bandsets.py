"""``client.bandsets``: Band sets that tasking orders capture."""

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
from ..api.bandset import list_bandsets

__all__ = [
    "AsyncBandsets",
    "AsyncBandsetsWithRawResponse",
    "Bandsets",
    "BandsetsWithRawResponse",
]


class Bandsets(SyncAPIResource):
    """Band sets that tasking orders capture."""

    @cached_property
    def with_raw_response(self) -> BandsetsWithRawResponse:
        """The same calls, returning a ``RawResponse`` (status, headers, body; ``.parse()``)."""
        return BandsetsWithRawResponse(self)

    def list(
        self,
    ) -> models.BandsetList:
        """List all bandsets.

        Returns every band set the caller can order, both Pixxel's default sets and the
        organization's custom ones. Copy a band set's `id` into `order_items[].bandset.bandset_id`
        when placing a tasking order.

        The list is not paged.

        ``GET /v0/bandsets`` (operation ``listBandsets``).
        """
        return self._send(
            OPERATIONS["listBandsets"],
            list_bandsets.build_request(),
        )


class AsyncBandsets(AsyncAPIResource):
    """Band sets that tasking orders capture. (asyncio)"""

    @cached_property
    def with_raw_response(self) -> AsyncBandsetsWithRawResponse:
        """The same calls, returning a ``RawResponse`` (status, headers, body; ``.parse()``)."""
        return AsyncBandsetsWithRawResponse(self)

    async def list(
        self,
    ) -> models.BandsetList:
        """List all bandsets.

        Returns every band set the caller can order, both Pixxel's default sets and the
        organization's custom ones. Copy a band set's `id` into `order_items[].bandset.bandset_id`
        when placing a tasking order.

        The list is not paged.

        ``GET /v0/bandsets`` (operation ``listBandsets``).
        """
        return await self._send(
            OPERATIONS["listBandsets"],
            list_bandsets.build_request(),
        )


class BandsetsWithRawResponse:
    """``client.bandsets.with_raw_response``: each call returns a ``RawResponse``."""

    def __init__(self, resource: Bandsets) -> None:
        self.list = raw_method(resource.list)


class AsyncBandsetsWithRawResponse:
    """``client.bandsets.with_raw_response`` (asyncio): each call returns a ``RawResponse``."""

    def __init__(self, resource: AsyncBandsets) -> None:
        self.list = async_raw_method(resource.list)
