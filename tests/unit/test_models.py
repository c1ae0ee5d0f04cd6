"""The models are forward compatible and read every timestamp form the docs use."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pixxel
from pixxel import models


def test_unknown_fields_are_kept_and_written_back() -> None:
    job = models.Job.model_validate({"id": "j1", "brand_new_field": {"a": 1}})
    assert job.model_extra == {"brand_new_field": {"a": 1}}
    assert job.to_dict() == {"id": "j1", "brand_new_field": {"a": 1}}


def test_unknown_enum_value_is_accepted() -> None:
    aoi = models.Aoi.model_validate({"status": "archived"})
    assert aoi.status == "archived"
    assert isinstance(aoi.status, models.AoiStatus)
    assert models.Aoi.model_validate({"status": "success"}).status is models.AoiStatus.SUCCESS


def test_timestamp_forms_of_the_docs_all_parse() -> None:
    utc = datetime(2022, 11, 14, 12, 55, 49, 125928, tzinfo=UTC)
    for text in ("2022-11-14 12:55:49.125928+00:00", "2022-11-14T12:55:49.125928Z"):
        assert models.Aoi.model_validate({"created_at": text}).created_at == utc
    order = models.Order.model_validate(
        {"id": "o1", "paid_at": "", "created_at": "2020-01-01T00:00:00+00:00"}
    )
    assert order.paid_at is None
    assert order.created_at == datetime(2020, 1, 1, tzinfo=UTC)


def test_day_first_and_underscore_dates() -> None:
    task = models.OrderItemTask.model_validate(
        {"start_date": "15-05-2024", "end_date": "25-05-2024"}
    )
    assert (task.start_date, task.end_date) == (date(2024, 5, 15), date(2024, 5, 25))
    assert task.model_dump(mode="json", exclude_unset=True) == {
        "start_date": "15-05-2024",
        "end_date": "25-05-2024",
    }
    rollback = models.VisualizationRollback.model_validate(
        {"index_id": "i", "dates": ["2024_05_06"], "visualization_mode": "dynamic"}
    )
    assert rollback.dates == [date(2024, 5, 6)]
    assert rollback.to_dict()["dates"] == ["2024_05_06"]


def test_placeholder_timestamps_are_kept_not_fatal() -> None:
    props = models.StacItemProperties.model_validate(
        {"created": "<string>", "datetime": "2022-06-15T12:00:00Z"}
    )
    assert props.created == "<string>"
    assert props.datetime == datetime(2022, 6, 15, 12, tzinfo=UTC)


def test_stac_names_with_colons_and_string_bbox() -> None:
    item = models.StacItem.model_validate(
        {
            "id": "x",
            "bbox": ["172.91173669923782", "1.3438851951615003", 172.95, 1.369],
            "properties": {"eo:cloud_cover": 23.5, "proj:epsg": 4326},
        }
    )
    assert item.bbox == [172.91173669923782, 1.3438851951615003, 172.95, 1.369]
    assert item.properties is not None
    assert item.properties.eo_cloud_cover == 23.5
    assert item.properties.to_dict() == {"eo:cloud_cover": 23.5, "proj:epsg": 4326}


def test_raw_json_fields_accept_both_forms() -> None:
    encoded = list(b'{"blocks": ["ndvi"]}')
    job = models.Job.model_validate({"spec": encoded})
    assert pixxel.decode_raw_json(job.spec) == {"blocks": ["ndvi"]}
    decoded = models.Job.model_validate({"spec": {"blocks": ["ndvi"]}})
    assert pixxel.decode_raw_json(decoded.spec) == {"blocks": ["ndvi"]}
    assert pixxel.decode_raw_json([]) is None
