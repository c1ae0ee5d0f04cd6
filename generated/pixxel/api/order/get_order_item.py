"""``GET /v0/order-items/{id}``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest, path_segment

RESPONSES: dict[int, Any] = {
    200: models.OrderItem,
}


def build_request(
    *,
    id: Any,
) -> PreparedRequest[models.OrderItem]:
    return PreparedRequest(
        method="GET",
        url=f"/v0/order-items/{path_segment(id)}",
        responses=RESPONSES,
    )
