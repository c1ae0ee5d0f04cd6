"""``client.projects``: Projects group service accounts, orders and resources."""

from __future__ import annotations

from functools import cached_property

from .. import models
from .._operations import OPERATIONS
from .._runtime._pagination import AsyncPaginator, PageRequest, SyncPaginator
from .._runtime._request import PreparedRequest
from .._runtime._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_raw_method,
    async_raw_page_method,
    raw_method,
    raw_page_method,
)
from .._runtime._types import Body, Headers, Query, Timeout
from ..api.project import get_project, list_projects

__all__ = [
    "AsyncProjects",
    "AsyncProjectsWithRawResponse",
    "Projects",
    "ProjectsWithRawResponse",
]


class Projects(SyncAPIResource):
    """Projects group service accounts, orders and resources."""

    @cached_property
    def with_raw_response(self) -> ProjectsWithRawResponse:
        """The same calls, returning a ``RawResponse`` (status, headers, body; ``.parse()``)."""
        return ProjectsWithRawResponse(self)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
    ) -> SyncPaginator[models.Project, models.ProjectList]:
        """List projects.

        Returns one page of the projects the calling service account can see. A service account only
        sees a project after someone adds it to that project in the Aurora web interface.

        Paging conflict: the developer guide documents the query parameters `page_num` and
        `page_size`, yet its sample response carries an offset block (`limit`, `offset`, `total`)
        rather than page numbers. The request side is what a client controls, so this operation
        pages with `page_num`/`page_size` (`x-pixxel-pagination` style `page`) and reads the total
        from `pagination.total`. Whether the first page is 0 or 1 is not documented; the `offset`
        returned in the pagination block shows where a page really started. No defaults are
        documented for either parameter. The developer guide is the only page for this operation: no
        API-reference rendering exists.

        Returns a paginator: iterate it for every item over all pages (at most ``limit`` when given), or call ``.pages()`` for the page objects or ``.first_page()``.

        ``GET /v0/projects`` (operation ``listProjects``).

        Args:
            page_num: Number of the page to return. The numbering base (0 or 1) is not documented.
            page_size: Number of projects per page.
        """

        def build(page: PageRequest) -> PreparedRequest[models.ProjectList]:
            return list_projects.build_request(
                page_num=page.page,
                page_size=page.size,
            ).extend(extra_headers, extra_query, extra_body, timeout)

        return self._paginate(
            SyncPaginator,
            OPERATIONS["listProjects"],
            build,
            PageRequest(page=page_num, size=page_size),
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
    ) -> models.Project:
        """Get a project.

        Returns one project by its id. An id that does not exist (or that the service account has
        not been added to) gives 404. Only the developer guide documents this operation.

        ``GET /v0/projects/{id}`` (operation ``getProject``).

        Args:
            id: Id of the project to fetch.
        """
        return self._send(
            OPERATIONS["getProject"],
            get_project.build_request(
                id=id,
            ).extend(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncProjects(AsyncAPIResource):
    """Projects group service accounts, orders and resources. (asyncio)"""

    @cached_property
    def with_raw_response(self) -> AsyncProjectsWithRawResponse:
        """The same calls, returning a ``RawResponse`` (status, headers, body; ``.parse()``)."""
        return AsyncProjectsWithRawResponse(self)

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
    ) -> AsyncPaginator[models.Project, models.ProjectList]:
        """List projects.

        Returns one page of the projects the calling service account can see. A service account only
        sees a project after someone adds it to that project in the Aurora web interface.

        Paging conflict: the developer guide documents the query parameters `page_num` and
        `page_size`, yet its sample response carries an offset block (`limit`, `offset`, `total`)
        rather than page numbers. The request side is what a client controls, so this operation
        pages with `page_num`/`page_size` (`x-pixxel-pagination` style `page`) and reads the total
        from `pagination.total`. Whether the first page is 0 or 1 is not documented; the `offset`
        returned in the pagination block shows where a page really started. No defaults are
        documented for either parameter. The developer guide is the only page for this operation: no
        API-reference rendering exists.

        Returns a paginator: iterate it for every item over all pages (at most ``limit`` when given), or call ``.pages()`` for the page objects or ``.first_page()``.

        ``GET /v0/projects`` (operation ``listProjects``).

        Args:
            page_num: Number of the page to return. The numbering base (0 or 1) is not documented.
            page_size: Number of projects per page.
        """

        def build(page: PageRequest) -> PreparedRequest[models.ProjectList]:
            return list_projects.build_request(
                page_num=page.page,
                page_size=page.size,
            ).extend(extra_headers, extra_query, extra_body, timeout)

        return self._paginate(
            AsyncPaginator,
            OPERATIONS["listProjects"],
            build,
            PageRequest(page=page_num, size=page_size),
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
    ) -> models.Project:
        """Get a project.

        Returns one project by its id. An id that does not exist (or that the service account has
        not been added to) gives 404. Only the developer guide documents this operation.

        ``GET /v0/projects/{id}`` (operation ``getProject``).

        Args:
            id: Id of the project to fetch.
        """
        return await self._send(
            OPERATIONS["getProject"],
            get_project.build_request(
                id=id,
            ).extend(extra_headers, extra_query, extra_body, timeout),
        )


class ProjectsWithRawResponse:
    """``client.projects.with_raw_response``: each call returns a ``RawResponse``."""

    def __init__(self, resource: Projects) -> None:
        self.list = raw_page_method(resource.list)
        self.get = raw_method(resource.get)


class AsyncProjectsWithRawResponse:
    """``client.projects.with_raw_response`` (asyncio): each call returns a ``RawResponse``."""

    def __init__(self, resource: AsyncProjects) -> None:
        self.list = async_raw_page_method(resource.list)
        self.get = async_raw_method(resource.get)
