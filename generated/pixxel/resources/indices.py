"""``client.indices``: Spectral indices (band expressions) used by visualizations."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import Literal

from .. import models
from .._operations import OPERATIONS
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
from ..api.indices import create_index, list_indices

__all__ = [
    "AsyncIndices",
    "AsyncIndicesWithRawResponse",
    "Indices",
    "IndicesWithRawResponse",
]


class Indices(SyncAPIResource):
    """Spectral indices (band expressions) used by visualizations."""

    @cached_property
    def with_raw_response(self) -> IndicesWithRawResponse:
        """The same calls, returning a ``RawResponse`` (status, headers, body; ``.parse()``)."""
        return IndicesWithRawResponse(self)

    def list(
        self,
        *,
        offset: int | None = None,
        page_size: int | None = None,
        satellite_id: str | None = None,
        type_: Literal["custom", "preset"] | None = None,
        expression_type: Literal["composite", "index", "grayscale"] | None = None,
        index_id: str | None = None,
        limit: int | None = None,
    ) -> SyncPaginator[models.Index, models.IndexList]:
        """List all available indices.

        Returns one page of the indices the caller can use, both the pre-generated `preset` ones and
        the caller's `custom` ones, together with an offset pagination block. The results can be
        narrowed by satellite, index type, expression type or a single index id.

        Returns a paginator: iterate it for every item over all pages (at most ``limit`` when given), or call ``.pages()`` for the page objects or ``.first_page()``.

        ``GET /v0/indices`` (operation ``listIndices``).

        Args:
            offset: Number of items to skip before the first one returned.
            page_size: Items per request: the API's own page size (sent as ``limit``); the API's
                default when not given.
            satellite_id: Only indices defined for this satellite id (e.g.
                `0002a3a3-00a2-4b55-842b-44d8202c6d60`, Sentinel-2).
            type_: Only indices of this category.
            expression_type: Only indices whose expression is of this kind.
            index_id: Only the index with this id.
            limit: The most items the iterator yields over all pages (every item when not given).
        """

        def build(page: PageRequest) -> PreparedRequest[models.IndexList]:
            return list_indices.build_request(
                offset=page.offset,
                limit=page.size,
                satellite_id=satellite_id,
                type_=type_,
                expression_type=expression_type,
                index_id=index_id,
            )

        return self._paginate(
            SyncPaginator,
            OPERATIONS["listIndices"],
            build,
            PageRequest(offset=offset, size=page_size, limit=limit),
        )

    def create(
        self,
        *,
        name: str,
        description: str,
        rescale: builtins.list[int],
        expression: str,
        colormap: str,
        satellite_id: str,
        expression_type: models.ExpressionType | str,
    ) -> models.Index:
        """Create a new index.

        Defines a new custom index from a band expression, its display range (`rescale`) and a
        colour map, for one satellite. Answers 201 with the stored Index. Preset indices are
        provided by Pixxel and cannot be created.

        ``POST /v0/indices`` (operation ``createIndex``).

        Args:
            name: Display name of the index.
            description: Free text saying what the index is for.
            rescale: Display range as `[min, max]`; index values are stretched over this range for
                rendering.
            expression: Band arithmetic using the satellite's band names.
            colormap: Name of the colour palette used to render the index.
            satellite_id: Id of the satellite whose bands the expression uses
                (`0002a3a3-00a2-4b55-842b-44d8202c6d60` is Sentinel-2).
            expression_type: expression_type
        """
        return self._send(
            OPERATIONS["createIndex"],
            create_index.build_request(
                body=body_of(
                    models.IndexCreate,
                    "indices.create",
                    {
                        "name": name,
                        "description": description,
                        "rescale": rescale,
                        "expression": expression,
                        "colormap": colormap,
                        "satellite_id": satellite_id,
                        "expression_type": expression_type,
                    },
                ),
            ),
        )


class AsyncIndices(AsyncAPIResource):
    """Spectral indices (band expressions) used by visualizations. (asyncio)"""

    @cached_property
    def with_raw_response(self) -> AsyncIndicesWithRawResponse:
        """The same calls, returning a ``RawResponse`` (status, headers, body; ``.parse()``)."""
        return AsyncIndicesWithRawResponse(self)

    def list(
        self,
        *,
        offset: int | None = None,
        page_size: int | None = None,
        satellite_id: str | None = None,
        type_: Literal["custom", "preset"] | None = None,
        expression_type: Literal["composite", "index", "grayscale"] | None = None,
        index_id: str | None = None,
        limit: int | None = None,
    ) -> AsyncPaginator[models.Index, models.IndexList]:
        """List all available indices.

        Returns one page of the indices the caller can use, both the pre-generated `preset` ones and
        the caller's `custom` ones, together with an offset pagination block. The results can be
        narrowed by satellite, index type, expression type or a single index id.

        Returns a paginator: iterate it for every item over all pages (at most ``limit`` when given), or call ``.pages()`` for the page objects or ``.first_page()``.

        ``GET /v0/indices`` (operation ``listIndices``).

        Args:
            offset: Number of items to skip before the first one returned.
            page_size: Items per request: the API's own page size (sent as ``limit``); the API's
                default when not given.
            satellite_id: Only indices defined for this satellite id (e.g.
                `0002a3a3-00a2-4b55-842b-44d8202c6d60`, Sentinel-2).
            type_: Only indices of this category.
            expression_type: Only indices whose expression is of this kind.
            index_id: Only the index with this id.
            limit: The most items the iterator yields over all pages (every item when not given).
        """

        def build(page: PageRequest) -> PreparedRequest[models.IndexList]:
            return list_indices.build_request(
                offset=page.offset,
                limit=page.size,
                satellite_id=satellite_id,
                type_=type_,
                expression_type=expression_type,
                index_id=index_id,
            )

        return self._paginate(
            AsyncPaginator,
            OPERATIONS["listIndices"],
            build,
            PageRequest(offset=offset, size=page_size, limit=limit),
        )

    async def create(
        self,
        *,
        name: str,
        description: str,
        rescale: builtins.list[int],
        expression: str,
        colormap: str,
        satellite_id: str,
        expression_type: models.ExpressionType | str,
    ) -> models.Index:
        """Create a new index.

        Defines a new custom index from a band expression, its display range (`rescale`) and a
        colour map, for one satellite. Answers 201 with the stored Index. Preset indices are
        provided by Pixxel and cannot be created.

        ``POST /v0/indices`` (operation ``createIndex``).

        Args:
            name: Display name of the index.
            description: Free text saying what the index is for.
            rescale: Display range as `[min, max]`; index values are stretched over this range for
                rendering.
            expression: Band arithmetic using the satellite's band names.
            colormap: Name of the colour palette used to render the index.
            satellite_id: Id of the satellite whose bands the expression uses
                (`0002a3a3-00a2-4b55-842b-44d8202c6d60` is Sentinel-2).
            expression_type: expression_type
        """
        return await self._send(
            OPERATIONS["createIndex"],
            create_index.build_request(
                body=body_of(
                    models.IndexCreate,
                    "indices.create",
                    {
                        "name": name,
                        "description": description,
                        "rescale": rescale,
                        "expression": expression,
                        "colormap": colormap,
                        "satellite_id": satellite_id,
                        "expression_type": expression_type,
                    },
                ),
            ),
        )


class IndicesWithRawResponse:
    """``client.indices.with_raw_response``: each call returns a ``RawResponse``."""

    def __init__(self, resource: Indices) -> None:
        self.list = raw_page_method(resource.list)
        self.create = raw_method(resource.create)


class AsyncIndicesWithRawResponse:
    """``client.indices.with_raw_response`` (asyncio): each call returns a ``RawResponse``."""

    def __init__(self, resource: AsyncIndices) -> None:
        self.create = async_raw_method(resource.create)
