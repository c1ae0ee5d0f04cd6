"""``POST /v0/stores``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest

RESPONSES: dict[int, Any] = {
    200: models.Store,
}


def build_request(
    *,
    body: Any = None,
) -> PreparedRequest[models.Store]:
    return PreparedRequest(
        method="POST",
        url="/v0/stores",
        responses=RESPONSES,
        json=body,
    )
