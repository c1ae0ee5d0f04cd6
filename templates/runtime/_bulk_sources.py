"""What users hold after a search or an order, turned into files to fetch (:class:`FileRef`).

Each kind of record knows how to ask the API for its file's link, and asks again when a link
expires:

============================  ===================================================================
record                        the file(s)
============================  ===================================================================
STAC item (archives search,   each chosen asset's ``href``; a fresh one from ``archives.get_item``
pystac.Item, dict)
``Job`` / ``JobDownload``     the job's package (``jobs.wait_for_download``)
``TaskDownload``              the task's package (``tasks.wait_for_download``)
``Insight``                   the insight's package (``insights.wait_for_download``)
``Asset`` (of an AOI)         an asset download (``downloads.create`` then ``downloads.wait``)
``Catalog``                   a catalog download by catalog id (``catalog.create_download``)
``OrderItem``, ``Order``      a catalog download by order-item id, for each item of an order
``"https://..."``             the URL itself (no refresh)
============================  ===================================================================

Records can be models of this client or plain dicts with the same fields (NDJSON lines from the
command line): a dict is recognised by its fields.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

import httpx

from ._bulk import FileRef, file_name
from ._download import signed_url_request

__all__ = ["Call", "refs_for"]

Call = Callable[[Any], Any]
"""Turns what a resource method returned into its value (awaits a coroutine for async clients)."""

_LISTS: dict[str, str | None] = {
    "features": None,
    "catalogs": "Catalog",
    "order_items": "OrderItem",
    "insights": "Insight",
    "jobs": "Job",
}


def _data(record: Any) -> Any:
    if isinstance(record, dict | str):
        return record
    to_dict = getattr(record, "to_dict", None)  # models of this client, pystac objects
    return to_dict() if callable(to_dict) else record


def flatten(items: Any) -> Iterator[tuple[str | None, Any]]:
    """(class name, record) for each record in ``items`` (pages and orders opened up)."""
    if isinstance(items, str | dict) or hasattr(items, "to_dict"):
        kind = None if isinstance(items, str | dict) else type(items).__name__
        data = _data(items)
        if isinstance(data, dict):
            for name, hint in _LISTS.items():  # a page, or an order and its items
                inner = data.get(name)
                if isinstance(inner, list):
                    for entry in inner:
                        yield hint, entry
                    return
            if isinstance(data.get("assets"), list):  # a page of an AOI's assets
                for entry in data["assets"]:
                    yield "Asset", entry
                return
        yield kind, data
        return
    try:
        entries = iter(items)
    except TypeError:
        yield None, items  # refused, with its type named, by the kinds below
        return
    for entry in entries:
        yield from flatten(entry)


def refs_for(
    client: Any,
    items: Any,
    call: Call,
    *,
    assets: Sequence[str] | None = None,
    collection: str | None = None,
    wait_timeout: float | None = None,
) -> Iterator[FileRef]:
    """The files of ``items`` (lazily: a search's pages are read as the downloads go)."""
    if isinstance(assets, str):
        assets = [assets]
    waits = {} if wait_timeout is None else {"timeout": wait_timeout}
    kinds = _Kinds(client, call, assets, collection, waits)
    for hint, record in flatten(items):
        if isinstance(record, FileRef):  # already a file (or a failure found by the caller)
            yield record
            continue
        try:
            yield from kinds.refs(hint, record)
        except Exception as error:  # one bad record never stops the others
            yield FileRef(
                item=_id(record) or repr(record)[:60], kind="unknown", source=None, error=str(error)
            )


def _need(record: dict[str, Any], kind: str, *fields: str) -> tuple[str, ...]:
    """The fields a kind of record needs to name its file, or a clear error."""
    missing = [f for f in fields if record.get(f) in (None, "")]
    if missing:
        raise ValueError(
            f"{kind} {record.get('id')} has no {', '.join(missing)}: cannot ask for its file"
        )
    return tuple(str(record[f]) for f in fields)


def _id(record: Any) -> str | None:
    value = record.get("id") if isinstance(record, dict) else None
    return str(value) if value is not None else None


class _Kinds:
    def __init__(
        self,
        client: Any,
        call: Call,
        assets: Sequence[str] | None,
        collection: str | None,
        waits: dict[str, Any],
    ) -> None:
        self.client = client
        self.call = call
        self.assets = assets
        self.collection = collection
        self.waits = waits

    def refs(self, hint: str | None, record: Any) -> Iterator[FileRef]:
        if isinstance(record, str):
            yield from self._string(record)
            return
        if not isinstance(record, dict) or record.get("id") is None:
            raise TypeError(
                f"cannot tell what to download from {type(record).__name__}: {record!r:.80}"
            )
        kind = kind_for_class(hint) or _kind_of(record)
        maker = getattr(self, "_" + kind.lower(), None)
        if maker is None:
            raise TypeError(f"cannot tell what to download from {record!r:.80}")
        yield from maker(record)

    # -- the kinds ----------------------------------------------------------------------------

    def _string(self, text: str) -> Iterator[FileRef]:
        text = text.strip()
        if text.startswith(("http://", "https://")):
            name = file_name(text)
            yield FileRef(
                item=name.split(".", 1)[0] or "file",
                kind="url",
                source=lambda: httpx.Request("GET", text),
                name=name,
            )
            return
        if self.collection is None:
            raise ValueError(
                f"{text!r} is an id: pass the records themselves, or the collection of archive "
                "items (collection=... / --collection)"
            )
        item = self.call(self.client.archives.get_item(self.collection, text))
        yield from self._stacitem(_data(item))

    def _stacitem(self, record: dict[str, Any]) -> Iterator[FileRef]:
        item_id = str(record["id"])
        collection = record.get("collection") or self.collection
        available: dict[str, Any] = record.get("assets") or {}
        keys = list(self.assets) if self.assets is not None else _data_assets(available)
        for key in keys:
            asset = available.get(key)
            if not isinstance(asset, dict) or not asset.get("href"):
                yield FileRef(
                    item_id,
                    "stac-asset",
                    None,
                    asset=key,
                    collection=collection,
                    error=f"item {item_id} has no asset {key!r} (it has: {', '.join(available) or 'none'})",
                )
                continue
            yield FileRef(
                item_id,
                "stac-asset",
                self._asset_link(item_id, collection, key, str(asset["href"])),
                asset=key,
                collection=collection,
                name=file_name(str(asset["href"])),
            )

    def _asset_link(
        self, item_id: str, collection: str | None, key: str, href: str
    ) -> Callable[[], httpx.Request]:
        links: list[str] = []  # every link handed out, the latest last

        def source() -> httpx.Request:
            if links and collection:  # asked again: the link expired, get a fresh one
                fresh = _data(self.call(self.client.archives.get_item(collection, item_id)))
                asset = (fresh.get("assets") or {}).get(key) or {}
                links.append(str(asset.get("href") or href))
            elif not links:
                links.append(href)
            return httpx.Request("GET", links[-1])

        return source

    def _catalog(self, record: dict[str, Any]) -> Iterator[FileRef]:
        yield self._catalog_download(
            str(record["id"]), "catalog", catalog_ids=[str(record["id"])], order_item_ids=[]
        )

    def _orderitem(self, record: dict[str, Any]) -> Iterator[FileRef]:
        yield self._catalog_download(
            str(record["id"]), "order-item", catalog_ids=[], order_item_ids=[str(record["id"])]
        )

    def _catalog_download(self, item_id: str, kind: str, **names: list[str]) -> FileRef:
        catalog = self.client.catalog
        created: list[str] = []

        def source() -> httpx.Request:
            if not created:  # one download resource per file, asked for once
                created.append(str(self.call(catalog.create_download(**names)).id))
            ready = self.call(catalog.wait_for_download(created[0], **self.waits))
            return signed_url_request(ready, "signed_url", "getCatalogDownload")

        return FileRef(item_id, kind, source)

    def _prepared(self, resource: Any, ids: tuple[str, ...], operation: str, kind: str) -> FileRef:
        """A file the API prepares: waited for with ``resource.wait_for_download(*ids)``, then
        fetched from its signed link; the last id names it."""

        def source() -> httpx.Request:
            ready = self.call(resource.wait_for_download(*ids, **self.waits))
            return signed_url_request(ready, "signed_url", operation)

        return FileRef(ids[-1], kind, source)

    def _job(self, record: dict[str, Any]) -> Iterator[FileRef]:
        ids = _need(record, "job", "workflow_id", "id")
        yield self._prepared(self.client.jobs, ids, "downloadJob", "job")

    def _task(self, record: dict[str, Any]) -> Iterator[FileRef]:
        ids = _need(record, "task download", "workflow_id", "job_id", "id")
        yield self._prepared(self.client.tasks, ids, "downloadTask", "task")

    def _insight(self, record: dict[str, Any]) -> Iterator[FileRef]:
        ids = _need(record, "insight", "aoi_id", "id")
        yield self._prepared(self.client.insights, ids, "downloadInsights", "insight")

    def _asset(self, record: dict[str, Any]) -> Iterator[FileRef]:
        aoi_id, asset_id = _need(record, "asset", "aoi_id", "id")
        downloads = self.client.downloads
        created: list[str] = []

        def source() -> httpx.Request:
            if not created:
                made = self.call(downloads.create(aoi_id, asset_ids=[asset_id]))
                created.append(str(made.download_id))
            ready = self.call(downloads.wait(aoi_id, created[0], **self.waits))
            return signed_url_request(ready, "signed_url", "getAssetDownload")

        yield FileRef(asset_id, "aoi-asset", source)


_CLASS_KINDS = {
    "StacItem": "StacItem",
    "Item": "StacItem",  # pystac
    "Catalog": "Catalog",
    "OrderItem": "OrderItem",
    "Job": "Job",
    "JobDownload": "Job",
    "TaskDownload": "Task",
    "Insight": "Insight",
    "Asset": "Asset",
}


def _kind_of(record: dict[str, Any]) -> str:
    """The kind of a plain record, by its fields."""
    if isinstance(record.get("assets"), dict):
        return "StacItem"
    if "details" in record or "delivery_status" in record:
        return "Catalog"
    if "workflow_id" in record and "job_id" in record:
        return "Task"
    if "workflow_id" in record:
        return "Job"
    if "order_id" in record:
        return "OrderItem"
    if "aoi_id" in record and any(k in record for k in ("asset_type", "path", "band_list")):
        return "Asset"
    if "aoi_id" in record:
        return "Insight"
    return "unknown"


def kind_for_class(name: str | None) -> str | None:
    return _CLASS_KINDS.get(name) if name else None


def _data_assets(assets: dict[str, Any]) -> list[str]:
    """Without ``assets=``: the assets with the role ``data``, or all when none has roles."""
    with_roles = [k for k, a in assets.items() if isinstance(a, dict) and a.get("roles")]
    if not with_roles:
        return list(assets)
    return [k for k in with_roles if "data" in (assets[k].get("roles") or [])]
