"""``Pixxel.download`` and ``AsyncPixxel.download``: many files from what a search or order gave.

The arguments are documented on ``Pixxel.download`` (templates/package/_client.py.jinja).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from concurrent.futures import Executor
from typing import Any

from ._bulk import (
    DEFAULT_CONCURRENCY,
    DEFAULT_LAYOUT,
    BulkResult,
    Layout,
    Settings,
    pool_sender,
    run_bulk,
)
from ._bulk_progress import BulkProgressSetting
from ._bulk_sources import refs_for
from ._gate import Gate

__all__ = ["download_async", "download_sync"]


def _settings(storage_options: dict[str, Any] | None, max_attempts: int) -> Settings:
    return Settings(max_attempts=max_attempts, storage_options=storage_options)


def download_sync(
    client: Any,
    items: Any,
    to: str | os.PathLike[str],
    *,
    assets: Sequence[str] | None = None,
    layout: Layout = DEFAULT_LAYOUT,
    max_concurrency: int = DEFAULT_CONCURRENCY,
    progress: BulkProgressSetting = "auto",
    raise_on_error: bool = False,
    executor: Executor | None = None,
    collection: str | None = None,
    wait_timeout: float | None = None,
    storage_options: dict[str, Any] | None = None,
    max_attempts: int = 5,
    max_retries: int = 50,
) -> BulkResult:
    refs = refs_for(
        client,
        items,
        lambda value: value,
        assets=assets,
        collection=collection,
        wait_timeout=wait_timeout,
    )
    return run_bulk(
        refs,
        to,
        pool_sender(client.http),
        layout=layout,
        max_concurrency=max_concurrency,
        progress=progress,
        raise_on_error=raise_on_error,
        executor=executor,
        settings=_settings(storage_options, max_attempts),
        gate=Gate(retries=max_retries),
    )


async def download_async(
    client: Any,
    items: Any,
    to: str | os.PathLike[str],
    *,
    assets: Sequence[str] | None = None,
    layout: Layout = DEFAULT_LAYOUT,
    max_concurrency: int = DEFAULT_CONCURRENCY,
    progress: BulkProgressSetting = "auto",
    raise_on_error: bool = False,
    executor: Executor | None = None,
    collection: str | None = None,
    wait_timeout: float | None = None,
    storage_options: dict[str, Any] | None = None,
    max_attempts: int = 5,
    max_retries: int = 50,
) -> BulkResult:
    import asyncio  # here, not at the top: `import pixxel` stays free of asyncio

    loop = asyncio.get_running_loop()

    def call(value: Any) -> Any:
        if asyncio.iscoroutine(value):
            return asyncio.run_coroutine_threadsafe(value, loop).result()
        return value

    if hasattr(items, "__aiter__"):  # an async search: read it here, on the loop
        items = [item async for item in items]
    refs = refs_for(
        client, items, call, assets=assets, collection=collection, wait_timeout=wait_timeout
    )
    gate = Gate(retries=max_retries)
    work = asyncio.ensure_future(
        asyncio.to_thread(
            run_bulk,
            refs,
            to,
            pool_sender(client.http, loop=loop),
            layout=layout,
            max_concurrency=max_concurrency,
            progress=progress,
            raise_on_error=raise_on_error,
            executor=executor,
            settings=_settings(storage_options, max_attempts),
            gate=gate,
        )
    )
    try:
        return await asyncio.shield(work)
    except asyncio.CancelledError:
        gate.cancel()  # the workers stop at their next chunk, keeping resumable parts
        with contextlib.suppress(Exception):
            await work
        raise
