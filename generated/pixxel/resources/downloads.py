"""``client.downloads``: Download requests for an AOI's assets."""

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
    path_argument,
)
from .._runtime._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_raw_method,
    body_of,
    raw_method,
)
from .._runtime._waiting import DEFAULT_POLL_INTERVAL, DEFAULT_TIMEOUT, wait_async, wait_sync
from ..api.downloads import create_asset_download, get_asset_download

__all__ = [
    "AsyncDownloads",
    "AsyncDownloadsWithRawResponse",
    "Downloads",
    "DownloadsWithRawResponse",
]


class Downloads(SyncAPIResource):
    """Download requests for an AOI's assets."""

    @cached_property
    def with_raw_response(self) -> DownloadsWithRawResponse:
        """The same calls, returning a ``RawResponse`` (status, headers, body; ``.parse()``)."""
        return DownloadsWithRawResponse(self)

    def create(
        self,
        aoi_id: str,
        *,
        asset_ids: builtins.list[str],
    ) -> models.AssetDownload:
        """Create a download request for assets in an AOI.

        Asks for a download of some of an AOI's assets and returns the request's id, its status and
        a signed URL to fetch the files from. Poll `getAssetDownload` with the returned
        `download_id` until the status says success.

        Compare `status` case-insensitively: pages write it both `SUCCESS` and `success`.

        ``POST /v0/aois/{aoi_id}/downloads`` (operation ``createAssetDownload``).

        Args:
            aoi_id: Id of the AOI whose assets are downloaded.
            asset_ids: Ids of the AOI's assets to include (see `listAssets`).
        """
        aoi_id = path_argument(aoi_id, "downloads.create", "aoi_id")
        return self._send(
            OPERATIONS["createAssetDownload"],
            create_asset_download.build_request(
                aoi_id=aoi_id,
                body=body_of(
                    models.AssetDownloadRequest,
                    "downloads.create",
                    {
                        "asset_ids": asset_ids,
                    },
                ),
            ),
        )

    def get(
        self,
        aoi_id: str,
        download_id: str,
    ) -> models.AssetDownload:
        """Get status of a download request.

        Returns the current state of an AOI download request and its signed URL. Waiting ends on
        `SUCCESS`/`success` or `FAILED`/`failed`.

        ``GET /v0/aois/{aoi_id}/downloads/{download_id}`` (operation ``getAssetDownload``).

        Args:
            aoi_id: Id of the AOI the download request belongs to.
            download_id: Id returned by `createAssetDownload`.
        """
        aoi_id = path_argument(aoi_id, "downloads.get", "aoi_id")
        download_id = path_argument(download_id, "downloads.get", "download_id")
        return self._send(
            OPERATIONS["getAssetDownload"],
            get_asset_download.build_request(
                aoi_id=aoi_id,
                download_id=download_id,
            ),
        )

    def wait(
        self,
        aoi_id: str,
        download_id: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_update: Callable[[Any], None] | None = None,
    ) -> models.AssetDownload:
        """Poll ``get`` until status is SUCCESS / success, and return it.

        Raises ``WaitFailedError`` on FAILED / failed and ``WaitTimeoutError`` after
        ``timeout`` seconds. Polls every ``poll_interval`` seconds, backing off up to a minute;
        ``on_update`` sees each polled value.
        """

        def fetch() -> Any:
            return self.get(aoi_id, download_id)

        result = wait_sync(
            "getAssetDownload",
            OPERATIONS["getAssetDownload"].waiter or {},
            fetch,
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
        )
        return cast("models.AssetDownload", result)

    def download_to(
        self,
        aoi_id: str,
        download_id: str,
        destination: str | os.PathLike[str],
        *,
        progress: bool | ProgressCallback | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> DownloadResult:
        """Download the file of ``get`` to ``destination``.

        Waits (``wait``, up to ``timeout`` seconds) until the file is ready, then streams it
        from its signed URL to ``<destination>.part`` and renames it once complete and verified. An
        interrupted transfer resumes; an expired URL is replaced by a fresh one.
        ``progress=True`` shows a progress bar (needs ``rich``); a callable receives
        ``(downloaded, total)``.
        """

        def source() -> httpx.Request:
            ready = self.wait(aoi_id, download_id, timeout=timeout)
            return signed_url_request(ready, "signed_url", "getAssetDownload")

        return download_file(self._client.http, source, destination, progress=progress)


class AsyncDownloads(AsyncAPIResource):
    """Download requests for an AOI's assets. (asyncio)"""

    @cached_property
    def with_raw_response(self) -> AsyncDownloadsWithRawResponse:
        """The same calls, returning a ``RawResponse`` (status, headers, body; ``.parse()``)."""
        return AsyncDownloadsWithRawResponse(self)

    async def create(
        self,
        aoi_id: str,
        *,
        asset_ids: builtins.list[str],
    ) -> models.AssetDownload:
        """Create a download request for assets in an AOI.

        Asks for a download of some of an AOI's assets and returns the request's id, its status and
        a signed URL to fetch the files from. Poll `getAssetDownload` with the returned
        `download_id` until the status says success.

        Compare `status` case-insensitively: pages write it both `SUCCESS` and `success`.

        ``POST /v0/aois/{aoi_id}/downloads`` (operation ``createAssetDownload``).

        Args:
            aoi_id: Id of the AOI whose assets are downloaded.
            asset_ids: Ids of the AOI's assets to include (see `listAssets`).
        """
        aoi_id = path_argument(aoi_id, "downloads.create", "aoi_id")
        return await self._send(
            OPERATIONS["createAssetDownload"],
            create_asset_download.build_request(
                aoi_id=aoi_id,
                body=body_of(
                    models.AssetDownloadRequest,
                    "downloads.create",
                    {
                        "asset_ids": asset_ids,
                    },
                ),
            ),
        )

    async def get(
        self,
        aoi_id: str,
        download_id: str,
    ) -> models.AssetDownload:
        """Get status of a download request.

        Returns the current state of an AOI download request and its signed URL. Waiting ends on
        `SUCCESS`/`success` or `FAILED`/`failed`.

        ``GET /v0/aois/{aoi_id}/downloads/{download_id}`` (operation ``getAssetDownload``).

        Args:
            aoi_id: Id of the AOI the download request belongs to.
            download_id: Id returned by `createAssetDownload`.
        """
        aoi_id = path_argument(aoi_id, "downloads.get", "aoi_id")
        download_id = path_argument(download_id, "downloads.get", "download_id")
        return await self._send(
            OPERATIONS["getAssetDownload"],
            get_asset_download.build_request(
                aoi_id=aoi_id,
                download_id=download_id,
            ),
        )

    async def wait(
        self,
        aoi_id: str,
        download_id: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_update: Callable[[Any], None] | None = None,
    ) -> models.AssetDownload:
        """Poll ``get`` until status is SUCCESS / success, and return it.

        Raises ``WaitFailedError`` on FAILED / failed and ``WaitTimeoutError`` after
        ``timeout`` seconds. Polls every ``poll_interval`` seconds, backing off up to a minute;
        ``on_update`` sees each polled value.
        """

        async def fetch() -> Any:
            return await self.get(aoi_id, download_id)

        result = await wait_async(
            "getAssetDownload",
            OPERATIONS["getAssetDownload"].waiter or {},
            fetch,
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
        )
        return cast("models.AssetDownload", result)

    async def download_to(
        self,
        aoi_id: str,
        download_id: str,
        destination: str | os.PathLike[str],
        *,
        progress: bool | ProgressCallback | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> DownloadResult:
        """Download the file of ``get`` to ``destination``.

        Waits (``wait``, up to ``timeout`` seconds) until the file is ready, then streams it
        from its signed URL to ``<destination>.part`` and renames it once complete and verified. An
        interrupted transfer resumes; an expired URL is replaced by a fresh one.
        ``progress=True`` shows a progress bar (needs ``rich``); a callable receives
        ``(downloaded, total)``.
        """

        async def source() -> httpx.Request:
            ready = await self.wait(aoi_id, download_id, timeout=timeout)
            return signed_url_request(ready, "signed_url", "getAssetDownload")

        return await download_file_async(source, destination, progress=progress)


class DownloadsWithRawResponse:
    """``client.downloads.with_raw_response``: each call returns a ``RawResponse``."""

    def __init__(self, resource: Downloads) -> None:
        self.create = raw_method(resource.create)
        self.get = raw_method(resource.get)


class AsyncDownloadsWithRawResponse:
    """``client.downloads.with_raw_response`` (asyncio): each call returns a ``RawResponse``."""

    def __init__(self, resource: AsyncDownloads) -> None:
        self.create = async_raw_method(resource.create)
        self.get = async_raw_method(resource.get)
