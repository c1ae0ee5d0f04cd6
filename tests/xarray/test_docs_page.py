"""docs/from-search-to-an-index-map.md: every block runs, against COGs behind signed links, and
the figure on the page is the one its code draws.

``PIXXEL_UPDATE_FIGURES=1`` rewrites docs/images/index-map.png from the run.
"""

from __future__ import annotations

from .conftest import require_extras

require_extras()  # before the imports that need them

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from matplotlib import image

from tests.docs.examples import examples, run_page
from tests.support import cog_server as cs
from tests.support.paths import ROOT

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

PAGE = ROOT / "docs" / "from-search-to-an-index-map.md"
FIGURE = ROOT / "docs" / "images" / "index-map.png"


@pytest.fixture
def docs_archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[cs.CogServer]:
    root = tmp_path_factory.mktemp("docs-cogs")
    scene = cs.hyperspectral_scene(
        root,
        "pixxel-hs-20240301",
        "2024-03-01",
        bands=150,
        shape=(200, 260),
        west=cs.ORIGIN[0],
        north=cs.ORIGIN[1],
        seed=7,
    )
    with cs.serve(root) as server:
        server.scenes[scene.item_id] = scene
        yield server


def test_every_block_runs_and_draws_the_figure_on_the_page(
    docs_archive: cs.CogServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PIXXEL_API_KEY", cs.API_KEY)
    monkeypatch.setenv("PIXXEL_BASE_URL", docs_archive.url)
    monkeypatch.chdir(tmp_path)
    namespace = run_page(examples(PAGE))
    assert namespace["cube"].sizes["band"] == 150
    assert -1 <= namespace["mean_ndvi"] <= 1
    drawn = tmp_path / "index-map.png"
    if os.environ.get("PIXXEL_UPDATE_FIGURES"):
        shutil.copyfile(drawn, FIGURE)
    assert FIGURE.is_file(), "docs/images/index-map.png is missing: PIXXEL_UPDATE_FIGURES=1"
    got, want = image.imread(drawn), image.imread(FIGURE)
    assert got.shape == want.shape
    # same pixels, give or take one step of 8-bit colour (font rasterisation across platforms)
    assert np.abs(got - want).max() <= 1 / 255 + 1e-6
