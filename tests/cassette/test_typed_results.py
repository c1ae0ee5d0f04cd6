"""A few replays checked field by field: what users actually read off the models."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from pixxel import Pixxel, decode_raw_json, models


@pytest.mark.vcr("getJob.yaml")
def test_job_with_tasks(client: Pixxel) -> None:
    job = client.jobs.get(
        "3f1c2a9e-7b4d-4c1e-9a55-2d8e6f0b1a73", "5c9e1d2a-4b3f-4a6e-8d7c-0f1e2d3c4b5a"
    )
    assert isinstance(job, models.Job)
    assert job.tasks is not None and job.tasks[0].block_info is not None
    assert job.tasks[0].block_info.name == "string"
    assert job.spec == [0] and decode_raw_json(job.spec) == "\x00"


@pytest.mark.vcr("getAoi.yaml")
def test_aoi_timestamps_with_a_space_parse(client: Pixxel) -> None:
    aoi = client.aois.get("e9767554-550e-4464-a677-b8cf096073ab")
    assert isinstance(aoi.created_at, datetime)
    assert aoi.created_at.tzinfo is not None
    assert aoi.status == models.AoiStatus.SUCCESS


@pytest.mark.vcr("getOrderItem.yaml")
def test_order_item_task_dates_are_dates(client: Pixxel) -> None:
    item = client.order_items.get("47435e2b-d8c4-41ff-9de9-2be3bfc92276")
    assert item.tasks, "the documented order item has tasks"
    task = item.tasks[0]
    assert isinstance(task.start_date, date) and isinstance(task.end_date, date)


@pytest.mark.vcr("getCollectionItem.yaml")
def test_stac_item_fields(client: Pixxel) -> None:
    item = client.archives.get_item("simple-collection_2", "20201211_223832_CS25")
    # The documented item prints its bbox as numeric strings, which the spec allows: kept as sent.
    bbox: object = item.bbox
    assert bbox == [
        "172.91173669923782",
        "1.3438851951615003",
        "172.95469614953714",
        "1.3690476620161975",
    ]
    assert item.properties is not None and item.properties.eo_cloud_cover == 23.5
    assert item.properties.datetime == datetime(2022, 6, 15, 12, tzinfo=UTC)
