"""``PUT /v0/aois/{aoi_id}/visualizations/{visualization_id}/metadata``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest, path_segment

RESPONSES: dict[int, Any] = {
    200: models.VisualizationMetadata,
}


def build_request(
    *,
    aoi_id: Any,
    visualization_id: Any,
    body: Any = None,
) -> PreparedRequest[models.VisualizationMetadata]:
    return PreparedRequest(
        method="PUT",
        url=f"/v0/aois/{path_segment(aoi_id)}/visualizations/{path_segment(visualization_id)}/metadata",
        responses=RESPONSES,
        json=body,
    )
