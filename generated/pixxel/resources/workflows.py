"""``client.workflows``: Workflows wire data blocks to processing blocks."""

from __future__ import annotations

from functools import cached_property

from .. import models
from .._operations import OPERATIONS
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
from ..api.workflows import estimate_workflow, get_workflow, list_workflows

__all__ = [
    "AsyncWorkflows",
    "AsyncWorkflowsWithRawResponse",
    "Workflows",
    "WorkflowsWithRawResponse",
]


class Workflows(SyncAPIResource):
    """Workflows wire data blocks to processing blocks."""

    @cached_property
    def with_raw_response(self) -> WorkflowsWithRawResponse:
        """The same calls, returning a ``RawResponse`` (status, headers, body; ``.parse()``)."""
        return WorkflowsWithRawResponse(self)

    def list(
        self,
        *,
        project_id: str,
        id: str | None = None,
        name: str | None = None,
        created_by: str | None = None,
        created_on: DateTimeInput | None = None,
        updated_at: DateTimeInput | None = None,
    ) -> models.WorkflowListResponse:
        """List workflows.

        Returns the workflows of one project, optionally narrowed by id, name, creator or
        creation/update time. The response is either `{"workflows": [...]}` or a bare array of
        workflows; the list is not paged.

        ``GET /v0/workflows`` (operation ``listWorkflows``).

        Args:
            project_id: Project whose workflows are listed.
            id: Return only the workflow with this id.
            name: Return only workflows with this display name.
            created_by: Return only workflows created by this user id.
            created_on: Return only workflows created at this time (ISO 8601). Accepts a
                ``datetime`` (naive means UTC), a ``date`` or an ISO 8601 string; sent as RFC
                3339 UTC.
            updated_at: Return only workflows last updated at this time (ISO 8601). Accepts a
                ``datetime`` (naive means UTC), a ``date`` or an ISO 8601 string; sent as RFC
                3339 UTC.
        """
        created_on = convert_input(
            created_on, "workflows.list", "created_on", {"kind": "date-time"}
        )
        updated_at = convert_input(
            updated_at, "workflows.list", "updated_at", {"kind": "date-time"}
        )
        return self._send(
            OPERATIONS["listWorkflows"],
            list_workflows.build_request(
                project_id=project_id,
                id=id,
                name=name,
                created_by=created_by,
                created_on=created_on,
                updated_at=updated_at,
            ),
        )

    def get(
        self,
        workflow_id: str,
        *,
        project_id: str,
    ) -> models.Workflow:
        """Get a workflow by id.

        Returns one workflow of a project: its name, creator, token cost estimate, raw specification
        and any validation errors found when it was wired together. `project_id` is a required query
        parameter.

        ``GET /v0/workflows/{workflow_id}`` (operation ``getWorkflow``).

        Args:
            workflow_id: Id (a UUID) of the workflow to fetch.
            project_id: Project the workflow belongs to.
        """
        workflow_id = path_argument(workflow_id, "workflows.get", "workflow_id")
        return self._send(
            OPERATIONS["getWorkflow"],
            get_workflow.build_request(
                workflow_id=workflow_id,
                project_id=project_id,
            ),
        )

    def estimate(
        self,
        workflow_id: str,
    ) -> models.WorkflowEstimate:
        """Get a workflow's cost estimate.

        Returns the token cost that running the workflow once (one job) is expected to take. A
        malformed request gives 400 and a workflow the caller cannot access gives 403, both with the
        standard error body.

        ``GET /v0/workflows/{workflow_id}/estimate`` (operation ``estimateWorkflow``).

        Args:
            workflow_id: Id of the workflow to price.
        """
        workflow_id = path_argument(workflow_id, "workflows.estimate", "workflow_id")
        return self._send(
            OPERATIONS["estimateWorkflow"],
            estimate_workflow.build_request(
                workflow_id=workflow_id,
            ),
        )


