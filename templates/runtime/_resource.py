"""Base classes of the generated resource objects (``client.jobs``, ``client.aois``...)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar

from ._naming import describe
from ._pagination import AsyncPaginator, PageRequest, SyncPaginator, check_paging
from ._request import OperationInfo, PreparedRequest
from ._response import RawResponse
from ._types import NotGiven

if TYPE_CHECKING:
    import pydantic

    from ._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncAPIResource", "SyncAPIResource", "warn_if_deprecated"]

ClientT = TypeVar("ClientT", "SyncAPIClient", "AsyncAPIClient")
ResultT = TypeVar("ResultT")
P = ParamSpec("P")
ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT", bound="pydantic.BaseModel")


class _Resource(Generic[ClientT]):
    _client: ClientT
    _raw: bool = False

    def __init__(self, client: ClientT) -> None:
        self._client = client

    def _raw_clone(self) -> Any:
        """This resource with every call returning a :class:`RawResponse`."""
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone._raw = True
        return clone


def warn_if_deprecated(info: OperationInfo, stacklevel: int = 3) -> None:
    """Warn (``DeprecationWarning``) when the spec marks ``info``'s operation deprecated.

    The default ``stacklevel`` points at the code that called the resource method (the method
    calls ``_send`` or ``_paginate``, which call this).
    """
    if info.deprecated:
        import warnings

        warnings.warn(
            f"{info.resource}.{info.method_name} ({info.method} {info.path}) is deprecated",
            DeprecationWarning,
            stacklevel=stacklevel + 1,
        )


class SyncAPIResource(_Resource["SyncAPIClient"]):
    def _send(self, info: OperationInfo, call: PreparedRequest[ResultT]) -> ResultT:
        warn_if_deprecated(info)
        return self._client.request(info, call, raw=self._raw)

    def _paginate(
        self,
        paginator: type[SyncPaginator[ItemT, PageT]],
        info: OperationInfo,
        build: Callable[[PageRequest], PreparedRequest[PageT]],
        start: PageRequest,
    ) -> SyncPaginator[ItemT, PageT]:
        warn_if_deprecated(info)
        if self._raw:  # raw mode: the first page's response, as with any other call
            check_paging(info, start)
            raw: Any = self._client.request(info, build(start), raw=True)
            return raw  # type: ignore[no-any-return]
        return paginator(self._client, info, build, start)


class AsyncAPIResource(_Resource["AsyncAPIClient"]):
    async def _send(self, info: OperationInfo, call: PreparedRequest[ResultT]) -> ResultT:
        warn_if_deprecated(info)
        return await self._client.request(info, call, raw=self._raw)

    def _paginate(
        self,
        paginator: type[AsyncPaginator[ItemT, PageT]],
        info: OperationInfo,
        build: Callable[[PageRequest], PreparedRequest[PageT]],
        start: PageRequest,
    ) -> AsyncPaginator[ItemT, PageT]:
        warn_if_deprecated(info)
        if self._raw:  # raw mode: an awaitable of the first page's response
            raw: Any = self._client.request(info, build(start), raw=True)
            return raw  # type: ignore[no-any-return]
        return paginator(self._client, info, build, start)


def body_of(model: type[pydantic.BaseModel], method: str, fields: dict[str, Any]) -> Any:
    """Validate a request body through its model and return it as JSON data (wire names).

    Fields left at ``NOT_GIVEN`` are not sent; ``None`` is sent as ``null``. A value the model
    refuses raises ``TypeError`` (wrong type) or ``ValueError`` naming ``method`` and the argument.
    """
    from pydantic import ValidationError  # loaded with the models, by the first call

    given = {k: v for k, v in fields.items() if not isinstance(v, NotGiven)}
    try:
        validated = model.model_validate(given)
    except ValidationError as error:
        raise argument_error(model, method, error) from None
    return validated.model_dump(mode="json", by_alias=True, exclude_unset=True)


# pydantic error types that mean "wrong kind of value" rather than "wrong value".
_TYPE_ERRORS = ("_type", "_parsing", "is_instance_of")


def argument_error(
    model: type[pydantic.BaseModel], method: str, error: pydantic.ValidationError
) -> TypeError | ValueError:
    """A user-facing error for a body that failed validation: which argument, and what was
    expected (never an internal model name: a nested model is named as ``pixxel.models.X``)."""
    python_names = {(f.alias or name): name for name, f in model.model_fields.items()}
    problems = []
    wrong_type = True
    for item in error.errors(include_url=False):
        loc = [str(part) for part in item.get("loc", ())]
        if loc and loc[0] in python_names:
            loc[0] = python_names[loc[0]]
        # pydantic names the union member it tried (`function-before[...]`, a model name...):
        # drop those, they mean nothing to the caller.
        loc = [part for part in loc if not part[:1].isupper() and "[" not in part]
        argument = loc[0] if loc else "body"
        path = argument + "".join(f"[{p}]" if p.isdigit() else f".{p}" for p in loc[1:])
        kind = str(item.get("type", ""))
        message = item.get("msg", "invalid")
        if kind == "model_type":
            name = (item.get("ctx") or {}).get("class_name", "")
            message = f"expected a dict or pixxel.models.{name}" if name else "expected a dict"
        problems.append(
            f"{describe(method, path)}: {message} (got {type(item.get('input')).__name__})"
        )
        wrong_type = wrong_type and kind.endswith(_TYPE_ERRORS)
    text = "; ".join(dict.fromkeys(problems))
    return TypeError(text) if wrong_type else ValueError(text)


def raw_method(method: Callable[P, ResultT]) -> Callable[P, RawResponse[ResultT]]:
    """``method`` of a resource, returning the :class:`RawResponse` instead of the parsed value."""
    resource: Any = getattr(method, "__self__")  # noqa: B009 - a bound method
    return getattr(resource._raw_clone(), method.__name__)  # type: ignore[no-any-return]


def raw_page_method(
    method: Callable[P, SyncPaginator[Any, PageT]],
) -> Callable[P, RawResponse[PageT]]:
    """A paged ``method``, returning the :class:`RawResponse` of its first page."""
    resource: Any = getattr(method, "__self__")  # noqa: B009 - a bound method
    return getattr(resource._raw_clone(), method.__name__)  # type: ignore[no-any-return]


def async_raw_page_method(
    method: Callable[P, AsyncPaginator[Any, PageT]],
) -> Callable[P, Awaitable[RawResponse[PageT]]]:
    """Asyncio twin of :func:`raw_page_method`: awaits the :class:`RawResponse` of the first page."""
    resource: Any = getattr(method, "__self__")  # noqa: B009 - a bound method
    return getattr(resource._raw_clone(), method.__name__)  # type: ignore[no-any-return]


def async_raw_method(
    method: Callable[P, Awaitable[ResultT]],
) -> Callable[P, Awaitable[RawResponse[ResultT]]]:
    """Asyncio twin of :func:`raw_method`."""
    resource: Any = getattr(method, "__self__")  # noqa: B009 - a bound method
    return getattr(resource._raw_clone(), method.__name__)  # type: ignore[no-any-return]
