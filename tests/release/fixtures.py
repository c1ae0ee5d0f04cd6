"""Small generated packages for the release tests: the fixture spec, changed one way at a time."""

from __future__ import annotations

import copy
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.build import build

from ..support.paths import ROOT, copy_project

FIXTURE_SPEC = Path(__file__).parent / "fixtures" / "spec" / "openapi.yaml"
GATE_ENV = "PIXXEL_RELEASE_GATE"

Spec = dict[str, Any]

RELEASE_TESTS_ENV = "PIXXEL_RELEASE_TESTS"

builds_packages = pytest.mark.skipif(
    not os.environ.get(RELEASE_TESTS_ENV) or bool(os.environ.get(GATE_ENV)),
    reason=(
        "builds with uv and fetches from PyPI: run by `make test-release` (CI runs it); never "
        "inside the test run that gates a release"
    ),
)
"""Tests that build distributions (uv fetches the build backend), cut releases or publish."""


def fixture_spec() -> Spec:
    loaded: Spec = yaml.safe_load(FIXTURE_SPEC.read_text())
    return loaded


def generate(spec: Spec, out: Path) -> Path:
    """The package generated from ``spec`` into ``out`` (a folder like generated/)."""
    source = out.parent / f"{out.name}-spec" / "openapi.yaml"
    source.parent.mkdir(parents=True)
    source.write_text(yaml.safe_dump(spec, sort_keys=False))
    build(source, out)
    return out


def changed(change: Callable[[Spec], None]) -> Spec:
    spec = copy.deepcopy(fixture_spec())
    change(spec)
    return spec


PROJECT_FILES = ("generator", "templates", "release", "pyproject.toml", "LICENSE", "CHANGELOG.md")
GIT_ENV = {
    "GIT_AUTHOR_NAME": "Release Test",
    "GIT_AUTHOR_EMAIL": "release-test@example.invalid",
    "GIT_COMMITTER_NAME": "Release Test",
    "GIT_COMMITTER_EMAIL": "release-test@example.invalid",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", *args], cwd=repo, env={**os.environ, **GIT_ENV}, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def make_project(target: Path, spec: Spec) -> Path:
    """A throw-away repository: this project's generator, templates and release tooling, the
    fixture spec as ``spec/openapi.yaml``, its generated package, one passing test; committed."""
    copy_project(target, PROJECT_FILES)
    (target / ".gitignore").write_text("__pycache__/\n/dist/\n.pytest_cache/\n")
    (target / "spec").mkdir()
    write_spec(target, spec)
    (target / "tests").mkdir()
    (target / "tests" / "test_package.py").write_text(
        "import pixxel\n\n\ndef test_package_imports():\n    assert pixxel.Pixxel\n"
    )
    regenerate(target)
    git(target, "init", "--quiet", "--initial-branch=main")
    commit(target, "Project")
    return target


def write_spec(project: Path, spec: Spec) -> None:
    (project / "spec" / "openapi.yaml").write_text(yaml.safe_dump(spec, sort_keys=False))


def regenerate(project: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "generator", "generate"], cwd=project, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr


def commit(project: Path, message: str) -> None:
    git(project, "add", "--all")
    git(project, "commit", "--quiet", "-m", message)


def run_release(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -m release <args>`` in ``project`` (its own copy of the tooling)."""
    env = {**os.environ, **GIT_ENV, "UV": str(ROOT / ".tools" / "bin" / "uv")}
    env.pop(GATE_ENV, None)
    return subprocess.run(
        [sys.executable, "-m", "release", *args],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
    )
