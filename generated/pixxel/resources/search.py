"""``client.search``: Search satellite imagery over an area and a time range."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import Any

from .. import models
from .._operations import OPERATIONS
from .._runtime._inputs import (
    DateTimeInput,
    GeometryInput,
    convert_input,
)
from .._runtime._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_raw_method,
    body_of,
    raw_method,
)
from .._runtime._types import NOT_GIVEN, NotGiven
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
        start_date: DateTimeInput,
        end_date: DateTimeInput,
        satellites: builtins.list[models.SearchSatellite | dict[str, Any]],
        geometry: GeometryInput,
        filters: builtins.list[models.SearchFilter | dict[str, Any]] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
    ) -> models.SearchResponse:
        """Search satellite images.

        Searches the imagery of one or more satellite collections between two dates, inside a
        geometry and optionally under metadata filters such as cloud cover. The call only reads, so
        it is safe to retry.

        `items` in the response is an object whose content depends on the collection and satellite
        searched. The response carries a `pagination` block, but the request takes only `limit`:
        there is no documented way to ask for a further page.

        ``POST /v0/search`` (operation ``searchImages``).

        Args:
            start_date: Start of the acquisition time range (ISO 8601, e.g.
                `2023-04-18T11:56:49.865Z`). Accepts a ``datetime`` (naive means UTC), a
                ``date`` or an ISO 8601 string; sent as RFC 3339 UTC.
            end_date: End of the acquisition time range, same format as `start_date`. Accepts a
                ``datetime`` (naive means UTC), a ``date`` or an ISO 8601 string; sent as RFC
                3339 UTC.
            satellites: Collections to search in, each named by its collection and satellite ids.
            geometry: Area the images must cover, as a GeoJSON geometry. Accepts a GeoJSON geometry
                (not a GeometryCollection) as a dict, a Feature or one-feature
                FeatureCollection, or any object with ``__geo_interface__`` (shapely, geopandas,
                pystac); checked before sending.
            filters: Range filters the images must pass, all of them.
            limit: Maximum number of results to return. No default is documented.
        """
        start_date = convert_input(start_date, "search.images", "start_date", {"kind": "date-time"})
        end_date = convert_input(
            end_date, "search.images", "end_date", {"kind": "date-time", "bound": "end"}
        )
        geometry = convert_input(
            geometry,
            "search.images",
            "geometry",
            {
                "kind": "geometry",
                "types": [
                    "Point",
                    "MultiPoint",
                    "LineString",
                    "MultiLineString",
                    "Polygon",
                    "MultiPolygon",
                ],
            },
        )
        return self._send(
            OPERATIONS["searchImages"],
            search_images.build_request(
                body=body_of(
                    models.SearchRequest,
                    "search.images",
                    {
                        "start_date": start_date,
                        "end_date": end_date,
                        "satellites": satellites,
                        "filters": filters,
                        "geometry": geometry,
                        "limit": limit,
                    },
                ),
            ),
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
        start_date: DateTimeInput,
        end_date: DateTimeInput,
        satellites: builtins.list[models.SearchSatellite | dict[str, Any]],
        geometry: GeometryInput,
        filters: builtins.list[models.SearchFilter | dict[str, Any]] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
    ) -> models.SearchResponse:
        """Search satellite images.

        Searches the imagery of one or more satellite collections between two dates, inside a
        geometry and optionally under metadata filters such as cloud cover. The call only reads, so
        it is safe to retry.

        `items` in the response is an object whose content depends on the collection and satellite
        searched. The response carries a `pagination` block, but the request takes only `limit`:
        there is no documented way to ask for a further page.

        ``POST /v0/search`` (operation ``searchImages``).

        Args:
            start_date: Start of the acquisition time range (ISO 8601, e.g.
                `2023-04-18T11:56:49.865Z`). Accepts a ``datetime`` (naive means UTC), a
                ``date`` or an ISO 8601 string; sent as RFC 3339 UTC.
            end_date: End of the acquisition time range, same format as `start_date`. Accepts a
                ``datetime`` (naive means UTC), a ``date`` or an ISO 8601 string; sent as RFC
                3339 UTC.
            satellites: Collections to search in, each named by its collection and satellite ids.
            geometry: Area the images must cover, as a GeoJSON geometry. Accepts a GeoJSON geometry
                (not a GeometryCollection) as a dict, a Feature or one-feature
                FeatureCollection, or any object with ``__geo_interface__`` (shapely, geopandas,
                pystac); checked before sending.
            filters: Range filters the images must pass, all of them.
            limit: Maximum number of results to return. No default is documented.
        """
        start_date = convert_input(start_date, "search.images", "start_date", {"kind": "date-time"})
        end_date = convert_input(
            end_date, "search.images", "end_date", {"kind": "date-time", "bound": "end"}
        )
        geometry = convert_input(
            geometry,
            "search.images",
            "geometry",
            {
                "kind": "geometry",
                "types": [
                    "Point",
                    "MultiPoint",
                    "LineString",
                    "MultiLineString",
                    "Polygon",
                    "MultiPolygon",
                ],
            },
        )
        return await self._send(
            OPERATIONS["searchImages"],
            search_images.build_request(
                body=body_of(
                    models.SearchRequest,
                    "search.images",
                    {
                        "start_date": start_date,
                        "end_date": end_date,
                        "satellites": satellites,
                        "filters": filters,
                        "geometry": geometry,
                        "limit": limit,
                    },
                ),
            ),
        )


class SearchWithRawResponse:
    """``client.search.with_raw_response``: each call returns a ``RawResponse``."""

    def __init__(self, resource: Search) -> None:
        self.images = raw_method(resource.images)


class AsyncSearchWithRawResponse:
    """``client.search.with_raw_response`` (asyncio): each call returns a ``RawResponse``."""

    def __init__(self, resource: AsyncSearch) -> None:
        self.images = async_raw_method(resource.images)
