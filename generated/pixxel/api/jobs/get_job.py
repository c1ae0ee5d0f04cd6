"""``GET /v0/workflows/{workflow_id}/jobs/{job_id}``."""

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
    job_id: Any,
) -> PreparedRequest[models.Job]:
    return PreparedRequest(
        method="GET",
        url=f"/v0/workflows/{path_segment(workflow_id)}/jobs/{path_segment(job_id)}",
        responses=RESPONSES,
    )
