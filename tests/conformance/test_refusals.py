"""What the pipeline does not honour is refused at generate time, one line per use, never
ignored; and the feature table (features.py) says exactly that, as does spec/README.md."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from ..support.paths import ROOT
from .features import BY_PART, markdown_table
from .package import SPEC, Suite, build_beyond, expected_refused

# "<spec file>: <operationId>: <what> is not honoured" (the file relative to the spec's folder)
REFUSAL = re.compile(r"^spec/parts/(?P<part>\w+)\.yaml: (?P<op>\w+): (?P<what>.+ not honoured.*)$")


def test_the_generator_refuses_exactly_the_refused_features(suite: Suite) -> None:
    assert suite.unattributed == []
    assert set(suite.refusals) == expected_refused()


def test_each_refusal_is_one_line_naming_file_operation_and_feature(suite: Suite) -> None:
    for part, lines in suite.refusals.items():
        for line in lines:
            match = REFUSAL.match(line)
            assert match, line
            assert match["part"] == part


def test_the_honoured_parts_generate(suite: Suite) -> None:
    resources = {p.stem for p in (suite.out / "pixxel" / "resources").glob("*.py")}
    assert {"features", "widgets"} <= resources or "read_write_only" in suite.refusals


def test_spec_readme_shows_the_table() -> None:
    text = (ROOT / "spec" / "README.md").read_text(encoding="utf-8")
    assert markdown_table() in text, (
        "spec/README.md does not show the feature table of tests/conformance/features.py; "
        "print it with `python -m tests.conformance.features`"
    )


def test_every_part_is_in_the_table() -> None:
    parts = {p.stem for p in (ROOT / "tests" / "conformance" / "spec" / "parts").glob("*.yaml")}
    assert parts == set(BY_PART)


def test_features_beyond_the_table_are_refused_one_line_each(tmp_path: Path) -> None:
    beyond = yaml.safe_load((SPEC / "beyond" / "refused.yaml").read_text(encoding="utf-8"))
    operations = {op["operationId"] for item in beyond["paths"].values() for op in item.values()}
    lines = build_beyond(tmp_path)
    pattern = re.compile(r"^spec/beyond/refused\.yaml: (?P<op>\w+): (?P<what>.+)$")
    refused: dict[str, list[str]] = {}
    for line in lines:
        match = pattern.match(line)
        assert match, f"not a one-line refusal naming file, operation and feature: {line}"
        refused.setdefault(match["op"], []).append(match["what"])
    assert set(refused) == operations, lines
    for op, what in refused.items():
        assert len(what) == 1, (op, what)


@pytest.mark.parametrize(
    ("operation", "feature"),
    [
        ("allowReserved", "allowReserved"),
        ("parameterContent", "content"),
        ("deepObjectUnexploded", "deepObject"),
        ("explodedCookie", "cookie"),
        ("nestedQuery", "nested"),
        ("twoMediaTypes", "several media types"),
        ("withCallbacks", "callbacks"),
        ("withLinks", "links"),
        ("withResponseHeaders", "headers"),
        ("withStatusRange", "2XX"),
    ],
)
def test_each_refusal_names_its_feature(
    operation: str, feature: str, beyond_lines: list[str]
) -> None:
    line = next(line for line in beyond_lines if f": {operation}: " in line)
    assert feature in line


@pytest.fixture(scope="module")
def beyond_lines(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    return build_beyond(tmp_path_factory.mktemp("beyond"))
