"""What a download may trust: versions, existing files, checksums, and who else is writing."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from pytest_httpserver import HTTPServer

from pixxel._runtime._download import DownloadError, download_file, download_many

from .fileserver import ChecksumStyle, FileServer
from .helpers import MiB, payload, serve, source_for

pytestmark = [
    pytest.mark.block_network(allowed_hosts=["127.0.0.1", "localhost"]),
    pytest.mark.usefixtures("engine"),
]


def test_a_file_replaced_between_the_cut_and_the_resume_is_not_stitched(
    httpserver: HTTPServer, http: httpx.Client, tmp_path: Path
) -> None:
    old, new = payload(3 * MiB, b"v1"), payload(3 * MiB, b"v2")
    # v1 drops after 1 MiB; then the object is replaced by v2 before the client resumes.
    server = FileServer(old, checksum="none", drop_after=[MiB], next_version=(1, new, '"v2"'))
    url = serve(httpserver, server)
    result = download_file(http, source_for(url), tmp_path / "cube.tif")
    assert (tmp_path / "cube.tif").read_bytes() == new
    assert not result.resumed
    assert server.requests[1]["If-Range"] == '"v1"'  # the server could tell it was another version


def test_a_different_file_of_the_same_size_is_not_skipped(
    httpserver: HTTPServer, http: httpx.Client, tmp_path: Path
) -> None:
    data = payload(MiB)
    (tmp_path / "cube.tif").write_bytes(payload(MiB, b"something else"))
    url = serve(httpserver, FileServer(data, checksum="none"))
    result = download_file(http, source_for(url), tmp_path / "cube.tif")
    assert not result.skipped
    assert (tmp_path / "cube.tif").read_bytes() == data


@pytest.mark.parametrize("style", ["content-md5", "x-goog-hash", "repr-digest", "s3"])
def test_a_complete_file_with_a_matching_checksum_is_skipped(
    httpserver: HTTPServer, http: httpx.Client, tmp_path: Path, style: ChecksumStyle
) -> None:
    data = payload(MiB)
    (tmp_path / "cube.tif").write_bytes(data)
    server = FileServer(data, checksum=style)
    url = serve(httpserver, server)
    result = download_file(http, source_for(url), tmp_path / "cube.tif")
    if style == "content-md5":  # Content-MD5 covers one response's body: it proves nothing here
        assert not result.skipped and len(server.requests) == 2
    else:
        assert result.skipped and result.verified and len(server.requests) == 1
        assert server.requests[0]["Range"] == "bytes=0-0"


def test_our_own_earlier_download_is_recognised_by_size_and_etag(
    httpserver: HTTPServer, http: httpx.Client, tmp_path: Path
) -> None:
    data = payload(MiB)
    server = FileServer(data, checksum="none")
    url = serve(httpserver, server)
    first = download_file(http, source_for(url), tmp_path / "cube.tif")
    assert not first.skipped and first.verified is None
    again = download_file(http, source_for(url), tmp_path / "cube.tif")
    assert again.skipped and len(server.requests) == 2
    server.etag = '"v2"'  # a new version of the same size: the record no longer matches
    third = download_file(http, source_for(url), tmp_path / "cube.tif")
    assert not third.skipped


def test_an_etag_that_only_looks_like_an_md5_is_not_used_as_one(
    httpserver: HTTPServer, http: httpx.Client, tmp_path: Path
) -> None:
    data = payload(MiB)
    url = serve(httpserver, FileServer(data, checksum="s3-kms", etag=None))
    result = download_file(http, source_for(url), tmp_path / "cube.tif")
    assert (tmp_path / "cube.tif").read_bytes() == data
    assert result.verified is None and result.checksum_source is None


@pytest.mark.parametrize(
    ("style", "algorithm"), [("s3", "md5"), ("x-goog-hash", "md5"), ("repr-digest", "sha-256")]
)
def test_the_result_says_which_checksum_was_used(
    httpserver: HTTPServer,
    http: httpx.Client,
    tmp_path: Path,
    style: ChecksumStyle,
    algorithm: str,
) -> None:
    data = payload(MiB)
    url = serve(httpserver, FileServer(data, checksum=style, drop_after=[1000]))
    result = download_file(http, source_for(url), tmp_path / "cube.tif")
    assert result.resumed and result.verified == algorithm
    assert result.checksum_source == {"s3": "s3-etag"}.get(style, style)


def test_two_downloads_to_one_destination_are_refused_in_download_many(
    httpserver: HTTPServer, http: httpx.Client, tmp_path: Path
) -> None:
    url = serve(httpserver, FileServer(payload(MiB)))
    jobs = [(source_for(url), tmp_path / "same.bin"), (source_for(url), tmp_path / "same.bin")]
    with pytest.raises(ValueError, match=r"same\.bin"):
        download_many(http, jobs)
    assert list(tmp_path.iterdir()) == []


def test_a_destination_another_process_is_writing_fails_clearly(
    httpserver: HTTPServer, http: httpx.Client, tmp_path: Path
) -> None:
    url = serve(httpserver, FileServer(payload(MiB)))
    target = tmp_path / "cube.tif"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl, sys, time\n"
            "f = open(sys.argv[1], 'ab')\n"
            "fcntl.flock(f, fcntl.LOCK_EX)\n"
            "f.write(b'x' * 100); f.flush(); print('locked', flush=True)\n"
            "time.sleep(30)\n",
            str(target) + ".part",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(DownloadError, match="another download is already writing"):
            download_file(http, source_for(url), target)
        assert (target.with_name("cube.tif.part")).stat().st_size == 100  # left untouched
        assert not target.exists()
    finally:
        holder.kill()
        holder.wait()


def test_the_lock_is_released_after_a_download(
    httpserver: HTTPServer, http: httpx.Client, tmp_path: Path
) -> None:
    data = payload(MiB)
    server = FileServer(data, drop_after=[1000])
    url = serve(httpserver, server)
    with pytest.raises(DownloadError):
        download_file(http, source_for(url), tmp_path / "a.bin", max_attempts=1)
    started = time.monotonic()
    assert download_file(http, source_for(url), tmp_path / "a.bin").resumed
    assert time.monotonic() - started < 10
    assert os.listdir(tmp_path) == ["a.bin", "a.bin.pixxel.json"]


def test_a_destination_another_thread_is_writing_fails_clearly(
    httpserver: HTTPServer, http: httpx.Client, tmp_path: Path
) -> None:
    from pixxel._runtime._partfile import PartFile

    url = serve(httpserver, FileServer(payload(MiB)))
    busy = pytest.raises(DownloadError, match="another download is already writing")
    with PartFile(tmp_path / "cube.tif"), busy:  # held as by a download in another thread
        download_file(http, source_for(url), tmp_path / "cube.tif")
    assert download_file(http, source_for(url), tmp_path / "cube.tif").size == MiB
