"""One budget that every worker of a batch of downloads shares: pauses, retries, cancellation.

A file host that answers ``429`` or ``503`` (with or without ``Retry-After``) is telling the whole
client to slow down, not one connection: the worker that sees it sets a pause that every worker
waits out before its next request, so eight workers do not each hammer on. The retries spent on
such answers come out of one budget for the batch, and Ctrl-C (or a caller's ``cancel()``) stops
every worker at its next chunk.
"""

from __future__ import annotations

import random
import threading
import time

from ._retry import parse_retry_after

__all__ = ["Cancelled", "Gate", "RetryBudgetSpent"]

THROTTLING_STATUSES = frozenset({429, 502, 503, 504})


class Cancelled(Exception):
    """The batch was cancelled: stop at once, keep what is resumable."""


class RetryBudgetSpent(Exception):
    """The batch has used all its retries on throttled or unavailable answers."""


class Gate:
    """Shared by the workers of one batch (thread-safe).

    Args:
        retries: How many throttled answers (``429``/``502``/``503``/``504``) the batch may retry
            in all before the transfers that meet one more fail.
        max_wait: The longest single pause, whatever ``Retry-After`` asks for.
    """

    def __init__(self, retries: int = 50, *, max_wait: float = 120.0) -> None:
        self._lock = threading.Lock()
        self._resume_at = 0.0
        self._retries_left = retries
        self._streak = 0
        self._cancelled = threading.Event()
        self.max_wait = max_wait
        self.throttled = 0
        """How many throttled answers the batch has seen."""

    def wait(self) -> None:
        """Block until the batch may send its next request (or raise :class:`Cancelled`)."""
        while True:
            self.check()
            with self._lock:
                delay = self._resume_at - time.monotonic()
            if delay <= 0:
                return
            self._cancelled.wait(min(delay, 0.5))

    def throttle(self, retry_after: str | None) -> float:
        """A host said slow down: pause every worker; the pause in seconds.

        Raises :class:`RetryBudgetSpent` when the batch has no retry left.
        """
        with self._lock:
            self.throttled += 1
            if self._retries_left <= 0:
                raise RetryBudgetSpent(f"gave up after {self.throttled - 1} throttled answers")
            self._retries_left -= 1
            self._streak += 1
            asked = parse_retry_after(retry_after)
            if asked is None:  # exponential backoff with jitter, growing with the streak
                ceiling = min(0.5 * 2 ** (self._streak - 1), 30.0)
                asked = random.uniform(ceiling / 2, ceiling)
            pause = min(asked, self.max_wait)
            self._resume_at = max(self._resume_at, time.monotonic() + pause)
            return pause

    def succeeded(self) -> None:
        """A request went through: the backoff streak starts again from the bottom."""
        self._streak = 0

    def cancel(self) -> None:
        """Stop every worker at its next request or chunk."""
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        if self._cancelled.is_set():
            raise Cancelled("the download was cancelled")
