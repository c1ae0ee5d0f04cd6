"""``client.search``: Search satellite imagery over an area and a time range."""

from __future__ import annotations

import builtins
from datetime import datetime
from functools import cached_property
from typing import Any

from .. import models
from .._operations import OPERATIONS
from .._runtime._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_raw_method,
    body_of,
    raw_method,
)
from .._runtime._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..api.search import search_images

__all__ = [
    "AsyncSearch",
    "AsyncSearchWithRawResponse",
    "Search",
    "SearchWithRawResponse",
]


class Search(SyncAPIResource):
    """Search satellite imagery over an area and a time range."""

    @cached_property
    def with_raw_response(self) -> SearchWithRawResponse:
        """The same calls, returning a ``RawResponse`` (status, headers, body; ``.parse()``)."""
        return SearchWithRawResponse(self)

    def images(
        self,
        *,
        start_date: str | datetime,
        end_date: str | datetime,
        satellites: builtins.list[models.SearchSatellite | dict[str, Any]] | NotGiven = NOT_GIVEN,
        satellite: models.SearchSatellite | dict[str, Any] | NotGiven = NOT_GIVEN,
        filters: builtins.list[models.SearchFilter | dict[str, Any]] | NotGiven = NOT_GIVEN,
        geometry: models.Geometry | dict[str, Any] | NotGiven | None = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
    ) -> models.SearchResponse:
        """Search satellite images.

        Searches the imagery of one or more satellite collections between two dates, optionally
        inside a geometry and under metadata filters such as cloud cover. The call only reads, so it
        is safe to retry.

        The pages disagree on several points; the choices made here: - Satellites: the generated
        "Pixxel API" reference sends `satellites`, an array of `{collection_id, satellite_id}`; the
        developer guide's sample sends a single object under `satellite`. Both properties exist and
        at least one is required; the SDK sends `satellites`, which the full request example uses. -
        Required fields: the generated reference requires `start_date`, `end_date`, `satellites` and
        `geometry`; the developer guide marks the dates and the geometry optional. Both samples send
        the dates, so they are required here; `geometry` is optional and nullable because the
        generated reference's own example sends `"geometry": null`. - Results: `items` is an object
        whose content depends on the collection and satellite searched; the documentation does not
        describe it. - Paging: the generated reference's text says results are paged with a
        `next_token` cursor (for the Planetary and Element providers), but neither the request
        fields nor the response example carry one; the example response has `pagination: {limit,
        skip, total}`. The request takes only `limit`. Because no documented way to ask for a next
        page exists, no `x-pixxel-pagination` is declared; `SearchPagination` accepts an optional
        `next_token` in case the cursor appears there. - Errors: the developer guide shows 404 and
        500 bodies in the shared error shape.

        ``POST /v0/search`` (operation ``searchImages``).

        Args:
            start_date: Start of the acquisition time range (ISO 8601, e.g.
                `2023-04-18T11:56:49.865Z`).
            end_date: End of the acquisition time range, same format as `start_date`.
            satellites: Collections to search in.
            satellite: satellite
            filters: Range filters the images must pass, all of them.
            geometry: Area the images must cover, as GeoJSON. Optional; may be `null` for no spatial
                restriction. The developer guide also mentions a "Rectangle" type, which is not
                a GeoJSON type and is not accepted here.
            limit: Maximum number of results to return. No default is documented.
        """
        return self._send(
            OPERATIONS["searchImages"],
            search_images.build_request(
                body=body_of(
                    models.SearchRequest,
                    {
                        "start_date": start_date,
                        "end_date": end_date,
                        "satellites": satellites,
                        "satellite": satellite,
                        "filters": filters,
                        "geometry": geometry,
                        "limit": limit,
                    },
                ),
            ).extend(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncSearch(AsyncAPIResource):
    """Search satellite imagery over an area and a time range. (asyncio)"""

    @cached_property
    def with_raw_response(self) -> AsyncSearchWithRawResponse:
        """The same calls, returning a ``RawResponse`` (status, headers, body; ``.parse()``)."""
        return AsyncSearchWithRawResponse(self)

    async def images(
        self,
        *,
        start_date: str | datetime,
        end_date: str | datetime,
        satellites: builtins.list[models.SearchSatellite | dict[str, Any]] | NotGiven = NOT_GIVEN,
        satellite: models.SearchSatellite | dict[str, Any] | NotGiven = NOT_GIVEN,
        filters: builtins.list[models.SearchFilter | dict[str, Any]] | NotGiven = NOT_GIVEN,
        geometry: models.Geometry | dict[str, Any] | NotGiven | None = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
    ) -> models.SearchResponse:
        """Search satellite images.

        Searches the imagery of one or more satellite collections between two dates, optionally
        inside a geometry and under metadata filters such as cloud cover. The call only reads, so it
        is safe to retry.

        The pages disagree on several points; the choices made here: - Satellites: the generated
        "Pixxel API" reference sends `satellites`, an array of `{collection_id, satellite_id}`; the
        developer guide's sample sends a single object under `satellite`. Both properties exist and
        at least one is required; the SDK sends `satellites`, which the full request example uses. -
        Required fields: the generated reference requires `start_date`, `end_date`, `satellites` and
        `geometry`; the developer guide marks the dates and the geometry optional. Both samples send
        the dates, so they are required here; `geometry` is optional and nullable because the
        generated reference's own example sends `"geometry": null`. - Results: `items` is an object
        whose content depends on the collection and satellite searched; the documentation does not
        describe it. - Paging: the generated reference's text says results are paged with a
        `next_token` cursor (for the Planetary and Element providers), but neither the request
        fields nor the response example carry one; the example response has `pagination: {limit,
        skip, total}`. The request takes only `limit`. Because no documented way to ask for a next
        page exists, no `x-pixxel-pagination` is declared; `SearchPagination` accepts an optional
        `next_token` in case the cursor appears there. - Errors: the developer guide shows 404 and
        500 bodies in the shared error shape.

        ``POST /v0/search`` (operation ``searchImages``).

        Args:
            start_date: Start of the acquisition time range (ISO 8601, e.g.
                `2023-04-18T11:56:49.865Z`).
            end_date: End of the acquisition time range, same format as `start_date`.
            satellites: Collections to search in.
            satellite: satellite
            filters: Range filters the images must pass, all of them.
            geometry: Area the images must cover, as GeoJSON. Optional; may be `null` for no spatial
                restriction. The developer guide also mentions a "Rectangle" type, which is not
                a GeoJSON type and is not accepted here.
            limit: Maximum number of results to return. No default is documented.
        """
        return await self._send(
            OPERATIONS["searchImages"],
            search_images.build_request(
                body=body_of(
                    models.SearchRequest,
                    {
                        "start_date": start_date,
                        "end_date": end_date,
                        "satellites": satellites,
                        "satellite": satellite,
                        "filters": filters,
                        "geometry": geometry,
                        "limit": limit,
                    },
                ),
            ).extend(extra_headers, extra_query, extra_body, timeout),
        )


class SearchWithRawResponse:
    """``client.search.with_raw_response``: each call returns a ``RawResponse``."""

    def __init__(self, resource: Search) -> None:
        self.images = raw_method(resource.images)


class AsyncSearchWithRawResponse:
    """``client.search.with_raw_response`` (asyncio): each call returns a ``RawResponse``."""

    def __init__(self, resource: AsyncSearch) -> None:
        self.images = async_raw_method(resource.images)
