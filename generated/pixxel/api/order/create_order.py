"""``POST /v0/orders``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest

RESPONSES: dict[int, Any] = {
    201: models.Order,
}


def build_request(
    *,
    body: Any = None,
) -> PreparedRequest[models.Order]:
    return PreparedRequest(
        method="POST",
        url="/v0/orders",
        responses=RESPONSES,
        json=body,
    )
