"""``client.visualizations``: Index visualizations computed over an AOI's assets."""

from __future__ import annotations

import builtins
from collections.abc import Callable
from functools import cached_property
from typing import Any, Literal, cast

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
    body_of,
    raw_method,
    raw_page_method,
)
from .._runtime._types import NOT_GIVEN, NotGiven
from .._runtime._waiting import DEFAULT_POLL_INTERVAL, DEFAULT_TIMEOUT, wait_async, wait_sync
from ..api.visualizations import (
    create_visualization,
    generate_visualization_png,
    generate_visualization_sld,
    list_visualizations,
    rollback_visualization_metadata,
    update_visualization_metadata,
)

__all__ = [
    "AsyncVisualizations",
    "AsyncVisualizationsWithRawResponse",
    "Visualizations",
    "VisualizationsWithRawResponse",
]


class Visualizations(SyncAPIResource):
    """Index visualizations computed over an AOI's assets."""

    @cached_property
    def with_raw_response(self) -> VisualizationsWithRawResponse:
        """The same calls, returning a ``RawResponse`` (status, headers, body; ``.parse()``)."""
        return VisualizationsWithRawResponse(self)

    def list(
        self,
        aoi_id: str,
        *,
        offset: int | None = None,
        page_size: int | None = None,
        type_: Literal["custom", "preset"] | None = None,
        user_id: str | None = None,
        expression_type: Literal["composite", "index", "grayscale"] | None = None,
        index_id: str | None = None,
        visualization_id: str | None = None,
        limit: int | None = None,
    ) -> SyncPaginator[models.Visualization, models.VisualizationList]:
        """List visualizations for an AOI.

        Returns one page of the visualizations computed over an AOI, with their assets, and an
        offset pagination block. Filters: index type, creating user, expression type, index id and
        visualization id (the latter is the only way to fetch a single visualization; there is no
        get-by-id operation).

        Note that the list sits under the **singular** key `visualization` (an array).

        Returns a paginator: iterate it for every item over all pages (at most ``limit`` when given), or call ``.pages()`` for the page objects or ``.first_page()``.

        ``GET /v0/aois/{aoi_id}/visualizations`` (operation ``listVisualizations``).

        Args:
            aoi_id: Id of the AOI whose visualizations are listed.
            offset: Number of items to skip before the first one returned.
            page_size: Items per request: the API's own page size (sent as ``limit``); the API's
                default when not given.
            type_: Only visualizations built from an index of this category.
            user_id: Only visualizations created by this user.
            expression_type: Only visualizations whose index expression is of this kind.
            index_id: Only visualizations of this index.
            visualization_id: Only the visualization with this id.
            limit: The most items the iterator yields over all pages (every item when not given).
        """
        aoi_id = path_argument(aoi_id, "visualizations.list", "aoi_id")

        def build(page: PageRequest) -> PreparedRequest[models.VisualizationList]:
            return list_visualizations.build_request(
                aoi_id=aoi_id,
                offset=page.offset,
                limit=page.size,
                type_=type_,
                user_id=user_id,
                expression_type=expression_type,
                index_id=index_id,
                visualization_id=visualization_id,
            )

        return self._paginate(
            SyncPaginator,
            OPERATIONS["listVisualizations"],
            build,
            PageRequest(offset=offset, size=page_size, limit=limit),
        )

    def create(
        self,
        aoi_id: str,
        *,
        index_id: str,
        src_asset_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        resolution: float | NotGiven = NOT_GIVEN,
    ) -> models.Visualization:
        """Create a new visualization.

        Computes an index over some of an AOI's assets and answers 201 with the new Visualization.
        Legend metadata is produced depending on the index: a preset index gets both a dynamic and a
        theoretical legend, a custom index whose expression type is `index` gets only a dynamic one,
        and a custom composite or grayscale index gets none.

        ``POST /v0/aois/{aoi_id}/visualizations`` (operation ``createVisualization``).

        Args:
            aoi_id: Id of the AOI to visualize.
            index_id: Index to compute.
            src_asset_ids: AOI assets to compute the index over.
            resolution: Output resolution in metres; when omitted the satellite's own resolution is
                used (e.g. 10).
        """
        aoi_id = path_argument(aoi_id, "visualizations.create", "aoi_id")
        return self._send(
            OPERATIONS["createVisualization"],
            create_visualization.build_request(
                aoi_id=aoi_id,
                body=body_of(
                    models.VisualizationCreate,
                    "visualizations.create",
                    {
                        "index_id": index_id,
                        "src_asset_ids": src_asset_ids,
                        "resolution": resolution,
                    },
                ),
            ),
        )

    def update_metadata(
        self,
        aoi_id: str,
        visualization_id: str,
        *,
        visualization_mode: models.VisualizationMode | str,
        legend: models.VisualizationLegend | dict[str, Any],
        dynamic_bins: int | NotGiven = NOT_GIVEN,
    ) -> models.VisualizationMetadata:
        """Update visualization metadata.

        Replaces the legend of one mode (`dynamic` or `theoretical`) of a visualization; the legend
        of the other mode is left as it is. In dynamic mode `dynamic_bins` (1-15 equal intervals) is
        required, and legend values may be sent as `null` to have them computed. The legend holds
        breakpoints per date; its inner layout is free-form.

        ``PUT /v0/aois/{aoi_id}/visualizations/{visualization_id}/metadata`` (operation ``updateVisualizationMetadata``).

        Args:
            aoi_id: Id of the AOI the visualization belongs to.
            visualization_id: Id of the visualization whose legend is replaced.
            visualization_mode: visualization_mode
            legend: legend
            dynamic_bins: Number of equal-interval bins of the dynamic legend.
        """
        aoi_id = path_argument(aoi_id, "visualizations.update_metadata", "aoi_id")
        visualization_id = path_argument(
            visualization_id, "visualizations.update_metadata", "visualization_id"
        )
        return self._send(
            OPERATIONS["updateVisualizationMetadata"],
            update_visualization_metadata.build_request(
                aoi_id=aoi_id,
                visualization_id=visualization_id,
                body=body_of(
                    models.VisualizationMetadataUpdate,
                    "visualizations.update_metadata",
                    {
                        "visualization_mode": visualization_mode,
                        "legend": legend,
                        "dynamic_bins": dynamic_bins,
                    },
                ),
            ),
        )

    def rollback_metadata(
        self,
        aoi_id: str,
        visualization_id: str,
        *,
        index_id: str,
        dates: builtins.list[str],
        visualization_mode: models.VisualizationMode | str,
    ) -> models.Visualization:
        """Rollback visualization metadata.

        Discards edits to the legend of one mode for the given dates: the legend of that mode is
        recomputed from the source data, and the other mode is left untouched. Dates are written
        `YYYY_MM_DD`, with underscores. Answers 200 with the full Visualization, whose assets then
        carry `resolution` and which includes `metadata.legend`.

        ``PATCH /v0/aois/{aoi_id}/visualizations/{visualization_id}/metadata`` (operation ``rollbackVisualizationMetadata``).

        Args:
            aoi_id: Id of the AOI the visualization belongs to.
            visualization_id: Id of the visualization whose legend is rolled back.
            index_id: Index the visualization was computed from.
            dates: Dates whose legend is recomputed, written `YYYY_MM_DD` with underscores.
            visualization_mode: visualization_mode
        """
        aoi_id = path_argument(aoi_id, "visualizations.rollback_metadata", "aoi_id")
        visualization_id = path_argument(
            visualization_id, "visualizations.rollback_metadata", "visualization_id"
        )
        return self._send(
            OPERATIONS["rollbackVisualizationMetadata"],
            rollback_visualization_metadata.build_request(
                aoi_id=aoi_id,
                visualization_id=visualization_id,
                body=body_of(
                    models.VisualizationRollback,
                    "visualizations.rollback_metadata",
                    {
                        "index_id": index_id,
                        "dates": dates,
                        "visualization_mode": visualization_mode,
                    },
                ),
            ),
        )

    def generate_png(
        self,
        aoi_id: str,
        visualization_id: str,
        *,
        body: models.VisualizationRenderOptions | dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Generate an index PNG for a visualization.

        Renders a visualization's index as a PNG image. Undocumented: the generated reference (A:)
        has a page for it (`GenerateIndexPng`), but only its sidebar label "Generate an index PNG
        for a visualization" could be found. Unknown: whether the request takes a body or query
        parameters (e.g. a date, a legend mode or a size), the success status code (modelled as
        200), whether the image comes back as binary `image/png` (modelled so) or as JSON holding a
        URL, and the error responses beyond the usual 403. An optional free-form JSON body is
        accepted so that callers can pass options once they are known.

        ``POST /v0/aois/{aoi_id}/visualizations/{visualization_id}/png`` (operation ``generateVisualizationPng``).

        Args:
            aoi_id: Id of the AOI the visualization belongs to.
            visualization_id: Id of the visualization to render.
            body: The request body.
        """
        aoi_id = path_argument(aoi_id, "visualizations.generate_png", "aoi_id")
        visualization_id = path_argument(
            visualization_id, "visualizations.generate_png", "visualization_id"
        )
        return self._send(
            OPERATIONS["generateVisualizationPng"],
            generate_visualization_png.build_request(
                aoi_id=aoi_id,
                visualization_id=visualization_id,
                body=body,
            ),
        )

    def generate_sld(
        self,
        aoi_id: str,
        visualization_id: str,
        *,
        body: models.VisualizationRenderOptions | dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> str:
        """Generate SLD styles for a visualization.

        Produces an SLD (OGC Styled Layer Descriptor, an XML document) that styles the
        visualization's raster in map servers such as GeoServer, presumably from its colour map and
        legend breakpoints. Undocumented: only the sidebar label "Generate SLD styles for a
        visualization" exists in the generated reference (A:); no page was found. Unknown: the
        request body or parameters (an optional free-form JSON body is accepted), the success status
        code (modelled as 200), the media type (modelled as `application/xml`; the server may use
        `text/xml`, or wrap the XML in JSON), and the error responses beyond 403.

        ``POST /v0/aois/{aoi_id}/visualizations/{visualization_id}/sld`` (operation ``generateVisualizationSld``).

        Args:
            aoi_id: Id of the AOI the visualization belongs to.
            visualization_id: Id of the visualization to style.
            body: The request body.
        """
        aoi_id = path_argument(aoi_id, "visualizations.generate_sld", "aoi_id")
        visualization_id = path_argument(
            visualization_id, "visualizations.generate_sld", "visualization_id"
        )
        return self._send(
            OPERATIONS["generateVisualizationSld"],
            generate_visualization_sld.build_request(
                aoi_id=aoi_id,
                visualization_id=visualization_id,
                body=body,
            ),
        )

    def wait(
        self,
        aoi_id: str,
        *,
        visualization_id: str,
        offset: int | None = None,
        page_size: int | None = None,
        type_: Literal["custom", "preset"] | None = None,
        user_id: str | None = None,
        expression_type: Literal["composite", "index", "grayscale"] | None = None,
        index_id: str | None = None,
        limit: int | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_update: Callable[[Any], None] | None = None,
    ) -> models.Visualization | None:
        """Poll ``list`` until status is success / partial_success, and return it.

        Raises ``WaitFailedError`` on failed and ``WaitTimeoutError`` after
        ``timeout`` seconds. Polls every ``poll_interval`` seconds, backing off up to a minute;
        ``on_update`` sees each polled value.
        """

        def fetch() -> Any:
            return self.list(
                aoi_id,
                offset=offset,
                page_size=page_size,
                type_=type_,
                user_id=user_id,
                expression_type=expression_type,
                index_id=index_id,
                visualization_id=visualization_id,
                limit=limit,
            ).first_page()

        result = wait_sync(
            "listVisualizations",
            OPERATIONS["listVisualizations"].waiter or {},
            fetch,
            select=visualization_id,
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
        )
        return cast("models.Visualization | None", result)


class AsyncVisualizations(AsyncAPIResource):
    """Index visualizations computed over an AOI's assets. (asyncio)"""

    @cached_property
    def with_raw_response(self) -> AsyncVisualizationsWithRawResponse:
        """The same calls, returning a ``RawResponse`` (status, headers, body; ``.parse()``)."""
        return AsyncVisualizationsWithRawResponse(self)

    def list(
        self,
        aoi_id: str,
        *,
        offset: int | None = None,
        page_size: int | None = None,
        type_: Literal["custom", "preset"] | None = None,
        user_id: str | None = None,
        expression_type: Literal["composite", "index", "grayscale"] | None = None,
        index_id: str | None = None,
        visualization_id: str | None = None,
        limit: int | None = None,
    ) -> AsyncPaginator[models.Visualization, models.VisualizationList]:
        """List visualizations for an AOI.

        Returns one page of the visualizations computed over an AOI, with their assets, and an
        offset pagination block. Filters: index type, creating user, expression type, index id and
        visualization id (the latter is the only way to fetch a single visualization; there is no
        get-by-id operation).

        Note that the list sits under the **singular** key `visualization` (an array).

        Returns a paginator: iterate it for every item over all pages (at most ``limit`` when given), or call ``.pages()`` for the page objects or ``.first_page()``.

        ``GET /v0/aois/{aoi_id}/visualizations`` (operation ``listVisualizations``).

        Args:
            aoi_id: Id of the AOI whose visualizations are listed.
            offset: Number of items to skip before the first one returned.
            page_size: Items per request: the API's own page size (sent as ``limit``); the API's
                default when not given.
            type_: Only visualizations built from an index of this category.
            user_id: Only visualizations created by this user.
            expression_type: Only visualizations whose index expression is of this kind.
            index_id: Only visualizations of this index.
            visualization_id: Only the visualization with this id.
            limit: The most items the iterator yields over all pages (every item when not given).
        """
        aoi_id = path_argument(aoi_id, "visualizations.list", "aoi_id")

        def build(page: PageRequest) -> PreparedRequest[models.VisualizationList]:
            return list_visualizations.build_request(
                aoi_id=aoi_id,
                offset=page.offset,
                limit=page.size,
                type_=type_,
                user_id=user_id,
                expression_type=expression_type,
                index_id=index_id,
                visualization_id=visualization_id,
            )

        return self._paginate(
            AsyncPaginator,
            OPERATIONS["listVisualizations"],
            build,
            PageRequest(offset=offset, size=page_size, limit=limit),
        )

    async def create(
        self,
        aoi_id: str,
        *,
        index_id: str,
        src_asset_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        resolution: float | NotGiven = NOT_GIVEN,
    ) -> models.Visualization:
        """Create a new visualization.

        Computes an index over some of an AOI's assets and answers 201 with the new Visualization.
        Legend metadata is produced depending on the index: a preset index gets both a dynamic and a
        theoretical legend, a custom index whose expression type is `index` gets only a dynamic one,
        and a custom composite or grayscale index gets none.

        ``POST /v0/aois/{aoi_id}/visualizations`` (operation ``createVisualization``).

        Args:
            aoi_id: Id of the AOI to visualize.
            index_id: Index to compute.
            src_asset_ids: AOI assets to compute the index over.
            resolution: Output resolution in metres; when omitted the satellite's own resolution is
                used (e.g. 10).
        """
        aoi_id = path_argument(aoi_id, "visualizations.create", "aoi_id")
        return await self._send(
            OPERATIONS["createVisualization"],
            create_visualization.build_request(
                aoi_id=aoi_id,
                body=body_of(
                    models.VisualizationCreate,
                    "visualizations.create",
                    {
                        "index_id": index_id,
                        "src_asset_ids": src_asset_ids,
                        "resolution": resolution,
                    },
                ),
            ),
        )

    async def update_metadata(
        self,
        aoi_id: str,
        visualization_id: str,
        *,
        visualization_mode: models.VisualizationMode | str,
        legend: models.VisualizationLegend | dict[str, Any],
        dynamic_bins: int | NotGiven = NOT_GIVEN,
    ) -> models.VisualizationMetadata:
        """Update visualization metadata.

        Replaces the legend of one mode (`dynamic` or `theoretical`) of a visualization; the legend
        of the other mode is left as it is. In dynamic mode `dynamic_bins` (1-15 equal intervals) is
        required, and legend values may be sent as `null` to have them computed. The legend holds
        breakpoints per date; its inner layout is free-form.

        ``PUT /v0/aois/{aoi_id}/visualizations/{visualization_id}/metadata`` (operation ``updateVisualizationMetadata``).

        Args:
            aoi_id: Id of the AOI the visualization belongs to.
            visualization_id: Id of the visualization whose legend is replaced.
            visualization_mode: visualization_mode
            legend: legend
            dynamic_bins: Number of equal-interval bins of the dynamic legend.
        """
        aoi_id = path_argument(aoi_id, "visualizations.update_metadata", "aoi_id")
        visualization_id = path_argument(
            visualization_id, "visualizations.update_metadata", "visualization_id"
        )
        return await self._send(
            OPERATIONS["updateVisualizationMetadata"],
            update_visualization_metadata.build_request(
                aoi_id=aoi_id,
                visualization_id=visualization_id,
                body=body_of(
                    models.VisualizationMetadataUpdate,
                    "visualizations.update_metadata",
                    {
                        "visualization_mode": visualization_mode,
                        "legend": legend,
                        "dynamic_bins": dynamic_bins,
                    },
                ),
            ),
        )

    async def rollback_metadata(
        self,
        aoi_id: str,
        visualization_id: str,
        *,
        index_id: str,
        dates: builtins.list[str],
        visualization_mode: models.VisualizationMode | str,
    ) -> models.Visualization:
        """Rollback visualization metadata.

        Discards edits to the legend of one mode for the given dates: the legend of that mode is
        recomputed from the source data, and the other mode is left untouched. Dates are written
        `YYYY_MM_DD`, with underscores. Answers 200 with the full Visualization, whose assets then
        carry `resolution` and which includes `metadata.legend`.

        ``PATCH /v0/aois/{aoi_id}/visualizations/{visualization_id}/metadata`` (operation ``rollbackVisualizationMetadata``).

        Args:
            aoi_id: Id of the AOI the visualization belongs to.
            visualization_id: Id of the visualization whose legend is rolled back.
            index_id: Index the visualization was computed from.
            dates: Dates whose legend is recomputed, written `YYYY_MM_DD` with underscores.
            visualization_mode: visualization_mode
        """
        aoi_id = path_argument(aoi_id, "visualizations.rollback_metadata", "aoi_id")
        visualization_id = path_argument(
            visualization_id, "visualizations.rollback_metadata", "visualization_id"
        )
        return await self._send(
            OPERATIONS["rollbackVisualizationMetadata"],
            rollback_visualization_metadata.build_request(
                aoi_id=aoi_id,
                visualization_id=visualization_id,
                body=body_of(
                    models.VisualizationRollback,
                    "visualizations.rollback_metadata",
                    {
                        "index_id": index_id,
                        "dates": dates,
                        "visualization_mode": visualization_mode,
                    },
                ),
            ),
        )

    async def generate_png(
        self,
        aoi_id: str,
        visualization_id: str,
        *,
        body: models.VisualizationRenderOptions | dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Generate an index PNG for a visualization.

        Renders a visualization's index as a PNG image. Undocumented: the generated reference (A:)
        has a page for it (`GenerateIndexPng`), but only its sidebar label "Generate an index PNG
        for a visualization" could be found. Unknown: whether the request takes a body or query
        parameters (e.g. a date, a legend mode or a size), the success status code (modelled as
        200), whether the image comes back as binary `image/png` (modelled so) or as JSON holding a
        URL, and the error responses beyond the usual 403. An optional free-form JSON body is
        accepted so that callers can pass options once they are known.

        ``POST /v0/aois/{aoi_id}/visualizations/{visualization_id}/png`` (operation ``generateVisualizationPng``).

        Args:
            aoi_id: Id of the AOI the visualization belongs to.
            visualization_id: Id of the visualization to render.
            body: The request body.
        """
        aoi_id = path_argument(aoi_id, "visualizations.generate_png", "aoi_id")
        visualization_id = path_argument(
            visualization_id, "visualizations.generate_png", "visualization_id"
        )
        return await self._send(
            OPERATIONS["generateVisualizationPng"],
            generate_visualization_png.build_request(
                aoi_id=aoi_id,
                visualization_id=visualization_id,
                body=body,
            ),
        )

    async def generate_sld(
        self,
        aoi_id: str,
        visualization_id: str,
        *,
        body: models.VisualizationRenderOptions | dict[str, Any] | NotGiven = NOT_GIVEN,
    ) -> str:
        """Generate SLD styles for a visualization.

        Produces an SLD (OGC Styled Layer Descriptor, an XML document) that styles the
        visualization's raster in map servers such as GeoServer, presumably from its colour map and
        legend breakpoints. Undocumented: only the sidebar label "Generate SLD styles for a
        visualization" exists in the generated reference (A:); no page was found. Unknown: the
        request body or parameters (an optional free-form JSON body is accepted), the success status
        code (modelled as 200), the media type (modelled as `application/xml`; the server may use
        `text/xml`, or wrap the XML in JSON), and the error responses beyond 403.

        ``POST /v0/aois/{aoi_id}/visualizations/{visualization_id}/sld`` (operation ``generateVisualizationSld``).

        Args:
            aoi_id: Id of the AOI the visualization belongs to.
            visualization_id: Id of the visualization to style.
            body: The request body.
        """
        aoi_id = path_argument(aoi_id, "visualizations.generate_sld", "aoi_id")
        visualization_id = path_argument(
            visualization_id, "visualizations.generate_sld", "visualization_id"
        )
        return await self._send(
            OPERATIONS["generateVisualizationSld"],
            generate_visualization_sld.build_request(
                aoi_id=aoi_id,
                visualization_id=visualization_id,
                body=body,
            ),
        )

    async def wait(
        self,
        aoi_id: str,
        *,
        visualization_id: str,
        offset: int | None = None,
        page_size: int | None = None,
        type_: Literal["custom", "preset"] | None = None,
        user_id: str | None = None,
        expression_type: Literal["composite", "index", "grayscale"] | None = None,
        index_id: str | None = None,
        limit: int | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_update: Callable[[Any], None] | None = None,
    ) -> models.Visualization | None:
        """Poll ``list`` until status is success / partial_success, and return it.

        Raises ``WaitFailedError`` on failed and ``WaitTimeoutError`` after
        ``timeout`` seconds. Polls every ``poll_interval`` seconds, backing off up to a minute;
        ``on_update`` sees each polled value.
        """

        async def fetch() -> Any:
            return await self.list(
                aoi_id,
                offset=offset,
                page_size=page_size,
                type_=type_,
                user_id=user_id,
                expression_type=expression_type,
                index_id=index_id,
                visualization_id=visualization_id,
                limit=limit,
            ).first_page()

        result = await wait_async(
            "listVisualizations",
            OPERATIONS["listVisualizations"].waiter or {},
            fetch,
            select=visualization_id,
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
        )
        return cast("models.Visualization | None", result)


class VisualizationsWithRawResponse:
    """``client.visualizations.with_raw_response``: each call returns a ``RawResponse``."""

    def __init__(self, resource: Visualizations) -> None:
        self.list = raw_page_method(resource.list)
        self.create = raw_method(resource.create)
        self.update_metadata = raw_method(resource.update_metadata)
        self.rollback_metadata = raw_method(resource.rollback_metadata)
        self.generate_png = raw_method(resource.generate_png)
        self.generate_sld = raw_method(resource.generate_sld)


class AsyncVisualizationsWithRawResponse:
    """``client.visualizations.with_raw_response`` (asyncio): each call returns a ``RawResponse``."""

    def __init__(self, resource: AsyncVisualizations) -> None:
        self.create = async_raw_method(resource.create)
        self.update_metadata = async_raw_method(resource.update_metadata)
        self.rollback_metadata = async_raw_method(resource.rollback_metadata)
        self.generate_png = async_raw_method(resource.generate_png)
        self.generate_sld = async_raw_method(resource.generate_sld)
