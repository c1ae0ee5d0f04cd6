"""The public names of the package, pinned: adding or removing one is a decision, and shows up in
the release notes (release/api_diff.py compares the package's ``__all__``)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pixxel
import pixxel.api
from pixxel._runtime import _pagination, _request, _types

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
    "FALSE_COLOUR",
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
    "TRUE_COLOUR",
    "UnprocessableEntityError",
    "WaitError",
    "WaitFailedError",
    "WaitTimeoutError",
    "__version__",
    "composite",
    "decode_raw_json",
    "download_many",
    "download_many_async",
    "ndvi",
    "normalized_difference",
    "plot_composite",
    "plot_index",
    "to_geodataframe",
    "to_item_collection",
    "to_xarray",
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
