"""The ``pixxel`` commands, one per operation of the spec (generated; do not edit)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .._version import __version__
from ._command import Command
from ._execute import run
from ._session import Session

Json = Annotated[
    bool, typer.Option("--json", help="Print the API's response body as one JSON document.")
]
Body = Annotated[
    str | None,
    typer.Option(
        "--body",
        help="Request body from a JSON file, or - for stdin; options override its fields.",
        show_default=False,
    ),
]
Limit = Annotated[
    int | None,
    typer.Option(
        "--limit",
        help="Stop after this many items (all pages are read otherwise).",
        show_default=False,
    ),
]
Output = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help="Write the file here (a partial download is resumed).",
        show_default=False,
    ),
]
WaitTimeout = Annotated[
    float | None,
    typer.Option(
        "--wait-timeout", help="Give up after this many seconds (exit code 4).", show_default=False
    ),
]
PollInterval = Annotated[
    float | None,
    typer.Option(
        "--poll-interval",
        help="Seconds between polls (backing off up to a minute).",
        show_default=False,
    ),
]

app = typer.Typer(
    name="pixxel",
    help="Pixxel API from the command line: pixxel <resource> <command> [ARGS] [OPTIONS].",
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        print(f"pixxel {__version__}")
        raise typer.Exit()


@app.callback()
def _settings(
    ctx: typer.Context,
    api_key: Annotated[
        str | None,
        typer.Option("--api-key", help="API key (default: $PIXXEL_API_KEY).", show_default=False),
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option(
            "--base-url",
            help="API root (default: $PIXXEL_BASE_URL, then https://api.pixxel.space).",
            show_default=False,
        ),
    ] = None,
    timeout: Annotated[
        float | None,
        typer.Option("--timeout", help="Seconds per request (default 60).", show_default=False),
    ] = None,
    max_retries: Annotated[
        int | None,
        typer.Option(
            "--max-retries", help="Retries of a failed request (default 2).", show_default=False
        ),
    ] = None,
    debug: Annotated[
        bool,
        typer.Option("--debug", help="Log each request and response on stderr (secrets redacted)."),
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Global options, given before the resource: pixxel --base-url URL jobs list ..."""
    ctx.obj = Session(
        api_key=api_key, base_url=base_url, timeout=timeout, max_retries=max_retries, debug=debug
    )


aois = typer.Typer(
    help="Areas of interest and the satellites that can image them.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(aois, name="aois")


@aois.command(
    "list",
    help="List AOIs.\n\nReturns one page of the AOIs owned by the calling user, optionally filtered, with an offset pagination block. `satellite_name` is listed only in the developer guide; the API reference does not mention it. The API reference example names the satellite field `satellite_id`, while the developer guide's field table calls it `lens_satellite_id`; the `Aoi` schema accepts both (see its description). Errors (404, 500) use the shared error body.\n\nGET /v0/aois",
)
def aois_list(
    ctx: typer.Context,
    created_at: Annotated[
        str | None,
        typer.Option(
            "--created-at",
            help="Keep only AOIs created on this date. The expected format is not documented.",
            show_default=False,
        ),
    ] = None,
    updated_at: Annotated[
        str | None,
        typer.Option(
            "--updated-at",
            help="Keep only AOIs last updated on this date. The expected format is not documented.",
            show_default=False,
        ),
    ] = None,
    aoi_id: Annotated[
        str | None,
        typer.Option("--aoi-id", help="Keep only the AOI with this id.", show_default=False),
    ] = None,
    aoi_name: Annotated[
        str | None,
        typer.Option("--aoi-name", help="Keep only AOIs with this name.", show_default=False),
    ] = None,
    project_id: Annotated[
        str | None,
        typer.Option(
            "--project-id",
            help="Keep only AOIs of these projects; several ids are joined with commas.",
            show_default=False,
        ),
    ] = None,
    satellite_name: Annotated[
        str | None,
        typer.Option(
            "--satellite-name",
            help="Keep only AOIs built on this satellite (by name). Documented in the developer guide only.",
            show_default=False,
        ),
    ] = None,
    cli_limit: Limit = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="listAois",
            resource="aois",
            method="list",
            paged=True,
            limit_param="limit",
            items="aois",
            columns=("aoi_id", "name", "status", "created_at", "updated_at", "description"),
        ),
        [],
        {
            "created_at": created_at,
            "updated_at": updated_at,
            "aoi_id": aoi_id,
            "aoi_name": aoi_name,
            "project_id": project_id,
            "satellite_name": satellite_name,
        },
        limit=cli_limit,
        as_json=cli_json,
    )


@aois.command(
    "create",
    help='Create an AOI.\n\nRegisters a new area of interest over a geometry, attached to a project and built from the listed imagery items, and returns it with 201. Satellite field conflict: the generated "Pixxel API" reference names the body field `satellite_id`, while the API reference and the developer guide name it `lens_satellite_id`, and the only full request example (API reference) sends `lens_satellite_id`. `AoiCreate` therefore holds both as properties and requires exactly one of the two to be present (`anyOf` of required); the SDK should send `lens_satellite_id`, which the example supports. All other fields are required by every page. The developer guide also mentions errors for duplicate entries, without giving the status code; 400 is the closest documented one.\n\nPOST /v0/aois',
)
def aois_create(
    ctx: typer.Context,
    name: Annotated[
        str | None,
        typer.Option(
            "--name",
            help="Display name for the AOI. Required (here or in --body).",
            show_default=False,
        ),
    ] = None,
    description: Annotated[
        str | None,
        typer.Option(
            "--description",
            help="What the AOI covers or is for. Required (here or in --body).",
            show_default=False,
        ),
    ] = None,
    provider: Annotated[
        str | None,
        typer.Option(
            "--provider",
            help="Where the imagery comes from: `pixxel` for Pixxel's own satellites (TD and Firefly), `planetary` for open data such as Landsat and Sentinel. One of: pixxel, planetary. Required (here or in --body).",
            show_default=False,
        ),
    ] = None,
    project_id: Annotated[
        str | None,
        typer.Option(
            "--project-id",
            help="Project the new AOI is attached to. Required (here or in --body).",
            show_default=False,
        ),
    ] = None,
    geometry: Annotated[
        str | None,
        typer.Option(
            "--geometry",
            help="The geometry field. JSON. Required (here or in --body).",
            show_default=False,
        ),
    ] = None,
    item_ids: Annotated[
        list[str] | None,
        typer.Option(
            "--item-ids",
            help="Ids of the imagery items the AOI is built from. Comma-separated str values (or repeat the option). Required (here or in --body).",
            show_default=False,
        ),
    ] = None,
    lens_satellite_id: Annotated[
        str | None,
        typer.Option(
            "--lens-satellite-id",
            help="Id of the satellite whose imagery the AOI is built from (name used by the request example).",
            show_default=False,
        ),
    ] = None,
    satellite_id: Annotated[
        str | None,
        typer.Option(
            "--satellite-id",
            help='The same satellite id under the name used by the generated "Pixxel API" reference. Known ids: Pixxel-TD1 `0004ab8d-0ad1-4d62-8a3f-fe18a7000e70`, Pixxel-TD2 `0005c5bb-0bd2-4c80-9393-4a808341c54c`.',
            show_default=False,
        ),
    ] = None,
    cli_body: Body = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="createAoi",
            resource="aois",
            method="create",
            body_fields={
                "description": "description",
                "geometry": "geometry",
                "item_ids": "item_ids",
                "lens_satellite_id": "lens_satellite_id",
                "name": "name",
                "project_id": "project_id",
                "provider": "provider",
                "satellite_id": "satellite_id",
            },
            required=("name", "description", "provider", "project_id", "geometry", "item_ids"),
            kinds={"geometry": "json", "item_ids": "list:str"},
            items=None,
            columns=("aoi_id", "name", "status", "created_at", "updated_at", "description"),
        ),
        [],
        {
            "name": name,
            "description": description,
            "provider": provider,
            "project_id": project_id,
            "geometry": geometry,
            "item_ids": item_ids,
            "lens_satellite_id": lens_satellite_id,
            "satellite_id": satellite_id,
        },
        body=cli_body,
        as_json=cli_json,
    )


@aois.command(
    "get",
    help='Get an AOI.\n\nReturns one AOI by id. Note the singular `/aoi/` path segment (list and create use `/aois`). Only AOIs of the calling service user are visible; any other id is reported as not found. Two renderings of the API reference page exist: an older one whose example uses `lens_satellite_id` and space-separated timestamps, and a newer one (matching the generated "Pixxel API" reference) that uses `satellite_id` and `T`-separated timestamps. Both are kept as examples. Waiter: an AOI is processed after creation. `started`, `running` and `updating` are in progress; `success` and `failed` are final. `partial_success` is treated as a final success: processing has finished and the AOI holds usable imagery, only some of it failed, so blocking or raising would hide a usable result; callers that need every image should check `status` after waiting.\n\nGET /v0/aoi/{aoi_id}',
)
def aois_get(
    ctx: typer.Context,
    aoi_id: Annotated[
        str, typer.Argument(metavar="AOI_ID", help="Id of the AOI to fetch.", show_default=False)
    ],
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="getAoi",
            resource="aois",
            method="get",
            items=None,
            columns=("aoi_id", "name", "status", "created_at", "updated_at", "description"),
        ),
        [
            aoi_id,
        ],
        {},
        as_json=cli_json,
    )


@aois.command(
    "list-satellites",
    help='List supported satellites.\n\nReturns every satellite the platform supports, with its collections and bands. Only the developer guide\'s markdown page documents this operation, and its JSON sample is placeholder-only (`"string"`) and breaks off inside the first collection object, so no documented example can be reproduced; the example below is synthetic. The guide\'s field table calls `collections` a string (e.g. `["l2a", "l1c"]`), but the JSON sample shows an array of objects; the schema follows the JSON. No paging is documented.\n\nGET /v0/satellites',
)
def aois_list_satellites(
    ctx: typer.Context,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="listSatellites",
            resource="aois",
            method="list_satellites",
            items="satellites",
            columns=("id", "name"),
        ),
        [],
        {},
        as_json=cli_json,
    )


@aois.command(
    "wait",
    help="Wait until get reports success / partial_success (fails on failed), showing its status.",
)
def aois_wait(
    ctx: typer.Context,
    aoi_id: Annotated[
        str, typer.Argument(metavar="AOI_ID", help="Id of the AOI to fetch.", show_default=False)
    ],
    cli_wait_timeout: WaitTimeout = None,
    cli_poll_interval: PollInterval = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="getAoi",
            resource="aois",
            method="wait",
            waits=True,
            select=None,
            items=None,
            columns=("aoi_id", "name", "status", "created_at", "updated_at", "description"),
        ),
        [
            aoi_id,
        ],
        {},
        wait_timeout=cli_wait_timeout,
        poll_interval=cli_poll_interval,
        as_json=cli_json,
    )


archives = typer.Typer(
    help="The STAC archive of Pixxel imagery (collections and items).",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(archives, name="archives")


@archives.command(
    "list-collections",
    help='List all collections.\n\nReturns every STAC collection published in the archive (for example `pixxel-td-l2a`). The reference page shows one query parameter labelled "Collection IDs" but its name is not visible in the stored rendering. It is modelled here as `ids` (the usual STAC name, and the one the archive search body uses); treat the name as unconfirmed. No paging is documented: the whole list comes back in one response.\n\nGET /v0/archives/collections',
)
def archives_list_collections(
    ctx: typer.Context,
    ids: Annotated[
        list[str] | None,
        typer.Option(
            "--ids",
            help='Restricts the list to these collection ids. Labelled "Collection IDs" in the reference; the parameter name itself is not shown there, so `ids` is an assumption. Sent as a comma-separated list. Comma-separated str values (or repeat the option).',
            show_default=False,
        ),
    ] = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="listCollections",
            resource="archives",
            method="list_collections",
            kinds={"ids": "list:str"},
            items="collections",
            columns=("id", "title", "created_at", "updated_at", "type", "description"),
        ),
        [],
        {
            "ids": ids,
        },
        as_json=cli_json,
    )


@archives.command(
    "get-collection",
    help='Get a collection.\n\nFetches one STAC collection by its id. The generated reference prints `stac_extensions` and `summaries` as `null`, the Mintlify reference as untyped ("any"), so both fields accept any JSON value including null.\n\nGET /v0/archives/collections/{cid}',
)
def archives_get_collection(
    ctx: typer.Context,
    cid: Annotated[
        str,
        typer.Argument(
            metavar="CID",
            help="Id of the STAC collection, e.g. `pixxel-td-l2a`.",
            show_default=False,
        ),
    ],
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="getCollection",
            resource="archives",
            method="get_collection",
            items=None,
            columns=("id", "title", "created_at", "updated_at", "type", "description"),
        ),
        [
            cid,
        ],
        {},
        as_json=cli_json,
    )


