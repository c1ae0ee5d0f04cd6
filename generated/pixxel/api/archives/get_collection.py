"""``GET /v0/archives/collections/{cid}``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest, path_segment

RESPONSES: dict[int, Any] = {
    200: models.StacCollection,
}


def build_request(
    *,
    cid: Any,
) -> PreparedRequest[models.StacCollection]:
    return PreparedRequest(
        method="GET",
        url=f"/v0/archives/collections/{path_segment(cid)}",
        responses=RESPONSES,
    )
