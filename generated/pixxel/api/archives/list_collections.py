"""``GET /v0/archives/collections``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest

RESPONSES: dict[int, Any] = {
    200: models.StacCollectionList,
}


def build_request(
    *,
    ids: Any = None,
) -> PreparedRequest[models.StacCollectionList]:
    return PreparedRequest(
        method="GET",
        url="/v0/archives/collections",
        responses=RESPONSES,
        params={
            "ids": ids,
        },
    )
