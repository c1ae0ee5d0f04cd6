"""Quick looks: composites picked by wavelength, NDVI, item.plot(), and the Jupyter tables."""

from __future__ import annotations

from .conftest import require_extras

require_extras()  # before the imports that need them

import numpy as np
import pytest
import rasterio
from matplotlib.axes import Axes

import pixxel
from pixxel import models
from tests.support import cog_server as cs

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])


def _item(archive: cs.CogServer, item_id: str) -> models.StacItem:
    return models.StacItem.model_validate(archive.item(item_id))


def test_composite_picks_the_bands_nearest_the_wavelengths(archive: cs.CogServer) -> None:
    cube = _item(archive, "hs-0301").to_xarray()
    rgb = pixxel.composite(cube, (650, 550, 470))
    assert rgb.dims == ("y", "x", "rgb") and rgb.shape[-1] == 3
    assert float(rgb.min()) >= 0 and float(rgb.max()) <= 1
    waves = np.array(cs.wavelengths_um(len(cube.band))) * 1000
    red = int(np.argmin(np.abs(waves - 650))) + 1
    with rasterio.open(archive.root / archive.scenes["hs-0301"].files["cube"]) as src:
        raw = src.read(red).astype("float64")
    valid = raw[raw != 0]
    low, high = np.percentile(valid, (2, 98))
    np.testing.assert_allclose(rgb.values[..., 0], np.clip((raw - low) / (high - low), 0, 1))


def test_ndvi_uses_the_nearest_red_and_nir_bands_and_masks_nodata(archive: cs.CogServer) -> None:
    item = _item(archive, "ms-west-0301")
    index = pixxel.ndvi(item.to_xarray()).isel(time=0).values
    with (
        rasterio.open(archive.root / archive.scenes["ms-west-0301"].files["red"]) as r,
        rasterio.open(archive.root / archive.scenes["ms-west-0301"].files["nir"]) as n,
    ):
        red = r.read(1).astype("float32") * np.float32(0.0001)
        nir = n.read(1).astype("float32") * np.float32(0.0001)
    np.testing.assert_allclose(index, (nir - red) / (nir + red), rtol=1e-5)
    hs = pixxel.ndvi(_item(archive, "hs-0301").to_xarray())
    assert hs.attrs["bands_nm"] == pytest.approx([859.66, 660.5], abs=3)
    assert np.isnan(hs.isel(time=0).values[:5, :7]).all()  # the nodata corner


@pytest.mark.parametrize("kind", ["true-colour", "false-colour", "ndvi"])
def test_item_plot_reads_only_the_bands_it_shows(archive: cs.CogServer, kind: str) -> None:
    import matplotlib.pyplot as plt

    item = _item(archive, "hs-0301")
    archive.reset_counters()
    ax = item.plot(kind)
    assert isinstance(ax, Axes)
    assert ax.get_images()  # something was drawn
    full = sum((archive.root / n).stat().st_size for n in archive.scenes["hs-0301"].files.values())
    assert archive.bytes_served < full * 0.1
    plt.close("all")


def test_plot_refuses_an_unknown_kind(archive: cs.CogServer) -> None:
    with pytest.raises(ValueError, match="kind must be one of true-colour, false-colour, ndvi"):
        _item(archive, "hs-0301").plot("infrared")


def test_items_and_pages_show_a_table_and_footprints(archive: cs.CogServer) -> None:
    item = _item(archive, "ms-east-0301")
    html = item._repr_html_()
    assert "<table>" in html and "ms-east-0301" in html and "<polygon" in html
    assert "<td>4</td>" in html  # four bands
    page = models.StacItemCollection.model_validate(
        {"features": [archive.item(i) for i in sorted(archive.scenes)]}
    )
    html = page._repr_html_()
    assert html.count("<tr>") == 1 + len(archive.scenes)
    assert html.count("<polygon") == len(archive.scenes)
    assert "sig=" not in html  # links are not shown


def test_a_placeholder_geometry_gives_a_table_without_a_drawing() -> None:
    item = models.StacItem.model_validate(
        {"id": "x<y", "geometry": {"type": "Polygon", "coordinates": "<any>"}}
    )
    html = item._repr_html_()
    assert "x&lt;y" in html and "<svg" not in html
