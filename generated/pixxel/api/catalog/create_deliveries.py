"""``POST /v0/catalogs/deliveries``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest

RESPONSES: dict[int, Any] = {
    201: models.DeliveryList,
}


def build_request(
    *,
    body: Any = None,
) -> PreparedRequest[models.DeliveryList]:
    return PreparedRequest(
        method="POST",
        url="/v0/catalogs/deliveries",
        responses=RESPONSES,
        json=body,
    )
