"""``GET /v0/aois/{aoi_id}/visualizations``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest, path_segment

RESPONSES: dict[int, Any] = {
    200: models.VisualizationList,
}


def build_request(
    *,
    aoi_id: Any,
    offset: Any = None,
    limit: Any = None,
    type_: Any = None,
    user_id: Any = None,
    expression_type: Any = None,
    index_id: Any = None,
    visualization_id: Any = None,
) -> PreparedRequest[models.VisualizationList]:
    return PreparedRequest(
        method="GET",
        url=f"/v0/aois/{path_segment(aoi_id)}/visualizations",
        responses=RESPONSES,
        params={
            "offset": offset,
            "limit": limit,
            "type": type_,
            "user_id": user_id,
            "expression_type": expression_type,
            "index_id": index_id,
            "visualization_id": visualization_id,
        },
    )
