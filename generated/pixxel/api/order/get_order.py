"""``GET /v0/orders/{id}``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest, path_segment

RESPONSES: dict[int, Any] = {
    200: models.Order,
}


def build_request(
    *,
    id: Any,
) -> PreparedRequest[models.Order]:
    return PreparedRequest(
        method="GET",
        url=f"/v0/orders/{path_segment(id)}",
        responses=RESPONSES,
    )
