"""``GET /v0/aois/{aoi_id}/downloads/{download_id}``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest, path_segment

RESPONSES: dict[int, Any] = {
    200: models.AssetDownload,
}


def build_request(
    *,
    aoi_id: Any,
    download_id: Any,
) -> PreparedRequest[models.AssetDownload]:
    return PreparedRequest(
        method="GET",
        url=f"/v0/aois/{path_segment(aoi_id)}/downloads/{path_segment(download_id)}",
        responses=RESPONSES,
    )
