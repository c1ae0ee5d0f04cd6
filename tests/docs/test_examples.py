"""Every python example of the documentation site and of README.md runs against a local API."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.paths import ROOT

from . import api_server
from .examples import ExampleFailed, examples, run_page

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1", "localhost"])

DOCS = ROOT / "docs"
PAGES = [*sorted(DOCS.rglob("*.md")), ROOT / "README.md"]


@pytest.fixture(scope="module")
def api() -> Iterator[api_server.APIServer]:
    with api_server.running() as server:
        yield server


@pytest.fixture
def reader(
    api: api_server.APIServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> api_server.APIServer:
    """A reader's session: key and base URL from the environment, a fresh working folder."""
    monkeypatch.setenv("PIXXEL_API_KEY", "docs-example-key")
    monkeypatch.setenv("PIXXEL_BASE_URL", api.url)
    monkeypatch.delenv("PIXXEL_LOG", raising=False)
    monkeypatch.chdir(tmp_path)
    api.calls.clear()
    return api


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_example_of_the_page_runs(page: Path, reader: api_server.APIServer) -> None:
    blocks = examples(page)
    run_page(blocks)
    if blocks and any("client." in b.code for b in blocks):
        # The page talked to the API, and only through documented routes.
        assert reader.calls, f"{page.name}: the examples made no request"
        unknown = [c for c in reader.calls if c.startswith("unknown")]
        assert not unknown, f"{page.name}: requests no operation answers: {unknown}"


def test_the_site_has_examples() -> None:
    assert sum(len(examples(p)) for p in PAGES) >= 20


def test_a_broken_example_fails(tmp_path: Path, reader: api_server.APIServer) -> None:
    """The runner is not a no-op: a wrong method name, a wrong argument, a bad assertion fail."""
    broken = {
        "from pixxel import Pixxel\nclient = Pixxel()\nclient.jobs.lst('w')\n": "AttributeError",
        "from pixxel import Pixxel\nclient = Pixxel()\nclient.aois.get()\n": "TypeError",
        "from pixxel import Pixxel\nclient = Pixxel()\n"
        "assert client.aois.get('a').status == 'nope'\n": "AssertionError",
    }
    for code, error in broken.items():
        page = tmp_path / "page.md"
        page.write_text(f"# page\n\n```python\n{code}```\n")
        blocks = examples(page)
        assert len(blocks) == 1
        with pytest.raises(ExampleFailed, match=f"page.md:4 failed: {error}"):
            run_page(blocks)


def test_blocks_of_a_page_share_one_session(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "```python\nx = 2\n```\n\ntext\n\n```text\nnot run(\n```\n\n```python\nassert x == 2\n```\n"
    )
    assert [b.line for b in examples(page)] == [2, 12]
    assert run_page(examples(page))["x"] == 2
