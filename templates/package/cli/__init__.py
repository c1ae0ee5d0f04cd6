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
    """Run the ``pixxel`` command (the console script's entry point)."""
    try:
        import rich  # noqa: F401
        import typer  # noqa: F401
    except ImportError as error:
        print(MISSING.format(name=error.name), file=sys.stderr)
        raise SystemExit(2) from None
    from ._app import app

    app(prog_name="pixxel")
