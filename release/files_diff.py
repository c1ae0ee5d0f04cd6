"""Which shipped files of the package changed, apart from the version stamps a release writes."""

from __future__ import annotations

import re
from pathlib import Path

from .changes import Change, patch

IGNORED_PARTS = {"__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache"}
# Written by the release itself: the entry being computed, and the version stamps.
RELEASE_WRITTEN = {"CHANGELOG.md"}
_VERSION_LINES = re.compile(r'^(version = |__version__ = )"[^"]*"$', re.MULTILINE)


def _files(root: Path) -> dict[str, bytes]:
    found = {}
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if path.is_file() and not IGNORED_PARTS.intersection(relative.parts):
            name = relative.as_posix()
            if name not in RELEASE_WRITTEN:
                found[name] = _VERSION_LINES.sub(
                    r'\1"-"', path.read_text(errors="replace")
                ).encode()
    return found


def changed_files(old: Path, new: Path) -> list[str]:
    before, after = _files(old), _files(new)
    return sorted(n for n in before.keys() | after.keys() if before.get(n) != after.get(n))


def compare_files(old: Path, new: Path, *, shown: int = 12) -> list[Change]:
    """One patch-level item naming the changed files (runtime, templates' output, docs)."""
    names = changed_files(old, new)
    if not names:
        return []
    listed = ", ".join(f"`{n}`" for n in names[:shown])
    more = f" and {len(names) - shown} more" if len(names) > shown else ""
    return [patch(f"package files changed: {listed}{more}")]
