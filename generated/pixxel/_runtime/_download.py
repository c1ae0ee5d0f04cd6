"""Download large files (signed URLs, reports) to disk: streamed, resumable, verified.

- Streams to ``<name>.part`` with constant memory and renames only when the size (and the
  checksum, when the server offers one) checks out: never a truncated file under the final name.
- Resumes an interrupted transfer with ``Range`` when the server supports it, restarts when not.
- Skips a file that is already complete.
- Asks for a fresh source when a signed URL has expired mid-way.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hashlib
import os
import re
from collections.abc import Callable, Coroutine, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import httpx

from ._errors import APIError
from ._fetch import TRANSPORT_ERRORS, Body, Engine, open_body
from ._logging import logger
from ._redact import redact_url

__all__ = [
    "DownloadError",
    "DownloadResult",
    "ProgressCallback",
    "download_file",
    "download_file_async",
    "download_many",
    "download_many_async",
    "signed_url_request",
]

DOWNLOAD_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_ENGINE: Engine = "auto"

RequestFactory = Callable[[], httpx.Request]
"""Builds the request for the file; called again for a fresh signed URL when one expires."""

_CONTENT_RANGE = re.compile(r"bytes (?:(\d+)-(\d+)|\*)/(\d+|\*)")
_MD5_ETAG = re.compile(r'^(?:W/)?"?([0-9a-fA-F]{32})"?$')


class ProgressCallback(Protocol):
    def __call__(self, downloaded: int, total: int | None) -> None: ...


class DownloadError(APIError):
    """A download failed: the final file was not written (a resumable ``.part`` may remain)."""


@dataclass(frozen=True, slots=True)
class DownloadResult:
    path: Path
    size: int
    skipped: bool = False
    """The file was already complete: nothing was downloaded."""
    resumed: bool = False
    """Part of the file came from an earlier, interrupted transfer."""
    refreshed: int = 0
    """How many times an expired source was replaced by a fresh one."""
    verified: str | None = None
    """The checksum that was checked (``md5`` or ``sha-256``), if the server offered one."""


@dataclass
class _Expected:
    """What the server says the complete file is."""

    size: int | None = None
    algorithm: str | None = None
    digest: bytes | None = None

    @classmethod
    def from_response(cls, response: Body) -> _Expected:
        expected = cls(size=_total_size(response))
        headers = response.headers
        for header in ("repr-digest", "digest"):
            for part in headers.get(header, "").split(","):
                name, _, value = part.strip().partition("=")
                if name.lower() in ("sha-256", "sha256") and value:
                    expected.algorithm, expected.digest = "sha-256", _b64(value.strip(":"))
                    return expected
        if response.status_code == 200 and "content-md5" in headers:
            expected.algorithm, expected.digest = "md5", _b64(headers["content-md5"])
        elif match := _MD5_ETAG.match(headers.get("etag", "")):
            # A single-part object's ETag is the MD5 of its content (S3, GCS).
            expected.algorithm, expected.digest = "md5", bytes.fromhex(match.group(1))
        return expected

    def hasher(self) -> Any:
        if self.algorithm == "sha-256":
            return hashlib.sha256()
        if self.algorithm == "md5":
            return hashlib.md5(usedforsecurity=False)
        return None


def _b64(value: str) -> bytes | None:
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None


def _total_size(response: Body) -> int | None:
    if match := _CONTENT_RANGE.match(response.headers.get("content-range", "")):
        return int(match.group(3)) if match.group(3) != "*" else None
    if response.status_code == 200 and "content-length" in response.headers:
        return int(response.headers["content-length"])
    return None


def _range_start(response: Body) -> int | None:
    match = _CONTENT_RANGE.match(response.headers.get("content-range", ""))
    return int(match.group(1)) if match and match.group(1) is not None else None


def _looks_expired(response: Body) -> bool:
    if response.status_code in (401, 403):
        return True
    if response.status_code == 400:
        return "expire" in response.text().lower()
    return False


class _Transfer:
    """One file: state across attempts, refreshes and resumes."""

    def __init__(
        self,
        http: httpx.Client,
        source: RequestFactory,
        destination: Path,
        *,
        max_attempts: int,
        max_refreshes: int,
        progress: ProgressCallback | None,
        engine: Engine,
    ) -> None:
        self.http = http
        self.engine = engine
        self.source = source
        self.destination = destination
        self.part = destination.with_name(destination.name + ".part")
        self.max_attempts = max_attempts
        self.max_refreshes = max_refreshes
        self.progress = progress
        self.refreshed = 0
        self.resumed = False
        self.request = source()

    def refresh(self, why: str) -> None:
        if self.refreshed >= self.max_refreshes:
            raise DownloadError(
                f"{why}; gave up after {self.refreshed} fresh URLs", request=self.request
            )
        self.refreshed += 1
        logger.info("download of %s: %s; asking for a fresh URL", self.destination.name, why)
        self.request = self.source()

    def send(self, start: int) -> Body:
        request = self.request
        if start:
            request = httpx.Request(
                request.method, request.url, headers={**request.headers, "Range": f"bytes={start}-"}
            )
        return open_body(self.http, request, self.engine)

    def already_complete(self) -> DownloadResult | None:
        """A complete file at the destination is left alone (checked with one ranged request)."""
        if not self.destination.exists():
            return None
        size = self.destination.stat().st_size
        while True:
            response = self.send(size)
            try:
                if _looks_expired(response):
                    self.refresh(
                        f"HTTP {response.status_code} from {redact_url(str(response.url))}"
                    )
                    continue
                total = _total_size(response)
                complete = (response.status_code == 416 and total == size) or (
                    response.status_code == 200 and total == size
                )
            finally:
                response.close()
            if complete:
                return DownloadResult(
                    self.destination, size, skipped=True, refreshed=self.refreshed
                )
            return None

    def run(self) -> DownloadResult:
        if (done := self.already_complete()) is not None:
            logger.info("%s is already complete; skipped", self.destination)
            return done
        failures = 0
        while True:
            start = self.part.stat().st_size if self.part.exists() else 0
            try:
                finished = self._attempt(start)
            except _RESUMABLE as error:
                failures += 1
                logger.info(
                    "download of %s interrupted (%s), attempt %d",
                    self.destination.name,
                    error,
                    failures,
                )
                if failures >= self.max_attempts:
                    raise DownloadError(
                        f"download of {self.destination.name} failed after {failures} attempts: {error}",
                        request=self.request,
                    ) from error
                continue
            if finished is not None:
                return finished

    def _attempt(self, start: int) -> DownloadResult | None:
        response = self.send(start)
        try:
            if _looks_expired(response):
                self.refresh(f"HTTP {response.status_code} from {redact_url(str(response.url))}")
                return None
            if response.status_code == 416 and start:
                if _total_size(response) == start:
                    return self._finish(_Expected(size=start), start)
                self.part.unlink()  # the part is not a prefix of this file: start over
                return None
            if response.status_code not in (200, 206):
                raise DownloadError(
                    f"HTTP {response.status_code} downloading {redact_url(str(response.url))}",
                    request=self.request,
                )
            if response.status_code == 206 and _range_start(response) == start:
                self.resumed = self.resumed or start > 0
                mode = "ab"
            else:
                start, mode = 0, "wb"  # no range support: the whole file again
            expected = _Expected.from_response(response)
            self._stream(response, mode, start, expected)
            received = self.part.stat().st_size
            if expected.size is not None and received < expected.size:
                if response.status_code == 200 and "bytes" not in response.headers.get(
                    "accept-ranges", ""
                ):
                    self.part.unlink()  # cannot be resumed: leave nothing truncated behind
                raise _Incomplete(f"got {received} of {expected.size} bytes")
            return self._finish(expected, received)
        finally:
            response.close()

    def _stream(self, response: Body, mode: str, start: int, expected: _Expected) -> None:
        total = expected.size
        done = start
        try:
            with open(self.part, mode, buffering=0) as out:
                for chunk in response.chunks():
                    out.write(chunk)
                    done += len(chunk)
                    if self.progress is not None:
                        self.progress(done, total)
        except TRANSPORT_ERRORS:
            if (
                "bytes" not in response.headers.get("accept-ranges", "")
                and response.status_code == 200
            ):
                self.part.unlink(missing_ok=True)  # cannot be resumed
            raise

    def _finish(self, expected: _Expected, size: int) -> DownloadResult:
        if expected.size is not None and size != expected.size:
            raise _Incomplete(f"got {size} of {expected.size} bytes")
        verified = None
        hasher = expected.hasher()
        if hasher is not None and expected.digest is not None:
            with open(self.part, "rb") as data:
                for block in iter(lambda: data.read(1 << 20), b""):
                    hasher.update(block)
            if hasher.digest() != expected.digest:
                self.part.unlink()
                raise DownloadError(
                    f"{self.destination.name}: {expected.algorithm} checksum mismatch; the partial file was removed",
                    request=self.request,
                )
            verified = expected.algorithm
        os.replace(self.part, self.destination)
        return DownloadResult(
            self.destination,
            size,
            resumed=self.resumed,
            refreshed=self.refreshed,
            verified=verified,
        )


class _Incomplete(Exception):
    """The body ended before the announced size: resume (or restart) and try again."""


_RESUMABLE: tuple[type[BaseException], ...] = (*TRANSPORT_ERRORS, _Incomplete)


def download_file(
    http: httpx.Client,
    source: RequestFactory,
    destination: str | os.PathLike[str],
    *,
    progress: bool | ProgressCallback | None = None,
    max_attempts: int = 5,
    max_refreshes: int = 3,
    engine: Engine | None = None,
) -> DownloadResult:
    """Download what ``source()`` points at into ``destination``.

    Args:
        http: The connection pool to use.
        source: Builds the request for the file; called again when a signed URL has expired.
        destination: The final path; the data goes to ``<destination>.part`` until verified.
        progress: ``True`` for a progress bar (needs ``rich``), or a callback
            ``(downloaded_bytes, total_bytes_or_None)``.
        max_attempts: Interrupted transfers are resumed (or restarted) up to this many times.
        max_refreshes: How many fresh URLs to ask for when one has expired.
        engine: ``"auto"`` reads signed URLs with ``http.client`` (faster) unless a proxy is
            configured, and everything else with ``http``; ``"httpx"`` or ``"stdlib"`` force one.
    """
    path = Path(destination)
    if path.is_dir():
        raise IsADirectoryError(f"{path} is a directory; give the file's path")
    path.parent.mkdir(parents=True, exist_ok=True)
    with _progress(progress, path.name) as callback:
        transfer = _Transfer(
            http,
            source,
            path,
            max_attempts=max_attempts,
            max_refreshes=max_refreshes,
            progress=callback,
            engine=engine or DEFAULT_ENGINE,
        )
        return transfer.run()


def download_many(
    http: httpx.Client,
    jobs: Iterable[tuple[RequestFactory, str | os.PathLike[str]]],
    *,
    max_concurrency: int = 4,
    progress: ProgressCallback | None = None,
) -> Sequence[DownloadResult]:
    """Download several files at once, at most ``max_concurrency`` at a time, in order of ``jobs``."""
    if max_concurrency < 1:
        raise ValueError("max_concurrency must be at least 1")
    with ThreadPoolExecutor(
        max_workers=max_concurrency, thread_name_prefix="pixxel-download"
    ) as pool:
        futures = [
            pool.submit(download_file, http, source, dest, progress=progress)
            for source, dest in jobs
        ]
        return [future.result() for future in futures]


def signed_url_request(result: Any, field: str, operation_id: str) -> httpx.Request:
    """The GET for the signed URL in ``result.<field>``. No API key goes to the storage host."""
    url = getattr(result, field, None)
    if not url:
        status = getattr(result, "status", None)
        raise DownloadError(
            f"{operation_id} returned no {field} (status {status!r}); the file is not ready"
        )
    return httpx.Request("GET", str(url))


async def download_file_async(
    source: Callable[[], Coroutine[Any, Any, httpx.Request]],
    destination: str | os.PathLike[str],
    *,
    progress: bool | ProgressCallback | None = None,
    max_attempts: int = 5,
    max_refreshes: int = 3,
) -> DownloadResult:
    """:func:`download_file` for asyncio: the transfer runs in a worker thread (file writes block),
    while fresh URLs are still asked for on the caller's event loop."""
    loop = asyncio.get_running_loop()

    def sync_source() -> httpx.Request:
        return asyncio.run_coroutine_threadsafe(source(), loop).result()

    with httpx.Client(follow_redirects=True, timeout=DOWNLOAD_TIMEOUT) as http:
        return await asyncio.to_thread(
            download_file,
            http,
            sync_source,
            destination,
            progress=progress,
            max_attempts=max_attempts,
            max_refreshes=max_refreshes,
        )


