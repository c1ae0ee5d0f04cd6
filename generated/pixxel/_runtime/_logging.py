"""The ``pixxel`` logger; ``PIXXEL_LOG=debug`` (or ``info``) turns it on without code."""

from __future__ import annotations

import logging
import os

logger = logging.getLogger("pixxel")


def setup_logging_from_env() -> None:
    level = os.environ.get("PIXXEL_LOG", "").strip().upper()
    if level not in {"DEBUG", "INFO", "WARNING", "ERROR"} or logger.handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
