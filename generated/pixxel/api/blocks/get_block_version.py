"""``GET /v0/blocks/{name}/versions/{version}``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest, path_segment

RESPONSES: dict[int, Any] = {
    200: models.Block,
}


def build_request(
    *,
    name: Any,
    version: Any,
) -> PreparedRequest[models.Block]:
    return PreparedRequest(
        method="GET",
        url=f"/v0/blocks/{path_segment(name)}/versions/{path_segment(version)}",
        responses=RESPONSES,
    )