@archives.command(
    "list-items",
    help="List items in a collection.\n\nReturns the STAC items of one collection. Two versions of this page exist and disagree on the shape. The newer one returns a GeoJSON `FeatureCollection` (`type`, `features`) whose items carry `type`, `stac_version`, `proj:code` and `rd:product_level: L2A`; the older one returns `bbox`, `crs` and `features`, with items using `proj:epsg` and `rd:product_level: Level-2A` and a Point geometry holding polygon-shaped coordinates. Both are accepted: every wrapper key except `features` is optional, and item properties are open. No query parameters (paging, filters) are documented for this endpoint; use `POST /v0/archives/search` with `collections` to filter or page. Both stored renderings of the page are cut off inside the first item's `properties`. The examples complete each item from the matching version of the Get item page, whose item has identical values up to the cut; nothing after the `features` array is known.\n\nGET /v0/archives/collections/{cid}/items",
)
def archives_list_items(
    ctx: typer.Context,
    cid: Annotated[
        str,
        typer.Argument(
            metavar="CID",
            help="Id of the STAC collection, e.g. `pixxel-td-l2a`.",
            show_default=False,
        ),
    ],
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="listCollectionItems",
            resource="archives",
            method="list_items",
            items=None,
            columns=("type",),
        ),
        [
            cid,
        ],
        {},
        as_json=cli_json,
    )


@archives.command(
    "get-item",
    help="Get item.\n\nFetches one STAC item by collection id and item id. The page exists in two versions (see `listCollectionItems`): the newer item uses `proj:code`, `altitude` and a Polygon geometry, the older one `proj:epsg`, `view:altitude`, `mission` and a Point geometry with polygon-shaped coordinates. Both are accepted.\n\nGET /v0/archives/collections/{cid}/items/{id}",
)
def archives_get_item(
    ctx: typer.Context,
    cid: Annotated[
        str,
        typer.Argument(
            metavar="CID",
            help="Id of the STAC collection, e.g. `pixxel-td-l2a`.",
            show_default=False,
        ),
    ],
    id: Annotated[
        str,
        typer.Argument(
            metavar="ID",
            help="Id of the item inside the collection, e.g. `20201211_223832_CS25`.",
            show_default=False,
        ),
    ],
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="getCollectionItem",
            resource="archives",
            method="get_item",
            items=None,
            columns=("id", "type", "collection", "stac_version"),
        ),
        [
            cid,
            id,
        ],
        {},
        as_json=cli_json,
    )


@archives.command(
    "search",
    help="Search all items.\n\nSearches STAC items across the archive by time interval, collections, item ids, geometry (`intersects`) or bounding box (`bbox`), and property filters (`query`, e.g. cloud cover or platform). The developer guide says to give either `intersects` or `bbox`; the reference example sends both, so the schema does not forbid it. Paging travels in the body (`offset`, `limit`). The response carries no total count, so a client pages until it receives fewer than `limit` features. The response uses the older item-collection shape (`bbox`, `crs`, `features`); see `listCollectionItems`. The developer guide shows `Authorization: Bearer <key>`; every reference page and the authentication guide use the raw key, which is what this spec's security scheme sends. The stored reference page is cut off inside the first item's `properties` (at `rd:s...`). The example completes the item from the older Get item page, which has the same values up to that point; nothing after the `features` array is known.\n\nPOST /v0/archives/search",
)
def archives_search(
    ctx: typer.Context,
    datetime_: Annotated[
        str | None,
        typer.Option(
            "--datetime",
            help="ISO 8601 interval `start/end`, e.g. `2018-02-12T00:00:00Z/2018-03-18T12:31:12Z`.",
            show_default=False,
        ),
    ] = None,
    collections: Annotated[
        list[str] | None,
        typer.Option(
            "--collections",
            help="Collection ids to search, e.g. `pixxel-td-l2a`. Comma-separated str values (or repeat the option).",
            show_default=False,
        ),
    ] = None,
    ids: Annotated[
        list[str] | None,
        typer.Option(
            "--ids",
            help="Item ids to restrict the search to. Comma-separated str values (or repeat the option).",
            show_default=False,
        ),
    ] = None,
    intersects: Annotated[
        str | None,
        typer.Option("--intersects", help="The intersects field. JSON.", show_default=False),
    ] = None,
    bbox: Annotated[
        list[str] | None,
        typer.Option(
            "--bbox",
            help="Bounding box `[minLon, minLat, maxLon, maxLat]`. Comma-separated float values (or repeat the option).",
            show_default=False,
        ),
    ] = None,
    query: Annotated[
        str | None,
        typer.Option(
            "--query",
            help='Property filters in the STAC query-extension form, e.g. `{"eo:cloud_cover": {"lt": 20}, "platform": {"eq": "TD1"}}`. Printed as `{}` in the reference. JSON.',
            show_default=False,
        ),
    ] = None,
    sortby: Annotated[
        str | None,
        typer.Option("--sortby", help="Sort keys, applied in order. JSON.", show_default=False),
    ] = None,
    cli_body: Body = None,
    cli_limit: Limit = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="searchArchive",
            resource="archives",
            method="search",
            body_fields={
                "bbox": "bbox",
                "collections": "collections",
                "datetime_": "datetime",
                "ids": "ids",
                "intersects": "intersects",
                "limit": "limit",
                "offset": "offset",
                "query": "query",
                "sortby": "sortby",
            },
            kinds={
                "bbox": "list:float",
                "collections": "list:str",
                "ids": "list:str",
                "intersects": "json",
                "query": "json",
                "sortby": "json",
            },
            paged=True,
            limit_param="limit",
            items="features",
            columns=("id", "type", "collection", "stac_version"),
        ),
        [],
        {
            "datetime_": datetime_,
            "collections": collections,
            "ids": ids,
            "intersects": intersects,
            "bbox": bbox,
            "query": query,
            "sortby": sortby,
        },
        body=cli_body,
        limit=cli_limit,
        as_json=cli_json,
    )


assets = typer.Typer(
    help="Imagery assets attached to an AOI.", no_args_is_help=True, rich_markup_mode=None
)
app.add_typer(assets, name="assets")


@assets.command(
    "list",
    help="List assets for an AOI.\n\nReturns one page of the assets that belong to an AOI (mosaics, STAC items and rendered visualizations), with an offset pagination block. The `offset` and `limit` query parameters appear only on the API reference page; the developer guide lists no query parameters. An unknown AOI gives 404.\n\nGET /v0/aois/{aoi_id}/assets",
)
def assets_list(
    ctx: typer.Context,
    aoi_id: Annotated[
        str,
        typer.Argument(
            metavar="AOI_ID", help="Id of the AOI whose assets are listed.", show_default=False
        ),
    ],
    cli_limit: Limit = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="listAssets",
            resource="assets",
            method="list",
            paged=True,
            limit_param="limit",
            items="assets",
            columns=("id", "aoi_id", "name", "status", "date", "created_at"),
        ),
        [
            aoi_id,
        ],
        {},
        limit=cli_limit,
        as_json=cli_json,
    )


bandsets = typer.Typer(
    help="Band sets that tasking orders capture.", no_args_is_help=True, rich_markup_mode=None
)
app.add_typer(bandsets, name="bandsets")


@bandsets.command(
    "list",
    help="List all bandsets.\n\nReturns every band set the caller can order, both Pixxel's default sets and the organization's custom ones. Copy a band set's `id` into `order_items[].bandset.bandset_id` when placing a tasking order. The endpoint takes no query or path parameters and is not paged. The developer guide's field table calls `bands` an \"array of string\", but its own sample shows objects with `name` and `wavelength`; the schema follows the sample. The only documented example uses placeholder values (`\"<string>\"`, `123`).\n\nGET /v0/bandsets",
)
def bandsets_list(
    ctx: typer.Context,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="listBandsets",
            resource="bandsets",
            method="list",
            items="bandsets",
            columns=("id", "name", "description", "captures"),
        ),
        [],
        {},
        as_json=cli_json,
    )


blocks = typer.Typer(
    help="Processing blocks that workflows and insights are built from.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(blocks, name="blocks")


@blocks.command(
    "list",
    help="List blocks.\n\nReturns the blocks (analysis models) available to the caller, optionally only those for one execution mode. Path and parameters follow the API reference (`GET /v0/blocks` with `mode`). The developer guide instead documents two listings, `GET /v0/blocks/workflows` and `GET /v0/blocks/insights`, filtered by `name` and `version`; those paths would collide with `GET /v0/blocks/{name}`, so they are read as this call with `mode` set, and the guide's two filters are kept as optional query parameters. No paging is documented.\n\nGET /v0/blocks",
)
def blocks_list(
    ctx: typer.Context,
    mode: Annotated[
        str | None,
        typer.Option(
            "--mode",
            help="Execution mode the blocks must support. One of: insight, workflow.",
            show_default=False,
        ),
    ] = None,
    name: Annotated[
        str | None,
        typer.Option(
            "--name",
            help="Return only blocks with this name (documented only in the developer guide).",
            show_default=False,
        ),
    ] = None,
    version: Annotated[
        str | None,
        typer.Option(
            "--version",
            help="Return only blocks of this version (documented only in the developer guide).",
            show_default=False,
        ),
    ] = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="listBlocks",
            resource="blocks",
            method="list",
            items="blocks",
            columns=("id", "block_status", "created_at", "err"),
        ),
        [],
        {
            "mode": mode,
            "name": name,
            "version": version,
        },
        as_json=cli_json,
    )


@blocks.command(
    "list-versions",
    help="List the versions of a block.\n\nReturns every published version of one block, one `Block` per version. Only the developer guide documents this call. Its field table lists flat fields (`title`, `version`, `input`, `output`, `price`, `info`, `block_status`), while its JSON sample nests them under `spec`; the sample is followed here, as on the other block calls. `price` (number) and `info` (object array) appear in no sample and are not modelled. Bad parameters give 400; missing access gives 403.\n\nGET /v0/blocks/{name}",
)
def blocks_list_versions(
    ctx: typer.Context,
    name: Annotated[
        str, typer.Argument(metavar="NAME", help="Name of the block.", show_default=False)
    ],
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="listBlockVersions",
            resource="blocks",
            method="list_versions",
            items="blocks",
            columns=("id", "block_status", "created_at", "err"),
        ),
        [
            name,
        ],
        {},
        as_json=cli_json,
    )


@blocks.command(
    "get",
    help="Get one version of a block.\n\nReturns one version of a block. The API reference returns a single `Block` object; the developer guide's sample wraps it in `{blocks: [...]}`. The API reference reading is followed, since its example and field list both describe one object. Bad parameters give 400; missing access gives 403.\n\nGET /v0/blocks/{name}/versions/{version}",
)
def blocks_get(
    ctx: typer.Context,
    name: Annotated[
        str, typer.Argument(metavar="NAME", help="Name of the block.", show_default=False)
    ],
    version: Annotated[
        str, typer.Argument(metavar="VERSION", help="Version of the block.", show_default=False)
    ],
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="getBlockVersion",
            resource="blocks",
            method="get",
            items=None,
            columns=("id", "block_status", "created_at", "err"),
        ),
        [
            name,
            version,
        ],
        {},
        as_json=cli_json,
    )


catalog = typer.Typer(
    help="Delivered imagery, its deliveries to stores and its downloads.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(catalog, name="catalog")


@catalog.command(
    "list-deliveries",
    help='List all deliveries.\n\nLists the deliveries of catalog imagery to cloud stores. Undocumented: only the sidebar label "List all deliveries" exists in the generated reference. The response is assumed to mirror the create-deliveries response, `{deliveries: [Delivery]}`, with the same Delivery object. Unknown: any query parameters (filters, paging), whether the list is paged, and the exact wrapper key.\n\nGET /v0/catalogs/deliveries',
)
def catalog_list_deliveries(
    ctx: typer.Context,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="listDeliveries",
            resource="catalog",
            method="list_deliveries",
            items="deliveries",
            columns=(
                "delivery_id",
                "status",
                "created_at",
                "created_by",
                "updated_at",
                "updated_by",
            ),
        ),
        [],
        {},
        as_json=cli_json,
    )


@catalog.command(
    "create-deliveries",
    help="Create deliveries.\n\nAsks for catalog imagery to be copied to a cloud store. Each entry names either catalog ids or order-item ids (never both) and the target store. The copy runs asynchronously; the response lists one Delivery per catalog with its status. The request calls the destination `cloud_info`, the response `cloud_delivery` (same `config`/`path` shape, modelled once as CloudInfo). The generated reference prints `cloud_delivery: null`, the Mintlify reference an object, so it is nullable. Every documented request example fills both `catalog_ids` and `order_item_ids` (the second with a placeholder), which the pages' own rule forbids; the schema enforces the rule, so the request example below is the documented one with the placeholder array removed, marked synthetic.\n\nPOST /v0/catalogs/deliveries",
)
def catalog_create_deliveries(
    ctx: typer.Context,
    deliveries: Annotated[
        str | None,
        typer.Option(
            "--deliveries",
            help="The deliveries field. JSON. Required (here or in --body).",
            show_default=False,
        ),
    ] = None,
    cli_body: Body = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="createDeliveries",
            resource="catalog",
            method="create_deliveries",
            body_fields={"deliveries": "deliveries"},
            required=("deliveries",),
            kinds={"deliveries": "json"},
            items="deliveries",
            columns=(
                "delivery_id",
                "status",
                "created_at",
                "created_by",
                "updated_at",
                "updated_by",
            ),
        ),
        [],
        {
            "deliveries": deliveries,
        },
        body=cli_body,
        as_json=cli_json,
    )


