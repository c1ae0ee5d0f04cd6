"""Python client of the Pixxel Earth-observation API (Pixxel API 0.1.0).

>>> from pixxel import Pixxel
>>> client = Pixxel()  # reads PIXXEL_API_KEY
>>> client.aois.list()
"""

from typing import TYPE_CHECKING, Any

from ._client import AsyncPixxel, Pixxel
from ._operations import OPERATIONS
from ._runtime._base_client import RetryEvent
from ._runtime._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._runtime._raw_json import decode_raw_json
from ._runtime._response import RawResponse
from ._runtime._waiting import WaitError, WaitFailedError, WaitTimeoutError
from ._version import __version__

if TYPE_CHECKING:
    from ._runtime._download import (
        DownloadError,
        DownloadResult,
        download_many,
        download_many_async,
    )
    from ._runtime._stac import to_geodataframe, to_item_collection

_LAZY = {"DownloadError", "DownloadResult", "download_many", "download_many_async"}
# STAC hand-offs load pydantic models: on first use too.
_LAZY_STAC = {"to_geodataframe", "to_item_collection"}


def __getattr__(name: str) -> Any:
    if name in _LAZY_STAC:
        from ._runtime import _stac

        return getattr(_stac, name)
    # The download machinery (threads, hashing) loads on first use: `import pixxel` stays light.
    if name in _LAZY:
        from ._runtime import _download

        return getattr(_download, name)
    raise AttributeError(f"module 'pixxel' has no attribute {name!r}")


__all__ = [
    "OPERATIONS",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPixxel",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DownloadError",
    "DownloadResult",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "Pixxel",
    "RateLimitError",
    "RawResponse",
    "RetryEvent",
    "UnprocessableEntityError",
    "WaitError",
    "WaitFailedError",
    "WaitTimeoutError",
    "__version__",
    "decode_raw_json",
    "download_many",
    "download_many_async",
    "to_geodataframe",
    "to_item_collection",
]
