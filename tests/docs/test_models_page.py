"""The models reference page (rendered at docs build time) matches the models and its examples run."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import pixxel.models
from generator.model_docs import MODELS_PAGE, models_page, read_models

from .examples import examples, run_page
from .test_docstrings import TELLTALES


@pytest.fixture(scope="module")
def page() -> str:
    return models_page()[MODELS_PAGE]


def test_every_model_has_a_section(page: str) -> None:
    sections = set(re.findall(r"^## (\w+)$", page, re.M))
    assert sections == set(pixxel.models.__all__)


def test_fields_and_wire_names_are_those_of_the_models() -> None:
    """The page reads the sources; the classes themselves must agree with what it shows."""
    for doc in read_models():
        cls = getattr(pixxel.models, doc.name)
        if doc.kind != "object":
            continue
        fields = {name: info.alias or name for name, info in cls.model_fields.items()}
        assert {f.name: f.wire for f in doc.fields} == fields, doc.name


def test_wire_names_that_differ_are_shown(page: str) -> None:
    assert "| `eo_cloud_cover` | `eo:cloud_cover` | float \\| None |" in page
    assert "| `workflow_id` | `workflowId` |" in page
    assert "Returned by `client.jobs.create`, `client.jobs.get`." in page


def test_the_page_carries_no_provenance_notes(page: str) -> None:
    assert not [m.group(0) for m in TELLTALES.finditer(page)]


def test_its_examples_run(page: str, tmp_path: Path) -> None:
    path = tmp_path / "models.md"
    path.write_text(page, encoding="utf-8")
    blocks = examples(path)
    assert blocks
    run_page(blocks)
