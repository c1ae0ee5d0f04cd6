"""``client.order_items``: Order items."""

from __future__ import annotations

from .. import models
from .._operations import OPERATIONS
from .._runtime._resource import AsyncAPIResource, SyncAPIResource
from ..api.order import get_order_item, list_order_items

__all__ = ["AsyncOrderItems", "OrderItems"]


class OrderItems(SyncAPIResource):
    """Order items."""

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
        limit: int | None = None,
        offset: int | None = None,
    ) -> models.OrderItemList:
        """List all order items.

        Returns the order items of the caller's organization, each with its tasks, one page at a
        time (`limit`/`offset`, with a `pagination` block beside the list).

        The filters are all typed as plain strings and their syntax is not documented: the list
        filters (`order_ids`, `project_ids`, `ids`) probably take comma-separated values, and the
        range filters (`created_at`, `area`) take a range whose notation is not given. No defaults
        are given for `limit`/`offset`; the shared parameters are used.

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
            limit: Maximum number of items to return.
            offset: Number of items to skip before the first one returned.
        """
        return self._send(
            OPERATIONS["listOrderItems"],
            list_order_items.build_request(
                user_id=user_id,
                type_=type_,
                status=status,
                order_ids=order_ids,
                created_by=created_by,
                created_at=created_at,
                project_ids=project_ids,
                ids=ids,
                area=area,
                limit=limit,
                offset=offset,
            ),
        )

    def get(
        self,
        id: str,
    ) -> models.OrderItem:
        """Get an order item.

        Returns one order item together with its tasks. Feasibility fields apply to tasking items
        only and can change over time, as Pixxel re-checks feasibility (for recurring items, each
        future occurrence is checked about five days before its start and stays DRAFT until then).

        Poll this operation to follow fulfilment: the item ends in COMPLETED (FULFILLED on the
        generated reference), FAILED or CANCELLED. Whether PARTIALLY_COMPLETED / PARTIALLY_FULFILLED
        is final is not documented.

        ``GET /v0/order-items/{id}`` (operation ``getOrderItem``).

        Args:
            id: Order item identifier (UUID).
        """
        return self._send(
            OPERATIONS["getOrderItem"],
            get_order_item.build_request(
                id=id,
            ),
        )


class AsyncOrderItems(AsyncAPIResource):
    """Order items. (asyncio)"""

    async def list(
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
        limit: int | None = None,
        offset: int | None = None,
    ) -> models.OrderItemList:
        """List all order items.

        Returns the order items of the caller's organization, each with its tasks, one page at a
        time (`limit`/`offset`, with a `pagination` block beside the list).

        The filters are all typed as plain strings and their syntax is not documented: the list
        filters (`order_ids`, `project_ids`, `ids`) probably take comma-separated values, and the
        range filters (`created_at`, `area`) take a range whose notation is not given. No defaults
        are given for `limit`/`offset`; the shared parameters are used.

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
            limit: Maximum number of items to return.
            offset: Number of items to skip before the first one returned.
        """
        return await self._send(
            OPERATIONS["listOrderItems"],
            list_order_items.build_request(
                user_id=user_id,
                type_=type_,
                status=status,
                order_ids=order_ids,
                created_by=created_by,
                created_at=created_at,
                project_ids=project_ids,
                ids=ids,
                area=area,
                limit=limit,
                offset=offset,
            ),
        )

    async def get(
        self,
        id: str,
    ) -> models.OrderItem:
        """Get an order item.

        Returns one order item together with its tasks. Feasibility fields apply to tasking items
        only and can change over time, as Pixxel re-checks feasibility (for recurring items, each
        future occurrence is checked about five days before its start and stays DRAFT until then).

        Poll this operation to follow fulfilment: the item ends in COMPLETED (FULFILLED on the
        generated reference), FAILED or CANCELLED. Whether PARTIALLY_COMPLETED / PARTIALLY_FULFILLED
        is final is not documented.

        ``GET /v0/order-items/{id}`` (operation ``getOrderItem``).

        Args:
            id: Order item identifier (UUID).
        """
        return await self._send(
            OPERATIONS["getOrderItem"],
            get_order_item.build_request(
                id=id,
            ),
        )