@catalog.command(
    "create-download",
    help="Create a download resource.\n\nCreates a download resource for catalog imagery, named either by catalog ids or by order-item ids (exactly one of the two). The signed URL is produced asynchronously: poll `getCatalogDownload` until `status` is `success`. Both references flag `catalog_ids` and `order_item_ids` as required while telling you not to send one when the other is used; the schema follows the latter (exactly one, via `oneOf`). Their request examples send both arrays (the second a placeholder), so the request example below drops the placeholder and is marked synthetic.\n\nPOST /v0/catalogs/download",
)
def catalog_create_download(
    ctx: typer.Context,
    catalog_ids: Annotated[
        list[str] | None,
        typer.Option(
            "--catalog-ids",
            help="Catalog ids to download. Do not send `order_item_ids` with it. Comma-separated str values (or repeat the option).",
            show_default=False,
        ),
    ] = None,
    order_item_ids: Annotated[
        list[str] | None,
        typer.Option(
            "--order-item-ids",
            help="Order-item ids whose imagery to download. Do not send `catalog_ids` with it. Comma-separated str values (or repeat the option).",
            show_default=False,
        ),
    ] = None,
    cli_body: Body = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="createCatalogDownload",
            resource="catalog",
            method="create_download",
            body_fields={"catalog_ids": "catalog_ids", "order_item_ids": "order_item_ids"},
            kinds={"catalog_ids": "list:str", "order_item_ids": "list:str"},
            items=None,
            columns=("id", "status", "signed_url"),
        ),
        [],
        {
            "catalog_ids": catalog_ids,
            "order_item_ids": order_item_ids,
        },
        body=cli_body,
        as_json=cli_json,
    )


@catalog.command(
    "get-download",
    help="Get download status.\n\nReturns the current state of a download resource. `signed_url` is filled in only once `status` is `success`.\n\nGET /v0/catalogs/download/{download_id}",
)
def catalog_get_download(
    ctx: typer.Context,
    download_id: Annotated[
        str,
        typer.Argument(
            metavar="DOWNLOAD_ID",
            help="Id of the download resource, as returned by `createCatalogDownload`.",
            show_default=False,
        ),
    ],
    cli_output: Output = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="getCatalogDownload",
            resource="catalog",
            method="get_download",
            download="download_to",
            items=None,
            columns=("id", "status", "signed_url"),
        ),
        [
            download_id,
        ],
        {},
        output=cli_output,
        as_json=cli_json,
    )


@catalog.command(
    "search",
    help="Search all catalogs.\n\nSearches the organisation's catalog (all delivered imagery, tasked and archive) by collection, catalog ids, STAC item ids, order ids, order-item ids, time interval, geometry or bounding box, and free filters in `query` (the developer guide filters on `project_id` and `usecase`). Paging travels in the body (`offset`, `limit`); the response carries no total count, so a client pages until it receives fewer than `limit` catalogs. Note the sort key is `sort_by` here but `sortby` in the archive search. The stored reference page is cut off inside the last field of the catalog (`updated_at: \"2024-05-27T06:50:20.05`). The example completes it with the values of the same catalog on the Get a catalog reference page (`...056549Z`, `updated_by`); nothing after the `catalogs` array is known.\n\nPOST /v0/catalogs/search",
)
def catalog_search(
    ctx: typer.Context,
    datetime_: Annotated[
        str | None,
        typer.Option(
            "--datetime",
            help="ISO 8601 interval `start/end`, e.g. `2020-04-05T11:56:49.865Z/2023-06-05T11:56:49.865Z`.",
            show_default=False,
        ),
    ] = None,
    collections: Annotated[
        list[str] | None,
        typer.Option(
            "--collections",
            help="Collection ids to search. Comma-separated str values (or repeat the option).",
            show_default=False,
        ),
    ] = None,
    ids: Annotated[
        list[str] | None,
        typer.Option(
            "--ids",
            help="Catalog ids to restrict the search to. Comma-separated str values (or repeat the option).",
            show_default=False,
        ),
    ] = None,
    item_ids: Annotated[
        list[str] | None,
        typer.Option(
            "--item-ids",
            help="STAC item ids, e.g. `TD1_2024_ABC`. Comma-separated str values (or repeat the option).",
            show_default=False,
        ),
    ] = None,
    order_ids: Annotated[
        list[str] | None,
        typer.Option(
            "--order-ids",
            help="Order ids whose imagery to return. Comma-separated str values (or repeat the option).",
            show_default=False,
        ),
    ] = None,
    order_item_ids: Annotated[
        list[str] | None,
        typer.Option(
            "--order-item-ids",
            help="Order-item ids whose imagery to return. Comma-separated str values (or repeat the option).",
            show_default=False,
        ),
    ] = None,
    intersects: Annotated[
        str | None,
        typer.Option("--intersects", help="The intersects field. JSON.", show_default=False),
    ] = None,
    bbox: Annotated[
        list[str] | None,
        typer.Option(
            "--bbox",
            help="Bounding box `[minLon, minLat, maxLon, maxLat]`. Comma-separated float values (or repeat the option).",
            show_default=False,
        ),
    ] = None,
    query: Annotated[
        str | None,
        typer.Option(
            "--query",
            help='Free filters on catalog attributes, e.g. `{"project_id": "...", "usecase": "agriculture"}` (developer guide). Printed as `{}` in the reference. JSON.',
            show_default=False,
        ),
    ] = None,
    sort_by: Annotated[
        str | None,
        typer.Option("--sort-by", help="Sort keys, applied in order. JSON.", show_default=False),
    ] = None,
    cli_body: Body = None,
    cli_limit: Limit = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="searchCatalogs",
            resource="catalog",
            method="search",
            body_fields={
                "bbox": "bbox",
                "collections": "collections",
                "datetime_": "datetime",
                "ids": "ids",
                "intersects": "intersects",
                "item_ids": "item_ids",
                "limit": "limit",
                "offset": "offset",
                "order_ids": "order_ids",
                "order_item_ids": "order_item_ids",
                "query": "query",
                "sort_by": "sort_by",
            },
            kinds={
                "bbox": "list:float",
                "collections": "list:str",
                "ids": "list:str",
                "intersects": "json",
                "item_ids": "list:str",
                "order_ids": "list:str",
                "order_item_ids": "list:str",
                "query": "json",
                "sort_by": "json",
            },
            paged=True,
            limit_param="limit",
            items="catalogs",
            columns=("id", "org_id", "delivery_status", "created_at", "created_by", "updated_at"),
        ),
        [],
        {
            "datetime_": datetime_,
            "collections": collections,
            "ids": ids,
            "item_ids": item_ids,
            "order_ids": order_ids,
            "order_item_ids": order_item_ids,
            "intersects": intersects,
            "bbox": bbox,
            "query": query,
            "sort_by": sort_by,
        },
        body=cli_body,
        limit=cli_limit,
        as_json=cli_json,
    )


@catalog.command(
    "get",
    help="Get a catalog.\n\nFetches one catalog entry: a delivered image with its STAC metadata (`details`), owner, bandset and delivery status. `details` is null in the generated reference's example and a full STAC item in the Mintlify reference, so it is nullable. `delivery_status` is only set when automated delivery to a store is enabled.\n\nGET /v0/catalogs/{id}",
)
def catalog_get(
    ctx: typer.Context,
    id: Annotated[
        str,
        typer.Argument(
            metavar="ID",
            help="Id of the catalog entry (a UUID in the examples).",
            show_default=False,
        ),
    ],
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="getCatalog",
            resource="catalog",
            method="get",
            items=None,
            columns=("id", "org_id", "delivery_status", "created_at", "created_by", "updated_at"),
        ),
        [
            id,
        ],
        {},
        as_json=cli_json,
    )


@catalog.command(
    "wait-for-delivery",
    help="Wait until list-deliveries reports SUCCESS (fails on FAILED), showing its status.",
)
def catalog_wait_for_delivery(
    ctx: typer.Context,
    delivery_id: Annotated[
        str | None,
        typer.Option(
            "--delivery-id",
            help="Which element of `deliveries` to wait for (its `delivery_id`). Required.",
            show_default=False,
        ),
    ] = None,
    cli_wait_timeout: WaitTimeout = None,
    cli_poll_interval: PollInterval = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="listDeliveries",
            resource="catalog",
            method="wait_for_delivery",
            required=("delivery_id",),
            waits=True,
            select="delivery_id",
            items=None,
            columns=(
                "delivery_id",
                "status",
                "created_at",
                "created_by",
                "updated_at",
                "updated_by",
            ),
        ),
        [],
        {
            "delivery_id": delivery_id,
        },
        wait_timeout=cli_wait_timeout,
        poll_interval=cli_poll_interval,
        as_json=cli_json,
    )


@catalog.command(
    "wait-for-download",
    help="Wait until get-download reports success (fails on failed), showing its status.",
)
def catalog_wait_for_download(
    ctx: typer.Context,
    download_id: Annotated[
        str,
        typer.Argument(
            metavar="DOWNLOAD_ID",
            help="Id of the download resource, as returned by `createCatalogDownload`.",
            show_default=False,
        ),
    ],
    cli_wait_timeout: WaitTimeout = None,
    cli_poll_interval: PollInterval = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="getCatalogDownload",
            resource="catalog",
            method="wait_for_download",
            waits=True,
            select=None,
            items=None,
            columns=("id", "status", "signed_url"),
        ),
        [
            download_id,
        ],
        {},
        wait_timeout=cli_wait_timeout,
        poll_interval=cli_poll_interval,
        as_json=cli_json,
    )


downloads = typer.Typer(
    help="Download requests for an AOI's assets.", no_args_is_help=True, rich_markup_mode=None
)
app.add_typer(downloads, name="downloads")


@downloads.command(
    "create",
    help='Create a download request for assets in an AOI.\n\nAsks for a download of some of an AOI\'s assets and returns the request\'s id, its status and a signed URL to fetch the files from. Poll `getAssetDownload` with the returned `download_id` until the status says success. Conflicts between the pages: - Status code: the API reference (R:) answers 201 Created, the developer guide (D:) 200 OK. Both are declared, with the same body; 201 is listed first as the R: reading. - Status casing: every example payload writes `"SUCCESS"` while D:\'s field table writes `"success"`. No list of values is documented, so `status` is a plain string and clients should compare it case-insensitively. - This is not the catalog\'s "Create a download resource" (`POST /v0/catalogs/download`), which the generated reference files under the similar slug `CreateDownload`.\n\nPOST /v0/aois/{aoi_id}/downloads',
)
def downloads_create(
    ctx: typer.Context,
    aoi_id: Annotated[
        str,
        typer.Argument(
            metavar="AOI_ID", help="Id of the AOI whose assets are downloaded.", show_default=False
        ),
    ],
    asset_ids: Annotated[
        list[str] | None,
        typer.Option(
            "--asset-ids",
            help="Ids of the AOI's assets to include (see `listAssets`). Documented ids are not always UUIDs. Comma-separated str values (or repeat the option). Required (here or in --body).",
            show_default=False,
        ),
    ] = None,
    cli_body: Body = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="createAssetDownload",
            resource="downloads",
            method="create",
            body_fields={"asset_ids": "asset_ids"},
            required=("asset_ids",),
            kinds={"asset_ids": "list:str"},
            items=None,
            columns=("download_id", "status", "signed_url"),
        ),
        [
            aoi_id,
        ],
        {
            "asset_ids": asset_ids,
        },
        body=cli_body,
        as_json=cli_json,
    )


@downloads.command(
    "get",
    help='Get status of a download request.\n\nReturns the current state of an AOI download request and its signed URL. Only the generated reference documents this operation; its example shows `"SUCCESS"`. No list of status values is documented for AOI downloads: the waiter treats `SUCCESS`/`success` as done and borrows `failed` from the catalog download\'s documented values (success, created, failed, in_progress), in both casings because the casing differs between pages.\n\nGET /v0/aois/{aoi_id}/downloads/{download_id}',
)
def downloads_get(
    ctx: typer.Context,
    aoi_id: Annotated[
        str,
        typer.Argument(
            metavar="AOI_ID",
            help="Id of the AOI the download request belongs to.",
            show_default=False,
        ),
    ],
    download_id: Annotated[
        str,
        typer.Argument(
            metavar="DOWNLOAD_ID", help="Id returned by `createAssetDownload`.", show_default=False
        ),
    ],
    cli_output: Output = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="getAssetDownload",
            resource="downloads",
            method="get",
            download="download_to",
            items=None,
            columns=("download_id", "status", "signed_url"),
        ),
        [
            aoi_id,
            download_id,
        ],
        {},
        output=cli_output,
        as_json=cli_json,
    )


