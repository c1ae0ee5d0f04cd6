"""``GET /v0/workflows/{workflow_id}/jobs``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest, path_segment

RESPONSES: dict[int, Any] = {
    200: models.JobList,
}


def build_request(
    *,
    workflow_id: Any,
    id: Any = None,
    status: Any = None,
    created_by: Any = None,
    created_on: Any = None,
) -> PreparedRequest[models.JobList]:
    return PreparedRequest(
        method="GET",
        url=f"/v0/workflows/{path_segment(workflow_id)}/jobs",
        responses=RESPONSES,
        params={
            "id": id,
            "status": status,
            "created_by": created_by,
            "created_on": created_on,
        },
    )
