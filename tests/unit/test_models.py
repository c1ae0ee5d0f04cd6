"""The models read any JSON the server sends, keep it as sent, and give it back unchanged.

JSON input (how responses are parsed) is tolerant; Python input (how request bodies are built)
is checked against the spec.
"""

from __future__ import annotations

import copy
import json
import os
import pickle
import subprocess
import sys
import warnings
from datetime import UTC, date, datetime
from typing import Any

import pydantic
import pytest

import pixxel
from pixxel import models
from pixxel._runtime._models import WireDatetime


def parse(model: type[pydantic.BaseModel], body: Any) -> Any:
    return model.model_validate_json(json.dumps(body))


def test_unknown_fields_are_kept_and_written_back() -> None:
    job = parse(models.Job, {"id": "j1", "brand_new_field": {"a": 1}})
    assert job.model_extra == {"brand_new_field": {"a": 1}}
    assert job.to_dict() == {"id": "j1", "brand_new_field": {"a": 1}}


def test_unknown_enum_value_is_accepted() -> None:
    aoi = parse(models.Aoi, {"status": "archived"})
    assert aoi.status == "archived"
    assert isinstance(aoi.status, models.AoiStatus)
    assert parse(models.Aoi, {"status": "success"}).status is models.AoiStatus.SUCCESS


def test_order_enums_are_open_in_responses() -> None:
    body = {
        "id": "o1",
        "status": "ON_HOLD",
        "payment_status": "WAIVED",
        "type": "SUBSCRIPTION",
        "order_items": [{"id": "i1", "delivery_speed": "OVERNIGHT", "status": "PAUSED"}],
    }
    order = parse(models.Order, body)
    assert isinstance(order.status, models.OrderStatus) and order.status == "ON_HOLD"
    assert order.payment_status == "WAIVED"
    assert order.to_dict() == body


@pytest.mark.parametrize(
    "text",
    [
        "2020-12-12T01:48:13.725Z",
        "2020-12-12T01:48:13+00:00",
        "2020-12-12T01:48:13.1234567Z",
        "2020-12-12 01:48:13.725000+05:30",
        "2020-12-12T01:48:13",
    ],
)
def test_timestamps_keep_their_text(text: str) -> None:
    aoi = parse(models.Aoi, {"created_at": text})
    assert isinstance(aoi.created_at, WireDatetime)
    assert aoi.created_at.text == text
    assert aoi.to_dict() == {"created_at": text}
    assert aoi.model_dump_json(by_alias=True, exclude_unset=True) == json.dumps(
        {"created_at": text}, separators=(",", ":")
    )


def test_copies_keep_the_text() -> None:
    body = {"created_at": "2020-12-12T01:48:13.725Z"}
    aoi = parse(models.Aoi, body)
    assert aoi.model_copy(deep=True).to_dict() == body
    assert pickle.loads(pickle.dumps(aoi)).to_dict() == body
    task = parse(models.OrderItemTask, {"start_date": "15-05-2024"})
    assert copy.deepcopy(task).to_dict() == {"start_date": "15-05-2024"}


def test_timestamps_are_datetimes_too() -> None:
    utc = datetime(2022, 11, 14, 12, 55, 49, 125928, tzinfo=UTC)
    for text in ("2022-11-14 12:55:49.125928+00:00", "2022-11-14T12:55:49.125928Z"):
        assert parse(models.Aoi, {"created_at": text}).created_at == utc
    order = parse(models.Order, {"id": "o1", "paid_at": "", "created_at": "2020-01-01T00:00:00Z"})
    assert order.paid_at == ""  # "not paid yet", kept as sent
    assert order.created_at == datetime(2020, 1, 1, tzinfo=UTC)
    assert order.to_dict()["paid_at"] == ""


