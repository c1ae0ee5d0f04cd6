"""``POST /v0/archives/search``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest

RESPONSES: dict[int, Any] = {
    200: models.StacItemCollection,
}


def build_request(
    *,
    body: Any = None,
) -> PreparedRequest[models.StacItemCollection]:
    return PreparedRequest(
        method="POST",
        url="/v0/archives/search",
        responses=RESPONSES,
        json=body,
    )
