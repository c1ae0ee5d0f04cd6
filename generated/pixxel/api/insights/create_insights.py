"""``POST /v0/aoi/{aoi_id}/insights``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest, path_segment

RESPONSES: dict[int, Any] = {
    200: models.InsightEstimate,
    201: models.Insight,
}


def build_request(
    *,
    aoi_id: Any,
    body: Any = None,
) -> PreparedRequest[models.InsightEstimate | models.Insight]:
    return PreparedRequest(
        method="POST",
        url=f"/v0/aoi/{path_segment(aoi_id)}/insights",
        responses=RESPONSES,
        json=body,
    )
