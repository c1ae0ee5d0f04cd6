"""Time arguments: ``datetime``/``date`` objects, ISO 8601 strings and ``(start, end)`` ranges.

Which request field takes which form is declared in the spec (``x-pixxel-input``); the generated
method converts the argument before anything is sent. A naive ``datetime`` (no ``tzinfo``) is
taken as UTC. Every value goes on the wire as RFC 3339 in UTC (``2024-01-01T00:00:00Z``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Literal, TypeAlias

from ._naming import describe

__all__ = ["DateTimeInput", "DateTimeRangeInput", "to_datetime", "to_interval"]

DateTimeInput: TypeAlias = datetime | date | str
"""A ``datetime`` (naive means UTC), a ``date`` or an ISO 8601 string."""

DateTimeRangeInput: TypeAlias = (
    DateTimeInput | tuple[DateTimeInput | None, DateTimeInput | None] | Sequence[Any]
)
"""One instant or day, an ISO 8601 interval string ``"start/end"``, or a ``(start, end)`` pair
whose open end is ``None`` or ``".."``."""

Bound = Literal["start", "end"]
_OPEN = (None, "..", "")


def to_datetime(value: Any, method: str, argument: str, bound: Bound = "start") -> str:
    """``value`` as an RFC 3339 UTC timestamp.

    A ``date`` (or a ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` string) is the start of that
    period, or its last second when ``bound`` is ``"end"``.
    """
    return _format(_parse(value, describe(method, argument), bound))


def to_interval(value: Any, method: str, argument: str) -> str:
    """``value`` as the STAC ``datetime`` filter: ``"start/end"`` (``..`` for an open end) or
    one instant. A single ``date`` covers that whole day, ``"2024"`` that year, ``"2024-02"``
    that month."""
    where = describe(method, argument)
    if isinstance(value, str) and "/" in value:
        parts: Sequence[Any] = value.split("/")
        if len(parts) != 2:
            raise ValueError(f"{where}: expected 'start/end', got {value!r}")
    elif isinstance(value, str | datetime | date):
        if _is_day(value):
            return f"{to_datetime(value, method, argument)}/{to_datetime(value, method, argument, 'end')}"
        return to_datetime(value, method, argument)
    elif isinstance(value, Sequence) and not isinstance(value, bytes):
        parts = value
        if len(parts) != 2:
            raise ValueError(f"{where}: expected a (start, end) pair, got {len(parts)} values")
    else:
        raise TypeError(
            f"{where}: expected a datetime, date, ISO 8601 string or (start, end) pair, "
            f"got {type(value).__name__}"
        )
    start, end = (None if p in _OPEN else p for p in parts)
    if start is None and end is None:
        raise ValueError(f"{where}: both ends of the range are open; give at least one")
    first = None if start is None else _parse(start, where, "start")
    last = None if end is None else _parse(end, where, "end")
    if first is not None and last is not None and first > last:
        raise ValueError(
            f"{where}: the range starts ({_format(first)}) after it ends ({_format(last)})"
        )
    return f"{'..' if first is None else _format(first)}/{'..' if last is None else _format(last)}"


def _is_day(value: Any) -> bool:
    """A calendar period rather than an instant: a ``date``, or ``YYYY``, ``YYYY-MM``,
    ``YYYY-MM-DD`` (as pystac-client reads them)."""
    if isinstance(value, datetime):
        return False
    if isinstance(value, date):
        return True
    return isinstance(value, str) and len(value.strip()) in (4, 7, 10)


def _period(text: str, bound: Bound) -> date:
    """The first (or, for ``bound="end"``, the last) day of ``YYYY``, ``YYYY-MM`` or a day."""
    if len(text) == 10:
        return date.fromisoformat(text)
    year, _, month = text.partition("-")
    if not (year.isdigit() and (not month or month.isdigit())):
        raise ValueError(text)
    first = date(int(year), int(month or 1), 1)
    if bound == "start":
        return first
    if month and int(month) < 12:
        return date(first.year, int(month) + 1, 1) - timedelta(days=1)
    return date(first.year, 12, 31)


def _parse(value: Any, where: str, bound: Bound) -> datetime:
    if isinstance(value, str):
        text = value.strip()
        try:
            value = _period(text, bound) if _is_day(text) else datetime.fromisoformat(text)
        except ValueError:
            raise ValueError(
                f"{where}: {value!r} is not an ISO 8601 date or date-time "
                "(e.g. '2024', '2024-01', '2024-01-31' or '2024-01-31T12:00:00Z')"
            ) from None
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)
    if isinstance(value, date):
        clock = time(23, 59, 59) if bound == "end" else time(0, 0, 0)
        return datetime.combine(value, clock, tzinfo=UTC)
    raise TypeError(
        f"{where}: expected a datetime, date or ISO 8601 string, got {type(value).__name__}"
    )


def _format(moment: datetime) -> str:
    # As short as the value allows: whole seconds, milliseconds, else microseconds.
    micro = moment.microsecond
    timespec = "seconds" if not micro else "milliseconds" if micro % 1000 == 0 else "microseconds"
    return moment.isoformat(timespec=timespec).replace("+00:00", "Z")
