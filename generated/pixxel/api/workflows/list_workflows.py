"""``GET /v0/workflows``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest

RESPONSES: dict[int, Any] = {
    200: models.WorkflowListResponse,
}


def build_request(
    *,
    project_id: Any = None,
    id: Any = None,
    name: Any = None,
    created_by: Any = None,
    created_on: Any = None,
    updated_at: Any = None,
) -> PreparedRequest[models.WorkflowListResponse]:
    return PreparedRequest(
        method="GET",
        url="/v0/workflows",
        responses=RESPONSES,
        params={
            "project_id": project_id,
            "id": id,
            "name": name,
            "created_by": created_by,
            "created_on": created_on,
            "updated_at": updated_at,
        },
    )
