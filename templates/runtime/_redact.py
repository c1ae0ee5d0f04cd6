"""Keep secrets out of logs, reprs and exception messages."""

from __future__ import annotations

import re

_SIGNATURE_PARAMS = re.compile(
    r"(?i)([?&](?:x-amz-signature|x-amz-credential|x-amz-security-token|x-goog-signature"
    r"|x-goog-credential|signature|sig|se|sv|skoid|sktid|token"
    # credentials a caller may put in extra_query
    r"|api[_-]?key|access[_-]?token|password|client[_-]?secret)=)[^&#\s\"']+"
)

REDACTED = "[REDACTED]"


def redact_url(url: str) -> str:
    """Return ``url`` with signed-URL signatures, keys and tokens replaced by ``[REDACTED]``."""
    return _SIGNATURE_PARAMS.sub(lambda m: m.group(1) + REDACTED, url)


def redact_key(api_key: str | None) -> str:
    """Show only enough of an API key to tell two keys apart."""
    if not api_key:
        return "<none>"
    return f"...{api_key[-4:]}" if len(api_key) > 12 else REDACTED
