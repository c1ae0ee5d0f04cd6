"""Time in (issue 10): datetime/date objects, ISO strings and (start, end) ranges."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from typing import Any

import httpx
import pytest

from .helpers import json_response, sync_client

SATELLITES: list[Any] = [{"collection_id": "c", "satellite_id": "s"}]


class Recorder:
    def __init__(self, body: Any) -> None:
        self.requests: list[httpx.Request] = []
        self.body = body

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return json_response(200, self.body)

    def json(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)


def archive_interval(value: Any) -> str:
    recorder = Recorder({"features": []})
    sync_client(recorder).archives.search(datetime=value).first_page()
    interval: str = recorder.json()["datetime"]
    return interval


@pytest.mark.parametrize(
    ("value", "sent"),
    [
        ((datetime(2024, 1, 1), None), "2024-01-01T00:00:00Z/.."),
        ((datetime(2024, 1, 1), ".."), "2024-01-01T00:00:00Z/.."),
        ((None, "2024-02-01"), "../2024-02-01T23:59:59Z"),
        ((date(2024, 1, 1), date(2024, 1, 31)), "2024-01-01T00:00:00Z/2024-01-31T23:59:59Z"),
        (date(2024, 1, 5), "2024-01-05T00:00:00Z/2024-01-05T23:59:59Z"),
        ("2024-01-05", "2024-01-05T00:00:00Z/2024-01-05T23:59:59Z"),
        (datetime(2024, 1, 5, 12, 30), "2024-01-05T12:30:00Z"),
        (
            datetime(2024, 1, 5, 12, 0, tzinfo=timezone(timedelta(hours=5, minutes=30))),
            "2024-01-05T06:30:00Z",
        ),
        (
            "2020-04-05T11:56:49.865Z/2023-06-05T11:56:49.865Z",
            "2020-04-05T11:56:49.865Z/2023-06-05T11:56:49.865Z",
        ),
        ("2024-01-01T00:00:00/..", "2024-01-01T00:00:00Z/.."),
        ([datetime(2024, 1, 1, 0, 0, 0, 1), None], "2024-01-01T00:00:00.000001Z/.."),
        ("2024", "2024-01-01T00:00:00Z/2024-12-31T23:59:59Z"),
        ("2024-02", "2024-02-01T00:00:00Z/2024-02-29T23:59:59Z"),
        (("2023-12", "2024-12"), "2023-12-01T00:00:00Z/2024-12-31T23:59:59Z"),
    ],
)
def test_archive_search_takes_datetimes_dates_strings_and_open_ranges(
    value: Any, sent: str
) -> None:
    assert archive_interval(value) == sent


@pytest.mark.parametrize(
    ("value", "error", "message"),
    [
        ((None, None), ValueError, r"both ends of the range are open"),
        (
            ("2024-02-01", "2024-01-01"),
            ValueError,
            r"the range starts \(2024-02-01T00:00:00Z\) after it ends",
        ),
        ("last tuesday", ValueError, r"'last tuesday' is not an ISO 8601 date or date-time"),
        ("2024-13", ValueError, r"'2024-13' is not an ISO 8601 date"),
        ((1, 2, 3), ValueError, r"expected a \(start, end\) pair, got 3 values"),
        (
            20240101,
            TypeError,
            r"expected a datetime, date, ISO 8601 string or \(start, end\) pair, got int",
        ),
    ],
)
def test_a_bad_time_range_is_refused_before_sending(
    value: Any, error: type[Exception], message: str
) -> None:
    recorder = Recorder({"features": []})
    with pytest.raises(error, match=r"archives\.search\(datetime=\.\.\.\): " + message):
        sync_client(recorder).archives.search(datetime=value)
    assert recorder.requests == []


def test_catalog_search_takes_a_range_too() -> None:
    recorder = Recorder({"catalogs": []})
    sync_client(recorder).catalog.search(datetime=(date(2024, 3, 1), None)).first_page()
    assert recorder.json()["datetime"] == "2024-03-01T00:00:00Z/.."


def test_image_search_dates_are_sent_in_utc_and_a_naive_datetime_is_utc() -> None:
    recorder = Recorder({"items": {}})
    client = sync_client(recorder)
    geometry = {"type": "Point", "coordinates": [77.55, 12.95]}
    client.search.images(
        start_date=datetime(2024, 1, 1),
        end_date=date(2024, 1, 31),
        satellites=SATELLITES,
        geometry=geometry,
    )
    body = recorder.json()
    assert body["start_date"] == "2024-01-01T00:00:00Z"
    assert body["end_date"] == "2024-01-31T23:59:59Z"  # a date as the end covers that day
    client.search.images(
        start_date="2024-01-01T05:30:00+05:30",
        end_date="2024-01-02",
        satellites=SATELLITES,
        geometry=geometry,
    )
    assert recorder.json()["start_date"] == "2024-01-01T00:00:00Z"


def test_order_item_windows_are_converted_inside_the_list() -> None:
    recorder = Recorder({"id": "o1"})
    sync_client(recorder).orders.create(
        order_items=[
            {"name": "t", "start_date": datetime(2030, 5, 1, 8), "end_date": date(2030, 5, 9)}
        ]
    )
    item = recorder.json()["order_items"][0]
    assert (item["start_date"], item["end_date"]) == (
        "2030-05-01T08:00:00Z",
        "2030-05-09T23:59:59Z",
    )


def test_a_list_filter_takes_a_datetime() -> None:
    recorder = Recorder({"jobs": []})
    sync_client(recorder).jobs.list("w1", created_on=datetime(2024, 4, 14))
    assert recorder.requests[0].url.params["created_on"] == "2024-04-14T00:00:00Z"