@downloads.command(
    "wait",
    help="Wait until get reports SUCCESS / success (fails on FAILED / failed), showing its status.",
)
def downloads_wait(
    ctx: typer.Context,
    aoi_id: Annotated[
        str,
        typer.Argument(
            metavar="AOI_ID",
            help="Id of the AOI the download request belongs to.",
            show_default=False,
        ),
    ],
    download_id: Annotated[
        str,
        typer.Argument(
            metavar="DOWNLOAD_ID", help="Id returned by `createAssetDownload`.", show_default=False
        ),
    ],
    cli_wait_timeout: WaitTimeout = None,
    cli_poll_interval: PollInterval = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="getAssetDownload",
            resource="downloads",
            method="wait",
            waits=True,
            select=None,
            items=None,
            columns=("download_id", "status", "signed_url"),
        ),
        [
            aoi_id,
            download_id,
        ],
        {},
        wait_timeout=cli_wait_timeout,
        poll_interval=cli_poll_interval,
        as_json=cli_json,
    )


indices = typer.Typer(
    help="Spectral indices (band expressions) used by visualizations.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(indices, name="indices")


@indices.command(
    "list",
    help="List all available indices.\n\nReturns one page of the indices the caller can use, both the pre-generated `preset` ones and the caller's `custom` ones, together with an offset pagination block. The results can be narrowed by satellite, index type, expression type or a single index id. Only the developer guide describes this operation and it shows no sample response: the item shape is the Index object documented on the create-index pages, and the wrapper (`indices` next to `pagination{total, offset, limit}`) follows the guide's field table.\n\nGET /v0/indices",
)
def indices_list(
    ctx: typer.Context,
    satellite_id: Annotated[
        str | None,
        typer.Option(
            "--satellite-id",
            help="Only indices defined for this satellite id (e.g. `0002a3a3-00a2-4b55-842b-44d8202c6d60`, Sentinel-2).",
            show_default=False,
        ),
    ] = None,
    type_: Annotated[
        str | None,
        typer.Option(
            "--type",
            help="Only indices of this category. One of: custom, preset.",
            show_default=False,
        ),
    ] = None,
    expression_type: Annotated[
        str | None,
        typer.Option(
            "--expression-type",
            help="Only indices whose expression is of this kind. One of: composite, index, grayscale.",
            show_default=False,
        ),
    ] = None,
    index_id: Annotated[
        str | None,
        typer.Option("--index-id", help="Only the index with this id.", show_default=False),
    ] = None,
    cli_limit: Limit = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="listIndices",
            resource="indices",
            method="list",
            paged=True,
            limit_param="limit",
            items="indices",
            columns=(
                "id",
                "lens_satellite_id",
                "name",
                "satellite_name",
                "created_at",
                "updated_at",
            ),
        ),
        [],
        {
            "satellite_id": satellite_id,
            "type_": type_,
            "expression_type": expression_type,
            "index_id": index_id,
        },
        limit=cli_limit,
        as_json=cli_json,
    )


@indices.command(
    "create",
    help='Create a new index.\n\nDefines a new index from a band expression, its display range (`rescale`) and a colour map, for one satellite. Answers 201 with the stored Index. Conflicts between the pages: - Satellite field: the API reference (R:) and the developer guide (D:) send `lens_satellite_id`; the generated reference (A:) sends `satellite_id` and returns it under that name too. The request schema follows R:/D:, whose example payloads agree; the response schema accepts both names. - `type`: required with values custom|preset in R:/D:, absent from A:, which also says this endpoint creates custom indices only (preset indices are pre-generated), while D: speaks of creating "custom or preset" indices. `type` stays required, as the examples send it. - D: mentions errors for invalid input and for duplicates without giving their status codes; invalid input is modelled as 400.\n\nPOST /v0/indices',
)
def indices_create(
    ctx: typer.Context,
    name: Annotated[
        str | None,
        typer.Option(
            "--name",
            help="Display name of the index. Required (here or in --body).",
            show_default=False,
        ),
    ] = None,
    description: Annotated[
        str | None,
        typer.Option(
            "--description",
            help="Free text saying what the index is for. Required (here or in --body).",
            show_default=False,
        ),
    ] = None,
    rescale: Annotated[
        list[str] | None,
        typer.Option(
            "--rescale",
            help="Display range as `[min, max]`; index values are stretched over this range for rendering. Comma-separated int values (or repeat the option). Required (here or in --body).",
            show_default=False,
        ),
    ] = None,
    expression: Annotated[
        str | None,
        typer.Option(
            "--expression",
            help="Band arithmetic using the satellite's band names. Required (here or in --body).",
            show_default=False,
        ),
    ] = None,
    colormap: Annotated[
        str | None,
        typer.Option(
            "--colormap",
            help="Name of the colour palette used to render the index. Required (here or in --body).",
            show_default=False,
        ),
    ] = None,
    lens_satellite_id: Annotated[
        str | None,
        typer.Option(
            "--lens-satellite-id",
            help="Id of the satellite whose bands the expression uses. The generated reference (A:) names this field `satellite_id`; R: and D: (and their examples) use `lens_satellite_id`. Required (here or in --body).",
            show_default=False,
        ),
    ] = None,
    expression_type: Annotated[
        str | None,
        typer.Option(
            "--expression-type",
            help="The expression_type field. Required (here or in --body).",
            show_default=False,
        ),
    ] = None,
    type_: Annotated[
        str | None,
        typer.Option(
            "--type", help="The type field. Required (here or in --body).", show_default=False
        ),
    ] = None,
    cli_body: Body = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="createIndex",
            resource="indices",
            method="create",
            body_fields={
                "colormap": "colormap",
                "description": "description",
                "expression": "expression",
                "expression_type": "expression_type",
                "lens_satellite_id": "lens_satellite_id",
                "name": "name",
                "rescale": "rescale",
                "type_": "type",
            },
            required=(
                "name",
                "description",
                "rescale",
                "expression",
                "colormap",
                "lens_satellite_id",
                "expression_type",
                "type_",
            ),
            kinds={"rescale": "list:int"},
            items=None,
            columns=(
                "id",
                "lens_satellite_id",
                "name",
                "satellite_name",
                "created_at",
                "updated_at",
            ),
        ),
        [],
        {
            "name": name,
            "description": description,
            "rescale": rescale,
            "expression": expression,
            "colormap": colormap,
            "lens_satellite_id": lens_satellite_id,
            "expression_type": expression_type,
            "type_": type_,
        },
        body=cli_body,
        as_json=cli_json,
    )


insights = typer.Typer(
    help="Analyses run by a block over an AOI.", no_args_is_help=True, rich_markup_mode=None
)
app.add_typer(insights, name="insights")


@insights.command(
    "list",
    help="List the insights of an AOI.\n\nReturns the insights run on one AOI, optionally narrowed by insight id, status, creator or creation time. The path parameter is spelled `aoiId` (camelCase) on every page for this call, unlike `aoi_id` on the other insight calls. A path parameter's name never reaches the wire, so it is named `aoi_id` here: two templates of one path would be ambiguous. The developer guide calls the list paginated but documents no paging parameters and the response has no pagination block.\n\nGET /v0/aoi/{aoi_id}/insights",
)
def insights_list(
    ctx: typer.Context,
    aoi_id: Annotated[
        str,
        typer.Argument(metavar="AOI_ID", help="AOI whose insights are listed.", show_default=False),
    ],
    id: Annotated[
        str | None,
        typer.Option("--id", help="Return only the insight with this id.", show_default=False),
    ] = None,
    status: Annotated[
        str | None,
        typer.Option(
            "--status",
            help="Return only insights in this status. No list of values is documented; the examples are `running` and `completed`.",
            show_default=False,
        ),
    ] = None,
    created_by: Annotated[
        str | None,
        typer.Option(
            "--created-by", help="Return only insights created by this user id.", show_default=False
        ),
    ] = None,
    created_on: Annotated[
        str | None,
        typer.Option(
            "--created-on",
            help="Return only insights created at this time (RFC 3339, e.g. `2025-04-14T00:00:00Z`).",
            show_default=False,
        ),
    ] = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="listInsights",
            resource="insights",
            method="list",
            items="insights",
            columns=("id", "aoi_id", "name", "status", "estimated_time_in_min", "created_by"),
        ),
        [
            aoi_id,
        ],
        {
            "id": id,
            "status": status,
            "created_by": created_by,
            "created_on": created_on,
        },
        as_json=cli_json,
    )


@insights.command(
    "create",
    help='Create an insight on an AOI, or price it.\n\nRuns a block over an AOI to produce an insight. With `estimate: true` the call is a dry run: nothing is started and the response is 200 with the token cost (`{estimate}`). Without it the insight is created and the response is 201; the body of that response is not shown on any page and is modelled as the `Insight` record that the list call returns. Page conflicts: `input` is an integer array in the generated reference, the API reference and the older developer guide, but an array of objects ("see Data Types") in the newer developer guide; it is modelled as `RawJson`, which accepts both. The block object\'s middle field is literally named `"string"` in every rendering, most likely a schema slip in Pixxel\'s generator; it is kept as documented.\n\nPOST /v0/aoi/{aoi_id}/insights',
)
def insights_create(
    ctx: typer.Context,
    aoi_id: Annotated[
        str, typer.Argument(metavar="AOI_ID", help="AOI the insight is run on.", show_default=False)
    ],
    block: Annotated[
        str | None,
        typer.Option(
            "--block",
            help="The block field. JSON. Required (here or in --body).",
            show_default=False,
        ),
    ] = None,
    input_: Annotated[
        str | None,
        typer.Option(
            "--input",
            help="Inputs to the block. Documented as an integer array (serialized JSON bytes) by the generated reference, the API reference and the older developer guide, and as an array of objects by the newer developer guide; both forms are accepted. JSON. Required (here or in --body).",
            show_default=False,
        ),
    ] = None,
    name: Annotated[
        str | None,
        typer.Option("--name", help="Human-readable title for the insight.", show_default=False),
    ] = None,
    project_id: Annotated[
        str | None,
        typer.Option("--project-id", help="Project the insight belongs to.", show_default=False),
    ] = None,
    metadata: Annotated[
        str | None,
        typer.Option(
            "--metadata",
            help="Free-form key-value information stored with the insight. JSON.",
            show_default=False,
        ),
    ] = None,
    estimate: Annotated[
        bool | None,
        typer.Option(
            "--estimate/--no-estimate",
            help="When true, only the cost is computed and returned (200); nothing is run. When false or absent, the insight is created (201).",
            show_default=False,
        ),
    ] = None,
    cli_body: Body = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="createInsights",
            resource="insights",
            method="create",
            body_fields={
                "block": "block",
                "estimate": "estimate",
                "input_": "input",
                "metadata": "metadata",
                "name": "name",
                "project_id": "project_id",
            },
            required=("block", "input_"),
            kinds={"block": "json", "input_": "json", "metadata": "json"},
            items=None,
            columns=("estimate",),
        ),
        [
            aoi_id,
        ],
        {
            "block": block,
            "input_": input_,
            "name": name,
            "project_id": project_id,
            "metadata": metadata,
            "estimate": estimate,
        },
        body=cli_body,
        as_json=cli_json,
    )


@insights.command(
    "download",
    help="Package an insight's assets for download.\n\nAsks for a package of selected input and/or output assets of an insight and returns the download record with a signed URL. The body lists the asset identifiers to include; both lists are optional. No query parameters are used.\n\nPUT /v0/aoi/{aoi_id}/insights/{insight_id}/download",
)
def insights_download(
    ctx: typer.Context,
    aoi_id: Annotated[
        str,
        typer.Argument(metavar="AOI_ID", help="AOI the insight was run on.", show_default=False),
    ],
    insight_id: Annotated[
        str,
        typer.Argument(
            metavar="INSIGHT_ID", help="Insight whose assets are packaged.", show_default=False
        ),
    ],
    inputs: Annotated[
        list[str] | None,
        typer.Option(
            "--inputs",
            help="Identifiers of input assets to include. Comma-separated str values (or repeat the option).",
            show_default=False,
        ),
    ] = None,
    outputs: Annotated[
        list[str] | None,
        typer.Option(
            "--outputs",
            help="Identifiers of output assets to include. Comma-separated str values (or repeat the option).",
            show_default=False,
        ),
    ] = None,
    cli_body: Body = None,
    cli_output: Output = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="downloadInsights",
            resource="insights",
            method="download",
            body_fields={"inputs": "inputs", "outputs": "outputs"},
            kinds={"inputs": "list:str", "outputs": "list:str"},
            download="download_to",
            items=None,
            columns=("id", "status", "signed_url"),
        ),
        [
            aoi_id,
            insight_id,
        ],
        {
            "inputs": inputs,
            "outputs": outputs,
        },
        body=cli_body,
        output=cli_output,
        as_json=cli_json,
    )


