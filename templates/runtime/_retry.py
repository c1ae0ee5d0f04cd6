"""When to send a failed request again, and how long to wait first."""

from __future__ import annotations

import email.utils
import random
import time
from dataclasses import dataclass

import httpx

__all__ = ["RetryPolicy"]

RETRYABLE_STATUSES = frozenset({408, 429, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Exponential backoff with full jitter, honouring ``Retry-After`` up to ``max_retry_after``."""

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0

    def may_resend(self, method: str, retry_safe: bool, error: Exception | None) -> bool:
        """Whether resending cannot cause a second side effect.

        GET, PUT and DELETE always qualify; other methods only when the spec marks the operation
        retry-safe, or when the connection failed before the request could reach the server.
        """
        if method.upper() in IDEMPOTENT_METHODS or retry_safe:
            return True
        return isinstance(error, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)

    def should_retry_response(self, response: httpx.Response) -> bool:
        return response.status_code in RETRYABLE_STATUSES

    def delay(self, attempt: int, response: httpx.Response | None = None) -> float:
        """Seconds to wait before retry number ``attempt`` (1-based)."""
        if response is not None:
            retry_after = parse_retry_after(response.headers.get("retry-after"))
            if retry_after is not None:
                return min(retry_after, self.max_retry_after)
        ceiling = min(self.initial_delay * 2 ** (attempt - 1), self.max_delay)
        return random.uniform(ceiling / 2, ceiling)


def parse_retry_after(value: str | None) -> float | None:
    """Read ``Retry-After`` as seconds or as an HTTP date; ``None`` when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
