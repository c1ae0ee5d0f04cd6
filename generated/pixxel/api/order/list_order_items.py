"""``GET /v0/order-items``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest

RESPONSES: dict[int, Any] = {
    200: models.OrderItemList,
}


def build_request(
    *,
    user_id: Any = None,
    type_: Any = None,
    status: Any = None,
    order_ids: Any = None,
    created_by: Any = None,
    created_at: Any = None,
    project_ids: Any = None,
    ids: Any = None,
    area: Any = None,
    limit: Any = None,
    offset: Any = None,
) -> PreparedRequest[models.OrderItemList]:
    return PreparedRequest(
        method="GET",
        url="/v0/order-items",
        responses=RESPONSES,
        params={
            "user_id": user_id,
            "type": type_,
            "status": status,
            "order_ids": order_ids,
            "created_by": created_by,
            "created_at": created_at,
            "project_ids": project_ids,
            "ids": ids,
            "area": area,
            "limit": limit,
            "offset": offset,
        },
    )
