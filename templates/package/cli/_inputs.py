"""Option text into the values the client takes: JSON inline, from a file or stdin; lists;
choices. Every problem is a :class:`UsageError` naming the option."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from ._command import Command
from ._exit import UsageError, option_name


class Stdin:
    """Standard input, which one option (or ``--body``) at most may read."""

    def __init__(self) -> None:
        self.reader: str | None = None

    def read(self, option: str) -> str:
        if self.reader is not None:
            raise UsageError(f"{option} - and {self.reader} - cannot both read stdin")
        self.reader = option
        return sys.stdin.read()


def read_json(option: str, text: str, stdin: Stdin, *, file_only: bool = False) -> Any:
    """JSON given inline, as a path to a file holding it, or ``-`` for stdin."""
    if text == "-":
        return _parse(option, stdin.read(option), "stdin")
    stripped = text.lstrip()
    if not file_only and stripped[:1] in ("{", "["):
        return _parse(option, text, "the value")
    path = Path(text)
    if path.is_file():
        try:
            content = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise UsageError(f"{option}: cannot read {text}: {error}") from None
        return _parse(option, content, text)
    if file_only:
        raise UsageError(f"{option}: no file named {text}")
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        raise UsageError(f"{option}: {text!r} is neither JSON nor a file that exists") from None


def _parse(option: str, text: str, where: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise UsageError(f"{option}: {where} is not valid JSON ({error})") from None


def body_fields(command: Command, data: Any) -> dict[str, Any]:
    """``--body`` as keyword arguments: its fields by their Python names."""
    if command.whole_body:
        return {"body": data}
    if not isinstance(data, dict):
        raise UsageError("--body must hold a JSON object")
    wire_to_python = {wire: name for name, wire in command.body_fields.items()}
    unknown = sorted(set(data) - set(wire_to_python))
    if unknown:
        raise UsageError(f"--body has fields the request does not take: {', '.join(unknown)}")
    return {wire_to_python[k]: v for k, v in data.items()}


def convert(command: Command, name: str, value: Any, stdin: Stdin) -> Any:
    """The value of option ``name`` as the client takes it."""
    option = option_name(name)
    kind = command.kinds.get(name)
    if kind == "json":
        return read_json(option, value, stdin)
    if kind and kind.startswith("list:"):
        return _list(option, kind[5:], value)
    choices = command.choices.get(name)
    if choices and value not in choices:
        raise UsageError(f"{option}: {value!r} is not one of {', '.join(choices)}")
    return value


def _list(option: str, item: str, texts: list[str]) -> list[Any]:
    """Comma-separated values (or the option repeated; a JSON array is taken as it is)."""
    parse = {"int": int, "float": float}.get(item, str)
    values: list[Any] = []
    for text in texts:
        if text.lstrip().startswith("["):
            array = _parse(option, text, "the value")
            values += array if isinstance(array, list) else [array]
            continue
        for part in text.split(","):
            try:
                values.append(parse(part.strip()))
            except ValueError:
                noun = {"int": "a whole number", "float": "a number"}[item]
                raise UsageError(f"{option}: {part.strip()!r} is not {noun}") from None
    return values
