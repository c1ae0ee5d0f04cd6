"""``client.archives``: The STAC archive of Pixxel imagery (collections and items)."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import Any

from .. import models
from .._operations import OPERATIONS
from .._runtime._inputs import (
    BboxInput,
    DateTimeRangeInput,
    GeometryInput,
    convert_input,
    path_argument,
)
from .._runtime._pagination import AsyncPaginator, PageRequest, SyncPaginator
from .._runtime._request import PreparedRequest
from .._runtime._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_raw_method,
    body_of,
    raw_method,
    raw_page_method,
)
from .._runtime._types import NOT_GIVEN, NotGiven, given
from ..api.archives import (
    get_collection,
    get_collection_item,
    list_collection_items,
    list_collections,
    search_archive,
)

__all__ = [
    "Archives",
    "ArchivesWithRawResponse",
    "AsyncArchives",
    "AsyncArchivesWithRawResponse",
]


class Archives(SyncAPIResource):
    """The STAC archive of Pixxel imagery (collections and items)."""

    @cached_property
    def with_raw_response(self) -> ArchivesWithRawResponse:
        """The same calls, returning a ``RawResponse`` (status, headers, body; ``.parse()``)."""
        return ArchivesWithRawResponse(self)

    def list_collections(
        self,
        *,
        ids: builtins.list[str] | None = None,
    ) -> models.StacCollectionList:
        """List all collections.

        Returns every STAC collection published in the archive (for example `pixxel-td-l2a`).

        The whole list comes back in one response.

        ``GET /v0/archives/collections`` (operation ``listCollections``).

        Args:
            ids: Restricts the list to these collection ids, sent as a comma-separated list.
        """
        return self._send(
            OPERATIONS["listCollections"],
            list_collections.build_request(
                ids=ids,
            ),
        )

    def get_collection(
        self,
        cid: str,
    ) -> models.StacCollection:
        """Get a collection.

        Fetches one STAC collection by its id.

        ``GET /v0/archives/collections/{cid}`` (operation ``getCollection``).

        Args:
            cid: Id of the STAC collection, e.g. `pixxel-td-l2a`.
        """
        cid = path_argument(cid, "archives.get_collection", "cid")
        return self._send(
            OPERATIONS["getCollection"],
            get_collection.build_request(
                cid=cid,
            ),
        )

    def list_items(
        self,
        cid: str,
    ) -> models.StacItemCollection:
        """List items in a collection.

        Returns the STAC items of one collection.

        Returns the items as a GeoJSON feature collection. No filters or paging are available here;
        use `POST /v0/archives/search` with `collections` to filter or page.

        ``GET /v0/archives/collections/{cid}/items`` (operation ``listCollectionItems``).

        Args:
            cid: Id of the STAC collection, e.g. `pixxel-td-l2a`.
        """
        cid = path_argument(cid, "archives.list_items", "cid")
        return self._send(
            OPERATIONS["listCollectionItems"],
            list_collection_items.build_request(
                cid=cid,
            ),
        )

    def get_item(
        self,
        cid: str,
        id: str,
    ) -> models.StacItem:
        """Get item.

        Fetches one STAC item by collection id and item id.

        ``GET /v0/archives/collections/{cid}/items/{id}`` (operation ``getCollectionItem``).

        Args:
            cid: Id of the STAC collection, e.g. `pixxel-td-l2a`.
            id: Id of the item inside the collection, e.g. `20201211_223832_CS25`.
        """
        cid = path_argument(cid, "archives.get_item", "cid")
        id = path_argument(id, "archives.get_item", "id")
        return self._send(
            OPERATIONS["getCollectionItem"],
            get_collection_item.build_request(
                cid=cid,
                id=id,
            ),
        )

    def search(
        self,
        *,
        datetime: DateTimeRangeInput | NotGiven = NOT_GIVEN,
        collections: builtins.list[str] | NotGiven = NOT_GIVEN,
        ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        intersects: GeometryInput | NotGiven = NOT_GIVEN,
        bbox: BboxInput | NotGiven = NOT_GIVEN,
        query: dict[str, Any] | NotGiven = NOT_GIVEN,
        sortby: builtins.list[models.StacSortBy | dict[str, Any]] | NotGiven = NOT_GIVEN,
        page_size: int | None = None,
        offset: int | None = None,
        limit: int | None = None,
    ) -> SyncPaginator[models.StacItem, models.StacItemCollection]:
        """Search all items.

        Searches STAC items across the archive by time interval, collections, item ids, geometry
        (`intersects`) or bounding box (`bbox`), and property filters (`query`, e.g. cloud cover or
        platform). Give either `intersects` or `bbox`.

        Paging travels in the body (`offset`, `limit`). The response carries no total count, so a
        client pages until it receives fewer than `limit` features.

        Returns a paginator: iterate it for every item over all pages (at most ``limit`` when given), or call ``.pages()`` for the page objects or ``.first_page()``.

        ``POST /v0/archives/search`` (operation ``searchArchive``).

        Args:
            datetime: ISO 8601 interval `start/end`, e.g.
                `2018-02-12T00:00:00Z/2018-03-18T12:31:12Z`. Accepts a ``datetime`` (naive means
                UTC), a ``date`` (the whole day), ``'2024'`` or ``'2024-02'`` (that year or
                month), an ISO 8601 string or interval, or a ``(start, end)`` pair whose open
                end is ``None`` or ``'..'``.
            collections: Collection ids to search, e.g. `pixxel-td-l2a`.
            ids: Item ids to restrict the search to.
            intersects: Accepts a GeoJSON geometry as a dict, a Feature or one-feature
                FeatureCollection, or any object with ``__geo_interface__`` (shapely, geopandas,
                pystac); checked before sending.
            bbox: Bounding box `[minLon, minLat, maxLon, maxLat]`. Accepts ``(min_lon, min_lat,
                max_lon, max_lat)`` or any object with ``__geo_interface__`` (its bounds).
            query: Property filters in the STAC query-extension form, e.g. `{"eo:cloud_cover":
                {"lt": 20}, "platform": {"eq": "TD1"}}`.
            sortby: Sort keys, applied in order.
            page_size: Items per request: the API's own page size (sent as ``limit``); the API's
                default when not given.
            offset: Number of items to skip, e.g. 0.
            limit: The most items the iterator yields over all pages (every item when not given).
        """
        datetime = convert_input(
            datetime, "archives.search", "datetime", {"kind": "datetime-interval"}
        )
        intersects = convert_input(
            intersects,
            "archives.search",
            "intersects",
            {
                "kind": "geometry",
                "types": [
                    "Point",
                    "MultiPoint",
                    "LineString",
                    "MultiLineString",
                    "Polygon",
                    "MultiPolygon",
                    "GeometryCollection",
                ],
            },
        )
        bbox = convert_input(bbox, "archives.search", "bbox", {"kind": "bbox"})

        def build(page: PageRequest) -> PreparedRequest[models.StacItemCollection]:
            return search_archive.build_request(
                body=body_of(
                    models.ArchiveSearchRequest,
                    "archives.search",
                    {
                        "datetime": datetime,
                        "collections": collections,
                        "ids": ids,
                        "intersects": intersects,
                        "bbox": bbox,
                        "query": query,
                        "sortby": sortby,
                        "limit": given(page.size),
                        "offset": given(page.offset),
                    },
                ),
            )

        return self._paginate(
            SyncPaginator,
            OPERATIONS["searchArchive"],
            build,
            PageRequest(offset=offset, size=page_size, limit=limit),
        )


class AsyncArchives(AsyncAPIResource):
    """The STAC archive of Pixxel imagery (collections and items). (asyncio)"""

    @cached_property
    def with_raw_response(self) -> AsyncArchivesWithRawResponse:
        """The same calls, returning a ``RawResponse`` (status, headers, body; ``.parse()``)."""
        return AsyncArchivesWithRawResponse(self)

    async def list_collections(
        self,
        *,
        ids: builtins.list[str] | None = None,
    ) -> models.StacCollectionList:
        """List all collections.

        Returns every STAC collection published in the archive (for example `pixxel-td-l2a`).

        The whole list comes back in one response.

        ``GET /v0/archives/collections`` (operation ``listCollections``).

        Args:
            ids: Restricts the list to these collection ids, sent as a comma-separated list.
        """
        return await self._send(
            OPERATIONS["listCollections"],
            list_collections.build_request(
                ids=ids,
            ),
        )

    async def get_collection(
        self,
        cid: str,
    ) -> models.StacCollection:
        """Get a collection.

        Fetches one STAC collection by its id.

        ``GET /v0/archives/collections/{cid}`` (operation ``getCollection``).

        Args:
            cid: Id of the STAC collection, e.g. `pixxel-td-l2a`.
        """
        cid = path_argument(cid, "archives.get_collection", "cid")
        return await self._send(
            OPERATIONS["getCollection"],
            get_collection.build_request(
                cid=cid,
            ),
        )

    async def list_items(
        self,
        cid: str,
    ) -> models.StacItemCollection:
        """List items in a collection.

        Returns the STAC items of one collection.

        Returns the items as a GeoJSON feature collection. No filters or paging are available here;
        use `POST /v0/archives/search` with `collections` to filter or page.

        ``GET /v0/archives/collections/{cid}/items`` (operation ``listCollectionItems``).

        Args:
            cid: Id of the STAC collection, e.g. `pixxel-td-l2a`.
        """
        cid = path_argument(cid, "archives.list_items", "cid")
        return await self._send(
            OPERATIONS["listCollectionItems"],
            list_collection_items.build_request(
                cid=cid,
            ),
        )

    async def get_item(
        self,
        cid: str,
        id: str,
    ) -> models.StacItem:
        """Get item.

        Fetches one STAC item by collection id and item id.

        ``GET /v0/archives/collections/{cid}/items/{id}`` (operation ``getCollectionItem``).

        Args:
            cid: Id of the STAC collection, e.g. `pixxel-td-l2a`.
            id: Id of the item inside the collection, e.g. `20201211_223832_CS25`.
        """
        cid = path_argument(cid, "archives.get_item", "cid")
        id = path_argument(id, "archives.get_item", "id")
        return await self._send(
            OPERATIONS["getCollectionItem"],
            get_collection_item.build_request(
                cid=cid,
                id=id,
            ),
        )

    def search(
        self,
        *,
        datetime: DateTimeRangeInput | NotGiven = NOT_GIVEN,
        collections: builtins.list[str] | NotGiven = NOT_GIVEN,
        ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        intersects: GeometryInput | NotGiven = NOT_GIVEN,
        bbox: BboxInput | NotGiven = NOT_GIVEN,
        query: dict[str, Any] | NotGiven = NOT_GIVEN,
        sortby: builtins.list[models.StacSortBy | dict[str, Any]] | NotGiven = NOT_GIVEN,
        page_size: int | None = None,
        offset: int | None = None,
        limit: int | None = None,
    ) -> AsyncPaginator[models.StacItem, models.StacItemCollection]:
        """Search all items.

        Searches STAC items across the archive by time interval, collections, item ids, geometry
        (`intersects`) or bounding box (`bbox`), and property filters (`query`, e.g. cloud cover or
        platform). Give either `intersects` or `bbox`.

        Paging travels in the body (`offset`, `limit`). The response carries no total count, so a
        client pages until it receives fewer than `limit` features.

        Returns a paginator: iterate it for every item over all pages (at most ``limit`` when given), or call ``.pages()`` for the page objects or ``.first_page()``.

        ``POST /v0/archives/search`` (operation ``searchArchive``).

        Args:
            datetime: ISO 8601 interval `start/end`, e.g.
                `2018-02-12T00:00:00Z/2018-03-18T12:31:12Z`. Accepts a ``datetime`` (naive means
                UTC), a ``date`` (the whole day), ``'2024'`` or ``'2024-02'`` (that year or
                month), an ISO 8601 string or interval, or a ``(start, end)`` pair whose open
                end is ``None`` or ``'..'``.
            collections: Collection ids to search, e.g. `pixxel-td-l2a`.
            ids: Item ids to restrict the search to.
            intersects: Accepts a GeoJSON geometry as a dict, a Feature or one-feature
                FeatureCollection, or any object with ``__geo_interface__`` (shapely, geopandas,
                pystac); checked before sending.
            bbox: Bounding box `[minLon, minLat, maxLon, maxLat]`. Accepts ``(min_lon, min_lat,
                max_lon, max_lat)`` or any object with ``__geo_interface__`` (its bounds).
            query: Property filters in the STAC query-extension form, e.g. `{"eo:cloud_cover":
                {"lt": 20}, "platform": {"eq": "TD1"}}`.
            sortby: Sort keys, applied in order.
            page_size: Items per request: the API's own page size (sent as ``limit``); the API's
                default when not given.
            offset: Number of items to skip, e.g. 0.
            limit: The most items the iterator yields over all pages (every item when not given).
        """
        datetime = convert_input(
            datetime, "archives.search", "datetime", {"kind": "datetime-interval"}
        )
        intersects = convert_input(
            intersects,
            "archives.search",
            "intersects",
            {
                "kind": "geometry",
                "types": [
                    "Point",
                    "MultiPoint",
                    "LineString",
                    "MultiLineString",
                    "Polygon",
                    "MultiPolygon",
                    "GeometryCollection",
                ],
            },
        )
        bbox = convert_input(bbox, "archives.search", "bbox", {"kind": "bbox"})

        def build(page: PageRequest) -> PreparedRequest[models.StacItemCollection]:
            return search_archive.build_request(
                body=body_of(
                    models.ArchiveSearchRequest,
                    "archives.search",
                    {
                        "datetime": datetime,
                        "collections": collections,
                        "ids": ids,
                        "intersects": intersects,
                        "bbox": bbox,
                        "query": query,
                        "sortby": sortby,
                        "limit": given(page.size),
                        "offset": given(page.offset),
                    },
                ),
            )

        return self._paginate(
            AsyncPaginator,
            OPERATIONS["searchArchive"],
            build,
            PageRequest(offset=offset, size=page_size, limit=limit),
        )


class ArchivesWithRawResponse:
    """``client.archives.with_raw_response``: each call returns a ``RawResponse``."""

    def __init__(self, resource: Archives) -> None:
        self.list_collections = raw_method(resource.list_collections)
        self.get_collection = raw_method(resource.get_collection)
        self.list_items = raw_method(resource.list_items)
        self.get_item = raw_method(resource.get_item)
        self.search = raw_page_method(resource.search)


class AsyncArchivesWithRawResponse:
    """``client.archives.with_raw_response`` (asyncio): each call returns a ``RawResponse``."""

    def __init__(self, resource: AsyncArchives) -> None:
        self.list_collections = async_raw_method(resource.list_collections)
        self.get_collection = async_raw_method(resource.get_collection)
        self.list_items = async_raw_method(resource.list_items)
        self.get_item = async_raw_method(resource.get_item)
