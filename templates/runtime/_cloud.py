"""Downloads straight into object storage (``s3://``, ``gs://``, ``az://``) through fsspec.

Why fsspec (s3fs, gcsfs, adlfs) rather than obstore: it is the file layer the rest of the
geospatial Python stack already reads through (xarray, dask, geopandas, rasterio's fsspec
opener), so the credentials and ``storage_options`` a user has set up for reading work here
unchanged; its writable files stream an object in parts, and ``discard()`` aborts the upload.

The bytes stream from the file host into a writable file on the final key: a multipart upload
(S3, GCS resumable upload, Azure blocks) that the store only publishes when the file is closed.
The running checksum is checked before that: a file that does not verify is discarded (the upload
aborted) and nothing appears at the key. After publishing, ``<key>.pixxel.json`` records which
version of the file it is, so a later run recognises it as complete without downloading it again.

Within one run an interrupted transfer resumes (``Range`` + ``If-Range``) into the same open
upload; an upload cut short by the process ending is aborted by the store (or left for its
lifecycle rules) and the next run starts that file over.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from ._integrity import Checksum, new_hasher
from ._partfile import Record

__all__ = ["CloudStaging", "is_cloud_url", "join_url"]

PART_SIZE = 8 << 20
"""Bytes buffered per upload before a part is sent (S3's minimum is 5 MiB): memory per worker."""
CLOUD_SCHEMES = ("s3://", "gs://", "gcs://", "az://", "abfs://", "abfss://", "memory://")


def is_cloud_url(destination: object) -> bool:
    return isinstance(destination, str) and destination.startswith(CLOUD_SCHEMES)


def join_url(base: str, relative: str) -> str:
    return base.rstrip("/") + "/" + relative.lstrip("/")


def _filesystem(url: str, storage_options: dict[str, Any] | None) -> tuple[Any, str]:
    try:
        from fsspec.core import url_to_fs
    except ImportError:
        raise ImportError(
            f"downloading to {url.split('://')[0]}:// needs fsspec and its store: "
            "pip install 'pixxel-client[s3]' (or [gcs], [azure], [cloud])"
        ) from None
    return url_to_fs(url, **(storage_options or {}))  # type: ignore[no-any-return]


class CloudStaging:
    """The staging of one download whose destination is an object-store URL."""

    def __init__(self, url: str, storage_options: dict[str, Any] | None = None) -> None:
        self.url = url
        self.fs, self.key = _filesystem(url, storage_options)
        self.record_key = self.key + ".pixxel.json"
        self.record: Record | None = None
        self._writer: Any = None
        self._written = 0
        self._hasher: Any = None

    def __enter__(self) -> CloudStaging:
        self.record = self._read_record()
        if self.record is not None and not self.record.complete:
            self.record = None  # an upload never outlives its process: nothing to resume
        return self

    def __exit__(self, *exc: object) -> None:
        self._abort()

    # -- the upload in progress ---------------------------------------------------------------

    def size(self) -> int:
        return self._written

    def write(self, data: bytes | memoryview) -> None:
        if self._writer is None:
            self._open()
        self._writer.write(data)
        if self._hasher is not None:
            self._hasher.update(data)
        self._written += len(data)

    def begin(self, record: Record) -> None:
        self._abort()
        self.record = replace(record, complete=False)
        self._open()

    def restart(self) -> None:
        record = self.record
        self._abort()
        self.record = record
        self._open()

    def discard(self) -> None:
        self._abort()
        self.record = None

    def matches(self, checksum: Checksum) -> bool:
        if self._hasher is None or new_hasher(checksum.algorithm).name != self._hasher.name:
            return False  # cannot happen: begin() hashes with the record's algorithm
        return bool(self._hasher.digest() == checksum.digest)

    def commit(self) -> None:
        """Complete the upload (publish the object), then record it as complete."""
        writer, self._writer = self._writer, None
        if writer is None:  # an empty file
            self.fs.pipe_file(self.key, b"")
        else:
            writer.close()
        record = self.record or Record()
        self._save(replace(record, size=self._written, complete=True))

    # -- what is at the key already -----------------------------------------------------------

    def existing_size(self) -> int | None:
        self.fs.invalidate_cache(self.key)
        try:
            info = self.fs.info(self.key)
        except FileNotFoundError:
            return None
        size = info.get("size")
        return int(size) if size is not None else None

    def existing_matches(self, checksum: Checksum) -> bool:
        """Only our own record can say: the object was checked against it before publishing."""
        earlier = self.recorded_complete()
        return (
            earlier is not None
            and earlier.checksum is not None
            and earlier.checksum.algorithm == checksum.algorithm
            and earlier.checksum.digest == checksum.digest
        )

    def recorded_complete(self) -> Record | None:
        return self.record if self.record is not None and self.record.complete else None

    # -- internals ----------------------------------------------------------------------------

    def _open(self) -> None:
        self._writer = self.fs.open(self.key, "wb", block_size=PART_SIZE)
        self._written = 0
        checksum = self.record.checksum if self.record else None
        self._hasher = new_hasher(checksum.algorithm) if checksum else None

    def _abort(self) -> None:
        writer, self._writer = self._writer, None
        self._written = 0
        self._hasher = None
        if writer is not None:
            discard = getattr(writer, "discard", None)
            if discard is None:  # pragma: no cover - every fsspec buffered file has it
                raise RuntimeError(f"{type(writer).__name__} cannot abort an upload")
            discard()
            writer.closed = True  # fsspec would otherwise publish the object when collected

    def _save(self, record: Record) -> None:
        self.record = record
        self.fs.pipe_file(self.record_key, json.dumps(record.to_json()).encode())

    def _read_record(self) -> Record | None:
        try:
            return Record.from_json(json.loads(self.fs.cat_file(self.record_key)))
        except (OSError, ValueError):
            return None
