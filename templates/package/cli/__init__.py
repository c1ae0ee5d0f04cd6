"""The ``pixxel`` command line, generated from the spec like the client.

Only imported by the ``pixxel`` console script and ``python -m pixxel``: ``import pixxel`` never
loads typer or rich.
"""

from __future__ import annotations

import sys

__all__ = ["main"]

MISSING = (
    "The pixxel command needs the command-line extra: pip install 'pixxel-client[cli]' "
    "(missing module: {name})"
)


def main() -> None:
    """Run the ``pixxel`` command (the console script's entry point).

    Every way a run can end is one line on stderr at most and a documented exit code: typer's
    own usage errors are shortened to one line, a closed stdout ends quietly with 0, and an
    unexpected error shows its traceback only with ``--debug``.
    """
    try:
        import rich  # noqa: F401
        import typer  # noqa: F401
    except ImportError as error:
        print(MISSING.format(name=error.name), file=sys.stderr)
        raise SystemExit(2) from None
    from ._app import app
    from ._exit import INTERNAL, INTERRUPTED, USAGE, GuardedStdout, pipe_closed

    sys.stdout = GuardedStdout(sys.stdout)
    try:
        code = app(prog_name="pixxel", standalone_mode=False)
    except BrokenPipeError:
        pipe_closed()
    except Exception as error:
        if type(error).__name__ == "Abort":  # end of input at a prompt, or Ctrl-C
            print("Interrupted.", file=sys.stderr)
            raise SystemExit(INTERRUPTED) from None
        usage = _usage_error(error)
        if usage is not None:
            print(usage, file=sys.stderr)
            raise SystemExit(USAGE) from None
        if "--debug" in sys.argv[1:]:
            raise
        print(
            f"Internal error: {type(error).__name__}: {error} (run with --debug for the "
            "traceback, and please report it)",
            file=sys.stderr,
        )
        raise SystemExit(INTERNAL) from None
    raise SystemExit(code if isinstance(code, int) else 0)


_TYPE_WORDS = [
    ("is not a valid integer", "is not a whole number"),
    ("is not a valid int.", "is not a whole number."),
    ("is not a valid float", "is not a number"),
]


def _usage_error(error: Exception) -> str | None:
    """typer's message about the command line as one line, with where to find help."""
    # click's UsageError (typer vendors click in recent releases: matched by shape, not class).
    if getattr(error, "exit_code", None) != 2 or not hasattr(error, "format_message"):
        return None
    if type(error).__name__ == "NoArgsIsHelpError":  # `pixxel` or `pixxel aois` alone: the help
        return str(error.format_message()).rstrip()
    message = " ".join(error.format_message().split())
    for python, shell in _TYPE_WORDS:
        message = message.replace(python, shell)
    context = getattr(error, "ctx", None)
    where = f" (see {context.command_path} --help)" if context is not None else ""
    return f"Error: {message}{where}"