def test_day_first_and_underscore_dates_keep_their_text() -> None:
    task = parse(models.OrderItemTask, {"start_date": "15-05-2024", "end_date": "25-05-2024"})
    assert (task.start_date, task.end_date) == (date(2024, 5, 15), date(2024, 5, 25))
    assert task.to_dict() == {"start_date": "15-05-2024", "end_date": "25-05-2024"}
    body = {"index_id": "i", "dates": ["2024_05_06"], "visualization_mode": "dynamic"}
    rollback = parse(models.VisualizationRollback, body)
    assert rollback.dates == [date(2024, 5, 6)]
    assert rollback.to_dict() == body


def test_dates_you_pass_are_sent_in_the_documented_form() -> None:
    task = models.OrderItemTask(start_date=date(2024, 5, 15))
    assert task.to_dict() == {"start_date": "15-05-2024"}


def test_placeholder_timestamps_are_kept_not_fatal() -> None:
    props = parse(
        models.StacItemProperties, {"created": "<string>", "datetime": "2022-06-15T12:00:00Z"}
    )
    assert props.created == "<string>"
    assert props.datetime == datetime(2022, 6, 15, 12, tzinfo=UTC)


def test_stac_colon_names_are_restored_and_string_bbox_kept() -> None:
    body = {
        "id": "x",
        "bbox": ["172.91173669923782", "1.3438851951615003", 172.95, 1.369],
        "properties": {"eo:cloud_cover": 23.5, "proj:epsg": 4326},
    }
    item = parse(models.StacItem, body)
    assert item.bbox == body["bbox"]
    assert item.properties is not None and item.properties.eo_cloud_cover == 23.5
    assert item.to_dict() == body


def test_values_that_break_the_spec_are_kept_as_sent() -> None:
    body = {
        "aoi_id": 12,  # a string in the spec
        "progress": 250.5,  # an integer in 0..100
        "status": 3,  # an enum
        "images": {"img-1": "not an object", "img-2": {"ok": True}},
        "geometry": "POLYGON((0 0, 1 1))",  # an object
        "name": None,
        "is_favourite": "yes",  # a boolean: not coerced
        "area_in_sq_m": "12.5",  # a number: not coerced
    }
    aoi = parse(models.Aoi, body)
    assert aoi.aoi_id == 12 and aoi.progress == 250.5 and aoi.status == 3
    assert aoi.images is not None and aoi.images["img-1"] == "not an object"
    assert isinstance(aoi.images["img-2"], models.AoiImage)
    assert aoi.geometry == "POLYGON((0 0, 1 1))"
    assert aoi.is_favourite == "yes" and aoi.area_in_sq_m == "12.5"
    assert aoi.to_dict() == body


def test_typed_access_where_the_data_fits() -> None:
    body = {
        "id": "o1",
        "order_items": [{"id": "i1", "status": "DRAFT"}, "garbage", None],
    }
    order = parse(models.Order, body)
    assert order.order_items is not None
    first, second, third = order.order_items
    assert isinstance(first, models.OrderItem) and first.status is models.OrderItemStatus.DRAFT
    assert (second, third) == ("garbage", None)
    assert order.to_dict() == body


def test_missing_required_fields_read_as_none_and_stay_absent() -> None:
    aoi_list = parse(models.AoiList, {})
    assert aoi_list.aois is None
    assert aoi_list.to_dict() == {}
    bandset = parse(models.Bandset, {"name": "no id"})
    assert bandset.id is None and bandset.to_dict() == {"name": "no id"}


def test_root_models_keep_what_does_not_fit() -> None:
    assert parse(models.WorkflowListResponse, [{"id": "w1"}]).to_dict() == [{"id": "w1"}]
    assert parse(models.WorkflowListResponse, "nope").root == "nope"


def test_python_input_is_still_checked_for_request_bodies() -> None:
    with pytest.raises(pydantic.ValidationError, match="id"):
        models.Bandset.model_validate({"name": "no id"})
    with pytest.raises(pydantic.ValidationError, match="dynamic_bins"):
        models.VisualizationMetadataUpdate.model_validate({"dynamic_bins": 99})
    assert parse(models.Bandset, {"name": "no id"}).id is None


