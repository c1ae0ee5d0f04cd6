"""Signed asset links that keep working on every Dask worker, and GDAL set up for remote COGs.

A cube's tasks carry the links as the API gave them. The odc-stac reader driver here reads
through the freshest link this process knows; when the storage host refuses one (expired: an
HTTP 400/401/403), it fetches the item again through the API, in whichever process hit the
error, and retries with the new links. One API call refreshes every asset of that item, and
threads reading the same item wait for that one call instead of each making their own.

The API key goes to the API only (in its ``Authorization`` header, as every call): never into a
link, a log line or an error. It travels to worker processes inside the task graph, so that they
can ask for fresh links; its ``repr`` is redacted.

Needs the ``xarray`` extra (odc-stac, rasterio).
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import rasterio.errors
from odc.loader import _rio as odc_rio
from odc.loader._reader import resolve_band_query
from odc.loader._rio import RioDriver, RioReader, capture_rio_env, rio_env, rio_read

from ._redact import REDACTED, redact_url
from ._xarray import ApiRefetch

__all__ = ["GDAL_REMOTE_DEFAULTS", "LinkRefresher", "PixxelReaderDriver"]

GDAL_REMOTE_DEFAULTS: dict[str, Any] = {
    # No directory listing next to each file (a signed link has no readable "directory").
    "GDAL_DISABLE_READDIR_ON_OPEN": "EMPTY_DIR",
    # The header and the first tile directory in one request.
    "GDAL_INGESTED_BYTES_AT_OPEN": "65536",
    # Several tiles of a window in one request, neighbouring ranges merged.
    "GDAL_HTTP_MULTIRANGE": "YES",
    "GDAL_HTTP_MERGE_CONSECUTIVE_RANGES": "YES",
    # Read each byte once: tiles of several bands of a window come from one cache.
    "VSI_CACHE": "TRUE",
    "VSI_CACHE_SIZE": str(64 * 1024 * 1024),
    "GDAL_HTTP_MAX_RETRY": "5",
    "GDAL_HTTP_RETRY_DELAY": "0.5",
}
"""GDAL configuration for reading cloud-optimised GeoTIFFs over HTTP, set for every read."""

MAX_REFRESHES = 3
"""How many times one read fetches fresh links before it gives up."""

# What GDAL says when the storage host refuses a link (expired or bad signature).
_REFUSED = re.compile(r"HTTP response code: (400|401|403)|expired|Access Denied", re.I)


class _Secret:
    """An API key that does not show itself in a repr, a log or a traceback."""

    __slots__ = ("value",)

    def __init__(self, value: str) -> None:
        self.value = value

    def __repr__(self) -> str:
        return REDACTED

    def __reduce__(self) -> tuple[Any, ...]:
        return (_Secret, (self.value,))


@dataclass(slots=True)
class _ItemLinks:
    refetch: ApiRefetch
    originals: dict[str, str]  # asset key -> link as first given


_CLIENTS: dict[tuple[Any, ...], Any] = {}
_FRESH: dict[str, str] = {}  # link as first given -> freshest link this process has
_LOCK = threading.Lock()


@dataclass
class LinkRefresher:
    """The assets whose links can be fetched again, and the client settings to do it with.

    Pickled into the task graph: what each process learns (fresh links, its own client) stays in
    that process.
    """

    client_type: type
    base_url: str
    api_key: _Secret
    items: list[_ItemLinks] = field(default_factory=list)
    _by_link: dict[str, _ItemLinks] = field(default_factory=dict, repr=False)

    @classmethod
    def for_client(cls, client: Any) -> LinkRefresher:
        options = getattr(client, "_options", None)
        if options is None or not hasattr(client, "archives"):
            raise TypeError(f"client= takes a pixxel.Pixxel client, got {type(client).__name__}")
        if hasattr(client, "__aenter__"):
            raise TypeError(
                "client= takes the sync pixxel.Pixxel client (the cube reads in threads)"
            )
        return cls(type(client), client.base_url, _Secret(options.api_key))

    def add(self, refetch: ApiRefetch, assets: Mapping[str, Any]) -> None:
        links = {
            key: str(asset["href"])
            for key, asset in assets.items()
            if isinstance(asset, Mapping) and asset.get("href")
        }
        entry = _ItemLinks(refetch, links)
        self.items.append(entry)
        for link in links.values():
            self._by_link[link] = entry

    def __getstate__(self) -> dict[str, Any]:
        return {
            "client_type": self.client_type,
            "base_url": self.base_url,
            "api_key": self.api_key,
            "items": self.items,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(**state)  # type: ignore[misc]
        for entry in self.items:
            for link in entry.originals.values():
                self._by_link[link] = entry

    def current(self, link: str) -> str:
        """The freshest link known in this process for ``link`` (the link as first given)."""
        return _FRESH.get(link, link)

    def can_refresh(self, link: str) -> bool:
        return link in self._by_link

    def refresh(self, link: str, stale: str) -> str:
        """Fetch the item of ``link`` again (unless another thread just did) and return the
        asset's new link."""
        entry = self._by_link[link]
        with _LOCK:
            if _FRESH.get(link, link) != stale:
                return _FRESH[link]  # another thread refreshed it while this one waited
            fresh = self._fetch_assets(entry.refetch)
            for key, original in entry.originals.items():
                asset = fresh.get(key)
                if isinstance(asset, Mapping) and asset.get("href"):
                    _FRESH[original] = str(asset["href"])
        new = _FRESH.get(link, link)
        if new == stale:
            raise PermissionError(
                f"the storage host refused {redact_url(stale)} and the API gave the same link again"
            )
        logger.info("fetched fresh links for %s", redact_url(link))
        return new

    def _client(self) -> Any:
        key = (self.client_type, self.base_url, self.api_key.value)
        client = _CLIENTS.get(key)
        if client is None:
            client = _CLIENTS[key] = self.client_type(
                api_key=self.api_key.value, base_url=self.base_url
            )
        return client

    def _fetch_assets(self, refetch: ApiRefetch) -> Mapping[str, Any]:
        resource = getattr(self._client(), refetch.resource)
        result = getattr(resource, refetch.method)(*refetch.args)
        if refetch.field is not None:
            result = getattr(result, refetch.field, None)
        data = result.to_dict() if hasattr(result, "to_dict") else result
        assets = data.get("assets") if isinstance(data, Mapping) else None
        return assets if isinstance(assets, Mapping) else {}


