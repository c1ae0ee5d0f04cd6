"""The fenced ``python`` blocks of a Markdown page, and running them in order.

Every ```` ```python ```` block is an example that must run; text that only shows a shape uses
```` ```text ````. The blocks of one page share one namespace, top to bottom, as a reader would
paste them into one session.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FENCE = re.compile(
    r"^(?P<indent>[ \t]*)```(?P<lang>[\w+-]*)[^\n]*\n(?P<code>.*?)^(?P=indent)```[ \t]*$",
    re.M | re.S,
)


@dataclass(frozen=True)
class Example:
    path: Path
    line: int
    code: str

    @property
    def where(self) -> str:
        return f"{self.path.name}:{self.line}"


def examples(path: Path) -> list[Example]:
    """The python blocks of ``path``, with the line each starts on."""
    text = path.read_text(encoding="utf-8")
    found = []
    for match in FENCE.finditer(text):
        if match["lang"] not in ("python", "py"):
            continue
        line = text.count("\n", 0, match.start("code")) + 1
        found.append(Example(path, line, textwrap.dedent(match["code"])))
    return found


class ExampleFailed(AssertionError):
    """An example raised: names the page and line of the block."""


def run_page(blocks: list[Example]) -> dict[str, Any]:
    """Run the blocks in order in one namespace; raise ``ExampleFailed`` at the first failure."""
    namespace: dict[str, Any] = {"__name__": "__docs_example__"}
    for block in blocks:
        try:
            compiled = compile(block.code, f"<{block.where}>", "exec")
            exec(compiled, namespace)
        except Exception as exc:
            raise ExampleFailed(
                f"the example at {block.where} failed: {type(exc).__name__}: {exc}"
            ) from exc
    return namespace
