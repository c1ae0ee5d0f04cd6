"""``client.jobs``: A job is one run of a workflow."""

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
    DateTimeInput,
    convert_input,
    path_argument,
)
from .._runtime._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_raw_method,
    raw_method,
)
from .._runtime._waiting import DEFAULT_POLL_INTERVAL, DEFAULT_TIMEOUT, wait_async, wait_sync
from ..api.jobs import create_job, download_job, get_job, list_jobs

__all__ = [
    "AsyncJobs",
    "AsyncJobsWithRawResponse",
    "Jobs",
    "JobsWithRawResponse",
]


class Jobs(SyncAPIResource):
    """A job is one run of a workflow."""

    @cached_property
    def with_raw_response(self) -> JobsWithRawResponse:
        """The same calls, returning a ``RawResponse`` (status, headers, body; ``.parse()``)."""
        return JobsWithRawResponse(self)

    def list(
        self,
        workflow_id: str,
        *,
        id: str | None = None,
        status: str | None = None,
        created_by: str | None = None,
        created_on: DateTimeInput | None = None,
    ) -> models.JobList:
        """List a workflow's jobs.

        Returns the jobs (runs) of one workflow, optionally narrowed by job id, status, creator or
        creation date. Items are short job records without tasks, specification or validation
        errors. The list is not paged.

        ``GET /v0/workflows/{workflow_id}/jobs`` (operation ``listJobs``).

        Args:
            workflow_id: Workflow whose jobs are listed.
            id: Return only the job with this id.
            status: Return only jobs in this status. No list of values is documented; the pages give
                `running` and `completed` as examples.
            created_by: Return only jobs started by this user id.
            created_on: Return only jobs created at this time (ISO 8601, per the developer guide).
                Accepts a ``datetime`` (naive means UTC), a ``date`` or an ISO 8601 string; sent
                as RFC 3339 UTC.
        """
        workflow_id = path_argument(workflow_id, "jobs.list", "workflow_id")
        created_on = convert_input(created_on, "jobs.list", "created_on", {"kind": "date-time"})
        return self._send(
            OPERATIONS["listJobs"],
            list_jobs.build_request(
                workflow_id=workflow_id,
                id=id,
                status=status,
                created_by=created_by,
                created_on=created_on,
            ),
        )

    def create(
        self,
        workflow_id: str,
        *,
        project_id: str,
    ) -> models.Job:
        """Create a job from a workflow.

        Starts a new run of the workflow and returns the job record, with its tasks and any
        validation errors, as soon as it is queued or started. The call takes no body: besides the
        workflow id, the only input is the required `project_id` query parameter, which scopes the
        run to a project the caller can access. Success is 200, not 201.

        ``POST /v0/workflows/{workflow_id}/jobs`` (operation ``createJob``).

        Args:
            workflow_id: Workflow to run.
            project_id: Project the workflow belongs to; access to it is checked before the run
                starts.
        """
        workflow_id = path_argument(workflow_id, "jobs.create", "workflow_id")
        return self._send(
            OPERATIONS["createJob"],
            create_job.build_request(
                workflow_id=workflow_id,
                project_id=project_id,
            ),
        )

    def get(
        self,
        workflow_id: str,
        job_id: str,
    ) -> models.Job:
        """Get a job.

        Returns one job of a workflow with its status, progress, timings, cost, tasks and validation
        errors. Poll it to follow a run. The job status has no documented list of values: the waiter
        below uses `completed` (success) and `failed` (failure), which come only from the examples
        given in the field descriptions and the jobs overview page (running, completed, failed), not
        from a formal enum.

        ``GET /v0/workflows/{workflow_id}/jobs/{job_id}`` (operation ``getJob``).

        Args:
            workflow_id: Workflow the job ran.
            job_id: Id of the job within that workflow.
        """
        workflow_id = path_argument(workflow_id, "jobs.get", "workflow_id")
        job_id = path_argument(job_id, "jobs.get", "job_id")
        return self._send(
            OPERATIONS["getJob"],
            get_job.build_request(
                workflow_id=workflow_id,
                job_id=job_id,
            ),
        )

    def download(
        self,
        workflow_id: str,
        job_id: str,
    ) -> models.JobDownload:
        """Package a job's data for download.

        Asks for a ZIP package of a job's input and output assets and returns the download record
        with a temporary signed URL. No request body is documented. The response names the workflow
        in camelCase (`workflowId`), unlike the snake_case `workflow_id` of the task download. The
        package may not be ready at once: the status examples are `pending` and `ready`. Malformed
        requests give 400; a workflow or job the caller cannot access gives 403.

        ``PUT /v0/workflows/{workflow_id}/jobs/{job_id}/download`` (operation ``downloadJob``).

        Args:
            workflow_id: Workflow the job belongs to.
            job_id: Job whose assets are packaged.
        """
        workflow_id = path_argument(workflow_id, "jobs.download", "workflow_id")
        job_id = path_argument(job_id, "jobs.download", "job_id")
        return self._send(
            OPERATIONS["downloadJob"],
            download_job.build_request(
                workflow_id=workflow_id,
                job_id=job_id,
            ),
        )

    def wait(
        self,
        workflow_id: str,
        job_id: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_update: Callable[[Any], None] | None = None,
    ) -> models.Job:
        """Poll ``get`` until status is completed, and return it.

        Raises ``WaitFailedError`` on failed and ``WaitTimeoutError`` after
        ``timeout`` seconds. Polls every ``poll_interval`` seconds, backing off up to a minute;
        ``on_update`` sees each polled value.
        """

        def fetch() -> Any:
            return self.get(workflow_id, job_id)

        result = wait_sync(
            "getJob",
            OPERATIONS["getJob"].waiter or {},
            fetch,
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
        )
        return cast("models.Job", result)

    def wait_for_download(
        self,
        workflow_id: str,
        job_id: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_update: Callable[[Any], None] | None = None,
    ) -> models.JobDownload:
        """Poll ``download`` until status is ready, and return it.

        Raises ``WaitFailedError`` on failed and ``WaitTimeoutError`` after
        ``timeout`` seconds. Polls every ``poll_interval`` seconds, backing off up to a minute;
        ``on_update`` sees each polled value.
        """

        def fetch() -> Any:
            return self.download(workflow_id, job_id)

        result = wait_sync(
            "downloadJob",
            OPERATIONS["downloadJob"].waiter or {},
            fetch,
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
        )
        return cast("models.JobDownload", result)

    def download_to(
        self,
        workflow_id: str,
        job_id: str,
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
            ready = self.wait_for_download(workflow_id, job_id, timeout=timeout)
            return signed_url_request(ready, "signed_url", "downloadJob")

        return download_file(self._client.http, source, destination, progress=progress)


class AsyncJobs(AsyncAPIResource):
    """A job is one run of a workflow. (asyncio)"""

    @cached_property
    def with_raw_response(self) -> AsyncJobsWithRawResponse:
        """The same calls, returning a ``RawResponse`` (status, headers, body; ``.parse()``)."""
        return AsyncJobsWithRawResponse(self)

    async def list(
        self,
        workflow_id: str,
        *,
        id: str | None = None,
        status: str | None = None,
        created_by: str | None = None,
        created_on: DateTimeInput | None = None,
    ) -> models.JobList:
        """List a workflow's jobs.

        Returns the jobs (runs) of one workflow, optionally narrowed by job id, status, creator or
        creation date. Items are short job records without tasks, specification or validation
        errors. The list is not paged.

        ``GET /v0/workflows/{workflow_id}/jobs`` (operation ``listJobs``).

        Args:
            workflow_id: Workflow whose jobs are listed.
            id: Return only the job with this id.
            status: Return only jobs in this status. No list of values is documented; the pages give
                `running` and `completed` as examples.
            created_by: Return only jobs started by this user id.
            created_on: Return only jobs created at this time (ISO 8601, per the developer guide).
                Accepts a ``datetime`` (naive means UTC), a ``date`` or an ISO 8601 string; sent
                as RFC 3339 UTC.
        """
        workflow_id = path_argument(workflow_id, "jobs.list", "workflow_id")
        created_on = convert_input(created_on, "jobs.list", "created_on", {"kind": "date-time"})
        return await self._send(
            OPERATIONS["listJobs"],
            list_jobs.build_request(
                workflow_id=workflow_id,
                id=id,
                status=status,
                created_by=created_by,
                created_on=created_on,
            ),
        )

    async def create(
        self,
        workflow_id: str,
        *,
        project_id: str,
    ) -> models.Job:
        """Create a job from a workflow.

        Starts a new run of the workflow and returns the job record, with its tasks and any
        validation errors, as soon as it is queued or started. The call takes no body: besides the
        workflow id, the only input is the required `project_id` query parameter, which scopes the
        run to a project the caller can access. Success is 200, not 201.

        ``POST /v0/workflows/{workflow_id}/jobs`` (operation ``createJob``).

        Args:
            workflow_id: Workflow to run.
            project_id: Project the workflow belongs to; access to it is checked before the run
                starts.
        """
        workflow_id = path_argument(workflow_id, "jobs.create", "workflow_id")
        return await self._send(
            OPERATIONS["createJob"],
            create_job.build_request(
                workflow_id=workflow_id,
                project_id=project_id,
            ),
        )

    async def get(
        self,
        workflow_id: str,
        job_id: str,
    ) -> models.Job:
        """Get a job.

        Returns one job of a workflow with its status, progress, timings, cost, tasks and validation
        errors. Poll it to follow a run. The job status has no documented list of values: the waiter
        below uses `completed` (success) and `failed` (failure), which come only from the examples
        given in the field descriptions and the jobs overview page (running, completed, failed), not
        from a formal enum.

        ``GET /v0/workflows/{workflow_id}/jobs/{job_id}`` (operation ``getJob``).

        Args:
            workflow_id: Workflow the job ran.
            job_id: Id of the job within that workflow.
        """
        workflow_id = path_argument(workflow_id, "jobs.get", "workflow_id")
        job_id = path_argument(job_id, "jobs.get", "job_id")
        return await self._send(
            OPERATIONS["getJob"],
            get_job.build_request(
                workflow_id=workflow_id,
                job_id=job_id,
            ),
        )

    async def download(
        self,
        workflow_id: str,
        job_id: str,
    ) -> models.JobDownload:
        """Package a job's data for download.

        Asks for a ZIP package of a job's input and output assets and returns the download record
        with a temporary signed URL. No request body is documented. The response names the workflow
        in camelCase (`workflowId`), unlike the snake_case `workflow_id` of the task download. The
        package may not be ready at once: the status examples are `pending` and `ready`. Malformed
        requests give 400; a workflow or job the caller cannot access gives 403.

        ``PUT /v0/workflows/{workflow_id}/jobs/{job_id}/download`` (operation ``downloadJob``).

        Args:
            workflow_id: Workflow the job belongs to.
            job_id: Job whose assets are packaged.
        """
        workflow_id = path_argument(workflow_id, "jobs.download", "workflow_id")
        job_id = path_argument(job_id, "jobs.download", "job_id")
        return await self._send(
            OPERATIONS["downloadJob"],
            download_job.build_request(
                workflow_id=workflow_id,
                job_id=job_id,
            ),
        )

    async def wait(
        self,
        workflow_id: str,
        job_id: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_update: Callable[[Any], None] | None = None,
    ) -> models.Job:
        """Poll ``get`` until status is completed, and return it.

        Raises ``WaitFailedError`` on failed and ``WaitTimeoutError`` after
        ``timeout`` seconds. Polls every ``poll_interval`` seconds, backing off up to a minute;
        ``on_update`` sees each polled value.
        """

        async def fetch() -> Any:
            return await self.get(workflow_id, job_id)

        result = await wait_async(
            "getJob",
            OPERATIONS["getJob"].waiter or {},
            fetch,
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
        )
        return cast("models.Job", result)

    async def wait_for_download(
        self,
        workflow_id: str,
        job_id: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_update: Callable[[Any], None] | None = None,
    ) -> models.JobDownload:
        """Poll ``download`` until status is ready, and return it.

        Raises ``WaitFailedError`` on failed and ``WaitTimeoutError`` after
        ``timeout`` seconds. Polls every ``poll_interval`` seconds, backing off up to a minute;
        ``on_update`` sees each polled value.
        """

        async def fetch() -> Any:
            return await self.download(workflow_id, job_id)

        result = await wait_async(
            "downloadJob",
            OPERATIONS["downloadJob"].waiter or {},
            fetch,
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
        )
        return cast("models.JobDownload", result)

    async def download_to(
        self,
        workflow_id: str,
        job_id: str,
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
            ready = await self.wait_for_download(workflow_id, job_id, timeout=timeout)
            return signed_url_request(ready, "signed_url", "downloadJob")

        return await download_file_async(source, destination, progress=progress)


class JobsWithRawResponse:
    """``client.jobs.with_raw_response``: each call returns a ``RawResponse``."""

    def __init__(self, resource: Jobs) -> None:
        self.list = raw_method(resource.list)
        self.create = raw_method(resource.create)
        self.get = raw_method(resource.get)
        self.download = raw_method(resource.download)


class AsyncJobsWithRawResponse:
    """``client.jobs.with_raw_response`` (asyncio): each call returns a ``RawResponse``."""

    def __init__(self, resource: AsyncJobs) -> None:
        self.list = async_raw_method(resource.list)
        self.create = async_raw_method(resource.create)
        self.get = async_raw_method(resource.get)
        self.download = async_raw_method(resource.download)
