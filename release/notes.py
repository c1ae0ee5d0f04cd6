"""Release notes computed from BASE and the working tree: the next version and its entry."""

from __future__ import annotations

import datetime as dt
import json
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from . import api_diff
from .changes import Change, Level
from .files_diff import compare_files
from .git import export, last_release_tag
from .semver import Version
from .spec_diff import compare_specs

PACKAGE = "pixxel"
BUNDLE = "openapi.json"
_VERSION = re.compile(r'^__version__ = "([^"]+)"$', re.MULTILINE)

_SECTIONS = (
    (Level.MAJOR, "Breaking changes"),
    (Level.MINOR, "New"),
    (Level.PATCH, "Other changes"),
)


@dataclass
class Notes:
    """What changed since ``base`` (None: the first release) and the version that follows."""

    base: str | None
    base_version: Version | None
    version: Version
    changes: list[Change] = field(default_factory=list)

    @property
    def level(self) -> Level | None:
        return max((c.level for c in self.changes), default=None)

    def entry(self, date: dt.date) -> str:
        """The Markdown changelog entry; its first line is ``## <version> (<date>)``."""
        lines = [f"## {self.version} ({date.isoformat()})", ""]
        if self.base is None:
            lines += ["First release.", ""]
        else:
            lines += [f"Changes since {self.base} ({self.base_version}).", ""]
        for level, title in _SECTIONS:
            items = [c for c in self.changes if c.level is level]
            if items:
                lines += [f"### {title}", "", *(c.line() for c in items), ""]
        return "\n".join(lines)


def package_version(generated: Path) -> Version:
    text = (generated / PACKAGE / "_version.py").read_text(encoding="utf-8")
    found = _VERSION.search(text)
    if not found:
        raise ValueError(f"no __version__ in {generated / PACKAGE / '_version.py'}")
    return Version.parse(found.group(1))


def compare_trees(old: Path, new: Path) -> list[Change]:
    """Everything that changed between two generated distributions (folders like generated/)."""
    old_spec = json.loads((old / BUNDLE).read_text(encoding="utf-8"))
    new_spec = json.loads((new / BUNDLE).read_text(encoding="utf-8"))
    changes = compare_specs(old_spec, new_spec)
    changes += api_diff.compare_packages(api_diff.load(old, PACKAGE), api_diff.load(new, PACKAGE))
    changes += compare_files(old, new)
    # Breaking first, then new, then the rest; the order of discovery within a level.
    return sorted(changes, key=lambda c: -c.level)


def compute(repo: Path, generated: Path, base: str | None) -> Notes:
    """Compare ``generated`` (the working tree's) with ``generated/`` at ``base``.

    ``base`` None means the last ``v*`` tag; when there is none, this is the first release and
    its version is the one the working tree already carries (nothing to compare against).
    """
    base = base or last_release_tag(repo)
    current = package_version(generated)
    if base is None:
        return Notes(base=None, base_version=None, version=current)
    with tempfile.TemporaryDirectory(prefix="release-base-") as tmp:
        old = export(repo, base, generated.relative_to(repo).as_posix(), Path(tmp))
        base_version = package_version(old)
        changes = compare_trees(old, generated)
    level = max((c.level for c in changes), default=None)
    version = base_version.bump(level) if level else base_version
    return Notes(base=base, base_version=base_version, version=version, changes=changes)
