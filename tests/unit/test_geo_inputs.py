"""Geometry in (issue 10): GeoJSON dicts, __geo_interface__ objects and bounding boxes."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import geopandas
import httpx
import pystac
import pytest
import shapely.geometry

from .helpers import async_client, json_response, sync_client

SQUARE = [[[77.5, 12.9], [77.6, 12.9], [77.6, 13.0], [77.5, 13.0], [77.5, 12.9]]]
POLYGON = {"type": "Polygon", "coordinates": SQUARE}
AOI: dict[str, Any] = {
    "name": "a",
    "description": "d",
    "satellite_id": "s",
    "provider": "pixxel",
    "project_id": "p",
    "item_ids": ["i"],
}


class Recorder:
    def __init__(self, status: int = 200, body: Any = None) -> None:
        self.bodies: list[Any] = []
        self.status = status
        self.body = body if body is not None else {}

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.bodies.append(json.loads(request.content) if request.content else None)
        return json_response(self.status, self.body)


def create_aoi(geometry: Any) -> dict[str, Any]:
    recorder = Recorder(201, {"aoi_id": "x"})
    sync_client(recorder).aois.create(geometry=geometry, **AOI)
    sent: dict[str, Any] = recorder.bodies[0]["geometry"]
    return sent


def test_aoi_create_takes_a_shapely_polygon() -> None:
    polygon = shapely.geometry.Polygon(SQUARE[0])
    assert create_aoi(polygon) == POLYGON


def test_aoi_create_takes_a_feature_a_one_row_geodataframe_and_a_pystac_item() -> None:
    feature = {"type": "Feature", "geometry": POLYGON, "properties": {"name": "field 7"}}
    assert create_aoi(feature) == POLYGON
    frame = geopandas.GeoDataFrame(geometry=[shapely.geometry.shape(POLYGON)], crs="EPSG:4326")
    assert create_aoi(frame) == POLYGON
    item = pystac.Item("i", POLYGON, [77.5, 12.9, 77.6, 13.0], datetime(2024, 1, 1), {})
    assert create_aoi(item) == POLYGON


def test_a_multipolygon_is_accepted_where_the_spec_allows_it() -> None:
    multi = shapely.geometry.MultiPolygon([shapely.geometry.shape(POLYGON)])
    assert create_aoi(multi) == {"type": "MultiPolygon", "coordinates": [SQUARE]}


@pytest.mark.parametrize(
    ("geometry", "message"),
    [
        (
            {
                "type": "Polygon",
                "coordinates": [[[77.5, 12.9], [77.6, 12.9], [77.6, 13.0], [77.5, 13.0]]],
            },
            r"ring 0 is not closed",
        ),
        (
            {
                "type": "Polygon",
                "coordinates": [[[12.9, 77.5], [12.9, 97.6], [13.0, 97.6], [12.9, 77.5]]],
            },
            r"latitude 97.6 is outside \[-90, 90\]",
        ),
        (
            {"type": "Polygon", "coordinates": [[[190, 1], [191, 1], [191, 2], [190, 1]]]},
            r"longitude 190 is outside \[-180, 180\]",
        ),
        (
            {"type": "LineString", "coordinates": [[77.5, 12.9], [77.6, 12.9]]},
            r"geometry type 'LineString' is not accepted here; expected Polygon or MultiPolygon",
        ),
        (
            {"type": "Polygon", "coordinates": [[[123]]]},
            r"Polygon coordinates must be \[lon, lat\] positions, got \[123\]",
        ),
        (
            {"type": "FeatureCollection", "features": []},
            r"expected one geometry, got a FeatureCollection of 0 features",
        ),
    ],
)
def test_a_bad_geometry_is_refused_before_sending(geometry: Any, message: str) -> None:
    recorder = Recorder(201, {"aoi_id": "x"})
    with pytest.raises(ValueError, match=r"^aois\.create\(geometry=\.\.\.\): " + message):
        sync_client(recorder).aois.create(geometry=geometry, **AOI)
    assert recorder.bodies == []


def test_something_that_is_no_geometry_is_a_type_error() -> None:
    recorder = Recorder(201, {"aoi_id": "x"})
    with pytest.raises(TypeError, match=r"aois\.create\(geometry=\.\.\.\): expected a GeoJSON"):
        sync_client(recorder).aois.create(geometry="POLYGON ((0 0, 1 0, 1 1, 0 0))", **AOI)  # type: ignore[arg-type]
    assert recorder.bodies == []


def test_image_search_takes_a_shapely_geometry_and_refuses_a_collection() -> None:
    recorder = Recorder(200, {"items": {}})
    client = sync_client(recorder)
    satellites: list[Any] = [{"collection_id": "c", "satellite_id": "s"}]
    client.search.images(
        geometry=shapely.geometry.Point(77.55, 12.95),
        start_date="2024-01-01",
        end_date="2024-01-31",
        satellites=satellites,
    )
    assert recorder.bodies[0]["geometry"] == {"type": "Point", "coordinates": [77.55, 12.95]}
    collection = shapely.geometry.GeometryCollection([shapely.geometry.Point(77.55, 12.95)])
    with pytest.raises(
        ValueError, match=r"search\.images\(geometry=\.\.\.\): geometry type 'GeometryCollection'"
    ):
        client.search.images(
            geometry=collection,
            start_date="2024-01-01",
            end_date="2024-01-31",
            satellites=satellites,
        )
    assert len(recorder.bodies) == 1


def test_archive_and_catalog_search_take_intersects_and_a_bbox_tuple() -> None:
    recorder = Recorder(200, {"features": [], "catalogs": []})
    client = sync_client(recorder)
    client.archives.search(intersects=shapely.geometry.shape(POLYGON)).first_page()
    client.archives.search(bbox=(77.5, 12.9, 77.6, 13.0)).first_page()
    client.catalog.search(intersects={"type": "Feature", "geometry": POLYGON}).first_page()
    client.catalog.search(bbox=shapely.geometry.shape(POLYGON)).first_page()
    assert recorder.bodies[0]["intersects"] == POLYGON
    assert recorder.bodies[1]["bbox"] == [77.5, 12.9, 77.6, 13.0]
    assert recorder.bodies[2]["intersects"] == POLYGON
    assert recorder.bodies[3]["bbox"] == [77.5, 12.9, 77.6, 13.0]


@pytest.mark.parametrize(
    ("bbox", "error", "message"),
    [
        ((77.5, 12.9, 77.6), ValueError, r"expected 4 numbers"),
        ((77.5, 13.0, 77.6, 12.9), ValueError, r"min_lat 13.0 is greater than max_lat 12.9"),
        ((77.5, 12.9, 277.6, 13.0), ValueError, r"longitude 277.6 is outside"),
        ("77.5,12.9,77.6,13.0", TypeError, r"expected a bounding box"),
    ],
)
def test_a_bad_bbox_is_refused_before_sending(
    bbox: Any, error: type[Exception], message: str
) -> None:
    recorder = Recorder(200, {"features": []})
    with pytest.raises(error, match=r"archives\.search\(bbox=\.\.\.\): " + message):
        sync_client(recorder).archives.search(bbox=bbox)
    assert recorder.bodies == []


def test_order_items_get_their_geometry_wrapped_in_a_feature_collection() -> None:
    recorder = Recorder(201, {"id": "o1"})
    client = sync_client(recorder)
    client.orders.create(order_items=[{"name": "t", "geometry": shapely.geometry.shape(POLYGON)}])
    client.orders.create(
        order_items=[{"name": "t", "geometry": {"type": "Feature", "geometry": POLYGON}}]
    )
    wrapped = {
        "type": "FeatureCollection",
        "features": [{"type": "Feature", "geometry": POLYGON, "properties": {}}],
    }
    assert recorder.bodies[0]["order_items"][0]["geometry"] == wrapped
    assert recorder.bodies[1]["order_items"][0]["geometry"] == {
        "type": "FeatureCollection",
        "features": [{"type": "Feature", "geometry": POLYGON}],
    }
    with pytest.raises(
        ValueError,
        match=r"orders\.create\(order_items=\.\.\.\) at order_items\[0\]\.geometry\.features\[0\]: "
        r"geometry type 'Point' is not accepted here; expected Polygon",
    ):
        client.orders.create(order_items=[{"geometry": shapely.geometry.Point(77.5, 12.9)}])
    assert len(recorder.bodies) == 2


async def test_the_async_client_converts_the_same_way() -> None:
    recorder = Recorder(201, {"aoi_id": "x"})
    client = async_client(recorder)
    await client.aois.create(geometry=shapely.geometry.Polygon(SQUARE[0]), **AOI)
    assert recorder.bodies[0]["geometry"] == POLYGON
    with pytest.raises(ValueError, match=r"aois\.create\(geometry=\.\.\.\): .*not closed"):
        await client.aois.create(
            geometry={"type": "Polygon", "coordinates": [SQUARE[0][:-1]]}, **AOI
        )
    assert len(recorder.bodies) == 1
    await client.close()


def test_geometry_models_speak_geo_interface() -> None:
    import shapely.geometry

    from pixxel import models

    ring = [[77.5, 12.9], [77.6, 12.9], [77.6, 13.0], [77.5, 12.9]]
    model = models.AoiGeometry.model_validate_json(
        json.dumps({"type": "Polygon", "coordinates": [ring]})
    )
    assert model.__geo_interface__ == {"type": "Polygon", "coordinates": [ring]}
    assert shapely.geometry.shape(model).bounds == (77.5, 12.9, 77.6, 13.0)
