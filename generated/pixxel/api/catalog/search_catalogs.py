"""``POST /v0/catalogs/search``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest

RESPONSES: dict[int, Any] = {
    200: models.CatalogList,
}


def build_request(
    *,
    body: Any = None,
) -> PreparedRequest[models.CatalogList]:
    return PreparedRequest(
        method="POST",
        url="/v0/catalogs/search",
        responses=RESPONSES,
        json=body,
    )
