"""``client.stores``: Cloud storage targets that deliveries write to."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from .. import models
from .._operations import OPERATIONS
from .._runtime._inputs import (
    path_argument,
)
from .._runtime._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_raw_method,
    body_of,
    raw_method,
)
from .._runtime._types import NOT_GIVEN, NotGiven
from ..api.stores import create_store, delete_store, list_stores

__all__ = [
    "AsyncStores",
    "AsyncStoresWithRawResponse",
    "Stores",
    "StoresWithRawResponse",
]


class Stores(SyncAPIResource):
    """Cloud storage targets that deliveries write to."""

    @cached_property
    def with_raw_response(self) -> StoresWithRawResponse:
        """The same calls, returning a ``RawResponse`` (status, headers, body; ``.parse()``)."""
        return StoresWithRawResponse(self)

    def list(
        self,
    ) -> models.StoreList:
        """List stores.

        Returns every store configured in the caller's organization. The list is not paged and takes
        no parameters. Stored credentials are never returned.

        ``GET /v0/stores`` (operation ``listStores``).
        """
        return self._send(
            OPERATIONS["listStores"],
            list_stores.build_request(),
        )

    def create(
        self,
        *,
        name: str,
        type_: models.StoreType | str,
        configs: models.StoreConfigs | dict[str, Any],
        secrets: models.StoreSecrets | dict[str, Any],
        labels: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> models.Store:
        """Create a store.

        Registers a cloud bucket (S3, GCS or Azure Blob) as a delivery target. The returned `id` is
        what order items (`cloud_delivery.config`) and catalog deliveries (`cloud_info.config`) name
        to deliver there; once a store is set up, imagery that reaches the catalog can be pushed to
        it automatically.

        `secrets` carries the provider credentials. They are write-only: the response (and List
        stores) never echo them back. The API answers 200, not 201.

        ``POST /v0/stores`` (operation ``createStore``).

        Args:
            name: Unique, human-friendly name of the store.
            type_: type
            configs: Bucket location.
            secrets: secrets
            labels: Optional user-defined metadata labels, e.g. `{"env": "prod"}`.
        """
        return self._send(
            OPERATIONS["createStore"],
            create_store.build_request(
                body=body_of(
                    models.StoreCreate,
                    "stores.create",
                    {
                        "name": name,
                        "type": type_,
                        "configs": configs,
                        "secrets": secrets,
                        "labels": labels,
                    },
                ),
            ),
        )

    def delete(
        self,
        id: str,
    ) -> None:
        """Delete a store.

        Removes a store configuration that is no longer needed. Success has no body. What happens to
        deliveries or order items that still name the store is not documented.

        ``DELETE /v0/stores/{id}`` (operation ``deleteStore``).

        Args:
            id: Identifier of the store to delete (the `id` returned by Create a store / List
                stores).
        """
        id = path_argument(id, "stores.delete", "id")
        return self._send(
            OPERATIONS["deleteStore"],
            delete_store.build_request(
                id=id,
            ),
        )


class AsyncStores(AsyncAPIResource):
    """Cloud storage targets that deliveries write to. (asyncio)"""

    @cached_property
    def with_raw_response(self) -> AsyncStoresWithRawResponse:
        """The same calls, returning a ``RawResponse`` (status, headers, body; ``.parse()``)."""
        return AsyncStoresWithRawResponse(self)

    async def list(
        self,
    ) -> models.StoreList:
        """List stores.

        Returns every store configured in the caller's organization. The list is not paged and takes
        no parameters. Stored credentials are never returned.

        ``GET /v0/stores`` (operation ``listStores``).
        """
        return await self._send(
            OPERATIONS["listStores"],
            list_stores.build_request(),
        )

    async def create(
        self,
        *,
        name: str,
        type_: models.StoreType | str,
        configs: models.StoreConfigs | dict[str, Any],
        secrets: models.StoreSecrets | dict[str, Any],
        labels: dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> models.Store:
        """Create a store.

        Registers a cloud bucket (S3, GCS or Azure Blob) as a delivery target. The returned `id` is
        what order items (`cloud_delivery.config`) and catalog deliveries (`cloud_info.config`) name
        to deliver there; once a store is set up, imagery that reaches the catalog can be pushed to
        it automatically.

        `secrets` carries the provider credentials. They are write-only: the response (and List
        stores) never echo them back. The API answers 200, not 201.

        ``POST /v0/stores`` (operation ``createStore``).

        Args:
            name: Unique, human-friendly name of the store.
            type_: type
            configs: Bucket location.
            secrets: secrets
            labels: Optional user-defined metadata labels, e.g. `{"env": "prod"}`.
        """
        return await self._send(
            OPERATIONS["createStore"],
            create_store.build_request(
                body=body_of(
                    models.StoreCreate,
                    "stores.create",
                    {
                        "name": name,
                        "type": type_,
                        "configs": configs,
                        "secrets": secrets,
                        "labels": labels,
                    },
                ),
            ),
        )

    async def delete(
        self,
        id: str,
    ) -> None:
        """Delete a store.

        Removes a store configuration that is no longer needed. Success has no body. What happens to
        deliveries or order items that still name the store is not documented.

        ``DELETE /v0/stores/{id}`` (operation ``deleteStore``).

        Args:
            id: Identifier of the store to delete (the `id` returned by Create a store / List
                stores).
        """
        id = path_argument(id, "stores.delete", "id")
        return await self._send(
            OPERATIONS["deleteStore"],
            delete_store.build_request(
                id=id,
            ),
        )


class StoresWithRawResponse:
    """``client.stores.with_raw_response``: each call returns a ``RawResponse``."""

    def __init__(self, resource: Stores) -> None:
        self.list = raw_method(resource.list)
        self.create = raw_method(resource.create)
        self.delete = raw_method(resource.delete)


class AsyncStoresWithRawResponse:
    """``client.stores.with_raw_response`` (asyncio): each call returns a ``RawResponse``."""

    def __init__(self, resource: AsyncStores) -> None:
        self.list = async_raw_method(resource.list)
        self.create = async_raw_method(resource.create)
        self.delete = async_raw_method(resource.delete)
