"""Fixtures of the cube tests: COGs written with rasterio, served with signed, expiring links.

These tests need the ``xarray`` and ``plot`` extras (odc-stac, rasterio, dask, matplotlib); where
they are not installed the whole folder is skipped, with the reason in the summary (``-ra``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.support import cog_server as cs

EXTRAS = (
    ("odc.stac", "xarray"),
    ("rasterio", "xarray"),
    ("dask", "xarray"),
    ("matplotlib", "plot"),
)


def require_extras() -> None:
    """Skip the calling test module, saying which extra is missing, where one is."""
    for module, extra in EXTRAS:
        pytest.importorskip(
            module, reason=f"the cube tests need the [{extra}] extra: {module} is not installed"
        )
    import matplotlib

    matplotlib.use("Agg")


HS_BANDS = 120
HS_SHAPE = (200, 260)


@pytest.fixture(scope="session")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[cs.CogServer]:
    """The test archive: a 120-band hyperspectral scene, and three 4-band multispectral tiles
    (two side by side on one day, one of them again ten days later)."""
    from tests.support import cog_server as cs

    root: Path = tmp_path_factory.mktemp("cogs")
    west, north = cs.ORIGIN
    tile = 100 * cs.PIXEL
    scenes = [
        cs.hyperspectral_scene(
            root,
            "hs-0301",
            "2024-03-01",
            bands=HS_BANDS,
            shape=HS_SHAPE,
            west=west,
            north=north,
            seed=1,
        ),
        cs.multispectral_scene(
            root, "ms-west-0301", "2024-03-01", shape=(100, 100), west=west, north=north, seed=2
        ),
        cs.multispectral_scene(
            root,
            "ms-east-0301",
            "2024-03-01",
            shape=(100, 100),
            west=west + tile,
            north=north,
            seed=3,
        ),
        cs.multispectral_scene(
            root, "ms-west-0311", "2024-03-11", shape=(100, 100), west=west, north=north, seed=4
        ),
    ]
    with cs.serve(root) as server:
        for scene in scenes:
            server.scenes[scene.item_id] = scene
        yield server


@pytest.fixture
def pixxel_client(archive: cs.CogServer) -> Iterator[object]:
    import pixxel
    from tests.support import cog_server as cs

    with pixxel.Pixxel(api_key=cs.API_KEY, base_url=archive.url, max_retries=0) as client:
        yield client
