"""``GET /v0/blocks/{name}``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest, path_segment

RESPONSES: dict[int, Any] = {
    200: models.BlockList,
}


def build_request(
    *,
    name: Any,
) -> PreparedRequest[models.BlockList]:
    return PreparedRequest(
        method="GET",
        url=f"/v0/blocks/{path_segment(name)}",
        responses=RESPONSES,
    )
