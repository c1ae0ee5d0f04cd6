"""Downloads against a real local server: resume, restart, expiry, integrity, progress."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import httpx
import pytest
from pytest_httpserver import HTTPServer

from pixxel._runtime._download import DownloadError, download_file, download_many

from .fileserver import FileServer
from .helpers import MiB, payload, serve, sha256, source_for

pytestmark = [
    pytest.mark.block_network(allowed_hosts=["127.0.0.1", "localhost"]),
    pytest.mark.usefixtures("engine"),  # every test runs with both ways of reading the body
]


def test_streams_to_disk_and_verifies_the_content_md5(
    httpserver: HTTPServer, http: httpx.Client, tmp_path: Path
) -> None:
    data = payload(3 * MiB)
    url = serve(httpserver, FileServer(data))
    result = download_file(http, source_for(url), tmp_path / "cube.tif")
    assert result.size == len(data) and result.verified == "md5"
    assert result.checksum_source == "content-md5"
    assert sha256(tmp_path / "cube.tif") == hashlib.sha256(data).hexdigest()
    assert not (tmp_path / "cube.tif.part").exists()


def test_an_interrupted_download_resumes_to_an_identical_file(
    httpserver: HTTPServer, http: httpx.Client, tmp_path: Path
) -> None:
    data = payload(4 * MiB + 123)
    server = FileServer(data, drop_after=[MiB + 7, MiB])
    url = serve(httpserver, server)
    result = download_file(http, source_for(url), tmp_path / "cube.tif")
    # The Content-MD5 of the first (200) answer still verifies the resumed file.
    assert result.resumed and result.verified == "md5"
    assert sha256(tmp_path / "cube.tif") == hashlib.sha256(data).hexdigest()
    ranges = [(r.get("Range"), r.get("If-Range")) for r in server.requests]
    assert ranges == [
        (None, None),
        (f"bytes={MiB + 7}-", '"v1"'),
        (f"bytes={2 * MiB + 7}-", '"v1"'),
    ]


def test_a_part_left_by_an_earlier_run_is_resumed(
    httpserver: HTTPServer, http: httpx.Client, tmp_path: Path
) -> None:
    data = payload(2 * MiB)
    server = FileServer(data, drop_after=[12345])
    url = serve(httpserver, server)
    with pytest.raises(DownloadError):
        download_file(http, source_for(url), tmp_path / "cube.tif", max_attempts=1)
    assert (tmp_path / "cube.tif.part").stat().st_size == 12345
    result = download_file(http, source_for(url), tmp_path / "cube.tif")
    assert result.resumed and server.requests[-1]["Range"] == "bytes=12345-"
    assert (tmp_path / "cube.tif").read_bytes() == data


def test_a_part_of_unknown_origin_is_not_resumed(
    httpserver: HTTPServer, http: httpx.Client, tmp_path: Path
) -> None:
    data = payload(2 * MiB)
    (tmp_path / "cube.tif.part").write_bytes(b"from somewhere else")
    server = FileServer(data)
    url = serve(httpserver, server)
    result = download_file(http, source_for(url), tmp_path / "cube.tif")
    assert not result.resumed and "Range" not in server.requests[-1]
    assert (tmp_path / "cube.tif").read_bytes() == data


def test_without_range_support_a_drop_restarts_from_zero(
    httpserver: HTTPServer, http: httpx.Client, tmp_path: Path
) -> None:
    data = payload(2 * MiB)
    server = FileServer(data, ranges=False, drop_after=[MiB])
    url = serve(httpserver, server)
    result = download_file(http, source_for(url), tmp_path / "cube.tif")
    assert not result.resumed
    assert (tmp_path / "cube.tif").read_bytes() == data


def test_without_range_support_repeated_drops_leave_no_truncated_file(
    httpserver: HTTPServer, http: httpx.Client, tmp_path: Path
) -> None:
    data = payload(2 * MiB)
    server = FileServer(data, ranges=False, drop_after=[MiB] * 10)
    url = serve(httpserver, server)
    with pytest.raises(DownloadError, match="failed after 3 attempts"):
        download_file(http, source_for(url), tmp_path / "cube.tif", max_attempts=3)
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_an_expired_signed_url_is_refreshed_and_the_transfer_goes_on(
    httpserver: HTTPServer, http: httpx.Client, tmp_path: Path
) -> None:
    data = payload(3 * MiB)
    # The first URL serves one (dropped) response, then has expired when the client resumes.
    server = FileServer(data, drop_after=[MiB], expire_after={"first": 1})
    base = serve(httpserver, server)
    urls = iter([f"{base}?X-Amz-Signature=first", f"{base}?X-Amz-Signature=second"])
    issued: list[str] = []

    def source() -> httpx.Request:
        issued.append(next(urls))
        return httpx.Request("GET", issued[-1])

    result = download_file(http, source, tmp_path / "cube.tif")
    assert result.refreshed == 1 and result.resumed
    assert len(issued) == 2
    assert [r.get("Range") for r in server.requests] == [None, f"bytes={MiB}-", f"bytes={MiB}-"]
    assert (tmp_path / "cube.tif").read_bytes() == data


def test_a_url_that_stays_expired_gives_up_clearly(
    httpserver: HTTPServer, http: httpx.Client, tmp_path: Path
) -> None:
    server = FileServer(payload(MiB), expired_tokens={"old"})
    url = serve(httpserver, server) + "?X-Amz-Signature=old"
    with pytest.raises(DownloadError, match="gave up after 2 fresh URLs") as caught:
        download_file(http, source_for(url), tmp_path / "f", max_refreshes=2)
    assert "old" not in str(caught.value)  # the signature is redacted from the message
    assert list(tmp_path.iterdir()) == []


def test_a_checksum_mismatch_leaves_nothing_behind(
    httpserver: HTTPServer, http: httpx.Client, tmp_path: Path
) -> None:
    data = payload(MiB)
    url = serve(httpserver, FileServer(data, corrupt=True))
    with pytest.raises(DownloadError, match="md5 checksum mismatch"):
        download_file(http, source_for(url), tmp_path / "cube.tif")
    assert list(tmp_path.iterdir()) == []


def test_progress_callback_sees_the_bytes(
    httpserver: HTTPServer, http: httpx.Client, tmp_path: Path
) -> None:
    data = payload(2 * MiB)
    url = serve(httpserver, FileServer(data))
    seen: list[tuple[int, int | None]] = []
    download_file(
        http,
        source_for(url),
        tmp_path / "f",
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen[-1] == (len(data), len(data))
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_progress_bar_with_rich_shows_the_total_and_completes(
    httpserver: HTTPServer, http: httpx.Client, tmp_path: Path
) -> None:
    from rich.console import Console
    from rich.progress import Progress

    data = payload(2 * MiB)
    url = serve(httpserver, FileServer(data))
    screen = io.StringIO()
    bar = Progress(console=Console(file=screen, force_terminal=True, width=120))
    with bar:
        download_file(http, source_for(url), tmp_path / "bar.bin", progress=bar)
    (task,) = bar.tasks
    assert task.description == "bar.bin"
    assert task.total == len(data) and task.completed == len(data) and task.finished
    assert "bar.bin" in screen.getvalue() and "100%" in screen.getvalue()


def test_progress_true_draws_a_rich_bar(
    httpserver: HTTPServer,
    http: httpx.Client,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = payload(2 * MiB)
    url = serve(httpserver, FileServer(data))
    download_file(http, source_for(url), tmp_path / "bar.bin", progress=True)
    shown = capsys.readouterr().out
    assert "bar.bin" in shown and "2.1/2.1 MB" in shown  # the final state: all of the total


def test_many_downloads_respect_the_concurrency_bound(
    httpserver: HTTPServer, http: httpx.Client, tmp_path: Path
) -> None:
    data = payload(MiB)
    server = FileServer(data)
    url = serve(httpserver, server)
    jobs = [(source_for(url), tmp_path / f"f{i}.bin") for i in range(8)]
    results = download_many(http, jobs, max_concurrency=2)
    assert [r.path.name for r in results] == [f"f{i}.bin" for i in range(8)]
    assert all(r.path.read_bytes() == data for r in results)
    assert server.max_active <= 2


def test_large_reads_are_enabled_for_downloads(httpserver: HTTPServer, http: httpx.Client) -> None:
    """Pins _fetch._widen_reads to the httpcore the package allows (``httpcore<1.1`` in its
    pyproject): an httpcore whose internals moved fails here, not silently in users' downloads."""
    from typing import Any

    from pixxel._runtime._fetch import READ_SIZE, _widen_reads

    url = serve(httpserver, FileServer(payload(MiB)))
    response = http.send(httpx.Request("GET", url), stream=True)
    try:
        _widen_reads(response)
        layer: Any = response.stream
        for name in ("_stream", "_httpcore_stream", "_stream", "_connection"):
            layer = getattr(layer, name)
        assert layer.READ_NUM_BYTES == READ_SIZE
    finally:
        response.close()
