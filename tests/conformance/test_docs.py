"""The documentation pages of the conformance spec: a new tag gets its page, a deprecated
operation and a parameter default are shown there."""

from __future__ import annotations

from generator.docs import resource_pages

from .conftest import needs
from .package import Suite


@needs("read_write_only")
@needs("deprecated")
@needs("defaults")
def test_pages_follow_the_spec(suite: Suite) -> None:
    assert suite.spec_root is not None
    pages = resource_pages(suite.spec_root)
    assert {"reference/features.md", "reference/widgets.md"} <= set(pages)
    assert "widgets" in pages["reference/index.md"]
    features = pages["reference/features.md"]
    assert "deprecated" in _section(features, "## `old_call`").lower()
    assert "The API's default: ``10``" in _section(features, "## `with_defaults`")


def _section(page: str, heading: str) -> str:
    start = page.index(heading)
    end = page.find("\n## ", start + len(heading))
    return page[start : end if end != -1 else None]
