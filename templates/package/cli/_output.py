"""What a command prints: one JSON document, or rich tables, status and progress on a terminal."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from rich import box
from rich.console import Console
from rich.table import Table

from ._command import Command
from ._exit import UsageError

MAX_CELL = 60
"""Longest cell of a JSON object or array in a table (text is wrapped, never cut)."""
GAP = 3
"""Columns of the screen a table column takes besides its text."""
SHORT = 24
"""Values up to this long (dates, states, numbers) are kept on one line."""
MIN_WRAP = 12
"""The narrowest a column of wrapped text is made."""


@dataclass(frozen=True)
class Mode:
    """How a command prints: one JSON document, JSON lines, or a table (of chosen columns)."""

    json: bool = False
    ndjson: bool = False
    columns: tuple[str, ...] | None = None

    @classmethod
    def pick(cls, as_json: bool, as_ndjson: bool, columns: str | None) -> Mode:
        if as_json and as_ndjson:
            raise UsageError("--json and --ndjson cannot be used together")
        if columns is not None and (as_json or as_ndjson):
            raise UsageError("--columns is for tables; leave it out with --json or --ndjson")
        names = None
        if columns is not None:
            names = tuple(c.strip() for c in columns.split(",") if c.strip())
            if not names:
                raise UsageError("--columns needs at least one field name")
        return cls(as_json, as_ndjson, names)


def dump(data: Any, stream: IO[str]) -> None:
    json.dump(data, stream, indent=2, ensure_ascii=False)
    stream.write("\n")


def line(data: Any) -> None:
    """One NDJSON line, written at once (a reader downstream sees each item as it comes)."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")
    sys.stdout.flush()


def plain(value: Any) -> Any:
    """A parsed model (or list of them) as JSON data with wire names."""
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def result(command: Command, body: Any, mode: Mode) -> None:
    """One response body: as JSON, as JSON lines (its list), or as a table."""
    items = _items_of(command, body)
    if mode.json:
        dump(body, sys.stdout)
    elif mode.ndjson:
        for item in items if items is not None else [body]:
            line(item)
    elif items is not None:
        printer = Rows(command, mode)
        printer.add(items)
        printer.close()
    elif isinstance(body, dict):
        table = Table(show_header=False, box=None)
        table.add_column(style="bold", no_wrap=True)
        table.add_column(overflow="fold")
        for key, value in body.items():
            table.add_row(key, _cell(value))
        Console().print(table)
    elif body is not None:
        Console().print(_cell(body))


def _items_of(command: Command, body: Any) -> list[Any] | None:
    if isinstance(body, list):
        return body
    if isinstance(body, dict) and command.items and isinstance(body.get(command.items), list):
        return list(body[command.items])
    return None


class Rows:
    """The items of a list, printed as they come (JSON lines) or at the end (array, table)."""

    def __init__(self, command: Command, mode: Mode) -> None:
        self.command = command
        self.mode = mode
        self.count = 0
        self.kept: list[Any] = []

    def add(self, items: list[Any]) -> None:
        self.count += len(items)
        if self.mode.ndjson:
            for item in items:
                line(item)
        else:
            self.kept += items

    def close(self) -> None:
        if self.mode.ndjson:
            return
        if self.mode.json:
            dump(self.kept, sys.stdout)
            return
        columns = list(self.mode.columns or self.command.columns) or _columns_of(self.kept)
        console = Console()
        shown, left_out = table(columns, self.kept, console.width)
        console.print(shown, crop=False)  # an id wider than the terminal is wrapped, not cut
        count = len(self.kept)
        note = f" ({', '.join(left_out)} left out at this width: see --columns)" if left_out else ""
        print(f"{count} item{'s' if count != 1 else ''}{note}", file=sys.stderr)


