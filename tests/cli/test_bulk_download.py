"""``pixxel archives download -`` and ``pixxel download -``: records from a pipe, many files.

stdin gets what ``--ndjson`` prints (one JSON object per line); the installed console script runs
against a local API and file host.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ..download.fileserver import FileServer
from ..download.helpers import payload
from ..download.test_bulk_cloud import BUCKET, objects, options, s3, s3_endpoint
from .conftest import Api

# The S3 server fixtures, shared with the library's tests.
__all__ = ["options", "s3", "s3_endpoint"]

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1", "localhost"])


def _item(api: Api, item_id: str, *keys: str) -> dict[str, Any]:
    assets = {}
    for key in keys:
        path = f"/files/{item_id}/{key}.tif"
        api.route("GET", path, FileServer(payload(40_000, seed=f"{item_id}{key}".encode())))
        assets[key] = {"href": f"{api.base_url}{path}?X-Amz-Signature=fake-sig", "roles": ["data"]}
    return {"type": "Feature", "id": item_id, "collection": "c1", "assets": assets}


def _ndjson(*records: Any) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


def test_items_from_stdin_land_and_failures_are_named_with_exit_code_1(
    pixxel: Any, api: Api, tmp_path: Path
) -> None:
    items = [_item(api, "A", "reflectance", "quicklook"), _item(api, "B", "quicklook")]
    stdin = _ndjson(*items) + "{not json\n"
    result = pixxel(
        "archives", "download", "-", "--to", str(tmp_path), "--assets", "reflectance", stdin=stdin
    )
    assert result.code == 1, result.stderr
    assert (tmp_path / "A" / "reflectance.tif").stat().st_size == 40_000
    assert not (tmp_path / "A" / "quicklook.tif").exists()  # only the asset asked for
    assert "3 files: 1 downloaded" in result.stderr
    assert "failed: B/reflectance: item B has no asset 'reflectance'" in result.stderr
    assert "failed: stdin line 3: not JSON" in result.stderr
    assert "fake-sig" not in result.stderr + result.stdout

    again = pixxel(
        "archives",
        "download",
        "--to",
        str(tmp_path),
        "--assets",
        "reflectance,quicklook",
        "--ndjson",
        "--quiet",
        stdin=_ndjson(items[0]),
    )
    assert again.code == 0, again.stderr
    lines = [json.loads(line) for line in again.stdout.splitlines()]
    assert [(f["asset"], f["status"]) for f in lines] == [
        ("reflectance", "skipped"),  # already complete: not transferred again
        ("quicklook", "done"),
    ]


def test_ids_are_looked_up_in_their_collection(pixxel: Any, api: Api, tmp_path: Path) -> None:
    item = _item(api, "S2", "cube")
    api.json("GET", "/v0/archives/collections/c1/items/S2", item)
    result = pixxel(
        "archives", "download", "-", "--to", str(tmp_path), "--collection", "c1", stdin="S2\n"
    )
    assert result.code == 0, result.stderr
    assert (tmp_path / "S2" / "cube.tif").stat().st_size == 40_000
    assert "1 files: 1 downloaded" in result.stderr


def test_the_generic_command_takes_any_record_and_a_layout(
    pixxel: Any, api: Api, tmp_path: Path
) -> None:
    job_file = FileServer(payload(30_000))
    api.route("GET", "/files/job.zip", job_file)
    api.json(
        "PUT",
        "/v0/workflows/w1/jobs/j1/download",
        {
            "id": "j1",
            "workflowId": "w1",
            "status": "ready",
            "signed_url": f"{api.base_url}/files/job.zip?X-Amz-Signature=s",
        },
    )
    records = _ndjson(
        {"id": "j1", "workflow_id": "w1", "status": "completed"}, _item(api, "C", "cube")
    )
    result = pixxel(
        "download", "-", "--to", str(tmp_path), "--layout", "{kind}/{item}{suffix}", stdin=records
    )
    assert result.code == 0, result.stderr
    assert (tmp_path / "job" / "j1.zip").read_bytes() == job_file.data
    assert (tmp_path / "stac-asset" / "C.tif").stat().st_size == 40_000


def test_bad_options_exit_2(pixxel: Any, api: Api, tmp_path: Path) -> None:
    result = pixxel("download", "--to", str(tmp_path), "--storage-options", "[1]", stdin="")
    assert result.code == 2
    assert "--storage-options must be a JSON object" in result.stderr


def test_items_from_a_pipe_stream_into_s3(
    pixxel: Any, api: Api, s3: Any, options: dict[str, Any]
) -> None:
    """The issue's pipe: ... --ndjson | pixxel archives download - --to s3://bucket/prefix."""
    items = [_item(api, "S1", "reflectance"), _item(api, "S2", "reflectance")]
    args = ["archives", "download", "-", "--to", f"s3://{BUCKET}/cli", "--assets", "reflectance"]
    settings = [
        "--storage-options",
        json.dumps({k: v for k, v in options.items() if k != "skip_instance_cache"}),
    ]
    result = pixxel(*args, *settings, stdin=_ndjson(*items))
    assert result.code == 0, result.stderr
    stored = objects(s3)
    assert len(stored["cli/S1/reflectance.tif"]) == len(stored["cli/S2/reflectance.tif"]) == 40_000
    again = pixxel(*args, *settings, "--ndjson", stdin=_ndjson(*items))
    assert [json.loads(line)["status"] for line in again.stdout.splitlines()] == ["skipped"] * 2
