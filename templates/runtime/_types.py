"""Sentinels and argument types shared by the generated methods."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import IO, Any, Final, Literal, TypeVar

import httpx

T = TypeVar("T")

__all__ = ["NOT_GIVEN", "Body", "FileContent", "Headers", "NotGiven", "Query", "Timeout", "given"]


class NotGiven:
    """Marks a body field the caller did not pass: it is left out of the request.

    Distinct from ``None``, which sends an explicit JSON ``null`` where the spec allows one.
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()


def given(value: T | None) -> T | NotGiven:
    """``NOT_GIVEN`` for ``None``: a body field the caller left out is not sent."""
    return NOT_GIVEN if value is None else value


FileContent = (
    bytes | bytearray | str | os.PathLike[str] | IO[bytes] | tuple[str, Any] | tuple[str, Any, str]
)
"""A file to send (a raw request body, or a file field of a multipart form): its bytes, text
(UTF-8), a path, an open binary file, or ``(filename, content[, content_type])``."""
Headers = Mapping[str, str]
"""``extra_headers``: sent with the request, over the client's own headers."""
Query = Mapping[str, Any]
"""``extra_query``: query parameters added to (or replacing) the ones the method sends."""
Body = Mapping[str, Any]
"""``extra_body``: fields merged into the JSON body (wire names), over the method's own fields."""
Timeout = float | httpx.Timeout
"""``timeout`` of one call: seconds, or an ``httpx.Timeout``; ``None`` keeps the client's."""
