"""Every python example of the documentation site and of README.md runs against a local API."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.support.paths import ROOT

from . import api_server
from .examples import ExampleFailed, examples, run_page

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1", "localhost"])

DOCS = ROOT / "docs"
OWN_SERVERS = {DOCS / "from-search-to-an-index-map.md"}
"""Pages whose examples need more than the API (COGs behind signed links): tests/xarray runs them."""
PAGES = [
    *sorted(p for p in DOCS.rglob("*.md") if p not in OWN_SERVERS),
    ROOT / "README.md",
    ROOT / "generated" / "README.md",
]
"""The site, the repository's README and the package's own README (its page on the index)."""


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
    api.problems.clear()
    return api


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_example_of_the_page_runs(page: Path, reader: api_server.APIServer) -> None:
    blocks = examples(page)
    run_page(blocks)
    # Requests the spec refuses fail the example with a 400; a caught error must not hide one.
    assert not reader.problems, f"{page.name}: {reader.problems}"
    if any("client." in b.code for b in blocks):
        assert reader.calls, f"{page.name}: the examples made no request"


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


def test_the_server_refuses_what_the_spec_refuses(api: api_server.APIServer) -> None:
    api.problems.clear()
    headers = {"Authorization": "docs-example-key"}
    good = httpx.get(f"{api.url}/v0/aoi/e9767554", headers=headers)
    assert good.status_code == 200 and good.json()["status"] == "success"
    assert not api.problems

    bad_body = httpx.post(f"{api.url}/v0/aois", json={"name": "no geometry"}, headers=headers)
    unknown = httpx.get(f"{api.url}/v0/nothing-here", headers=headers)
    assert (bad_body.status_code, unknown.status_code) == (400, 404)
    assert api.problems[0].startswith("createAoi: ")
    assert api.problems[1] == "no operation answers GET /v0/nothing-here"
    api.problems.clear()
