"""Band tables from STAC metadata (no array library needed)."""

from __future__ import annotations

import math
from typing import Any

import pytest

from pixxel._runtime._bands import band_table, select_bands


def _item(assets: dict[str, Any], properties: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"id": "i", "properties": properties or {}, "assets": assets}


def test_stac_1_1_bands_give_names_wavelengths_in_nm_and_raster_fields() -> None:
    asset = {
        "href": "cube.tif",
        "type": "image/tiff; application=geotiff",
        "bands": [
            {
                "name": "b1",
                "eo:center_wavelength": 0.45,
                "eo:full_width_half_max": 0.01,
                "nodata": "nan",
                "raster:scale": 0.5,
                "raster:offset": -1,
            },
            {"name": "b2", "eo:center_wavelength": 0.86},
        ],
    }
    first, second = band_table([_item({"cube": asset})])
    assert (first.name, first.asset, first.index) == ("b1", "cube", 1)
    assert first.wavelength_nm == pytest.approx(450) and first.fwhm_nm == pytest.approx(10)
    assert math.isnan(first.nodata or 0) and (first.scale, first.offset) == (0.5, -1)
    assert second.index == 2 and math.isnan(second.fwhm_nm) and second.scale == 1.0


def test_unnamed_bands_are_named_as_odc_stac_names_them() -> None:
    assets = {
        "cube": {"href": "c.tif", "raster:bands": [{"nodata": 0}, {"nodata": 0}]},
        "red": {"href": "r.tif"},
        "thumbnail": {"href": "t.png", "type": "image/png", "roles": ["thumbnail"]},
    }
    assert [b.name for b in band_table([_item(assets)])] == ["cube.1", "cube.2", "red"]


def test_item_level_eo_bands_describe_a_single_asset() -> None:
    props = {"eo:bands": [{"name": "nir", "common_name": "nir", "center_wavelength": 0.842}]}
    (band,) = band_table([_item({"data": {"href": "d.tif"}}, props)])
    assert band.name == "nir" and band.wavelength_nm == pytest.approx(842)


def test_selection_by_name_common_name_asset_and_wavelength_range() -> None:
    assets = {
        "cube": {
            "href": "c.tif",
            "eo:bands": [
                {"name": f"B{i}", "center_wavelength": w, "common_name": c}
                for i, (w, c) in enumerate([(0.49, "blue"), (0.665, "red"), (0.842, "nir")])
            ],
        }
    }
    bands = band_table([_item(assets)])
    assert [b.name for b in select_bands(bands, "red")] == ["B1"]
    assert [b.name for b in select_bands(bands, "cube")] == ["B0", "B1", "B2"]
    assert [b.name for b in select_bands(bands, wavelengths=(900, 600))] == ["B1", "B2"]
    with pytest.raises(ValueError, match="no band named 'swir'; the items have: B0, B1, B2"):
        select_bands(bands, ["swir"])
