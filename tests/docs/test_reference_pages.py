"""The reference pages rendered from the spec cover every operation and speak to users."""

from __future__ import annotations

import re

import pytest

from generator.docs import REFERENCE_DIR, resource_pages
from pixxel import OPERATIONS

from ..support.paths import ROOT
from ..unit.test_public_names import PUBLIC
from .test_docstrings import TELLTALES


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return resource_pages()


def test_every_operation_has_a_section_on_its_resource_page(pages: dict[str, str]) -> None:
    missing = []
    for op_id, info in OPERATIONS.items():
        page = pages.get(f"{REFERENCE_DIR}/{info.resource}.md", "")
        heading = f"\n## `{info.method_name}`\n"
        if heading not in page or f"(operation `{op_id}`" not in page:
            missing.append(f"{op_id} -> {info.resource}.{info.method_name}")
    assert not missing


def test_the_index_links_every_resource_page(pages: dict[str, str]) -> None:
    index = pages[f"{REFERENCE_DIR}/index.md"]
    resources = {info.resource for info in OPERATIONS.values()}
    assert all(f"]({name}.md)" in index for name in resources)
    assert len(pages) == len(resources) + 1


def test_the_pages_carry_no_provenance_notes(pages: dict[str, str]) -> None:
    leaks = [
        f"{name}: {m.group(0)!r}" for name, text in pages.items() for m in TELLTALES.finditer(text)
    ]
    assert not leaks


def test_waiters_and_downloads_are_documented(pages: dict[str, str]) -> None:
    jobs = pages[f"{REFERENCE_DIR}/jobs.md"]
    assert (
        "client.jobs.wait(workflow_id, job_id, *, timeout=..., poll_interval=..., on_update=None)"
        in jobs
    )
    assert (
        "client.jobs.download_to(workflow_id, job_id, destination, *, progress=None, timeout=...)"
        in jobs
    )
    assert "until `status` is\n`completed` and returns the final object; on `failed`\n" in jobs


def test_every_public_name_is_documented_in_the_reference() -> None:
    page = (ROOT / "docs" / "reference" / "client.md").read_text()
    documented = set(re.findall(r"^::: pixxel\.(\w+)$", page, re.M))
    mentioned = set(re.findall(r"`pixxel\.(\w+)`|`(\w+)`", page))
    words = {w for pair in mentioned for w in pair if w}
    missing = [n for n in PUBLIC if n not in documented and n not in words]
    missing = [n for n in missing if n not in ("__version__",) and not n.endswith("Error")]
    assert missing == []
