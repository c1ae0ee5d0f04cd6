"""What a command prints: one JSON document, or rich tables, status and progress on a terminal."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from rich.console import Console
from rich.table import Table

from ._command import Command

MAX_CELL = 60


def dump(data: Any, stream: IO[str]) -> None:
    json.dump(data, stream, indent=2, ensure_ascii=False)
    stream.write("\n")


def plain(value: Any) -> Any:
    """A parsed model (or list of them) as JSON data with wire names."""
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def result(command: Command, body: Any, as_json: bool) -> None:
    """One response body: as JSON, or as a table (its list, or its fields)."""
    if as_json:
        dump(body, sys.stdout)
        return
    if body is None:
        return
    if isinstance(body, list):
        rows(command, body, False)
    elif isinstance(body, dict) and command.items and isinstance(body.get(command.items), list):
        rows(command, body[command.items], False)
    elif isinstance(body, dict):
        table = Table(show_header=False, box=None)
        table.add_column(style="bold")
        table.add_column()
        for key, value in body.items():
            table.add_row(key, _cell(value))
        Console().print(table)
    else:
        Console().print(_cell(body))


def rows(command: Command, items: list[Any], as_json: bool) -> None:
    """A list of items: one JSON array, or a table with the command's columns."""
    if as_json:
        dump(items, sys.stdout)
        return
    columns = list(command.columns) or _columns_of(items)
    table = Table(*columns)
    for item in items:
        values = item if isinstance(item, dict) else {"value": item}
        table.add_row(*(_cell(values.get(c)) for c in columns))
    console = Console()
    console.print(table)
    Console(stderr=True).print(f"{len(items)} item{'s' if len(items) != 1 else ''}")


def _columns_of(items: list[Any]) -> list[str]:
    first = next((i for i in items if isinstance(i, dict)), None)
    return list(first)[:6] if first else ["value"]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
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
        raise ValueError("the response is a binary file: write it with -o FILE")
    else:
        sys.stdout.buffer.write(data)


def download(
    resource: Any,
    command: Command,
    path: list[str],
    kwargs: dict[str, Any],
    output: Path,
    as_json: bool,
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
    if as_json:
        dump(summary, sys.stdout)
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
    """A status line (spinner on a terminal, one line per change elsewhere) fed by ``on_update``."""
    from .._operations import OPERATIONS

    field = (OPERATIONS[command.operation_id].waiter or {}).get("status", "status")
    console = Console(stderr=True)
    started = time.monotonic()
    last: list[str | None] = [None]
    with console.status(f"Waiting ({command.operation_id})...") as status:

        def update(value: Any) -> None:
            state = _status_of(value, field)
            elapsed = time.monotonic() - started
            status.update(f"Waiting ({command.operation_id}): {state} after {elapsed:.0f}s")
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
