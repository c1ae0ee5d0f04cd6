"""``GET /v0/bandsets``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest

RESPONSES: dict[int, Any] = {
    200: models.BandsetList,
}


def build_request() -> PreparedRequest[models.BandsetList]:
    return PreparedRequest(
        method="GET",
        url="/v0/bandsets",
        responses=RESPONSES,
    )
