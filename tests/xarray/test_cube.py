"""to_xarray(): real COGs over HTTP with signed links, compared with rasterio's own reads."""

from __future__ import annotations

from .conftest import require_extras

require_extras()  # before the imports that need them

import logging
import time
from typing import Any

import numpy as np
import pytest
import rasterio
from rasterio.windows import Window

import pixxel
from pixxel import models
from pixxel._runtime._signed_links import close_open_datasets
from tests.support import cog_server as cs

from .conftest import HS_BANDS, HS_SHAPE

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])


def _file(archive: cs.CogServer, item_id: str, asset: str) -> Any:
    return rasterio.open(archive.root / archive.scenes[item_id].files[asset])


def _item(archive: cs.CogServer, item_id: str, ttl: float | None = None) -> models.StacItem:
    return models.StacItem.model_validate(archive.item(item_id, ttl))


def test_cube_has_time_band_y_x_and_wavelengths_in_nm_before_any_pixel_is_read(
    archive: cs.CogServer,
) -> None:
    item = _item(archive, "hs-0301")
    archive.reset_counters()
    cube = item.to_xarray()
    assert archive.bytes_served == 0  # the grid and the bands come from the metadata alone
    assert cube.dims == ("time", "band", "y", "x")
    assert cube.shape == (1, HS_BANDS, *HS_SHAPE)
    expected = np.array(cs.wavelengths_um(HS_BANDS)) * 1000
    np.testing.assert_allclose(cube.wavelength.values, expected)
    assert cube.wavelength.attrs["units"] == "nm"
    np.testing.assert_allclose(cube.fwhm.values, 10.5)
    assert cube.fwhm.attrs["units"] == "nm"
    nearest = int(np.argmin(np.abs(expected - 860)))
    assert cube.sel(wavelength=860, method="nearest").band.item() == f"B{nearest + 1:03d}"
    assert cube.odc.crs.epsg == int(cs.CRS.split(":")[1])
    assert cube.odc.transform.a == cs.PIXEL


def test_values_equal_rasterio_reads_window_by_window(archive: cs.CogServer) -> None:
    cube = _item(archive, "hs-0301").to_xarray(chunks={"x": 96, "y": 96})
    picked = [0, 37, 63, HS_BANDS - 1]
    with _file(archive, "hs-0301", "cube") as src:
        for y0 in range(0, HS_SHAPE[0], 96):
            for x0 in range(0, HS_SHAPE[1], 96):
                window = Window(x0, y0, min(96, HS_SHAPE[1] - x0), min(96, HS_SHAPE[0] - y0))
                got = cube.isel(
                    time=0,
                    band=picked,
                    y=slice(y0, y0 + window.height),
                    x=slice(x0, x0 + window.width),
                ).values
                want = src.read([b + 1 for b in picked], window=window)
                np.testing.assert_array_equal(got, want)


def test_mask_and_scale_applies_nodata_scale_and_offset(archive: cs.CogServer) -> None:
    cube = _item(archive, "hs-0301").to_xarray(mask_and_scale=True, bands=["B010", "B100"])
    assert cube.dtype == np.float32
    assert list(cube.nodata.values) == [0, 0] and list(cube.scale.values) == [0.0001, 0.0001]
    values = cube.isel(time=0).values
    with _file(archive, "hs-0301", "cube") as src:
        raw = src.read([10, 100]).astype("float32")
    assert np.isnan(values[:, :5, :7]).all()  # the nodata corner the file was written with
    valid = raw != 0
    np.testing.assert_allclose(values[valid], raw[valid] * np.float32(0.0001), rtol=1e-6)
    assert not np.isnan(values[valid]).any()
    # the same through the whole multi-band asset (read in band chunks)
    whole = _item(archive, "hs-0301").to_xarray(mask_and_scale=True)
    np.testing.assert_array_equal(whole.sel(band=["B010", "B100"]).isel(time=0).values, values)


