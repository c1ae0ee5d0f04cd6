"""``PUT /v0/aoi/{aoi_id}/insights/{insight_id}/download``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest, path_segment

RESPONSES: dict[int, Any] = {
    200: models.InsightDownload,
}


def build_request(
    *,
    aoi_id: Any,
    insight_id: Any,
    body: Any = None,
) -> PreparedRequest[models.InsightDownload]:
    return PreparedRequest(
        method="PUT",
        url=f"/v0/aoi/{path_segment(aoi_id)}/insights/{path_segment(insight_id)}/download",
        responses=RESPONSES,
        json=body,
    )
