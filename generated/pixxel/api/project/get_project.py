"""``GET /v0/projects/{id}``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest, path_segment

RESPONSES: dict[int, Any] = {
    200: models.Project,
}


def build_request(
    *,
    id: Any,
) -> PreparedRequest[models.Project]:
    return PreparedRequest(
        method="GET",
        url=f"/v0/projects/{path_segment(id)}",
        responses=RESPONSES,
    )
