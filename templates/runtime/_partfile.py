"""The on-disk state of one download: ``<name>.part`` under an OS lock, and its record.

- ``<name>.part`` holds the bytes received so far. It is opened once and locked (``flock`` on
  POSIX, ``msvcrt.locking`` on Windows) for the whole download, so a second download to the same
  destination, in this process or another, fails at once instead of writing into the same file.
- ``<name>.pixxel.json`` records which version of the file the bytes belong to (ETag,
  Last-Modified, size, checksum): a resume asks the server for the rest of *that* version only
  (``If-Range``), and a finished file can later be recognised as complete without reading it again.
  It holds no URL and no credential.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, BinaryIO

from ._integrity import Checksum, new_hasher

__all__ = ["DestinationBusyError", "PartFile", "Record"]


class DestinationBusyError(Exception):
    """Another download is writing to the same destination."""


@dataclass(frozen=True, slots=True)
class Record:
    """Which version of the file a ``.part`` (or a finished file) holds."""

    size: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    checksum: Checksum | None = field(default=None, compare=False)
    complete: bool = False

    @property
    def strong_etag(self) -> str | None:
        return self.etag if self.etag and not self.etag.startswith("W/") else None

    def validator(self) -> str | None:
        """What ``If-Range`` can carry: a strong ETag, else the Last-Modified date."""
        return self.strong_etag or self.last_modified

    def to_json(self) -> dict[str, Any]:
        return {
            "size": self.size,
            "etag": self.etag,
            "last_modified": self.last_modified,
            "checksum": self.checksum.to_json() if self.checksum else None,
            "complete": self.complete,
        }

    @classmethod
    def from_json(cls, data: Any) -> Record | None:
        if not isinstance(data, dict):
            return None
        size = data.get("size")
        return cls(
            size=size if isinstance(size, int) else None,
            etag=_text(data.get("etag")),
            last_modified=_text(data.get("last_modified")),
            checksum=Checksum.from_json(data["checksum"]) if data.get("checksum") else None,
            complete=data.get("complete") is True,
        )


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        # flock, not lockf: two opens in one process conflict too (download_many's threads).
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


class PartFile:
    """``<destination>.part``, locked while this object is entered."""

    def __init__(self, destination: Path) -> None:
        self.destination = destination
        self.path = destination.with_name(destination.name + ".part")
        self.record_path = destination.with_name(destination.name + ".pixxel.json")
        self.record: Record | None = None
        self._file: BinaryIO | None = None
        self._committed = False
        self._hasher: Any = None
        """The digest of every byte written since :meth:`begin`, when the record has a
        checksum: the check at the end then needs no second read of the file."""

    def __enter__(self) -> PartFile:
        file = open(self.path, "a+b", buffering=0)  # closed in __exit__
        try:
            _lock(file.fileno())
        except OSError:
            file.close()
            raise DestinationBusyError(
                f"another download is already writing {self.destination} ({self.path.name} is locked)"
            ) from None
        self._file = file
        self.record = self._read_record()
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._file is not None
        try:
            if not self._committed and self.size() == 0:
                self.path.unlink(missing_ok=True)  # nothing worth keeping
                if self.record is not None and not self.record.complete:
                    self.record_path.unlink(missing_ok=True)
        finally:
            self._file.close()  # releases the lock
            self._file = None

    @property
    def file(self) -> BinaryIO:
        assert self._file is not None, "PartFile used outside its with-block"
        return self._file

    def size(self) -> int:
        return os.fstat(self.file.fileno()).st_size

    def write(self, data: bytes | memoryview) -> None:
        self.file.write(data)
        if self._hasher is not None:
            self._hasher.update(data)

    def begin(self, record: Record) -> None:
        """Start over from byte 0 for the version ``record`` describes."""
        self.file.truncate(0)
        self._save(replace(record, complete=False))
        self._hasher = new_hasher(record.checksum.algorithm) if record.checksum else None

    def restart(self) -> None:
        """Drop the bytes received so far (they are not a prefix of the file being served)."""
        self.file.truncate(0)
        checksum = self.record.checksum if self.record else None
        self._hasher = new_hasher(checksum.algorithm) if checksum else None

    def discard(self) -> None:
        """Remove the part and its record (its content is wrong)."""
        self.file.truncate(0)
        self.record_path.unlink(missing_ok=True)
        self.record = None
        self._hasher = None

    def commit(self) -> None:
        """Move the part to the destination and mark the record complete."""
        size = self.size()
        if sys.platform == "win32":  # pragma: no cover - Windows cannot rename an open file
            self.file.close()
        os.replace(self.path, self.destination)
        self._committed = True
        if self.record is not None:
            self._save(replace(self.record, size=size, complete=True))

    def matches(self, checksum: Checksum) -> bool:
        hasher = self._hasher
        if hasher is not None and hasher.name == new_hasher(checksum.algorithm).name:
            return bool(hasher.digest() == checksum.digest)
        return checksum.matches(self.path)  # a part resumed from an earlier run: read it

    def existing_size(self) -> int | None:
        try:
            return self.destination.stat().st_size
        except FileNotFoundError:
            return None

    def existing_matches(self, checksum: Checksum) -> bool:
        return checksum.matches(self.destination)

    def recorded_complete(self) -> Record | None:
        """The record of a finished earlier download to this destination, if there is one."""
        return self.record if self.record is not None and self.record.complete else None

    def _save(self, record: Record) -> None:
        self.record = record
        temporary = self.record_path.with_name(self.record_path.name + ".tmp")
        temporary.write_text(json.dumps(record.to_json()))
        os.replace(temporary, self.record_path)

    def _read_record(self) -> Record | None:
        try:
            return Record.from_json(json.loads(self.record_path.read_text()))
        except (OSError, ValueError):
            return None