@insights.command(
    "delete",
    help="Delete an insight.\n\nPermanently removes an insight from an AOI. `project_id` is a required query parameter that sets the project scope. Success is 200 with an empty body (not 204). Missing or invalid parameters give 400; a caller not allowed to delete the insight gets 403.\n\nDELETE /v0/aoi/{aoi_id}/insights/{insight_id}",
)
def insights_delete(
    ctx: typer.Context,
    aoi_id: Annotated[
        str,
        typer.Argument(metavar="AOI_ID", help="AOI the insight belongs to.", show_default=False),
    ],
    insight_id: Annotated[
        str, typer.Argument(metavar="INSIGHT_ID", help="Insight to delete.", show_default=False)
    ],
    project_id: Annotated[
        str | None,
        typer.Option(
            "--project-id", help="Project the AOI belongs to. Required.", show_default=False
        ),
    ] = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="deleteInsights",
            resource="insights",
            method="delete",
            required=("project_id",),
            items=None,
            columns=(),
        ),
        [
            aoi_id,
            insight_id,
        ],
        {
            "project_id": project_id,
        },
        as_json=cli_json,
    )


@insights.command(
    "wait", help="Wait until list reports completed (fails on failed), showing its status."
)
def insights_wait(
    ctx: typer.Context,
    aoi_id: Annotated[
        str,
        typer.Argument(metavar="AOI_ID", help="AOI whose insights are listed.", show_default=False),
    ],
    id: Annotated[
        str | None,
        typer.Option(
            "--id",
            help="Which element of `insights` to wait for (its `id`). Required.",
            show_default=False,
        ),
    ] = None,
    status: Annotated[
        str | None,
        typer.Option(
            "--status",
            help="Return only insights in this status. No list of values is documented; the examples are `running` and `completed`.",
            show_default=False,
        ),
    ] = None,
    created_by: Annotated[
        str | None,
        typer.Option(
            "--created-by", help="Return only insights created by this user id.", show_default=False
        ),
    ] = None,
    created_on: Annotated[
        str | None,
        typer.Option(
            "--created-on",
            help="Return only insights created at this time (RFC 3339, e.g. `2025-04-14T00:00:00Z`).",
            show_default=False,
        ),
    ] = None,
    cli_wait_timeout: WaitTimeout = None,
    cli_poll_interval: PollInterval = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="listInsights",
            resource="insights",
            method="wait",
            required=("id",),
            waits=True,
            select="id",
            items=None,
            columns=("id", "aoi_id", "name", "status", "estimated_time_in_min", "created_by"),
        ),
        [
            aoi_id,
        ],
        {
            "id": id,
            "status": status,
            "created_by": created_by,
            "created_on": created_on,
        },
        wait_timeout=cli_wait_timeout,
        poll_interval=cli_poll_interval,
        as_json=cli_json,
    )


@insights.command(
    "wait-for-download",
    help="Wait until download reports ready / success (fails on failed), showing its status.",
)
def insights_wait_for_download(
    ctx: typer.Context,
    aoi_id: Annotated[
        str,
        typer.Argument(metavar="AOI_ID", help="AOI the insight was run on.", show_default=False),
    ],
    insight_id: Annotated[
        str,
        typer.Argument(
            metavar="INSIGHT_ID", help="Insight whose assets are packaged.", show_default=False
        ),
    ],
    cli_wait_timeout: WaitTimeout = None,
    cli_poll_interval: PollInterval = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="downloadInsights",
            resource="insights",
            method="wait_for_download",
            waits=True,
            select=None,
            items=None,
            columns=("id", "status", "signed_url"),
        ),
        [
            aoi_id,
            insight_id,
        ],
        {},
        wait_timeout=cli_wait_timeout,
        poll_interval=cli_poll_interval,
        as_json=cli_json,
    )


jobs = typer.Typer(
    help="A job is one run of a workflow.", no_args_is_help=True, rich_markup_mode=None
)
app.add_typer(jobs, name="jobs")


@jobs.command(
    "list",
    help="List a workflow's jobs.\n\nReturns the jobs (runs) of one workflow, optionally narrowed by job id, status, creator or creation date. Items are short job records without tasks, specification or validation errors. No `project_id` and no paging parameters are documented for this call.\n\nGET /v0/workflows/{workflow_id}/jobs",
)
def jobs_list(
    ctx: typer.Context,
    workflow_id: Annotated[
        str,
        typer.Argument(
            metavar="WORKFLOW_ID", help="Workflow whose jobs are listed.", show_default=False
        ),
    ],
    id: Annotated[
        str | None,
        typer.Option("--id", help="Return only the job with this id.", show_default=False),
    ] = None,
    status: Annotated[
        str | None,
        typer.Option(
            "--status",
            help="Return only jobs in this status. No list of values is documented; the pages give `running` and `completed` as examples.",
            show_default=False,
        ),
    ] = None,
    created_by: Annotated[
        str | None,
        typer.Option(
            "--created-by", help="Return only jobs started by this user id.", show_default=False
        ),
    ] = None,
    created_on: Annotated[
        str | None,
        typer.Option(
            "--created-on",
            help="Return only jobs created at this time (ISO 8601, per the developer guide).",
            show_default=False,
        ),
    ] = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="listJobs",
            resource="jobs",
            method="list",
            items="jobs",
            columns=("id", "workflow_id", "status", "created_by", "time_taken", "created_at"),
        ),
        [
            workflow_id,
        ],
        {
            "id": id,
            "status": status,
            "created_by": created_by,
            "created_on": created_on,
        },
        as_json=cli_json,
    )


@jobs.command(
    "create",
    help="Create a job from a workflow.\n\nStarts a new run of the workflow and returns the job record, with its tasks and any validation errors, as soon as it is queued or started. None of the three renderings of this call documents a request body: the only input besides the workflow id is the required `project_id` query parameter, which scopes the run to a project the caller can access. Success is 200, not 201.\n\nPOST /v0/workflows/{workflow_id}/jobs",
)
def jobs_create(
    ctx: typer.Context,
    workflow_id: Annotated[
        str, typer.Argument(metavar="WORKFLOW_ID", help="Workflow to run.", show_default=False)
    ],
    project_id: Annotated[
        str | None,
        typer.Option(
            "--project-id",
            help="Project the workflow belongs to; access to it is checked before the run starts. Required.",
            show_default=False,
        ),
    ] = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="createJob",
            resource="jobs",
            method="create",
            required=("project_id",),
            items=None,
            columns=("id", "workflow_id", "status", "created_by", "time_taken", "created_at"),
        ),
        [
            workflow_id,
        ],
        {
            "project_id": project_id,
        },
        as_json=cli_json,
    )


@jobs.command(
    "get",
    help="Get a job.\n\nReturns one job of a workflow with its status, progress, timings, cost, tasks and validation errors. Poll it to follow a run. The job status has no documented list of values: the waiter below uses `completed` (success) and `failed` (failure), which come only from the examples given in the field descriptions and the jobs overview page (running, completed, failed), not from a formal enum. The developer guide mentions a bearer token, but its header example sends the raw key like every other call.\n\nGET /v0/workflows/{workflow_id}/jobs/{job_id}",
)
def jobs_get(
    ctx: typer.Context,
    workflow_id: Annotated[
        str, typer.Argument(metavar="WORKFLOW_ID", help="Workflow the job ran.", show_default=False)
    ],
    job_id: Annotated[
        str,
        typer.Argument(
            metavar="JOB_ID", help="Id of the job within that workflow.", show_default=False
        ),
    ],
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="getJob",
            resource="jobs",
            method="get",
            items=None,
            columns=("id", "workflow_id", "status", "created_by", "time_taken", "created_at"),
        ),
        [
            workflow_id,
            job_id,
        ],
        {},
        as_json=cli_json,
    )


@jobs.command(
    "download",
    help="Package a job's data for download.\n\nAsks for a ZIP package of a job's input and output assets and returns the download record with a temporary signed URL. No request body is documented. The response names the workflow in camelCase (`workflowId`), unlike the snake_case `workflow_id` of the task download. The package may not be ready at once: the status examples are `pending` and `ready`. Malformed requests give 400; a workflow or job the caller cannot access gives 403.\n\nPUT /v0/workflows/{workflow_id}/jobs/{job_id}/download",
)
def jobs_download(
    ctx: typer.Context,
    workflow_id: Annotated[
        str,
        typer.Argument(
            metavar="WORKFLOW_ID", help="Workflow the job belongs to.", show_default=False
        ),
    ],
    job_id: Annotated[
        str,
        typer.Argument(metavar="JOB_ID", help="Job whose assets are packaged.", show_default=False),
    ],
    cli_output: Output = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="downloadJob",
            resource="jobs",
            method="download",
            download="download_to",
            items=None,
            columns=("id", "workflowId", "status", "signed_url"),
        ),
        [
            workflow_id,
            job_id,
        ],
        {},
        output=cli_output,
        as_json=cli_json,
    )


@jobs.command(
    "wait", help="Wait until get reports completed (fails on failed), showing its status."
)
def jobs_wait(
    ctx: typer.Context,
    workflow_id: Annotated[
        str, typer.Argument(metavar="WORKFLOW_ID", help="Workflow the job ran.", show_default=False)
    ],
    job_id: Annotated[
        str,
        typer.Argument(
            metavar="JOB_ID", help="Id of the job within that workflow.", show_default=False
        ),
    ],
    cli_wait_timeout: WaitTimeout = None,
    cli_poll_interval: PollInterval = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="getJob",
            resource="jobs",
            method="wait",
            waits=True,
            select=None,
            items=None,
            columns=("id", "workflow_id", "status", "created_by", "time_taken", "created_at"),
        ),
        [
            workflow_id,
            job_id,
        ],
        {},
        wait_timeout=cli_wait_timeout,
        poll_interval=cli_poll_interval,
        as_json=cli_json,
    )


@jobs.command(
    "wait-for-download",
    help="Wait until download reports ready (fails on failed), showing its status.",
)
def jobs_wait_for_download(
    ctx: typer.Context,
    workflow_id: Annotated[
        str,
        typer.Argument(
            metavar="WORKFLOW_ID", help="Workflow the job belongs to.", show_default=False
        ),
    ],
    job_id: Annotated[
        str,
        typer.Argument(metavar="JOB_ID", help="Job whose assets are packaged.", show_default=False),
    ],
    cli_wait_timeout: WaitTimeout = None,
    cli_poll_interval: PollInterval = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="downloadJob",
            resource="jobs",
            method="wait_for_download",
            waits=True,
            select=None,
            items=None,
            columns=("id", "workflowId", "status", "signed_url"),
        ),
        [
            workflow_id,
            job_id,
        ],
        {},
        wait_timeout=cli_wait_timeout,
        poll_interval=cli_poll_interval,
        as_json=cli_json,
    )


order_items = typer.Typer(help="Order items.", no_args_is_help=True, rich_markup_mode=None)
app.add_typer(order_items, name="order-items")


@order_items.command(
    "list",
    help="List all order items.\n\nReturns the order items of the caller's organization, each with its tasks, one page at a time (`limit`/`offset`, with a `pagination` block beside the list). The filters are all typed as plain strings and their syntax is not documented: the list filters (`order_ids`, `project_ids`, `ids`) probably take comma-separated values, and the range filters (`created_at`, `area`) take a range whose notation is not given. No defaults are given for `limit`/`offset`; the shared parameters are used.\n\nGET /v0/order-items",
)
def order_items_list(
    ctx: typer.Context,
    user_id: Annotated[
        str | None,
        typer.Option("--user-id", help="Only items of this user (UUID).", show_default=False),
    ] = None,
    type_: Annotated[
        str | None,
        typer.Option(
            "--type",
            help="Only items of this type; the item types are TASKING, ARCHIVE and RECURRING.",
            show_default=False,
        ),
    ] = None,
    status: Annotated[
        str | None,
        typer.Option(
            "--status",
            help="Only items in this status (see `OrderItemStatus`).",
            show_default=False,
        ),
    ] = None,
    order_ids: Annotated[
        str | None,
        typer.Option(
            "--order-ids",
            help="Only items of these orders (order UUIDs; list syntax not documented, probably comma-separated).",
            show_default=False,
        ),
    ] = None,
    created_by: Annotated[
        str | None,
        typer.Option(
            "--created-by", help="Only items created by this user (UUID).", show_default=False
        ),
    ] = None,
    created_at: Annotated[
        str | None,
        typer.Option(
            "--created-at",
            help="Only items created within this time range (range notation not documented).",
            show_default=False,
        ),
    ] = None,
    project_ids: Annotated[
        str | None,
        typer.Option(
            "--project-ids",
            help="Only items of these projects (project UUIDs; list syntax not documented, probably comma-separated).",
            show_default=False,
        ),
    ] = None,
    ids: Annotated[
        str | None,
        typer.Option(
            "--ids",
            help="Only these order items (UUIDs; list syntax not documented, probably comma-separated).",
            show_default=False,
        ),
    ] = None,
    area: Annotated[
        str | None,
        typer.Option(
            "--area",
            help="Only items whose area (km²) lies within this range (range notation not documented).",
            show_default=False,
        ),
    ] = None,
    cli_limit: Limit = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="listOrderItems",
            resource="order_items",
            method="list",
            paged=True,
            limit_param="limit",
            items="order_items",
            columns=("id", "order_id", "name", "status", "payment_status", "feasibility_status"),
        ),
        [],
        {
            "user_id": user_id,
            "type_": type_,
            "status": status,
            "order_ids": order_ids,
            "created_by": created_by,
            "created_at": created_at,
            "project_ids": project_ids,
            "ids": ids,
            "area": area,
        },
        limit=cli_limit,
        as_json=cli_json,
    )


