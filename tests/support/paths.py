"""Where the test data lives."""

import shutil
from collections.abc import Iterable
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent
ROOT = TESTS.parent
PAYLOADS = TESTS / "payloads"
CASSETTES = TESTS / "cassettes"
BUNDLED_SPEC = ROOT / "generated" / "openapi.json"
BASE_URL = "https://api.pixxel.space"


def copy_project(target: Path, names: Iterable[str]) -> Path:
    """Copy the named files and folders of this project into ``target`` (created if needed),
    without caches; symlinks stay symlinks. Returns ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    ignore = shutil.ignore_patterns("__pycache__", ".pytest_cache")
    for name in names:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=ignore, symlinks=True)
        else:
            shutil.copy2(source, target / name)
    return target
