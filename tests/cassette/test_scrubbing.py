"""Secrets never reach a cassette: recording through the real hooks against a local server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import vcr
from pytest_httpserver import HTTPServer

from pixxel import Pixxel

from ..support.scrub import scrub_request, scrub_response

API_KEY = "pk_live_fake_9f8e7d6c5b4a39281706f5e4d3c2b1a0"
SIGNATURE = "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9"
SIGNED_URL = (
    "https://storage.example.com/bucket/job.zip?X-Amz-Algorithm=AWS4-HMAC-SHA256"
    f"&X-Amz-Credential=AKIAEXAMPLE%2F20240101&X-Amz-Signature={SIGNATURE}&X-Amz-Expires=3600"
)
FAKE_STORE_SECRET = "wJalrXUtnFEMI/K7MDENG/fakeRfiCYzzzzzzzzzz"


@pytest.mark.block_network(allowed_hosts=["127.0.0.1", "localhost"])
def test_recorded_cassette_holds_no_secret(httpserver: HTTPServer, tmp_path: Path) -> None:
    httpserver.expect_request("/v0/workflows/wf1/jobs/j1/download", method="PUT").respond_with_json(
        {"id": "j1", "status": "ready", "signed_url": SIGNED_URL, "workflowId": "wf1"},
        headers={"Set-Cookie": f"session={API_KEY}"},
    )
    httpserver.expect_request("/v0/stores", method="POST").respond_with_json(
        {
            "id": "s1",
            "name": "store",
            "type": "S3",
            "secrets": {"secret_access_key": FAKE_STORE_SECRET},
        }
    )
    recorder = vcr.VCR(
        record_mode="all",
        filter_headers=[("authorization", "REDACTED")],
        before_record_request=scrub_request,
        before_record_response=scrub_response,
    )
    cassette = tmp_path / "recorded.yaml"
    with (
        recorder.use_cassette(str(cassette)),
        Pixxel(api_key=API_KEY, base_url=httpserver.url_for("/")) as client,
    ):
        download = client.jobs.download("wf1", "j1")
        client.stores.create(
            name="store",
            type_="S3",
            configs={"bucket": "b", "path_prefix": "p", "region": "us-east-2"},
            secrets={"access_key_id": "AKIAEXAMPLE", "secret_access_key": FAKE_STORE_SECRET},
        )
    assert download.signed_url == SIGNED_URL  # the caller still gets the real URL

    text = cassette.read_text()
    assert "interactions" in text and "/v0/stores" in text
    for secret in (API_KEY, SIGNATURE, FAKE_STORE_SECRET, "AKIAEXAMPLE"):
        assert secret not in text, f"{secret[:6]}... leaked into the cassette"
    assert "X-Amz-Signature=[REDACTED]" in text
    assert "REDACTED" in text


def test_scrub_handles_plain_text_and_json_bodies() -> None:
    from ..support.scrub import scrub_body

    assert SIGNATURE not in str(scrub_body(f"see {SIGNED_URL}"))
    cleaned = json.loads(
        scrub_body(json.dumps({"nested": [{"client_secret": "s3cr3t", "ok": 1}]})) or "{}"
    )
    assert cleaned == {"nested": [{"client_secret": "[REDACTED]", "ok": 1}]}
