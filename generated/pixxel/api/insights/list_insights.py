"""``GET /v0/aoi/{aoi_id}/insights``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest, path_segment

RESPONSES: dict[int, Any] = {
    200: models.InsightList,
}


def build_request(
    *,
    aoi_id: Any,
    id: Any = None,
    status: Any = None,
    created_by: Any = None,
    created_on: Any = None,
) -> PreparedRequest[models.InsightList]:
    return PreparedRequest(
        method="GET",
        url=f"/v0/aoi/{path_segment(aoi_id)}/insights",
        responses=RESPONSES,
        params={
            "id": id,
            "status": status,
            "created_by": created_by,
            "created_on": created_on,
        },
    )
