"""``GET /v0/projects``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest

RESPONSES: dict[int, Any] = {
    200: models.ProjectList,
}


def build_request(
    *,
    page_num: Any = None,
    page_size: Any = None,
) -> PreparedRequest[models.ProjectList]:
    return PreparedRequest(
        method="GET",
        url="/v0/projects",
        responses=RESPONSES,
        params={
            "page_num": page_num,
            "page_size": page_size,
        },
    )
