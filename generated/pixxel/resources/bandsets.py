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
from .._runtime._types import Body, Headers, Query, Timeout
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
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
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
            list_bandsets.build_request().extend(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncBandsets(AsyncAPIResource):
    """Band sets that tasking orders capture. (asyncio)"""

    @cached_property
    def with_raw_response(self) -> AsyncBandsetsWithRawResponse:
        """The same calls, returning a ``RawResponse`` (status, headers, body; ``.parse()``)."""
        return AsyncBandsetsWithRawResponse(self)

    async def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
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
            list_bandsets.build_request().extend(extra_headers, extra_query, extra_body, timeout),
        )


class BandsetsWithRawResponse:
    """``client.bandsets.with_raw_response``: each call returns a ``RawResponse``."""

    def __init__(self, resource: Bandsets) -> None:
        self.list = raw_method(resource.list)


class AsyncBandsetsWithRawResponse:
    """``client.bandsets.with_raw_response`` (asyncio): each call returns a ``RawResponse``."""

    def __init__(self, resource: AsyncBandsets) -> None:
        self.list = async_raw_method(resource.list)
