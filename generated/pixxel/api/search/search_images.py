"""``POST /v0/search``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest

RESPONSES: dict[int, Any] = {
    200: models.SearchResponse,
}


def build_request(
    *,
    body: Any = None,
) -> PreparedRequest[models.SearchResponse]:
    return PreparedRequest(
        method="POST",
        url="/v0/search",
        responses=RESPONSES,
        json=body,
    )
