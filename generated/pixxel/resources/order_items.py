"""``client.order_items``: Order items."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any, cast

from .. import models
from .._operations import OPERATIONS
from .._runtime._inputs import (
    path_argument,
)
from .._runtime._pagination import AsyncPaginator, PageRequest, SyncPaginator
from .._runtime._request import PreparedRequest
from .._runtime._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_raw_method,
    raw_method,
    raw_page_method,
)
from .._runtime._waiting import DEFAULT_POLL_INTERVAL, DEFAULT_TIMEOUT, wait_async, wait_sync
from ..api.order import get_order_item, list_order_items

__all__ = [
    "AsyncOrderItems",
    "AsyncOrderItemsWithRawResponse",
    "OrderItems",
    "OrderItemsWithRawResponse",
]


class OrderItems(SyncAPIResource):
    """Order items."""

    @cached_property
    def with_raw_response(self) -> OrderItemsWithRawResponse:
        """The same calls, returning a ``RawResponse`` (status, headers, body; ``.parse()``)."""
        return OrderItemsWithRawResponse(self)

    def list(
        self,
        *,
        user_id: str | None = None,
        type_: str | None = None,
        status: str | None = None,
        order_ids: str | None = None,
        created_by: str | None = None,
        created_at: str | None = None,
        project_ids: str | None = None,
        ids: str | None = None,
        area: str | None = None,
        page_size: int | None = None,
        offset: int | None = None,
        limit: int | None = None,
    ) -> SyncPaginator[models.OrderItem, models.OrderItemList]:
        """List all order items.

        Returns the order items of the caller's organization, each with its tasks, one page at a
        time (`limit`/`offset`, with a `pagination` block beside the list).

        The filters are all plain strings: the list filters (`order_ids`, `project_ids`, `ids`)
        probably take comma-separated values, and the range filters (`created_at`, `area`) take a
        range whose notation is not documented.

        Returns a paginator: iterate it for every item over all pages (at most ``limit`` when given), or call ``.pages()`` for the page objects or ``.first_page()``.

        ``GET /v0/order-items`` (operation ``listOrderItems``).

        Args:
            user_id: Only items of this user (UUID).
            type_: Only items of this type; the item types are TASKING, ARCHIVE and RECURRING.
            status: Only items in this status (see `OrderItemStatus`).
            order_ids: Only items of these orders (order UUIDs; list syntax not documented, probably
                comma-separated).
            created_by: Only items created by this user (UUID).
            created_at: Only items created within this time range (range notation not documented).
            project_ids: Only items of these projects (project UUIDs; list syntax not documented,
                probably comma-separated).
            ids: Only these order items (UUIDs; list syntax not documented, probably comma-
                separated).
            area: Only items whose area (km²) lies within this range (range notation not
                documented).
            page_size: Items per request: the API's own page size (sent as ``limit``); the API's
                default when not given.
            offset: Number of items to skip before the first one returned.
            limit: The most items the iterator yields over all pages (every item when not given).
        """

        def build(page: PageRequest) -> PreparedRequest[models.OrderItemList]:
            return list_order_items.build_request(
                user_id=user_id,
                type_=type_,
                status=status,
                order_ids=order_ids,
                created_by=created_by,
                created_at=created_at,
                project_ids=project_ids,
                ids=ids,
                area=area,
                limit=page.size,
                offset=page.offset,
            )

        return self._paginate(
            SyncPaginator,
            OPERATIONS["listOrderItems"],
            build,
            PageRequest(offset=offset, size=page_size, limit=limit),
        )

    def get(
        self,
        id: str,
    ) -> models.OrderItem:
        """Get an order item.

        Returns one order item together with its tasks. Feasibility fields apply to tasking items
        only and can change over time, as Pixxel re-checks feasibility (for recurring items, each
        future occurrence is checked about five days before its start and stays DRAFT until then).

        Poll this operation to follow fulfilment: the item ends in COMPLETED or FULFILLED (the
        service uses either name), PARTIALLY_COMPLETED or PARTIALLY_FULFILLED, FAILED or CANCELLED.

        ``GET /v0/order-items/{id}`` (operation ``getOrderItem``).

        Args:
            id: Order item identifier (UUID).
        """
        id = path_argument(id, "order_items.get", "id")
        return self._send(
            OPERATIONS["getOrderItem"],
            get_order_item.build_request(
                id=id,
            ),
        )

    def wait(
        self,
        id: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_update: Callable[[Any], None] | None = None,
    ) -> models.OrderItem:
        """Poll ``get`` until status is COMPLETED / FULFILLED / PARTIALLY_COMPLETED / PARTIALLY_FULFILLED, and return it.

        Raises ``WaitFailedError`` on FAILED / CANCELLED and ``WaitTimeoutError`` after
        ``timeout`` seconds. Polls every ``poll_interval`` seconds, backing off up to a minute;
        ``on_update`` sees each polled value.
        """

        def fetch() -> Any:
            return self.get(id)

        result = wait_sync(
            "getOrderItem",
            OPERATIONS["getOrderItem"].waiter or {},
            fetch,
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
        )
        return cast("models.OrderItem", result)


class AsyncOrderItems(AsyncAPIResource):
    """Order items. (asyncio)"""

    @cached_property
    def with_raw_response(self) -> AsyncOrderItemsWithRawResponse:
        """The same calls, returning a ``RawResponse`` (status, headers, body; ``.parse()``)."""
        return AsyncOrderItemsWithRawResponse(self)

    def list(
        self,
        *,
        user_id: str | None = None,
        type_: str | None = None,
        status: str | None = None,
        order_ids: str | None = None,
        created_by: str | None = None,
        created_at: str | None = None,
        project_ids: str | None = None,
        ids: str | None = None,
        area: str | None = None,
        page_size: int | None = None,
        offset: int | None = None,
        limit: int | None = None,
    ) -> AsyncPaginator[models.OrderItem, models.OrderItemList]:
        """List all order items.

        Returns the order items of the caller's organization, each with its tasks, one page at a
        time (`limit`/`offset`, with a `pagination` block beside the list).

        The filters are all plain strings: the list filters (`order_ids`, `project_ids`, `ids`)
        probably take comma-separated values, and the range filters (`created_at`, `area`) take a
        range whose notation is not documented.

        Returns a paginator: iterate it for every item over all pages (at most ``limit`` when given), or call ``.pages()`` for the page objects or ``.first_page()``.

        ``GET /v0/order-items`` (operation ``listOrderItems``).

        Args:
            user_id: Only items of this user (UUID).
            type_: Only items of this type; the item types are TASKING, ARCHIVE and RECURRING.
            status: Only items in this status (see `OrderItemStatus`).
            order_ids: Only items of these orders (order UUIDs; list syntax not documented, probably
                comma-separated).
            created_by: Only items created by this user (UUID).
            created_at: Only items created within this time range (range notation not documented).
            project_ids: Only items of these projects (project UUIDs; list syntax not documented,
                probably comma-separated).
            ids: Only these order items (UUIDs; list syntax not documented, probably comma-
                separated).
            area: Only items whose area (km²) lies within this range (range notation not
                documented).
            page_size: Items per request: the API's own page size (sent as ``limit``); the API's
                default when not given.
            offset: Number of items to skip before the first one returned.
            limit: The most items the iterator yields over all pages (every item when not given).
        """

        def build(page: PageRequest) -> PreparedRequest[models.OrderItemList]:
            return list_order_items.build_request(
                user_id=user_id,
                type_=type_,
                status=status,
                order_ids=order_ids,
                created_by=created_by,
                created_at=created_at,
                project_ids=project_ids,
                ids=ids,
                area=area,
                limit=page.size,
                offset=page.offset,
            )

        return self._paginate(
            AsyncPaginator,
            OPERATIONS["listOrderItems"],
            build,
            PageRequest(offset=offset, size=page_size, limit=limit),
        )

    async def get(
        self,
        id: str,
    ) -> models.OrderItem:
        """Get an order item.

        Returns one order item together with its tasks. Feasibility fields apply to tasking items
        only and can change over time, as Pixxel re-checks feasibility (for recurring items, each
        future occurrence is checked about five days before its start and stays DRAFT until then).

        Poll this operation to follow fulfilment: the item ends in COMPLETED or FULFILLED (the
        service uses either name), PARTIALLY_COMPLETED or PARTIALLY_FULFILLED, FAILED or CANCELLED.

        ``GET /v0/order-items/{id}`` (operation ``getOrderItem``).

        Args:
            id: Order item identifier (UUID).
        """
        id = path_argument(id, "order_items.get", "id")
        return await self._send(
            OPERATIONS["getOrderItem"],
            get_order_item.build_request(
                id=id,
            ),
        )

    async def wait(
        self,
        id: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_update: Callable[[Any], None] | None = None,
    ) -> models.OrderItem:
        """Poll ``get`` until status is COMPLETED / FULFILLED / PARTIALLY_COMPLETED / PARTIALLY_FULFILLED, and return it.

        Raises ``WaitFailedError`` on FAILED / CANCELLED and ``WaitTimeoutError`` after
        ``timeout`` seconds. Polls every ``poll_interval`` seconds, backing off up to a minute;
        ``on_update`` sees each polled value.
        """

        async def fetch() -> Any:
            return await self.get(id)

        result = await wait_async(
            "getOrderItem",
            OPERATIONS["getOrderItem"].waiter or {},
            fetch,
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
        )
        return cast("models.OrderItem", result)


class OrderItemsWithRawResponse:
    """``client.order_items.with_raw_response``: each call returns a ``RawResponse``."""

    def __init__(self, resource: OrderItems) -> None:
        self.list = raw_page_method(resource.list)
        self.get = raw_method(resource.get)


class AsyncOrderItemsWithRawResponse:
    """``client.order_items.with_raw_response`` (asyncio): each call returns a ``RawResponse``."""

    def __init__(self, resource: AsyncOrderItems) -> None:
        self.get = async_raw_method(resource.get)
