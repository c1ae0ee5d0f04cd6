"""The public names of the package, pinned: adding or removing one is a decision, and shows up in
the release notes (release/api_diff.py compares the package's ``__all__``)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re

import pixxel
import pixxel.api
from pixxel._runtime import _pagination, _request, _types

from ..support.paths import ROOT

PUBLIC = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPaginator",
    "AsyncPixxel",
    "AuthenticationError",
    "BadRequestError",
    "BulkDownloadError",
    "BulkProgress",
    "BulkResult",
    "ConflictError",
    "DownloadError",
    "DownloadResult",
    "FileRef",
    "FileResult",
    "InternalServerError",
    "NOT_GIVEN",
    "NotFoundError",
    "NotGiven",
    "OPERATIONS",
    "OperationInfo",
    "PermissionDeniedError",
    "Pixxel",
    "PreparedRequest",
    "RateLimitError",
    "RawResponse",
    "RetryEvent",
    "SyncPaginator",
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
"""Change this list only together with the package's ``__all__`` (and its documentation)."""


def test_the_public_names_are_the_pinned_ones() -> None:
    assert sorted(pixxel.__all__) == PUBLIC


def test_every_public_name_resolves_and_dir_lists_exactly_them() -> None:
    for name in pixxel.__all__:
        assert getattr(pixxel, name) is not None, name
    listed = dir(pixxel)
    assert listed == sorted(pixxel.__all__)  # the lazy ones too, for completion in notebooks
    assert "to_geodataframe" in listed and "SyncPaginator" in listed
    assert "Any" not in listed and "TYPE_CHECKING" not in listed


def test_every_public_name_is_documented_in_the_reference() -> None:
    page = (ROOT / "docs" / "reference" / "client.md").read_text()
    documented = set(re.findall(r"^::: pixxel\.(\w+)$", page, re.M))
    mentioned = set(re.findall(r"`pixxel\.(\w+)`|`(\w+)`", page))
    words = {w for pair in mentioned for w in pair if w}
    missing = [n for n in PUBLIC if n not in documented and n not in words]
    missing = [n for n in missing if n not in ("__version__",) and not n.endswith("Error")]
    assert missing == []


def test_signatures_show_only_public_types() -> None:
    # What the generated methods and endpoint modules show is importable from `pixxel` itself.
    assert pixxel.NotGiven is _types.NotGiven and pixxel.NOT_GIVEN is _types.NOT_GIVEN
    assert pixxel.PreparedRequest is _request.PreparedRequest
    assert pixxel.SyncPaginator is _pagination.SyncPaginator
    assert pixxel.AsyncPaginator is _pagination.AsyncPaginator
    for info in pkgutil.walk_packages(pixxel.api.__path__, "pixxel.api."):
        module = importlib.import_module(info.name)
        build = getattr(module, "build_request", None)
        if build is None:
            continue
        assert module.PreparedRequest is pixxel.PreparedRequest, info.name
        returned = str(inspect.signature(build).return_annotation)
        assert returned.startswith("PreparedRequest["), (info.name, returned)
    search = inspect.signature(pixxel.Pixxel(api_key="k").archives.search)
    assert "NotGiven" in str(search.parameters["collections"].annotation)
    assert "SyncPaginator" in str(search.return_annotation)
