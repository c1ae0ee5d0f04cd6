"""``GET /v0/aois``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest

RESPONSES: dict[int, Any] = {
    200: models.AoiList,
}


def build_request(
    *,
    offset: Any = None,
    limit: Any = None,
    created_at: Any = None,
    updated_at: Any = None,
    aoi_id: Any = None,
    aoi_name: Any = None,
    project_id: Any = None,
    satellite_name: Any = None,
) -> PreparedRequest[models.AoiList]:
    return PreparedRequest(
        method="GET",
        url="/v0/aois",
        responses=RESPONSES,
        params={
            "offset": offset,
            "limit": limit,
            "created_at": created_at,
            "updated_at": updated_at,
            "aoi_id": aoi_id,
            "aoi_name": aoi_name,
            "project_id": project_id,
            "satellite_name": satellite_name,
        },
    )