def test_raw_json_fields_accept_both_forms() -> None:
    encoded = list(b'{"blocks": ["ndvi"]}')
    job = parse(models.Job, {"id": "j", "spec": encoded})
    assert pixxel.decode_raw_json(job.spec) == {"blocks": ["ndvi"]}
    decoded = parse(models.Job, {"id": "j", "spec": {"blocks": ["ndvi"]}})
    assert pixxel.decode_raw_json(decoded.spec) == {"blocks": ["ndvi"]}
    assert pixxel.decode_raw_json([]) is None


def test_a_model_built_before_its_parent_stays_tolerant_inside_it() -> None:
    # pydantic reuses a built model's schema inside its parents: made tolerant once, not twice.
    # A fresh interpreter makes the build order certain.
    script = """
import json
from pixxel import models
from pixxel._runtime._models import decoded_json_validator
models.StacItem.model_validate_json('{}')
decoded_json_validator(models.StacItem)
body = {"features": [None, 1, {"id": "x"}]}
assert models.StacItemCollection.model_validate_json(json.dumps(body)).to_dict() == body
assert decoded_json_validator(models.StacItemCollection).validate_python(body).to_dict() == body
"""
    pythonpath = os.pathsep.join(sys.path)
    subprocess.run(
        [sys.executable, "-c", script], check=True, env={**os.environ, "PYTHONPATH": pythonpath}
    )


def test_integers_in_number_fields_come_back_exact() -> None:
    # 2**53 + 1 has no float of its own: a float round trip would give back 2**53.
    big = 2**53 + 1
    body = {"total_amount": big, "order_items": [{"area": big, "cloud_cover": 1.5}]}
    order = models.Order.model_validate_json(json.dumps(body))
    assert order.total_amount == big
    assert order.to_dict() == body
    assert json.loads(order.model_dump_json(exclude_unset=True)) == body


def test_nested_models_are_read_tolerantly_from_decoded_json() -> None:
    # Responses go through decoded_json_validator: a nested model (a feature) whose values do not
    # fit their declared types is still that model, with the values kept as sent. Without the
    # workaround in decoded_json_validator, pydantic-core would reuse StacItem's own (declared,
    # strict) validator here and keep the feature as a plain dict.
    from pixxel._runtime._models import decoded_json_validator

    models.StacItem.model_validate({"id": "built first"})  # StacItem's own validator is complete
    body = {"features": [{"id": 5, "bbox": "not a list", "properties": {"gsd": "5"}}]}
    page = decoded_json_validator(models.StacItemCollection).validate_python(body)
    feature: Any = page.features[0]
    assert isinstance(feature, models.StacItem)
    assert feature.id == 5 and feature.bbox == "not a list"  # type: ignore[comparison-overlap]
    assert page.to_dict() == body
    with pytest.raises(pydantic.ValidationError):  # the Python side still checks
        models.StacItem.model_validate({"id": 5})


@pytest.mark.filterwarnings("error")
def test_values_kept_as_sent_serialize_without_warnings() -> None:
    body = {
        "eo:cloud_cover": "12",
        "gsd": [1],
        "proj:shape": "3x3",
        "datetime": 5,
        "instruments": "one",
    }
    properties = models.StacItemProperties.model_validate_json(json.dumps(body))
    assert properties.to_dict()["eo:cloud_cover"] == "12"  # kept as sent
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert properties.to_dict() == body
        assert properties.model_dump(by_alias=True, exclude_unset=True) == body
        assert json.loads(properties.model_dump_json(by_alias=True, exclude_unset=True)) == body
        item = models.StacItem.model_validate_json(json.dumps({"id": "x", "properties": body}))
        assert item.model_dump(mode="json", exclude_unset=True)["properties"]["gsd"] == [1]
        page = models.StacItemCollection.model_validate_json(b'{"features": "none"}')
        assert page.model_dump(exclude_unset=True) == {"features": "none"}
        root = models.CatalogDownloadRequest.model_validate_json(b'{"catalog_ids": "one"}')
        assert root.model_dump(exclude_unset=True) == {"catalog_ids": "one"}
        assert json.loads(root.model_dump_json(exclude_unset=True)) == {"catalog_ids": "one"}
