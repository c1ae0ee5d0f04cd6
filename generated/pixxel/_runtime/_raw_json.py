"""Fields the API stores as raw JSON bytes."""

from __future__ import annotations

import json
from typing import Any

__all__ = ["decode_raw_json"]


def decode_raw_json(value: Any) -> Any:
    """Decode a ``RawJson`` field (job ``spec``, task ``inputs``/``result``, ...).

    The documentation types these fields as integer arrays: the bytes of a serialized JSON
    document. A list of ints in 0..255 is decoded as UTF-8 JSON (an empty list gives ``None``);
    anything else is already a JSON value and is returned unchanged. Bytes that are not JSON are
    returned as text.
    """
    if isinstance(value, list) and all(isinstance(b, int) and 0 <= b <= 255 for b in value):
        if not value:
            return None
        raw = bytes(value)
        try:
            return json.loads(raw)
        except ValueError:
            return raw.decode("utf-8", errors="replace")
    return value
