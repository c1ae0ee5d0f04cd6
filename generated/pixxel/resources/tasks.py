"""``client.tasks``: A task is one processing step inside a job."""

from __future__ import annotations

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
    raw_method,
)
from .._runtime._waiting import DEFAULT_POLL_INTERVAL, DEFAULT_TIMEOUT, wait_async, wait_sync
from ..api.tasks import download_task

__all__ = [
    "AsyncTasks",
    "AsyncTasksWithRawResponse",
    "Tasks",
    "TasksWithRawResponse",
]


class Tasks(SyncAPIResource):
    """A task is one processing step inside a job."""

    @cached_property
    def with_raw_response(self) -> TasksWithRawResponse:
        """The same calls, returning a ``RawResponse`` (status, headers, body; ``.parse()``)."""
        return TasksWithRawResponse(self)

    def download(
        self,
        workflow_id: str,
        job_id: str,
        task_id: str,
    ) -> models.TaskDownload:
        """Package a task's output for download.

        Asks for a package of the assets one task produced during a job run and returns the download
        record with a time-limited signed URL that needs no further authentication. No request body
        is documented. Unlike the job download, this record names the workflow in snake_case
        (`workflow_id`) and also carries `job_id`. The status examples are `pending` and `ready`. A
        malformed request gives 400.

        ``PUT /v0/workflows/{workflow_id}/jobs/{job_id}/tasks/{task_id}/download`` (operation ``downloadTask``).

        Args:
            workflow_id: Workflow the job belongs to.
            job_id: Job run in which the task executed.
            task_id: Task whose assets are packaged.
        """
        workflow_id = path_argument(workflow_id, "tasks.download", "workflow_id")
        job_id = path_argument(job_id, "tasks.download", "job_id")
        task_id = path_argument(task_id, "tasks.download", "task_id")
        return self._send(
            OPERATIONS["downloadTask"],
            download_task.build_request(
                workflow_id=workflow_id,
                job_id=job_id,
                task_id=task_id,
            ),
        )

    def wait_for_download(
        self,
        workflow_id: str,
        job_id: str,
        task_id: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_update: Callable[[Any], None] | None = None,
    ) -> models.TaskDownload:
        """Poll ``download`` until status is ready, and return it.

        Raises ``WaitFailedError`` on failed and ``WaitTimeoutError`` after
        ``timeout`` seconds. Polls every ``poll_interval`` seconds, backing off up to a minute;
        ``on_update`` sees each polled value.
        """

        def fetch() -> Any:
            return self.download(workflow_id, job_id, task_id)

        result = wait_sync(
            "downloadTask",
            OPERATIONS["downloadTask"].waiter or {},
            fetch,
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
        )
        return cast("models.TaskDownload", result)

    def download_to(
        self,
        workflow_id: str,
        job_id: str,
        task_id: str,
        destination: str | os.PathLike[str],
        *,
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
            ready = self.wait_for_download(workflow_id, job_id, task_id, timeout=timeout)
            return signed_url_request(ready, "signed_url", "downloadTask")

        return download_file(self._client.http, source, destination, progress=progress)


class AsyncTasks(AsyncAPIResource):
    """A task is one processing step inside a job. (asyncio)"""

    @cached_property
    def with_raw_response(self) -> AsyncTasksWithRawResponse:
        """The same calls, returning a ``RawResponse`` (status, headers, body; ``.parse()``)."""
        return AsyncTasksWithRawResponse(self)

    async def download(
        self,
        workflow_id: str,
        job_id: str,
        task_id: str,
    ) -> models.TaskDownload:
        """Package a task's output for download.

        Asks for a package of the assets one task produced during a job run and returns the download
        record with a time-limited signed URL that needs no further authentication. No request body
        is documented. Unlike the job download, this record names the workflow in snake_case
        (`workflow_id`) and also carries `job_id`. The status examples are `pending` and `ready`. A
        malformed request gives 400.

        ``PUT /v0/workflows/{workflow_id}/jobs/{job_id}/tasks/{task_id}/download`` (operation ``downloadTask``).

        Args:
            workflow_id: Workflow the job belongs to.
            job_id: Job run in which the task executed.
            task_id: Task whose assets are packaged.
        """
        workflow_id = path_argument(workflow_id, "tasks.download", "workflow_id")
        job_id = path_argument(job_id, "tasks.download", "job_id")
        task_id = path_argument(task_id, "tasks.download", "task_id")
        return await self._send(
            OPERATIONS["downloadTask"],
            download_task.build_request(
                workflow_id=workflow_id,
                job_id=job_id,
                task_id=task_id,
            ),
        )

    async def wait_for_download(
        self,
        workflow_id: str,
        job_id: str,
        task_id: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_update: Callable[[Any], None] | None = None,
    ) -> models.TaskDownload:
        """Poll ``download`` until status is ready, and return it.

        Raises ``WaitFailedError`` on failed and ``WaitTimeoutError`` after
        ``timeout`` seconds. Polls every ``poll_interval`` seconds, backing off up to a minute;
        ``on_update`` sees each polled value.
        """

        async def fetch() -> Any:
            return await self.download(workflow_id, job_id, task_id)

        result = await wait_async(
            "downloadTask",
            OPERATIONS["downloadTask"].waiter or {},
            fetch,
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
        )
        return cast("models.TaskDownload", result)

    async def download_to(
        self,
        workflow_id: str,
        job_id: str,
        task_id: str,
        destination: str | os.PathLike[str],
        *,
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
            ready = await self.wait_for_download(workflow_id, job_id, task_id, timeout=timeout)
            return signed_url_request(ready, "signed_url", "downloadTask")

        return await download_file_async(source, destination, progress=progress)


class TasksWithRawResponse:
    """``client.tasks.with_raw_response``: each call returns a ``RawResponse``."""

    def __init__(self, resource: Tasks) -> None:
        self.download = raw_method(resource.download)


class AsyncTasksWithRawResponse:
    """``client.tasks.with_raw_response`` (asyncio): each call returns a ``RawResponse``."""

    def __init__(self, resource: AsyncTasks) -> None:
        self.download = async_raw_method(resource.download)
