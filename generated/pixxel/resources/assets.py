"""``client.assets``: Imagery assets attached to an AOI."""

from __future__ import annotations

from functools import cached_property

from .. import models
from .._operations import OPERATIONS
from .._runtime._inputs import (
    path_argument,
)
from .._runtime._pagination import AsyncPaginator, PageRequest, SyncPaginator
from .._runtime._request import PreparedRequest
from .._runtime._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    raw_page_method,
)
from ..api.assets import list_assets

__all__ = [
    "Assets",
    "AssetsWithRawResponse",
    "AsyncAssets",
    "AsyncAssetsWithRawResponse",
]


class Assets(SyncAPIResource):
    """Imagery assets attached to an AOI."""

    @cached_property
    def with_raw_response(self) -> AssetsWithRawResponse:
        """The same calls, returning a ``RawResponse`` (status, headers, body; ``.parse()``)."""
        return AssetsWithRawResponse(self)

    def list(
        self,
        aoi_id: str,
        *,
        offset: int | None = None,
        page_size: int | None = None,
        limit: int | None = None,
    ) -> SyncPaginator[models.Asset, models.AssetList]:
        """List assets for an AOI.

        Returns one page of the assets that belong to an AOI (mosaics, STAC items and rendered
        visualizations), with an offset pagination block. An unknown AOI gives 404.

        Returns a paginator: iterate it for every item over all pages (at most ``limit`` when given), or call ``.pages()`` for the page objects or ``.first_page()``.

        ``GET /v0/aois/{aoi_id}/assets`` (operation ``listAssets``).

        Args:
            aoi_id: Id of the AOI whose assets are listed.
            offset: Number of items to skip before the first one returned.
            page_size: Items per request: the API's own page size (sent as ``limit``); the API's
                default when not given.
            limit: The most items the iterator yields over all pages (every item when not given).
        """
        aoi_id = path_argument(aoi_id, "assets.list", "aoi_id")

        def build(page: PageRequest) -> PreparedRequest[models.AssetList]:
            return list_assets.build_request(
                aoi_id=aoi_id,
                offset=page.offset,
                limit=page.size,
            )

        return self._paginate(
            SyncPaginator,
            OPERATIONS["listAssets"],
            build,
            PageRequest(offset=offset, size=page_size, limit=limit),
        )


class AsyncAssets(AsyncAPIResource):
    """Imagery assets attached to an AOI. (asyncio)"""

    @cached_property
    def with_raw_response(self) -> AsyncAssetsWithRawResponse:
        """The same calls, returning a ``RawResponse`` (status, headers, body; ``.parse()``)."""
        return AsyncAssetsWithRawResponse(self)

    def list(
        self,
        aoi_id: str,
        *,
        offset: int | None = None,
        page_size: int | None = None,
        limit: int | None = None,
    ) -> AsyncPaginator[models.Asset, models.AssetList]:
        """List assets for an AOI.

        Returns one page of the assets that belong to an AOI (mosaics, STAC items and rendered
        visualizations), with an offset pagination block. An unknown AOI gives 404.

        Returns a paginator: iterate it for every item over all pages (at most ``limit`` when given), or call ``.pages()`` for the page objects or ``.first_page()``.

        ``GET /v0/aois/{aoi_id}/assets`` (operation ``listAssets``).

        Args:
            aoi_id: Id of the AOI whose assets are listed.
            offset: Number of items to skip before the first one returned.
            page_size: Items per request: the API's own page size (sent as ``limit``); the API's
                default when not given.
            limit: The most items the iterator yields over all pages (every item when not given).
        """
        aoi_id = path_argument(aoi_id, "assets.list", "aoi_id")

        def build(page: PageRequest) -> PreparedRequest[models.AssetList]:
            return list_assets.build_request(
                aoi_id=aoi_id,
                offset=page.offset,
                limit=page.size,
            )

        return self._paginate(
            AsyncPaginator,
            OPERATIONS["listAssets"],
            build,
            PageRequest(offset=offset, size=page_size, limit=limit),
        )


class AssetsWithRawResponse:
    """``client.assets.with_raw_response``: each call returns a ``RawResponse``."""

    def __init__(self, resource: Assets) -> None:
        self.list = raw_page_method(resource.list)


class AsyncAssetsWithRawResponse:
    """``client.assets.with_raw_response`` (asyncio): each call returns a ``RawResponse``."""

    def __init__(self, resource: AsyncAssets) -> None:
        pass
