"""``GET /v0/orders``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest

RESPONSES: dict[int, Any] = {
    200: models.OrderList,
}


def build_request(
    *,
    user_id: Any = None,
    limit: Any = None,
    offset: Any = None,
) -> PreparedRequest[models.OrderList]:
    return PreparedRequest(
        method="GET",
        url="/v0/orders",
        responses=RESPONSES,
        params={
            "user_id": user_id,
            "limit": limit,
            "offset": offset,
        },
    )
