"""One file's transfer: attempts, resumes, fresh URLs, and the final rename.

The state machine, per attempt:

1. Ask for the rest of the version the ``.part`` holds (``Range`` + ``If-Range``), or for the whole
   file when there is no part, or no validator to prove which version it holds.
2. ``206`` from where the part ends: append. ``200``: the whole file (a new version, or no range
   support): start the part over. ``416``: the part is complete, or not a prefix: finish or restart.
3. The body ends early: resume (or restart) up to ``max_attempts`` times.
4. Complete: check the size and the checksum the host vouched for, then rename.

A request carrying the API key goes to the API itself: any error status there is the API's typed
error, raised at once. Only a signed URL's file host saying ``403`` (or ``400`` "expired") means
the URL has expired: then ``source()`` is asked for a fresh one, up to ``max_refreshes`` times.
A file host saying ``429``/``502``/``503``/``504`` pauses every transfer sharing the same
:class:`~._gate.Gate` (``Retry-After`` honoured) and the request is sent again.

Where the bytes go is a *staging* (``_partfile.PartFile`` on disk by default; ``_cloud`` for an
object store): the transfer only appends, restarts, verifies and commits through it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import httpx

from ._errors import APIError, status_error
from ._fetch import TRANSPORT_ERRORS, InsecureRedirectError, ResponseStream
from ._gate import THROTTLING_STATUSES, Gate, RetryBudgetSpent
from ._integrity import Checksum, checksum_from_headers
from ._logging import logger
from ._partfile import DestinationBusyError, PartFile, Record
from ._progress import ProgressCallback
from ._redact import redact_url

__all__ = [
    "DownloadError",
    "DownloadResult",
    "LinkExpiredError",
    "RequestFactory",
    "Staging",
    "Transfer",
]

RequestFactory = Callable[[], httpx.Request]
"""Builds the request for the file; called again for a fresh signed URL when one expires."""
Sender = Callable[[httpx.Request], ResponseStream]

_CONTENT_RANGE = re.compile(r"bytes (?:(\d+)-(\d+)|\*)/(\d+|\*)")


class DownloadError(APIError):
    """A download failed: the final file was not written (a resumable ``.part`` may remain)."""


class LinkExpiredError(DownloadError):
    """The signed URL expired and no fresh one could be had (or none was to be asked for)."""


class Staging(Protocol):
    """Where a transfer puts the bytes until they are complete and verified.

    Entered for the whole transfer; leaving it without :meth:`commit` keeps what can be resumed
    and never publishes anything at the final name.
    """

    record: Record | None

    def __enter__(self) -> Staging: ...
    def __exit__(self, *exc: object) -> None: ...
    def size(self) -> int: ...
    def write(self, data: bytes | memoryview) -> None: ...
    def begin(self, record: Record) -> None: ...
    def restart(self) -> None: ...
    def discard(self) -> None: ...
    def commit(self) -> None: ...
    def recorded_complete(self) -> Record | None: ...
    def matches(self, checksum: Checksum) -> bool:
        """Whether the staged bytes have this checksum."""
        ...

    def existing_size(self) -> int | None:
        """The size of what is at the final name already, or ``None``."""
        ...

    def existing_matches(self, checksum: Checksum) -> bool:
        """Whether what is at the final name already has this checksum."""
        ...


@dataclass(frozen=True, slots=True)
class DownloadResult:
    path: Path
    size: int
    skipped: bool = False
    """The file at the destination was proven complete (checksum, or our own earlier download of
    the same version): nothing was downloaded."""
    resumed: bool = False
    """Part of the file came from an earlier, interrupted transfer."""
    refreshed: int = 0
    """How many times an expired source was replaced by a fresh one."""
    verified: str | None = None
    """The checksum algorithm that was checked (``md5`` or ``sha-256``); ``None``: size only."""
    checksum_source: str | None = None
    """Which header vouched for that checksum (``repr-digest``, ``x-goog-hash``, ``content-md5``,
    ``s3-etag``...)."""


class _Incomplete(Exception):
    """The body ended before the announced size: resume (or restart) and try again."""


_RESUMABLE: tuple[type[BaseException], ...] = (*TRANSPORT_ERRORS, _Incomplete)


def _remote_record(body: ResponseStream) -> Record:
    """What this response says about the complete file."""
    headers = body.headers
    size: int | None = None
    if match := _CONTENT_RANGE.match(headers.get("content-range", "")):
        size = int(match.group(3)) if match.group(3) != "*" else None
    elif body.status_code == 200 and headers.get("content-length", "").isdigit():
        size = int(headers["content-length"])
    return Record(
        size=size,
        etag=headers.get("etag") or None,
        last_modified=headers.get("last-modified") or None,
        checksum=checksum_from_headers(headers, body.status_code),
    )


def _range_start(body: ResponseStream) -> int | None:
    match = _CONTENT_RANGE.match(body.headers.get("content-range", ""))
    return int(match.group(1)) if match and match.group(1) is not None else None


def _can_resume(body: ResponseStream) -> bool:
    return body.status_code == 206 or "bytes" in body.headers.get("accept-ranges", "")


class Transfer:
    """One file: state across attempts, refreshes and resumes."""

    def __init__(
        self,
        send: Sender,
        source: RequestFactory,
        destination: Path | str,
        *,
        max_attempts: int,
        max_refreshes: int,
        progress: ProgressCallback | None,
        gate: Gate | None = None,
        staging: Staging | None = None,
        first_request: httpx.Request | None = None,
    ) -> None:
        self.send = send
        self.source = source
        self.destination = destination
        self.name = Path(destination).name if isinstance(destination, Path) else destination
        self.staging: Staging = staging if staging is not None else _local(destination)
        self.gate = gate if gate is not None else Gate(retries=max(2 * max_attempts, 10))
        self.first_request = first_request
        self.max_attempts = max_attempts
        self.max_refreshes = max_refreshes
        self.progress = progress
        self.refreshed = 0
        self.resumed = False
        self.request: httpx.Request | None = None

    def run(self) -> DownloadResult:
        try:
            with self.staging as part:  # claimed before waiting for the source
                self.request = self.first_request or self.source()
                return self._run(part)
        except DestinationBusyError as error:
            raise DownloadError(str(error), request=self.request) from None
        except RetryBudgetSpent as error:
            raise DownloadError(
                f"download of {self.name}: the host kept refusing ({error})", request=self.request
            ) from None
        except InsecureRedirectError as error:
            raise DownloadError(f"download of {self.name}: {error}", request=self.request) from None

    def _run(self, part: Staging) -> DownloadResult:
        nothing_in_progress = part.size() == 0
        check_existing = nothing_in_progress and part.existing_size() is not None
        failures = 0
        while True:
            try:
                if check_existing:  # retried like a transfer when the probe is cut off
                    done = self._existing_is_current(part)
                    check_existing = False
                    if done is not None:
                        logger.info("%s is already complete; skipped", self.destination)
                        return done
                finished = self._attempt(part)
            except _RESUMABLE as error:
                failures += 1
                logger.info(
                    "download of %s interrupted (%s), attempt %d",
                    self.name,
                    error,
                    failures,
                )
                if failures >= self.max_attempts:
                    raise DownloadError(
                        f"download of {self.name} failed after {failures} attempts: {error}",
                        request=self.request,
                    ) from error
                continue
            if finished is not None:
                return finished

    # -- requests ---------------------------------------------------------------------------

    def _open(self, headers: dict[str, str]) -> ResponseStream:
        """Send the request (with ``headers``); ask for a fresh URL while the host says expired."""
        while True:
            request = self.request
            assert request is not None, "run() sets the request"
            if headers:
                request = httpx.Request(
                    request.method,
                    request.url,
                    headers={**request.headers, **headers},
                    extensions=request.extensions,
                )
            self.gate.wait()
            body = self.send(request)
            if body.status_code < 400 or body.status_code == 416:
                self.gate.succeeded()
                return body
            try:
                if "authorization" in request.headers:  # the API itself answered
                    raise status_error(body.as_response(request))
                if body.status_code in THROTTLING_STATUSES:
                    pause = self.gate.throttle(body.headers.get("retry-after"))
                    logger.info(
                        "download of %s: HTTP %d; every transfer pauses %.1f s",
                        self.name,
                        body.status_code,
                        pause,
                    )
                    continue
                if not self._expired(body):
                    raise DownloadError(
                        f"HTTP {body.status_code} downloading {redact_url(body.url)}",
                        request=request,
                    )
            finally:
                body.close()
            self._refresh(f"HTTP {body.status_code} from {redact_url(body.url)}")

    @staticmethod
    def _expired(body: ResponseStream) -> bool:
        """Whether a signed URL's host says the URL is no longer valid."""
        if body.status_code == 403:
            return True
        if body.status_code == 400:
            return b"expire" in body.read_head().lower()
        return False

    def _refresh(self, why: str) -> None:
        if self.refreshed >= self.max_refreshes:
            raise LinkExpiredError(
                f"{why}; gave up after {self.refreshed} fresh URLs", request=self.request
            )
        self.refreshed += 1
        logger.info("download of %s: %s; asking for a fresh URL", self.name, why)
        self.request = self.source()

    # -- the states -------------------------------------------------------------------------

    def _existing_is_current(self, part: Staging) -> DownloadResult | None:
        """A file at the destination is skipped only when proven to be the served file."""
        size = part.existing_size()
        if size is None:
            return None
        body = self._open({"Range": "bytes=0-0"})
        try:
            remote = _remote_record(body)
        finally:
            body.close()
        if remote.size != size:
            return None
        checksum: Checksum | None = remote.checksum
        if checksum is not None:
            if not part.existing_matches(checksum):
                return None
        else:
            earlier = part.recorded_complete()
            if not (
                earlier is not None
                and earlier.size == size
                and remote.strong_etag is not None
                and earlier.strong_etag == remote.strong_etag
            ):
                return None
        return DownloadResult(
            Path(self.destination),
            size,
            skipped=True,
            refreshed=self.refreshed,
            verified=checksum.algorithm if checksum else None,
            checksum_source=checksum.source if checksum else None,
        )

    def _attempt(self, part: Staging) -> DownloadResult | None:
        have = part.size()
        headers: dict[str, str] = {}
        record = part.record if part.record is not None and not part.record.complete else None
        if have:
            validator = record.validator() if record is not None else None
            if validator is None:
                logger.info("%s: no record of the part's version; starting over", self.name)
                part.restart()
                have = 0
            else:
                headers = {"Range": f"bytes={have}-", "If-Range": validator}
        body = self._open(headers)
        try:
            return self._receive(part, body, have)
        finally:
            body.close()

    def _receive(self, part: Staging, body: ResponseStream, have: int) -> DownloadResult | None:
        remote = _remote_record(body)
        if body.status_code == 416:
            if have and part.record is not None and remote.size == have:
                return self._finish(part)  # the part was already whole
            part.restart()  # not a prefix of this file
            raise _Incomplete(f"the server refused the range from byte {have}")
        if body.status_code == 206 and have:
            recorded = part.record.strong_etag if part.record else None
            if _range_start(body) != have or (
                recorded and remote.strong_etag and remote.strong_etag != recorded
            ):
                part.restart()
                raise _Incomplete("the server sent another range or version")
            self.resumed = True
        elif body.status_code in (200, 206):
            part.begin(remote)  # the whole file, maybe a new version: never stitch two
            have = 0
        else:
            raise DownloadError(
                f"HTTP {body.status_code} downloading {redact_url(body.url)}",
                request=self.request,
            )
        total = part.record.size if part.record else None
        self._stream(part, body, have, total)
        received = part.size()
        if total is not None and received < total:
            if not _can_resume(body):
                part.restart()  # cannot be resumed: leave nothing truncated behind
            raise _Incomplete(f"got {received} of {total} bytes")
        return self._finish(part)

    def _stream(self, part: Staging, body: ResponseStream, done: int, total: int | None) -> None:
        check = self.gate.check
        try:
            for chunk in body.chunks():
                check()
                part.write(chunk)
                done += len(chunk)
                if self.progress is not None:
                    self.progress(done, total)
        except TRANSPORT_ERRORS:
            if not _can_resume(body):
                part.restart()
            raise

    def _finish(self, part: Staging) -> DownloadResult:
        record = part.record or Record()
        size = part.size()
        if record.size is not None and size != record.size:
            raise _Incomplete(f"got {size} of {record.size} bytes")
        checksum = record.checksum
        if checksum is not None and not part.matches(checksum):
            part.discard()
            raise DownloadError(
                f"{self.name}: {checksum.algorithm} checksum mismatch "
                f"(from {checksum.source}); the partial file was removed",
                request=self.request,
            )
        part.commit()
        return DownloadResult(
            Path(self.destination),
            size,
            resumed=self.resumed,
            refreshed=self.refreshed,
            verified=checksum.algorithm if checksum else None,
            checksum_source=checksum.source if checksum else None,
        )


def _local(destination: Path | str) -> Staging:
    if not isinstance(destination, Path):
        raise TypeError("a destination that is not a local Path needs its own staging")
    return PartFile(destination)
