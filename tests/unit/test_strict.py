"""``strict_response_validation``: off, every 2xx JSON body parses; on, any deviation from the
spec raises ``APIResponseValidationError`` naming its JSON path."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

import pixxel
from pixxel import models

from .helpers import async_client, json_response, sync_client

GOOD_AOI = {
    "aoi_id": "a1",
    "progress": 100,
    "status": "success",
    "created_at": "2024-05-27 06:50:20.056549+00:00",
    "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]},
}

# (body, JSON path of the deviation) for getAoi
DEVIATIONS: list[tuple[Any, str]] = [
    ({**GOOD_AOI, "progress": 150}, "$.progress"),  # maximum
    ({**GOOD_AOI, "progress": -1}, "$.progress"),  # minimum
    ({**GOOD_AOI, "progress": 99.5}, "$.progress"),  # integer
    ({**GOOD_AOI, "status": "archived"}, "$.status"),  # closed enum
    ({**GOOD_AOI, "aoi_id": 7}, "$.aoi_id"),  # type
    ({**GOOD_AOI, "geometry": None}, "$.geometry"),  # null where an object is declared
    ({**GOOD_AOI, "geometry": {"type": "Polygon"}}, "$.geometry"),  # required `coordinates`
    ({**GOOD_AOI, "created_at": "yesterday"}, "$.created_at"),  # format
    ({**GOOD_AOI, "images": {"i1": "not an object"}}, "$.images.i1"),  # free-form map value
    ({**GOOD_AOI, "centroid": [77.5, "12.9"]}, "$.centroid[1]"),  # array item type
]


def aoi_client(body: bytes, **options: Any) -> pixxel.Pixxel:
    return sync_client(
        lambda r: httpx.Response(200, content=body, headers={"content-type": "application/json"}),
        **options,
    )


def test_a_conforming_body_passes_strict() -> None:
    aoi = aoi_client(json.dumps(GOOD_AOI).encode(), strict_response_validation=True).aois.get("a1")
    assert isinstance(aoi, models.Aoi) and aoi.to_dict() == GOOD_AOI


@pytest.mark.parametrize(("body", "path"), DEVIATIONS, ids=[p for _, p in DEVIATIONS])
def test_strict_names_each_deviation(body: Any, path: str) -> None:
    with pytest.raises(pixxel.APIResponseValidationError) as caught:
        aoi_client(json.dumps(body).encode(), strict_response_validation=True).aois.get("a1")
    assert f"{path}:" in str(caught.value)
    assert caught.value.operation_id == "getAoi"


@pytest.mark.parametrize(("body", "path"), DEVIATIONS, ids=[p for _, p in DEVIATIONS])
def test_lenient_keeps_each_deviation_as_sent(body: Any, path: str) -> None:
    aoi = aoi_client(json.dumps(body).encode()).aois.get("a1")
    assert isinstance(aoi, models.Aoi)
    assert aoi.to_dict() == body


@pytest.mark.parametrize(
    "body", [b'{"aoi_id": "a", "progress": NaN}', b'{"aoi_id": "a", "area_in_sq_m": 1e400}']
)
def test_strict_rejects_numbers_json_cannot_hold(body: bytes) -> None:
    with pytest.raises(pixxel.APIResponseValidationError):
        aoi_client(body, strict_response_validation=True).aois.get("a1")
    assert aoi_client(body).aois.get("a1").aoi_id == "a"


def test_strict_rejects_an_undeclared_status() -> None:
    client = sync_client(lambda r: json_response(202, GOOD_AOI), strict_response_validation=True)
    with pytest.raises(pixxel.APIResponseValidationError, match="202"):
        client.aois.get("a1")


@pytest.mark.parametrize("strict", [False, True])
@pytest.mark.parametrize("body", [b"", b"  \n", b"<html>ok</html>", b"[" * 5000 + b"]" * 5000])
def test_unreadable_bodies_raise_in_both_modes(body: bytes, strict: bool) -> None:
    with pytest.raises(pixxel.APIResponseValidationError):
        aoi_client(body, strict_response_validation=strict).aois.get("a1")


def test_lenient_returns_a_top_level_value_of_another_type_as_sent() -> None:
    assert aoi_client(b"[1, 2]").aois.get("a1") == [1, 2]  # type: ignore[comparison-overlap]


def test_with_options_turns_strict_on_and_off() -> None:
    body = json.dumps({**GOOD_AOI, "progress": 150}).encode()
    lenient = aoi_client(body)
    strict = lenient.with_options(strict_response_validation=True)
    with pytest.raises(pixxel.APIResponseValidationError):
        strict.aois.get("a1")
    assert lenient.aois.get("a1").progress == 150
    assert strict.with_options(strict_response_validation=False).aois.get("a1").progress == 150
    assert strict.with_options(max_retries=1)._options.strict_response_validation


def test_raw_responses_parse_with_the_client_setting() -> None:
    body = json.dumps({**GOOD_AOI, "progress": 150}).encode()
    raw = aoi_client(body, strict_response_validation=True).aois.with_raw_response.get("a1")
    with pytest.raises(pixxel.APIResponseValidationError):
        raw.parse()
    assert aoi_client(body).aois.with_raw_response.get("a1").parse().progress == 150


async def test_async_client_takes_the_same_setting() -> None:
    body = {**GOOD_AOI, "status": "archived"}
    client = async_client(lambda r: json_response(200, body), strict_response_validation=True)
    with pytest.raises(pixxel.APIResponseValidationError, match=r"\$\.status"):
        await client.aois.get("a1")
    assert (
        await client.with_options(strict_response_validation=False).aois.get("a1")
    ).to_dict() == body
    await client.close()


def test_strict_messages_never_show_values() -> None:
    secret = "https://bucket.example/file?X-Amz-Signature=fake-abcdef0123456789"
    for body in ({**GOOD_AOI, "status": secret}, {**GOOD_AOI, "progress": secret}):
        client = aoi_client(json.dumps(body).encode(), strict_response_validation=True)
        with pytest.raises(pixxel.APIResponseValidationError) as caught:
            client.aois.get("a1")
        assert "Signature" not in str(caught.value)
