"""Many files at once: the engine behind ``client.download(...)`` and ``pixxel ... download -``.

- A bounded number of workers (threads, or the caller's ``concurrent.futures.Executor``) each run
  one file's :class:`~._transfer.Transfer` at a time: resume, integrity, atomic rename and fresh
  links, exactly as ``download_to``.
- One :class:`~._gate.Gate` for the whole batch: a ``429``/``503`` seen by one worker pauses all,
  and retries come out of one budget.
- Items are read lazily and at most ``2 x max_concurrency`` files are queued at a time, so memory
  does not grow with the number or the size of the files (only the list of results does).
- A file that fails is recorded and the others go on; Ctrl-C stops every worker at its next chunk
  and leaves resumable parts (never a partial file at a final name).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, Literal, overload
from urllib.parse import unquote, urlsplit

import httpx

from ._bulk_progress import BulkProgressSetting, Meter
from ._cloud import CloudStaging, is_cloud_url, join_url
from ._fetch import Engine, Pool, ResponseStream, open_body
from ._gate import Cancelled, Gate, RetryBudgetSpent
from ._logging import redact_http_logs
from ._partfile import PartFile
from ._progress import ProgressCallback
from ._transfer import DownloadError, DownloadResult, LinkExpiredError, RequestFactory, Transfer

if TYPE_CHECKING:
    import asyncio

__all__ = [
    "DEFAULT_LAYOUT",
    "BulkDownloadError",
    "BulkResult",
    "FileRef",
    "FileResult",
    "Layout",
    "run_bulk",
]

DEFAULT_LAYOUT = "{item}/{name}"
DEFAULT_CONCURRENCY = 8
Status = Literal["done", "skipped", "failed"]


@dataclass(frozen=True, slots=True)
class FileRef:
    """One file to fetch, before its link is known."""

    item: str
    """The id of what the file belongs to (a STAC item, a job, a catalog entry...)."""
    kind: str
    """``stac-asset``, ``job``, ``task``, ``insight``, ``aoi-asset``, ``catalog``, ``order-item``
    or ``url``."""
    source: RequestFactory | None
    """Gives the request for the file (asking the API for a fresh link when called again)."""
    asset: str | None = None
    """The STAC asset key, for STAC items."""
    collection: str | None = None
    name: str | None = None
    """The file name, when known before the link is (else: the link's last path segment)."""
    error: str | None = None
    """Why this file cannot be fetched at all (it is reported as failed)."""

    @property
    def label(self) -> str:
        return f"{self.item}/{self.asset}" if self.asset else self.item


Layout = str | Callable[[FileRef, str], str]
"""Where a file goes under ``to``: a pattern with ``{item}``, ``{asset}``, ``{name}``,
``{stem}``, ``{suffix}``, ``{collection}`` and ``{kind}``, or a callable ``(ref, name) -> path``."""


@dataclass(frozen=True, slots=True)
class FileResult:
    """What happened to one file."""

    item: str
    asset: str | None
    destination: str
    """The final path (or cloud URL); empty when it could not be told."""
    status: Status
    """``done`` (downloaded now), ``skipped`` (already complete and verified) or ``failed``."""
    size: int = 0
    error: str | None = None
    """Why it failed."""
    exception: BaseException | None = field(default=None, compare=False, repr=False)
    download: DownloadResult | None = field(default=None, compare=False, repr=False)
    """The single-file result (resumed, refreshed, verified...) when the transfer ran here."""

    @property
    def ok(self) -> bool:
        return self.status != "failed"

    @property
    def label(self) -> str:
        return f"{self.item}/{self.asset}" if self.asset else self.item


class BulkDownloadError(DownloadError):
    """Some files of a bulk download failed; ``result`` holds every file's outcome."""

    def __init__(self, result: BulkResult) -> None:
        self.result = result
        self.failures = result.failed
        super().__init__(result.summary())


class BulkResult(Sequence[FileResult]):
    """One :class:`FileResult` per file, in the order the items were given, and a summary."""

    def __init__(self, files: Sequence[FileResult], elapsed: float) -> None:
        self.files = tuple(files)
        self.elapsed = elapsed
        """Seconds the whole call took."""

    @overload
    def __getitem__(self, index: int) -> FileResult: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[FileResult]: ...
    def __getitem__(self, index: int | slice) -> FileResult | Sequence[FileResult]:
        return self.files[index]

    def __len__(self) -> int:
        return len(self.files)

    def _with(self, status: Status) -> tuple[FileResult, ...]:
        return tuple(f for f in self.files if f.status == status)

    @property
    def done(self) -> tuple[FileResult, ...]:
        return self._with("done")

    @property
    def skipped(self) -> tuple[FileResult, ...]:
        return self._with("skipped")

    @property
    def failed(self) -> tuple[FileResult, ...]:
        return self._with("failed")

    @property
    def ok(self) -> bool:
        return not self.failed

    @property
    def bytes_downloaded(self) -> int:
        return sum(f.size for f in self.done)

    def summary(self) -> str:
        """One line of counts, then one line per failed file naming it and why."""
        mib = self.bytes_downloaded / (1 << 20)
        lines = [
            f"{len(self.files)} files: {len(self.done)} downloaded ({mib:.1f} MiB), "
            f"{len(self.skipped)} already complete, {len(self.failed)} failed "
            f"in {self.elapsed:.1f} s"
        ]
        lines += [
            f"  failed: {f.label}"
            + (f" -> {f.destination}" if f.destination else "")
            + f": {f.error}"
            for f in self.failed
        ]
        return "\n".join(lines)

    def raise_for_failures(self) -> BulkResult:
        """Raise :class:`BulkDownloadError` listing the failed files, if any; else ``self``."""
        if self.failed:
            raise BulkDownloadError(self)
        return self

    def __repr__(self) -> str:
        return (
            f"<BulkResult {len(self.files)} files: {len(self.done)} done, "
            f"{len(self.skipped)} skipped, {len(self.failed)} failed>"
        )


# -- where files go -----------------------------------------------------------------------------


def file_name(url: httpx.URL | str) -> str:
    """The last path segment of a link (what the file host calls the file)."""
    path = urlsplit(str(url)).path
    return unquote(path.rstrip("/").rsplit("/", 1)[-1])


def _safe(part: str) -> str:
    cleaned = part.replace("\\", "_").replace("/", "_").strip()
    return "_" if cleaned in ("", ".", "..") else cleaned


def place(layout: Layout, ref: FileRef, name: str) -> str:
    """The relative path of a file under the destination; refuses one that would leave it."""
    name = _safe(name or ref.item)
    if callable(layout):
        relative = str(layout(ref, name))
    else:
        suffix = "".join(PurePosixPath(name).suffixes)
        fields = {
            "item": _safe(ref.item),
            "asset": _safe(ref.asset or ref.kind),
            "name": name,
            "stem": name[: len(name) - len(suffix)] if suffix else name,
            "suffix": suffix,
            "collection": _safe(ref.collection or ""),
            "kind": ref.kind,
        }
        try:
            relative = layout.format(**fields)
        except (KeyError, IndexError) as error:
            raise ValueError(
                f"layout {layout!r} names {error}; use {', '.join('{' + k + '}' for k in fields)}"
            ) from None
    parts = PurePosixPath(relative.replace("\\", "/")).parts
    if not parts or relative.startswith("/") or ".." in parts:
        raise ValueError(
            f"layout gave {relative!r} for {ref.label}: not a path under the destination"
        )
    return "/".join(parts)


def _destination(to: str, relative: str) -> str:
    return join_url(to, relative) if is_cloud_url(to) else str(Path(to, relative))


# -- one file -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Settings:
    """What every file of a batch shares (picklable: it travels to executor workers)."""

    max_attempts: int = 5
    max_refreshes: int = 3
    storage_options: dict[str, Any] | None = None
    timeout: httpx.Timeout | None = None
    """Every transfer's HTTP timeout (the client's); the pool's own when not given."""


def _staging(destination: str, settings: Settings) -> Any:
    if is_cloud_url(destination):
        return CloudStaging(destination, settings.storage_options)
    path = Path(destination)
    path.parent.mkdir(parents=True, exist_ok=True)
    return PartFile(path)


def transfer_one(
    send: Callable[[httpx.Request], ResponseStream],
    source: RequestFactory,
    first: httpx.Request,
    destination: str,
    settings: Settings,
    *,
    gate: Gate,
    progress: ProgressCallback | None,
    max_refreshes: int | None = None,
) -> DownloadResult:
    return Transfer(
        send,
        source,
        destination if is_cloud_url(destination) else Path(destination),
        max_attempts=settings.max_attempts,
        max_refreshes=settings.max_refreshes if max_refreshes is None else max_refreshes,
        progress=progress,
        gate=gate,
        staging=_staging(destination, settings),
        first_request=first,
    ).run()


@dataclass(frozen=True, slots=True)
class RemoteOutcome:
    """What an executor worker sends back (picklable)."""

    result: DownloadResult | None = None
    error: str | None = None
    expired: bool = False
    throttled: str | None = None
    """The host said slow down: its ``Retry-After`` (``""`` when it gave none)."""


class _Reporting(Gate):
    """A worker's gate that does not wait: the first throttled answer goes back to the caller,
    whose gate pauses every worker (a worker's pause would only hold that one file)."""

    retry_after: str | None = None

    def throttle(self, retry_after: str | None) -> float:
        self.retry_after = retry_after or ""
        raise RetryBudgetSpent("throttled")


def transfer_remote(
    url: str, headers: dict[str, str], destination: str, settings: Settings
) -> RemoteOutcome:
    """One file on an executor's worker (a Dask worker, another process): its own pool and gate.

    The link cannot be refreshed there (the client is not shipped to workers): an expired link
    comes back as ``expired`` and the caller asks the API for a fresh one and sends the file again.
    A ``429``/``503`` comes back too, so that the caller's shared gate pauses every worker.
    """
    from ._fetch import mark_own_pool

    request = httpx.Request("GET", url, headers=headers)
    with httpx.Client(follow_redirects=True) as pool:
        mark_own_pool(pool)

        def send(outgoing: httpx.Request) -> ResponseStream:
            return open_body(pool, outgoing, "auto", timeout=settings.timeout)

        gate = _Reporting()
        try:
            result = transfer_one(
                send,
                lambda: request,
                request,
                destination,
                settings,
                gate=gate,
                progress=None,
                max_refreshes=0,
            )
        except LinkExpiredError as error:
            return RemoteOutcome(error=str(error), expired=True)
        except DownloadError as error:
            return RemoteOutcome(error=str(error), throttled=gate.retry_after)
    return RemoteOutcome(result=result)


# -- the batch ----------------------------------------------------------------------------------


class _Batch:
    def __init__(
        self,
        to: str,
        send: Callable[[httpx.Request], ResponseStream],
        *,
        layout: Layout,
        settings: Settings,
        gate: Gate,
        meter: Meter,
        executor: Executor | None,
    ) -> None:
        self.to = to
        self.send = send
        self.layout = layout
        self.settings = settings
        self.gate = gate
        self.meter = meter
        self.executor = executor
        self._claimed: set[str] = set()
        self._lock = threading.Lock()

    def _claim(self, destination: str) -> None:
        key = destination if is_cloud_url(destination) else str(Path(destination).resolve())
        with self._lock:
            if key in self._claimed:
                raise ValueError(
                    f"two files would be written to {destination}; "
                    "use a layout that tells them apart (e.g. '{item}/{asset}/{name}')"
                )
            self._claimed.add(key)

    def one(self, ref: FileRef) -> FileResult:
        destination = ""
        key = str(id(ref))  # labels can repeat; the meter counts each file on its own
        self.meter.started(key, ref.label)
        try:
            if ref.error is not None or ref.source is None:
                raise DownloadError(ref.error or "nothing to download")
            self.gate.check()
            first = ref.source()
            destination = _destination(
                self.to, place(self.layout, ref, ref.name or file_name(first.url))
            )
            self._claim(destination)
            result = (
                self._remote(ref, first, destination)
                if self.executor is not None and "authorization" not in first.headers
                else transfer_one(
                    self.send,
                    ref.source,
                    first,
                    destination,
                    self.settings,
                    gate=self.gate,
                    progress=self.meter.callback(key),
                )
            )
        except Cancelled:
            self.meter.finished(key, size=0, failed=True, skipped=False)
            raise
        except Exception as error:
            self.meter.finished(key, size=0, failed=True, skipped=False)
            return FileResult(
                ref.item,
                ref.asset,
                destination,
                "failed",
                error=str(error) or type(error).__name__,
                exception=error,
            )
        transferred = 0 if result.skipped else result.size
        self.meter.finished(
            key,
            size=result.size,
            failed=False,
            skipped=result.skipped,
            transferred=transferred if self.executor is not None else None,
        )
        return FileResult(
            ref.item,
            ref.asset,
            destination,
            "skipped" if result.skipped else "done",
            size=result.size,
            download=result,
        )

    def _remote(self, ref: FileRef, first: httpx.Request, destination: str) -> DownloadResult:
        assert self.executor is not None and ref.source is not None
        request = first
        refreshes = 0
        while True:
            self.gate.wait()
            headers = {k: v for k, v in request.headers.items() if k.lower() != "host"}
            outcome: RemoteOutcome = self.executor.submit(
                transfer_remote, str(request.url), headers, destination, self.settings
            ).result()
            if outcome.result is not None:
                return outcome.result
            if outcome.throttled is not None:
                try:
                    self.gate.throttle(outcome.throttled or None)  # every worker pauses
                except RetryBudgetSpent as error:
                    raise DownloadError(f"the host kept refusing ({error})") from None
                continue
            if not outcome.expired or refreshes >= self.settings.max_refreshes:
                raise DownloadError(outcome.error or "the transfer failed on the executor")
            refreshes += 1
            request = ref.source()


def run_bulk(
    refs: Iterable[FileRef],
    to: str | os.PathLike[str],
    send: Callable[[httpx.Request], ResponseStream],
    *,
    layout: Layout = DEFAULT_LAYOUT,
    max_concurrency: int = DEFAULT_CONCURRENCY,
    progress: BulkProgressSetting = "auto",
    raise_on_error: bool = False,
    executor: Executor | None = None,
    settings: Settings | None = None,
    gate: Gate | None = None,
) -> BulkResult:
    """Fetch every file of ``refs`` under ``to``; see ``Pixxel.download`` for the arguments."""
    if max_concurrency < 1:
        raise ValueError("max_concurrency must be at least 1")
    if not isinstance(layout, str) and not callable(layout):
        raise TypeError(f"layout must be a pattern or a callable, not {type(layout).__name__}")
    redact_http_logs()
    started = time.monotonic()
    target = os.fspath(to)
    gate = gate or Gate(retries=50)
    meter = Meter(progress)
    batch = _Batch(
        target,
        send,
        layout=layout,
        settings=settings or Settings(),
        gate=gate,
        meter=meter,
        executor=executor,
    )
    results: list[FileResult | None] = []
    with meter, ThreadPoolExecutor(max_concurrency, thread_name_prefix="pixxel-bulk") as pool:
        pending: dict[Future[FileResult], int] = {}

        def collect(block: bool) -> None:
            finished, _ = wait(pending, return_when=FIRST_COMPLETED, timeout=None if block else 0)
            for future in finished:
                results[pending.pop(future)] = future.result()

        try:
            for ref in refs:
                meter.add_file()
                while len(pending) >= 2 * max_concurrency:
                    collect(block=True)
                results.append(None)
                pending[pool.submit(batch.one, ref)] = len(results) - 1
            meter.listing_done()
            while pending:
                collect(block=True)
        except BaseException:
            gate.cancel()  # Ctrl-C or a bad item: every worker stops at its next chunk
            for future in pending:
                future.cancel()
            raise
    result = BulkResult([r for r in results if r is not None], time.monotonic() - started)
    return result.raise_for_failures() if raise_on_error else result


def pool_sender(
    pool: Pool,
    engine: Engine = "auto",
    loop: asyncio.AbstractEventLoop | None = None,
    timeout: httpx.Timeout | None = None,
) -> Callable[[httpx.Request], ResponseStream]:
    """How transfers send through the client's pool (an ``AsyncClient`` needs its loop), each
    request with ``timeout`` (the client's) unless it carries its own."""

    def send(request: httpx.Request) -> ResponseStream:
        return open_body(pool, request, engine, loop, timeout)

    return send
