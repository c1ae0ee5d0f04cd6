"""``GET /v0/blocks``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest

RESPONSES: dict[int, Any] = {
    200: models.BlockList,
}


def build_request(
    *,
    mode: Any = None,
    name: Any = None,
    version: Any = None,
) -> PreparedRequest[models.BlockList]:
    return PreparedRequest(
        method="GET",
        url="/v0/blocks",
        responses=RESPONSES,
        params={
            "mode": mode,
            "name": name,
            "version": version,
        },
    )
