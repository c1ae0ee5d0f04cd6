"""``POST /v0/aois/{aoi_id}/visualizations``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest, path_segment

RESPONSES: dict[int, Any] = {
    201: models.Visualization,
}


def build_request(
    *,
    aoi_id: Any,
    body: Any = None,
) -> PreparedRequest[models.Visualization]:
    return PreparedRequest(
        method="POST",
        url=f"/v0/aois/{path_segment(aoi_id)}/visualizations",
        responses=RESPONSES,
        json=body,
    )
