"""Usage lines that show what to type: ``pixxel jobs get WORKFLOW_ID JOB_ID``.

Recent typer releases write required arguments as ``{WORKFLOW_ID}``, braces a shell user could
take for part of the syntax.
"""

from __future__ import annotations

from typing import Any

from typer.core import TyperCommand


class PlainUsage(TyperCommand):
    """A command whose usage line names its arguments without braces."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces: list[str] = super().collect_usage_pieces(ctx)
        return [
            piece[1:-1] if piece.startswith("{") and piece.endswith("}") else piece
            for piece in pieces
        ]
