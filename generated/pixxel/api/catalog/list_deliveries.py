"""``GET /v0/catalogs/deliveries``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest

RESPONSES: dict[int, Any] = {
    200: models.DeliveryList,
}


def build_request() -> PreparedRequest[models.DeliveryList]:
    return PreparedRequest(
        method="GET",
        url="/v0/catalogs/deliveries",
        responses=RESPONSES,
    )
