"""``client.tasks``: A task is one processing step inside a job."""

from __future__ import annotations

from .. import models
from .._operations import OPERATIONS
from .._runtime._resource import AsyncAPIResource, SyncAPIResource
from ..api.tasks import download_task

__all__ = ["AsyncTasks", "Tasks"]


class Tasks(SyncAPIResource):
    """A task is one processing step inside a job."""

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
        return self._send(
            OPERATIONS["downloadTask"],
            download_task.build_request(
                workflow_id=workflow_id,
                job_id=job_id,
                task_id=task_id,
            ),
        )


class AsyncTasks(AsyncAPIResource):
    """A task is one processing step inside a job. (asyncio)"""

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
        return await self._send(
            OPERATIONS["downloadTask"],
            download_task.build_request(
                workflow_id=workflow_id,
                job_id=job_id,
                task_id=task_id,
            ),
        )
