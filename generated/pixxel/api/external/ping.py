"""``GET /ping``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest

RESPONSES: dict[int, Any] = {
    200: models.PingResponse,
}


def build_request() -> PreparedRequest[models.PingResponse]:
    return PreparedRequest(
        method="GET",
        url="/ping",
        responses=RESPONSES,
    )
