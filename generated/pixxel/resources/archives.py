"""``client.archives``: The STAC archive of Pixxel imagery (collections and items)."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import Any

from .. import models
from .._operations import OPERATIONS
from .._runtime._pagination import AsyncPaginator, PageRequest, SyncPaginator
from .._runtime._request import PreparedRequest
from .._runtime._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_raw_method,
    async_raw_page_method,
    body_of,
    raw_method,
    raw_page_method,
)
from .._runtime._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout, given
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
    ) -> models.StacCollectionList:
        """List all collections.

        Returns every STAC collection published in the archive (for example `pixxel-td-l2a`).

        The reference page shows one query parameter labelled "Collection IDs" but its name is not
        visible in the stored rendering. It is modelled here as `ids` (the usual STAC name, and the
        one the archive search body uses); treat the name as unconfirmed. No paging is documented:
        the whole list comes back in one response.

        ``GET /v0/archives/collections`` (operation ``listCollections``).

        Args:
            ids: Restricts the list to these collection ids. Labelled "Collection IDs" in the
                reference; the parameter name itself is not shown there, so `ids` is an
                assumption. Sent as a comma-separated list.
        """
        return self._send(
            OPERATIONS["listCollections"],
            list_collections.build_request(
                ids=ids,
            ).extend(extra_headers, extra_query, extra_body, timeout),
        )

    def get_collection(
        self,
        cid: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
    ) -> models.StacCollection:
        """Get a collection.

        Fetches one STAC collection by its id. The generated reference prints `stac_extensions` and
        `summaries` as `null`, the Mintlify reference as untyped ("any"), so both fields accept any
        JSON value including null.

        ``GET /v0/archives/collections/{cid}`` (operation ``getCollection``).

        Args:
            cid: Id of the STAC collection, e.g. `pixxel-td-l2a`.
        """
        return self._send(
            OPERATIONS["getCollection"],
            get_collection.build_request(
                cid=cid,
            ).extend(extra_headers, extra_query, extra_body, timeout),
        )

    def list_items(
        self,
        cid: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
    ) -> models.StacItemCollection:
        """List items in a collection.

        Returns the STAC items of one collection.

        Two versions of this page exist and disagree on the shape. The newer one returns a GeoJSON
        `FeatureCollection` (`type`, `features`) whose items carry `type`, `stac_version`,
        `proj:code` and `rd:product_level: L2A`; the older one returns `bbox`, `crs` and `features`,
        with items using `proj:epsg` and `rd:product_level: Level-2A` and a Point geometry holding
        polygon-shaped coordinates. Both are accepted: every wrapper key except `features` is
        optional, and item properties are open.

        No query parameters (paging, filters) are documented for this endpoint; use `POST
        /v0/archives/search` with `collections` to filter or page.

        Both stored renderings of the page are cut off inside the first item's `properties`. The
        examples complete each item from the matching version of the Get item page, whose item has
        identical values up to the cut; nothing after the `features` array is known.

        ``GET /v0/archives/collections/{cid}/items`` (operation ``listCollectionItems``).

        Args:
            cid: Id of the STAC collection, e.g. `pixxel-td-l2a`.
        """
        return self._send(
            OPERATIONS["listCollectionItems"],
            list_collection_items.build_request(
                cid=cid,
            ).extend(extra_headers, extra_query, extra_body, timeout),
        )

    def get_item(
        self,
        cid: str,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
    ) -> models.StacItem:
        """Get item.

        Fetches one STAC item by collection id and item id. The page exists in two versions (see
        `listCollectionItems`): the newer item uses `proj:code`, `altitude` and a Polygon geometry,
        the older one `proj:epsg`, `view:altitude`, `mission` and a Point geometry with polygon-
        shaped coordinates. Both are accepted.

        ``GET /v0/archives/collections/{cid}/items/{id}`` (operation ``getCollectionItem``).

        Args:
            cid: Id of the STAC collection, e.g. `pixxel-td-l2a`.
            id: Id of the item inside the collection, e.g. `20201211_223832_CS25`.
        """
        return self._send(
            OPERATIONS["getCollectionItem"],
            get_collection_item.build_request(
                cid=cid,
                id=id,
            ).extend(extra_headers, extra_query, extra_body, timeout),
        )

    def search(
        self,
        *,
        datetime_: str | NotGiven = NOT_GIVEN,
        collections: builtins.list[str] | NotGiven = NOT_GIVEN,
        ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        intersects: models.StacGeometry | dict[str, Any] | NotGiven = NOT_GIVEN,
        bbox: builtins.list[float] | NotGiven = NOT_GIVEN,
        query: dict[str, Any] | NotGiven = NOT_GIVEN,
        sortby: builtins.list[models.StacSortBy | dict[str, Any]] | NotGiven = NOT_GIVEN,
        limit: int | None = None,
        offset: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
    ) -> SyncPaginator[models.StacItem, models.StacItemCollection]:
        """Search all items.

        Searches STAC items across the archive by time interval, collections, item ids, geometry
        (`intersects`) or bounding box (`bbox`), and property filters (`query`, e.g. cloud cover or
        platform). The developer guide says to give either `intersects` or `bbox`; the reference
        example sends both, so the schema does not forbid it.

        Paging travels in the body (`offset`, `limit`). The response carries no total count, so a
        client pages until it receives fewer than `limit` features. The response uses the older
        item-collection shape (`bbox`, `crs`, `features`); see `listCollectionItems`.

        The developer guide shows `Authorization: Bearer <key>`; every reference page and the
        authentication guide use the raw key, which is what this spec's security scheme sends.

        The stored reference page is cut off inside the first item's `properties` (at `rd:s...`).
        The example completes the item from the older Get item page, which has the same values up to
        that point; nothing after the `features` array is known.

        Returns a paginator: iterate it for every item over all pages (at most ``limit`` when given), or call ``.pages()`` for the page objects or ``.first_page()``.

        ``POST /v0/archives/search`` (operation ``searchArchive``).

        Args:
            datetime_: ISO 8601 interval `start/end`, e.g.
                `2018-02-12T00:00:00Z/2018-03-18T12:31:12Z`.
            collections: Collection ids to search, e.g. `pixxel-td-l2a`.
            ids: Item ids to restrict the search to.
            intersects: intersects
            bbox: Bounding box `[minLon, minLat, maxLon, maxLat]`.
            query: Property filters in the STAC query-extension form, e.g. `{"eo:cloud_cover":
                {"lt": 20}, "platform": {"eq": "TD1"}}`. Printed as `{}` in the reference.
            sortby: Sort keys, applied in order.
            limit: Page size (10 in the examples; no default is documented).
            offset: Number of items to skip (0 in the examples; no default is documented).
        """

        def build(page: PageRequest) -> PreparedRequest[models.StacItemCollection]:
            return search_archive.build_request(
                body=body_of(
                    models.ArchiveSearchRequest,
                    {
                        "datetime": datetime_,
                        "collections": collections,
                        "ids": ids,
                        "intersects": intersects,
                        "bbox": bbox,
                        "query": query,
                        "sortby": sortby,
                        "limit": given(page.limit),
                        "offset": given(page.offset),
                    },
                ),
            ).extend(extra_headers, extra_query, extra_body, timeout)

        return self._paginate(
            SyncPaginator,
            OPERATIONS["searchArchive"],
            build,
            PageRequest(offset=offset, limit=limit),
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
    ) -> models.StacCollectionList:
        """List all collections.

        Returns every STAC collection published in the archive (for example `pixxel-td-l2a`).

        The reference page shows one query parameter labelled "Collection IDs" but its name is not
        visible in the stored rendering. It is modelled here as `ids` (the usual STAC name, and the
        one the archive search body uses); treat the name as unconfirmed. No paging is documented:
        the whole list comes back in one response.

        ``GET /v0/archives/collections`` (operation ``listCollections``).

        Args:
            ids: Restricts the list to these collection ids. Labelled "Collection IDs" in the
                reference; the parameter name itself is not shown there, so `ids` is an
                assumption. Sent as a comma-separated list.
        """
        return await self._send(
            OPERATIONS["listCollections"],
            list_collections.build_request(
                ids=ids,
            ).extend(extra_headers, extra_query, extra_body, timeout),
        )

    async def get_collection(
        self,
        cid: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
    ) -> models.StacCollection:
        """Get a collection.

        Fetches one STAC collection by its id. The generated reference prints `stac_extensions` and
        `summaries` as `null`, the Mintlify reference as untyped ("any"), so both fields accept any
        JSON value including null.

        ``GET /v0/archives/collections/{cid}`` (operation ``getCollection``).

        Args:
            cid: Id of the STAC collection, e.g. `pixxel-td-l2a`.
        """
        return await self._send(
            OPERATIONS["getCollection"],
            get_collection.build_request(
                cid=cid,
            ).extend(extra_headers, extra_query, extra_body, timeout),
        )

    async def list_items(
        self,
        cid: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
    ) -> models.StacItemCollection:
        """List items in a collection.

        Returns the STAC items of one collection.

        Two versions of this page exist and disagree on the shape. The newer one returns a GeoJSON
        `FeatureCollection` (`type`, `features`) whose items carry `type`, `stac_version`,
        `proj:code` and `rd:product_level: L2A`; the older one returns `bbox`, `crs` and `features`,
        with items using `proj:epsg` and `rd:product_level: Level-2A` and a Point geometry holding
        polygon-shaped coordinates. Both are accepted: every wrapper key except `features` is
        optional, and item properties are open.

        No query parameters (paging, filters) are documented for this endpoint; use `POST
        /v0/archives/search` with `collections` to filter or page.

        Both stored renderings of the page are cut off inside the first item's `properties`. The
        examples complete each item from the matching version of the Get item page, whose item has
        identical values up to the cut; nothing after the `features` array is known.

        ``GET /v0/archives/collections/{cid}/items`` (operation ``listCollectionItems``).

        Args:
            cid: Id of the STAC collection, e.g. `pixxel-td-l2a`.
        """
        return await self._send(
            OPERATIONS["listCollectionItems"],
            list_collection_items.build_request(
                cid=cid,
            ).extend(extra_headers, extra_query, extra_body, timeout),
        )

    async def get_item(
        self,
        cid: str,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
    ) -> models.StacItem:
        """Get item.

        Fetches one STAC item by collection id and item id. The page exists in two versions (see
        `listCollectionItems`): the newer item uses `proj:code`, `altitude` and a Polygon geometry,
        the older one `proj:epsg`, `view:altitude`, `mission` and a Point geometry with polygon-
        shaped coordinates. Both are accepted.

        ``GET /v0/archives/collections/{cid}/items/{id}`` (operation ``getCollectionItem``).

        Args:
            cid: Id of the STAC collection, e.g. `pixxel-td-l2a`.
            id: Id of the item inside the collection, e.g. `20201211_223832_CS25`.
        """
        return await self._send(
            OPERATIONS["getCollectionItem"],
            get_collection_item.build_request(
                cid=cid,
                id=id,
            ).extend(extra_headers, extra_query, extra_body, timeout),
        )

    def search(
        self,
        *,
        datetime_: str | NotGiven = NOT_GIVEN,
        collections: builtins.list[str] | NotGiven = NOT_GIVEN,
        ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        intersects: models.StacGeometry | dict[str, Any] | NotGiven = NOT_GIVEN,
        bbox: builtins.list[float] | NotGiven = NOT_GIVEN,
        query: dict[str, Any] | NotGiven = NOT_GIVEN,
        sortby: builtins.list[models.StacSortBy | dict[str, Any]] | NotGiven = NOT_GIVEN,
        limit: int | None = None,
        offset: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
    ) -> AsyncPaginator[models.StacItem, models.StacItemCollection]:
        """Search all items.

        Searches STAC items across the archive by time interval, collections, item ids, geometry
        (`intersects`) or bounding box (`bbox`), and property filters (`query`, e.g. cloud cover or
        platform). The developer guide says to give either `intersects` or `bbox`; the reference
        example sends both, so the schema does not forbid it.

        Paging travels in the body (`offset`, `limit`). The response carries no total count, so a
        client pages until it receives fewer than `limit` features. The response uses the older
        item-collection shape (`bbox`, `crs`, `features`); see `listCollectionItems`.

        The developer guide shows `Authorization: Bearer <key>`; every reference page and the
        authentication guide use the raw key, which is what this spec's security scheme sends.

        The stored reference page is cut off inside the first item's `properties` (at `rd:s...`).
        The example completes the item from the older Get item page, which has the same values up to
        that point; nothing after the `features` array is known.

        Returns a paginator: iterate it for every item over all pages (at most ``limit`` when given), or call ``.pages()`` for the page objects or ``.first_page()``.

        ``POST /v0/archives/search`` (operation ``searchArchive``).

        Args:
            datetime_: ISO 8601 interval `start/end`, e.g.
                `2018-02-12T00:00:00Z/2018-03-18T12:31:12Z`.
            collections: Collection ids to search, e.g. `pixxel-td-l2a`.
            ids: Item ids to restrict the search to.
            intersects: intersects
            bbox: Bounding box `[minLon, minLat, maxLon, maxLat]`.
            query: Property filters in the STAC query-extension form, e.g. `{"eo:cloud_cover":
                {"lt": 20}, "platform": {"eq": "TD1"}}`. Printed as `{}` in the reference.
            sortby: Sort keys, applied in order.
            limit: Page size (10 in the examples; no default is documented).
            offset: Number of items to skip (0 in the examples; no default is documented).
        """

        def build(page: PageRequest) -> PreparedRequest[models.StacItemCollection]:
            return search_archive.build_request(
                body=body_of(
                    models.ArchiveSearchRequest,
                    {
                        "datetime": datetime_,
                        "collections": collections,
                        "ids": ids,
                        "intersects": intersects,
                        "bbox": bbox,
                        "query": query,
                        "sortby": sortby,
                        "limit": given(page.limit),
                        "offset": given(page.offset),
                    },
                ),
            ).extend(extra_headers, extra_query, extra_body, timeout)

        return self._paginate(
            AsyncPaginator,
            OPERATIONS["searchArchive"],
            build,
            PageRequest(offset=offset, limit=limit),
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
        self.search = async_raw_page_method(resource.search)
