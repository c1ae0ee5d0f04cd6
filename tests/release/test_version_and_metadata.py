"""The SDK's own version, and the metadata of the built wheel and sdist."""

from __future__ import annotations

import subprocess
import sys
import tarfile
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

import generator.render
import pixxel
from generator.settings import SDK_VERSION

from ..support.paths import ROOT
from .fixtures import builds_packages, fixture_spec, generate


def test_package_version_is_the_sdk_version_not_the_api_version() -> None:
    assert pixxel.__version__ == SDK_VERSION


def test_version_is_independent_of_the_spec(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(generator.render, "SDK_VERSION", "7.8.9")
    spec = fixture_spec()
    spec["info"]["version"] = "3.2.1"
    out = generate(spec, tmp_path / "generated")
    assert '__version__ = "7.8.9"' in (out / "pixxel" / "_version.py").read_text()
    assert 'version = "7.8.9"' in (out / "pyproject.toml").read_text()
    # README and docstrings keep naming the API's version as the API's
    assert "Fixture API 3.2.1" in (out / "README.md").read_text()
    assert "Fixture API 3.2.1" in (out / "pixxel" / "__init__.py").read_text()
    assert "7.8.9" not in (out / "README.md").read_text()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    out = tmp_path_factory.mktemp("dist")
    uv = ROOT / ".tools" / "bin" / "uv"
    subprocess.run(
        [str(uv), "build", str(ROOT / "generated"), "--out-dir", str(out), "--quiet"], check=True
    )
    return sorted(p for p in out.iterdir() if p.name.startswith("pixxel_client-"))


@builds_packages
def test_twine_check_strict_passes_on_wheel_and_sdist(built: list[Path]) -> None:
    assert {p.suffix for p in built} == {".whl", ".gz"}
    done = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *map(str, built)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("PASSED") == 2


@builds_packages
def test_metadata_users_expect(built: list[Path]) -> None:
    (wheel,) = [p for p in built if p.suffix == ".whl"]
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        meta_name = next(n for n in names if n.endswith(".dist-info/METADATA"))
        metadata = Parser().parsestr(archive.read(meta_name).decode())
    assert metadata["Version"] == SDK_VERSION
    assert metadata["License-Expression"] == "Apache-2.0"
    assert metadata["License-File"] == "LICENSE"
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert metadata["Author"] or metadata["Author-email"]
    assert "hyperspectral" in (metadata["Keywords"] or "")
    classifiers = metadata.get_all("Classifier") or []
    for expected in ("3.11", "3.12", "3.13"):
        assert f"Programming Language :: Python :: {expected}" in classifiers
    assert "Typing :: Typed" in classifiers
    urls = metadata.get_all("Project-URL") or []
    assert "Documentation, https://docs.pixxel.space" in urls
    assert "progress" in (metadata.get_all("Provides-Extra") or [])
    assert metadata["Description-Content-Type"] == "text/markdown"


@builds_packages
def test_sdist_ships_license_and_changelog(built: list[Path]) -> None:
    (sdist,) = [p for p in built if p.suffix == ".gz"]
    with tarfile.open(sdist) as tar:
        names = {Path(n).name for n in tar.getnames() if n.count("/") == 1}
    assert {"LICENSE", "CHANGELOG.md", "README.md", "pyproject.toml"} <= names
