"""``DELETE /v0/aoi/{aoi_id}/insights/{insight_id}``."""

from __future__ import annotations

from typing import Any

from ..._runtime._request import PreparedRequest, path_segment

RESPONSES: dict[int, Any] = {
    200: None,
}


def build_request(
    *,
    aoi_id: Any,
    insight_id: Any,
    project_id: Any = None,
) -> PreparedRequest[None]:
    return PreparedRequest(
        method="DELETE",
        url=f"/v0/aoi/{path_segment(aoi_id)}/insights/{path_segment(insight_id)}",
        responses=RESPONSES,
        params={
            "project_id": project_id,
        },
    )