def test_selecting_bands_before_loading_reads_only_those_bands(archive: cs.CogServer) -> None:
    item = _item(archive, "hs-0301")

    def fresh() -> None:  # bytes counted from here, none of them from an earlier read's cache
        close_open_datasets()
        archive.reset_counters()

    cube = item.to_xarray()
    fresh()
    cube.values  # noqa: B018
    everything = archive.bytes_served
    # a selection of the lazy cube reads the band chunks (16 bands) that hold those bands
    fresh()
    part = cube.sel(wavelength=slice(840, 880)).compute()
    assert 1 <= part.sizes["band"] <= 10
    assert archive.bytes_served < everything * 2 * 16 / HS_BANDS * 1.2, archive.bytes_served
    # bands picked in to_xarray() are read one by one: only theirs
    fresh()
    picked = item.to_xarray(wavelengths=(840, 880)).compute()
    assert list(picked.band.values) == list(part.band.values)
    np.testing.assert_array_equal(picked.values, part.values)
    assert archive.bytes_served < everything * 0.1, (archive.bytes_served, everything)


def test_bands_and_wavelengths_pick_bands_and_say_when_none_match(archive: cs.CogServer) -> None:
    item = _item(archive, "hs-0301")
    assert list(item.to_xarray(bands="B005").band.values) == ["B005"]
    blue = item.to_xarray(wavelengths=(440, 460))
    assert ((blue.wavelength >= 440) & (blue.wavelength <= 460)).all()
    with pytest.raises(ValueError, match="no band named 'B999'"):
        item.to_xarray(bands="B999")
    with pytest.raises(ValueError, match="no band has its centre wavelength in 1500-1600 nm"):
        item.to_xarray(wavelengths=(1500, 1600))


def test_search_results_of_one_day_are_mosaicked(
    archive: cs.CogServer, pixxel_client: pixxel.Pixxel
) -> None:
    results = pixxel_client.archives.search(collections=["pixxel-test-l2a"])
    cube = pixxel.to_xarray(
        [item for item in results if item.id.startswith("ms-")], bands=["red", "nir"]
    )
    assert cube.sizes["time"] == 2  # 03-01 (two tiles side by side) and 03-11
    # the grid of the tiles, unshifted
    assert cube.x.values[0] == pytest.approx(cs.ORIGIN[0] + cs.PIXEL / 2)
    assert cube.sizes["x"] >= 200 and cube.sizes["y"] >= 100
    first = cube.isel(time=0).sel(band="red").values
    with (
        _file(archive, "ms-west-0301", "red") as west,
        _file(archive, "ms-east-0301", "red") as east,
    ):
        np.testing.assert_array_equal(first[:100, :100], west.read(1))
        np.testing.assert_array_equal(first[:100, 100:200], east.read(1))
    later = cube.isel(time=1).sel(band="red").values
    assert (later[:100, 100:200] == 0).all()  # nothing on the east tile that day: nodata
    assert list(cube.wavelength.values) == [665.0, 842.0]


def test_paginator_and_page_load_as_cubes(
    archive: cs.CogServer, pixxel_client: pixxel.Pixxel
) -> None:
    paginator = pixxel_client.archives.search(collections=["pixxel-test-l2a"])
    cube = paginator.to_xarray(bands="nir")
    assert cube.sizes["time"] == 2
    page = paginator.first_page()
    assert page.to_xarray(bands="nir").shape == cube.shape


async def test_async_paginator_loads_as_the_same_cube(
    archive: cs.CogServer, pixxel_client: pixxel.Pixxel
) -> None:
    expected = pixxel_client.archives.search(collections=["pixxel-test-l2a"]).to_xarray(bands="nir")
    async with pixxel.AsyncPixxel(
        api_key=cs.API_KEY, base_url=archive.url, max_retries=0
    ) as client:
        cube = await client.archives.search(collections=["pixxel-test-l2a"]).to_xarray(bands="nir")
    assert cube.shape == expected.shape
    assert list(cube.time.values) == list(expected.time.values)
    np.testing.assert_array_equal(cube.values, expected.values)


