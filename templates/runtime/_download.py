"""Download large files (signed URLs, reports) to disk: streamed, resumable, verified.

- Every request goes through the client's connection pool (see ``_fetch``).
- Streams to ``<name>.part`` with constant memory and renames only when the size (and the
  checksum, when the host vouches for one: ``_integrity``) checks out: never a truncated file, or a
  file stitched from two versions, under the final name (``_transfer``).
- One download per destination at a time (``_partfile``).

This module is the public face: it turns arguments into a :class:`~._transfer.Transfer`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Coroutine, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    import asyncio

from ._fetch import Engine, Pool, ResponseStream, mark_own_pool, open_body
from ._logging import redact_http_logs
from ._naming import operation_label
from ._options import resolve_timeout
from ._progress import ProgressCallback, ProgressSetting, progress_callback
from ._transfer import DownloadError, DownloadResult, RequestFactory, Transfer

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

DEFAULT_ENGINE: Engine = "auto"

AsyncRequestFactory = Callable[[], Coroutine[Any, Any, httpx.Request]]


def _run(
    pool: Pool,
    source: RequestFactory,
    destination: str | os.PathLike[str],
    *,
    progress: ProgressSetting,
    max_attempts: int,
    max_refreshes: int,
    engine: Engine | None,
    timeout: httpx.Timeout | None = None,
    loop: asyncio.AbstractEventLoop | None = None,
) -> DownloadResult:
    redact_http_logs()
    path = Path(destination)
    if path.is_dir():
        raise IsADirectoryError(f"{path} is a directory; give the file's path")
    path.parent.mkdir(parents=True, exist_ok=True)
    chosen = engine or DEFAULT_ENGINE

    def send(request: httpx.Request) -> ResponseStream:
        return open_body(pool, request, chosen, loop, timeout)

    with progress_callback(progress, path.name) as callback:
        return Transfer(
            send,
            source,
            path,
            max_attempts=max_attempts,
            max_refreshes=max_refreshes,
            progress=callback,
        ).run()


def download_file(
    http: httpx.Client,
    source: RequestFactory,
    destination: str | os.PathLike[str],
    *,
    progress: ProgressSetting = None,
    max_attempts: int = 5,
    max_refreshes: int = 3,
    engine: Engine | None = None,
    timeout: httpx.Timeout | None = None,
) -> DownloadResult:
    """Download what ``source()`` points at into ``destination``.

    Args:
        http: The connection pool to send through (the client's ``http``): its proxy,
            certificates and transport apply to the download.
        source: Builds the request for the file; called again when a signed URL has expired.
        destination: The final path; the data goes to ``<destination>.part`` until verified, and
            ``<destination>.pixxel.json`` records which version of the file it is.
        progress: ``True`` for a progress bar (needs ``rich``), a ``rich.progress.Progress`` to
            add a task to, or a callback ``(downloaded_bytes, total_bytes_or_None)``.
        max_attempts: Interrupted transfers are resumed (or restarted) up to this many times.
        max_refreshes: How many fresh URLs to ask for when one has expired.
        engine: ``"auto"`` reads signed URLs with ``http.client`` (faster) when ``http`` is a
            pool the SDK created and nothing in the environment asks for a proxy or other
            certificates; everything else goes through ``http``. ``"httpx"``/``"stdlib"`` force one.
        timeout: The HTTP timeout of every request of the transfer (the client's ``timeout``);
            ``http``'s own timeout when not given. A host that stalls longer than the read
            timeout ends the attempt, and the next attempt resumes where it stopped.

    Raises:
        DownloadError: The transfer failed, the checksum did not match, or another download is
            writing the same destination.
        APIStatusError: The API itself refused the request (a bad key gives
            ``PermissionDeniedError`` at once).
    """
    return _run(
        http,
        source,
        destination,
        progress=progress,
        max_attempts=max_attempts,
        max_refreshes=max_refreshes,
        engine=engine,
        timeout=timeout,
    )


def download_many(
    http: httpx.Client,
    jobs: Iterable[tuple[RequestFactory, str | os.PathLike[str]]],
    *,
    max_concurrency: int = 4,
    progress: ProgressSetting = None,
    timeout: httpx.Timeout | float | None = None,
) -> Sequence[DownloadResult]:
    """Advanced: download several files given as request factories, ``max_concurrency`` at a time.

    Most code wants ``client.download(items, to=...)`` instead: it takes search results, orders,
    jobs... as they are, shares one retry budget, reports per file and does not stop at the
    first failure. This one raises at the first failed file, in order of ``jobs``.

    ``timeout`` (seconds or an ``httpx.Timeout``) governs every request; ``http``'s own when not
    given.
    """
    from concurrent.futures import ThreadPoolExecutor  # loaded by the first batch

    if max_concurrency < 1:
        raise ValueError("max_concurrency must be at least 1")
    jobs = list(jobs)
    _refuse_shared_destinations(destination for _, destination in jobs)
    with ThreadPoolExecutor(
        max_workers=max_concurrency, thread_name_prefix="pixxel-download"
    ) as pool:
        futures = [
            pool.submit(
                download_file, http, source, dest, progress=progress, timeout=_timeout(timeout)
            )
            for source, dest in jobs
        ]
        return [future.result() for future in futures]


def _refuse_shared_destinations(destinations: Iterable[str | os.PathLike[str]]) -> None:
    seen: set[Path] = set()
    for destination in destinations:
        path = Path(destination).resolve()
        if path in seen:
            raise ValueError(f"two downloads write to {path}; give each its own destination")
        seen.add(path)


def signed_url_request(result: Any, field: str, operation_id: str) -> httpx.Request:
    """The GET for the signed URL in ``result.<field>``. No API key goes to the storage host."""
    url = getattr(result, field, None)
    if not url:
        status = getattr(result, "status", None)
        raise DownloadError(
            f"{operation_label(operation_id)} returned no {field} (status {status!r}); "
            "the file is not ready"
        )
    return httpx.Request("GET", str(url))


async def download_file_async(
    source: AsyncRequestFactory,
    destination: str | os.PathLike[str],
    *,
    progress: ProgressSetting = None,
    max_attempts: int = 5,
    max_refreshes: int = 3,
    http: httpx.AsyncClient | None = None,
    engine: Engine | None = None,
    timeout: httpx.Timeout | None = None,
) -> DownloadResult:
    """:func:`download_file` for asyncio.

    File writes block, so the transfer runs in a worker thread; its requests still go through
    ``http`` (the client's pool) on the caller's event loop, as do the calls for fresh URLs.
    Without ``http``, a pool is opened for this download and closed after it.
    """
    if http is None:
        async with _own_async_pool() as own:
            return await download_file_async(
                source,
                destination,
                progress=progress,
                max_attempts=max_attempts,
                max_refreshes=max_refreshes,
                http=own,
                engine=engine,
                timeout=timeout,
            )
    import asyncio  # here, not at the top: `import pixxel` stays free of asyncio

    loop = asyncio.get_running_loop()

    def sync_source() -> httpx.Request:
        return asyncio.run_coroutine_threadsafe(source(), loop).result()

    return await asyncio.to_thread(
        _run,
        http,
        sync_source,
        destination,
        progress=progress,
        max_attempts=max_attempts,
        max_refreshes=max_refreshes,
        engine=engine,
        timeout=timeout,
        loop=loop,
    )


def _timeout(value: httpx.Timeout | float | None) -> httpx.Timeout | None:
    return None if value is None else resolve_timeout(value)


def _own_async_pool() -> httpx.AsyncClient:
    pool = httpx.AsyncClient(follow_redirects=True)
    mark_own_pool(pool)
    return pool


async def download_many_async(
    jobs: Iterable[tuple[AsyncRequestFactory, str | os.PathLike[str]]],
    *,
    max_concurrency: int = 4,
    progress: ProgressSetting = None,
    http: httpx.AsyncClient | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> Sequence[DownloadResult]:
    """Asyncio twin of :func:`download_many`: at most ``max_concurrency`` transfers at a time.

    ``http`` is the pool to send through (the client's); without it one is opened for the batch.
    ``timeout`` governs every request (``http``'s own when not given).
    """
    if max_concurrency < 1:
        raise ValueError("max_concurrency must be at least 1")
    jobs = list(jobs)
    _refuse_shared_destinations(destination for _, destination in jobs)
    if http is None:
        async with _own_async_pool() as own:
            return await download_many_async(
                jobs, max_concurrency=max_concurrency, progress=progress, http=own, timeout=timeout
            )
    import asyncio  # here, not at the top: `import pixxel` stays free of asyncio

    slots = asyncio.Semaphore(max_concurrency)

    async def one(
        source: AsyncRequestFactory, destination: str | os.PathLike[str]
    ) -> DownloadResult:
        async with slots:
            return await download_file_async(
                source, destination, progress=progress, http=http, timeout=_timeout(timeout)
            )

    return await asyncio.gather(*(one(source, destination) for source, destination in jobs))
