"""``client.catalog``: Delivered imagery, its deliveries to stores and its downloads."""

from __future__ import annotations

import builtins
import os
from collections.abc import Callable
from functools import cached_property
from typing import Any, cast

import httpx

from .. import models
from .._operations import OPERATIONS
from .._runtime._download import (
    DownloadResult,
    ProgressCallback,
    download_file,
    download_file_async,
    signed_url_request,
)
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
from .._runtime._waiting import DEFAULT_POLL_INTERVAL, DEFAULT_TIMEOUT, wait_async, wait_sync
from ..api.catalog import (
    create_catalog_download,
    create_deliveries,
    get_catalog,
    get_catalog_download,
    list_deliveries,
    search_catalogs,
)

__all__ = [
    "AsyncCatalog",
    "AsyncCatalogWithRawResponse",
    "Catalog",
    "CatalogWithRawResponse",
]


class Catalog(SyncAPIResource):
    """Delivered imagery, its deliveries to stores and its downloads."""

    @cached_property
    def with_raw_response(self) -> CatalogWithRawResponse:
        """The same calls, returning a ``RawResponse`` (status, headers, body; ``.parse()``)."""
        return CatalogWithRawResponse(self)

    def list_deliveries(
        self,
    ) -> models.DeliveryList:
        """List all deliveries.

        Lists the deliveries of catalog imagery to cloud stores, each with its status.

        ``GET /v0/catalogs/deliveries`` (operation ``listDeliveries``).
        """
        return self._send(
            OPERATIONS["listDeliveries"],
            list_deliveries.build_request(),
        )

    def create_deliveries(
        self,
        *,
        deliveries: builtins.list[models.DeliveryCreate | dict[str, Any]],
    ) -> models.DeliveryList:
        """Create deliveries.

        Asks for catalog imagery to be copied to a cloud store. Each delivery names either catalog
        ids or order-item ids (fill one list; leave the other out or empty) and the target store.
        The copy runs asynchronously; the response lists one Delivery per catalog with its status.

        ``POST /v0/catalogs/deliveries`` (operation ``createDeliveries``).

        Args:
            deliveries: deliveries
        """
        return self._send(
            OPERATIONS["createDeliveries"],
            create_deliveries.build_request(
                body=body_of(
                    models.DeliveryRequest,
                    "catalog.create_deliveries",
                    {
                        "deliveries": deliveries,
                    },
                ),
            ),
        )

    def create_download(
        self,
        *,
        catalog_ids: builtins.list[str],
        order_item_ids: builtins.list[str],
    ) -> models.CatalogDownload:
        """Create a download resource.

        Creates a download resource for catalog imagery, named either by catalog ids or by order-
        item ids: send both lists, with the unused one empty. The signed URL is produced
        asynchronously: poll `getCatalogDownload` until `status` is `success`.

        ``POST /v0/catalogs/download`` (operation ``createCatalogDownload``).

        Args:
            catalog_ids: Catalog ids to download; empty when `order_item_ids` is used.
            order_item_ids: Order-item ids whose imagery to download; empty when `catalog_ids` is
                used.
        """
        return self._send(
            OPERATIONS["createCatalogDownload"],
            create_catalog_download.build_request(
                body=body_of(
                    models.CatalogDownloadRequest,
                    "catalog.create_download",
                    {
                        "catalog_ids": catalog_ids,
                        "order_item_ids": order_item_ids,
                    },
                ),
            ),
        )

    def get_download(
        self,
        download_id: str,
    ) -> models.CatalogDownload:
        """Get download status.

        Returns the current state of a download resource. `signed_url` is filled in only once
        `status` is `success`.

        ``GET /v0/catalogs/download/{download_id}`` (operation ``getCatalogDownload``).

        Args:
            download_id: Id of the download resource, as returned by `createCatalogDownload`.
        """
        download_id = path_argument(download_id, "catalog.get_download", "download_id")
        return self._send(
            OPERATIONS["getCatalogDownload"],
            get_catalog_download.build_request(
                download_id=download_id,
            ),
        )

    def search(
        self,
        *,
        datetime: DateTimeRangeInput | NotGiven = NOT_GIVEN,
        collections: builtins.list[str] | NotGiven = NOT_GIVEN,
        ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        item_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        order_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        order_item_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        intersects: GeometryInput | NotGiven = NOT_GIVEN,
        bbox: BboxInput | NotGiven = NOT_GIVEN,
        query: dict[str, Any] | NotGiven = NOT_GIVEN,
        sort_by: builtins.list[models.StacSortBy | dict[str, Any]] | NotGiven = NOT_GIVEN,
        page_size: int | None = None,
        offset: int | None = None,
        limit: int | None = None,
    ) -> SyncPaginator[models.Catalog, models.CatalogList]:
        """Search all catalogs.

        Searches the organisation's catalog (all delivered imagery, tasked and archive) by
        collection, catalog ids, STAC item ids, order ids, order-item ids, time interval, geometry
        or bounding box, and free filters in `query` (the developer guide filters on `project_id`
        and `usecase`). Paging travels in the body (`offset`, `limit`); the response carries no
        total count, so a client pages until it receives fewer than `limit` catalogs.

        Returns a paginator: iterate it for every item over all pages (at most ``limit`` when given), or call ``.pages()`` for the page objects or ``.first_page()``.

        ``POST /v0/catalogs/search`` (operation ``searchCatalogs``).

        Args:
            datetime: ISO 8601 interval `start/end`, e.g.
                `2020-04-05T11:56:49.865Z/2023-06-05T11:56:49.865Z`. Accepts a ``datetime``
                (naive means UTC), a ``date`` (the whole day), ``'2024'`` or ``'2024-02'`` (that
                year or month), an ISO 8601 string or interval, or a ``(start, end)`` pair whose
                open end is ``None`` or ``'..'``.
            collections: Collection ids to search.
            ids: Catalog ids to restrict the search to.
            item_ids: STAC item ids, e.g. `TD1_2024_ABC`.
            order_ids: Order ids whose imagery to return.
            order_item_ids: Order-item ids whose imagery to return.
            intersects: Accepts a GeoJSON geometry (not a GeometryCollection) as a dict, a Feature
                or one-feature FeatureCollection, or any object with ``__geo_interface__``
                (shapely, geopandas, pystac); checked before sending.
            bbox: Bounding box `[minLon, minLat, maxLon, maxLat]`. Accepts ``(min_lon, min_lat,
                max_lon, max_lat)`` or any object with ``__geo_interface__`` (its bounds).
            query: Free filters on catalog attributes, e.g. `{"project_id": "...", "usecase":
                "agriculture"}`.
            sort_by: Sort keys, applied in order.
            page_size: Items per request: the API's own page size (sent as ``limit``); the API's
                default when not given.
            offset: Number of catalogs to skip, e.g. 0.
            limit: The most items the iterator yields over all pages (every item when not given).
        """
        datetime = convert_input(
            datetime, "catalog.search", "datetime", {"kind": "datetime-interval"}
        )
        intersects = convert_input(
            intersects,
            "catalog.search",
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
                ],
            },
        )
        bbox = convert_input(bbox, "catalog.search", "bbox", {"kind": "bbox"})

        def build(page: PageRequest) -> PreparedRequest[models.CatalogList]:
            return search_catalogs.build_request(
                body=body_of(
                    models.CatalogSearchRequest,
                    "catalog.search",
                    {
                        "datetime": datetime,
                        "collections": collections,
                        "ids": ids,
                        "item_ids": item_ids,
                        "order_ids": order_ids,
                        "order_item_ids": order_item_ids,
                        "intersects": intersects,
                        "bbox": bbox,
                        "query": query,
                        "sort_by": sort_by,
                        "limit": given(page.size),
                        "offset": given(page.offset),
                    },
                ),
            )

        return self._paginate(
            SyncPaginator,
            OPERATIONS["searchCatalogs"],
            build,
            PageRequest(offset=offset, size=page_size, limit=limit),
        )

    def get(
        self,
        id: str,
    ) -> models.Catalog:
        """Get a catalog.

        Fetches one catalog entry: a delivered image with its STAC metadata (`details`, may be
        null), owner, bandset and delivery status. `delivery_status` is only set when automated
        delivery to a store is enabled.

        ``GET /v0/catalogs/{id}`` (operation ``getCatalog``).

        Args:
            id: Id of the catalog entry (a UUID in the examples).
        """
        id = path_argument(id, "catalog.get", "id")
        return self._send(
            OPERATIONS["getCatalog"],
            get_catalog.build_request(
                id=id,
            ),
        )

    def wait_for_delivery(
        self,
        *,
        delivery_id: str,
        timeout: float = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_update: Callable[[Any], None] | None = None,
    ) -> models.Delivery | None:
        """Poll ``list_deliveries`` until status is SUCCESS, and return it.

        Raises ``WaitFailedError`` on FAILED and ``WaitTimeoutError`` after
        ``timeout`` seconds. Polls every ``poll_interval`` seconds, backing off up to a minute;
        ``on_update`` sees each polled value.
        """

        def fetch() -> Any:
            return self.list_deliveries()

        result = wait_sync(
            "listDeliveries",
            OPERATIONS["listDeliveries"].waiter or {},
            fetch,
            select=delivery_id,
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
        )
        return cast("models.Delivery | None", result)

    def wait_for_download(
        self,
        download_id: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_update: Callable[[Any], None] | None = None,
    ) -> models.CatalogDownload:
        """Poll ``get_download`` until status is success, and return it.

        Raises ``WaitFailedError`` on failed and ``WaitTimeoutError`` after
        ``timeout`` seconds. Polls every ``poll_interval`` seconds, backing off up to a minute;
        ``on_update`` sees each polled value.
        """

        def fetch() -> Any:
            return self.get_download(download_id)

        result = wait_sync(
            "getCatalogDownload",
            OPERATIONS["getCatalogDownload"].waiter or {},
            fetch,
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
        )
        return cast("models.CatalogDownload", result)

    def download_to(
        self,
        download_id: str,
        destination: str | os.PathLike[str],
        *,
        progress: bool | ProgressCallback | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> DownloadResult:
        """Download the file of ``get_download`` to ``destination``.

        Waits (``wait_for_download``, up to ``timeout`` seconds) until the file is ready, then streams it
        from its signed URL to ``<destination>.part`` and renames it once complete and verified. An
        interrupted transfer resumes; an expired URL is replaced by a fresh one.
        ``progress=True`` shows a progress bar (needs ``rich``); a callable receives
        ``(downloaded, total)``.
        """

        def source() -> httpx.Request:
            ready = self.wait_for_download(download_id, timeout=timeout)
            return signed_url_request(ready, "signed_url", "getCatalogDownload")

        return download_file(self._client.http, source, destination, progress=progress)


class AsyncCatalog(AsyncAPIResource):
    """Delivered imagery, its deliveries to stores and its downloads. (asyncio)"""

    @cached_property
    def with_raw_response(self) -> AsyncCatalogWithRawResponse:
        """The same calls, returning a ``RawResponse`` (status, headers, body; ``.parse()``)."""
        return AsyncCatalogWithRawResponse(self)

    async def list_deliveries(
        self,
    ) -> models.DeliveryList:
        """List all deliveries.

        Lists the deliveries of catalog imagery to cloud stores, each with its status.

        ``GET /v0/catalogs/deliveries`` (operation ``listDeliveries``).
        """
        return await self._send(
            OPERATIONS["listDeliveries"],
            list_deliveries.build_request(),
        )

    async def create_deliveries(
        self,
        *,
        deliveries: builtins.list[models.DeliveryCreate | dict[str, Any]],
    ) -> models.DeliveryList:
        """Create deliveries.

        Asks for catalog imagery to be copied to a cloud store. Each delivery names either catalog
        ids or order-item ids (fill one list; leave the other out or empty) and the target store.
        The copy runs asynchronously; the response lists one Delivery per catalog with its status.

        ``POST /v0/catalogs/deliveries`` (operation ``createDeliveries``).

        Args:
            deliveries: deliveries
        """
        return await self._send(
            OPERATIONS["createDeliveries"],
            create_deliveries.build_request(
                body=body_of(
                    models.DeliveryRequest,
                    "catalog.create_deliveries",
                    {
                        "deliveries": deliveries,
                    },
                ),
            ),
        )

    async def create_download(
        self,
        *,
        catalog_ids: builtins.list[str],
        order_item_ids: builtins.list[str],
    ) -> models.CatalogDownload:
        """Create a download resource.

        Creates a download resource for catalog imagery, named either by catalog ids or by order-
        item ids: send both lists, with the unused one empty. The signed URL is produced
        asynchronously: poll `getCatalogDownload` until `status` is `success`.

        ``POST /v0/catalogs/download`` (operation ``createCatalogDownload``).

        Args:
            catalog_ids: Catalog ids to download; empty when `order_item_ids` is used.
            order_item_ids: Order-item ids whose imagery to download; empty when `catalog_ids` is
                used.
        """
        return await self._send(
            OPERATIONS["createCatalogDownload"],
            create_catalog_download.build_request(
                body=body_of(
                    models.CatalogDownloadRequest,
                    "catalog.create_download",
                    {
                        "catalog_ids": catalog_ids,
                        "order_item_ids": order_item_ids,
                    },
                ),
            ),
        )

    async def get_download(
        self,
        download_id: str,
    ) -> models.CatalogDownload:
        """Get download status.

        Returns the current state of a download resource. `signed_url` is filled in only once
        `status` is `success`.

        ``GET /v0/catalogs/download/{download_id}`` (operation ``getCatalogDownload``).

        Args:
            download_id: Id of the download resource, as returned by `createCatalogDownload`.
        """
        download_id = path_argument(download_id, "catalog.get_download", "download_id")
        return await self._send(
            OPERATIONS["getCatalogDownload"],
            get_catalog_download.build_request(
                download_id=download_id,
            ),
        )

    def search(
        self,
        *,
        datetime: DateTimeRangeInput | NotGiven = NOT_GIVEN,
        collections: builtins.list[str] | NotGiven = NOT_GIVEN,
        ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        item_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        order_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        order_item_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        intersects: GeometryInput | NotGiven = NOT_GIVEN,
        bbox: BboxInput | NotGiven = NOT_GIVEN,
        query: dict[str, Any] | NotGiven = NOT_GIVEN,
        sort_by: builtins.list[models.StacSortBy | dict[str, Any]] | NotGiven = NOT_GIVEN,
        page_size: int | None = None,
        offset: int | None = None,
        limit: int | None = None,
    ) -> AsyncPaginator[models.Catalog, models.CatalogList]:
        """Search all catalogs.

        Searches the organisation's catalog (all delivered imagery, tasked and archive) by
        collection, catalog ids, STAC item ids, order ids, order-item ids, time interval, geometry
        or bounding box, and free filters in `query` (the developer guide filters on `project_id`
        and `usecase`). Paging travels in the body (`offset`, `limit`); the response carries no
        total count, so a client pages until it receives fewer than `limit` catalogs.

        Returns a paginator: iterate it for every item over all pages (at most ``limit`` when given), or call ``.pages()`` for the page objects or ``.first_page()``.

        ``POST /v0/catalogs/search`` (operation ``searchCatalogs``).

        Args:
            datetime: ISO 8601 interval `start/end`, e.g.
                `2020-04-05T11:56:49.865Z/2023-06-05T11:56:49.865Z`. Accepts a ``datetime``
                (naive means UTC), a ``date`` (the whole day), ``'2024'`` or ``'2024-02'`` (that
                year or month), an ISO 8601 string or interval, or a ``(start, end)`` pair whose
                open end is ``None`` or ``'..'``.
            collections: Collection ids to search.
            ids: Catalog ids to restrict the search to.
            item_ids: STAC item ids, e.g. `TD1_2024_ABC`.
            order_ids: Order ids whose imagery to return.
            order_item_ids: Order-item ids whose imagery to return.
            intersects: Accepts a GeoJSON geometry (not a GeometryCollection) as a dict, a Feature
                or one-feature FeatureCollection, or any object with ``__geo_interface__``
                (shapely, geopandas, pystac); checked before sending.
            bbox: Bounding box `[minLon, minLat, maxLon, maxLat]`. Accepts ``(min_lon, min_lat,
                max_lon, max_lat)`` or any object with ``__geo_interface__`` (its bounds).
            query: Free filters on catalog attributes, e.g. `{"project_id": "...", "usecase":
                "agriculture"}`.
            sort_by: Sort keys, applied in order.
            page_size: Items per request: the API's own page size (sent as ``limit``); the API's
                default when not given.
            offset: Number of catalogs to skip, e.g. 0.
            limit: The most items the iterator yields over all pages (every item when not given).
        """
        datetime = convert_input(
            datetime, "catalog.search", "datetime", {"kind": "datetime-interval"}
        )
        intersects = convert_input(
            intersects,
            "catalog.search",
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
                ],
            },
        )
        bbox = convert_input(bbox, "catalog.search", "bbox", {"kind": "bbox"})

        def build(page: PageRequest) -> PreparedRequest[models.CatalogList]:
            return search_catalogs.build_request(
                body=body_of(
                    models.CatalogSearchRequest,
                    "catalog.search",
                    {
                        "datetime": datetime,
                        "collections": collections,
                        "ids": ids,
                        "item_ids": item_ids,
                        "order_ids": order_ids,
                        "order_item_ids": order_item_ids,
                        "intersects": intersects,
                        "bbox": bbox,
                        "query": query,
                        "sort_by": sort_by,
                        "limit": given(page.size),
                        "offset": given(page.offset),
                    },
                ),
            )

        return self._paginate(
            AsyncPaginator,
            OPERATIONS["searchCatalogs"],
            build,
            PageRequest(offset=offset, size=page_size, limit=limit),
        )

    async def get(
        self,
        id: str,
    ) -> models.Catalog:
        """Get a catalog.

        Fetches one catalog entry: a delivered image with its STAC metadata (`details`, may be
        null), owner, bandset and delivery status. `delivery_status` is only set when automated
        delivery to a store is enabled.

        ``GET /v0/catalogs/{id}`` (operation ``getCatalog``).

        Args:
            id: Id of the catalog entry (a UUID in the examples).
        """
        id = path_argument(id, "catalog.get", "id")
        return await self._send(
            OPERATIONS["getCatalog"],
            get_catalog.build_request(
                id=id,
            ),
        )

    async def wait_for_delivery(
        self,
        *,
        delivery_id: str,
        timeout: float = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_update: Callable[[Any], None] | None = None,
    ) -> models.Delivery | None:
        """Poll ``list_deliveries`` until status is SUCCESS, and return it.

        Raises ``WaitFailedError`` on FAILED and ``WaitTimeoutError`` after
        ``timeout`` seconds. Polls every ``poll_interval`` seconds, backing off up to a minute;
        ``on_update`` sees each polled value.
        """

        async def fetch() -> Any:
            return await self.list_deliveries()

        result = await wait_async(
            "listDeliveries",
            OPERATIONS["listDeliveries"].waiter or {},
            fetch,
            select=delivery_id,
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
        )
        return cast("models.Delivery | None", result)

    async def wait_for_download(
        self,
        download_id: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_update: Callable[[Any], None] | None = None,
    ) -> models.CatalogDownload:
        """Poll ``get_download`` until status is success, and return it.

        Raises ``WaitFailedError`` on failed and ``WaitTimeoutError`` after
        ``timeout`` seconds. Polls every ``poll_interval`` seconds, backing off up to a minute;
        ``on_update`` sees each polled value.
        """

        async def fetch() -> Any:
            return await self.get_download(download_id)

        result = await wait_async(
            "getCatalogDownload",
            OPERATIONS["getCatalogDownload"].waiter or {},
            fetch,
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
        )
        return cast("models.CatalogDownload", result)

    async def download_to(
        self,
        download_id: str,
        destination: str | os.PathLike[str],
        *,
        progress: bool | ProgressCallback | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> DownloadResult:
        """Download the file of ``get_download`` to ``destination``.

        Waits (``wait_for_download``, up to ``timeout`` seconds) until the file is ready, then streams it
        from its signed URL to ``<destination>.part`` and renames it once complete and verified. An
        interrupted transfer resumes; an expired URL is replaced by a fresh one.
        ``progress=True`` shows a progress bar (needs ``rich``); a callable receives
        ``(downloaded, total)``.
        """

        async def source() -> httpx.Request:
            ready = await self.wait_for_download(download_id, timeout=timeout)
            return signed_url_request(ready, "signed_url", "getCatalogDownload")

        return await download_file_async(source, destination, progress=progress)


class CatalogWithRawResponse:
    """``client.catalog.with_raw_response``: each call returns a ``RawResponse``."""

    def __init__(self, resource: Catalog) -> None:
        self.list_deliveries = raw_method(resource.list_deliveries)
        self.create_deliveries = raw_method(resource.create_deliveries)
        self.create_download = raw_method(resource.create_download)
        self.get_download = raw_method(resource.get_download)
        self.search = raw_page_method(resource.search)
        self.get = raw_method(resource.get)


class AsyncCatalogWithRawResponse:
    """``client.catalog.with_raw_response`` (asyncio): each call returns a ``RawResponse``."""

    def __init__(self, resource: AsyncCatalog) -> None:
        self.list_deliveries = async_raw_method(resource.list_deliveries)
        self.create_deliveries = async_raw_method(resource.create_deliveries)
        self.create_download = async_raw_method(resource.create_download)
        self.get_download = async_raw_method(resource.get_download)
        self.get = async_raw_method(resource.get)
