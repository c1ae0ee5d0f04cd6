"""Request bodies on the wire, by media type.

A :class:`RequestBody` is the static fact from the spec (the media type and, for form bodies, the
``encoding`` of each property); :meth:`RequestBody.encode` turns one call's value into an
:class:`EncodedBody` the transport sends:

- JSON and every ``+json`` type: JSON data (models by wire name, see ``json_body``); the
  ``Content-Type`` is the declared media type;
- ``multipart/form-data``: one part per property, in the order given; ``bytes``, binary files,
  paths and ``(filename, content[, content_type])`` tuples are file parts, lists repeat the part,
  mappings and models are ``application/json`` parts, other values text parts; an ``encoding``
  ``contentType`` overrides the part's type;
- ``application/x-www-form-urlencoded``: properties as ``name=value`` pairs (percent-encoded, a
  space as ``%20``), lists repeated, mappings as JSON text unless the encoding gives a ``style``;
- anything else (``application/octet-stream``, ``image/png``, ``text/plain``): the bytes as they
  are (``str`` is sent as UTF-8).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._params import Parameter, Style, encode, scalar_text
from ._types import NotGiven

__all__ = ["EncodedBody", "PartEncoding", "RequestBody", "is_json_media_type"]

MULTIPART = "multipart/form-data"
FORM = "application/x-www-form-urlencoded"


def is_json_media_type(media_type: str) -> bool:
    """``application/json`` and every structured-syntax ``+json`` type (``application/geo+json``,
    ``application/problem+json``...), parameters ignored."""
    essence = media_type.split(";", 1)[0].strip().lower()
    return essence == "application/json" or essence.endswith("+json")


@dataclass(frozen=True, slots=True)
class PartEncoding:
    """The ``encoding`` entry of one property of a form body."""

    content_type: str | None = None
    style: Style | None = None
    explode: bool | None = None


@dataclass(frozen=True, slots=True)
class EncodedBody:
    """What the transport sends: exactly one of ``json`` (JSON data), ``content`` (bytes) or
    ``files`` (multipart parts for httpx, which writes the boundary), and the Content-Type to send
    (``None`` when httpx sets it: JSON and multipart)."""

    json: Any = None
    content: bytes | None = None
    files: list[tuple[str, tuple[str | None, Any, str | None]]] | None = None
    content_type: str | None = None


@dataclass(frozen=True, slots=True)
class RequestBody:
    """The request body of an operation: its media type and per-property encodings."""

    media_type: str
    encoding: Mapping[str, PartEncoding] = field(default_factory=dict)
    required: bool = False

    def encode(self, value: Any) -> EncodedBody | None:
        """``value`` as this media type; ``None`` (no body) for ``None`` or ``NOT_GIVEN``."""
        if value is None or isinstance(value, NotGiven):
            if self.required:
                raise TypeError("the request body is required")
            return None
        media_type = self.media_type.split(";", 1)[0].strip().lower()
        if is_json_media_type(media_type):
            from ._request import json_body

            declared = None if media_type == "application/json" else self.media_type
            return EncodedBody(json=json_body(value), content_type=declared)
        if media_type == MULTIPART:
            return EncodedBody(files=self._multipart(_fields(value)))
        if media_type == FORM:
            return EncodedBody(content=self._form(_fields(value)), content_type=self.media_type)
        return EncodedBody(content=_raw_bytes(value, media_type), content_type=self.media_type)

    def _multipart(
        self, fields: Mapping[str, Any]
    ) -> list[tuple[str, tuple[str | None, Any, str | None]]]:
        parts: list[tuple[str, tuple[str | None, Any, str | None]]] = []
        for name, value in fields.items():
            declared = self.encoding.get(name, PartEncoding()).content_type
            values = value if isinstance(value, list | tuple) and not _is_file(value) else [value]
            for item in values:
                if item is None or isinstance(item, NotGiven):
                    continue
                parts.append((name, _part(name, item, declared)))
        return parts

    def _form(self, fields: Mapping[str, Any]) -> bytes:
        pairs = []
        for name, value in fields.items():
            if value is None or isinstance(value, NotGiven):
                continue
            enc = self.encoding.get(name, PartEncoding())
            if enc.style is not None or enc.explode is not None:
                param = Parameter(name, "query", style=enc.style, explode=enc.explode)
                text = param.serialize(value)
            elif _is_structured(value):
                text = f"{encode(name)}={encode(_json_text(value))}"
            elif isinstance(value, list | tuple):
                text = "&".join(
                    f"{encode(name)}={encode(scalar_text(item, f'body.{name}'))}" for item in value
                )
            else:
                text = f"{encode(name)}={encode(scalar_text(value, f'body.{name}'))}"
            if text:
                pairs.append(text)
        return "&".join(pairs).encode("ascii")


def _fields(value: Any) -> Mapping[str, Any]:
    dump = getattr(value, "model_dump", None)
    if dump is not None:  # keep bytes and files as they are: no JSON mode
        value = {k: getattr(value, n) for n, k in _set_fields(value)}
    if not isinstance(value, Mapping):
        raise TypeError(f"a form body must be a mapping of fields, got {type(value).__name__}")
    return value


def _set_fields(model: Any) -> list[tuple[str, str]]:
    fields = type(model).model_fields
    return [(name, fields[name].alias or name) for name in model.model_fields_set]


def _is_file(value: Any) -> bool:
    if isinstance(value, bytes | bytearray | memoryview | os.PathLike):
        return True
    if isinstance(value, tuple) and len(value) in (2, 3) and isinstance(value[0], str | None):
        return isinstance(value[1], bytes | bytearray | memoryview) or hasattr(value[1], "read")
    return hasattr(value, "read")


def _is_structured(value: Any) -> bool:
    return (
        isinstance(value, Mapping)
        or hasattr(value, "model_dump")
        or (isinstance(value, list | tuple) and any(_is_structured(v) for v in value))
    )


def _json_text(value: Any) -> str:
    from ._request import json_body

    return json.dumps(json_body(value), ensure_ascii=False, separators=(",", ":"))


def _part(name: str, value: Any, declared: str | None) -> tuple[str | None, Any, str | None]:
    """One multipart part as httpx takes it: ``(filename, content, content_type)``."""
    if _is_file(value):
        filename, content, content_type = _file(name, value)
        return filename, content, declared or content_type or "application/octet-stream"
    if _is_structured(value):
        return None, _json_text(value).encode(), declared or "application/json"
    return None, scalar_text(value, f"body.{name}").encode(), declared


def _file(name: str, value: Any) -> tuple[str | None, Any, str | None]:
    if isinstance(value, tuple):
        filename, content = value[0], value[1]
        return filename, _content(content), value[2] if len(value) == 3 else None
    if isinstance(value, os.PathLike):
        path = Path(value)
        return path.name, path.read_bytes(), None
    if hasattr(value, "read"):
        file_name = getattr(value, "name", None)
        return (Path(file_name).name if isinstance(file_name, str) else name), value, None
    return name, bytes(value), None


def _content(content: Any) -> Any:
    return bytes(content) if isinstance(content, bytearray | memoryview) else content


def _raw_bytes(value: Any, media_type: str) -> bytes:
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value)
    if isinstance(value, str):
        return value.encode("utf-8")
    if isinstance(value, os.PathLike):
        return Path(value).read_bytes()
    read = getattr(value, "read", None)
    if read is not None:
        data = read()
        return data.encode("utf-8") if isinstance(data, str) else bytes(data)
    raise TypeError(f"a {media_type} body must be bytes, a str, a path or a binary file")
