"""``python -m generator report --notes`` shows the spec-only notes; the plain report is unchanged."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from generator.notes import collect
from generator.report import report
from generator.settings import SEED, SPEC_ROOT
from generator.spec import load

ROOT_SPEC = """\
openapi: 3.1.0
info: {title: T, version: '1'}
x-pixxel-parts: [parts/things.yaml]
tags:
  - {name: Things, description: Things., x-pixxel-resource: things}
paths: {}
components: {}
"""

PART = """\
paths:
  /things:
    get:
      operationId: listThings
      tags: [Things]
      x-pixxel-notes: ["operation note"]
      parameters:
        - name: colour
          in: query
          x-pixxel-notes: ["parameter note"]
          schema: {type: string}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
components:
  schemas:
    Thing:
      type: object
      x-pixxel-notes: ["schema note"]
      properties:
        size:
          type: integer
          x-pixxel-notes: ["property note", "second property note"]
"""


def test_collect_finds_notes_at_every_level(tmp_path: Path) -> None:
    (tmp_path / "parts").mkdir()
    (tmp_path / "openapi.yaml").write_text(ROOT_SPEC)
    (tmp_path / "parts" / "things.yaml").write_text(textwrap.dedent(PART))
    places = {p.where: p.notes for p in collect(load(tmp_path / "openapi.yaml"))}
    assert places == {
        "GET /things (listThings)": ["operation note"],
        "GET /things (listThings) parameter colour": ["parameter note"],
        "Thing": ["schema note"],
        "Thing.size": ["property note", "second property note"],
    }


@pytest.mark.skipif(not SEED.exists(), reason="the seed list of documented operations is absent")
def test_report_lists_the_notes_only_when_asked(capsys: pytest.CaptureFixture[str]) -> None:
    plain_code = report(SPEC_ROOT)
    plain = capsys.readouterr().out
    notes_code = report(SPEC_ROOT, notes=True)
    with_notes = capsys.readouterr().out

    assert notes_code == plain_code
    assert with_notes.startswith(plain)  # the table is unchanged; the notes follow it
    assert "x-pixxel-notes" not in plain
    assert "GET /v0/aois (listAois) parameter satellite_name  [aois.yaml]" in with_notes
    assert "  - `satellite_name` is documented in the developer guide only." in with_notes
    assert "JobSummary.cost  [jobs.yaml]" in with_notes


def test_the_moved_notes_are_in_the_spec() -> None:
    """The provenance taken out of descriptions is kept as notes, not lost."""
    places = {p.where: p.notes for p in collect(load(SPEC_ROOT))}
    assert any("developer guide's list table says number" in n for n in places["JobSummary.cost"])
    assert any("wrongly types `aoi_id`" in n for n in places["Visualization.aoi_id"])