class AsyncWorkflows(AsyncAPIResource):
    """Workflows wire data blocks to processing blocks. (asyncio)"""

    @cached_property
    def with_raw_response(self) -> AsyncWorkflowsWithRawResponse:
        """The same calls, returning a ``RawResponse`` (status, headers, body; ``.parse()``)."""
        return AsyncWorkflowsWithRawResponse(self)

    async def list(
        self,
        *,
        project_id: str,
        id: str | None = None,
        name: str | None = None,
        created_by: str | None = None,
        created_on: DateTimeInput | None = None,
        updated_at: DateTimeInput | None = None,
    ) -> models.WorkflowListResponse:
        """List workflows.

        Returns the workflows of one project, optionally narrowed by id, name, creator or
        creation/update time. The response is either `{"workflows": [...]}` or a bare array of
        workflows; the list is not paged.

        ``GET /v0/workflows`` (operation ``listWorkflows``).

        Args:
            project_id: Project whose workflows are listed.
            id: Return only the workflow with this id.
            name: Return only workflows with this display name.
            created_by: Return only workflows created by this user id.
            created_on: Return only workflows created at this time (ISO 8601). Accepts a
                ``datetime`` (naive means UTC), a ``date`` or an ISO 8601 string; sent as RFC
                3339 UTC.
            updated_at: Return only workflows last updated at this time (ISO 8601). Accepts a
                ``datetime`` (naive means UTC), a ``date`` or an ISO 8601 string; sent as RFC
                3339 UTC.
        """
        created_on = convert_input(
            created_on, "workflows.list", "created_on", {"kind": "date-time"}
        )
        updated_at = convert_input(
            updated_at, "workflows.list", "updated_at", {"kind": "date-time"}
        )
        return await self._send(
            OPERATIONS["listWorkflows"],
            list_workflows.build_request(
                project_id=project_id,
                id=id,
                name=name,
                created_by=created_by,
                created_on=created_on,
                updated_at=updated_at,
            ),
        )

    async def get(
        self,
        workflow_id: str,
        *,
        project_id: str,
    ) -> models.Workflow:
        """Get a workflow by id.

        Returns one workflow of a project: its name, creator, token cost estimate, raw specification
        and any validation errors found when it was wired together. `project_id` is a required query
        parameter.

        ``GET /v0/workflows/{workflow_id}`` (operation ``getWorkflow``).

        Args:
            workflow_id: Id (a UUID) of the workflow to fetch.
            project_id: Project the workflow belongs to.
        """
        workflow_id = path_argument(workflow_id, "workflows.get", "workflow_id")
        return await self._send(
            OPERATIONS["getWorkflow"],
            get_workflow.build_request(
                workflow_id=workflow_id,
                project_id=project_id,
            ),
        )

    async def estimate(
        self,
        workflow_id: str,
    ) -> models.WorkflowEstimate:
        """Get a workflow's cost estimate.

        Returns the token cost that running the workflow once (one job) is expected to take. A
        malformed request gives 400 and a workflow the caller cannot access gives 403, both with the
        standard error body.

        ``GET /v0/workflows/{workflow_id}/estimate`` (operation ``estimateWorkflow``).

        Args:
            workflow_id: Id of the workflow to price.
        """
        workflow_id = path_argument(workflow_id, "workflows.estimate", "workflow_id")
        return await self._send(
            OPERATIONS["estimateWorkflow"],
            estimate_workflow.build_request(
                workflow_id=workflow_id,
            ),
        )


class WorkflowsWithRawResponse:
    """``client.workflows.with_raw_response``: each call returns a ``RawResponse``."""

    def __init__(self, resource: Workflows) -> None:
        self.list = raw_method(resource.list)
        self.get = raw_method(resource.get)
        self.estimate = raw_method(resource.estimate)


class AsyncWorkflowsWithRawResponse:
    """``client.workflows.with_raw_response`` (asyncio): each call returns a ``RawResponse``."""

    def __init__(self, resource: AsyncWorkflows) -> None:
        self.list = async_raw_method(resource.list)
        self.get = async_raw_method(resource.get)
        self.estimate = async_raw_method(resource.estimate)
