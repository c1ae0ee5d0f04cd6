"""``GET /v0/catalogs/{id}``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest, path_segment

RESPONSES: dict[int, Any] = {
    200: models.Catalog,
}


def build_request(
    *,
    id: Any,
) -> PreparedRequest[models.Catalog]:
    return PreparedRequest(
        method="GET",
        url=f"/v0/catalogs/{path_segment(id)}",
        responses=RESPONSES,
    )
