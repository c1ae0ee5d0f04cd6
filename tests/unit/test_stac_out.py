"""STAC out (issue 10): archive and catalog results reach pystac and geopandas losslessly."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

import geopandas
import httpx
import pystac
import pytest
import shapely.geometry

import pixxel
from pixxel import models

from .helpers import json_response, sync_client

FIXTURES = Path(__file__).parent.parent / "fixtures" / "stac"
ITEMS = ["sentinel2-item.json", "landsat-item.json"]


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / name).read_text())
    return data


def pystac_dict(obj: Any) -> dict[str, Any]:
    """What pystac writes back, less ``stac_version``: pystac always writes its own version."""
    data: dict[str, Any] = obj.to_dict(include_self_link=False, transform_hrefs=False)
    data.pop("stac_version")
    return data


def without_version(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k != "stac_version"}


@pytest.mark.parametrize("name", ITEMS)
def test_an_archive_item_converts_to_pystac_without_losing_anything(name: str) -> None:
    raw = load(name)
    item = models.StacItem.model_validate(copy.deepcopy(raw))
    converted = item.to_pystac()
    assert isinstance(converted, pystac.Item)
    assert pystac_dict(converted) == without_version(raw)
    # the extensions are usable through pystac's own API, not only as raw keys
    assert converted.properties["eo:cloud_cover"] == raw["properties"]["eo:cloud_cover"]
    assert pystac.extensions.eo.EOExtension.has_extension(converted)
    projection = pystac.extensions.projection.ProjectionExtension.ext(converted)
    assert projection.shape == raw["properties"]["proj:shape"]


@pytest.mark.parametrize("name", ITEMS)
def test_an_item_is_a_geo_interface_feature(name: str) -> None:
    raw = load(name)
    item = models.StacItem.model_validate(copy.deepcopy(raw))
    assert item.__geo_interface__ == raw
    assert shapely.geometry.shape(item).bounds == pytest.approx(tuple(raw["bbox"]))


def test_a_collection_converts_to_pystac_without_losing_anything() -> None:
    raw = load("collection.json")
    collection = models.StacCollection.model_validate(copy.deepcopy(raw)).to_pystac()
    assert isinstance(collection, pystac.Collection)
    assert pystac_dict(collection) == without_version(raw)


def _page() -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": [load(n) for n in ITEMS]}


def test_a_page_of_items_converts_to_an_item_collection_and_a_feature_collection() -> None:
    page = models.StacItemCollection.model_validate(_page())
    collection = page.to_pystac()
    assert isinstance(collection, pystac.ItemCollection)
    assert [pystac_dict(i) for i in collection] == [without_version(load(n)) for n in ITEMS]
    assert page.__geo_interface__ == _page()


def test_a_page_of_items_becomes_a_geodataframe_with_every_field() -> None:
    page = models.StacItemCollection.model_validate(_page())
    frame = page.to_geodataframe()
    assert isinstance(frame, geopandas.GeoDataFrame)
    assert frame.crs.to_epsg() == 4326
    assert list(frame["id"]) == [load(n)["id"] for n in ITEMS]
    for row, name in zip(frame.itertuples(index=False), ITEMS, strict=True):
        raw = load(name)
        values = row._asdict()
        assert (
            frame.loc[frame["id"] == raw["id"], "geometry"]
            .iloc[0]
            .equals(shapely.geometry.shape(raw["geometry"]))
        )
        assert values["assets"] == raw["assets"]
        assert values["links"] == raw["links"]
        assert values["bbox"] == raw["bbox"]
        assert values["stac_extensions"] == raw["stac_extensions"]
    s2 = frame.iloc[0]
    assert s2["eo:cloud_cover"] == 18.42
    assert s2["s2:mgrs_tile"] == "43PGQ"  # a property no Pixxel schema lists
    assert s2["proj:transform"] == load(ITEMS[0])["properties"]["proj:transform"]


def test_catalog_entries_hand_over_their_stac_item() -> None:
    raw = load(ITEMS[0])
    entry = models.Catalog.model_validate({"id": "c1", "details": copy.deepcopy(raw)})
    assert pystac_dict(entry.to_pystac()) == without_version(raw)
    assert entry.__geo_interface__ == raw
    empty = models.Catalog.model_validate({"id": "c2", "details": None})
    with pytest.raises(ValueError, match="holds no STAC item"):
        empty.to_pystac()
    page = models.CatalogList.model_validate(
        {"catalogs": [{"id": "c1", "details": raw}, {"id": "c2", "details": None}]}
    )
    assert [f["id"] for f in page.__geo_interface__["features"]] == [raw["id"]]
    assert list(page.to_geodataframe()["id"]) == [raw["id"]]


def test_search_results_go_from_a_paginator_to_a_geodataframe() -> None:
    features = [load(n) for n in ITEMS]

    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        start = body.get("offset", 0)
        chunk = features[start : start + body["limit"]]
        return json_response(200, {"type": "FeatureCollection", "features": chunk})

    client = sync_client(handler)
    polygon = shapely.geometry.box(77.4, 12.5, 78.6, 13.7)
    results = client.archives.search(
        intersects=polygon, datetime=("2023-07-01", "2023-08-31"), page_size=1
    )
    frame = pixxel.to_geodataframe(results)
    assert list(frame["id"]) == [f["id"] for f in features]
    items = pixxel.to_item_collection(client.archives.search(intersects=polygon, page_size=1))
    assert [i.id for i in items] == [f["id"] for f in features]


def test_a_missing_extra_says_which_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    item = models.StacItem.model_validate(load(ITEMS[0]))
    monkeypatch.setitem(sys.modules, "pystac", None)
    with pytest.raises(ImportError, match=r"pixxel-client\[stac\]"):
        item.to_pystac()
    monkeypatch.setitem(sys.modules, "geopandas", None)
    with pytest.raises(ImportError, match=r"pixxel-client\[geo\]"):
        pixxel.to_geodataframe([item])


def test_import_pixxel_does_not_load_the_stac_machinery() -> None:
    import subprocess

    code = "import sys, pixxel; print('pydantic' in sys.modules, 'pixxel._runtime._stac' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(Path(__file__).parents[2] / "generated")},
    ).stdout.split()
    assert out == ["False", "False"]
    assert callable(pixxel.to_geodataframe) and callable(pixxel.to_item_collection)


def test_a_geometry_shapely_cannot_read_is_kept_as_sent() -> None:
    good = {
        "type": "Feature",
        "id": "good",
        "geometry": {"type": "Point", "coordinates": [77.5, 12.9]},
        "properties": {"datetime": "2024-01-01T00:00:00Z"},
    }
    placeholder = {
        **good,
        "id": "placeholder",
        "geometry": {"type": "Point", "coordinates": "<any>"},
    }
    with pytest.warns(UserWarning, match="1 item"):
        frame = pixxel.to_geodataframe([good, placeholder])
    assert list(frame["id"]) == ["good", "placeholder"]
    assert frame.geometry.iloc[0].equals(shapely.geometry.Point(77.5, 12.9))
    assert frame.geometry.iloc[1] is None
    assert frame["unreadable_geometry"].iloc[1] == placeholder["geometry"]
