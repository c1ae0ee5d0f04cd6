"""Inputs are checked the same way everywhere, before anything is sent (issue 18)."""

from __future__ import annotations

import json
from typing import Any

import geopandas
import httpx
import pytest
import shapely.geometry

from pixxel import models

from .helpers import async_client, json_response, sync_client

SQUARE = [(77.5, 12.9), (77.6, 12.9), (77.6, 13.0), (77.5, 13.0), (77.5, 12.9)]
AOI: dict[str, Any] = {
    "name": "a",
    "description": "d",
    "satellite_id": "s",
    "project_id": "p",
    "item_ids": ["i"],
    "geometry": shapely.geometry.Polygon(SQUARE),
}


class Recorder:
    def __init__(self, body: Any = None, status: int = 200) -> None:
        self.requests: list[httpx.Request] = []
        self.body = body if body is not None else {}
        self.status = status

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return json_response(self.status, self.body)

    @property
    def bodies(self) -> list[Any]:
        return [json.loads(r.content) if r.content else None for r in self.requests]


# -- Literal arguments ---------------------------------------------------------------------------


def test_a_value_outside_a_literal_is_refused_naming_the_allowed_values() -> None:
    recorder = Recorder({"aoi_id": "x"}, 201)
    client = sync_client(recorder)
    with pytest.raises(ValueError) as caught:
        client.aois.create(provider="Pixxel", **AOI)  # type: ignore[arg-type]
    message = str(caught.value)
    assert message.startswith("aois.create(provider=...): expected one of 'pixxel', 'planetary'")
    assert "got 'Pixxel'" in message and "did you mean 'pixxel'?" in message
    assert recorder.requests == []
    client.aois.create(provider="pixxel", **AOI)
    assert recorder.bodies[0]["provider"] == "pixxel"


def test_a_query_literal_is_checked_too() -> None:
    recorder = Recorder({"blocks": []})
    client = sync_client(recorder)
    with pytest.raises(ValueError, match=r"blocks\.list\(mode=\.\.\.\): expected one of"):
        client.blocks.list(mode="workflows")  # type: ignore[arg-type]
    assert recorder.requests == []
    client.blocks.list(mode="insight")
    assert recorder.requests[0].url.params["mode"] == "insight"


async def test_the_async_client_checks_literals_the_same_way() -> None:
    recorder = Recorder({"aoi_id": "x"}, 201)
    client = async_client(recorder)
    with pytest.raises(ValueError, match=r"aois\.create\(provider=\.\.\.\)"):
        await client.aois.create(provider="nasa", **AOI)  # type: ignore[arg-type]
    assert recorder.requests == []
    await client.close()


def test_a_referenced_enum_stays_open() -> None:
    # `models.X | str` in a signature: values the spec does not list yet are sent as given.
    recorder = Recorder({"id": "s1"})
    sync_client(recorder).stores.create(name="n", type_="some-new-cloud", configs={}, secrets={})
    assert recorder.bodies[0]["type"] == "some-new-cloud"


# -- one string where a list of strings is expected ----------------------------------------------


def test_one_string_is_taken_where_a_list_of_strings_is_expected() -> None:
    recorder = Recorder({"features": []})
    client = sync_client(recorder)
    client.archives.search(collections="pixxel-td-l2a", ids="item-1").first_page()
    client.archives.search(collections=("a", "b")).first_page()  # type: ignore[arg-type]
    assert recorder.bodies[0]["collections"] == ["pixxel-td-l2a"]
    assert recorder.bodies[0]["ids"] == ["item-1"]
    assert recorder.bodies[1]["collections"] == ["a", "b"]


def test_a_list_of_other_things_is_still_refused() -> None:
    recorder = Recorder({"features": []})
    with pytest.raises(TypeError, match=r"archives\.search\(collections=\.\.\.\)"):
        sync_client(recorder).archives.search(collections=[1, 2]).first_page()  # type: ignore[list-item]
    assert recorder.requests == []


# -- intersects and bbox -------------------------------------------------------------------------


def test_intersects_and_bbox_together_are_refused_where_the_docs_say_give_one() -> None:
    recorder = Recorder({"features": []})
    client = sync_client(recorder)
    with pytest.raises(
        ValueError,
        match=r"archives\.search\(intersects=\.\.\., bbox=\.\.\.\): give only one of intersects, bbox",
    ):
        client.archives.search(
            intersects=shapely.geometry.Polygon(SQUARE), bbox=(77.5, 12.9, 77.6, 13.0)
        )
    assert recorder.requests == []
    client.archives.search(bbox=(77.5, 12.9, 77.6, 13.0), intersects=None).first_page()  # type: ignore[arg-type]
    assert recorder.bodies[0]["bbox"] == [77.5, 12.9, 77.6, 13.0]


# -- geometries in another CRS -------------------------------------------------------------------


def _utm_frame() -> geopandas.GeoDataFrame:
    frame = geopandas.GeoDataFrame(geometry=[shapely.geometry.Polygon(SQUARE)], crs="EPSG:4326")
    return frame.to_crs(32643)  # UTM 43N: eastings around 787577


@pytest.mark.parametrize("shape", ["frame", "series"])
def test_a_geodataframe_in_utm_is_reprojected_to_wgs84(shape: str) -> None:
    frame = _utm_frame()
    value = frame if shape == "frame" else frame.geometry
    assert frame.total_bounds[0] > 180  # metres, not degrees
    recorder = Recorder({"aoi_id": "x"}, 201)
    sync_client(recorder).aois.create(provider="pixxel", **{**AOI, "geometry": value})
    sent = shapely.geometry.shape(recorder.bodies[0]["geometry"])
    assert sent.equals_exact(shapely.geometry.Polygon(SQUARE), tolerance=1e-6)


def test_a_bbox_from_a_utm_frame_is_in_degrees() -> None:
    recorder = Recorder({"features": []})
    sync_client(recorder).archives.search(bbox=_utm_frame()).first_page()
    assert recorder.bodies[0]["bbox"] == pytest.approx([77.5, 12.9, 77.6, 13.0], abs=1e-6)


def test_a_crs_that_cannot_be_reprojected_says_to_crs() -> None:
    class OddCrs:
        name = "a local engineering grid"

        def to_epsg(self) -> None:
            return None

    class Shape:
        crs = OddCrs()

        def to_crs(self, epsg: int) -> Any:
            raise ValueError("no transformation to EPSG:4326")

        @property
        def __geo_interface__(self) -> dict[str, Any]:
            return {"type": "Polygon", "coordinates": [[[787577.0, 1430000.0]] * 4]}

    with pytest.raises(ValueError) as caught:
        sync_client(Recorder()).aois.create(provider="pixxel", **{**AOI, "geometry": Shape()})
    message = str(caught.value)
    assert "aois.create(geometry=...)" in message and "a local engineering grid" in message
    assert ".to_crs(4326)" in message
    assert "787577" not in message


def test_a_frame_already_in_wgs84_is_sent_as_it_is() -> None:
    frame = geopandas.GeoDataFrame(geometry=[shapely.geometry.Polygon(SQUARE)], crs="EPSG:4326")
    recorder = Recorder({"aoi_id": "x"}, 201)
    sync_client(recorder).aois.create(provider="pixxel", **{**AOI, "geometry": frame})
    assert recorder.bodies[0]["geometry"]["coordinates"] == [[list(p) for p in SQUARE]]


def test_models_are_untouched_by_the_checks() -> None:
    assert models.AoiCreate.model_fields["provider"].is_required()