@order_items.command(
    "get",
    help="Get an order item.\n\nReturns one order item together with its tasks. Feasibility fields apply to tasking items only and can change over time, as Pixxel re-checks feasibility (for recurring items, each future occurrence is checked about five days before its start and stays DRAFT until then). Poll this operation to follow fulfilment: the item ends in COMPLETED (FULFILLED on the generated reference), FAILED or CANCELLED. Whether PARTIALLY_COMPLETED / PARTIALLY_FULFILLED is final is not documented.\n\nGET /v0/order-items/{id}",
)
def order_items_get(
    ctx: typer.Context,
    id: Annotated[
        str, typer.Argument(metavar="ID", help="Order item identifier (UUID).", show_default=False)
    ],
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="getOrderItem",
            resource="order_items",
            method="get",
            items=None,
            columns=("id", "order_id", "name", "status", "payment_status", "feasibility_status"),
        ),
        [
            id,
        ],
        {},
        as_json=cli_json,
    )


@order_items.command(
    "wait",
    help="Wait until get reports COMPLETED / FULFILLED / PARTIALLY_COMPLETED / PARTIALLY_FULFILLED (fails on FAILED / CANCELLED), showing its status.",
)
def order_items_wait(
    ctx: typer.Context,
    id: Annotated[
        str, typer.Argument(metavar="ID", help="Order item identifier (UUID).", show_default=False)
    ],
    cli_wait_timeout: WaitTimeout = None,
    cli_poll_interval: PollInterval = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="getOrderItem",
            resource="order_items",
            method="wait",
            waits=True,
            select=None,
            items=None,
            columns=("id", "order_id", "name", "status", "payment_status", "feasibility_status"),
        ),
        [
            id,
        ],
        {},
        wait_timeout=cli_wait_timeout,
        poll_interval=cli_poll_interval,
        as_json=cli_json,
    )


orders = typer.Typer(
    help="Tasking, archive and recurring orders and their items.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(orders, name="orders")


@orders.command(
    "list",
    help='List all orders.\n\nReturns the orders of the caller\'s organization (the reference pages say "workspace" and "organization"); the sort order is not documented. Each order embeds its order items, without their tasks. Paging uses `limit`/`offset` query parameters and a `pagination` block beside the list. The pages give no defaults for `limit` and `offset`; the shared parameters (0 and 10) are used as a best guess. The content of `pagination` is not visible on the pages; it is taken to be the shared `{total, offset, limit}` block.\n\nGET /v0/orders',
)
def orders_list(
    ctx: typer.Context,
    user_id: Annotated[
        str | None,
        typer.Option(
            "--user-id",
            help="Only return orders placed by this user (a user UUID).",
            show_default=False,
        ),
    ] = None,
    cli_limit: Limit = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="listOrders",
            resource="orders",
            method="list",
            paged=True,
            limit_param="limit",
            items="orders",
            columns=("id", "user_id", "status", "created_at", "created_by", "updated_at"),
        ),
        [],
        {
            "user_id": user_id,
        },
        limit=cli_limit,
        as_json=cli_json,
    )


@orders.command(
    "create",
    help="Create an order.\n\nPlaces an order made of one or more order items. Each item is either a tasking request (an area as a GeoJSON FeatureCollection, a capture window, a band set and imaging limits) or an archive purchase (`item_ids` of existing images). A recurring tasking item repeats the capture (`recurrence`, `no_of_occurrences`). With `dry_run: true` nothing is charged: the response has the same shape as a real order and shows the computed cost. The developer guide adds these rules for tasking items: the start must be at least 24 hours after the order is placed, the end must follow the start, areas under 100 km² are billed as 100 km², and the polygons of a multi-polygon area must lie within 200 km of each other. It also says urgent or assured captures may override `cloud_cover` to 100. Which item fields are required is not stated on the pages; the schema therefore marks none of them and describes, per field, when it applies. The reference pages answer 201 Created.\n\nPOST /v0/orders",
)
def orders_create(
    ctx: typer.Context,
    order_items: Annotated[
        str | None,
        typer.Option(
            "--order-items",
            help="The items to order; a single tasking order has exactly one. JSON. Required (here or in --body).",
            show_default=False,
        ),
    ] = None,
    dry_run: Annotated[
        bool | None,
        typer.Option(
            "--dry-run/--no-dry-run",
            help="Simulate the order and return its cost without placing it or spending tokens.",
            show_default=False,
        ),
    ] = None,
    cli_body: Body = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="createOrder",
            resource="orders",
            method="create",
            body_fields={"dry_run": "dry_run", "order_items": "order_items"},
            required=("order_items",),
            kinds={"order_items": "json"},
            items=None,
            columns=("id", "user_id", "status", "created_at", "created_by", "updated_at"),
        ),
        [],
        {
            "order_items": order_items,
            "dry_run": dry_run,
        },
        body=cli_body,
        as_json=cli_json,
    )


@orders.command(
    "get",
    help="Get an order.\n\nReturns one order with its order items. The order's own `status` is its payment status (PAID, UNPAID, PAYMENT_IN_PROGRESS); fulfilment progress lives on each item's `status`, so wait on `getOrderItem` rather than on this operation.\n\nGET /v0/orders/{id}",
)
def orders_get(
    ctx: typer.Context,
    id: Annotated[
        str, typer.Argument(metavar="ID", help="Order identifier (UUID).", show_default=False)
    ],
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="getOrder",
            resource="orders",
            method="get",
            items=None,
            columns=("id", "user_id", "status", "created_at", "created_by", "updated_at"),
        ),
        [
            id,
        ],
        {},
        as_json=cli_json,
    )


projects = typer.Typer(
    help="Projects group service accounts, orders and resources.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(projects, name="projects")


@projects.command(
    "list",
    help="List projects.\n\nReturns one page of the projects the calling service account can see. A service account only sees a project after someone adds it to that project in the Aurora web interface. Paging conflict: the developer guide documents the query parameters `page_num` and `page_size`, yet its sample response carries an offset block (`limit`, `offset`, `total`) rather than page numbers. The request side is what a client controls, so this operation pages with `page_num`/`page_size` (`x-pixxel-pagination` style `page`) and reads the total from `pagination.total`. Whether the first page is 0 or 1 is not documented; the `offset` returned in the pagination block shows where a page really started. No defaults are documented for either parameter. The developer guide is the only page for this operation: no API-reference rendering exists.\n\nGET /v0/projects",
)
def projects_list(
    ctx: typer.Context,
    cli_limit: Limit = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="listProjects",
            resource="projects",
            method="list",
            paged=True,
            limit_param=None,
            items="projects",
            columns=("id", "name", "created_at", "updated_at", "description"),
        ),
        [],
        {},
        limit=cli_limit,
        as_json=cli_json,
    )


@projects.command(
    "get",
    help="Get a project.\n\nReturns one project by its id. An id that does not exist (or that the service account has not been added to) gives 404. Only the developer guide documents this operation.\n\nGET /v0/projects/{id}",
)
def projects_get(
    ctx: typer.Context,
    id: Annotated[
        str, typer.Argument(metavar="ID", help="Id of the project to fetch.", show_default=False)
    ],
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="getProject",
            resource="projects",
            method="get",
            items=None,
            columns=("id", "name", "created_at", "updated_at", "description"),
        ),
        [
            id,
        ],
        {},
        as_json=cli_json,
    )


reports = typer.Typer(help="Order reports.", no_args_is_help=True, rich_markup_mode=None)
app.add_typer(reports, name="reports")


@reports.command(
    "download",
    help='Download order report.\n\nDownloads a report of the organization\'s orders as a file. Undocumented: the only trace is the sidebar entry "download order report" (GET /v0/reports) in the generated API reference; no page for it could be found in the reference or the developer guide. Unknown: the query parameters (e.g. whether the report can be limited to some orders, a project or a date range), the file format (CSV is assumed from the name; a spreadsheet or another binary format is possible), the columns, whether the file comes directly or through a signed URL, and the error responses. The response is therefore modelled as a raw file download, as CSV text or as opaque bytes; the client should save it rather than parse it.\n\nGET /v0/reports',
)
def reports_download(
    ctx: typer.Context,
    cli_output: Output = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="getOrderReport",
            resource="reports",
            method="download",
            download="download_to",
            binary=True,
            items=None,
            columns=(),
        ),
        [],
        {},
        output=cli_output,
        as_json=cli_json,
    )


search = typer.Typer(
    help="Search satellite imagery over an area and a time range.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(search, name="search")


@search.command(
    "images",
    help='Search satellite images.\n\nSearches the imagery of one or more satellite collections between two dates, optionally inside a geometry and under metadata filters such as cloud cover. The call only reads, so it is safe to retry. The pages disagree on several points; the choices made here: - Satellites: the generated "Pixxel API" reference sends `satellites`, an array of `{collection_id, satellite_id}`; the developer guide\'s sample sends a single object under `satellite`. Both properties exist and at least one is required; the SDK sends `satellites`, which the full request example uses. - Required fields: the generated reference requires `start_date`, `end_date`, `satellites` and `geometry`; the developer guide marks the dates and the geometry optional. Both samples send the dates, so they are required here; `geometry` is optional and nullable because the generated reference\'s own example sends `"geometry": null`. - Results: `items` is an object whose content depends on the collection and satellite searched; the documentation does not describe it. - Paging: the generated reference\'s text says results are paged with a `next_token` cursor (for the Planetary and Element providers), but neither the request fields nor the response example carry one; the example response has `pagination: {limit, skip, total}`. The request takes only `limit`. Because no documented way to ask for a next page exists, no `x-pixxel-pagination` is declared; `SearchPagination` accepts an optional `next_token` in case the cursor appears there. - Errors: the developer guide shows 404 and 500 bodies in the shared error shape.\n\nPOST /v0/search',
)
def search_images(
    ctx: typer.Context,
    start_date: Annotated[
        str | None,
        typer.Option(
            "--start-date",
            help="Start of the acquisition time range (ISO 8601, e.g. `2023-04-18T11:56:49.865Z`). Required (here or in --body).",
            show_default=False,
        ),
    ] = None,
    end_date: Annotated[
        str | None,
        typer.Option(
            "--end-date",
            help="End of the acquisition time range, same format as `start_date`. Required (here or in --body).",
            show_default=False,
        ),
    ] = None,
    satellites: Annotated[
        str | None,
        typer.Option("--satellites", help="Collections to search in. JSON.", show_default=False),
    ] = None,
    satellite: Annotated[
        str | None,
        typer.Option("--satellite", help="The satellite field. JSON.", show_default=False),
    ] = None,
    filters: Annotated[
        str | None,
        typer.Option(
            "--filters",
            help="Range filters the images must pass, all of them. JSON.",
            show_default=False,
        ),
    ] = None,
    geometry: Annotated[
        str | None,
        typer.Option(
            "--geometry",
            help='Area the images must cover, as GeoJSON. Optional; may be `null` for no spatial restriction. The developer guide also mentions a "Rectangle" type, which is not a GeoJSON type and is not accepted here. JSON.',
            show_default=False,
        ),
    ] = None,
    limit: Annotated[
        int | None,
        typer.Option(
            "--limit",
            help="Maximum number of results to return. No default is documented.",
            show_default=False,
        ),
    ] = None,
    cli_body: Body = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="searchImages",
            resource="search",
            method="images",
            body_fields={
                "end_date": "end_date",
                "filters": "filters",
                "geometry": "geometry",
                "limit": "limit",
                "satellite": "satellite",
                "satellites": "satellites",
                "start_date": "start_date",
            },
            required=("start_date", "end_date"),
            kinds={
                "filters": "json",
                "geometry": "json",
                "satellite": "json",
                "satellites": "json",
            },
            items=None,
            columns=(),
        ),
        [],
        {
            "start_date": start_date,
            "end_date": end_date,
            "satellites": satellites,
            "satellite": satellite,
            "filters": filters,
            "geometry": geometry,
            "limit": limit,
        },
        body=cli_body,
        as_json=cli_json,
    )