logger = logging.getLogger("pixxel.xarray")


class _RedactLinks(logging.Filter):
    """Signatures out of the log lines odc-stac writes when a read fails."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = _redact_bare(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(redact_url(a) if isinstance(a, str) else a for a in record.args)
        return True


_FILTER = _RedactLinks()
_BARE_SIGNATURE = re.compile(r"(?i)(\b(?:sig|signature|x-amz-signature|token)=)[^&#\s\"',]+")


def _redact_bare(text: str) -> str:
    """``redact_url`` also where GDAL prints a link without its ``?`` (``name.tif?...`` cut)."""
    return _BARE_SIGNATURE.sub(lambda m: m.group(1) + REDACTED, redact_url(text))


def _quiet_links() -> None:
    for name in ("odc.loader._rio", "rasterio._err", "rasterio._env"):
        named = logging.getLogger(name)
        if _FILTER not in named.filters:
            named.addFilter(_FILTER)


def _messages(error: BaseException) -> str:
    """The message of ``error`` and of the errors it came from (GDAL's own reason is there)."""
    parts: list[str] = []
    seen: BaseException | None = error
    while seen is not None and len(parts) < 5:
        parts.append(str(seen))
        seen = seen.__cause__ or seen.__context__
    return "; ".join(dict.fromkeys(p for p in parts if p))


def _read_error(uri: str, error: BaseException, hint: str = "") -> rasterio.errors.RasterioIOError:
    return rasterio.errors.RasterioIOError(
        f"could not read {redact_url(uri)}: {_redact_bare(_messages(error))}{hint}"
    )


_OPEN = threading.local()
MAX_OPEN_PER_THREAD = 8
"""Datasets each reading thread keeps open: the tasks of one file's chunks then share one open
(a 100-band GeoTIFF header is parsed once per thread, not once per chunk)."""


_generation = 0
"""Bumped by :func:`close_open_datasets`; a thread whose datasets are older closes them."""


def close_open_datasets() -> None:
    """Have every reading thread close the datasets it keeps open, at its next read (their
    cached bytes go with them): the next read of each file starts from the host again."""
    global _generation
    _generation += 1


def _opened(uri: str) -> Any:
    datasets: dict[str, Any] = _OPEN.__dict__.setdefault("datasets", {})
    if _OPEN.__dict__.get("generation", 0) != _generation:
        while datasets:
            datasets.popitem()[1].close()
        _OPEN.generation = _generation
    dataset = datasets.pop(uri, None)
    if dataset is None:
        dataset = rasterio.open(uri, "r", sharing=False)
        while len(datasets) >= MAX_OPEN_PER_THREAD:
            datasets.pop(next(iter(datasets))).close()
    datasets[uri] = dataset  # most recently used last
    return dataset


def _forget(uri: str) -> None:
    dataset = _OPEN.__dict__.get("datasets", {}).pop(uri, None)
    if dataset is not None:
        dataset.close()


Read = tuple[tuple[slice, slice], Any]
"""Where in the destination the pixels go, and the pixels."""


def _read(src: Any, cfg: Any, dst_geobox: Any, dst: Any, selection: Any) -> Read:
    """odc-stac's read of one source into ``dst_geobox``, on a dataset this thread keeps open.
    Band-last layouts and reads from overviews take odc-stac's own path (one open per read)."""
    if src.ydim == 0 and len(src.meta.dims if src.meta else ()) == 3:
        band_last: Read = rio_read(src, cfg, dst_geobox, dst=dst, selection=selection)
        return band_last
    dataset = _opened(src.uri)
    plan = odc_rio._reproject_info_from_rio(dataset, dst_geobox, ttol=0.9 if cfg.nearest else 0.05)
    if cfg.use_overviews and plan.read_shrink > 1:
        overview: Read = rio_read(src, cfg, dst_geobox, dst=dst, selection=selection)
        return overview
    bands = resolve_band_query(src, dataset.count, selection=selection)
    with rio_env(VSI_CACHE=False):
        done: Read = odc_rio._do_read(rasterio.band(dataset, bands), cfg, dst_geobox, plan, dst=dst)
    return done


class _Reader(RioReader):
    def __init__(self, src: Any, ctx: Any, links: LinkRefresher | None) -> None:
        super().__init__(src, ctx)
        self._links = links

    def read(
        self, cfg: Any, dst_geobox: Any, *, dst: Any = None, selection: Any = None
    ) -> tuple[tuple[slice, slice], Any]:
        original = self._src.uri
        links = self._links
        uri = links.current(original) if links is not None else original
        try:
            return _read(self._src.patch(uri=uri), cfg, dst_geobox, dst, selection)
        except rasterio.errors.RasterioIOError as error:
            _forget(uri)
            # GDAL's exception often says only "Read failed" (the 403 is in a warning): any failed
            # read of a link the API can renew is tried once more with a fresh one.
            refused = _REFUSED.search(_messages(error)) is not None
            if links is None or not links.can_refresh(original):
                hint = (
                    " (the link may have expired: give to_xarray() the client= to fetch fresh "
                    "links through the API)"
                    if refused and links is None
                    else ""
                )
                raise _read_error(uri, error, hint) from None
        # A link can expire again while a long compute goes on: a few refreshes per read.
        for attempt in range(1, MAX_REFRESHES + 1):
            uri = links.refresh(original, stale=uri)
            try:
                return _read(self._src.patch(uri=uri), cfg, dst_geobox, dst, selection)
            except rasterio.errors.RasterioIOError as error:
                _forget(uri)
                if attempt == MAX_REFRESHES:
                    raise _read_error(uri, error) from None
        raise AssertionError("unreachable")


class PixxelReaderDriver(RioDriver):
    """odc-stac's rasterio driver, reading through fresh signed links with GDAL set for remote
    COGs (``GDAL_REMOTE_DEFAULTS``, then the caller's ``gdal_env``)."""

    def __init__(
        self, links: LinkRefresher | None = None, gdal_env: Mapping[str, Any] | None = None
    ) -> None:
        super().__init__()
        self.links = links
        self.gdal_env = {**GDAL_REMOTE_DEFAULTS, **(gdal_env or {})}

    def capture_env(self) -> dict[str, Any]:
        env: dict[str, Any] = capture_rio_env()
        return {**env, **self.gdal_env}

    @contextmanager
    def restore_env(self, env: dict[str, Any], load_state: Any) -> Iterator[Any]:
        _quiet_links()
        with rio_env(**env):
            yield load_state.local_ctx(dict)

    def open(self, src: Any, ctx: Any) -> RioReader:
        return _Reader(src, ctx, self.links)
