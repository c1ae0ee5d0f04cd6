"""``client.insights``: Analyses run by a block over an AOI."""

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
    DateTimeInput,
    convert_input,
    path_argument,
)
from .._runtime._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_raw_method,
    body_of,
    raw_method,
)
from .._runtime._types import NOT_GIVEN, NotGiven
from .._runtime._waiting import DEFAULT_POLL_INTERVAL, DEFAULT_TIMEOUT, wait_async, wait_sync
from ..api.insights import create_insights, delete_insights, download_insights, list_insights

__all__ = [
    "AsyncInsights",
    "AsyncInsightsWithRawResponse",
    "Insights",
    "InsightsWithRawResponse",
]


class Insights(SyncAPIResource):
    """Analyses run by a block over an AOI."""

    @cached_property
    def with_raw_response(self) -> InsightsWithRawResponse:
        """The same calls, returning a ``RawResponse`` (status, headers, body; ``.parse()``)."""
        return InsightsWithRawResponse(self)

    def list(
        self,
        aoi_id: str,
        *,
        id: str | None = None,
        status: str | None = None,
        created_by: str | None = None,
        created_on: DateTimeInput | None = None,
    ) -> models.InsightList:
        """List the insights of an AOI.

        Returns the insights run on one AOI, optionally narrowed by insight id, status, creator or
        creation time. The list is not paged.

        ``GET /v0/aoi/{aoi_id}/insights`` (operation ``listInsights``).

        Args:
            aoi_id: AOI whose insights are listed.
            id: Return only the insight with this id.
            status: Return only insights in this status. No list of values is documented; the
                examples are `running` and `completed`.
            created_by: Return only insights created by this user id.
            created_on: Return only insights created at this time (RFC 3339, e.g.
                `2025-04-14T00:00:00Z`). Accepts a ``datetime`` (naive means UTC), a ``date`` or
                an ISO 8601 string; sent as RFC 3339 UTC.
        """
        aoi_id = path_argument(aoi_id, "insights.list", "aoi_id")
        created_on = convert_input(created_on, "insights.list", "created_on", {"kind": "date-time"})
        return self._send(
            OPERATIONS["listInsights"],
            list_insights.build_request(
                aoi_id=aoi_id,
                id=id,
                status=status,
                created_by=created_by,
                created_on=created_on,
            ),
        )

    def create(
        self,
        aoi_id: str,
        *,
        block: models.InsightBlock | dict[str, Any],
        input_: builtins.list[int],
        name: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
        estimate: bool | NotGiven = NOT_GIVEN,
    ) -> models.InsightEstimate | models.Insight:
        """Create an insight on an AOI, or price it.

        Runs a block over an AOI to produce an insight. With `estimate: true` the call is a dry run:
        nothing is started and the response is 200 with the token cost (`{estimate}`). Without it
        the insight is created and the response is 201 with the insight record.

        `input` is sent as documented, an array of integers: the bytes of the serialized JSON
        inputs, e.g. `list(json.dumps(inputs).encode())`.

        ``POST /v0/aoi/{aoi_id}/insights`` (operation ``createInsights``).

        Args:
            aoi_id: AOI the insight is run on.
            block: block
            input_: Inputs to the block, as the bytes of their serialized JSON (one integer per
                byte), e.g. `list(json.dumps(inputs).encode())`.
            name: Human-readable title for the insight.
            project_id: Project the insight belongs to.
            metadata: Free-form key-value information stored with the insight.
            estimate: When true, only the cost is computed and returned (200); nothing is run. When
                false or absent, the insight is created (201).
        """
        aoi_id = path_argument(aoi_id, "insights.create", "aoi_id")
        return self._send(
            OPERATIONS["createInsights"],
            create_insights.build_request(
                aoi_id=aoi_id,
                body=body_of(
                    models.InsightCreate,
                    "insights.create",
                    {
                        "name": name,
                        "block": block,
                        "input": input_,
                        "project_id": project_id,
                        "metadata": metadata,
                        "estimate": estimate,
                    },
                ),
            ),
        )

    def download(
        self,
        aoi_id: str,
        insight_id: str,
        *,
        inputs: builtins.list[str] | NotGiven = NOT_GIVEN,
        outputs: builtins.list[str] | NotGiven = NOT_GIVEN,
    ) -> models.InsightDownload:
        """Package an insight's assets for download.

        Asks for a package of selected input and/or output assets of an insight and returns the
        download record with a signed URL. The body lists the asset identifiers to include; both
        lists are optional. No query parameters are used.

        ``PUT /v0/aoi/{aoi_id}/insights/{insight_id}/download`` (operation ``downloadInsights``).

        Args:
            aoi_id: AOI the insight was run on.
            insight_id: Insight whose assets are packaged.
            inputs: Identifiers of input assets to include.
            outputs: Identifiers of output assets to include.
        """
        aoi_id = path_argument(aoi_id, "insights.download", "aoi_id")
        insight_id = path_argument(insight_id, "insights.download", "insight_id")
        return self._send(
            OPERATIONS["downloadInsights"],
            download_insights.build_request(
                aoi_id=aoi_id,
                insight_id=insight_id,
                body=body_of(
                    models.InsightDownloadRequest,
                    "insights.download",
                    {
                        "inputs": inputs,
                        "outputs": outputs,
                    },
                ),
            ),
        )

    def delete(
        self,
        aoi_id: str,
        insight_id: str,
        *,
        project_id: str,
    ) -> None:
        """Delete an insight.

        Permanently removes an insight from an AOI. `project_id` is a required query parameter that
        sets the project scope. Success is 200 with an empty body (not 204). Missing or invalid
        parameters give 400; a caller not allowed to delete the insight gets 403.

        ``DELETE /v0/aoi/{aoi_id}/insights/{insight_id}`` (operation ``deleteInsights``).

        Args:
            aoi_id: AOI the insight belongs to.
            insight_id: Insight to delete.
            project_id: Project the AOI belongs to.
        """
        aoi_id = path_argument(aoi_id, "insights.delete", "aoi_id")
        insight_id = path_argument(insight_id, "insights.delete", "insight_id")
        return self._send(
            OPERATIONS["deleteInsights"],
            delete_insights.build_request(
                aoi_id=aoi_id,
                insight_id=insight_id,
                project_id=project_id,
            ),
        )

    def wait(
        self,
        aoi_id: str,
        *,
        id: str,
        status: str | None = None,
        created_by: str | None = None,
        created_on: DateTimeInput | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_update: Callable[[Any], None] | None = None,
    ) -> models.Insight | None:
        """Poll ``list`` until status is completed, and return it.

        Raises ``WaitFailedError`` on failed and ``WaitTimeoutError`` after
        ``timeout`` seconds. Polls every ``poll_interval`` seconds, backing off up to a minute;
        ``on_update`` sees each polled value.
        """

        def fetch() -> Any:
            return self.list(
                aoi_id, id=id, status=status, created_by=created_by, created_on=created_on
            )

        result = wait_sync(
            "listInsights",
            OPERATIONS["listInsights"].waiter or {},
            fetch,
            select=id,
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
        )
        return cast("models.Insight | None", result)

    def wait_for_download(
        self,
        aoi_id: str,
        insight_id: str,
        *,
        inputs: builtins.list[str] | NotGiven = NOT_GIVEN,
        outputs: builtins.list[str] | NotGiven = NOT_GIVEN,
        timeout: float = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_update: Callable[[Any], None] | None = None,
    ) -> models.InsightDownload:
        """Poll ``download`` until status is ready / success, and return it.

        Raises ``WaitFailedError`` on failed and ``WaitTimeoutError`` after
        ``timeout`` seconds. Polls every ``poll_interval`` seconds, backing off up to a minute;
        ``on_update`` sees each polled value.
        """

        def fetch() -> Any:
            return self.download(aoi_id, insight_id, inputs=inputs, outputs=outputs)

        result = wait_sync(
            "downloadInsights",
            OPERATIONS["downloadInsights"].waiter or {},
            fetch,
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
        )
        return cast("models.InsightDownload", result)

    def download_to(
        self,
        aoi_id: str,
        insight_id: str,
        destination: str | os.PathLike[str],
        *,
        inputs: builtins.list[str] | NotGiven = NOT_GIVEN,
        outputs: builtins.list[str] | NotGiven = NOT_GIVEN,
        progress: bool | ProgressCallback | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> DownloadResult:
        """Download the file of ``download`` to ``destination``.

        Waits (``wait_for_download``, up to ``timeout`` seconds) until the file is ready, then streams it
        from its signed URL to ``<destination>.part`` and renames it once complete and verified. An
        interrupted transfer resumes; an expired URL is replaced by a fresh one.
        ``progress=True`` shows a progress bar (needs ``rich``); a callable receives
        ``(downloaded, total)``.
        """

        def source() -> httpx.Request:
            ready = self.wait_for_download(
                aoi_id, insight_id, inputs=inputs, outputs=outputs, timeout=timeout
            )
            return signed_url_request(ready, "signed_url", "downloadInsights")

        return download_file(self._client.http, source, destination, progress=progress)


class AsyncInsights(AsyncAPIResource):
    """Analyses run by a block over an AOI. (asyncio)"""

    @cached_property
    def with_raw_response(self) -> AsyncInsightsWithRawResponse:
        """The same calls, returning a ``RawResponse`` (status, headers, body; ``.parse()``)."""
        return AsyncInsightsWithRawResponse(self)

    async def list(
        self,
        aoi_id: str,
        *,
        id: str | None = None,
        status: str | None = None,
        created_by: str | None = None,
        created_on: DateTimeInput | None = None,
    ) -> models.InsightList:
        """List the insights of an AOI.

        Returns the insights run on one AOI, optionally narrowed by insight id, status, creator or
        creation time. The list is not paged.

        ``GET /v0/aoi/{aoi_id}/insights`` (operation ``listInsights``).

        Args:
            aoi_id: AOI whose insights are listed.
            id: Return only the insight with this id.
            status: Return only insights in this status. No list of values is documented; the
                examples are `running` and `completed`.
            created_by: Return only insights created by this user id.
            created_on: Return only insights created at this time (RFC 3339, e.g.
                `2025-04-14T00:00:00Z`). Accepts a ``datetime`` (naive means UTC), a ``date`` or
                an ISO 8601 string; sent as RFC 3339 UTC.
        """
        aoi_id = path_argument(aoi_id, "insights.list", "aoi_id")
        created_on = convert_input(created_on, "insights.list", "created_on", {"kind": "date-time"})
        return await self._send(
            OPERATIONS["listInsights"],
            list_insights.build_request(
                aoi_id=aoi_id,
                id=id,
                status=status,
                created_by=created_by,
                created_on=created_on,
            ),
        )

    async def create(
        self,
        aoi_id: str,
        *,
        block: models.InsightBlock | dict[str, Any],
        input_: builtins.list[int],
        name: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | NotGiven = NOT_GIVEN,
        estimate: bool | NotGiven = NOT_GIVEN,
    ) -> models.InsightEstimate | models.Insight:
        """Create an insight on an AOI, or price it.

        Runs a block over an AOI to produce an insight. With `estimate: true` the call is a dry run:
        nothing is started and the response is 200 with the token cost (`{estimate}`). Without it
        the insight is created and the response is 201 with the insight record.

        `input` is sent as documented, an array of integers: the bytes of the serialized JSON
        inputs, e.g. `list(json.dumps(inputs).encode())`.

        ``POST /v0/aoi/{aoi_id}/insights`` (operation ``createInsights``).

        Args:
            aoi_id: AOI the insight is run on.
            block: block
            input_: Inputs to the block, as the bytes of their serialized JSON (one integer per
                byte), e.g. `list(json.dumps(inputs).encode())`.
            name: Human-readable title for the insight.
            project_id: Project the insight belongs to.
            metadata: Free-form key-value information stored with the insight.
            estimate: When true, only the cost is computed and returned (200); nothing is run. When
                false or absent, the insight is created (201).
        """
        aoi_id = path_argument(aoi_id, "insights.create", "aoi_id")
        return await self._send(
            OPERATIONS["createInsights"],
            create_insights.build_request(
                aoi_id=aoi_id,
                body=body_of(
                    models.InsightCreate,
                    "insights.create",
                    {
                        "name": name,
                        "block": block,
                        "input": input_,
                        "project_id": project_id,
                        "metadata": metadata,
                        "estimate": estimate,
                    },
                ),
            ),
        )

    async def download(
        self,
        aoi_id: str,
        insight_id: str,
        *,
        inputs: builtins.list[str] | NotGiven = NOT_GIVEN,
        outputs: builtins.list[str] | NotGiven = NOT_GIVEN,
    ) -> models.InsightDownload:
        """Package an insight's assets for download.

        Asks for a package of selected input and/or output assets of an insight and returns the
        download record with a signed URL. The body lists the asset identifiers to include; both
        lists are optional. No query parameters are used.

        ``PUT /v0/aoi/{aoi_id}/insights/{insight_id}/download`` (operation ``downloadInsights``).

        Args:
            aoi_id: AOI the insight was run on.
            insight_id: Insight whose assets are packaged.
            inputs: Identifiers of input assets to include.
            outputs: Identifiers of output assets to include.
        """
        aoi_id = path_argument(aoi_id, "insights.download", "aoi_id")
        insight_id = path_argument(insight_id, "insights.download", "insight_id")
        return await self._send(
            OPERATIONS["downloadInsights"],
            download_insights.build_request(
                aoi_id=aoi_id,
                insight_id=insight_id,
                body=body_of(
                    models.InsightDownloadRequest,
                    "insights.download",
                    {
                        "inputs": inputs,
                        "outputs": outputs,
                    },
                ),
            ),
        )

    async def delete(
        self,
        aoi_id: str,
        insight_id: str,
        *,
        project_id: str,
    ) -> None:
        """Delete an insight.

        Permanently removes an insight from an AOI. `project_id` is a required query parameter that
        sets the project scope. Success is 200 with an empty body (not 204). Missing or invalid
        parameters give 400; a caller not allowed to delete the insight gets 403.

        ``DELETE /v0/aoi/{aoi_id}/insights/{insight_id}`` (operation ``deleteInsights``).

        Args:
            aoi_id: AOI the insight belongs to.
            insight_id: Insight to delete.
            project_id: Project the AOI belongs to.
        """
        aoi_id = path_argument(aoi_id, "insights.delete", "aoi_id")
        insight_id = path_argument(insight_id, "insights.delete", "insight_id")
        return await self._send(
            OPERATIONS["deleteInsights"],
            delete_insights.build_request(
                aoi_id=aoi_id,
                insight_id=insight_id,
                project_id=project_id,
            ),
        )

    async def wait(
        self,
        aoi_id: str,
        *,
        id: str,
        status: str | None = None,
        created_by: str | None = None,
        created_on: DateTimeInput | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_update: Callable[[Any], None] | None = None,
    ) -> models.Insight | None:
        """Poll ``list`` until status is completed, and return it.

        Raises ``WaitFailedError`` on failed and ``WaitTimeoutError`` after
        ``timeout`` seconds. Polls every ``poll_interval`` seconds, backing off up to a minute;
        ``on_update`` sees each polled value.
        """

        async def fetch() -> Any:
            return await self.list(
                aoi_id, id=id, status=status, created_by=created_by, created_on=created_on
            )

        result = await wait_async(
            "listInsights",
            OPERATIONS["listInsights"].waiter or {},
            fetch,
            select=id,
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
        )
        return cast("models.Insight | None", result)

    async def wait_for_download(
        self,
        aoi_id: str,
        insight_id: str,
        *,
        inputs: builtins.list[str] | NotGiven = NOT_GIVEN,
        outputs: builtins.list[str] | NotGiven = NOT_GIVEN,
        timeout: float = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_update: Callable[[Any], None] | None = None,
    ) -> models.InsightDownload:
        """Poll ``download`` until status is ready / success, and return it.

        Raises ``WaitFailedError`` on failed and ``WaitTimeoutError`` after
        ``timeout`` seconds. Polls every ``poll_interval`` seconds, backing off up to a minute;
        ``on_update`` sees each polled value.
        """

        async def fetch() -> Any:
            return await self.download(aoi_id, insight_id, inputs=inputs, outputs=outputs)

        result = await wait_async(
            "downloadInsights",
            OPERATIONS["downloadInsights"].waiter or {},
            fetch,
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
        )
        return cast("models.InsightDownload", result)

    async def download_to(
        self,
        aoi_id: str,
        insight_id: str,
        destination: str | os.PathLike[str],
        *,
        inputs: builtins.list[str] | NotGiven = NOT_GIVEN,
        outputs: builtins.list[str] | NotGiven = NOT_GIVEN,
        progress: bool | ProgressCallback | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> DownloadResult:
        """Download the file of ``download`` to ``destination``.

        Waits (``wait_for_download``, up to ``timeout`` seconds) until the file is ready, then streams it
        from its signed URL to ``<destination>.part`` and renames it once complete and verified. An
        interrupted transfer resumes; an expired URL is replaced by a fresh one.
        ``progress=True`` shows a progress bar (needs ``rich``); a callable receives
        ``(downloaded, total)``.
        """

        async def source() -> httpx.Request:
            ready = await self.wait_for_download(
                aoi_id, insight_id, inputs=inputs, outputs=outputs, timeout=timeout
            )
            return signed_url_request(ready, "signed_url", "downloadInsights")

        return await download_file_async(source, destination, progress=progress)


class InsightsWithRawResponse:
    """``client.insights.with_raw_response``: each call returns a ``RawResponse``."""

    def __init__(self, resource: Insights) -> None:
        self.list = raw_method(resource.list)
        self.create = raw_method(resource.create)
        self.download = raw_method(resource.download)
        self.delete = raw_method(resource.delete)


class AsyncInsightsWithRawResponse:
    """``client.insights.with_raw_response`` (asyncio): each call returns a ``RawResponse``."""

    def __init__(self, resource: AsyncInsights) -> None:
        self.list = async_raw_method(resource.list)
        self.create = async_raw_method(resource.create)
        self.download = async_raw_method(resource.download)
        self.delete = async_raw_method(resource.delete)
