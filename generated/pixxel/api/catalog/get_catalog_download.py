"""``GET /v0/catalogs/download/{download_id}``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest, path_segment

RESPONSES: dict[int, Any] = {
    200: models.CatalogDownload,
}


def build_request(
    *,
    download_id: Any,
) -> PreparedRequest[models.CatalogDownload]:
    return PreparedRequest(
        method="GET",
        url=f"/v0/catalogs/download/{path_segment(download_id)}",
        responses=RESPONSES,
    )
