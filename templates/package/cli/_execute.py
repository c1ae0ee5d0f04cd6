"""Run one command: build the call from the options, send it, print the result, map errors."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import typer

from .._runtime._waiting import WaitFailedError
from . import _output
from ._command import Command
from ._exit import UsageError, failures, in_shell_words, option_name
from ._inputs import Stdin, body_fields, convert, read_json
from ._output import Mode
from ._session import Session


def run(
    ctx: typer.Context,
    command: Command,
    path: list[str],
    values: dict[str, Any],
    *,
    body: str | None = None,
    as_json: bool = False,
    as_ndjson: bool = False,
    columns: str | None = None,
    limit: int | None = None,
    output: Path | None = None,
    wait_timeout: float | None = None,
    poll_interval: float | None = None,
) -> None:
    """Execute ``command`` and exit with the documented exit code."""
    session: Session = ctx.obj
    from_body: set[str] = set()

    def where(argument: str) -> str:
        """Where the user gave ``argument``: an argument, an option or a field of ``--body``."""
        if argument in command.arguments:
            return argument.upper()
        if argument in from_body and values.get(argument) in (None, []):
            return f"{command.body_fields.get(argument, argument)} in --body"
        return option_name(argument)

    def describe(error: Exception) -> str | None:
        text = in_shell_words(error, where)
        return text if text is not None or isinstance(error, TypeError) else str(error)

    try:
        with failures(describe):
            mode = Mode.pick(as_json, as_ndjson, columns)
            waiting = _wait_options(wait_timeout, poll_interval)
            kwargs = _arguments(command, values, body, from_body)
            resource = getattr(session.client, command.resource)
            if command.download and output is not None:
                _download(session, resource, command, path, kwargs, output, waiting, mode)
            elif command.waits:
                _wait(session, resource, command, path, kwargs, waiting, mode)
            elif command.paged:
                _list(session, resource, command, path, kwargs, limit, mode)
            else:
                result = getattr(resource, command.method)(*path, **kwargs)
                if command.binary:
                    _output.file(result, output)
                else:
                    body_read = session.last_body() if result is not None else None
                    _output.result(command, body_read, mode)
    finally:
        session.close()


def _wait_options(timeout: float | None, poll_interval: float | None) -> dict[str, float]:
    options: dict[str, float] = {}
    for option, name, value in (
        ("--wait-timeout", "timeout", timeout),
        ("--poll-interval", "poll_interval", poll_interval),
    ):
        if value is not None:
            if not value > 0:
                raise UsageError(f"{option} must be more than 0 seconds, got {value:g}")
            options[name] = value
    return options


def _arguments(
    command: Command, values: dict[str, Any], body: str | None, from_body: set[str]
) -> dict[str, Any]:
    """Keyword arguments of the client method: ``--body`` fields, overridden by the options."""
    stdin = Stdin()
    kwargs: dict[str, Any] = {}
    if body is not None:
        kwargs.update(body_fields(command, read_json("--body", body, stdin)))
        from_body.update(kwargs)
    elif command.body_required:
        raise UsageError("this command needs a request body: --body FILE (or --body - for stdin)")
    for name, value in values.items():
        if value is None or value == []:
            continue
        kwargs[name] = convert(command, name, value, stdin)
    missing = [name for name in command.required if name not in kwargs]
    if missing:
        options = ", ".join(option_name(m) for m in missing)
        raise UsageError(
            f"missing {options}" + (" (or give it in --body)" if command.body_fields else "")
        )
    return kwargs


def _list(
    session: Session,
    resource: Any,
    command: Command,
    path: list[str],
    kwargs: dict[str, Any],
    limit: int | None,
    mode: Mode,
) -> None:
    """Walk the pages (at most ``limit`` items): NDJSON lines as each page arrives, or one
    table or JSON array at the end."""
    if limit is not None and limit < 0:
        raise UsageError("--limit must be 0 or more")
    paginator = getattr(resource, command.method)(*path, **kwargs)
    printer = _output.Rows(command, mode)
    if limit != 0:
        for _page in paginator.pages():
            body = session.last_body()
            items = body.get(command.items, []) if isinstance(body, dict) else body or []
            if limit is not None:
                items = items[: limit - printer.count]
            printer.add(items)
            if limit is not None and printer.count >= limit:
                break
    printer.close()


def _wait(
    session: Session,
    resource: Any,
    command: Command,
    path: list[str],
    kwargs: dict[str, Any],
    waiting: dict[str, float],
    mode: Mode,
) -> None:
    if command.select:
        _check_listed(session, resource, command, path, kwargs)
    try:
        with _output.live_status(command) as update:
            result = getattr(resource, command.method)(*path, **kwargs, **waiting, on_update=update)
    except WaitFailedError:
        if mode.json:  # scripts still get the final record
            _output.result(command, _selected(command, kwargs, session.last_body()), mode)
        raise
    body = _selected(command, kwargs, session.last_body())
    if body is None and result is not None:
        body = _output.plain(result)
    _output.result(command, body, mode)


def _download(
    session: Session,
    resource: Any,
    command: Command,
    path: list[str],
    kwargs: dict[str, Any],
    output: Path,
    waiting: dict[str, float],
    mode: Mode,
) -> None:
    """Wait for the file (bounded, with its status shown), then download it to ``output``."""
    timeout = waiting.get("timeout")
    if command.wait_method:
        started = time.monotonic()
        with _output.live_status(command) as update:
            getattr(resource, command.wait_method)(*path, **kwargs, **waiting, on_update=update)
        if timeout is not None:  # what is left of the wait, for a URL that must be asked again
            waiting = {"timeout": max(timeout - (time.monotonic() - started), 1.0)}
    options = {"timeout": waiting["timeout"]} if "timeout" in waiting else {}
    _output.download(resource, command, path, {**kwargs, **options}, output, mode)


def _check_listed(
    session: Session, resource: Any, command: Command, path: list[str], kwargs: dict[str, Any]
) -> None:
    """A wait over a list stops at once when the element it would wait for is not listed."""
    from .._operations import OPERATIONS

    select = str(command.select)
    polled = {k: v for k, v in kwargs.items() if k != select}
    result = getattr(resource, OPERATIONS[command.operation_id].method_name)(*path, **polled)
    key, items = _select_rule(command)
    listed: list[str] = []
    for _page in result.pages() if hasattr(result, "pages") else [result]:
        body = session.last_body()
        if _selected(command, kwargs, body) is not None:
            return
        listed += [str(i.get(key)) for i in (body or {}).get(items, []) if isinstance(i, dict)]
    shown = ", ".join(listed[:5]) + (", ..." if len(listed) > 5 else "") or "none"
    raise UsageError(
        f"{option_name(select)} {kwargs[select]!r} is not listed (the {key}s listed: {shown})"
    )


def _selected(command: Command, kwargs: dict[str, Any], body: Any) -> Any:
    """The polled body, or for a waiter over a list the element it waits for."""
    if command.select and isinstance(body, dict):
        wanted = kwargs[command.select]
        key, items = _select_rule(command)
        return next((i for i in body.get(items, []) if str(i.get(key)) == str(wanted)), None)
    return body


def _select_rule(command: Command) -> tuple[str, str]:
    from .._operations import OPERATIONS

    waiter = OPERATIONS[command.operation_id].waiter or {}
    select = waiter.get("select") or {}
    return str(select.get("key")), str(select.get("items"))
