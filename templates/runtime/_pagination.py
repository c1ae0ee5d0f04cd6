"""Lazy iteration over paged list operations.

How an operation pages is declared in the spec (``x-pixxel-pagination``) and copied into the
operation table; the generated method only says how to build the request for one page.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from ._cube_methods import CubeMethods
from ._errors import APIResponseValidationError, json_type
from ._logging import logger
from ._naming import describe, operation_label
from ._paging_words import PAGING_ARGUMENTS
from ._request import OperationInfo, PreparedRequest
from ._response import RawResponse

if TYPE_CHECKING:
    import pydantic
    import xarray

    from ._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["MAX_PAGES", "AsyncPaginator", "PageRequest", "SyncPaginator", "check_paging"]

ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT", bound="pydantic.BaseModel")


@dataclass(frozen=True, slots=True)
class PageRequest:
    """Which page to ask for: ``offset`` or ``page``, and ``size`` (the API's own page size, sent
    as ``limit`` or ``page_size``). ``limit`` caps the items of the whole walk; it is never sent."""

    offset: int | None = None
    limit: int | None = None
    page: int | None = None
    size: int | None = None


def check_paging(info: OperationInfo, start: PageRequest) -> None:
    """Refuse a paging argument that is not a whole number in range, before any request."""
    for field_name, (argument, smallest) in PAGING_ARGUMENTS.items():
        value = getattr(start, field_name)
        if value is None:
            continue
        where = describe(f"{info.resource}.{info.method_name}", argument)
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{where}: expected an int, got {type(value).__name__} {value!r}")
        if value < smallest:
            raise ValueError(f"{where}: expected an int >= {smallest}, got {value}")


class _PageWalker(Generic[ItemT, PageT]):
    """The paging rules, shared by the sync and async paginators (no I/O here)."""

    def __init__(
        self,
        info: OperationInfo,
        build: Callable[[PageRequest], PreparedRequest[PageT]],
        start: PageRequest,
    ) -> None:
        if info.pagination is None:
            raise ValueError(f"{operation_label(info.operation_id)} does not page")
        check_paging(info, start)
        self.info = info
        self.style = info.pagination["style"]
        self.items_key = info.pagination["items"]
        self.total_path = info.pagination.get("total")
        self.build = build
        self.start = start
        # `limit` caps the items over all pages, whatever the style.
        self.max_items = start.limit
        # Build the first request now: a bad argument fails at the call, not at the first
        # iteration (the body goes through its model here).
        build(self.first())

    def size(self, seen: int) -> int | None:
        """The page size to ask for: the caller's ``page_size``, but with offsets never more
        than the items still wanted (page numbers need the same size on every page)."""
        if self.style == "page" or self.max_items is None:
            return self.start.size
        remaining = self.max_items - seen
        return remaining if self.start.size is None else min(self.start.size, remaining)

    def first(self) -> PageRequest:
        if self.style == "page":
            first_page = int(self.info.pagination.get("start", 1)) if self.info.pagination else 1
            return PageRequest(
                page=self.start.page if self.start.page is not None else first_page,
                size=self.start.size,
            )
        return PageRequest(offset=self.start.offset, size=self.size(0))

    def items_of(self, page: PageT) -> list[Any]:
        """The items of ``page``: none for an absent or ``null`` items field (the end).

        Any other value that is not a list (kept as sent by the tolerant models) is a page
        that cannot be read: :meth:`check_items` refuses it rather than yield nothing.
        """
        items = self._raw_items(page)
        return list(items) if isinstance(items, list) else []

    def _raw_items(self, page: Any) -> Any:
        if isinstance(page, dict):  # a top-level value of another type, kept as sent
            return page.get(self.items_key)
        items = getattr(page, self.items_key, None)
        if items is None:
            extra = getattr(page, "model_extra", None)
            items = extra.get(self.items_key) if extra else None
        return items

    def check_items(self, page: Any, raw: RawResponse[Any]) -> None:
        """Raise :class:`APIResponseValidationError` (with the raw page) when the page is not an
        object, or its items field is neither a list nor absent/``null``."""
        if not isinstance(page, dict) and not hasattr(type(page), "model_fields"):
            problem = f"the page is a JSON {json_type(page)}, not an object"
            loc: tuple[Any, ...] = ()
        else:
            items = self._raw_items(page)
            if items is None or isinstance(items, list):
                return
            problem = f"{self.items_key!r} is a JSON {json_type(items)}, not an array of items"
            loc = (self.items_key,)
        raise APIResponseValidationError(
            operation_id=self.info.operation_id,
            response=raw.http_response,
            errors=[{"loc": loc, "msg": f"cannot read this page: {problem}", "type": "page"}],
        )

    def total_of(self, page: PageT) -> int | None:
        if not self.total_path:
            return None
        value: Any = page
        for part in self.total_path.split("."):
            value = getattr(value, part, None) if not isinstance(value, dict) else value.get(part)
            if value is None:
                return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None  # a total of another type than documented: page without it
        if isinstance(value, float) and not (math.isfinite(value) and value.is_integer()):
            return None
        return int(value)

    def next(
        self, request: PageRequest, page: PageT, items: list[Any], seen: int
    ) -> PageRequest | None:
        """The request for the page after ``page``, or ``None`` when there is none."""
        if not items:
            return None
        total = self.total_of(page)
        if self.max_items is not None and seen >= self.max_items:
            return None
        if self.style == "page":
            if total is not None and seen >= total:
                return None
            return PageRequest(page=(request.page or 0) + 1, size=request.size)
        offset = (request.offset or 0) + len(items)
        if total is not None and offset >= total:
            return None
        # Without a total, a short page does not prove the end (servers cap page sizes): only an
        # empty page does.
        return PageRequest(offset=offset, size=self.size(seen))

    def capped(self, items: list[Any], seen: int) -> list[Any]:
        if self.max_items is None:
            return items
        return items[: max(self.max_items - seen, 0)]


MAX_PAGES = 10_000
"""Hard cap on the pages one iteration fetches, whatever the server says."""


class _Walk(Generic[PageT]):
    """One pass over the pages: which page to ask for next, and what was seen so far.

    The walk ends on an empty page, at the total, at ``limit`` items, on any page whose body is
    byte for byte one already seen (a server ignoring the offset, or cycling A, B, A, B), and
    after :data:`MAX_PAGES` pages.
    """

    def __init__(self, walker: _PageWalker[Any, PageT]) -> None:
        self.walker = walker
        self.request: PageRequest | None = walker.first()
        self.bodies: set[bytes] = set()  # digests of the page bodies seen so far
        self.pages = 0
        self.seen = 0

    def accept(self, raw: RawResponse[PageT]) -> PageT | None:
        """Record a fetched page and return it; None when it repeats an earlier one."""
        assert self.request is not None
        info = self.walker.info
        digest = hashlib.sha256(raw.content).digest()
        if digest in self.bodies:
            logger.warning(
                "%s returned a page it had already returned; stopping instead of looping",
                operation_label(info.operation_id),
            )
            self.request = None
            return None
        self.bodies.add(digest)
        page = raw.parse()
        self.walker.check_items(page, raw)
        items = self.walker.items_of(page)
        self.pages += 1
        self.seen += len(items)
        self.request = self.walker.next(self.request, page, items, self.seen)
        if self.request is not None and self.pages >= MAX_PAGES:
            logger.warning(
                "%s: stopping after %d pages (the most one iteration fetches)",
                operation_label(info.operation_id),
                MAX_PAGES,
            )
            self.request = None
        return page


class SyncPaginator(CubeMethods, Generic[ItemT, PageT]):
    """Iterate over every item of a paged list, fetching pages as they are needed.

    ``for item in paginator`` walks all items (at most ``limit`` when the call was given one);
    ``pages()`` yields each page model (with its ``pagination`` block and total);
    ``first_page()`` fetches only the first page. For STAC items, ``to_xarray()`` and ``plot()``
    walk all pages and load the items as a cube.
    """

    def __init__(
        self,
        client: SyncAPIClient,
        info: OperationInfo,
        build: Callable[[PageRequest], PreparedRequest[PageT]],
        start: PageRequest,
    ) -> None:
        self._client = client
        self._walker: _PageWalker[ItemT, PageT] = _PageWalker(info, build, start)

    def first_page(self) -> PageT:
        walker = self._walker
        return self._client.request(walker.info, walker.build(walker.first()))

    def pages(self) -> Iterator[PageT]:
        walker = self._walker
        walk = _Walk(walker)
        while walk.request is not None:
            call = walker.build(walk.request)
            raw = cast("RawResponse[PageT]", self._client.request(walker.info, call, raw=True))
            page = walk.accept(raw)
            if page is None:
                return
            yield page

    def __iter__(self) -> Iterator[ItemT]:
        seen = 0
        for page in self.pages():
            items = self._walker.capped(self._walker.items_of(page), seen)
            seen += len(items)
            yield from items


class AsyncPaginator(Generic[ItemT, PageT]):
    """Asyncio twin of :class:`SyncPaginator`: ``async for item in paginator``,
    ``async for page in paginator.pages()``, ``await paginator.first_page()``; for STAC items,
    ``await paginator.to_xarray()``."""

    def __init__(
        self,
        client: AsyncAPIClient,
        info: OperationInfo,
        build: Callable[[PageRequest], PreparedRequest[PageT]],
        start: PageRequest,
    ) -> None:
        self._client = client
        self._walker: _PageWalker[ItemT, PageT] = _PageWalker(info, build, start)

    async def first_page(self) -> PageT:
        walker = self._walker
        return await self._client.request(walker.info, walker.build(walker.first()))

    async def pages(self) -> AsyncIterator[PageT]:
        walker = self._walker
        walk = _Walk(walker)
        while walk.request is not None:
            call = walker.build(walk.request)
            raw = cast(
                "RawResponse[PageT]", await self._client.request(walker.info, call, raw=True)
            )
            page = walk.accept(raw)
            if page is None:
                return
            yield page

    async def to_xarray(self, **options: Any) -> xarray.DataArray:
        """Every item of every page (fetched here, on the loop) as a lazy ``(time, band, y, x)``
        cube; see :func:`pixxel.to_xarray` for the options. Needs the ``xarray`` extra."""
        from ._xarray import to_xarray

        return to_xarray([item async for item in self], **options)

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        seen = 0
        async for page in self.pages():
            items = self._walker.capped(self._walker.items_of(page), seen)
            seen += len(items)
            for item in items:
                yield item
