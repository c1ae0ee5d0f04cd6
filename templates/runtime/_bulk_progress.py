"""The overall progress of a bulk download: one bar, or a callback, or nothing.

Workers report bytes as they arrive (cheap: a lock and a few additions); a ticker thread turns
the totals into a :class:`BulkProgress` a few times a second and hands it to a rich bar (terminal
and Jupyter alike), a plain line on stderr when rich is missing, or the caller's callback.
"""

from __future__ import annotations

import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ._progress import ProgressCallback

__all__ = ["BulkProgress", "BulkProgressSetting", "Meter"]

TICK = 0.25
RATE_WINDOW = 5.0


@dataclass(frozen=True, slots=True)
class BulkProgress:
    """Where a bulk download stands (what a ``progress=`` callback receives)."""

    files_total: int
    """Files known so far (grows while the items are still being read)."""
    files_done: int
    """Finished: downloaded, skipped as complete, or failed."""
    files_failed: int
    bytes_done: int
    bytes_total: int | None
    """An estimate until every file's size is known: known sizes plus the average for the rest."""
    rate: float
    """Bytes per second over the last few seconds."""
    eta: float | None
    """Seconds left at the current rate, when it can be told."""
    in_flight: tuple[str, ...]
    """The files being transferred now."""
    listing_done: bool
    """Every item has been read (``files_total`` is final)."""


BulkProgressSetting = bool | str | Callable[[BulkProgress], None] | None
"""``"auto"`` (a bar when stderr is a terminal or in Jupyter and rich is installed), ``True``
(a bar), ``False``/``None`` (quiet), or a callable that receives :class:`BulkProgress`."""


