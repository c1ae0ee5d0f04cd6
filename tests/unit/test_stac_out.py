"""STAC out (issue 10): archive and catalog results reach pystac and geopandas losslessly."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

import geopandas
import httpx
import pandas
import pystac
import pytest
import shapely.geometry

import pixxel
from pixxel import models

from .helpers import json_response, sync_client

FIXTURES = Path(__file__).parent.parent / "fixtures" / "stac"
ITEMS = ["sentinel2-item.json", "landsat-item.json"]
# Items written with older extension versions (projection v1.0 with proj:epsg, sat/sar v1.0, a
# STAC 0.9 item with short extension names): pystac's default reading migrates them.
OLDER_ITEMS = [
    "td-item-projection-v1.0.json",
    "sar-item-sat-v1.0.json",
    "legacy-item-stac-0.9.json",
]
ALL_ITEMS = ITEMS + OLDER_ITEMS


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / name).read_text())
    return data


def pystac_dict(obj: Any) -> dict[str, Any]:
    """What pystac writes back."""
    data: dict[str, Any] = obj.to_dict(include_self_link=False, transform_hrefs=False)
    return data


def pystac_reading(data: dict[str, Any], kind: Any = pystac.Item) -> dict[str, Any]:
    """pystac's own reading of ``data`` (its defaults, as pystac-client uses), written back."""
    return pystac_dict(kind.from_dict(copy.deepcopy(data)))


def parsed(name: str, model: Any = None) -> Any:
    """A fixture read as a response is (JSON text, tolerant)."""
    return (model or models.StacItem).model_validate_json((FIXTURES / name).read_bytes())


@pytest.mark.parametrize("name", ALL_ITEMS)
def test_to_dict_is_the_item_as_sent(name: str) -> None:
    # every value with its JSON type (30 stays 30, not 30.0); members may come in another order
    as_sent = json.dumps(load(name), sort_keys=True)
    assert json.dumps(parsed(name).to_dict(), sort_keys=True) == as_sent


@pytest.mark.parametrize("name", ALL_ITEMS)
def test_to_pystac_is_pystacs_own_reading_of_the_item(name: str) -> None:
    item = parsed(name)
    converted = item.to_pystac()
    assert isinstance(converted, pystac.Item)
    assert pystac_dict(converted) == pystac_reading(item.to_dict())
    # the extensions are usable through pystac's own API, not only as raw keys
    raw = load(name)
    if "eo:cloud_cover" in raw["properties"]:
        assert converted.properties["eo:cloud_cover"] == raw["properties"]["eo:cloud_cover"]
        assert pystac.extensions.eo.EOExtension.has_extension(converted)
    if "proj:shape" in raw["properties"]:
        projection = pystac.extensions.projection.ProjectionExtension.ext(converted)
        assert projection.shape == raw["properties"]["proj:shape"]


@pytest.mark.parametrize("name", ["td-item-projection-v1.0.json", "legacy-item-stac-0.9.json"])
def test_older_projection_versions_are_migrated_as_pystac_does(name: str) -> None:
    converted = parsed(name).to_pystac()
    projection = pystac.extensions.projection.ProjectionExtension.ext(converted)
    assert projection.code == "EPSG:32643"
    assert "proj:epsg" not in converted.properties
    assert parsed(name).to_dict()["properties"]["proj:epsg"] == 32643  # to_dict: as sent


@pytest.mark.parametrize("name", ITEMS)
def test_an_item_is_a_geo_interface_feature(name: str) -> None:
    raw = load(name)
    item = models.StacItem.model_validate(copy.deepcopy(raw))
    assert item.__geo_interface__ == raw
    assert shapely.geometry.shape(item).bounds == pytest.approx(tuple(raw["bbox"]))


def test_a_collection_converts_to_pystacs_own_reading() -> None:
    raw = load("collection.json")
    model = models.StacCollection.model_validate_json(json.dumps(raw))
    assert model.to_dict() == raw
    collection = model.to_pystac()
    assert isinstance(collection, pystac.Collection)
    assert pystac_dict(collection) == pystac_reading(raw, pystac.Collection)


def _page(names: list[str] = ITEMS) -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": [load(n) for n in names]}


def test_a_page_of_items_converts_to_an_item_collection_and_a_feature_collection() -> None:
    page = models.StacItemCollection.model_validate_json(json.dumps(_page(ALL_ITEMS)))
    collection = page.to_pystac()
    assert isinstance(collection, pystac.ItemCollection)
    assert [pystac_dict(i) for i in collection] == [pystac_reading(load(n)) for n in ALL_ITEMS]
    assert page.__geo_interface__ == _page(ALL_ITEMS)


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
    assert pystac_dict(entry.to_pystac()) == pystac_reading(raw)
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


