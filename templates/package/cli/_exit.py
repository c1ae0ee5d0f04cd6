"""How a run ends: one line on stderr and the documented exit code for each kind of failure.

The library's errors name Python arguments (``aois.create(geometry=...)``) and Python types
(``got list``); here they are said in the command line's words (``--geometry``, ``got a JSON
array``). A closed stdout (``pixxel ... | head -1``) ends the run quietly, as standard tools do.
"""

from __future__ import annotations

import os
import re
import shlex
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, NoReturn

import typer

from .._runtime._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
)
from .._runtime._waiting import WaitFailedError, WaitTimeoutError

OK = 0
FAILED = 1
"""A waiter reached a failed state."""
USAGE = 2
API_ERROR = 3
NETWORK = 4
INVALID_RESPONSE = 5
INTERNAL = 70
"""A bug in the command line (sysexits' EX_SOFTWARE): the message asks for a report."""
WAIT_TIMEOUT = 124
"""``--wait-timeout`` ran out (the code GNU ``timeout`` uses)."""
INTERRUPTED = 130


class UsageError(Exception):
    """A wrong value given on the command line, found after parsing (exit code 2)."""


# ``resource.method(argument=...)`` and an optional ``at argument[0].field``: the prefix of every
# error the client raises about an argument before sending (pixxel._runtime._geo.describe).
_ARGUMENT_ERROR = re.compile(
    r"^[\w.]+\((?P<argument>\w+)=\.\.\.\)(?: at (?P<inner>\S+))?: (?P<problem>.*)$", re.S
)
_PYTHON_TYPES = {
    "list": "a JSON array",
    "tuple": "a JSON array",
    "dict": "a JSON object",
    "str": "a string",
    "int": "a number",
    "float": "a number",
    "bool": "true or false",
    "NoneType": "null",
}
_PHRASES: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    (re.compile(r" \(a GeoJSON dict or an object with __geo_interface__\)"), ""),
    (re.compile(r"a datetime, date, ISO 8601 string or \(start, end\) pair"), "START/END"),
    (re.compile(r"a datetime, date or ISO 8601 string"), "an ISO 8601 date or date-time"),
    (re.compile(r"a \(start, end\) pair"), "START/END"),
    (re.compile(r"\(min_lon, min_lat, max_lon, max_lat\)"), "MINLON,MINLAT,MAXLON,MAXLAT"),
    (re.compile(r"a dict or pixxel\.models\.\w+"), "a JSON object"),
    (re.compile(r"\ba dict\b"), "a JSON object"),
    (re.compile(r"\bgot (\w+)$"), lambda m: "got " + _PYTHON_TYPES.get(m[1], m[1])),
    (re.compile(r"\(got (\w+)\)"), lambda m: f"(got {_PYTHON_TYPES.get(m[1], m[1])})"),
]


def option_name(python_name: str) -> str:
    """``item_ids`` -> ``--item-ids``."""
    return "--" + python_name.strip("_").replace("_", "-")


_NEXT_ARGUMENT = re.compile(r"; (?=[\w.]+\(\w+=\.\.\.\))")


def in_shell_words(error: Exception, where: Callable[[str], str]) -> str | None:
    """The client's message about an argument, with ``where(argument)`` (an option, or a field
    of ``--body``) for the Python call; None when ``error`` is not about an argument."""
    parts = [_one_argument(part, where) for part in _NEXT_ARGUMENT.split(str(error))]
    if None in parts:
        return None
    return "; ".join(p for p in dict.fromkeys(parts) if p)


def _one_argument(text: str, where: Callable[[str], str]) -> str | None:
    match = _ARGUMENT_ERROR.match(text)
    if match is None:
        return None
    problem = " ".join(match["problem"].split())
    for pattern, replacement in _PHRASES:
        problem = pattern.sub(replacement, problem)
    inner = match["inner"]
    place = where(match["argument"])
    if inner and inner != match["argument"]:
        place += f" (at {inner.removeprefix(match['argument']).lstrip('.')})"
    return f"{place}: {problem}"


def resume_hint() -> str:
    """The command to run again to keep waiting (a partial download resumes too)."""
    return "run again to keep waiting: " + shlex.join(["pixxel", *sys.argv[1:]])


@contextmanager
def failures(describe_input: Callable[[Exception], str | None]) -> Iterator[None]:
    """One line on stderr and a distinct exit code for each kind of failure.

    ``describe_input`` turns an error about an argument into the command line's words (None:
    not about an argument, so a bug: it propagates).
    """
    try:
        yield
    except UsageError as error:
        fail(USAGE, f"Error: {error}")
    except APIStatusError as error:
        parts = [f"API error {error.status_code}"]
        if error.code:
            parts.append(f"[{error.code}]")
        parts.append(error.error_message or error.response.reason_phrase or "")
        if error.request_id:
            parts.append(f"(request id {error.request_id})")
        fail(API_ERROR, " ".join(p for p in parts if p))
    except APIResponseValidationError as error:
        fail(INVALID_RESPONSE, f"Invalid response: {error.message}")
    except APIConnectionError as error:
        fail(NETWORK, f"Network error: {error.message} ({error.method} {error.url})")
    except WaitTimeoutError as error:
        fail(WAIT_TIMEOUT, f"Timed out: {str(error).split(': ', 1)[-1]}; {resume_hint()}")
    except WaitFailedError as error:
        fail(FAILED, f"Failed: reached the state {error.status!r}")
    except APIError as error:  # a download that could not complete (the .part file stays)
        fail(NETWORK, f"Download failed: {error}; {resume_hint()}")
    except (ValueError, TypeError) as error:
        message = describe_input(error)
        if message is None:
            raise
        fail(USAGE, f"Error: {message}")
    except KeyboardInterrupt:
        fail(INTERRUPTED, "Interrupted.")
    except BrokenPipeError:
        pipe_closed()


def fail(code: int, message: str) -> NoReturn:
    print(" ".join(message.split()), file=sys.stderr)
    raise typer.Exit(code)


def pipe_closed() -> NoReturn:
    """The reader of stdout went away (``| head``): stop quietly, successfully.

    Later writes (and the flush at exit) go to /dev/null instead of failing again.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.__stdout__.fileno() if sys.__stdout__ else 1)
    finally:
        os.close(devnull)
    raise SystemExit(OK)


class GuardedStdout:
    """``sys.stdout`` that ends the run quietly when the pipe it writes to is closed."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return int(self._stream.write(text))
        except BrokenPipeError:
            pipe_closed()

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            pipe_closed()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)
