"""``client.projects``: Projects group service accounts, orders and resources."""

from __future__ import annotations

from functools import cached_property

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
        limit: int | None = None,
    ) -> SyncPaginator[models.Project, models.ProjectList]:
        """List projects.

        Returns one page of the projects the calling service account can see. A service account only
        sees a project after someone adds it to that project in the Aurora web interface. Pages are
        asked for with `page_num` and `page_size`; the `offset` in the response's pagination block
        shows where a page really started.

        Returns a paginator: iterate it for every item over all pages (at most ``limit`` when given), or call ``.pages()`` for the page objects or ``.first_page()``.

        ``GET /v0/projects`` (operation ``listProjects``).

        Args:
            page_num: Number of the page to return. The numbering base (0 or 1) is not documented.
            page_size: Items per request: the API's own page size (sent as ``page_size``); the API's
                default when not given.
            limit: The most items the iterator yields over all pages (every item when not given).
        """

        def build(page: PageRequest) -> PreparedRequest[models.ProjectList]:
            return list_projects.build_request(
                page_num=page.page,
                page_size=page.size,
            )

        return self._paginate(
            SyncPaginator,
            OPERATIONS["listProjects"],
            build,
            PageRequest(page=page_num, size=page_size, limit=limit),
        )

    def get(
        self,
        id: str,
    ) -> models.Project:
        """Get a project.

        Returns one project by its id. An id that does not exist (or that the service account has
        not been added to) gives 404.

        ``GET /v0/projects/{id}`` (operation ``getProject``).

        Args:
            id: Id of the project to fetch.
        """
        id = path_argument(id, "projects.get", "id")
        return self._send(
            OPERATIONS["getProject"],
            get_project.build_request(
                id=id,
            ),
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
        limit: int | None = None,
    ) -> AsyncPaginator[models.Project, models.ProjectList]:
        """List projects.

        Returns one page of the projects the calling service account can see. A service account only
        sees a project after someone adds it to that project in the Aurora web interface. Pages are
        asked for with `page_num` and `page_size`; the `offset` in the response's pagination block
        shows where a page really started.

        Returns a paginator: iterate it for every item over all pages (at most ``limit`` when given), or call ``.pages()`` for the page objects or ``.first_page()``.

        ``GET /v0/projects`` (operation ``listProjects``).

        Args:
            page_num: Number of the page to return. The numbering base (0 or 1) is not documented.
            page_size: Items per request: the API's own page size (sent as ``page_size``); the API's
                default when not given.
            limit: The most items the iterator yields over all pages (every item when not given).
        """

        def build(page: PageRequest) -> PreparedRequest[models.ProjectList]:
            return list_projects.build_request(
                page_num=page.page,
                page_size=page.size,
            )

        return self._paginate(
            AsyncPaginator,
            OPERATIONS["listProjects"],
            build,
            PageRequest(page=page_num, size=page_size, limit=limit),
        )

    async def get(
        self,
        id: str,
    ) -> models.Project:
        """Get a project.

        Returns one project by its id. An id that does not exist (or that the service account has
        not been added to) gives 404.

        ``GET /v0/projects/{id}`` (operation ``getProject``).

        Args:
            id: Id of the project to fetch.
        """
        id = path_argument(id, "projects.get", "id")
        return await self._send(
            OPERATIONS["getProject"],
            get_project.build_request(
                id=id,
            ),
        )


class ProjectsWithRawResponse:
    """``client.projects.with_raw_response``: each call returns a ``RawResponse``."""

    def __init__(self, resource: Projects) -> None:
        self.list = raw_page_method(resource.list)
        self.get = raw_method(resource.get)


class AsyncProjectsWithRawResponse:
    """``client.projects.with_raw_response`` (asyncio): each call returns a ``RawResponse``."""

    def __init__(self, resource: AsyncProjects) -> None:
        self.get = async_raw_method(resource.get)
