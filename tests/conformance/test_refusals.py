"""What the pipeline does not honour is refused at generate time, one line per use, never
ignored; and the feature table (features.py) says exactly that, as does spec/README.md."""

from __future__ import annotations

import re

from ..support.paths import ROOT
from .features import BY_PART, FEATURES
from .package import Suite, expected_refused

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


def readme_table() -> dict[str, str]:
    """Feature -> status, from the table of spec/README.md."""
    text = (ROOT / "spec" / "README.md").read_text(encoding="utf-8")
    rows = {}
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[3] in ("honoured", "refused"):
            rows[cells[1]] = cells[3]
    return rows


def test_spec_readme_shows_the_table() -> None:
    expected = {f.name: f.status for f in FEATURES}
    assert readme_table() == expected


def test_every_part_is_in_the_table() -> None:
    parts = {p.stem for p in (ROOT / "tests" / "conformance" / "spec" / "parts").glob("*.yaml")}
    assert parts == set(BY_PART)
