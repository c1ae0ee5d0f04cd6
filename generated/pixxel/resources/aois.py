"""``client.aois``: Areas of interest and the satellites that can image them."""

from __future__ import annotations

import builtins
from collections.abc import Callable
from functools import cached_property
from typing import Any, Literal, cast

from .. import models
from .._operations import OPERATIONS
from .._runtime._inputs import (
    GeometryInput,
    convert_input,
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
from .._runtime._waiting import DEFAULT_POLL_INTERVAL, DEFAULT_TIMEOUT, wait_async, wait_sync
from ..api.aoi import create_aoi, get_aoi, list_aois, list_satellites

__all__ = [
    "Aois",
    "AoisWithRawResponse",
    "AsyncAois",
    "AsyncAoisWithRawResponse",
]


class Aois(SyncAPIResource):
    """Areas of interest and the satellites that can image them."""

    @cached_property
    def with_raw_response(self) -> AoisWithRawResponse:
        """The same calls, returning a ``RawResponse`` (status, headers, body; ``.parse()``)."""
        return AoisWithRawResponse(self)

    def list(
        self,
        *,
        offset: int | None = None,
        page_size: int | None = None,
        created_at: str | None = None,
        updated_at: str | None = None,
        aoi_id: str | None = None,
        aoi_name: str | None = None,
        project_id: str | None = None,
        satellite_name: str | None = None,
        limit: int | None = None,
    ) -> SyncPaginator[models.Aoi, models.AoiList]:
        """List AOIs.

        Returns one page of the AOIs owned by the calling user, optionally filtered, with an offset
        pagination block.

        Returns a paginator: iterate it for every item over all pages (at most ``limit`` when given), or call ``.pages()`` for the page objects or ``.first_page()``.

        ``GET /v0/aois`` (operation ``listAois``).

        Args:
            offset: Number of items to skip before the first one returned.
            page_size: Items per request: the API's own page size (sent as ``limit``); the API's
                default when not given.
            created_at: Keep only AOIs created on this date. The expected format is not documented.
            updated_at: Keep only AOIs last updated on this date. The expected format is not
                documented.
            aoi_id: Keep only the AOI with this id.
            aoi_name: Keep only AOIs with this name.
            project_id: Keep only AOIs of these projects; several ids are joined with commas.
            satellite_name: Keep only AOIs built on this satellite (by name). Documented in the
                developer guide only.
            limit: The most items the iterator yields over all pages (every item when not given).
        """

        def build(page: PageRequest) -> PreparedRequest[models.AoiList]:
            return list_aois.build_request(
                offset=page.offset,
                limit=page.size,
                created_at=created_at,
                updated_at=updated_at,
                aoi_id=aoi_id,
                aoi_name=aoi_name,
                project_id=project_id,
                satellite_name=satellite_name,
            )

        return self._paginate(
            SyncPaginator,
            OPERATIONS["listAois"],
            build,
            PageRequest(offset=offset, size=page_size, limit=limit),
        )

    def create(
        self,
        *,
        name: str,
        description: str,
        satellite_id: str,
        provider: Literal["pixxel", "planetary"],
        project_id: str,
        geometry: GeometryInput,
        item_ids: builtins.list[str],
    ) -> models.Aoi:
        """Create an AOI.

        Registers a new area of interest over a geometry, attached to a project and built from the
        listed imagery items, and returns it with 201.

        ``POST /v0/aois`` (operation ``createAoi``).

        Args:
            name: Display name for the AOI.
            description: What the AOI covers or is for.
            satellite_id: Id of the satellite whose imagery the AOI is built from. Known ids:
                Pixxel-TD1 `0004ab8d-0ad1-4d62-8a3f-fe18a7000e70`, Pixxel-TD2
                `0005c5bb-0bd2-4c80-9393-4a808341c54c`.
            provider: Where the imagery comes from: `pixxel` for Pixxel's own satellites (TD and
                Firefly), `planetary` for open data such as Landsat and Sentinel.
            project_id: Project the new AOI is attached to.
            geometry: Accepts a GeoJSON Polygon or MultiPolygon as a dict, a Feature or one-feature
                FeatureCollection, or any object with ``__geo_interface__`` (shapely, geopandas,
                pystac); checked before sending.
            item_ids: Ids of the imagery items the AOI is built from.
        """
        geometry = convert_input(
            geometry,
            "aois.create",
            "geometry",
            {"kind": "geometry", "types": ["Polygon", "MultiPolygon"]},
        )
        return self._send(
            OPERATIONS["createAoi"],
            create_aoi.build_request(
                body=body_of(
                    models.AoiCreate,
                    "aois.create",
                    {
                        "name": name,
                        "description": description,
                        "satellite_id": satellite_id,
                        "provider": provider,
                        "project_id": project_id,
                        "geometry": geometry,
                        "item_ids": item_ids,
                    },
                ),
            ),
        )

    def get(
        self,
        aoi_id: str,
    ) -> models.Aoi:
        """Get an AOI.

        Returns one AOI by id. Note the singular `/aoi/` path segment (list and create use `/aois`).
        Only AOIs of the calling service user are visible; any other id is reported as not found.

        Waiting: `started`, `running` and `updating` are in progress; `success`, `partial_success`
        and `failed` are final. `partial_success` ends the wait as a success (the AOI holds usable
        imagery, only some of it failed); check `status` afterwards when every image is needed.

        ``GET /v0/aoi/{aoi_id}`` (operation ``getAoi``).

        Args:
            aoi_id: Id of the AOI to fetch.
        """
        aoi_id = path_argument(aoi_id, "aois.get", "aoi_id")
        return self._send(
            OPERATIONS["getAoi"],
            get_aoi.build_request(
                aoi_id=aoi_id,
            ),
        )

    def list_satellites(
        self,
    ) -> models.SatelliteList:
        """List supported satellites.

        Returns every satellite the platform supports, with its collections and bands.

        ``GET /v0/satellites`` (operation ``listSatellites``).
        """
        return self._send(
            OPERATIONS["listSatellites"],
            list_satellites.build_request(),
        )

    def wait(
        self,
        aoi_id: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_update: Callable[[Any], None] | None = None,
    ) -> models.Aoi:
        """Poll ``get`` until status is success / partial_success, and return it.

        Raises ``WaitFailedError`` on failed and ``WaitTimeoutError`` after
        ``timeout`` seconds. Polls every ``poll_interval`` seconds, backing off up to a minute;
        ``on_update`` sees each polled value.
        """

        def fetch() -> Any:
            return self.get(aoi_id)

        result = wait_sync(
            "getAoi",
            OPERATIONS["getAoi"].waiter or {},
            fetch,
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
        )
        return cast("models.Aoi", result)


class AsyncAois(AsyncAPIResource):
    """Areas of interest and the satellites that can image them. (asyncio)"""

    @cached_property
    def with_raw_response(self) -> AsyncAoisWithRawResponse:
        """The same calls, returning a ``RawResponse`` (status, headers, body; ``.parse()``)."""
        return AsyncAoisWithRawResponse(self)

    def list(
        self,
        *,
        offset: int | None = None,
        page_size: int | None = None,
        created_at: str | None = None,
        updated_at: str | None = None,
        aoi_id: str | None = None,
        aoi_name: str | None = None,
        project_id: str | None = None,
        satellite_name: str | None = None,
        limit: int | None = None,
    ) -> AsyncPaginator[models.Aoi, models.AoiList]:
        """List AOIs.

        Returns one page of the AOIs owned by the calling user, optionally filtered, with an offset
        pagination block.

        Returns a paginator: iterate it for every item over all pages (at most ``limit`` when given), or call ``.pages()`` for the page objects or ``.first_page()``.

        ``GET /v0/aois`` (operation ``listAois``).

        Args:
            offset: Number of items to skip before the first one returned.
            page_size: Items per request: the API's own page size (sent as ``limit``); the API's
                default when not given.
            created_at: Keep only AOIs created on this date. The expected format is not documented.
            updated_at: Keep only AOIs last updated on this date. The expected format is not
                documented.
            aoi_id: Keep only the AOI with this id.
            aoi_name: Keep only AOIs with this name.
            project_id: Keep only AOIs of these projects; several ids are joined with commas.
            satellite_name: Keep only AOIs built on this satellite (by name). Documented in the
                developer guide only.
            limit: The most items the iterator yields over all pages (every item when not given).
        """

        def build(page: PageRequest) -> PreparedRequest[models.AoiList]:
            return list_aois.build_request(
                offset=page.offset,
                limit=page.size,
                created_at=created_at,
                updated_at=updated_at,
                aoi_id=aoi_id,
                aoi_name=aoi_name,
                project_id=project_id,
                satellite_name=satellite_name,
            )

        return self._paginate(
            AsyncPaginator,
            OPERATIONS["listAois"],
            build,
            PageRequest(offset=offset, size=page_size, limit=limit),
        )

    async def create(
        self,
        *,
        name: str,
        description: str,
        satellite_id: str,
        provider: Literal["pixxel", "planetary"],
        project_id: str,
        geometry: GeometryInput,
        item_ids: builtins.list[str],
    ) -> models.Aoi:
        """Create an AOI.

        Registers a new area of interest over a geometry, attached to a project and built from the
        listed imagery items, and returns it with 201.

        ``POST /v0/aois`` (operation ``createAoi``).

        Args:
            name: Display name for the AOI.
            description: What the AOI covers or is for.
            satellite_id: Id of the satellite whose imagery the AOI is built from. Known ids:
                Pixxel-TD1 `0004ab8d-0ad1-4d62-8a3f-fe18a7000e70`, Pixxel-TD2
                `0005c5bb-0bd2-4c80-9393-4a808341c54c`.
            provider: Where the imagery comes from: `pixxel` for Pixxel's own satellites (TD and
                Firefly), `planetary` for open data such as Landsat and Sentinel.
            project_id: Project the new AOI is attached to.
            geometry: Accepts a GeoJSON Polygon or MultiPolygon as a dict, a Feature or one-feature
                FeatureCollection, or any object with ``__geo_interface__`` (shapely, geopandas,
                pystac); checked before sending.
            item_ids: Ids of the imagery items the AOI is built from.
        """
        geometry = convert_input(
            geometry,
            "aois.create",
            "geometry",
            {"kind": "geometry", "types": ["Polygon", "MultiPolygon"]},
        )
        return await self._send(
            OPERATIONS["createAoi"],
            create_aoi.build_request(
                body=body_of(
                    models.AoiCreate,
                    "aois.create",
                    {
                        "name": name,
                        "description": description,
                        "satellite_id": satellite_id,
                        "provider": provider,
                        "project_id": project_id,
                        "geometry": geometry,
                        "item_ids": item_ids,
                    },
                ),
            ),
        )

    async def get(
        self,
        aoi_id: str,
    ) -> models.Aoi:
        """Get an AOI.

        Returns one AOI by id. Note the singular `/aoi/` path segment (list and create use `/aois`).
        Only AOIs of the calling service user are visible; any other id is reported as not found.

        Waiting: `started`, `running` and `updating` are in progress; `success`, `partial_success`
        and `failed` are final. `partial_success` ends the wait as a success (the AOI holds usable
        imagery, only some of it failed); check `status` afterwards when every image is needed.

        ``GET /v0/aoi/{aoi_id}`` (operation ``getAoi``).

        Args:
            aoi_id: Id of the AOI to fetch.
        """
        aoi_id = path_argument(aoi_id, "aois.get", "aoi_id")
        return await self._send(
            OPERATIONS["getAoi"],
            get_aoi.build_request(
                aoi_id=aoi_id,
            ),
        )

    async def list_satellites(
        self,
    ) -> models.SatelliteList:
        """List supported satellites.

        Returns every satellite the platform supports, with its collections and bands.

        ``GET /v0/satellites`` (operation ``listSatellites``).
        """
        return await self._send(
            OPERATIONS["listSatellites"],
            list_satellites.build_request(),
        )

    async def wait(
        self,
        aoi_id: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_update: Callable[[Any], None] | None = None,
    ) -> models.Aoi:
        """Poll ``get`` until status is success / partial_success, and return it.

        Raises ``WaitFailedError`` on failed and ``WaitTimeoutError`` after
        ``timeout`` seconds. Polls every ``poll_interval`` seconds, backing off up to a minute;
        ``on_update`` sees each polled value.
        """

        async def fetch() -> Any:
            return await self.get(aoi_id)

        result = await wait_async(
            "getAoi",
            OPERATIONS["getAoi"].waiter or {},
            fetch,
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
        )
        return cast("models.Aoi", result)


class AoisWithRawResponse:
    """``client.aois.with_raw_response``: each call returns a ``RawResponse``."""

    def __init__(self, resource: Aois) -> None:
        self.list = raw_page_method(resource.list)
        self.create = raw_method(resource.create)
        self.get = raw_method(resource.get)
        self.list_satellites = raw_method(resource.list_satellites)


class AsyncAoisWithRawResponse:
    """``client.aois.with_raw_response`` (asyncio): each call returns a ``RawResponse``."""

    def __init__(self, resource: AsyncAois) -> None:
        self.create = async_raw_method(resource.create)
        self.get = async_raw_method(resource.get)
        self.list_satellites = async_raw_method(resource.list_satellites)
