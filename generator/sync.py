"""Regenerate into generated/ atomically, or compare generated/ with a fresh build."""

from __future__ import annotations

import difflib
import sys
import tempfile
from pathlib import Path

from .build import build

IGNORED = {"__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache"}


def regenerate(spec_root: Path, out: Path) -> None:
    """Build into a temporary folder, then replace ``out``: a failed run leaves it untouched."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out.parent, prefix=".generate-") as tmp:
        fresh = Path(tmp) / "out"
        build(spec_root, fresh)
        old = Path(tmp) / "old"
        if out.exists():
            out.rename(old)
        fresh.rename(out)


def _files(root: Path) -> dict[str, Path]:
    return {
        str(p.relative_to(root)): p
        for p in sorted(root.rglob("*"))
        if p.is_file() and not IGNORED.intersection(p.relative_to(root).parts)
    }


def check(spec_root: Path, generated: Path, *, max_lines: int = 60) -> int:
    """0 when ``generated`` is exactly what the spec and templates give; else print a short diff."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "out"
        build(spec_root, fresh)
        expected, actual = _files(fresh), _files(generated) if generated.exists() else {}
        lines: list[str] = []
        for name in sorted(expected.keys() | actual.keys()):
            if name not in actual:
                lines.append(f"missing from {generated.name}/: {name}")
            elif name not in expected:
                lines.append(f"not produced by the generator: {name}")
            elif expected[name].read_bytes() != actual[name].read_bytes():
                a = actual[name].read_text(errors="replace").splitlines()
                b = expected[name].read_text(errors="replace").splitlines()
                lines.extend(
                    difflib.unified_diff(
                        a, b, f"{generated.name}/{name}", f"expected/{name}", n=1, lineterm=""
                    )
                )
    if not lines:
        print(f"{generated} is up to date with the spec and templates")
        return 0
    print(f"{generated} is stale; run `make generate`. Differences:", file=sys.stderr)
    for line in lines[:max_lines]:
        print(line, file=sys.stderr)
    if len(lines) > max_lines:
        print(f"... and {len(lines) - max_lines} more lines", file=sys.stderr)
    return 1
