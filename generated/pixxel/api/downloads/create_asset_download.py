"""``POST /v0/aois/{aoi_id}/downloads``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest, path_segment

RESPONSES: dict[int, Any] = {
    200: models.AssetDownload,
    201: models.AssetDownload,
}


def build_request(
    *,
    aoi_id: Any,
    body: Any = None,
) -> PreparedRequest[models.AssetDownload]:
    return PreparedRequest(
        method="POST",
        url=f"/v0/aois/{path_segment(aoi_id)}/downloads",
        responses=RESPONSES,
        json=body,
    )
