"""``client.blocks``: Processing blocks that workflows and insights are built from."""

from __future__ import annotations

from functools import cached_property
from typing import Literal

from .. import models
from .._operations import OPERATIONS
from .._runtime._inputs import (
    path_argument,
)
from .._runtime._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_raw_method,
    raw_method,
)
from ..api.blocks import get_block_version, list_block_versions, list_blocks

__all__ = [
    "AsyncBlocks",
    "AsyncBlocksWithRawResponse",
    "Blocks",
    "BlocksWithRawResponse",
]


class Blocks(SyncAPIResource):
    """Processing blocks that workflows and insights are built from."""

    @cached_property
    def with_raw_response(self) -> BlocksWithRawResponse:
        """The same calls, returning a ``RawResponse`` (status, headers, body; ``.parse()``)."""
        return BlocksWithRawResponse(self)

    def list(
        self,
        *,
        mode: Literal["insight", "workflow"] | None = None,
        name: str | None = None,
        version: str | None = None,
    ) -> models.BlockList:
        """List blocks.

        Returns the blocks (analysis models) available to the caller, optionally only those for one
        execution mode, name or version. No paging is documented.

        ``GET /v0/blocks`` (operation ``listBlocks``).

        Args:
            mode: Execution mode the blocks must support.
            name: Return only blocks with this name (documented only in the developer guide).
            version: Return only blocks of this version (documented only in the developer guide).
        """
        return self._send(
            OPERATIONS["listBlocks"],
            list_blocks.build_request(
                mode=mode,
                name=name,
                version=version,
            ),
        )

    def list_versions(
        self,
        name: str,
    ) -> models.BlockList:
        """List the versions of a block.

        Returns every published version of one block, one `Block` per version. Bad parameters give
        400; missing access gives 403.

        ``GET /v0/blocks/{name}`` (operation ``listBlockVersions``).

        Args:
            name: Name of the block.
        """
        name = path_argument(name, "blocks.list_versions", "name")
        return self._send(
            OPERATIONS["listBlockVersions"],
            list_block_versions.build_request(
                name=name,
            ),
        )

    def get(
        self,
        name: str,
        version: str,
    ) -> models.Block:
        """Get one version of a block.

        Returns one version of a block. Bad parameters give 400; missing access gives 403.

        ``GET /v0/blocks/{name}/versions/{version}`` (operation ``getBlockVersion``).

        Args:
            name: Name of the block.
            version: Version of the block.
        """
        name = path_argument(name, "blocks.get", "name")
        version = path_argument(version, "blocks.get", "version")
        return self._send(
            OPERATIONS["getBlockVersion"],
            get_block_version.build_request(
                name=name,
                version=version,
            ),
        )


class AsyncBlocks(AsyncAPIResource):
    """Processing blocks that workflows and insights are built from. (asyncio)"""

    @cached_property
    def with_raw_response(self) -> AsyncBlocksWithRawResponse:
        """The same calls, returning a ``RawResponse`` (status, headers, body; ``.parse()``)."""
        return AsyncBlocksWithRawResponse(self)

    async def list(
        self,
        *,
        mode: Literal["insight", "workflow"] | None = None,
        name: str | None = None,
        version: str | None = None,
    ) -> models.BlockList:
        """List blocks.

        Returns the blocks (analysis models) available to the caller, optionally only those for one
        execution mode, name or version. No paging is documented.

        ``GET /v0/blocks`` (operation ``listBlocks``).

        Args:
            mode: Execution mode the blocks must support.
            name: Return only blocks with this name (documented only in the developer guide).
            version: Return only blocks of this version (documented only in the developer guide).
        """
        return await self._send(
            OPERATIONS["listBlocks"],
            list_blocks.build_request(
                mode=mode,
                name=name,
                version=version,
            ),
        )

    async def list_versions(
        self,
        name: str,
    ) -> models.BlockList:
        """List the versions of a block.

        Returns every published version of one block, one `Block` per version. Bad parameters give
        400; missing access gives 403.

        ``GET /v0/blocks/{name}`` (operation ``listBlockVersions``).

        Args:
            name: Name of the block.
        """
        name = path_argument(name, "blocks.list_versions", "name")
        return await self._send(
            OPERATIONS["listBlockVersions"],
            list_block_versions.build_request(
                name=name,
            ),
        )

    async def get(
        self,
        name: str,
        version: str,
    ) -> models.Block:
        """Get one version of a block.

        Returns one version of a block. Bad parameters give 400; missing access gives 403.

        ``GET /v0/blocks/{name}/versions/{version}`` (operation ``getBlockVersion``).

        Args:
            name: Name of the block.
            version: Version of the block.
        """
        name = path_argument(name, "blocks.get", "name")
        version = path_argument(version, "blocks.get", "version")
        return await self._send(
            OPERATIONS["getBlockVersion"],
            get_block_version.build_request(
                name=name,
                version=version,
            ),
        )


class BlocksWithRawResponse:
    """``client.blocks.with_raw_response``: each call returns a ``RawResponse``."""

    def __init__(self, resource: Blocks) -> None:
        self.list = raw_method(resource.list)
        self.list_versions = raw_method(resource.list_versions)
        self.get = raw_method(resource.get)


class AsyncBlocksWithRawResponse:
    """``client.blocks.with_raw_response`` (asyncio): each call returns a ``RawResponse``."""

    def __init__(self, resource: AsyncBlocks) -> None:
        self.list = async_raw_method(resource.list)
        self.list_versions = async_raw_method(resource.list_versions)
        self.get = async_raw_method(resource.get)
