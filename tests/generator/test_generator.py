"""The generator: deterministic output, clear errors on a bad spec, stale output caught."""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.spec import SpecError, load_and_validate

from ..support.paths import ROOT, copy_project

COPIED = (
    "generator",
    "templates",
    "spec",
    "generated",
    "pyproject.toml",
    "LICENSE",
    "CHANGELOG.md",
)


def _files(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def _copy_project(target: Path) -> Path:
    return copy_project(target, COPIED)


def _generator(cwd: Path, *args: str, seed: str = "0") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_same_spec_gives_byte_identical_output(tmp_path: Path) -> None:
    first = _generator(ROOT, "generate", "--out", str(tmp_path / "a"), seed="1")
    second = _generator(ROOT, "generate", "--out", str(tmp_path / "b"), seed="4242")
    assert first.returncode == 0, first.stderr
    assert second.returncode == 0, second.stderr
    a, b = _files(tmp_path / "a"), _files(tmp_path / "b")
    assert len(a) > 50
    assert a.keys() == b.keys()
    assert [name for name in a if a[name] != b[name]] == []


def _broken_spec(tmp_path: Path, part: str, old: str, new: str) -> Path:
    spec = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", spec)
    path = spec / "parts" / part
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))
    return spec / "openapi.yaml"


def test_invalid_spec_error_names_the_file_and_the_place(tmp_path: Path) -> None:
    root = _broken_spec(tmp_path, "jobs.yaml", "in: path", "in: body")
    with pytest.raises(SpecError) as caught:
        load_and_validate(root)
    message = str(caught.value)
    assert "parts/jobs.yaml" in message
    assert "paths//v0/workflows/{workflow_id}/jobs" in message


def test_yaml_syntax_error_gives_file_line_and_column(tmp_path: Path) -> None:
    root = _broken_spec(tmp_path, "stores.yaml", "paths:", "paths: [")
    with pytest.raises(SpecError, match=r"parts/stores\.yaml:\d+:\d+: not valid YAML"):
        load_and_validate(root)


def test_a_schema_defined_twice_is_refused(tmp_path: Path) -> None:
    root = _broken_spec(
        tmp_path, "stores.yaml", "  schemas:\n", "  schemas:\n    Job:\n      type: object\n"
    )
    with pytest.raises(
        SpecError,
        match=r"parts/stores\.yaml: components/schemas/Job is already defined in .*parts/jobs\.yaml",
    ):
        load_and_validate(root)


def test_operation_without_sdk_method_is_refused(tmp_path: Path) -> None:
    root = _broken_spec(tmp_path, "jobs.yaml", "x-pixxel-method: list\n", "")
    with pytest.raises(SpecError, match="x-pixxel-method is missing"):
        load_and_validate(root)


def test_generate_command_fails_cleanly_and_leaves_output_alone(tmp_path: Path) -> None:
    project = _copy_project(tmp_path)
    before = _files(project / "generated")
    jobs = project / "spec" / "parts" / "jobs.yaml"
    jobs.write_text(jobs.read_text().replace("in: path", "in: nowhere", 1))
    result = _generator(project, "generate")
    assert result.returncode == 1
    assert result.stderr.startswith("error: ") and "parts/jobs.yaml" in result.stderr
    assert "Traceback" not in result.stderr
    assert _files(project / "generated") == before


def test_check_generated_catches_a_changed_template(tmp_path: Path) -> None:
    project = _copy_project(tmp_path)
    clean = _generator(project, "check")
    assert clean.returncode == 0, clean.stderr
    template = project / "templates" / "package" / "_version.py.jinja"
    template.write_text(template.read_text() + '\nRELEASE_CHANNEL = "beta"\n')
    stale = _generator(project, "check")
    assert stale.returncode == 1
    assert "generated is stale" in stale.stderr
    assert "pixxel/_version.py" in stale.stderr and 'RELEASE_CHANNEL = "beta"' in stale.stderr


def test_an_inline_object_is_refused(tmp_path: Path) -> None:
    root = _broken_spec(
        tmp_path,
        "stores.yaml",
        "  schemas:\n",
        "  schemas:\n    Wrapper:\n      type: object\n      properties:\n        inner:\n"
        "          type: object\n          properties:\n            x: {type: string}\n",
    )
    with pytest.raises(
        SpecError, match=r"components/schemas/Wrapper/properties/inner: an object with properties"
    ):
        load_and_validate(root)


def test_a_broken_ref_gives_one_line_with_file_line_and_target(tmp_path: Path) -> None:
    root = _broken_spec(
        tmp_path,
        "orders.yaml",
        "$ref: '#/components/schemas/Order'",
        "$ref: '#/components/schemas/Ordr'",
    )
    part = root.parent / "parts" / "orders.yaml"
    line = part.read_text().splitlines().index("                $ref: '#/components/schemas/Ordr'")
    expected = f"{part}:{line + 1}: $ref #/components/schemas/Ordr: no such target"
    with pytest.raises(SpecError) as caught:
        load_and_validate(root)
    assert str(caught.value) == expected
    result = _generator(ROOT, "generate", "--spec", str(root), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert result.stderr == f"error: {expected}\n"
    assert not (tmp_path / "out").exists()


def test_endpoint_modules_take_their_return_types_from_the_operation_views(
    tmp_path: Path,
) -> None:
    """One source: what generator/operations.py computes is what the endpoint modules say."""
    from generator import operations
    from generator.client import generate_endpoints
    from generator.settings import SPEC_ROOT
    from generator.spec import load

    bundle = load(SPEC_ROOT)
    views = operations.build_views(bundle)
    get_order = next(v for v in views if v.operation_id == "getOrder")
    marked = "models.MarkedForTheTest"
    get_order.responses = [
        dataclasses.replace(
            r, content=tuple(dataclasses.replace(m, python_type=marked) for m in r.content)
        )
        for r in get_order.responses
    ]
    get_order.returns = marked
    spec_json = tmp_path / "openapi.json"
    spec_json.write_text(bundle.to_json())
    package = tmp_path / "pixxel"
    package.mkdir()
    generate_endpoints(spec_json, package, views)
    module = (package / "api" / "order" / "get_order.py").read_text()
    assert "200: models.MarkedForTheTest," in module
    assert "-> PreparedRequest[models.MarkedForTheTest]:" in module


def test_spec_report_runs_in_a_clone_without_the_shared_folder(tmp_path: Path) -> None:
    clone = _copy_project(tmp_path / "clone")
    shutil.copytree(ROOT / "tests" / "cassettes", clone / "tests" / "cassettes")
    env = {k: v for k, v in os.environ.items() if k != "PIXXEL_SEED"}
    result = subprocess.run(
        [sys.executable, "-m", "generator", "report"],
        cwd=clone,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "shared").exists()
    assert "total 55 documented operations: 55/55 in spec" in result.stdout