class Meter:
    """Totals shared by the workers, and the display that shows them."""

    def __init__(self, setting: BulkProgressSetting) -> None:
        self._lock = threading.Lock()
        self._files_total = 0
        self._files_done = 0
        self._files_failed = 0
        self._bytes: dict[str, int] = {}
        self._sizes: dict[str, int] = {}
        self._flight: dict[str, str] = {}
        """The files in flight: key -> what to call them."""
        self._finished_bytes = 0
        self._finished_sizes = 0
        self._sized_files = 0
        self._files_skipped = 0
        self._listing_done = False
        self._samples: deque[tuple[float, int]] = deque()
        self._display = _display(setting)
        self._stop = threading.Event()
        self._ticker: threading.Thread | None = None

    # -- what workers report ------------------------------------------------------------------

    def add_file(self) -> None:
        with self._lock:
            self._files_total += 1

    def listing_done(self) -> None:
        with self._lock:
            self._listing_done = True

    def started(self, key: str, label: str) -> None:
        with self._lock:
            self._flight[key] = label
            self._bytes[key] = 0

    def callback(self, key: str) -> ProgressCallback:
        """The per-file ``(downloaded, total)`` callback of one transfer."""

        def report(downloaded: int, total: int | None) -> None:
            with self._lock:
                self._bytes[key] = downloaded
                if total is not None:
                    self._sizes[key] = total

        return report

    def finished(
        self, key: str, *, size: int, failed: bool, skipped: bool, transferred: int | None = None
    ) -> None:
        """``transferred``: bytes moved in this run (``None``: as the callback reported them)."""
        with self._lock:
            self._flight.pop(key, None)
            reported = self._bytes.pop(key, 0)
            self._sizes.pop(key, None)
            moved = reported if transferred is None else transferred
            self._finished_bytes += moved
            if skipped:
                self._files_skipped += 1
            elif not failed:
                self._finished_sizes += size
                self._sized_files += 1
            self._files_done += 1
            self._files_failed += failed

    # -- the display --------------------------------------------------------------------------

    def snapshot(self) -> BulkProgress:
        now = time.monotonic()
        with self._lock:
            done = self._finished_bytes + sum(self._bytes.values())
            sized = self._sized_files + len(self._sizes)
            known = self._finished_sizes + sum(self._sizes.values())
            unknown = self._files_total - self._files_failed - self._files_skipped - sized
            total = known + unknown * (known // sized) if sized else None
            flight = tuple(self._flight.values())
            state = (self._files_total, self._files_done, self._files_failed, self._listing_done)
        samples = self._samples
        samples.append((now, done))
        while len(samples) > 2 and now - samples[0][0] > RATE_WINDOW:
            samples.popleft()
        span = now - samples[0][0]
        rate = (done - samples[0][1]) / span if span > 0 else 0.0
        eta = (total - done) / rate if total is not None and rate > 0 and state[3] else None
        return BulkProgress(
            files_total=state[0],
            files_done=state[1],
            files_failed=state[2],
            bytes_done=done,
            bytes_total=total,
            rate=rate,
            eta=max(eta, 0.0) if eta is not None else None,
            in_flight=flight,
            listing_done=state[3],
        )

    def __enter__(self) -> Meter:
        if self._display is not None:
            self._display.start()
            self._ticker = threading.Thread(target=self._tick, name="pixxel-progress", daemon=True)
            self._ticker.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._ticker is not None:
            self._ticker.join()
        if self._display is not None:
            self._display.show(self.snapshot())
            self._display.stop()

    def _tick(self) -> None:
        assert self._display is not None
        while not self._stop.wait(TICK):
            self._display.show(self.snapshot())


class _Display:
    def start(self) -> None: ...
    def show(self, state: BulkProgress) -> None: ...
    def stop(self) -> None: ...


class _Callback(_Display):
    def __init__(self, callback: Callable[[BulkProgress], None]) -> None:
        self.callback = callback

    def show(self, state: BulkProgress) -> None:
        self.callback(state)


def _files_text(state: BulkProgress) -> str:
    total = f"{state.files_total}" if state.listing_done else f"{state.files_total}+"
    text = f"files {state.files_done}/{total}"
    if state.files_failed:
        text += f" ({state.files_failed} failed)"
    return text


def _flight_text(state: BulkProgress, width: int = 40) -> str:
    if not state.in_flight:
        return ""
    names = ", ".join(state.in_flight)
    shown = names if len(names) <= width else names[: width - 1] + "…"
    return f"{len(state.in_flight)} in flight: {shown}"


class _RichBar(_Display):
    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            DownloadColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
            TransferSpeedColumn,
        )

        self.bar = Progress(
            TextColumn("{task.fields[files]}"),
            BarColumn(),
            DownloadColumn(),
            TransferSpeedColumn(),
            TimeRemainingColumn(),
            TextColumn("{task.fields[flight]}"),
            console=Console(stderr=True),
            transient=False,
        )
        self.task = self.bar.add_task("download", total=None, files="", flight="")

    def start(self) -> None:
        self.bar.start()

    def show(self, state: BulkProgress) -> None:
        self.bar.update(
            self.task,
            completed=state.bytes_done,
            total=state.bytes_total,
            files=_files_text(state),
            flight=_flight_text(state),
        )

    def stop(self) -> None:
        self.bar.stop()


class _Line(_Display):
    """Without rich: one line on stderr, rewritten in place."""

    def show(self, state: BulkProgress) -> None:
        mib = state.bytes_done / (1 << 20)
        rate = state.rate / (1 << 20)
        eta = f", {state.eta:.0f} s left" if state.eta is not None else ""
        sys.stderr.write(f"\r{_files_text(state)}, {mib:.1f} MiB, {rate:.1f} MiB/s{eta}   ")
        sys.stderr.flush()

    def stop(self) -> None:
        sys.stderr.write("\n")


def _in_jupyter() -> bool:
    shell: Any = sys.modules.get("IPython")
    try:
        return shell is not None and type(shell.get_ipython()).__name__ == "ZMQInteractiveShell"
    except AttributeError:
        return False


def _display(setting: BulkProgressSetting) -> _Display | None:
    if setting is None or setting is False:
        return None
    if callable(setting):
        return _Callback(setting)
    if setting == "auto":
        if not (sys.stderr.isatty() or _in_jupyter()):
            return None
        try:
            return _RichBar()
        except ImportError:
            return _Line()
    if setting is True:
        try:
            return _RichBar()
        except ImportError:
            return _Line()
    raise TypeError(
        f"progress must be 'auto', True, False, None or a callable, not {type(setting).__name__}"
    )
