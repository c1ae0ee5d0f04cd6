"""The few git operations the release tooling needs, run in one repository."""

from __future__ import annotations

import io
import subprocess
import tarfile
from pathlib import Path


class GitError(RuntimeError):
    pass


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise GitError(f"git {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stdout.strip()


def last_release_tag(repo: Path) -> str | None:
    """The highest ``v*`` tag reachable from HEAD, or None before the first release."""
    tags = git(repo, "tag", "--merged", "HEAD", "--list", "v*", "--sort=-v:refname")
    return tags.splitlines()[0] if tags else None


def export(repo: Path, ref: str, folder: str, into: Path) -> Path:
    """Write ``folder`` as it is at ``ref`` into ``into``; returns ``into / folder``."""
    git(repo, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    archive = subprocess.run(
        ["git", "archive", "--format=tar", ref, folder], cwd=repo, capture_output=True, check=False
    )
    if archive.returncode != 0:
        raise GitError(f"{folder}/ does not exist at {ref}: {archive.stderr.decode().strip()}")
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    return into / folder


def is_clean(repo: Path) -> bool:
    return git(repo, "status", "--porcelain", "--untracked-files=normal") == ""