stores = typer.Typer(
    help="Cloud storage targets that deliveries write to.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(stores, name="stores")


@stores.command(
    "list",
    help="List stores.\n\nReturns every store configured in the caller's organization. The list is not paged and takes no parameters. Stored credentials are never returned.\n\nGET /v0/stores",
)
def stores_list(
    ctx: typer.Context,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="listStores",
            resource="stores",
            method="list",
            items="stores",
            columns=("id", "name", "created_at", "updated_at", "created_by", "type"),
        ),
        [],
        {},
        as_json=cli_json,
    )


@stores.command(
    "create",
    help="Create a store.\n\nRegisters a cloud bucket (S3, GCS or Azure Blob) as a delivery target. The returned `id` is what order items (`cloud_delivery.config`) and catalog deliveries (`cloud_info.config`) name to deliver there; once a store is set up, imagery that reaches the catalog can be pushed to it automatically. `secrets` carries the provider credentials. They are write-only: the response (and List stores) never echo them back. Conflicts between the pages: the developer guide's table lists `bucket` and `region` at the top level and types `secrets` as an array of strings, while both reference pages and every example nest `bucket`, `path_prefix` and `region` under `configs` and send `secrets` as an object; the schema follows the references and examples. The generated reference's example sends and returns `configs: null`, so `configs` accepts null, though a usable store needs it. The API answers 200, not 201.\n\nPOST /v0/stores",
)
def stores_create(
    ctx: typer.Context,
    name: Annotated[
        str | None,
        typer.Option(
            "--name",
            help="Unique, human-friendly name of the store. Required (here or in --body).",
            show_default=False,
        ),
    ] = None,
    type_: Annotated[
        str | None,
        typer.Option(
            "--type", help="The type field. Required (here or in --body).", show_default=False
        ),
    ] = None,
    configs: Annotated[
        str | None,
        typer.Option(
            "--configs",
            help="Bucket location. Required; the generated reference's example sends null, but a store cannot deliver anywhere without it. JSON. Required (here or in --body).",
            show_default=False,
        ),
    ] = None,
    secrets: Annotated[
        str | None,
        typer.Option(
            "--secrets",
            help="The secrets field. JSON. Required (here or in --body).",
            show_default=False,
        ),
    ] = None,
    labels: Annotated[
        str | None,
        typer.Option(
            "--labels",
            help='Optional user-defined metadata labels, e.g. `{"env": "prod"}`. JSON.',
            show_default=False,
        ),
    ] = None,
    cli_body: Body = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="createStore",
            resource="stores",
            method="create",
            body_fields={
                "configs": "configs",
                "labels": "labels",
                "name": "name",
                "secrets": "secrets",
                "type_": "type",
            },
            required=("name", "type_", "configs", "secrets"),
            kinds={"configs": "json", "labels": "json", "secrets": "json"},
            items=None,
            columns=("id", "name", "created_at", "updated_at", "created_by", "type"),
        ),
        [],
        {
            "name": name,
            "type_": type_,
            "configs": configs,
            "secrets": secrets,
            "labels": labels,
        },
        body=cli_body,
        as_json=cli_json,
    )


@stores.command(
    "delete",
    help="Delete a store.\n\nRemoves a store configuration that is no longer needed. The developer guide only names this endpoint: its success status, response body and errors are not documented. By analogy with the API's other delete (insights, which answers 200 with no body), success is modelled as 200 without a body; 204 is accepted as well. What happens to deliveries or order items that still name the store is not documented either.\n\nDELETE /v0/stores/{id}",
)
def stores_delete(
    ctx: typer.Context,
    id: Annotated[
        str,
        typer.Argument(
            metavar="ID",
            help="Identifier of the store to delete (the `id` returned by Create a store / List stores).",
            show_default=False,
        ),
    ],
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="deleteStore",
            resource="stores",
            method="delete",
            items=None,
            columns=(),
        ),
        [
            id,
        ],
        {},
        as_json=cli_json,
    )


system = typer.Typer(help="Service health.", no_args_is_help=True, rich_markup_mode=None)
app.add_typer(system, name="system")


@system.command(
    "ping",
    help='Ping server.\n\nChecks that the API is reachable. Undocumented: only the sidebar label "Ping Server" exists in the API reference, so the response body is unknown and modelled as a free-form object.\n\nGET /ping',
)
def system_ping(
    ctx: typer.Context,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="ping",
            resource="system",
            method="ping",
            items=None,
            columns=(),
        ),
        [],
        {},
        as_json=cli_json,
    )


tasks = typer.Typer(
    help="A task is one processing step inside a job.", no_args_is_help=True, rich_markup_mode=None
)
app.add_typer(tasks, name="tasks")


@tasks.command(
    "download",
    help="Package a task's output for download.\n\nAsks for a package of the assets one task produced during a job run and returns the download record with a time-limited signed URL that needs no further authentication. No request body is documented. Unlike the job download, this record names the workflow in snake_case (`workflow_id`) and also carries `job_id`. The status examples are `pending` and `ready`. A malformed request gives 400.\n\nPUT /v0/workflows/{workflow_id}/jobs/{job_id}/tasks/{task_id}/download",
)
def tasks_download(
    ctx: typer.Context,
    workflow_id: Annotated[
        str,
        typer.Argument(
            metavar="WORKFLOW_ID", help="Workflow the job belongs to.", show_default=False
        ),
    ],
    job_id: Annotated[
        str,
        typer.Argument(
            metavar="JOB_ID", help="Job run in which the task executed.", show_default=False
        ),
    ],
    task_id: Annotated[
        str,
        typer.Argument(
            metavar="TASK_ID", help="Task whose assets are packaged.", show_default=False
        ),
    ],
    cli_output: Output = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="downloadTask",
            resource="tasks",
            method="download",
            download="download_to",
            items=None,
            columns=("id", "job_id", "status", "signed_url"),
        ),
        [
            workflow_id,
            job_id,
            task_id,
        ],
        {},
        output=cli_output,
        as_json=cli_json,
    )


@tasks.command(
    "wait-for-download",
    help="Wait until download reports ready (fails on failed), showing its status.",
)
def tasks_wait_for_download(
    ctx: typer.Context,
    workflow_id: Annotated[
        str,
        typer.Argument(
            metavar="WORKFLOW_ID", help="Workflow the job belongs to.", show_default=False
        ),
    ],
    job_id: Annotated[
        str,
        typer.Argument(
            metavar="JOB_ID", help="Job run in which the task executed.", show_default=False
        ),
    ],
    task_id: Annotated[
        str,
        typer.Argument(
            metavar="TASK_ID", help="Task whose assets are packaged.", show_default=False
        ),
    ],
    cli_wait_timeout: WaitTimeout = None,
    cli_poll_interval: PollInterval = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="downloadTask",
            resource="tasks",
            method="wait_for_download",
            waits=True,
            select=None,
            items=None,
            columns=("id", "job_id", "status", "signed_url"),
        ),
        [
            workflow_id,
            job_id,
            task_id,
        ],
        {},
        wait_timeout=cli_wait_timeout,
        poll_interval=cli_poll_interval,
        as_json=cli_json,
    )


visualizations = typer.Typer(
    help="Index visualizations computed over an AOI's assets.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(visualizations, name="visualizations")


@visualizations.command(
    "list",
    help="List visualizations for an AOI.\n\nReturns one page of the visualizations computed over an AOI, with their assets, and an offset pagination block. Filters: index type, creating user, expression type, index id and visualization id (the latter is the only way to fetch a single visualization; there is no get-by-id operation). Note that the list sits under the **singular** key `visualization` (an array), as every documented payload shows.\n\nGET /v0/aois/{aoi_id}/visualizations",
)
def visualizations_list(
    ctx: typer.Context,
    aoi_id: Annotated[
        str,
        typer.Argument(
            metavar="AOI_ID",
            help="Id of the AOI whose visualizations are listed.",
            show_default=False,
        ),
    ],
    type_: Annotated[
        str | None,
        typer.Option(
            "--type",
            help="Only visualizations built from an index of this category. One of: custom, preset.",
            show_default=False,
        ),
    ] = None,
    user_id: Annotated[
        str | None,
        typer.Option(
            "--user-id", help="Only visualizations created by this user.", show_default=False
        ),
    ] = None,
    expression_type: Annotated[
        str | None,
        typer.Option(
            "--expression-type",
            help="Only visualizations whose index expression is of this kind. One of: composite, index, grayscale.",
            show_default=False,
        ),
    ] = None,
    index_id: Annotated[
        str | None,
        typer.Option("--index-id", help="Only visualizations of this index.", show_default=False),
    ] = None,
    visualization_id: Annotated[
        str | None,
        typer.Option(
            "--visualization-id", help="Only the visualization with this id.", show_default=False
        ),
    ] = None,
    cli_limit: Limit = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="listVisualizations",
            resource="visualizations",
            method="list",
            paged=True,
            limit_param="limit",
            items="visualization",
            columns=("id", "aoi_id", "index_name", "status", "created_at", "updated_at"),
        ),
        [
            aoi_id,
        ],
        {
            "type_": type_,
            "user_id": user_id,
            "expression_type": expression_type,
            "index_id": index_id,
            "visualization_id": visualization_id,
        },
        limit=cli_limit,
        as_json=cli_json,
    )


@visualizations.command(
    "create",
    help="Create a new visualization.\n\nComputes an index over some of an AOI's assets and answers 201 with the new Visualization. Legend metadata is produced depending on the index: a preset index gets both a dynamic and a theoretical legend, a custom index whose expression type is `index` gets only a dynamic one, and a custom composite or grayscale index gets none. Conflicts between the pages: - `src_asset_ids` is optional in the generated reference (A:) but marked required in the developer guide (D:), whose table also misspells it `src_asset_id` while its sample body uses `src_asset_ids`. It is optional here, following A:'s explicit wording; every documented example sends it. - `resolution` appears only in A:. - D:'s response table types `aoi_id` as an array of strings; every payload shows a single string, which the schema follows. - D: mentions errors for missing fields and duplicates without status codes; they are modelled as 400.\n\nPOST /v0/aois/{aoi_id}/visualizations",
)
def visualizations_create(
    ctx: typer.Context,
    aoi_id: Annotated[
        str,
        typer.Argument(metavar="AOI_ID", help="Id of the AOI to visualize.", show_default=False),
    ],
    index_id: Annotated[
        str | None,
        typer.Option(
            "--index-id", help="Index to compute. Required (here or in --body).", show_default=False
        ),
    ] = None,
    src_asset_ids: Annotated[
        list[str] | None,
        typer.Option(
            "--src-asset-ids",
            help="AOI assets to compute the index over. Optional according to the generated reference, required according to the developer guide; send it. Comma-separated str values (or repeat the option).",
            show_default=False,
        ),
    ] = None,
    resolution: Annotated[
        float | None,
        typer.Option(
            "--resolution",
            help="Output resolution in metres; when omitted the satellite's own resolution is used (e.g. 10).",
            show_default=False,
        ),
    ] = None,
    cli_body: Body = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="createVisualization",
            resource="visualizations",
            method="create",
            body_fields={
                "index_id": "index_id",
                "resolution": "resolution",
                "src_asset_ids": "src_asset_ids",
            },
            required=("index_id",),
            kinds={"src_asset_ids": "list:str"},
            items=None,
            columns=("id", "aoi_id", "index_name", "status", "created_at", "updated_at"),
        ),
        [
            aoi_id,
        ],
        {
            "index_id": index_id,
            "src_asset_ids": src_asset_ids,
            "resolution": resolution,
        },
        body=cli_body,
        as_json=cli_json,
    )


