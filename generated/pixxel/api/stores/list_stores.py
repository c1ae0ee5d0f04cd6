"""``GET /v0/stores``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest

RESPONSES: dict[int, Any] = {
    200: models.StoreList,
}


def build_request() -> PreparedRequest[models.StoreList]:
    return PreparedRequest(
        method="GET",
        url="/v0/stores",
        responses=RESPONSES,
    )
