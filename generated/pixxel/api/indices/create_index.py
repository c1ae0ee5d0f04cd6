"""``POST /v0/indices``."""

from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime._request import PreparedRequest

RESPONSES: dict[int, Any] = {
    201: models.Index,
}


def build_request(
    *,
    body: Any = None,
) -> PreparedRequest[models.Index]:
    return PreparedRequest(
        method="POST",
        url="/v0/indices",
        responses=RESPONSES,
        json=body,
    )
