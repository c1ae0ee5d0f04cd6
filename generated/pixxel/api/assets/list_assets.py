"""``GET /v0/aois/{aoi_id}/assets``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest, path_segment

RESPONSES: dict[int, Any] = {
    200: models.AssetList,
}


def build_request(
    *,
    aoi_id: Any,
    offset: Any = None,
    limit: Any = None,
) -> PreparedRequest[models.AssetList]:
    return PreparedRequest(
        method="GET",
        url=f"/v0/aois/{path_segment(aoi_id)}/assets",
        responses=RESPONSES,
        params={
            "offset": offset,
            "limit": limit,
        },
    )
