"""Requests are logged through `logging`; keys and URL signatures never appear anywhere."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

import pixxel
from pixxel._runtime._errors import status_error
from pixxel._runtime._redact import redact_url

from ..support.paths import ROOT
from .helpers import API_KEY, json_response, sync_client

SIGNATURE = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a6978"


def test_each_request_is_logged_without_the_key(caplog: pytest.LogCaptureFixture) -> None:
    answers = iter([json_response(503, {}), json_response(200, {"id": "j1"})])
    client = sync_client(lambda r: next(answers), max_retries=1)
    with caplog.at_level(logging.DEBUG, logger="pixxel"):
        client.with_options(timeout=5).jobs.get("wf1", "j1")
    text = caplog.text
    assert "GET https://api.test/v0/workflows/wf1/jobs/j1 -> 503" in text
    assert "-> 200 in" in text
    assert "retrying <RetryEvent getJob attempt=1" in text
    assert API_KEY not in text


def test_signed_urls_are_redacted_in_errors_and_logs() -> None:
    url = f"https://bucket.s3.amazonaws.com/a.zip?X-Amz-Credential=AKIA%2Fx&X-Amz-Signature={SIGNATURE}&x=1"
    assert SIGNATURE not in redact_url(url) and "x=1" in redact_url(url)
    request = httpx.Request("GET", url, headers={"Authorization": API_KEY})
    error = status_error(httpx.Response(403, request=request))
    assert SIGNATURE not in str(error) and SIGNATURE not in (error.url or "")
    assert API_KEY not in str(error) and API_KEY not in repr(error)


def test_reprs_hide_the_key() -> None:
    client = pixxel.Pixxel(api_key=API_KEY)
    assert API_KEY not in repr(client)
    assert API_KEY[-4:] in repr(client)  # enough to tell keys apart


def test_pixxel_log_turns_logging_on_from_the_environment() -> None:
    code = (
        "import httpx, pixxel\n"
        "t = httpx.MockTransport(lambda r: httpx.Response(200, json={'stores': []}))\n"
        f"c = pixxel.Pixxel(api_key={API_KEY!r}, http_client=httpx.Client(transport=t))\n"
        "c.stores.list()\n"
    )
    env = {**os.environ, "PIXXEL_LOG": "debug", "PYTHONPATH": str(ROOT / "generated")}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "pixxel DEBUG GET https://api.pixxel.space/v0/stores -> 200" in result.stderr
    assert API_KEY not in result.stderr


def test_logging_is_off_by_default_even_for_the_paging_guards() -> None:
    # The guard warns on the `pixxel` logger; without PIXXEL_LOG or the application's own logging
    # set up, nothing reaches stderr (no last-resort printing). With logging set up, it shows.
    code = (
        "import httpx, logging, sys, pixxel\n"
        "page = httpx.Response(200, json={'aois': [{'aoi_id': 'a'}]})\n"
        "http = httpx.Client(transport=httpx.MockTransport(lambda r: page))\n"
        "c = pixxel.Pixxel(api_key='fake-key', base_url='https://api.test', http_client=http)\n"
        "assert [a.aoi_id for a in c.aois.list()] == ['a']\n"
        "if sys.argv[1:] == ['configured']:\n"
        "    logging.basicConfig()\n"
        "    assert [a.aoi_id for a in c.aois.list()] == ['a']\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PIXXEL_LOG"}
    env["PYTHONPATH"] = str(ROOT / "generated")
    quiet = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert quiet.returncode == 0, quiet.stderr
    assert quiet.stderr == ""
    shown = subprocess.run(
        [sys.executable, "-c", code, "configured"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "aois.list (listAois) returned a page it had already returned" in shown.stderr


SIGNED = (
    "https://bucket.s3.amazonaws.com/cube.tif?X-Amz-Credential=AKIAFAKE%2F20240101"
    f"&X-Amz-Security-Token=FwoGZXIvYXdzEFAKETOKEN&X-Amz-Signature={SIGNATURE}"
)


def test_httpx_request_logs_carry_no_signed_url_secrets(caplog: pytest.LogCaptureFixture) -> None:
    """httpx logs each request's full URL at INFO; a client in use keeps signatures out of it."""
    transport = httpx.MockTransport(lambda r: httpx.Response(200, content=b"data"))
    pixxel.Pixxel(api_key=API_KEY, http_client=httpx.Client(transport=transport))
    with caplog.at_level(logging.DEBUG), httpx.Client(transport=transport) as http:
        http.get(SIGNED)
    text = caplog.text + " ".join(r.getMessage() for r in caplog.records)
    assert "HTTP Request: GET https://bucket.s3.amazonaws.com/cube.tif?" in text
    for secret in (SIGNATURE, "FwoGZXIvYXdzEFAKETOKEN", "AKIAFAKE"):
        assert secret not in text


def test_a_download_through_httpx_logs_no_signature(
    caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    """As when a proxy is set: the download goes through httpx, which logs the URL."""
    from pixxel._runtime._download import download_file

    transport = httpx.MockTransport(lambda r: httpx.Response(200, content=b"data"))
    with caplog.at_level(logging.INFO), httpx.Client(transport=transport) as http:
        download_file(http, lambda: httpx.Request("GET", SIGNED), tmp_path / "x", engine="httpx")
    assert "HTTP Request: GET" in caplog.text and SIGNATURE not in caplog.text


def test_a_key_the_server_echoes_is_scrubbed_from_the_error() -> None:
    def echo(request: httpx.Request) -> httpx.Response:
        key = request.headers["authorization"]
        body = {
            "error": {"code": "FORBIDDEN", "message": f"key {key} is not valid", "details": [key]}
        }
        return json_response(403, body)

    with pytest.raises(pixxel.PermissionDeniedError) as caught:
        sync_client(echo, max_retries=0).jobs.get("wf1", "j1")
    error = caught.value
    surfaces = [
        str(error),
        repr(error),
        repr(error.body),
        str(error.error_message),
        repr(error.details),
        error.response.text,
        repr(dict(error.response.request.headers)),
        repr(dict(error.request.headers)) if error.request is not None else "",
    ]
    for surface in surfaces:
        assert API_KEY not in surface
    assert "is not valid" in str(error) and error.code == "FORBIDDEN"
    assert error.response.json()["error"]["message"] == "key [REDACTED] is not valid"
