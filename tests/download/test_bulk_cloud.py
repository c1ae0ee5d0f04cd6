"""Bulk downloads straight into S3: moto's S3 server on 127.0.0.1, started here, through s3fs.

Streamed in parts, published at the final key only once verified, an upload that fails aborted
(no object, no multipart upload left behind), and a re-run that transfers nothing.
"""

from __future__ import annotations

import hashlib
import socket
from collections.abc import Iterator
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from pixxel import Pixxel

from .fileserver import FileServer
from .helpers import MiB, payload

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1", "localhost"])

boto3 = pytest.importorskip("boto3")
pytest.importorskip("s3fs")
moto_server = pytest.importorskip("moto.server")

BUCKET = "scenes"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def s3_endpoint() -> Iterator[str]:
    port = free_port()
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.stop()


@pytest.fixture
def s3(s3_endpoint: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    for name, value in {
        "AWS_ACCESS_KEY_ID": "fake-test-key",
        "AWS_SECRET_ACCESS_KEY": "fake-test-secret",
        "AWS_DEFAULT_REGION": "us-east-1",
    }.items():
        monkeypatch.setenv(name, value)
    client = boto3.client("s3", endpoint_url=s3_endpoint, region_name="us-east-1")
    client.create_bucket(Bucket=BUCKET)
    yield client
    listed = client.list_objects_v2(Bucket=BUCKET).get("Contents", [])
    for entry in listed:
        client.delete_object(Bucket=BUCKET, Key=entry["Key"])
    client.delete_bucket(Bucket=BUCKET)


@pytest.fixture
def options(s3_endpoint: str) -> dict[str, Any]:
    return {
        "key": "fake-test-key",
        "secret": "fake-test-secret",
        "client_kwargs": {"endpoint_url": s3_endpoint, "region_name": "us-east-1"},
        "skip_instance_cache": True,
    }


@pytest.fixture
def client() -> Iterator[Pixxel]:
    with Pixxel(api_key="fake-test-key", base_url="http://127.0.0.1:9") as pixxel_client:
        yield pixxel_client


def objects(s3: Any) -> dict[str, bytes]:
    listed = s3.list_objects_v2(Bucket=BUCKET).get("Contents", [])
    return {o["Key"]: s3.get_object(Bucket=BUCKET, Key=o["Key"])["Body"].read() for o in listed}


def test_files_stream_into_s3_in_parts_and_a_rerun_transfers_nothing(
    httpserver: HTTPServer, s3: Any, client: Pixxel, options: dict[str, Any]
) -> None:
    sizes = {"big": 9 * MiB + 5, "small": 70_000}  # big: more than one 8 MiB part
    servers = {}
    for name, size in sizes.items():
        servers[name] = FileServer(payload(size, seed=name.encode()), drop_after=[3 * MiB])
        httpserver.expect_request(f"/{name}/{name}.tif").respond_with_handler(servers[name])
    urls = [httpserver.url_for(f"/{name}/{name}.tif") for name in sizes]

    result = client.download(urls, f"s3://{BUCKET}/run-1", storage_options=options, progress=False)
    assert result.ok, result.summary()
    assert result[0].destination == f"s3://{BUCKET}/run-1/big/big.tif"
    assert result[0].download is not None and result[0].download.resumed  # the drop, resumed
    stored = objects(s3)
    for name in sizes:
        key = f"run-1/{name}/{name}.tif"
        assert hashlib.sha256(stored[key]).digest() == hashlib.sha256(servers[name].data).digest()
        assert f"{key}.pixxel.json" in stored
    assert not s3.list_multipart_uploads(Bucket=BUCKET).get("Uploads")

    again = client.download(urls, f"s3://{BUCKET}/run-1", storage_options=options, progress=False)
    assert [f.status for f in again] == ["skipped", "skipped"]


def test_a_file_that_does_not_verify_is_never_published(
    httpserver: HTTPServer, s3: Any, client: Pixxel, options: dict[str, Any]
) -> None:
    good = FileServer(payload(100_000))
    bad = FileServer(payload(9 * MiB), corrupt=True)  # its Content-MD5 will not match
    httpserver.expect_request("/good/good.tif").respond_with_handler(good)
    httpserver.expect_request("/bad/bad.tif").respond_with_handler(bad)
    urls = [httpserver.url_for("/good/good.tif"), httpserver.url_for("/bad/bad.tif")]
    result = client.download(urls, f"s3://{BUCKET}/run-2", storage_options=options, progress=False)
    assert [f.status for f in result] == ["done", "failed"]
    assert "checksum mismatch" in (result[1].error or "")
    stored = objects(s3)
    assert "run-2/good/good.tif" in stored
    assert not [k for k in stored if k.startswith("run-2/bad/")]
    assert not s3.list_multipart_uploads(Bucket=BUCKET).get("Uploads")  # the upload was aborted


def test_an_object_changed_behind_our_back_is_downloaded_again(
    httpserver: HTTPServer, s3: Any, client: Pixxel, options: dict[str, Any]
) -> None:
    server = FileServer(payload(50_000))
    httpserver.expect_request("/x/x.tif").respond_with_handler(server)
    url = httpserver.url_for("/x/x.tif")
    assert client.download(
        [url], f"s3://{BUCKET}/run-3", storage_options=options, progress=False
    ).ok
    s3.put_object(Bucket=BUCKET, Key="run-3/x/x.tif", Body=b"something else")
    again = client.download([url], f"s3://{BUCKET}/run-3", storage_options=options, progress=False)
    assert [f.status for f in again] == ["done"]
    assert objects(s3)["run-3/x/x.tif"] == server.data
