"""The project's string formats (spec/README.md, "Timestamps"): the one definition.

The generator maps each format to the runtime type its model fields get (``runtime_type``),
the models parse and send dates with ``strptime``, strict validation checks ``pattern`` and
``strptime``, and the tests generate values from them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

__all__ = ["DATE_FORMATS", "TIMESTAMP_FORMATS", "DateFormat"]


@dataclass(frozen=True, slots=True)
class DateFormat:
    strptime: str
    """``datetime.strptime`` / ``strftime`` format of the value."""
    pattern: str
    """The zero-padded shape the documented values have (strptime alone does not insist on it)."""
    runtime_type: str
    """The annotated type of ``pixxel._runtime._models`` a field of this format gets."""


DATE_FORMATS: Final = {
    "date": DateFormat("%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}$", "PlainDate"),
    "date-dmy": DateFormat("%d-%m-%Y", r"^\d{2}-\d{2}-\d{4}$", "DateDmy"),
    "date-underscore": DateFormat("%Y_%m_%d", r"^\d{4}_\d{2}_\d{2}$", "DateUnderscore"),
}
"""``format`` -> how its dates are written."""

TIMESTAMP_FORMATS: Final = {"date-time": "Timestamp", "timestamp": "Timestamp"}
"""``format`` -> runtime type of the timestamps: ``date-time`` (RFC 3339) and ``timestamp`` (ISO
8601 with ``T`` or a space, documentation placeholders kept as sent), both read leniently."""
