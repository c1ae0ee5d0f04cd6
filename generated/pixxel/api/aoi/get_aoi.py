"""``GET /v0/aoi/{aoi_id}``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest, path_segment

RESPONSES: dict[int, Any] = {
    200: models.Aoi,
}


def build_request(
    *,
    aoi_id: Any,
) -> PreparedRequest[models.Aoi]:
    return PreparedRequest(
        method="GET",
        url=f"/v0/aoi/{path_segment(aoi_id)}",
        responses=RESPONSES,
    )
