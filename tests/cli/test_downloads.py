"""``pixxel <resource> <command> -o FILE``: the file, with a progress bar, resumed when cut."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from ..download.fileserver import FileServer
from .conftest import Api

MiB = 1 << 20


def _payload(size: int) -> bytes:
    return hashlib.sha256(b"seed").digest() * (size // 32)


def _job_package(api: Api, data: bytes, server: FileServer) -> None:
    url = f"{api.base_url}/files/job.zip?X-Amz-Signature=fake-secret-signature"
    body = {"id": "d1", "workflowId": "w1", "status": "ready", "signed_url": url}
    api.json("PUT", "/v0/workflows/w1/jobs/j1/download", body)
    api.route("GET", "/files/job.zip", server)


def test_download_writes_the_file_with_a_progress_bar(
    pixxel: Any, api: Api, tmp_path: Path
) -> None:
    data = _payload(3 * MiB)
    _job_package(api, data, FileServer(data))
    target = tmp_path / "job.zip"
    result = pixxel("--debug", "jobs", "download", "w1", "j1", "-o", str(target))
    assert result.code == 0, result.stderr
    assert target.read_bytes() == data
    assert "3.1/3.1 MB" in result.stderr  # the progress bar, drawn once off a terminal
    assert "job.zip" in result.stderr
    assert f"{target}: {len(data)} bytes saved" in result.stdout
    assert "fake-secret-signature" not in result.stderr + result.stdout


def test_download_resumes_a_partial_file(pixxel: Any, api: Api, tmp_path: Path) -> None:
    data = _payload(2 * MiB)
    server = FileServer(data, drop_after=[MiB])  # the first transfer is cut after 1 MiB
    _job_package(api, data, server)
    target = tmp_path / "job.zip"
    result = pixxel("jobs", "download", "w1", "j1", "-o", str(target), "--json")
    assert result.code == 0, result.stderr
    assert target.read_bytes() == data
    assert result.json()["resumed"] is True
    assert server.requests[-1].get("Range") == f"bytes={MiB}-"


def test_without_output_the_command_prints_the_record(pixxel: Any, api: Api) -> None:
    data = _payload(MiB)
    _job_package(api, data, FileServer(data))
    result = pixxel("jobs", "download", "w1", "j1", "--json")
    assert result.code == 0, result.stderr
    assert result.json()["status"] == "ready"
    assert not any(path.startswith("/files/") for _, path, _, _ in api.requests)


def test_a_file_response_goes_to_output(pixxel: Any, api: Api, tmp_path: Path) -> None:
    from werkzeug import Response

    report = b"order,status\n1,done\n"
    api.route("GET", "/v0/reports", Response(report, content_type="text/csv"))
    target = tmp_path / "report.csv"
    result = pixxel("reports", "download", "-o", str(target))
    assert result.code == 0, result.stderr
    assert target.read_bytes() == report
    png = b"\x89PNG\r\n\x1a\nfake"
    api.route("POST", "/v0/aois/a1/visualizations/v1/png", Response(png, content_type="image/png"))
    result = pixxel(
        "visualizations",
        "generate-png",
        "a1",
        "v1",
        "--body",
        "-",
        "-o",
        str(tmp_path / "v.png"),
        stdin=json.dumps({"bbox": [0, 0, 1, 1]}),
    )
    assert result.code == 0, result.stderr
    assert (tmp_path / "v.png").read_bytes() == png
