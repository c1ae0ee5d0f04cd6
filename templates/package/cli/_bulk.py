"""Bulk downloads from a pipe: ``pixxel archives download -`` and ``pixxel download -``.

They read records from stdin (or a file), one per line, as ``--ndjson`` prints them: a JSON object
(a STAC item, a catalog entry, an order, a job...), or a bare id or URL. Downloads start while the
input is still arriving, so ``pixxel archives search ... --ndjson | pixxel archives download -``
streams. Progress goes to stderr, then a summary naming every file that failed; the exit code is
1 when any failed. Running the same command again transfers only what is missing.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import Annotated, Any, Optional

import typer

from .._runtime._bulk import DEFAULT_CONCURRENCY, DEFAULT_LAYOUT, BulkResult, FileRef
from ._execute import FAILED, UsageError, _errors
from ._session import Session

__all__ = ["register"]

Source = Annotated[
    str,
    typer.Argument(
        metavar="SOURCE",
        help="NDJSON records, ids or URLs, one per line: - for stdin (default), or a file.",
    ),
]
To = Annotated[
    str,
    typer.Option(
        "--to", help="Folder, or cloud URL (s3://bucket/prefix, gs://..., az://...).", show_default=False
    ),
]
Assets = Annotated[
    Optional[list[str]],
    typer.Option(
        "--assets",
        help="STAC asset keys to fetch, comma-separated or repeated (default: the data assets).",
        show_default=False,
    ),
]
Collection = Annotated[
    Optional[str],
    typer.Option("--collection", help="The collection of archive items given by id.", show_default=False),
]
Layout = Annotated[
    str,
    typer.Option(
        "--layout",
        help="Path of each file under --to: {item}, {asset}, {name}, {stem}, {suffix}, {collection}, {kind}.",
    ),
]
Concurrency = Annotated[int, typer.Option("--concurrency", "-j", help="Files transferred at once.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar (the summary stays).")]
Ndjson = Annotated[
    bool, typer.Option("--ndjson", help="Print one JSON line per file (item, asset, destination, status, size, error).")
]
StorageOptions = Annotated[
    Optional[str],
    typer.Option(
        "--storage-options",
        help="JSON object of fsspec options for a cloud --to (e.g. an endpoint_url).",
        show_default=False,
    ),
]


def register(app: typer.Typer) -> None:
    """Add the bulk ``download`` commands to the generated app."""
    groups = {info.name: info.typer_instance for info in app.registered_groups}
    archives = groups.get("archives")
    if archives is not None:
        archives.command(
            "download",
            help="Download the assets of archive items read from stdin (NDJSON items or ids).",
        )(download_records)
    app.command(
        "download",
        help="Download every file of the records read from stdin: STAC items, catalog entries, "
        "orders, order items, jobs, task and insight downloads, AOI assets, or URLs.",
    )(download_records)


def download_records(
    ctx: typer.Context,
    source: Source = "-",
    to: To = ".",
    assets: Assets = None,
    collection: Collection = None,
    layout: Layout = DEFAULT_LAYOUT,
    concurrency: Concurrency = DEFAULT_CONCURRENCY,
    quiet: Quiet = False,
    ndjson: Ndjson = False,
    storage_options: StorageOptions = None,
) -> None:
    _run(ctx, source, to, assets, collection, layout, concurrency, quiet, ndjson, storage_options)


def _run(
    ctx: typer.Context,
    source: str,
    to: str,
    assets: list[str] | None,
    collection: str | None,
    layout: str,
    concurrency: int,
    quiet: bool,
    ndjson: bool,
    storage_options: str | None,
) -> None:
    session: Session = ctx.obj
    result: BulkResult | None = None
    try:
        with _errors():
            if concurrency < 1:
                raise UsageError("--concurrency must be at least 1")
            options = _storage_options(storage_options)
            keys = [k.strip() for value in assets or [] for k in value.split(",") if k.strip()]
            result = session.client.download(
                _records(source),
                to,
                assets=keys or None,
                collection=collection,
                layout=layout,
                max_concurrency=concurrency,
                progress=not quiet,
                storage_options=options,
            )
    finally:
        session.close()
    assert result is not None  # _errors() exits otherwise
    if ndjson:
        for f in result:
            line = {
                "item": f.item,
                "asset": f.asset,
                "destination": f.destination,
                "status": f.status,
                "size": f.size,
                "error": f.error,
            }
            print(json.dumps(line))
    print(result.summary(), file=sys.stderr)
    if result.failed:
        raise typer.Exit(FAILED)


def _storage_options(text: str | None) -> dict[str, Any] | None:
    if text is None:
        return None
    try:
        options = json.loads(text)
    except json.JSONDecodeError as error:
        raise UsageError(f"--storage-options is not JSON: {error}") from None
    if not isinstance(options, dict):
        raise UsageError("--storage-options must be a JSON object")
    return options


def _records(source: str) -> Iterator[Any]:
    """The records of the input, read lazily; a line that is not JSON fails alone."""
    stream = sys.stdin if source == "-" else open(source, encoding="utf-8")  # noqa: SIM115
    try:
        for number, line in enumerate(stream, 1):
            text = line.strip()
            if not text:
                continue
            if not text.startswith(("{", "[", '"')):
                yield text  # an id or a URL
                continue
            try:
                value = json.loads(text)
            except json.JSONDecodeError as error:
                where = "stdin" if source == "-" else source
                yield FileRef(f"{where} line {number}", "unknown", None, error=f"not JSON: {error}")
                continue
            if isinstance(value, list):
                yield from value
            else:
                yield value
    finally:
        if stream is not sys.stdin:
            stream.close()
