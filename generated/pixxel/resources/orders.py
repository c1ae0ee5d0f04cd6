"""``client.orders``: Tasking, archive and recurring orders and their items."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import Any

from .. import models
from .._operations import OPERATIONS
from .._runtime._inputs import (
    convert_nested,
    path_argument,
)
from .._runtime._pagination import AsyncPaginator, PageRequest, SyncPaginator
from .._runtime._request import PreparedRequest
from .._runtime._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_raw_method,
    body_of,
    raw_method,
    raw_page_method,
)
from .._runtime._types import NOT_GIVEN, NotGiven
from ..api.order import create_order, get_order, list_orders

__all__ = [
    "AsyncOrders",
    "AsyncOrdersWithRawResponse",
    "Orders",
    "OrdersWithRawResponse",
]


class Orders(SyncAPIResource):
    """Tasking, archive and recurring orders and their items."""

    @cached_property
    def with_raw_response(self) -> OrdersWithRawResponse:
        """The same calls, returning a ``RawResponse`` (status, headers, body; ``.parse()``)."""
        return OrdersWithRawResponse(self)

    def list(
        self,
        *,
        user_id: str | None = None,
        page_size: int | None = None,
        offset: int | None = None,
        limit: int | None = None,
    ) -> SyncPaginator[models.Order, models.OrderList]:
        """List all orders.

        Returns the orders of the caller's organization (the reference pages say "workspace" and
        "organization"); the sort order is not documented. Each order embeds its order items,
        without their tasks.

        Paging uses `limit`/`offset` query parameters and a `pagination` block beside the list.

        Returns a paginator: iterate it for every item over all pages (at most ``limit`` when given), or call ``.pages()`` for the page objects or ``.first_page()``.

        ``GET /v0/orders`` (operation ``listOrders``).

        Args:
            user_id: Only return orders placed by this user (a user UUID).
            page_size: Items per request: the API's own page size (sent as ``limit``); the API's
                default when not given.
            offset: Number of items to skip before the first one returned.
            limit: The most items the iterator yields over all pages (every item when not given).
        """

        def build(page: PageRequest) -> PreparedRequest[models.OrderList]:
            return list_orders.build_request(
                user_id=user_id,
                limit=page.size,
                offset=page.offset,
            )

        return self._paginate(
            SyncPaginator,
            OPERATIONS["listOrders"],
            build,
            PageRequest(offset=offset, size=page_size, limit=limit),
        )

    def create(
        self,
        *,
        order_items: builtins.list[models.OrderItemCreate | dict[str, Any]],
        dry_run: bool | NotGiven = NOT_GIVEN,
    ) -> models.Order:
        """Create an order.

        Places an order made of one or more order items. Each item is either a tasking request (an
        area as a GeoJSON FeatureCollection, a capture window, a band set and imaging limits) or an
        archive purchase (`item_ids` of existing images). A recurring tasking item repeats the
        capture (`recurrence`, `no_of_occurrences`).

        With `dry_run: true` nothing is charged: the response has the same shape as a real order and
        shows the computed cost. The developer guide adds these rules for tasking items: the start
        must be at least 24 hours after the order is placed, the end must follow the start, areas
        under 100 km² are billed as 100 km², and the polygons of a multi-polygon area must lie
        within 200 km of each other. It also says urgent or assured captures may override
        `cloud_cover` to 100.

        ``POST /v0/orders`` (operation ``createOrder``).

        Args:
            order_items: The items to order; a single tasking order has exactly one. In each
                element, ``geometry``, ``start_date``, ``end_date`` take the same Python values
                as elsewhere (GeoJSON or ``__geo_interface__`` objects, ``datetime``/``date``;
                naive means UTC).
            dry_run: Simulate the order and return its cost without placing it or spending tokens.
        """
        order_items = convert_nested(
            order_items,
            "orders.create",
            "order_items",
            {
                "geometry": {"kind": "feature-collection", "types": ["Polygon"]},
                "start_date": {"kind": "date-time"},
                "end_date": {"kind": "date-time", "bound": "end"},
            },
        )
        return self._send(
            OPERATIONS["createOrder"],
            create_order.build_request(
                body=body_of(
                    models.OrderCreate,
                    "orders.create",
                    {
                        "dry_run": dry_run,
                        "order_items": order_items,
                    },
                ),
            ),
        )

    def get(
        self,
        id: str,
    ) -> models.Order:
        """Get an order.

        Returns one order with its order items. The order's own `status` is its payment status
        (PAID, UNPAID, PAYMENT_IN_PROGRESS); fulfilment progress lives on each item's `status`, so
        wait on `getOrderItem` rather than on this operation.

        ``GET /v0/orders/{id}`` (operation ``getOrder``).

        Args:
            id: Order identifier (UUID).
        """
        id = path_argument(id, "orders.get", "id")
        return self._send(
            OPERATIONS["getOrder"],
            get_order.build_request(
                id=id,
            ),
        )


class AsyncOrders(AsyncAPIResource):
    """Tasking, archive and recurring orders and their items. (asyncio)"""

    @cached_property
    def with_raw_response(self) -> AsyncOrdersWithRawResponse:
        """The same calls, returning a ``RawResponse`` (status, headers, body; ``.parse()``)."""
        return AsyncOrdersWithRawResponse(self)

    def list(
        self,
        *,
        user_id: str | None = None,
        page_size: int | None = None,
        offset: int | None = None,
        limit: int | None = None,
    ) -> AsyncPaginator[models.Order, models.OrderList]:
        """List all orders.

        Returns the orders of the caller's organization (the reference pages say "workspace" and
        "organization"); the sort order is not documented. Each order embeds its order items,
        without their tasks.

        Paging uses `limit`/`offset` query parameters and a `pagination` block beside the list.

        Returns a paginator: iterate it for every item over all pages (at most ``limit`` when given), or call ``.pages()`` for the page objects or ``.first_page()``.

        ``GET /v0/orders`` (operation ``listOrders``).

        Args:
            user_id: Only return orders placed by this user (a user UUID).
            page_size: Items per request: the API's own page size (sent as ``limit``); the API's
                default when not given.
            offset: Number of items to skip before the first one returned.
            limit: The most items the iterator yields over all pages (every item when not given).
        """

        def build(page: PageRequest) -> PreparedRequest[models.OrderList]:
            return list_orders.build_request(
                user_id=user_id,
                limit=page.size,
                offset=page.offset,
            )

        return self._paginate(
            AsyncPaginator,
            OPERATIONS["listOrders"],
            build,
            PageRequest(offset=offset, size=page_size, limit=limit),
        )

    async def create(
        self,
        *,
        order_items: builtins.list[models.OrderItemCreate | dict[str, Any]],
        dry_run: bool | NotGiven = NOT_GIVEN,
    ) -> models.Order:
        """Create an order.

        Places an order made of one or more order items. Each item is either a tasking request (an
        area as a GeoJSON FeatureCollection, a capture window, a band set and imaging limits) or an
        archive purchase (`item_ids` of existing images). A recurring tasking item repeats the
        capture (`recurrence`, `no_of_occurrences`).

        With `dry_run: true` nothing is charged: the response has the same shape as a real order and
        shows the computed cost. The developer guide adds these rules for tasking items: the start
        must be at least 24 hours after the order is placed, the end must follow the start, areas
        under 100 km² are billed as 100 km², and the polygons of a multi-polygon area must lie
        within 200 km of each other. It also says urgent or assured captures may override
        `cloud_cover` to 100.

        ``POST /v0/orders`` (operation ``createOrder``).

        Args:
            order_items: The items to order; a single tasking order has exactly one. In each
                element, ``geometry``, ``start_date``, ``end_date`` take the same Python values
                as elsewhere (GeoJSON or ``__geo_interface__`` objects, ``datetime``/``date``;
                naive means UTC).
            dry_run: Simulate the order and return its cost without placing it or spending tokens.
        """
        order_items = convert_nested(
            order_items,
            "orders.create",
            "order_items",
            {
                "geometry": {"kind": "feature-collection", "types": ["Polygon"]},
                "start_date": {"kind": "date-time"},
                "end_date": {"kind": "date-time", "bound": "end"},
            },
        )
        return await self._send(
            OPERATIONS["createOrder"],
            create_order.build_request(
                body=body_of(
                    models.OrderCreate,
                    "orders.create",
                    {
                        "dry_run": dry_run,
                        "order_items": order_items,
                    },
                ),
            ),
        )

    async def get(
        self,
        id: str,
    ) -> models.Order:
        """Get an order.

        Returns one order with its order items. The order's own `status` is its payment status
        (PAID, UNPAID, PAYMENT_IN_PROGRESS); fulfilment progress lives on each item's `status`, so
        wait on `getOrderItem` rather than on this operation.

        ``GET /v0/orders/{id}`` (operation ``getOrder``).

        Args:
            id: Order identifier (UUID).
        """
        id = path_argument(id, "orders.get", "id")
        return await self._send(
            OPERATIONS["getOrder"],
            get_order.build_request(
                id=id,
            ),
        )


class OrdersWithRawResponse:
    """``client.orders.with_raw_response``: each call returns a ``RawResponse``."""

    def __init__(self, resource: Orders) -> None:
        self.list = raw_page_method(resource.list)
        self.create = raw_method(resource.create)
        self.get = raw_method(resource.get)


class AsyncOrdersWithRawResponse:
    """``client.orders.with_raw_response`` (asyncio): each call returns a ``RawResponse``."""

    def __init__(self, resource: AsyncOrders) -> None:
        self.create = async_raw_method(resource.create)
        self.get = async_raw_method(resource.get)