async def download_many_async(
    jobs: Iterable[tuple[Callable[[], Coroutine[Any, Any, httpx.Request]], str | os.PathLike[str]]],
    *,
    max_concurrency: int = 4,
    progress: ProgressCallback | None = None,
) -> Sequence[DownloadResult]:
    """Asyncio twin of :func:`download_many`: at most ``max_concurrency`` transfers at a time."""
    if max_concurrency < 1:
        raise ValueError("max_concurrency must be at least 1")
    slots = asyncio.Semaphore(max_concurrency)

    async def one(
        source: Callable[[], Coroutine[Any, Any, httpx.Request]],
        destination: str | os.PathLike[str],
    ) -> DownloadResult:
        async with slots:
            return await download_file_async(source, destination, progress=progress)

    return await asyncio.gather(*(one(source, destination) for source, destination in jobs))


class _progress:
    """A progress callback for ``progress=``: a rich bar for ``True``, the caller's function, or none."""

    def __init__(self, progress: bool | ProgressCallback | None, name: str) -> None:
        self.setting = progress
        self.name = name
        self.bar: Any = None

    def __enter__(self) -> ProgressCallback | None:
        if self.setting is None or self.setting is False:
            return None
        if callable(self.setting):
            return self.setting
        try:
            from rich.progress import DownloadColumn, Progress, TransferSpeedColumn
        except ImportError:
            raise ImportError(
                "progress=True needs rich: pip install 'pixxel-client[progress]'"
            ) from None
        self.bar = Progress(
            *Progress.get_default_columns(), DownloadColumn(), TransferSpeedColumn()
        )
        self.bar.start()
        task = self.bar.add_task(self.name, total=None)

        bar = self.bar

        class _Update:
            def __call__(self, downloaded: int, total: int | None) -> None:
                bar.update(task, completed=downloaded, total=total)

        return _Update()

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()