def test_times_are_utc_datetime64_columns() -> None:
    frame = pixxel.to_geodataframe([load(n) for n in ALL_ITEMS])
    assert isinstance(frame["datetime"].dtype, pandas.DatetimeTZDtype)
    assert str(frame["datetime"].dt.tz) == "UTC"
    sar = frame.loc[frame["id"] == "S1A_IW_GRDH_20240301T004512_052809"].iloc[0]
    assert sar["datetime"] == pandas.Timestamp("2024-03-01T00:45:12Z")
    assert sar["start_datetime"] == pandas.Timestamp("2024-03-01T00:44:59.5Z")
    assert isinstance(frame["end_datetime"].dtype, pandas.DatetimeTZDtype)
    # a time in another offset is the same instant in UTC
    shifted = load(ITEMS[0])
    shifted["properties"]["datetime"] = "2023-07-14T10:36:49+05:30"
    moment = pixxel.to_geodataframe([shifted])["datetime"].iloc[0]
    assert moment == pandas.Timestamp("2023-07-14T05:06:49Z")
    # the archive's own spelling of the range, from its documented search response
    (_, model, body) = next(x for x in STAC_EXCHANGES if x[0] == "searchArchive")
    with pytest.warns(UserWarning, match="geometry shapely cannot read"):  # its "<any>"
        frame = pixxel.to_geodataframe(model.model_validate_json(body))  # one page, as it is
    assert frame["startdatetime"].iloc[0] == pandas.Timestamp("2022-01-01T00:00:00Z")
    assert isinstance(frame["enddatetime"].dtype, pandas.DatetimeTZDtype)


def test_a_time_column_that_is_not_iso_8601_stays_text_with_a_warning() -> None:
    odd = load(ITEMS[0])
    odd["properties"]["datetime"] = "<string>"
    with pytest.warns(UserWarning, match="'datetime' column .* not ISO 8601"):
        frame = pixxel.to_geodataframe([odd, load(ITEMS[1])])
    assert list(frame["datetime"]) == ["<string>", load(ITEMS[1])["properties"]["datetime"]]


def test_an_empty_result_has_the_columns_of_a_full_one() -> None:
    empty = pixxel.to_geodataframe([])
    full = pixxel.to_geodataframe([load(n) for n in ITEMS])
    assert len(empty) == 0
    assert set(empty.columns) <= set(full.columns)
    for name in ("id", "collection", "datetime", "eo:cloud_cover", "platform", "geometry"):
        assert name in empty.columns
    assert empty.crs.to_epsg() == 4326
    assert empty[["id", "eo:cloud_cover"]].empty  # the getting-started line works on nothing
    assert isinstance(empty["datetime"].dtype, pandas.DatetimeTZDtype)
    assert empty["eo:cloud_cover"].dtype == full["eo:cloud_cover"].dtype
    page = models.StacItemCollection.model_validate_json(b'{"features": []}')
    assert list(page.to_geodataframe().columns) == list(empty.columns)


def _stac_exchanges() -> list[tuple[str, Any, bytes]]:
    """(operation id, response model, body) of every documented exchange that returns STAC."""
    import importlib
    import pkgutil
    import re

    import pixxel.api
    from pixxel._runtime import _stac

    from ..support.payloads import all_exchanges

    stac_bases = (
        _stac.StacItemModel,
        _stac.StacItemListModel,
        _stac.StacCollectionModel,
        _stac.StacItemHolderModel,
    )
    modules = {
        info.name.rsplit(".", 1)[-1]: importlib.import_module(info.name)
        for info in pkgutil.walk_packages(pixxel.api.__path__, "pixxel.api.")
    }
    found = []
    for exchange in all_exchanges():
        name = re.sub(r"(?<!^)(?=[A-Z])", "_", exchange.operation_id).lower()
        target = modules[name].RESPONSES.get(exchange.status)
        if isinstance(target, type) and issubclass(target, stac_bases):
            found.append((exchange.operation_id, target, exchange.response_bytes()))
    return found


STAC_EXCHANGES = _stac_exchanges()


def test_the_documented_stac_exchanges_are_found() -> None:
    assert {"searchArchive", "getCollectionItem", "getCollection"} <= {
        operation for operation, _, _ in STAC_EXCHANGES
    }


@pytest.mark.parametrize(("operation", "model", "body"), STAC_EXCHANGES, ids=lambda v: str(v)[:20])
def test_documented_stac_responses_reach_pystac_as_pystac_reads_them(
    operation: str, model: Any, body: bytes
) -> None:
    parsed = model.model_validate_json(body)
    assert parsed.to_dict() == json.loads(body)
    try:
        ours: Any = parsed.to_pystac()
    except Exception as error:  # a documented placeholder pystac refuses: it must refuse it too
        with pytest.raises(type(error)):
            _pystac_reading_of(parsed)
        return
    theirs = _pystac_reading_of(parsed)
    if isinstance(ours, pystac.ItemCollection):
        assert [pystac_dict(i) for i in ours] == [pystac_dict(i) for i in theirs]
    else:
        assert pystac_dict(ours) == pystac_dict(theirs)


def _pystac_reading_of(parsed: Any) -> Any:
    """pystac's own reading of the JSON the model holds (items one by one for a page)."""
    if isinstance(parsed, models.StacCollection):
        return pystac.Collection.from_dict(parsed.to_dict())
    if hasattr(parsed, "stac_items"):
        return [pystac.Item.from_dict(item.to_dict()) for item in parsed.stac_items]
    return pystac.Item.from_dict(parsed.__geo_interface__)
