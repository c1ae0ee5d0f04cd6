"""``POST /v0/aois/{aoi_id}/visualizations/{visualization_id}/sld``."""

from __future__ import annotations

from typing import Any

from ..._runtime._request import PreparedRequest, path_segment

RESPONSES: dict[int, Any] = {
    200: str,
}


def build_request(
    *,
    aoi_id: Any,
    visualization_id: Any,
    body: Any = None,
) -> PreparedRequest[str]:
    return PreparedRequest(
        method="POST",
        url=f"/v0/aois/{path_segment(aoi_id)}/visualizations/{path_segment(visualization_id)}/sld",
        responses=RESPONSES,
        json=body,
        headers={"Accept": "application/xml"},
    )
