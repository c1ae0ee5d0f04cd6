"""The ``pixxel`` logger, and signed URLs kept out of the HTTP libraries' logs.

``PIXXEL_LOG=debug`` (or ``info``) turns the ``pixxel`` logger on without code.

httpx logs every request at INFO (``HTTP Request: GET <url> ...``) with the full URL: for a
signed download URL that is its signature, credential and session token. Once a client exists,
a filter on the ``httpx`` and ``httpcore`` loggers redacts those query parameters from every
record before any handler sees it.
"""

from __future__ import annotations

import logging
import os
from typing import Any

from ._redact import redact_url

logger = logging.getLogger("pixxel")
# A library logs nothing unless the application asks: without this, Python's last-resort handler
# would print the logger's warnings (the paging guards) to stderr.
logger.addHandler(logging.NullHandler())

# httpx logs on "httpx"; httpcore on these children (a logger's filters do not apply to records
# that reach it from its children, so each one gets the filter).
HTTP_LOGGERS = (
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
)


class RedactSignedURLs(logging.Filter):
    """Rewrites a record's message and arguments with signed-URL secrets redacted."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = redact_url(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(_redacted(arg) for arg in record.args)
        elif isinstance(record.args, dict):
            record.args = {key: _redacted(value) for key, value in record.args.items()}
        return True


def _redacted(value: Any) -> Any:
    if isinstance(value, str | bytes) or type(value).__name__ == "URL":
        text = value.decode("latin-1") if isinstance(value, bytes) else str(value)
        cleaned = redact_url(text)
        if cleaned != text:
            return cleaned
    return value


_FILTER = RedactSignedURLs()


def redact_http_logs() -> None:
    """Install the signed-URL filter on the HTTP libraries' loggers (idempotent)."""
    for name in HTTP_LOGGERS:
        target = logging.getLogger(name)
        if _FILTER not in target.filters:
            target.addFilter(_FILTER)


def setup_logging_from_env() -> None:
    """Logging set up when a client is created: redaction always, ``PIXXEL_LOG`` if set."""
    redact_http_logs()
    level = os.environ.get("PIXXEL_LOG", "").strip().upper()
    configured = any(not isinstance(h, logging.NullHandler) for h in logger.handlers)
    if level not in {"DEBUG", "INFO", "WARNING", "ERROR"} or configured:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
