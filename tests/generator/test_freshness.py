"""`make test` refuses a generated runtime older than templates/runtime."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from ..support.freshness import TEMPLATE_RUNTIME, imported_runtime, stale_runtime
from ..support.paths import copy_project


def test_the_committed_runtime_copy_is_current() -> None:
    assert stale_runtime() == []


def test_a_changed_added_or_removed_runtime_file_is_stale(tmp_path: Path) -> None:
    templates = shutil.copytree(TEMPLATE_RUNTIME, tmp_path / "templates")
    generated = shutil.copytree(imported_runtime(), tmp_path / "generated")
    assert stale_runtime(templates, generated) == []
    errors = templates / "_errors.py"
    errors.write_text(errors.read_text() + "\nNEW_NAME = 1\n")
    (templates / "_brand_new.py").write_text('"""New."""\n')
    (generated / "_fetch.py").unlink()
    assert stale_runtime(templates, generated) == ["_brand_new.py", "_fetch.py", "_errors.py"]


def test_pytest_stops_with_a_clear_message_on_a_stale_runtime(tmp_path: Path) -> None:
    copy_project(tmp_path, ("generator", "templates", "generated", "tests", "pyproject.toml"))
    retry = tmp_path / "templates" / "runtime" / "_retry.py"
    retry.write_text(retry.read_text() + "\n# changed without make generate\n")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/unit/test_errors.py",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 4, result.stdout + result.stderr
    assert "generated/pixxel/_runtime is not the current templates/runtime (_retry.py)" in (
        result.stdout + result.stderr
    )
    assert "run `make generate`" in result.stdout + result.stderr
