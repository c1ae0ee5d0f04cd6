"""``GET /v0/workflows/{workflow_id}/estimate``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest, path_segment

RESPONSES: dict[int, Any] = {
    200: models.WorkflowEstimate,
}


def build_request(
    *,
    workflow_id: Any,
) -> PreparedRequest[models.WorkflowEstimate]:
    return PreparedRequest(
        method="GET",
        url=f"/v0/workflows/{path_segment(workflow_id)}/estimate",
        responses=RESPONSES,
    )
