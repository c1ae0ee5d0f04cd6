"""``POST /v0/catalogs/download``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest

RESPONSES: dict[int, Any] = {
    201: models.CatalogDownload,
}


def build_request(
    *,
    body: Any = None,
) -> PreparedRequest[models.CatalogDownload]:
    return PreparedRequest(
        method="POST",
        url="/v0/catalogs/download",
        responses=RESPONSES,
        json=body,
    )
