"""``GET /v0/workflows/{workflow_id}``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest, path_segment

RESPONSES: dict[int, Any] = {
    200: models.Workflow,
}


def build_request(
    *,
    workflow_id: Any,
    project_id: Any = None,
) -> PreparedRequest[models.Workflow]:
    return PreparedRequest(
        method="GET",
        url=f"/v0/workflows/{path_segment(workflow_id)}",
        responses=RESPONSES,
        params={
            "project_id": project_id,
        },
    )
