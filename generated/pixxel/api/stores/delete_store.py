"""``DELETE /v0/stores/{id}``."""

from __future__ import annotations

from typing import Any

from ..._runtime._request import PreparedRequest, path_segment

RESPONSES: dict[int, Any] = {
    200: None,
    204: None,
}


def build_request(
    *,
    id: Any,
) -> PreparedRequest[None]:
    return PreparedRequest(
        method="DELETE",
        url=f"/v0/stores/{path_segment(id)}",
        responses=RESPONSES,
    )
