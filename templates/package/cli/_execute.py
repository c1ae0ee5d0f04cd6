"""Run one command: build the call from the options, send it, print the result, map errors."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import typer

from .._runtime._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
)
from .._runtime._waiting import WaitFailedError, WaitTimeoutError
from . import _output
from ._command import Command
from ._session import Session

OK, FAILED, USAGE, API_ERROR, NETWORK, INVALID_RESPONSE, INTERRUPTED = 0, 1, 2, 3, 4, 5, 130


class UsageError(Exception):
    """A wrong option value, found after typer parsed the command line (exit code 2)."""


def run(
    ctx: typer.Context,
    command: Command,
    path: list[str],
    values: dict[str, Any],
    *,
    body: str | None = None,
    as_json: bool = False,
    limit: int | None = None,
    output: Path | None = None,
    wait_timeout: float | None = None,
    poll_interval: float | None = None,
) -> None:
    """Execute ``command`` and exit with the documented exit code."""
    session: Session = ctx.obj
    try:
        with _errors():
            kwargs = _arguments(command, values, body)
            resource = getattr(session.client, command.resource)
            if command.download and output is not None:
                _output.download(resource, command, path, kwargs, output, as_json)
            elif command.waits:
                _wait(
                    session, resource, command, path, kwargs, wait_timeout, poll_interval, as_json
                )
            elif command.paged:
                _list(session, resource, command, path, kwargs, limit, as_json)
            else:
                result = getattr(resource, command.method)(*path, **kwargs)
                if command.binary:
                    _output.file(result, output)
                else:
                    _output.result(
                        command, session.last_body() if result is not None else None, as_json
                    )
    finally:
        session.close()


@contextmanager
def _errors() -> Iterator[None]:
    """One line on stderr and a distinct exit code for each kind of failure."""
    try:
        yield
    except UsageError as error:
        _fail(USAGE, f"Error: {error}")
    except APIStatusError as error:
        parts = [f"API error {error.status_code}"]
        if error.code:
            parts.append(f"[{error.code}]")
        parts.append(error.error_message or error.response.reason_phrase or "")
        if error.request_id:
            parts.append(f"(request id {error.request_id})")
        _fail(API_ERROR, " ".join(p for p in parts if p))
    except APIResponseValidationError as error:
        _fail(INVALID_RESPONSE, f"Invalid response: {error.message}")
    except APIConnectionError as error:
        _fail(NETWORK, f"Network error: {error.message} ({error.method} {error.url})")
    except WaitTimeoutError as error:
        _fail(NETWORK, f"Timed out: {error}")
    except WaitFailedError as error:
        _fail(FAILED, f"Failed: {error}")
    except APIError as error:  # a download that could not complete (the .part file stays)
        _fail(NETWORK, f"Download failed: {error}")
    except ValueError as error:  # settings (no API key, bad base URL) and body validation
        _fail(USAGE, f"Error: {_describe(error)}")
    except KeyboardInterrupt:
        _fail(INTERRUPTED, "Interrupted.")


def _describe(error: ValueError) -> str:
    """A request body the model rejects, as 'field: problem' pairs; other errors as they are."""
    errors = getattr(error, "errors", None)
    if not callable(errors):
        return str(error)
    problems = [
        f"{'.'.join(str(p) for p in e.get('loc', ())) or 'body'}: {e.get('msg', '')}"
        for e in errors(include_url=False)[:5]
    ]
    return "invalid request: " + "; ".join(problems)


def _fail(code: int, message: str) -> None:
    print(" ".join(message.split()), file=sys.stderr)
    raise typer.Exit(code)


def _arguments(command: Command, values: dict[str, Any], body: str | None) -> dict[str, Any]:
    """Keyword arguments of the client method: ``--body`` fields, overridden by the options."""
    kwargs: dict[str, Any] = {}
    if body is not None:
        data = _read_body(body)
        if command.whole_body:
            kwargs["body"] = data
        else:
            if not isinstance(data, dict):
                raise UsageError("--body must hold a JSON object")
            wire_to_python = {wire: name for name, wire in command.body_fields.items()}
            unknown = sorted(set(data) - set(wire_to_python))
            if unknown:
                raise UsageError(
                    f"--body has fields the request does not take: {', '.join(unknown)}"
                )
            kwargs.update({wire_to_python[k]: v for k, v in data.items()})
    elif command.body_required:
        raise UsageError("this command needs a request body: --body FILE (or --body - for stdin)")
    for name, value in values.items():
        if value is None or value == []:
            continue
        kwargs[name] = _convert(name, command.kinds.get(name), value)
    missing = [name for name in command.required if name not in kwargs]
    if missing:
        options = ", ".join("--" + m.strip("_").replace("_", "-") for m in missing)
        raise UsageError(
            f"missing {options}" + (" (or give it in --body)" if command.body_fields else "")
        )
    return kwargs


def _read_body(source: str) -> Any:
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    except OSError as error:
        raise UsageError(f"cannot read --body {source}: {error.strerror}") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        where = "stdin" if source == "-" else source
        raise UsageError(f"--body {where} is not valid JSON: {error}") from None


def _convert(name: str, kind: str | None, value: Any) -> Any:
    option = "--" + name.strip("_").replace("_", "-")
    if kind == "json":
        try:
            return json.loads(value)
        except json.JSONDecodeError as error:
            raise UsageError(f"{option} is not valid JSON: {error}") from None
    if kind and kind.startswith("list:"):
        item = {"int": int, "float": float}.get(kind[5:], str)
        texts = [
            v for text in value for v in (text.split(",") if not text.startswith("[") else [text])
        ]
        result: list[Any] = []
        for text in texts:
            if text.startswith("["):
                result += json.loads(text)
                continue
            try:
                result.append(item(text.strip()))
            except ValueError:
                raise UsageError(f"{option}: {text!r} is not a {kind[5:]}") from None
        return result
    return value


def _list(
    session: Session,
    resource: Any,
    command: Command,
    path: list[str],
    kwargs: dict[str, Any],
    limit: int | None,
    as_json: bool,
) -> None:
    """Walk every page (at most ``limit`` items) and print the items as one table or array."""
    if limit is not None and limit < 0:
        raise UsageError("--limit must be 0 or more")
    paginator = getattr(resource, command.method)(*path, **kwargs)
    rows: list[Any] = []
    if limit != 0:
        for _page in paginator.pages():
            body = session.last_body()
            items = body.get(command.items, []) if isinstance(body, dict) else body or []
            rows += items
            if limit is not None and len(rows) >= limit:
                break
    if limit is not None:
        rows = rows[:limit]
    _output.rows(command, rows, as_json)


def _wait(
    session: Session,
    resource: Any,
    command: Command,
    path: list[str],
    kwargs: dict[str, Any],
    wait_timeout: float | None,
    poll_interval: float | None,
    as_json: bool,
) -> None:
    options: dict[str, Any] = {}
    if wait_timeout is not None:
        options["timeout"] = wait_timeout
    if poll_interval is not None:
        options["poll_interval"] = poll_interval
    try:
        with _output.live_status(command) as update:
            result = getattr(resource, command.method)(*path, **kwargs, **options, on_update=update)
    except WaitFailedError:
        if as_json:  # scripts still get the final record
            _output.dump(_selected(command, kwargs, session.last_body()), sys.stdout)
        raise
    body = _selected(command, kwargs, session.last_body())
    if body is None and result is not None:
        body = _output.plain(result)
    _output.result(command, body, as_json)


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