def test_crs_resolution_and_bbox_reproject_and_clip(archive: cs.CogServer) -> None:
    item = _item(archive, "ms-west-0301")
    geographic = item.to_xarray(bands="red", crs="EPSG:4326", resolution=0.0005)
    assert geographic.odc.crs.epsg == 4326
    assert geographic.dims == ("time", "band", "y", "x")
    west, south, east, north = item.bbox  # type: ignore[misc]
    half = (west, south, (west + east) / 2, north)
    clipped = item.to_xarray(bands="red", bbox=half)
    assert 45 <= clipped.sizes["x"] <= 56 and clipped.sizes["y"] >= 99
    shape = {
        "type": "Polygon",
        "coordinates": [
            [[west, south], [half[2], south], [half[2], north], [west, north], [west, south]]
        ],
    }
    assert item.to_xarray(bands="red", geometry=shape).shape == clipped.shape


def test_catalog_record_loads_its_item(archive: cs.CogServer) -> None:
    record = models.Catalog.model_validate({"id": "cat-1", "details": archive.item("ms-west-0301")})
    cube = record.to_xarray(bands=["blue", "green"])
    with _file(archive, "ms-west-0301", "green") as src:
        np.testing.assert_array_equal(cube.sel(band="green").isel(time=0).values, src.read(1))


def test_a_link_expiring_in_the_middle_of_a_compute_is_fetched_again_through_the_api(
    archive: cs.CogServer, pixxel_client: pixxel.Pixxel, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    archive.ttl = 2.0
    try:
        item = pixxel_client.archives.get_item("pixxel-test-l2a", "hs-0301")
        cube = item.to_xarray(client=pixxel_client, bands=[f"B{i:03d}" for i in range(1, 9)])
        archive.reset_counters()
        first = cube.isel(band=slice(0, 4)).values  # links still valid
        assert archive.refreshes == 0
        time.sleep(2.5)  # every link of the item has expired now
        rest = cube.isel(band=slice(4, 8)).values
        assert archive.refreshes == 1  # one API call for the item, shared by the threads
    finally:
        archive.ttl = 3600.0
    with _file(archive, "hs-0301", "cube") as src:
        np.testing.assert_array_equal(first[0], src.read([1, 2, 3, 4]))
        np.testing.assert_array_equal(rest[0], src.read([5, 6, 7, 8]))
    assert not any(cs.API_KEY in path for path in archive.paths_seen if "/files/" in path)
    assert cs.API_KEY not in caplog.text
    assert "sig=" not in caplog.text.replace("sig=[REDACTED]", "")


def test_an_expired_link_without_a_client_fails_naming_no_signature(archive: cs.CogServer) -> None:
    item = _item(archive, "hs-0301", ttl=-10)  # already expired
    cube = item.to_xarray(bands="B001")
    with pytest.raises(rasterio.errors.RasterioIOError) as failure:
        cube.values  # noqa: B018
    assert "sig=[REDACTED]" in str(failure.value)
    assert "403" in str(failure.value) and "client=" in str(failure.value)
    signature = item.assets["cube"].href.split("sig=")[1]  # type: ignore[index,union-attr]
    assert signature not in str(failure.value)


def test_gdal_settings_for_remote_cogs_are_set_for_the_reads(archive: cs.CogServer) -> None:
    from pixxel._runtime._signed_links import GDAL_REMOTE_DEFAULTS, PixxelReaderDriver

    env = PixxelReaderDriver(gdal_env={"GDAL_HTTP_TIMEOUT": "30"}).capture_env()
    assert env["GDAL_DISABLE_READDIR_ON_OPEN"] == "EMPTY_DIR"
    assert env["GDAL_HTTP_MULTIRANGE"] == "YES"
    assert env["GDAL_HTTP_TIMEOUT"] == "30"
    assert set(GDAL_REMOTE_DEFAULTS) <= set(env)


def test_not_stac_items_are_refused_by_name() -> None:
    with pytest.raises(TypeError, match="to_xarray\\(\\) takes STAC items, got int"):
        pixxel.to_xarray([1])
    with pytest.raises(ValueError, match="got no STAC items"):
        pixxel.to_xarray([])
