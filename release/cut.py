"""``make release``: version, changelog entry, regenerate, build, commit and tag, or nothing."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from .gates import Refused, build, check_generated, run_tests
from .git import git, is_clean
from .notes import compute
from .semver import write_setting

SETTINGS = Path("generator") / "settings.py"
CHANGELOG = Path("CHANGELOG.md")
GENERATED = Path("generated")
TOUCHED = (str(SETTINGS), str(CHANGELOG), str(GENERATED))


def prepend_entry(changelog: Path, entry: str) -> None:
    """Insert ``entry`` above the newest entry (after the file's title and introduction)."""
    text = changelog.read_text(encoding="utf-8") if changelog.exists() else "# Changelog\n"
    head, marker, rest = text.partition("\n## ")
    body = f"{head.rstrip()}\n\n{entry.rstrip()}\n"
    if marker:
        body += f"\n## {rest}"
    changelog.write_text(body, encoding="utf-8")


def release(repo: Path, *, base: str | None, pytest_args: str, date: dt.date) -> str:
    """Cut the release; returns the tag. Raises ``Refused`` with everything left as it was."""
    if not is_clean(repo):
        raise Refused("the working tree has uncommitted changes: commit or stash them first")
    check_generated(repo)
    run_tests(repo, pytest_args)
    notes = compute(repo, repo / GENERATED, base)
    if notes.base is not None and notes.level is None:
        raise Refused(f"nothing changed in the package since {notes.base}: nothing to release")
    tag = f"v{notes.version}"
    if git(repo, "tag", "--list", tag):
        raise Refused(f"tag {tag} already exists")
    entry = notes.entry(date)
    try:
        write_setting(repo / SETTINGS, notes.version)
        prepend_entry(repo / CHANGELOG, entry)
        _regenerate(repo)
        build(repo, repo / "dist", str(notes.version))
        git(repo, "add", "--", *TOUCHED)
        git(repo, "commit", "--quiet", "-m", f"Release {notes.version}", "--", *TOUCHED)
    except BaseException:
        _restore(repo)
        raise
    try:
        git(repo, "tag", "--annotate", tag, "-m", f"pixxel-client {notes.version}")
    except BaseException:
        git(repo, "reset", "--quiet", "--keep", "HEAD~1")  # no release commit without its tag
        raise
    print(entry)
    return tag


def _regenerate(repo: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "generator", "generate"], cwd=repo, check=False)
    if done.returncode != 0:
        raise Refused("regenerating with the new version failed (see above)")


def _restore(repo: Path) -> None:
    """Back to HEAD for the files a release writes (the tree was clean when it started)."""
    git(repo, "reset", "--quiet", "--", *TOUCHED)
    git(repo, "checkout", "HEAD", "--", *TOUCHED)
    git(repo, "clean", "-fdq", "--", str(GENERATED))
