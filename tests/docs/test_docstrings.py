"""The generated package speaks to users: no notes about where the spec came from.

Provenance (which documentation page said what, which one was cut off or disagreed) belongs in
the spec's ``x-pixxel-notes``, shown by ``python -m generator report --notes``; these phrases
give it away when it leaks into a docstring.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.paths import ROOT

PACKAGE = ROOT / "generated" / "pixxel"

TELLTALES = re.compile(
    "|".join(
        [
            r"developer guide",
            r"generated reference",
            r"API reference",
            r"reference pages?\b",
            r"\([ARD]:\)",
            r"(?<![\w`])[ARD]: ",
            r"cut off",
            r"field conflict",
            r"stored (?:reference|page|copy|rendering)",
            r"(?:older|newer) (?:page|version)",
            r"page version",
            r"\bthe pages?\b (?:say|says|write|writes|give|gives|show|shows|disagree)",
            r"sidebar",
            r"in the examples",
            r"documented examples?",
            r"examples are placeholders",
        ]
    ),
    re.IGNORECASE,
)


def docstrings(path: Path) -> Iterator[tuple[int, str]]:
    """Every docstring of a module: of the module, classes, functions and attributes."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Expr)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            yield node.lineno, node.value.value


def provenance(package: Path) -> list[str]:
    found = []
    for path in sorted(package.rglob("*.py")):
        if "_runtime" in path.parts:
            continue  # hand-written, not from the spec
        for line, text in docstrings(path):
            for match in TELLTALES.finditer(text):
                found.append(f"{path.relative_to(package)}:{line}: {match.group(0)!r}")
    return found


def test_no_provenance_notes_in_the_generated_docstrings() -> None:
    found = provenance(PACKAGE)
    assert not found, "provenance notes in docstrings (move them to x-pixxel-notes):\n" + "\n".join(
        found
    )


@pytest.mark.parametrize(
    "leak",
    [
        "Keep only AOIs on this satellite. Documented in the developer guide only.",
        "Satellite field conflict: the stored reference page is cut off.",
        "Renders a PNG. Undocumented: the generated reference (A:) has a page for it.",
        "Mission name (older page version only).",
        "When the job was created (format not documented; examples are placeholders).",
    ],
)
def test_the_check_sees_a_leak(tmp_path: Path, leak: str) -> None:
    module = tmp_path / "pixxel" / "resources" / "things.py"
    module.parent.mkdir(parents=True)
    module.write_text(f'def get() -> None:\n    """{leak}"""\n')
    assert provenance(tmp_path / "pixxel")


def test_the_check_leaves_user_prose_alone(tmp_path: Path) -> None:
    module = tmp_path / "pixxel" / "things.py"
    module.parent.mkdir(parents=True)
    module.write_text(
        'class Page:\n    """One page of AOIs; iterate it for every page. Raises ConflictError."""\n'
    )
    assert provenance(tmp_path / "pixxel") == []
