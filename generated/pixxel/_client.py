"""``Pixxel`` and ``AsyncPixxel``: the entry points of the client."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from ._runtime._base_client import AsyncAPIClient, OnRetry, SyncAPIClient
from ._runtime._options import ClientOptions
from ._version import __version__

if TYPE_CHECKING:
    from .resources.aois import Aois, AsyncAois
    from .resources.archives import Archives, AsyncArchives
    from .resources.assets import Assets, AsyncAssets
    from .resources.bandsets import AsyncBandsets, Bandsets
    from .resources.blocks import AsyncBlocks, Blocks
    from .resources.catalog import AsyncCatalog, Catalog
    from .resources.downloads import AsyncDownloads, Downloads
    from .resources.indices import AsyncIndices, Indices
    from .resources.insights import AsyncInsights, Insights
    from .resources.jobs import AsyncJobs, Jobs
    from .resources.order_items import AsyncOrderItems, OrderItems
    from .resources.orders import AsyncOrders, Orders
    from .resources.projects import AsyncProjects, Projects
    from .resources.reports import AsyncReports, Reports
    from .resources.search import AsyncSearch, Search
    from .resources.stores import AsyncStores, Stores
    from .resources.system import AsyncSystem, System
    from .resources.tasks import AsyncTasks, Tasks
    from .resources.visualizations import AsyncVisualizations, Visualizations
    from .resources.workflows import AsyncWorkflows, Workflows

__all__ = ["AsyncPixxel", "Pixxel"]

USER_AGENT = f"pixxel-client/{__version__} (python; httpx/{httpx.__version__})"


class Pixxel(SyncAPIClient):
    """Client of the Pixxel API.

    Args:
        api_key: The raw API key; defaults to the ``PIXXEL_API_KEY`` environment variable.
        base_url: Defaults to ``PIXXEL_BASE_URL``, then ``https://api.pixxel.space``.
        timeout: Seconds, or an ``httpx.Timeout`` for separate connect/read/write/pool limits.
            A timeout is always set: the default is 60 s (10 s to connect).
        max_retries: How often a failed call is retried (default 2); see the README.
        http_client: An ``httpx.Client`` of your own (proxies, certificates, limits).
        on_retry: Called with a ``RetryEvent`` before each retry.
        strict_response_validation: Check every JSON response against the spec and raise
            ``APIResponseValidationError`` (with the JSON path) on any deviation. Off by
            default: responses are read tolerantly (see the README).
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        http_client: httpx.Client | None = None,
        on_retry: OnRetry | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        options = ClientOptions.build(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        super().__init__(options, http_client=http_client, on_retry=on_retry, user_agent=USER_AGENT)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Pixxel:
        """A client with other settings that shares this one's connection pool."""
        return self._copy(
            self._options.override(
                timeout=timeout,
                max_retries=max_retries,
                strict_response_validation=strict_response_validation,
            )
        )

    @cached_property
    def aois(self) -> Aois:
        """Areas of interest and the satellites that can image them."""
        from .resources.aois import Aois

        return Aois(self)

    @cached_property
    def archives(self) -> Archives:
        """The STAC archive of Pixxel imagery (collections and items)."""
        from .resources.archives import Archives

        return Archives(self)

    @cached_property
    def assets(self) -> Assets:
        """Imagery assets attached to an AOI."""
        from .resources.assets import Assets

        return Assets(self)

    @cached_property
    def bandsets(self) -> Bandsets:
        """Band sets that tasking orders capture."""
        from .resources.bandsets import Bandsets

        return Bandsets(self)

    @cached_property
    def blocks(self) -> Blocks:
        """Processing blocks that workflows and insights are built from."""
        from .resources.blocks import Blocks

        return Blocks(self)

    @cached_property
    def catalog(self) -> Catalog:
        """Delivered imagery, its deliveries to stores and its downloads."""
        from .resources.catalog import Catalog

        return Catalog(self)

    @cached_property
    def downloads(self) -> Downloads:
        """Download requests for an AOI's assets."""
        from .resources.downloads import Downloads

        return Downloads(self)

    @cached_property
    def indices(self) -> Indices:
        """Spectral indices (band expressions) used by visualizations."""
        from .resources.indices import Indices

        return Indices(self)

    @cached_property
    def insights(self) -> Insights:
        """Analyses run by a block over an AOI."""
        from .resources.insights import Insights

        return Insights(self)

    @cached_property
    def jobs(self) -> Jobs:
        """A job is one run of a workflow."""
        from .resources.jobs import Jobs

        return Jobs(self)

    @cached_property
    def order_items(self) -> OrderItems:
        """Order items."""
        from .resources.order_items import OrderItems

        return OrderItems(self)

    @cached_property
    def orders(self) -> Orders:
        """Tasking, archive and recurring orders and their items."""
        from .resources.orders import Orders

        return Orders(self)

    @cached_property
    def projects(self) -> Projects:
        """Projects group service accounts, orders and resources."""
        from .resources.projects import Projects

        return Projects(self)

    @cached_property
    def reports(self) -> Reports:
        """Order reports."""
        from .resources.reports import Reports

        return Reports(self)

    @cached_property
    def search(self) -> Search:
        """Search satellite imagery over an area and a time range."""
        from .resources.search import Search

        return Search(self)

    @cached_property
    def stores(self) -> Stores:
        """Cloud storage targets that deliveries write to."""
        from .resources.stores import Stores

        return Stores(self)

    @cached_property
    def system(self) -> System:
        """Service health."""
        from .resources.system import System

        return System(self)

    @cached_property
    def tasks(self) -> Tasks:
        """A task is one processing step inside a job."""
        from .resources.tasks import Tasks

        return Tasks(self)

    @cached_property
    def visualizations(self) -> Visualizations:
        """Index visualizations computed over an AOI's assets."""
        from .resources.visualizations import Visualizations

        return Visualizations(self)

    @cached_property
    def workflows(self) -> Workflows:
        """Workflows wire data blocks to processing blocks."""
        from .resources.workflows import Workflows

        return Workflows(self)


class AsyncPixxel(AsyncAPIClient):
    """Asyncio client of the Pixxel API.

    Args:
        api_key: The raw API key; defaults to the ``PIXXEL_API_KEY`` environment variable.
        base_url: Defaults to ``PIXXEL_BASE_URL``, then ``https://api.pixxel.space``.
        timeout: Seconds, or an ``httpx.Timeout`` for separate connect/read/write/pool limits.
            A timeout is always set: the default is 60 s (10 s to connect).
        max_retries: How often a failed call is retried (default 2); see the README.
        http_client: An ``httpx.AsyncClient`` of your own (proxies, certificates, limits).
        on_retry: Called with a ``RetryEvent`` before each retry.
        strict_response_validation: Check every JSON response against the spec and raise
            ``APIResponseValidationError`` (with the JSON path) on any deviation. Off by
            default: responses are read tolerantly (see the README).
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        http_client: httpx.AsyncClient | None = None,
        on_retry: OnRetry | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        options = ClientOptions.build(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        super().__init__(options, http_client=http_client, on_retry=on_retry, user_agent=USER_AGENT)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncPixxel:
        """A client with other settings that shares this one's connection pool."""
        return self._copy(
            self._options.override(
                timeout=timeout,
                max_retries=max_retries,
                strict_response_validation=strict_response_validation,
            )
        )

    @cached_property
    def aois(self) -> AsyncAois:
        """Areas of interest and the satellites that can image them."""
        from .resources.aois import AsyncAois

        return AsyncAois(self)

    @cached_property
    def archives(self) -> AsyncArchives:
        """The STAC archive of Pixxel imagery (collections and items)."""
        from .resources.archives import AsyncArchives

        return AsyncArchives(self)

    @cached_property
    def assets(self) -> AsyncAssets:
        """Imagery assets attached to an AOI."""
        from .resources.assets import AsyncAssets

        return AsyncAssets(self)

    @cached_property
    def bandsets(self) -> AsyncBandsets:
        """Band sets that tasking orders capture."""
        from .resources.bandsets import AsyncBandsets

        return AsyncBandsets(self)

    @cached_property
    def blocks(self) -> AsyncBlocks:
        """Processing blocks that workflows and insights are built from."""
        from .resources.blocks import AsyncBlocks

        return AsyncBlocks(self)

    @cached_property
    def catalog(self) -> AsyncCatalog:
        """Delivered imagery, its deliveries to stores and its downloads."""
        from .resources.catalog import AsyncCatalog

        return AsyncCatalog(self)

    @cached_property
    def downloads(self) -> AsyncDownloads:
        """Download requests for an AOI's assets."""
        from .resources.downloads import AsyncDownloads

        return AsyncDownloads(self)

    @cached_property
    def indices(self) -> AsyncIndices:
        """Spectral indices (band expressions) used by visualizations."""
        from .resources.indices import AsyncIndices

        return AsyncIndices(self)

    @cached_property
    def insights(self) -> AsyncInsights:
        """Analyses run by a block over an AOI."""
        from .resources.insights import AsyncInsights

        return AsyncInsights(self)

    @cached_property
    def jobs(self) -> AsyncJobs:
        """A job is one run of a workflow."""
        from .resources.jobs import AsyncJobs

        return AsyncJobs(self)

    @cached_property
    def order_items(self) -> AsyncOrderItems:
        """Order items."""
        from .resources.order_items import AsyncOrderItems

        return AsyncOrderItems(self)

    @cached_property
    def orders(self) -> AsyncOrders:
        """Tasking, archive and recurring orders and their items."""
        from .resources.orders import AsyncOrders

        return AsyncOrders(self)

    @cached_property
    def projects(self) -> AsyncProjects:
        """Projects group service accounts, orders and resources."""
        from .resources.projects import AsyncProjects

        return AsyncProjects(self)

    @cached_property
    def reports(self) -> AsyncReports:
        """Order reports."""
        from .resources.reports import AsyncReports

        return AsyncReports(self)

    @cached_property
    def search(self) -> AsyncSearch:
        """Search satellite imagery over an area and a time range."""
        from .resources.search import AsyncSearch

        return AsyncSearch(self)

    @cached_property
    def stores(self) -> AsyncStores:
        """Cloud storage targets that deliveries write to."""
        from .resources.stores import AsyncStores

        return AsyncStores(self)

    @cached_property
    def system(self) -> AsyncSystem:
        """Service health."""
        from .resources.system import AsyncSystem

        return AsyncSystem(self)

    @cached_property
    def tasks(self) -> AsyncTasks:
        """A task is one processing step inside a job."""
        from .resources.tasks import AsyncTasks

        return AsyncTasks(self)

    @cached_property
    def visualizations(self) -> AsyncVisualizations:
        """Index visualizations computed over an AOI's assets."""
        from .resources.visualizations import AsyncVisualizations

        return AsyncVisualizations(self)

    @cached_property
    def workflows(self) -> AsyncWorkflows:
        """Workflows wire data blocks to processing blocks."""
        from .resources.workflows import AsyncWorkflows

        return AsyncWorkflows(self)
