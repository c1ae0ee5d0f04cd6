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
    async_raw_page_method,
    body_of,
    raw_method,
    raw_page_method,
)
from .._runtime._types import Body, Headers, Query, Timeout
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
        limit: int | None = None,
        satellite_id: str | None = None,
        type_: Literal["custom", "preset"] | None = None,
        expression_type: Literal["composite", "index", "grayscale"] | None = None,
        index_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
    ) -> SyncPaginator[models.Index, models.IndexList]:
        """List all available indices.

        Returns one page of the indices the caller can use, both the pre-generated `preset` ones and
        the caller's `custom` ones, together with an offset pagination block. The results can be
        narrowed by satellite, index type, expression type or a single index id.

        Only the developer guide describes this operation and it shows no sample response: the item
        shape is the Index object documented on the create-index pages, and the wrapper (`indices`
        next to `pagination{total, offset, limit}`) follows the guide's field table.

        Returns a paginator: iterate it for every item over all pages (at most ``limit`` when given), or call ``.pages()`` for the page objects or ``.first_page()``.

        ``GET /v0/indices`` (operation ``listIndices``).

        Args:
            offset: Number of items to skip before the first one returned.
            limit: Maximum number of items to return.
            satellite_id: Only indices defined for this satellite id (e.g.
                `0002a3a3-00a2-4b55-842b-44d8202c6d60`, Sentinel-2).
            type_: Only indices of this category.
            expression_type: Only indices whose expression is of this kind.
            index_id: Only the index with this id.
        """

        def build(page: PageRequest) -> PreparedRequest[models.IndexList]:
            return list_indices.build_request(
                offset=page.offset,
                limit=page.limit,
                satellite_id=satellite_id,
                type_=type_,
                expression_type=expression_type,
                index_id=index_id,
            ).extend(extra_headers, extra_query, extra_body, timeout)

        return self._paginate(
            SyncPaginator, OPERATIONS["listIndices"], build, PageRequest(offset=offset, limit=limit)
        )

    def create(
        self,
        *,
        name: str,
        description: str,
        rescale: builtins.list[int],
        expression: str,
        colormap: str,
        lens_satellite_id: str,
        expression_type: models.ExpressionType | str,
        type_: models.IndexType | str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
    ) -> models.Index:
        """Create a new index.

        Defines a new index from a band expression, its display range (`rescale`) and a colour map,
        for one satellite. Answers 201 with the stored Index.

        Conflicts between the pages: - Satellite field: the API reference (R:) and the developer
        guide (D:) send `lens_satellite_id`; the generated reference (A:) sends `satellite_id` and
        returns it under that name too. The request schema follows R:/D:, whose example payloads
        agree; the response schema accepts both names. - `type`: required with values custom|preset
        in R:/D:, absent from A:, which also says this endpoint creates custom indices only (preset
        indices are pre-generated), while D: speaks of creating "custom or preset" indices. `type`
        stays required, as the examples send it. - D: mentions errors for invalid input and for
        duplicates without giving their status codes; invalid input is modelled as 400.

        ``POST /v0/indices`` (operation ``createIndex``).

        Args:
            name: Display name of the index.
            description: Free text saying what the index is for.
            rescale: Display range as `[min, max]`; index values are stretched over this range for
                rendering.
            expression: Band arithmetic using the satellite's band names.
            colormap: Name of the colour palette used to render the index.
            lens_satellite_id: Id of the satellite whose bands the expression uses. The generated
                reference (A:) names this field `satellite_id`; R: and D: (and their examples)
                use `lens_satellite_id`.
            expression_type: expression_type
            type_: type
        """
        return self._send(
            OPERATIONS["createIndex"],
            create_index.build_request(
                body=body_of(
                    models.IndexCreate,
                    {
                        "name": name,
                        "description": description,
                        "rescale": rescale,
                        "expression": expression,
                        "colormap": colormap,
                        "lens_satellite_id": lens_satellite_id,
                        "expression_type": expression_type,
                        "type": type_,
                    },
                ),
            ).extend(extra_headers, extra_query, extra_body, timeout),
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
        limit: int | None = None,
        satellite_id: str | None = None,
        type_: Literal["custom", "preset"] | None = None,
        expression_type: Literal["composite", "index", "grayscale"] | None = None,
        index_id: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
    ) -> AsyncPaginator[models.Index, models.IndexList]:
        """List all available indices.

        Returns one page of the indices the caller can use, both the pre-generated `preset` ones and
        the caller's `custom` ones, together with an offset pagination block. The results can be
        narrowed by satellite, index type, expression type or a single index id.

        Only the developer guide describes this operation and it shows no sample response: the item
        shape is the Index object documented on the create-index pages, and the wrapper (`indices`
        next to `pagination{total, offset, limit}`) follows the guide's field table.

        Returns a paginator: iterate it for every item over all pages (at most ``limit`` when given), or call ``.pages()`` for the page objects or ``.first_page()``.

        ``GET /v0/indices`` (operation ``listIndices``).

        Args:
            offset: Number of items to skip before the first one returned.
            limit: Maximum number of items to return.
            satellite_id: Only indices defined for this satellite id (e.g.
                `0002a3a3-00a2-4b55-842b-44d8202c6d60`, Sentinel-2).
            type_: Only indices of this category.
            expression_type: Only indices whose expression is of this kind.
            index_id: Only the index with this id.
        """

        def build(page: PageRequest) -> PreparedRequest[models.IndexList]:
            return list_indices.build_request(
                offset=page.offset,
                limit=page.limit,
                satellite_id=satellite_id,
                type_=type_,
                expression_type=expression_type,
                index_id=index_id,
            ).extend(extra_headers, extra_query, extra_body, timeout)

        return self._paginate(
            AsyncPaginator,
            OPERATIONS["listIndices"],
            build,
            PageRequest(offset=offset, limit=limit),
        )

    async def create(
        self,
        *,
        name: str,
        description: str,
        rescale: builtins.list[int],
        expression: str,
        colormap: str,
        lens_satellite_id: str,
        expression_type: models.ExpressionType | str,
        type_: models.IndexType | str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
    ) -> models.Index:
        """Create a new index.

        Defines a new index from a band expression, its display range (`rescale`) and a colour map,
        for one satellite. Answers 201 with the stored Index.

        Conflicts between the pages: - Satellite field: the API reference (R:) and the developer
        guide (D:) send `lens_satellite_id`; the generated reference (A:) sends `satellite_id` and
        returns it under that name too. The request schema follows R:/D:, whose example payloads
        agree; the response schema accepts both names. - `type`: required with values custom|preset
        in R:/D:, absent from A:, which also says this endpoint creates custom indices only (preset
        indices are pre-generated), while D: speaks of creating "custom or preset" indices. `type`
        stays required, as the examples send it. - D: mentions errors for invalid input and for
        duplicates without giving their status codes; invalid input is modelled as 400.

        ``POST /v0/indices`` (operation ``createIndex``).

        Args:
            name: Display name of the index.
            description: Free text saying what the index is for.
            rescale: Display range as `[min, max]`; index values are stretched over this range for
                rendering.
            expression: Band arithmetic using the satellite's band names.
            colormap: Name of the colour palette used to render the index.
            lens_satellite_id: Id of the satellite whose bands the expression uses. The generated
                reference (A:) names this field `satellite_id`; R: and D: (and their examples)
                use `lens_satellite_id`.
            expression_type: expression_type
            type_: type
        """
        return await self._send(
            OPERATIONS["createIndex"],
            create_index.build_request(
                body=body_of(
                    models.IndexCreate,
                    {
                        "name": name,
                        "description": description,
                        "rescale": rescale,
                        "expression": expression,
                        "colormap": colormap,
                        "lens_satellite_id": lens_satellite_id,
                        "expression_type": expression_type,
                        "type": type_,
                    },
                ),
            ).extend(extra_headers, extra_query, extra_body, timeout),
        )


class IndicesWithRawResponse:
    """``client.indices.with_raw_response``: each call returns a ``RawResponse``."""

    def __init__(self, resource: Indices) -> None:
        self.list = raw_page_method(resource.list)
        self.create = raw_method(resource.create)


class AsyncIndicesWithRawResponse:
    """``client.indices.with_raw_response`` (asyncio): each call returns a ``RawResponse``."""

    def __init__(self, resource: AsyncIndices) -> None:
        self.list = async_raw_page_method(resource.list)
        self.create = async_raw_method(resource.create)
