"""``GET /v0/reports``."""

from __future__ import annotations

from typing import Any

from ..._runtime._request import PreparedRequest

RESPONSES: dict[int, Any] = {
    200: str,
}


def build_request() -> PreparedRequest[str]:
    return PreparedRequest(
        method="GET",
        url="/v0/reports",
        responses=RESPONSES,
        headers={"Accept": "text/csv, application/octet-stream"},
    )
