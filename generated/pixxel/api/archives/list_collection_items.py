"""``GET /v0/archives/collections/{cid}/items``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest, path_segment

RESPONSES: dict[int, Any] = {
    200: models.StacItemCollection,
}


def build_request(
    *,
    cid: Any,
) -> PreparedRequest[models.StacItemCollection]:
    return PreparedRequest(
        method="GET",
        url=f"/v0/archives/collections/{path_segment(cid)}/items",
        responses=RESPONSES,
    )
