"""``GET /v0/satellites``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest

RESPONSES: dict[int, Any] = {
    200: models.SatelliteList,
}


def build_request() -> PreparedRequest[models.SatelliteList]:
    return PreparedRequest(
        method="GET",
        url="/v0/satellites",
        responses=RESPONSES,
    )
