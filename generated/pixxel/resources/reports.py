"""``client.reports``: Order reports."""

from __future__ import annotations

import os
from functools import cached_property

import httpx

from .._operations import OPERATIONS
from .._runtime._download import (
    DownloadResult,
    ProgressCallback,
    download_file,
    download_file_async,
)
from .._runtime._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_raw_method,
    raw_method,
)
from ..api.report import get_order_report

__all__ = [
    "AsyncReports",
    "AsyncReportsWithRawResponse",
    "Reports",
    "ReportsWithRawResponse",
]


class Reports(SyncAPIResource):
    """Order reports."""

    @cached_property
    def with_raw_response(self) -> ReportsWithRawResponse:
        """The same calls, returning a ``RawResponse`` (status, headers, body; ``.parse()``)."""
        return ReportsWithRawResponse(self)

    def download(
        self,
    ) -> str:
        """Download order report.

        Downloads a report of the organization's orders as a file. This endpoint has no public
        documentation.

        Unknown: the query parameters (e.g. whether the report can be limited to some orders, a
        project or a date range), the file format (CSV is assumed from the name; a spreadsheet or
        another binary format is possible), the columns, whether the file comes directly or through
        a signed URL, and the error responses. The response is therefore modelled as a raw file
        download, as CSV text or as opaque bytes; the client should save it rather than parse it.

        ``GET /v0/reports`` (operation ``getOrderReport``).
        """
        return self._send(
            OPERATIONS["getOrderReport"],
            get_order_report.build_request(),
        )

    def download_to(
        self,
        destination: str | os.PathLike[str],
        *,
        progress: bool | ProgressCallback | None = None,
    ) -> DownloadResult:
        """Download the file of ``download`` to ``destination``.

        Streams the response to ``<destination>.part`` and renames it once complete and verified.
        ``progress=True`` shows a progress bar (needs ``rich``); a callable receives
        ``(downloaded, total)``.
        """

        def source() -> httpx.Request:
            return self._client.http_request(get_order_report.build_request())

        return download_file(self._client.http, source, destination, progress=progress)


class AsyncReports(AsyncAPIResource):
    """Order reports. (asyncio)"""

    @cached_property
    def with_raw_response(self) -> AsyncReportsWithRawResponse:
        """The same calls, returning a ``RawResponse`` (status, headers, body; ``.parse()``)."""
        return AsyncReportsWithRawResponse(self)

    async def download(
        self,
    ) -> str:
        """Download order report.

        Downloads a report of the organization's orders as a file. This endpoint has no public
        documentation.

        Unknown: the query parameters (e.g. whether the report can be limited to some orders, a
        project or a date range), the file format (CSV is assumed from the name; a spreadsheet or
        another binary format is possible), the columns, whether the file comes directly or through
        a signed URL, and the error responses. The response is therefore modelled as a raw file
        download, as CSV text or as opaque bytes; the client should save it rather than parse it.

        ``GET /v0/reports`` (operation ``getOrderReport``).
        """
        return await self._send(
            OPERATIONS["getOrderReport"],
            get_order_report.build_request(),
        )

    async def download_to(
        self,
        destination: str | os.PathLike[str],
        *,
        progress: bool | ProgressCallback | None = None,
    ) -> DownloadResult:
        """Download the file of ``download`` to ``destination``.

        Streams the response to ``<destination>.part`` and renames it once complete and verified.
        ``progress=True`` shows a progress bar (needs ``rich``); a callable receives
        ``(downloaded, total)``.
        """

        async def source() -> httpx.Request:
            return self._client.http_request(get_order_report.build_request())

        return await download_file_async(source, destination, progress=progress)


class ReportsWithRawResponse:
    """``client.reports.with_raw_response``: each call returns a ``RawResponse``."""

    def __init__(self, resource: Reports) -> None:
        self.download = raw_method(resource.download)


class AsyncReportsWithRawResponse:
    """``client.reports.with_raw_response`` (asyncio): each call returns a ``RawResponse``."""

    def __init__(self, resource: AsyncReports) -> None:
        self.download = async_raw_method(resource.download)
