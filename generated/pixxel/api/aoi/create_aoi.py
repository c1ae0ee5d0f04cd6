"""``POST /v0/aois``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest

RESPONSES: dict[int, Any] = {
    201: models.Aoi,
}


def build_request(
    *,
    body: Any = None,
) -> PreparedRequest[models.Aoi]:
    return PreparedRequest(
        method="POST",
        url="/v0/aois",
        responses=RESPONSES,
        json=body,
    )
