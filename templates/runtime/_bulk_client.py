"""``Pixxel.download`` and ``AsyncPixxel.download``: many files from what a search or order gave.

The arguments are documented on ``Pixxel.download`` (templates/package/_client.py.jinja).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Sequence
from typing import Any

import httpx

from ._bulk import BulkResult, Settings, pool_sender, run_bulk
from ._bulk_sources import Call, refs_for
from ._fetch import ResponseStream
from ._gate import Gate

__all__ = ["download_async", "download_sync"]


def _run(
    client: Any,
    items: Any,
    to: str | os.PathLike[str],
    call: Call,
    send: Callable[[httpx.Request], ResponseStream],
    gate: Gate,
    *,
    assets: Sequence[str] | None = None,
    collection: str | None = None,
    wait_timeout: float | None = None,
    storage_options: dict[str, Any] | None = None,
    max_attempts: int = 5,
    max_retries: int = 50,
    **options: Any,
) -> BulkResult:
    """The records turned into files, and the files fetched (``options``: :func:`run_bulk`'s)."""
    del max_retries  # already spent on the gate
    refs = refs_for(
        client, items, call, assets=assets, collection=collection, wait_timeout=wait_timeout
    )
    settings = Settings(
        max_attempts=max_attempts, storage_options=storage_options, timeout=client.timeout
    )
    return run_bulk(refs, to, send, settings=settings, gate=gate, **options)


def download_sync(
    client: Any, items: Any, to: str | os.PathLike[str], **options: Any
) -> BulkResult:
    """``Pixxel.download``."""
    gate = Gate(retries=options.get("max_retries", 50))
    return _run(
        client,
        items,
        to,
        lambda value: value,
        pool_sender(client.http, timeout=client.timeout),
        gate,
        **options,
    )


async def download_async(
    client: Any, items: Any, to: str | os.PathLike[str], **options: Any
) -> BulkResult:
    """``AsyncPixxel.download``: the transfers run in a worker thread, the API calls on the loop."""
    import asyncio  # here, not at the top: `import pixxel` stays free of asyncio

    loop = asyncio.get_running_loop()

    def call(value: Any) -> Any:
        if asyncio.iscoroutine(value):
            return asyncio.run_coroutine_threadsafe(value, loop).result()
        return value

    if hasattr(items, "__aiter__"):  # an async search: read it here, on the loop
        items = [item async for item in items]
    gate = Gate(retries=options.get("max_retries", 50))
    send = pool_sender(client.http, loop=loop, timeout=client.timeout)
    work = asyncio.ensure_future(
        asyncio.to_thread(_run, client, items, to, call, send, gate, **options)
    )
    try:
        return await asyncio.shield(work)
    except asyncio.CancelledError:
        gate.cancel()  # the workers stop at their next chunk, keeping resumable parts
        with contextlib.suppress(Exception):
            await work
        raise
