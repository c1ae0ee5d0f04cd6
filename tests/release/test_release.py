"""`make release` (``python -m release cut``) in throw-away repositories, never this one."""

from __future__ import annotations

import re
import tarfile
from pathlib import Path

import pytest

from .fixtures import (
    Spec,
    builds_packages,
    changed,
    commit,
    fixture_spec,
    git,
    make_project,
    regenerate,
    run_release,
    write_spec,
)

pytestmark = builds_packages
GATE = ["--pytest-args", "-q -p no:cacheprovider --record-mode=none --block-network tests"]


def _cut(project: Path) -> tuple[int, str]:
    done = run_release(project, "cut", *GATE, "--date", "2026-03-04")
    return done.returncode, done.stdout + done.stderr


def _drop_widget_colour(spec: Spec) -> None:
    del spec["components"]["schemas"]["Widget"]["properties"]["colour"]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "project", fixture_spec())


def _state(project: Path) -> tuple[str, str, str]:
    return (
        git(project, "rev-parse", "HEAD"),
        git(project, "tag", "--list"),
        git(project, "status", "--porcelain"),
    )


def test_first_release_then_a_breaking_one(project: Path) -> None:
    code, output = _cut(project)
    assert code == 0, output
    assert git(project, "tag", "--list") == "v0.1.0"

    write_spec(project, changed(_drop_widget_colour))
    regenerate(project)
    commit(project, "Drop the colour of widgets")
    code, output = _cut(project)
    assert code == 0, output

    assert git(project, "tag", "--list").split() == ["v0.1.0", "v1.0.0"]
    assert git(project, "status", "--porcelain") == ""  # the release commit holds everything
    assert git(project, "log", "-1", "--format=%s") == "Release 1.0.0"
    assert git(project, "rev-parse", "v1.0.0^{commit}") == git(project, "rev-parse", "HEAD")
    settings = (project / "generator" / "settings.py").read_text()
    assert 'SDK_VERSION = "1.0.0"' in settings
    assert '__version__ = "1.0.0"' in (project / "generated" / "pixxel" / "_version.py").read_text()
    assert re.search(
        r'^version = "1.0.0"$', (project / "generated" / "pyproject.toml").read_text(), re.M
    )

    changelog = (project / "CHANGELOG.md").read_text()
    assert changelog.startswith("# Changelog\n")
    newest, first = (
        changelog.index("## 1.0.0 (2026-03-04)"),
        changelog.index("## 0.1.0 (2026-03-04)"),
    )
    assert newest < first
    assert (
        "- BREAKING: `POST /widgets` (createWidget): response 201: response field `colour` removed"
        in changelog
    )

    sdist = project / "dist" / "pixxel_client-1.0.0.tar.gz"
    assert (project / "dist" / "pixxel_client-1.0.0-py3-none-any.whl").exists()
    with tarfile.open(sdist) as tar:
        shipped = tar.extractfile("pixxel_client-1.0.0/CHANGELOG.md")
        assert shipped is not None
        assert "## 1.0.0 (2026-03-04)" in shipped.read().decode()

    # nothing changed since v1.0.0: refused
    before = _state(project)
    code, output = _cut(project)
    assert code == 1
    assert "nothing changed in the package since v1.0.0" in output
    assert _state(project) == before


def test_refuses_a_stale_generated_folder(project: Path) -> None:
    write_spec(project, changed(_drop_widget_colour))  # spec changed, not regenerated
    commit(project, "Spec only")
    before = _state(project)
    code, output = _cut(project)
    assert code == 1
    assert "refused: generated/ is stale" in output
    assert _state(project) == before
    assert not (project / "dist").exists()


def test_refuses_when_the_tests_fail(project: Path) -> None:
    (project / "tests" / "test_broken.py").write_text("def test_broken():\n    assert False\n")
    commit(project, "A failing test")
    before = _state(project)
    code, output = _cut(project)
    assert code == 1
    assert "refused: the tests fail" in output
    assert "1 failed" in output
    assert _state(project) == before
    assert 'SDK_VERSION = "0.1.0"' in (project / "generator" / "settings.py").read_text()


def test_refuses_uncommitted_changes(project: Path) -> None:
    (project / "CHANGELOG.md").write_text("edited\n")
    code, output = _cut(project)
    assert code == 1
    assert "uncommitted changes" in output
    assert (project / "CHANGELOG.md").read_text() == "edited\n"
    assert git(project, "tag", "--list") == ""