def table(columns: list[str], items: list[Any], width: int) -> tuple[Table, list[str]]:
    """A table that fits ``width`` without cutting an id: ids and short values stay on one
    line, free text wraps, and the last columns that still do not fit are left out (and
    named)."""
    rows = [
        [_cell(_field(item if isinstance(item, dict) else {"value": item}, c)) for c in columns]
        for item in items
    ]
    widths = [max([len(_label(c)), *(len(r[i]) for r in rows)]) for i, c in enumerate(columns)]
    ids = [_is_id(c) for c in columns]
    used = sum(w + GAP for w, is_id in zip(widths, ids, strict=True) if is_id) - GAP  # no edges
    layout: dict[int, str] = {i: "id" for i, is_id in enumerate(ids) if is_id}
    for i, w in enumerate(widths):  # the others in order of importance, while they fit
        if i in layout:
            continue
        kind = "short" if w <= SHORT else "wrap"
        need = (w if kind == "short" else min(w, MIN_WRAP)) + GAP
        if used + need <= width:
            layout[i], used = kind, used + need
    shown = sorted(layout)
    result = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    for i in shown:
        if layout[i] == "wrap":
            result.add_column(_label(columns[i]), overflow="fold")
        else:
            result.add_column(_label(columns[i]), no_wrap=True, min_width=widths[i])
    for row in rows:
        result.add_row(*(row[i] for i in shown))
    return result, [c for i, c in enumerate(columns) if i not in layout]


def _field(item: dict[str, Any], column: str) -> Any:
    """``column`` of ``item``: a field name, or a dotted path into nested objects."""
    if column in item:
        return item[column]
    value: Any = item
    for part in column.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def _label(column: str) -> str:
    """The header of a column: its last field name, without an extension prefix."""
    return column.rsplit(".", 1)[-1].rsplit(":", 1)[-1]


def _is_id(column: str) -> bool:
    name = column.rsplit(".", 1)[-1].lower()
    return (
        name == "id" or name.endswith(("_id", "-id")) or (name.endswith("id") and "_" not in name)
    )


def _columns_of(items: list[Any]) -> list[str]:
    first = next((i for i in items if isinstance(i, dict)), None)
    return list(first)[:6] if first else ["value"]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def file(content: Any, output: Path | None) -> None:
    """A file returned by the API: to ``-o FILE``, else to stdout when it is not a terminal."""
    data = content.encode() if isinstance(content, str) else bytes(content or b"")
    if output is not None:
        output.write_bytes(data)
        print(f"Saved {output} ({len(data)} bytes)", file=sys.stderr)
    elif isinstance(content, str):
        sys.stdout.write(content)
    elif sys.stdout.isatty():
        raise UsageError("the response is a binary file: write it with -o FILE")
    else:
        sys.stdout.buffer.write(data)


def download(
    resource: Any,
    command: Command,
    path: list[str],
    kwargs: dict[str, Any],
    output: Path,
    mode: Mode,
) -> None:
    """Stream the file to ``output`` with a progress bar; a ``.part`` left earlier is resumed."""
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
        TransferSpeedColumn,
    )

    console = Console(stderr=True)
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
        TimeRemainingColumn(),
        console=console,
        # Off a terminal the bar is drawn once at the end instead of being redrawn.
        auto_refresh=console.is_terminal,
    ) as progress:
        task = progress.add_task(output.name, total=None)

        def update(done: int, total: int | None) -> None:
            progress.update(task, completed=done, total=total)

        method = getattr(resource, command.download or "download_to")
        outcome = method(*path, output, **kwargs, progress=update)
    summary = {
        "path": str(outcome.path),
        "size": outcome.size,
        "resumed": outcome.resumed,
        "skipped": outcome.skipped,
        "verified": outcome.verified,
    }
    if mode.json or mode.ndjson:
        dump(summary, sys.stdout) if mode.json else line(summary)
    else:
        state = (
            "resumed and saved"
            if outcome.resumed
            else "already complete"
            if outcome.skipped
            else "saved"
        )
        print(f"{outcome.path}: {outcome.size} bytes {state}")


@contextmanager
def live_status(command: Command) -> Iterator[Callable[[Any], None]]:
    """The polled status: a spinner line on a terminal, one ``status: ...`` line per change
    otherwise (logs and CI keep a record without being flooded)."""
    console = Console(stderr=True)
    started = time.monotonic()
    last: list[str | None] = [None]
    with console.status(f"Waiting ({command.usage})...") as status:

        def update(value: Any) -> None:
            state = _status_of(value, command.status_field)
            elapsed = time.monotonic() - started
            status.update(f"Waiting ({command.usage}): {state} after {elapsed:.0f}s")
            if state != last[0] and not console.is_terminal:
                print(f"status: {state}", file=sys.stderr, flush=True)
            last[0] = state

        yield update
    if last[0] is not None and console.is_terminal:
        console.print(f"status: {last[0]}")


def _status_of(value: Any, field: str) -> str:
    for part in field.split("."):
        value = value.get(part) if isinstance(value, dict) else getattr(value, part, None)
    return str(getattr(value, "value", value))