@visualizations.command(
    "update-metadata",
    help='Update visualization metadata.\n\nReplaces the legend of one mode (`dynamic` or `theoretical`) of a visualization; the legend of the other mode is left as it is. In dynamic mode `dynamic_bins` (1-15 equal intervals) is required, and legend values may be sent as `null` to have them computed. Only the generated reference (A:) documents this operation. The inner structure of the legend is not documented beyond "breakpoints per date", and its example sends and returns an empty object, so the legend is modelled as a free-form object.\n\nPUT /v0/aois/{aoi_id}/visualizations/{visualization_id}/metadata',
)
def visualizations_update_metadata(
    ctx: typer.Context,
    aoi_id: Annotated[
        str,
        typer.Argument(
            metavar="AOI_ID", help="Id of the AOI the visualization belongs to.", show_default=False
        ),
    ],
    visualization_id: Annotated[
        str,
        typer.Argument(
            metavar="VISUALIZATION_ID",
            help="Id of the visualization whose legend is replaced.",
            show_default=False,
        ),
    ],
    visualization_mode: Annotated[
        str | None,
        typer.Option(
            "--visualization-mode",
            help="The visualization_mode field. Required (here or in --body).",
            show_default=False,
        ),
    ] = None,
    legend: Annotated[
        str | None,
        typer.Option(
            "--legend",
            help="The legend field. JSON. Required (here or in --body).",
            show_default=False,
        ),
    ] = None,
    dynamic_bins: Annotated[
        int | None,
        typer.Option(
            "--dynamic-bins",
            help="Number of equal-interval bins of the dynamic legend.",
            show_default=False,
        ),
    ] = None,
    cli_body: Body = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="updateVisualizationMetadata",
            resource="visualizations",
            method="update_metadata",
            body_fields={
                "dynamic_bins": "dynamic_bins",
                "legend": "legend",
                "visualization_mode": "visualization_mode",
            },
            required=("visualization_mode", "legend"),
            kinds={"legend": "json"},
            items=None,
            columns=(),
        ),
        [
            aoi_id,
            visualization_id,
        ],
        {
            "visualization_mode": visualization_mode,
            "legend": legend,
            "dynamic_bins": dynamic_bins,
        },
        body=cli_body,
        as_json=cli_json,
    )


@visualizations.command(
    "rollback-metadata",
    help="Rollback visualization metadata.\n\nDiscards edits to the legend of one mode for the given dates: the legend of that mode is recomputed from the source data, and the other mode is left untouched. Dates are written `YYYY_MM_DD`, with underscores. Answers 200 with the full Visualization, whose assets then carry `resolution` and which includes `metadata.legend`.\n\nPATCH /v0/aois/{aoi_id}/visualizations/{visualization_id}/metadata",
)
def visualizations_rollback_metadata(
    ctx: typer.Context,
    aoi_id: Annotated[
        str,
        typer.Argument(
            metavar="AOI_ID", help="Id of the AOI the visualization belongs to.", show_default=False
        ),
    ],
    visualization_id: Annotated[
        str,
        typer.Argument(
            metavar="VISUALIZATION_ID",
            help="Id of the visualization whose legend is rolled back.",
            show_default=False,
        ),
    ],
    index_id: Annotated[
        str | None,
        typer.Option(
            "--index-id",
            help="Index the visualization was computed from. Required (here or in --body).",
            show_default=False,
        ),
    ] = None,
    dates: Annotated[
        list[str] | None,
        typer.Option(
            "--dates",
            help="Dates whose legend is recomputed, written `YYYY_MM_DD` with underscores. Comma-separated str values (or repeat the option). Required (here or in --body).",
            show_default=False,
        ),
    ] = None,
    visualization_mode: Annotated[
        str | None,
        typer.Option(
            "--visualization-mode",
            help="The visualization_mode field. Required (here or in --body).",
            show_default=False,
        ),
    ] = None,
    cli_body: Body = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="rollbackVisualizationMetadata",
            resource="visualizations",
            method="rollback_metadata",
            body_fields={
                "dates": "dates",
                "index_id": "index_id",
                "visualization_mode": "visualization_mode",
            },
            required=("index_id", "dates", "visualization_mode"),
            kinds={"dates": "list:str"},
            items=None,
            columns=("id", "aoi_id", "index_name", "status", "created_at", "updated_at"),
        ),
        [
            aoi_id,
            visualization_id,
        ],
        {
            "index_id": index_id,
            "dates": dates,
            "visualization_mode": visualization_mode,
        },
        body=cli_body,
        as_json=cli_json,
    )


@visualizations.command(
    "generate-png",
    help='Generate an index PNG for a visualization.\n\nRenders a visualization\'s index as a PNG image. Undocumented: the generated reference (A:) has a page for it (`GenerateIndexPng`), but only its sidebar label "Generate an index PNG for a visualization" could be found. Unknown: whether the request takes a body or query parameters (e.g. a date, a legend mode or a size), the success status code (modelled as 200), whether the image comes back as binary `image/png` (modelled so) or as JSON holding a URL, and the error responses beyond the usual 403. An optional free-form JSON body is accepted so that callers can pass options once they are known.\n\nPOST /v0/aois/{aoi_id}/visualizations/{visualization_id}/png',
)
def visualizations_generate_png(
    ctx: typer.Context,
    aoi_id: Annotated[
        str,
        typer.Argument(
            metavar="AOI_ID", help="Id of the AOI the visualization belongs to.", show_default=False
        ),
    ],
    visualization_id: Annotated[
        str,
        typer.Argument(
            metavar="VISUALIZATION_ID",
            help="Id of the visualization to render.",
            show_default=False,
        ),
    ],
    cli_body: Body = None,
    cli_output: Output = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="generateVisualizationPng",
            resource="visualizations",
            method="generate_png",
            whole_body=True,
            body_required=False,
            binary=True,
            items=None,
            columns=(),
        ),
        [
            aoi_id,
            visualization_id,
        ],
        {},
        body=cli_body,
        output=cli_output,
        as_json=cli_json,
    )


@visualizations.command(
    "generate-sld",
    help='Generate SLD styles for a visualization.\n\nProduces an SLD (OGC Styled Layer Descriptor, an XML document) that styles the visualization\'s raster in map servers such as GeoServer, presumably from its colour map and legend breakpoints. Undocumented: only the sidebar label "Generate SLD styles for a visualization" exists in the generated reference (A:); no page was found. Unknown: the request body or parameters (an optional free-form JSON body is accepted), the success status code (modelled as 200), the media type (modelled as `application/xml`; the server may use `text/xml`, or wrap the XML in JSON), and the error responses beyond 403.\n\nPOST /v0/aois/{aoi_id}/visualizations/{visualization_id}/sld',
)
def visualizations_generate_sld(
    ctx: typer.Context,
    aoi_id: Annotated[
        str,
        typer.Argument(
            metavar="AOI_ID", help="Id of the AOI the visualization belongs to.", show_default=False
        ),
    ],
    visualization_id: Annotated[
        str,
        typer.Argument(
            metavar="VISUALIZATION_ID", help="Id of the visualization to style.", show_default=False
        ),
    ],
    cli_body: Body = None,
    cli_output: Output = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="generateVisualizationSld",
            resource="visualizations",
            method="generate_sld",
            whole_body=True,
            body_required=False,
            binary=True,
            items=None,
            columns=(),
        ),
        [
            aoi_id,
            visualization_id,
        ],
        {},
        body=cli_body,
        output=cli_output,
        as_json=cli_json,
    )


@visualizations.command(
    "wait",
    help="Wait until list reports success / partial_success (fails on failed), showing its status.",
)
def visualizations_wait(
    ctx: typer.Context,
    aoi_id: Annotated[
        str,
        typer.Argument(
            metavar="AOI_ID",
            help="Id of the AOI whose visualizations are listed.",
            show_default=False,
        ),
    ],
    visualization_id: Annotated[
        str | None,
        typer.Option(
            "--visualization-id",
            help="Which element of `visualization` to wait for (its `id`). Required.",
            show_default=False,
        ),
    ] = None,
    type_: Annotated[
        str | None,
        typer.Option(
            "--type",
            help="Only visualizations built from an index of this category. One of: custom, preset.",
            show_default=False,
        ),
    ] = None,
    user_id: Annotated[
        str | None,
        typer.Option(
            "--user-id", help="Only visualizations created by this user.", show_default=False
        ),
    ] = None,
    expression_type: Annotated[
        str | None,
        typer.Option(
            "--expression-type",
            help="Only visualizations whose index expression is of this kind. One of: composite, index, grayscale.",
            show_default=False,
        ),
    ] = None,
    index_id: Annotated[
        str | None,
        typer.Option("--index-id", help="Only visualizations of this index.", show_default=False),
    ] = None,
    cli_wait_timeout: WaitTimeout = None,
    cli_poll_interval: PollInterval = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="listVisualizations",
            resource="visualizations",
            method="wait",
            required=("visualization_id",),
            waits=True,
            select="visualization_id",
            items=None,
            columns=("id", "aoi_id", "index_name", "status", "created_at", "updated_at"),
        ),
        [
            aoi_id,
        ],
        {
            "visualization_id": visualization_id,
            "type_": type_,
            "user_id": user_id,
            "expression_type": expression_type,
            "index_id": index_id,
        },
        wait_timeout=cli_wait_timeout,
        poll_interval=cli_poll_interval,
        as_json=cli_json,
    )


workflows = typer.Typer(
    help="Workflows wire data blocks to processing blocks.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(workflows, name="workflows")


@workflows.command(
    "list",
    help='List workflows.\n\nReturns the workflows of one project, optionally narrowed by id, name, creator or creation/update time. Only the developer guide documents this call, and thinly: - It lists `project_id` as a required *path* parameter, but the path `/v0/workflows` has no slot for it. Like the get-workflow and create-job calls, it is modelled here as a required query parameter. - It says the response is "an array of workflow objects" without showing a payload. The same wording on the list-jobs and list-insights guide pages describes an object that wraps the array (`{jobs: [...]}`, `{insights: [...]}`), so the response is modelled as either `{workflows: [...]}` (the wrapper key is inferred, not documented) or a bare array. - Its field table is cut off after `created_by`; the item is modelled as `WorkflowSummary`. No paging parameters are documented.\n\nGET /v0/workflows',
)
def workflows_list(
    ctx: typer.Context,
    project_id: Annotated[
        str | None,
        typer.Option(
            "--project-id",
            help="Project whose workflows are listed. The developer guide calls this a path parameter; the path has no place for it, so it is sent in the query string. Required.",
            show_default=False,
        ),
    ] = None,
    id: Annotated[
        str | None,
        typer.Option("--id", help="Return only the workflow with this id.", show_default=False),
    ] = None,
    name: Annotated[
        str | None,
        typer.Option(
            "--name", help="Return only workflows with this display name.", show_default=False
        ),
    ] = None,
    created_by: Annotated[
        str | None,
        typer.Option(
            "--created-by",
            help="Return only workflows created by this user id.",
            show_default=False,
        ),
    ] = None,
    created_on: Annotated[
        str | None,
        typer.Option(
            "--created-on",
            help="Return only workflows created at this time (ISO 8601).",
            show_default=False,
        ),
    ] = None,
    updated_at: Annotated[
        str | None,
        typer.Option(
            "--updated-at",
            help="Return only workflows last updated at this time (ISO 8601).",
            show_default=False,
        ),
    ] = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="listWorkflows",
            resource="workflows",
            method="list",
            required=("project_id",),
            items="workflows",
            columns=("id", "project_id", "name", "created_by", "created_at", "updated_at"),
        ),
        [],
        {
            "project_id": project_id,
            "id": id,
            "name": name,
            "created_by": created_by,
            "created_on": created_on,
            "updated_at": updated_at,
        },
        as_json=cli_json,
    )


@workflows.command(
    "get",
    help="Get a workflow by id.\n\nReturns one workflow of a project: its name, creator, token cost estimate, raw specification and any validation errors found when it was wired together. `project_id` is a required query parameter. The developer guide's query-parameter table mislabels this parameter as `workflow_id`; its prose and the API reference both name it `project_id`.\n\nGET /v0/workflows/{workflow_id}",
)
def workflows_get(
    ctx: typer.Context,
    workflow_id: Annotated[
        str,
        typer.Argument(
            metavar="WORKFLOW_ID", help="Id (a UUID) of the workflow to fetch.", show_default=False
        ),
    ],
    project_id: Annotated[
        str | None,
        typer.Option(
            "--project-id", help="Project the workflow belongs to. Required.", show_default=False
        ),
    ] = None,
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="getWorkflow",
            resource="workflows",
            method="get",
            required=("project_id",),
            items=None,
            columns=("id", "project_id", "name", "created_by", "created_at", "updated_at"),
        ),
        [
            workflow_id,
        ],
        {
            "project_id": project_id,
        },
        as_json=cli_json,
    )


@workflows.command(
    "estimate",
    help="Get a workflow's cost estimate.\n\nReturns the token cost that running the workflow once (one job) is expected to take. No `project_id` parameter is documented for this call. A malformed request gives 400 and a workflow the caller cannot access gives 403, both with the standard error body.\n\nGET /v0/workflows/{workflow_id}/estimate",
)
def workflows_estimate(
    ctx: typer.Context,
    workflow_id: Annotated[
        str,
        typer.Argument(
            metavar="WORKFLOW_ID", help="Id of the workflow to price.", show_default=False
        ),
    ],
    cli_json: Json = False,
) -> None:
    run(
        ctx,
        Command(
            operation_id="estimateWorkflow",
            resource="workflows",
            method="estimate",
            items=None,
            columns=("estimated_cost",),
        ),
        [
            workflow_id,
        ],
        {},
        as_json=cli_json,
    )
