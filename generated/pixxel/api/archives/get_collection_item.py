"""``GET /v0/archives/collections/{cid}/items/{id}``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest, path_segment

RESPONSES: dict[int, Any] = {
    200: models.StacItem,
}


def build_request(
    *,
    cid: Any,
    id: Any,
) -> PreparedRequest[models.StacItem]:
    return PreparedRequest(
        method="GET",
        url=f"/v0/archives/collections/{path_segment(cid)}/items/{path_segment(id)}",
        responses=RESPONSES,
    )
