"""``POST /v0/workflows/{workflow_id}/jobs``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest, path_segment

RESPONSES: dict[int, Any] = {
    200: models.Job,
}


def build_request(
    *,
    workflow_id: Any,
    project_id: Any = None,
) -> PreparedRequest[models.Job]:
    return PreparedRequest(
        method="POST",
        url=f"/v0/workflows/{path_segment(workflow_id)}/jobs",
        responses=RESPONSES,
        params={
            "project_id": project_id,
        },
    )
