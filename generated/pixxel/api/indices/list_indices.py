"""``GET /v0/indices``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest

RESPONSES: dict[int, Any] = {
    200: models.IndexList,
}


def build_request(
    *,
    offset: Any = None,
    limit: Any = None,
    satellite_id: Any = None,
    type_: Any = None,
    expression_type: Any = None,
    index_id: Any = None,
) -> PreparedRequest[models.IndexList]:
    return PreparedRequest(
        method="GET",
        url="/v0/indices",
        responses=RESPONSES,
        params={
            "offset": offset,
            "limit": limit,
            "satellite_id": satellite_id,
            "type": type_,
            "expression_type": expression_type,
            "index_id": index_id,
        },
    )
