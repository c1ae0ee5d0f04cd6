"""Pydantic models of every schema in the Pixxel API spec (generated)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field

from pixxel._runtime._models import (
    BaseModel,
    BaseRootModel,
    Bbox,
    DateDmy,
    DateUnderscore,
    OpenEnum,
    PlainDate,
    RawJson,
    Timestamp,
)


class Provider(OpenEnum):
    """
    Where the imagery comes from: `pixxel` for Pixxel's own satellites (TD and Firefly),
    `planetary` for open data such as Landsat and Sentinel.

    """

    PIXXEL = "pixxel"
    PLANETARY = "planetary"


class AoiGeometry(BaseModel):
    """
    Boundary of an AOI, a GeoJSON geometry (longitude, latitude), normally a Polygon (the
    developer guide also allows MultiPolygon). Several API reference examples carry the
    generator placeholder `"<string>"` as `type`, so `type` is a plain string here instead of
    the root `Geometry` enum.

    """

    coordinates: list[Any]
    """
    Nested coordinate arrays, as deep as the geometry type needs.
    """
    type: Annotated[str, Field(examples=["Polygon"])]
    """
    Geometry type, normally `Polygon` or `MultiPolygon`.
    """


class AoiImage(BaseModel):
    """
    One image attached to an AOI. The documentation only says that `images` is a map keyed by
    image id and shows it empty, so the entry's fields are unknown.

    """

    model_config = ConfigDict(
        extra="allow",
    )


class AoiStatus(OpenEnum):
    """
    Processing state of an AOI. `started`, `running` and `updating` are in progress;
    `success`, `partial_success` and `failed` are final.

    """

    SUCCESS = "success"
    STARTED = "started"
    RUNNING = "running"
    FAILED = "failed"
    UPDATING = "updating"
    PARTIAL_SUCCESS = "partial_success"


class AssetDownload(BaseModel):
    """
    A download request for AOI assets and its state.
    """

    download_id: Annotated[str | None, Field(examples=["dc01addf-b6c3-4fa9-9a49-dcdcb4c99229"])] = (
        None
    )
    """
    Id of the download request.
    """
    signed_url: Annotated[str | None, Field(examples=["https://storage.account/download"])] = None
    """
    Time-limited URL to fetch the requested assets from.
    """
    status: Annotated[str | None, Field(examples=["SUCCESS"])] = None
    """
    State of the request. Only examples are documented: `"SUCCESS"` in every payload
    (API reference, generated reference, developer guide sample) and `"success"` in the
    developer guide's field table. Other values (pending, failed) are not documented;
    compare case-insensitively.

    """


class AssetDownloadRequest(BaseModel):
    """
    Body of a create-download request.
    """

    asset_ids: Annotated[list[str], Field(examples=[["00173fc9-7ea6-49a6-b030-620df1cf822d"]])]
    """
    Ids of the AOI's assets to include (see `listAssets`). Documented ids are not always UUIDs.
    """


class AssetGeometry(BaseModel):
    """
    Footprint of an asset, a GeoJSON-like geometry (longitude, latitude). The developer guide
    gives "Polygon" or "MultiPolygon" as the usual types, but several API reference examples
    carry the generator placeholder `"<string>"` as `type`, so `type` is a plain string here
    rather than the root `Geometry` enum.

    """

    coordinates: list[Any] | None = None
    """
    Nested coordinate arrays, as deep as the geometry type needs.
    """
    type: Annotated[str | None, Field(examples=["Polygon"])] = None
    """
    Geometry type, normally `Polygon` or `MultiPolygon`.
    """


class AssetStatus(OpenEnum):
    """
    Processing state of an asset.
    """

    SUCCESS = "success"
    FAILED = "failed"
    STARTED = "started"
    CREATING = "creating"


class AssetType(OpenEnum):
    """
    Kind of asset.
    """

    MOSAIC = "mosaic"
    STAC_ITEM = "stac_item"
    VISUALIZATION = "visualization"


class Band(BaseModel):
    """
    One spectral band.
    """

    name: str | None = None
    """
    Band name, e.g. `B001`.
    """
    wavelength: float | None = None
    """
    Band wavelength in nanometres.
    """


class Bandset(BaseModel):
    """
    A named set of spectral bands that a tasking order can capture.
    """

    bands: list[Band] | None = None
    """
    The bands in the set. The guide's table types this as an array of strings, but its sample
    (and the order payloads) show objects with a name and a wavelength.

    """
    captures: int | None = None
    """
    How many captures are needed to fulfil an order for this band set.
    """
    description: str | None = None
    """
    Free-text description of the band set.
    """
    id: str
    """
    Band set identifier; pass it as `bandset.bandset_id` in a tasking order item.
    """
    name: str | None = None
    """
    Display name of the band set.
    """


class BandsetList(BaseModel):
    """
    Response of `GET /v0/bandsets`.
    """

    bandsets: list[Bandset]
    """
    Band sets available to the caller's organization.
    """


class BandsetRef(BaseModel):
    """
    Reference to a band set in a new tasking item.
    """

    bandset_id: str | None = None
    """
    Identifier of a band set from `GET /v0/bandsets`.
    """


class CatalogDownloadRequest1(BaseModel):
    """
    Body of a create-download call: either `catalog_ids` or `order_item_ids`, exactly one.
    The references mark both required but forbid sending one with the other.

    """

    catalog_ids: list[str]
    """
    Catalog ids to download. Do not send `order_item_ids` with it.
    """
    order_item_ids: list[str] | None = None
    """
    Order-item ids whose imagery to download. Do not send `catalog_ids` with it.
    """


class CatalogDownloadRequest2(BaseModel):
    """
    Body of a create-download call: either `catalog_ids` or `order_item_ids`, exactly one.
    The references mark both required but forbid sending one with the other.

    """

    catalog_ids: list[str] | None = None
    """
    Catalog ids to download. Do not send `order_item_ids` with it.
    """
    order_item_ids: list[str]
    """
    Order-item ids whose imagery to download. Do not send `catalog_ids` with it.
    """


class CatalogDownloadRequest(BaseRootModel[CatalogDownloadRequest1 | CatalogDownloadRequest2]):
    root: CatalogDownloadRequest1 | CatalogDownloadRequest2
    """
    Body of a create-download call: either `catalog_ids` or `order_item_ids`, exactly one.
    The references mark both required but forbid sending one with the other.

    """


class CatalogDownloadStatus(OpenEnum):
    """
    State of a catalog download resource (lower-case, unlike delivery statuses).
    """

    SUCCESS = "success"
    CREATED = "created"
    FAILED = "failed"
    IN_PROGRESS = "in_progress"


class CloudDelivery(BaseModel):
    """
    Automated delivery of the item's imagery to a store. (The catalog's delivery request calls the
    same object `cloud_info`.)

    """

    config: str | None = None
    """
    Identifier of the store (`id` from `GET /v0/stores`) to deliver to.
    """
    path: str | None = None
    """
    Destination path inside the store, e.g. `my-bucket/my-folder`.
    """


class CloudInfo(BaseModel):
    """
    Where a delivery writes: a store and a path inside it. Sent as `cloud_info` in a delivery
    request and returned as `cloud_delivery` in the Delivery.

    """

    config: str | None = None
    """
    Id of the store (see Stores) to deliver to.
    """
    path: str | None = None
    """
    Folder inside the store, e.g. `path/subdirectory1/`.
    """


class DeliveryCreate1(BaseModel):
    """
    One delivery to create: either `catalog_ids` or `order_item_ids` (exactly one), and the
    destination store in `cloud_info`.

    """

    catalog_ids: list[str]
    """
    Catalog ids to deliver. Do not send `order_item_ids` with it.
    """
    cloud_info: CloudInfo | None = None
    order_item_ids: list[str] | None = None
    """
    Order-item ids whose imagery to deliver. Do not send `catalog_ids` with it.
    """


class DeliveryCreate2(BaseModel):
    """
    One delivery to create: either `catalog_ids` or `order_item_ids` (exactly one), and the
    destination store in `cloud_info`.

    """

    catalog_ids: list[str] | None = None
    """
    Catalog ids to deliver. Do not send `order_item_ids` with it.
    """
    cloud_info: CloudInfo | None = None
    order_item_ids: list[str]
    """
    Order-item ids whose imagery to deliver. Do not send `catalog_ids` with it.
    """


class DeliveryCreate(BaseRootModel[DeliveryCreate1 | DeliveryCreate2]):
    root: DeliveryCreate1 | DeliveryCreate2
    """
    One delivery to create: either `catalog_ids` or `order_item_ids` (exactly one), and the
    destination store in `cloud_info`.

    """


class DeliveryRequest(BaseModel):
    """
    Body of a create-deliveries call.
    """

    deliveries: Annotated[list[DeliveryCreate], Field(min_length=1)]


class DeliverySpeed(OpenEnum):
    """
    Delivery speed of a tasking item: STANDARD (about 36 hours, no uplift) or EXPEDITED (about 24
    hours, with an uplift of about 20%).

    """

    STANDARD = "STANDARD"
    EXPEDITED = "EXPEDITED"


class DeliveryStatus(OpenEnum):
    """
    State of a delivery.
    """

    UNSPECIFIED = "UNSPECIFIED"
    CREATED = "CREATED"
    FAILED = "FAILED"
    IN_PROGRESS = "IN_PROGRESS"
    SUCCESS = "SUCCESS"


class ErrorDetail(BaseModel):
    code: str
    """
    Machine-readable error code.
    """
    details: Any | None = None
    """
    Extra context; its shape depends on the error.
    """
    message: str
    """
    Human-readable explanation.
    """


class ErrorResponse(BaseModel):
    """
    Error body shared by every operation.
    """

    error: ErrorDetail


class ExpressionType(OpenEnum):
    """
    What an index expression produces: `index` (a single-band ratio such as NDVI),
    `composite` (a multi-band colour composite) or `grayscale`. These are the values listed by
    the API reference. Prose elsewhere writes `INDEX` in capitals (A: create-visualization) and
    gives "formula" as an example (D: create-visualization field table); neither appears in
    any enum list or payload.

    """

    COMPOSITE = "composite"
    INDEX = "index"
    GRAYSCALE = "grayscale"


class FeasibilityStatus(OpenEnum):
    """
    Likelihood that a tasking capture can be made, from the latest feasibility check.
    """

    FAILED = "FAILED"
    WEAK_SUCCESS = "WEAK_SUCCESS"
    SUCCESS = "SUCCESS"


class Type(OpenEnum):
    FEATURE = "Feature"


class Type1(OpenEnum):
    FEATURE_COLLECTION = "FeatureCollection"


class Type2(OpenEnum):
    POINT = "Point"
    MULTI_POINT = "MultiPoint"
    LINE_STRING = "LineString"
    MULTI_LINE_STRING = "MultiLineString"
    POLYGON = "Polygon"
    MULTI_POLYGON = "MultiPolygon"


class Geometry(BaseModel):
    """
    A GeoJSON geometry (RFC 7946). Coordinates are longitude, latitude.
    """

    coordinates: list[Any]
    """
    Nested coordinate arrays, as deep as the geometry type needs.
    """
    type: Type2


class IndexType(OpenEnum):
    """
    Index category. `preset` indices are provided by Pixxel; `custom` ones are defined by users.
    """

    CUSTOM = "custom"
    PRESET = "preset"


class InsightBlock(BaseModel):
    """
    The block an insight runs. Besides `name` and `version`, every rendering documents a field
    literally named `"string"`, probably a generator slip; it is kept as documented and its
    meaning is unknown.

    """

    name: str | None = None
    """
    Name of the block (see `listBlocks`).
    """
    string: str | None = None
    """
    Field documented under this literal name; its purpose is not explained.
    """
    version: str | None = None
    """
    Version of the block.
    """


class InsightDownload(BaseModel):
    """
    Download record for an insight's packaged assets.
    """

    id: str | None = None
    """
    Id of the insight.
    """
    signed_url: str | None = None
    """
    Temporary URL where the package can be downloaded.
    """
    status: str | None = None
    """
    State of the package; no list of values is documented (the job and task downloads
    give `pending` and `ready` as examples).

    """


class InsightDownloadRequest(BaseModel):
    """
    Selection of insight assets to package. Both lists are optional.
    """

    inputs: list[str] | None = None
    """
    Identifiers of input assets to include.
    """
    outputs: list[str] | None = None
    """
    Identifiers of output assets to include.
    """


class InsightEstimate(BaseModel):
    """
    Cost of running an insight, returned by a dry run.
    """

    estimate: int | None = None
    """
    Computed token cost of the insight.
    """


class JobDownload(BaseModel):
    """
    Download record for a job's packaged inputs and outputs. Note the camelCase `workflowId`,
    as documented.

    """

    id: str | None = None
    """
    Id of the download operation.
    """
    signed_url: str | None = None
    """
    Temporary URL of the ZIP package of the job's input and output assets.
    """
    status: str | None = None
    """
    State of the package. No formal list of values is documented; the examples are
    `pending` and `ready`.

    """
    workflow_id: Annotated[str | None, Field(alias="workflowId")] = None
    """
    Workflow the job belongs to (camelCase in the documented payload).
    """


class JobSummary(BaseModel):
    """
    A job as returned in a job list (no tasks, specification or validation errors).
    """

    cost: int | None = None
    """
    Token cost of the job, estimated or actual. The API reference types it as integer and
    its example is an integer; the developer guide's list table says number.

    """
    created_at: str | None = None
    """
    When the job was created (format not documented; examples are placeholders).
    """
    created_by: str | None = None
    """
    Id of the user who started the job.
    """
    estimated_duration: int | None = None
    """
    Expected run time, in seconds.
    """
    finished_at: str | None = None
    """
    When the job finished (format not documented; examples are placeholders).
    """
    id: str | None = None
    """
    Job id.
    """
    progress: str | None = None
    """
    Completion percentage, sent as a string.
    """
    status: str | None = None
    """
    Current state of the job. No formal list of values is documented; the examples given
    are `running`, `completed` and `failed`.

    """
    time_taken: str | None = None
    """
    Time the job took, as human-readable text.
    """
    updated_at: str | None = None
    """
    When the job was last updated (format not documented; examples are placeholders).
    """
    workflow_id: str | None = None
    """
    Workflow the job ran.
    """


class OrderItemBandset(BaseModel):
    """
    The band set recorded on an order item.
    """

    bands: list[Band] | None = None
    bandset_id: str | None = None
    """
    Identifier of the band set.
    """
    custom: list[list[float]] | None = None
    """
    Custom band definition as nested number arrays (`[[123]]` in the only example). Its meaning
    is not documented.

    """


class OrderItemImage(BaseModel):
    """
    An image attached to an order item.
    """

    geometry: Geometry | None = None
    """
    Footprint of the image. The api-reference pages leave this field untyped (`"<any>"`) and
    the generated reference shows null; modelled as a nullable GeoJSON geometry.

    """
    item_id: str | None = None
    """
    Identifier of the image.
    """


class OrderItemStatus(OpenEnum):
    """
    Fulfilment status of an order item. The two references disagree on the names of the final
    states: the api-reference pages list COMPLETED and PARTIALLY_COMPLETED, the generated
    reference lists FULFILLED and PARTIALLY_FULFILLED; both pairs are accepted. Future recurring
    occurrences stay DRAFT until their feasibility check.

    """

    DRAFT = "DRAFT"
    ACTIVE = "ACTIVE"
    COMPLETED = "COMPLETED"
    CANCELLED = "CANCELLED"
    FAILED = "FAILED"
    PARTIALLY_COMPLETED = "PARTIALLY_COMPLETED"
    FULFILLED = "FULFILLED"
    PARTIALLY_FULFILLED = "PARTIALLY_FULFILLED"


class OrderReportFile(BaseRootModel[bytes]):
    root: bytes
    """
    Raw bytes of the order report file (format undocumented; CSV assumed).
    """


class OrderStatus(OpenEnum):
    """
    Payment status of a whole order (the order's `status` field).
    """

    PAID = "PAID"
    UNPAID = "UNPAID"
    PAYMENT_IN_PROGRESS = "PAYMENT_IN_PROGRESS"


class OrderType(OpenEnum):
    """
    Kind of order item.
    """

    TASKING = "TASKING"
    ARCHIVE = "ARCHIVE"
    RECURRING = "RECURRING"


class Pagination(BaseModel):
    """
    Offset pagination block returned beside a page of items.
    """

    limit: int | None = None
    """
    Page size used for this page.
    """
    offset: int | None = None
    """
    Offset of the first item on this page.
    """
    total: int | None = None
    """
    Number of items matching the query, over all pages.
    """


class PaymentStatus(OpenEnum):
    """
    Payment status of an order item (`payment_status`).
    """

    PAID = "PAID"
    PARTIAL_REFUND = "PARTIAL-REFUND"
    REFUND = "REFUND"
    UNPAID = "UNPAID"
    PARTIAL_MONTHLY = "PARTIAL-MONTHLY"


class PingResponse(BaseModel):
    """
    Free-form health payload; no fields are documented.
    """

    model_config = ConfigDict(
        extra="allow",
    )


class Project(BaseModel):
    """
    A project groups service accounts, orders and other resources. The list sample omits
    `updated_at`; the single-project sample includes it.

    """

    created_at: Timestamp | None = None
    """
    Creation time, ISO 8601 with `Z` (`2025-01-01T12:00:00Z`).
    """
    description: str | None = None
    """
    Free-text description.
    """
    id: Annotated[str | None, Field(examples=["ce5dcc14-8291-4b0c-a278-8c05ec426d18"])] = None
    """
    Project id (a UUID in practice; the samples show a `<PROJECT_ID>` placeholder).
    """
    name: Annotated[str | None, Field(examples=["Example Project"])] = None
    """
    Display name of the project.
    """
    updated_at: Timestamp | None = None
    """
    Last update time, same format as `created_at`.
    """


class ProjectList(BaseModel):
    """
    One page of projects. Although the request pages by `page_num`/`page_size`, the documented
    response reports the page as an offset block (`limit`, `offset`, `total`).

    """

    pagination: Pagination | None = None
    projects: list[Project] | None = None
    """
    The projects on this page.
    """


class RasterBand(BaseModel):
    """
    One band of a raster asset. Its fields are not documented; any keys are kept.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    description: str | None = None
    """
    Free-text description of the band.
    """
    name: str | None = None
    """
    Band name.
    """


class SatelliteCollection(BaseModel):
    """
    One data collection offered for a satellite (for example its L2A or L1C product). The
    documented sample breaks off after `queryables`, so further fields may exist and are
    allowed.

    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: Annotated[str | None, Field(examples=["sentinel-2-l2a"])] = None
    """
    Collection id, as used in `collection_id` of a search.
    """
    name: str | None = None
    """
    Collection name.
    """
    provider: str | None = None
    """
    Provider serving the collection (AOI providers are `pixxel` and `planetary`).
    """
    queryables: Annotated[list[str] | None, Field(examples=[["eo:cloud_cover"]])] = None
    """
    Properties that search filters may use for this collection.
    """
    rescale: list[float] | None = None
    """
    Value range used to rescale the imagery for display; shown empty in the sample.
    """


class SearchFilter(BaseModel):
    """
    A range filter on one queryable property of the images. The developer guide types `min`
    and `max` as integers; they are numbers here so that fractional bounds are not rejected.

    """

    id: Annotated[str, Field(examples=["eo:cloud_cover"])]
    """
    Property to filter on, e.g. `eo:cloud_cover`.
    """
    max: Annotated[float, Field(examples=[100])]
    """
    Highest accepted value.
    """
    min: Annotated[float, Field(examples=[0])]
    """
    Lowest accepted value.
    """


class SearchPagination(BaseModel):
    """
    Paging block of a search response. It differs from the shared `Pagination`: it reports
    `skip` instead of `offset`. The generated reference's text mentions a `next_token` cursor
    whose place in the response is not shown; it is accepted here as an optional field.

    """

    limit: Annotated[int | None, Field(examples=[10])] = None
    """
    Page size used.
    """
    next_token: str | None = None
    """
    Cursor for the next page, if the provider returns one (not shown in any example).
    """
    skip: Annotated[int | None, Field(examples=[0])] = None
    """
    Number of results skipped before this page.
    """
    total: Annotated[int | None, Field(examples=[100])] = None
    """
    Number of results matching the search.
    """


class SearchResponse(BaseModel):
    """
    Result of an image search.
    """

    items: dict[str, Any] | None = None
    """
    The matching images. Documented only as an object whose content varies with the
    collection and satellite searched; the example shows it empty.

    """
    pagination: SearchPagination | None = None


class SearchSatellite(BaseModel):
    """
    One satellite collection to search in.
    """

    collection_id: Annotated[str, Field(examples=["sentinel-2-l2a"])]
    """
    Id of the collection to search (see the satellites list).
    """
    satellite_id: Annotated[str, Field(examples=["0002a3a3-00a2-4b55-842b-44d8202c6d60"])]
    """
    Id of the satellite the collection belongs to.
    """


class StacAsset(BaseModel):
    """
    One file of a STAC item. Every documented example has empty `assets`; the older Get item
    page only adds that an asset lists its bands. The usual STAC asset keys are modelled and
    others are kept.

    """

    model_config = ConfigDict(
        extra="allow",
    )
    bands: list[RasterBand] | None = None
    """
    Bands contained in the asset (named on the older Get item page; shape not shown).
    """
    description: str | None = None
    """
    Free-text description.
    """
    href: str | None = None
    """
    URL of the file.
    """
    raster_bands: Annotated[list[RasterBand] | None, Field(alias="raster:bands")] = None
    """
    Per-band raster information (STAC raster extension).
    """
    roles: list[str] | None = None
    """
    Roles of the asset, e.g. `data`, `thumbnail`.
    """
    title: str | None = None
    """
    Human-readable title.
    """
    type: str | None = None
    """
    Media type of the file.
    """


class StacBbox1(BaseRootModel[str]):
    root: Annotated[str, Field(pattern="^-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?$")]


class Type3(OpenEnum):
    POINT = "Point"
    MULTI_POINT = "MultiPoint"
    LINE_STRING = "LineString"
    MULTI_LINE_STRING = "MultiLineString"
    POLYGON = "Polygon"
    MULTI_POLYGON = "MultiPolygon"
    GEOMETRY_COLLECTION = "GeometryCollection"


class StacGeometry(BaseModel):
    """
    GeoJSON geometry of a STAC item or search filter. Same fields as the root `Geometry`, but
    `coordinates` is left untyped: the reference types it as "any" and prints the placeholder
    `"<any>"`, and one example pairs `type: Point` with polygon-shaped coordinates. Real
    responses carry GeoJSON coordinate arrays.

    """

    coordinates: Any | None = None
    """
    Nested coordinate arrays (longitude, latitude), as deep as the type needs.
    """
    type: Type3


class StacItemProperties(BaseModel):
    """
    Metadata of a STAC item. Keys with a colon keep their STAC extension names. The documented
    keys are listed; others may appear and are kept. The two page versions differ:
    `proj:code` (`EPSG:4326`) vs `proj:epsg` (4326), `altitude` vs `view:altitude`,
    `rd:product_level` `L2A` vs `Level-2A`. Pixxel uses `startdatetime` / `enddatetime`
    (no underscore) for the acquisition window. Its timestamps use `format: timestamp`: the
    catalog pages show them as `"<string>"` placeholders, which a strict date-time rejects.

    """

    model_config = ConfigDict(
        extra="allow",
    )
    altitude: float | None = None
    """
    Satellite altitude (newer page version; the older one uses `view:altitude`).
    """
    constellation: str | None = None
    """
    Satellite constellation, e.g. `TD1`.
    """
    created: Timestamp | None = None
    """
    When the metadata record was created.
    """
    datetime: Timestamp | None = None
    """
    Nominal acquisition time.
    """
    description: str | None = None
    """
    Free-text description.
    """
    enddatetime: Timestamp | None = None
    """
    End of the acquisition window.
    """
    eo_cloud_cover: Annotated[float | None, Field(alias="eo:cloud_cover")] = None
    """
    Cloud cover of the scene in percent.
    """
    gsd: float | None = None
    """
    Ground sample distance in metres.
    """
    instruments: list[str] | None = None
    """
    Sensors used, e.g. `VNIR`.
    """
    license: str | None = None
    """
    Licence of the data, e.g. `CC-BY-4.0`.
    """
    mission: str | None = None
    """
    Mission name (older page version only).
    """
    platform: str | None = None
    """
    Satellite, e.g. `TD1` or `Sentinel-2`.
    """
    proj_code: Annotated[str | None, Field(alias="proj:code")] = None
    """
    Projection code (newer page version), e.g. `EPSG:4326`.
    """
    proj_epsg: Annotated[int | None, Field(alias="proj:epsg")] = None
    """
    EPSG code of the data's projection (older page version), e.g. 4326.
    """
    proj_reflectance_addition_factor: Annotated[
        float | None, Field(alias="proj:reflectance_addition_factor")
    ] = None
    """
    Offset to add when converting stored values to reflectance.
    """
    proj_reflectance_scaling_factor: Annotated[
        float | None, Field(alias="proj:reflectance_scaling_factor")
    ] = None
    """
    Factor to multiply stored values by to get reflectance.
    """
    proj_shape: Annotated[list[int] | None, Field(alias="proj:shape")] = None
    """
    Raster size as `[rows, columns]`.
    """
    proj_transform: Annotated[list[float] | None, Field(alias="proj:transform")] = None
    """
    Affine transform coefficients of the raster grid.
    """
    proj_wkt2: Annotated[str | None, Field(alias="proj:wkt2")] = None
    """
    Projection as WKT2 text.
    """
    rd_anomalous_pixels: Annotated[float | None, Field(alias="rd:anomalous_pixels")] = None
    """
    Share of anomalous pixels in the scene.
    """
    rd_earth_sun_distance: Annotated[float | None, Field(alias="rd:earth_sun_distance")] = None
    """
    Earth-Sun distance at acquisition (astronomical units).
    """
    rd_product_level: Annotated[str | None, Field(alias="rd:product_level")] = None
    """
    Processing level, e.g. `L2A` (newer page) or `Level-2A` (older page).
    """
    rd_sat_id: Annotated[str | None, Field(alias="rd:sat_id")] = None
    """
    Identifier of the satellite that took the scene.
    """
    rd_type: Annotated[str | None, Field(alias="rd:type")] = None
    """
    Product type, e.g. `Reflectance`.
    """
    sat_orbit_state: Annotated[str | None, Field(alias="sat:orbit_state")] = None
    """
    Orbit direction at acquisition (STAC values are ascending, descending, geostationary).
    """
    sat_relative_orbit: Annotated[int | None, Field(alias="sat:relative_orbit")] = None
    """
    Relative orbit number.
    """
    sci_doi: Annotated[str | None, Field(alias="sci:doi")] = None
    """
    DOI of the data set.
    """
    startdatetime: Timestamp | None = None
    """
    Start of the acquisition window.
    """
    title: str | None = None
    """
    Human-readable title.
    """
    updated: Timestamp | None = None
    """
    When the metadata record was last changed.
    """
    view_altitude: Annotated[float | None, Field(alias="view:altitude")] = None
    """
    Satellite altitude (older page version).
    """
    view_off_nadir: Annotated[float | None, Field(alias="view:off_nadir")] = None
    """
    Off-nadir angle in degrees.
    """
    view_satellite_look_angle: Annotated[float | None, Field(alias="view:satellite_look_angle")] = (
        None
    )
    """
    Look angle of the satellite in degrees.
    """
    view_scene_center_lat: Annotated[float | None, Field(alias="view:scene_center_lat")] = None
    """
    Latitude of the scene centre.
    """
    view_scene_center_lon: Annotated[float | None, Field(alias="view:scene_center_lon")] = None
    """
    Longitude of the scene centre.
    """
    view_sun_azimuth: Annotated[float | None, Field(alias="view:sun_azimuth")] = None
    """
    Sun azimuth angle in degrees.
    """
    view_sun_elevation: Annotated[float | None, Field(alias="view:sun_elevation")] = None
    """
    Sun elevation angle in degrees.
    """


class StacLink(BaseModel):
    """
    A link from a STAC object to a related resource.
    """

    href: str | None = None
    """
    Target URL or reference.
    """
    rel: str | None = None
    """
    Relation to the linked resource (`self`, `parent`, `child`, ...).
    """
    title: str | None = None
    """
    Human-readable title of the link.
    """
    type: str | None = None
    """
    Media type of the target, e.g. `application/json`.
    """


class StacProvider(BaseModel):
    """
    An organisation that produced, processed or hosts the data.
    """

    description: str | None = None
    """
    Free text about the provider.
    """
    name: str | None = None
    """
    Provider name, e.g. `Pixxel`.
    """
    roles: list[str] | None = None
    """
    Provider roles, e.g. `producer`.
    """
    url: str | None = None
    """
    Provider home page.
    """


class StacSortBy(BaseModel):
    """
    One sort key of a search. The examples only show an empty object (`{}`); STAC's sort
    extension uses `field` and `direction`, which are modelled here.

    """

    model_config = ConfigDict(
        extra="allow",
    )
    direction: str | None = None
    """
    `asc` or `desc`.
    """
    field: str | None = None
    """
    Property to sort on, e.g. `properties.datetime`.
    """


class StacSpatialExtent(BaseModel):
    """
    Spatial coverage as one or more bounding boxes.
    """

    bbox: list[list[float]] | None = None
    """
    List of bounding boxes, each `[minLon, minLat, maxLon, maxLat]`.
    """


class StacTemporalExtent(BaseModel):
    """
    Temporal coverage as one or more intervals.
    """

    interval: list[list[str | None]] | None = None
    """
    List of `[start, end]` pairs of ISO 8601 timestamps; `null` marks an open end (STAC
    convention). The examples only show placeholders, so the values are plain strings.

    """


class StoreConfigs(BaseModel):
    """
    Where in the provider's storage the store writes. The documented example is an S3 bucket;
    for Azure Blob the guide speaks of a container name and a directory path, presumably passed in
    the same `bucket` and `path_prefix` keys (not documented).

    """

    model_config = ConfigDict(
        extra="allow",
    )
    bucket: str | None = None
    """
    Bucket (S3, GCS) or container (Azure Blob) name.
    """
    path_prefix: str | None = None
    """
    Path inside the bucket under which data is written, e.g. `data/processed/`.
    """
    region: str | None = None
    """
    Provider region of the bucket, e.g. `us-east-2`.
    """


class StoreSecrets(BaseModel):
    """
    Provider credentials used to write to the bucket. Write-only: the API never returns them.
    The keys depend on `type`:
    - S3: `access_key_id`, `secret_access_key`
    - AZBLOB: `account_name`, `tenant_id`, `client_id`, `client_secret`
    - GCS: `project_id`, `service_account_credentials`

    The references type this field as a free-form object and their examples send `{}`, so no key
    is enforced here; send the keys of your provider. The shape of
    `service_account_credentials` (a JSON key as a string or as an object) is not documented.

    """

    model_config = ConfigDict(
        extra="allow",
    )
    access_key_id: str | None = None
    """
    S3 access key id.
    """
    account_name: str | None = None
    """
    Azure storage account name.
    """
    client_id: str | None = None
    """
    Azure AD application (client) id.
    """
    client_secret: str | None = None
    """
    Azure AD client secret.
    """
    project_id: str | None = None
    """
    GCP project id.
    """
    secret_access_key: str | None = None
    """
    S3 secret access key.
    """
    service_account_credentials: Any | None = None
    """
    GCP service-account key; string or JSON object (not documented).
    """
    tenant_id: str | None = None
    """
    Azure AD tenant id.
    """


class StoreType(OpenEnum):
    """
    Cloud provider of the store's bucket.
    """

    S3 = "S3"
    GCS = "GCS"
    AZBLOB = "AZBLOB"


class TaskBlockInfo(BaseModel):
    """
    The block a task ran.
    """

    id: str | None = None
    """
    Block id.
    """
    name: str | None = None
    """
    Block name.
    """
    version: str | None = None
    """
    Block version.
    """


class TaskDownload(BaseModel):
    """
    Download record for one task's packaged output.
    """

    id: str | None = None
    """
    Id of the task.
    """
    job_id: str | None = None
    """
    Job the task belongs to.
    """
    signed_url: str | None = None
    """
    Time-limited URL of the packaged output assets.
    """
    status: str | None = None
    """
    State of the package. No formal list of values is documented; the examples are
    `pending` and `ready`.

    """
    workflow_id: str | None = None
    """
    Workflow the job belongs to.
    """


class Uplift(BaseModel):
    """
    A surcharge applied to an order item's base price.
    """

    amount: float | None = None
    """
    Surcharge amount.
    """
    item_id: str | None = None
    """
    Identifier of the item the uplift applies to.
    """
    percentage: float | None = None
    """
    Surcharge as a percentage of the base amount.
    """
    subtitle: str | None = None
    """
    Secondary text of the uplift.
    """
    title: str | None = None
    """
    Short name of the uplift.
    """


class ValidationError(BaseModel):
    """
    One problem found when a workflow's blocks were wired together (an item of `val_errors`
    on workflows and jobs). The pages give only the field names and placeholder values.

    """

    component_name: str | None = None
    """
    Name of the component the error concerns.
    """
    err: str | None = None
    """
    The error text.
    """
    from_: Annotated[str | None, Field(alias="from")] = None
    """
    Component the offending connection starts from.
    """
    reason: str | None = None
    """
    Why the connection or component was rejected.
    """
    to: str | None = None
    """
    Component the offending connection leads to.
    """


class VisualizationCreate(BaseModel):
    """
    Body of a create-visualization request.
    """

    index_id: Annotated[str, Field(examples=["3fa85f64-5717-4562-b3fc-2c963f66afa6"])]
    """
    Index to compute.
    """
    resolution: Annotated[float | None, Field(examples=[10])] = None
    """
    Output resolution in metres; when omitted the satellite's own resolution is used (e.g. 10).
    """
    src_asset_ids: Annotated[
        list[str] | None,
        Field(
            examples=[
                ["e3a671ad-5381-4413-8c1c-bc4e1ccaff45", "90d63531-5f54-4704-a4b0-7bb92ae08f23"]
            ]
        ),
    ] = None
    """
    AOI assets to compute the index over. Optional according to the generated reference,
    required according to the developer guide; send it.

    """


class VisualizationLegend(BaseModel):
    """
    Legend breakpoints, described only as "breakpoints per date"; in dynamic mode a value may
    be `null`, meaning the server computes it. The exact nesting (by mode, then date, then a
    list of breakpoints) is not documented and every example is an empty object, so any
    JSON values are accepted.

    """

    model_config = ConfigDict(
        extra="allow",
    )


class VisualizationMetadata(BaseModel):
    """
    Legend metadata of a visualization; also the body returned by the update-metadata operation.
    """

    legend: VisualizationLegend | None = None


class VisualizationMode(OpenEnum):
    """
    Legend mode. `dynamic` legends are computed from the data (equal-interval bins);
    `theoretical` legends use the index's theoretical value range.

    """

    DYNAMIC = "dynamic"
    THEORETICAL = "theoretical"


class VisualizationRenderOptions(BaseModel):
    """
    Options of the PNG and SLD generation requests. No field is documented; any JSON object is passed through.
    """

    model_config = ConfigDict(
        extra="allow",
    )


class VisualizationRollback(BaseModel):
    """
    Body of a rollback-metadata request. All fields are required.
    """

    dates: Annotated[list[DateUnderscore], Field(examples=[["2024_05_06", "2025_11_14"]])]
    """
    Dates whose legend is recomputed, written `YYYY_MM_DD` with underscores.
    """
    index_id: Annotated[str, Field(examples=["3fa85f64-5717-4562-b3fc-2c963f66afa6"])]
    """
    Index the visualization was computed from.
    """
    visualization_mode: VisualizationMode


class VisualizationStatus(OpenEnum):
    """
    Processing state of a visualization.
    """

    CREATING = "creating"
    SUCCESS = "success"
    FAILED = "failed"
    PARTIAL_SUCCESS = "partial_success"


class Workflow(BaseModel):
    """
    A saved workflow with its raw specification and validation results.
    """

    created_at: str | None = None
    """
    When the workflow was created (format not documented; examples are placeholders).
    """
    created_by: str | None = None
    """
    Id of the user who created the workflow.
    """
    description: str | None = None
    """
    Free text about what the workflow does.
    """
    estimated_cost: int | None = None
    """
    Token cost expected for one run of the workflow.
    """
    id: str | None = None
    """
    Workflow id (a UUID).
    """
    name: str | None = None
    """
    Display name given by the user.
    """
    project_id: str | None = None
    """
    Project the workflow belongs to.
    """
    spec: RawJson | None = None
    """
    Raw specification of the workflow (its blocks and their connections). Documented as an
    integer array: the bytes of a serialized JSON document.

    """
    updated_at: str | None = None
    """
    When the workflow was last changed (format not documented; examples are placeholders).
    """
    val_errors: list[ValidationError] | None = None
    """
    Problems found when the workflow was validated; empty when it is sound.
    """


class WorkflowEstimate(BaseModel):
    """
    Cost estimate for running a workflow once.
    """

    estimated_cost: int | None = None
    """
    Expected token cost of one run.
    """


class WorkflowSummary(BaseModel):
    """
    A workflow as returned in the workflow list. The developer guide's field table is cut off
    after `created_by`; its prose also mentions a creation timestamp, taken here to be
    `created_at` as on the full `Workflow`. Other `Workflow` fields may also be present.

    """

    created_at: str | None = None
    """
    When the workflow was created (format not documented; probably ISO 8601).
    """
    created_by: str | None = None
    """
    Id of the user who created the workflow.
    """
    id: str | None = None
    """
    Workflow id.
    """
    name: str | None = None
    """
    Display name given by the user.
    """
    project_id: str | None = None
    """
    Project the workflow belongs to.
    """
    updated_at: str | None = None
    """
    When the workflow was last changed (format not documented; probably ISO 8601).
    """


class Aoi(BaseModel):
    """
    An area of interest: a geometry, the satellite and imagery items it was built from, and
    its processing state.

    The satellite id appears under two names. The generated "Pixxel API" reference, the newer
    API reference rendering of Get AOI and the List AOIs example use `satellite_id`; the
    create example, the older Get AOI rendering and most developer-guide tables use
    `lens_satellite_id`. Both are optional properties; a response normally carries one of
    them. Timestamps come with a space (`2022-11-14 12:55:49.125928+00:00`) or a `T`
    (`2022-11-14T12:55:49.125928+00:00`) depending on the page.

    """

    aoi_id: Annotated[str | None, Field(examples=["e9767554-550e-4464-a677-b8cf096073ab"])] = None
    """
    AOI id (UUID).
    """
    area_in_sq_m: Annotated[float | None, Field(examples=[123456.78])] = None
    """
    Area covered by the AOI, in square metres.
    """
    centroid: Annotated[list[float] | None, Field(examples=[[77.55, 12.95]])] = None
    """
    Centre of the AOI as `[longitude, latitude]`.
    """
    created_at: Timestamp | None = None
    """
    Creation time (ISO 8601, with a space or a `T` before the time).
    """
    description: str | None = None
    """
    Free-text description of the AOI.
    """
    eo_bands: Annotated[list[str] | None, Field(examples=[["B01", "B02", "B03"]])] = None
    """
    Earth-observation bands available for the AOI.
    """
    geometry: AoiGeometry | None = None
    images: dict[str, AoiImage] | None = None
    """
    Images attached to the AOI, keyed by image id.
    """
    is_favourite: bool | None = None
    """
    Whether the user marked the AOI as a favourite.
    """
    lens_satellite_id: Annotated[
        str | None, Field(examples=["ce5dcc14-8291-4b0c-a278-8c05ec426d22"])
    ] = None
    """
    The same satellite id under its older name; see the schema description.
    """
    name: Annotated[str | None, Field(examples=["AOI-Bangalore"])] = None
    """
    Display name of the AOI.
    """
    progress: Annotated[int | None, Field(examples=[100], ge=0, le=100)] = None
    """
    Processing progress in percent (0-100).
    """
    project_id: Annotated[str | None, Field(examples=["ce5dcc14-8291-4b0c-a278-8c05ec426d18"])] = (
        None
    )
    """
    Project the AOI belongs to.
    """
    satellite_id: Annotated[
        str | None, Field(examples=["0005c5bb-0bd2-4c80-9393-4a808341c54c"])
    ] = None
    """
    Id of the satellite the AOI's imagery comes from (newer name). Known ids: Pixxel-TD1
    `0004ab8d-0ad1-4d62-8a3f-fe18a7000e70`, Pixxel-TD2 `0005c5bb-0bd2-4c80-9393-4a808341c54c`.

    """
    status: AoiStatus | None = None
    updated_at: Timestamp | None = None
    """
    Last update time, same format as `created_at`.
    """
    user_id: Annotated[str | None, Field(examples=["user-123456"])] = None
    """
    User who created the AOI.
    """


class AoiCreate1(BaseModel):
    """
    Body for creating an AOI. Every field is required; the satellite id may be sent as
    `lens_satellite_id` (API reference, developer guide and the request example) or as
    `satellite_id` (generated "Pixxel API" reference), and at least one of the two must be
    present.

    """

    description: Annotated[str, Field(examples=["This AOI contains images related to Bangalore"])]
    """
    What the AOI covers or is for.
    """
    geometry: AoiGeometry
    item_ids: Annotated[
        list[str],
        Field(
            examples=[
                [
                    "TD2_000650_20230404_L2A_20240405_01001067",
                    "TD1_005630_20230314_L2A_20230504_03001069",
                ]
            ]
        ),
    ]
    """
    Ids of the imagery items the AOI is built from.
    """
    lens_satellite_id: Annotated[str, Field(examples=["ce5dcc14-8291-4b0c-a278-8c05ec426d22"])]
    """
    Id of the satellite whose imagery the AOI is built from (name used by the request example).
    """
    name: Annotated[str, Field(examples=["AOI-Bangalore"])]
    """
    Display name for the AOI.
    """
    project_id: Annotated[str, Field(examples=["ce5dcc14-8291-4b0c-a278-8c05ec426d18"])]
    """
    Project the new AOI is attached to.
    """
    provider: Annotated[Provider, Field(examples=["planetary"])]
    """
    Where the imagery comes from: `pixxel` for Pixxel's own satellites (TD and Firefly),
    `planetary` for open data such as Landsat and Sentinel.

    """
    satellite_id: Annotated[
        str | None, Field(examples=["0005c5bb-0bd2-4c80-9393-4a808341c54c"])
    ] = None
    """
    The same satellite id under the name used by the generated "Pixxel API" reference.
    Known ids: Pixxel-TD1 `0004ab8d-0ad1-4d62-8a3f-fe18a7000e70`, Pixxel-TD2
    `0005c5bb-0bd2-4c80-9393-4a808341c54c`.

    """


class AoiCreate2(BaseModel):
    """
    Body for creating an AOI. Every field is required; the satellite id may be sent as
    `lens_satellite_id` (API reference, developer guide and the request example) or as
    `satellite_id` (generated "Pixxel API" reference), and at least one of the two must be
    present.

    """

    description: Annotated[str, Field(examples=["This AOI contains images related to Bangalore"])]
    """
    What the AOI covers or is for.
    """
    geometry: AoiGeometry
    item_ids: Annotated[
        list[str],
        Field(
            examples=[
                [
                    "TD2_000650_20230404_L2A_20240405_01001067",
                    "TD1_005630_20230314_L2A_20230504_03001069",
                ]
            ]
        ),
    ]
    """
    Ids of the imagery items the AOI is built from.
    """
    lens_satellite_id: Annotated[
        str | None, Field(examples=["ce5dcc14-8291-4b0c-a278-8c05ec426d22"])
    ] = None
    """
    Id of the satellite whose imagery the AOI is built from (name used by the request example).
    """
    name: Annotated[str, Field(examples=["AOI-Bangalore"])]
    """
    Display name for the AOI.
    """
    project_id: Annotated[str, Field(examples=["ce5dcc14-8291-4b0c-a278-8c05ec426d18"])]
    """
    Project the new AOI is attached to.
    """
    provider: Annotated[Provider, Field(examples=["planetary"])]
    """
    Where the imagery comes from: `pixxel` for Pixxel's own satellites (TD and Firefly),
    `planetary` for open data such as Landsat and Sentinel.

    """
    satellite_id: Annotated[str, Field(examples=["0005c5bb-0bd2-4c80-9393-4a808341c54c"])]
    """
    The same satellite id under the name used by the generated "Pixxel API" reference.
    Known ids: Pixxel-TD1 `0004ab8d-0ad1-4d62-8a3f-fe18a7000e70`, Pixxel-TD2
    `0005c5bb-0bd2-4c80-9393-4a808341c54c`.

    """


class AoiCreate(BaseRootModel[AoiCreate1 | AoiCreate2]):
    root: AoiCreate1 | AoiCreate2
    """
    Body for creating an AOI. Every field is required; the satellite id may be sent as
    `lens_satellite_id` (API reference, developer guide and the request example) or as
    `satellite_id` (generated "Pixxel API" reference), and at least one of the two must be
    present.

    """


class AoiList(BaseModel):
    """
    One page of AOIs.
    """

    aois: list[Aoi] | None = None
    """
    The AOIs on this page.
    """
    pagination: Pagination | None = None


class ArchiveSearchRequest(BaseModel):
    """
    Filters of an archive search. No field is marked required. Give either `intersects` or
    `bbox` (developer guide); the reference example sends both. Note the key is `sortby` here
    but `sort_by` in the catalog search.

    """

    bbox: Annotated[list[float] | None, Field(max_length=6, min_length=4)] = None
    """
    Bounding box `[minLon, minLat, maxLon, maxLat]`.
    """
    collections: list[str] | None = None
    """
    Collection ids to search, e.g. `pixxel-td-l2a`.
    """
    datetime: str | None = None
    """
    ISO 8601 interval `start/end`, e.g. `2018-02-12T00:00:00Z/2018-03-18T12:31:12Z`.

    """
    ids: list[str] | None = None
    """
    Item ids to restrict the search to.
    """
    intersects: StacGeometry | None = None
    limit: Annotated[int | None, Field(ge=1)] = None
    """
    Page size (10 in the examples; no default is documented).
    """
    offset: Annotated[int | None, Field(ge=0)] = None
    """
    Number of items to skip (0 in the examples; no default is documented).
    """
    query: dict[str, Any] | None = None
    """
    Property filters in the STAC query-extension form, e.g.
    `{"eo:cloud_cover": {"lt": 20}, "platform": {"eq": "TD1"}}`. Printed as `{}` in the
    reference.

    """
    sortby: list[StacSortBy] | None = None
    """
    Sort keys, applied in order.
    """


class Asset(BaseModel):
    """
    One imagery asset of an AOI. Shared by the assets list and by visualizations, which embed
    the assets they were computed from or produced.

    """

    aoi_id: Annotated[str | None, Field(examples=["e9767554-550e-4464-a677-b8cf096073ab"])] = None
    """
    AOI the asset belongs to.
    """
    area_in_sq_m: float | None = None
    """
    Area covered, in square metres.
    """
    asset_type: AssetType | None = None
    band_list: Annotated[list[str] | None, Field(examples=[["B01", "B02"]])] = None
    """
    Bands the asset holds.
    """
    centroid: Annotated[list[float] | None, Field(examples=[[77.55, 12.95]])] = None
    """
    Centre of the footprint as `[longitude, latitude]`.
    """
    created_at: Timestamp | None = None
    """
    Creation time; examples use a space instead of `T` (`2022-11-14 12:55:49.125928+00:00`).
    """
    date: PlainDate | None = None
    """
    Acquisition date of the imagery (`YYYY-MM-DD`).
    """
    description: Annotated[str | None, Field(examples=["This asset is mosaic file"])] = None
    """
    Free-text description.
    """
    geometry: AssetGeometry | None = None
    id: Annotated[str | None, Field(examples=["e9767554-550e-4464-a677-b8cf096073ab"])] = None
    """
    Asset id.
    """
    name: Annotated[str | None, Field(examples=["Asset-A"])] = None
    """
    Name generated by the system.
    """
    path: Annotated[str | None, Field(examples=["https://storage.account"])] = None
    """
    Storage location of the asset file.
    """
    progress: Annotated[int | None, Field(ge=0, le=100)] = None
    """
    Processing progress in percent (0-100).
    """
    resolution: Annotated[float | None, Field(examples=[10])] = None
    """
    Ground resolution in metres. Only seen in the rollback-visualization-metadata example.
    """
    status: AssetStatus | None = None
    updated_at: Timestamp | None = None
    """
    Last update time, same format as `created_at`.
    """
    visualization_id: Annotated[
        str | None, Field(examples=["e9767554-550e-4464-a677-b8cf096073ab"])
    ] = None
    """
    Visualization this asset belongs to, for assets produced by a visualization.
    """


class AssetList(BaseModel):
    """
    One page of an AOI's assets.
    """

    assets: list[Asset] | None = None
    """
    The assets on this page.
    """
    pagination: Pagination | None = None


class BlockSpec(BaseModel):
    """
    Specification of one block version. The structure of `inputs` and `outputs` is described
    on a "Data Types" page that could not be found.

    """

    catalog_content_url: str | None = None
    """
    URL of the block's catalogue description.
    """
    description: str | None = None
    """
    What the block does.
    """
    id: str | None = None
    """
    Block id.
    """
    inputs: RawJson | None = None
    """
    Inputs the block expects. The API reference documents an integer array (serialized JSON
    bytes); the developer guide describes an array of objects.

    """
    kind: str | None = None
    """
    Kind of block; no list of values is documented.
    """
    name: str | None = None
    """
    Machine name of the block, as used in paths and in insight requests.
    """
    outputs: RawJson | None = None
    """
    Outputs the block produces. The API reference documents an integer array (serialized
    JSON bytes); the developer guide describes an array of objects.

    """
    status: int | str | None = None
    """
    Numeric status code of the specification; its meaning is not documented. The API
    reference types it as integer, while the developer guide's sample writes the
    placeholder string `"int"`, so both are accepted.

    """
    supported_collections_id: list[str] | None = None
    """
    Collections (sensors) the block can process. The developer guide's table types this as
    a single string; the API reference and its example use an array of strings.

    """
    title: str | None = None
    """
    Display name of the block.
    """
    type: str | None = None
    """
    Type of block; no list of values is documented.
    """
    version: str | None = None
    """
    Version label.
    """
    version_id: str | None = None
    """
    Id of this version of the block.
    """


class CatalogDownload(BaseModel):
    """
    A download resource for catalog imagery.
    """

    id: str | None = None
    """
    Id of the download resource; pass it to `getCatalogDownload`.
    """
    signed_url: str | None = None
    """
    Time-limited URL of the archive to download. Filled in only when `status` is
    `success`; what it holds before that (empty or absent) is not documented.

    """
    status: CatalogDownloadStatus | None = None


class CatalogSearchRequest(BaseModel):
    """
    Filters of a catalog search. No field is marked required. Sort keys go in `sort_by`
    (the archive search uses `sortby`).

    """

    bbox: Annotated[list[float] | None, Field(max_length=6, min_length=4)] = None
    """
    Bounding box `[minLon, minLat, maxLon, maxLat]`.
    """
    collections: list[str] | None = None
    """
    Collection ids to search.
    """
    datetime: str | None = None
    """
    ISO 8601 interval `start/end`, e.g.
    `2020-04-05T11:56:49.865Z/2023-06-05T11:56:49.865Z`.

    """
    ids: list[str] | None = None
    """
    Catalog ids to restrict the search to.
    """
    intersects: Geometry | None = None
    item_ids: list[str] | None = None
    """
    STAC item ids, e.g. `TD1_2024_ABC`.
    """
    limit: Annotated[int | None, Field(ge=1)] = None
    """
    Page size (100 and 10 in the examples; no default is documented).
    """
    offset: Annotated[int | None, Field(ge=0)] = None
    """
    Number of catalogs to skip (50 and 0 in the examples; no default is documented).
    """
    order_ids: list[str] | None = None
    """
    Order ids whose imagery to return.
    """
    order_item_ids: list[str] | None = None
    """
    Order-item ids whose imagery to return.
    """
    query: dict[str, Any] | None = None
    """
    Free filters on catalog attributes, e.g. `{"project_id": "...", "usecase":
    "agriculture"}` (developer guide). Printed as `{}` in the reference.

    """
    sort_by: list[StacSortBy] | None = None
    """
    Sort keys, applied in order.
    """


class Delivery(BaseModel):
    """
    Tracks the copy of one catalog entry to a store.
    """

    catalog_id: str | None = None
    """
    Id of the catalog entry being delivered.
    """
    cloud_delivery: CloudInfo | None = None
    """
    Destination of the delivery (the request's `cloud_info`). Null in the generated
    reference's example.

    """
    created_at: Timestamp | None = None
    """
    When the delivery was created.
    """
    created_by: str | None = None
    """
    UUID of the user who created the delivery.
    """
    delivery_id: str | None = None
    """
    Id of the delivery.
    """
    status: DeliveryStatus | None = None
    target_path: str | None = None
    """
    Location of the delivered file relative to the store path; the full location is the
    CloudInfo `path` followed by this value, e.g. `order_1/catalogs.zip`.

    """
    task_id: str | None = None
    """
    Id of the order task whose imagery is delivered.
    """
    updated_at: Timestamp | None = None
    """
    When the delivery was last changed.
    """
    updated_by: str | None = None
    """
    UUID of the user who last changed the delivery.
    """


class DeliveryList(BaseModel):
    """
    A list of deliveries.
    """

    deliveries: list[Delivery] | None = None


class GeoJsonFeature(BaseModel):
    """
    A GeoJSON Feature (RFC 7946).
    """

    geometry: Geometry
    properties: dict[str, Any] | None = None
    """
    Feature properties; not used by the documented examples.
    """
    type: Type


class GeoJsonFeatureCollection(BaseModel):
    """
    A GeoJSON FeatureCollection (RFC 7946) holding the area to image: at least one Feature with a
    Polygon geometry.

    """

    features: Annotated[list[GeoJsonFeature], Field(min_length=1)]
    type: Type1


class Index(BaseModel):
    """
    A stored index definition.
    """

    bands: Annotated[list[str] | None, Field(examples=[["B01", "B02", "B03"]])] = None
    """
    Bands the index reads.
    """
    colormap: Annotated[str | None, Field(examples=["rplumbho"])] = None
    """
    Colour palette used for rendering.
    """
    created_at: Timestamp | None = None
    """
    Creation time; examples write it with a space instead of `T` (`2022-11-14 12:55:49.125928+00:00`).
    """
    description: str | None = None
    """
    What the index is for.
    """
    expression: Annotated[str | None, Field(examples=["(B04-B08)/(B04+B08)"])] = None
    """
    Band arithmetic the index computes.
    """
    expression_type: ExpressionType | None = None
    id: Annotated[str | None, Field(examples=["e9767554-550e-4464-a677-b8cf096073ab"])] = None
    """
    Index id.
    """
    lens_satellite_id: Annotated[
        str | None, Field(examples=["0002a3a3-00a2-4b55-842b-44d8202c6d60"])
    ] = None
    """
    Satellite the index is defined for (the name used by the API reference and the developer guide).
    """
    name: Annotated[str | None, Field(examples=["NDVI"])] = None
    """
    Display name.
    """
    rescale: Annotated[list[int] | None, Field(examples=[[0, 1]])] = None
    """
    Display range `[min, max]`.
    """
    satellite_id: Annotated[
        str | None, Field(examples=["0002a3a3-00a2-4b55-842b-44d8202c6d60"])
    ] = None
    """
    The same satellite id under the name the generated reference (A:) uses; expect one of the two names.
    """
    satellite_name: Annotated[str | None, Field(examples=["Sentinel-2"])] = None
    """
    Human-readable satellite name.
    """
    type: IndexType | None = None
    updated_at: Timestamp | None = None
    """
    Last update time, same format as `created_at`.
    """


class IndexCreate(BaseModel):
    """
    Body of a create-index request. Every field is required (R:, D:).
    """

    colormap: Annotated[str, Field(examples=["rplumbho"])]
    """
    Name of the colour palette used to render the index.
    """
    description: Annotated[
        str, Field(examples=["This formula will give insights about vegetation"])
    ]
    """
    Free text saying what the index is for.
    """
    expression: Annotated[str, Field(examples=["(B04-B08)/(B04+B08)"])]
    """
    Band arithmetic using the satellite's band names.
    """
    expression_type: ExpressionType
    lens_satellite_id: Annotated[str, Field(examples=["0002a3a3-00a2-4b55-842b-44d8202c6d60"])]
    """
    Id of the satellite whose bands the expression uses. The generated reference (A:) names
    this field `satellite_id`; R: and D: (and their examples) use `lens_satellite_id`.

    """
    name: Annotated[str, Field(examples=["NDVI"])]
    """
    Display name of the index.
    """
    rescale: Annotated[list[int], Field(examples=[[0, 1]], max_length=2, min_length=2)]
    """
    Display range as `[min, max]`; index values are stretched over this range for rendering.
    """
    type: IndexType


class IndexList(BaseModel):
    """
    One page of indices.
    """

    indices: list[Index] | None = None
    """
    The indices on this page.
    """
    pagination: Pagination | None = None


class Insight(BaseModel):
    """
    An insight run on an AOI.
    """

    aoi_id: str | None = None
    """
    AOI the insight was run on.
    """
    cost: int | None = None
    """
    Token cost of the insight.
    """
    created_at: str | None = None
    """
    When the insight was created (format not documented; examples are placeholders).
    """
    created_by: str | None = None
    """
    Id of the user who created the insight.
    """
    deleted_at: str | None = None
    """
    When the insight was deleted, if it was (format not documented).
    """
    err_msg: str | None = None
    """
    Error message when the insight failed.
    """
    estimated_time_in_min: int | None = None
    """
    Expected run time, in minutes.
    """
    id: str | None = None
    """
    Insight id.
    """
    input: RawJson | None = None
    """
    Inputs the block was given. Documented as an integer array (serialized JSON bytes).
    """
    metadata: dict[str, Any] | None = None
    """
    Free-form key-value information stored with the insight.
    """
    name: str | None = None
    """
    Human-readable title.
    """
    output: RawJson | None = None
    """
    What the block produced. Documented as an integer array (serialized JSON bytes).
    """
    progress: int | None = None
    """
    Completion percentage.
    """
    status: str | None = None
    """
    Current state of the insight. No formal list of values is documented; the examples
    are `running` and `completed`.

    """


class InsightCreate(BaseModel):
    """
    Request body for creating an insight or pricing it.
    """

    block: InsightBlock
    estimate: bool | None = None
    """
    When true, only the cost is computed and returned (200); nothing is run. When false
    or absent, the insight is created (201).

    """
    input: RawJson
    """
    Inputs to the block. Documented as an integer array (serialized JSON bytes) by the
    generated reference, the API reference and the older developer guide, and as an array
    of objects by the newer developer guide; both forms are accepted.

    """
    metadata: dict[str, Any] | None = None
    """
    Free-form key-value information stored with the insight.
    """
    name: str | None = None
    """
    Human-readable title for the insight.
    """
    project_id: str | None = None
    """
    Project the insight belongs to.
    """


class InsightList(BaseModel):
    """
    The insights of an AOI. No pagination block is documented.
    """

    insights: list[Insight] | None = None
    """
    The matching insights.
    """


class JobList(BaseModel):
    """
    The jobs of a workflow. No pagination block is documented.
    """

    jobs: list[JobSummary] | None = None
    """
    The matching jobs.
    """


class Occurrence(BaseModel):
    """
    One capture interval of a recurring order item.
    """

    end: Timestamp | None = None
    start: Timestamp | None = None


class OrderItemCreate(BaseModel):
    """
    One item of a new order. Tasking items use `geometry`, the capture window, `bandset` and the
    imaging limits; archive items list existing images in `item_ids`. The pages do not say which
    fields are required.

    """

    bandset: BandsetRef | None = None
    cloud_cover: int | None = None
    """
    Maximum acceptable cloud cover, in percent (tasking).
    """
    cloud_delivery: CloudDelivery | None = None
    delivery_speed: DeliverySpeed | None = None
    end_date: Timestamp | None = None
    """
    End of the capture window (UTC); must be after `start_date`.
    """
    geometry: GeoJsonFeatureCollection | None = None
    item_ids: list[str] | None = None
    """
    Identifiers of archive images to buy (archive items).
    """
    name: str | None = None
    """
    Name for tracking the item.
    """
    no_of_occurrences: int | None = None
    """
    Number of occurrences of a recurring item.
    """
    off_nadir: int | None = None
    """
    Maximum acceptable off-nadir angle, in degrees (tasking).
    """
    project_id: str | None = None
    """
    Project the item is billed to and belongs to (from List projects). The service account must be a member.
    """
    recurrence: str | None = None
    """
    Repetition of a tasking capture. `ONCE` for a single capture; the developer guide names
    `WEEKLY` and `MONTHLY` as examples of recurring values, without a full list.

    """
    start_date: Timestamp | None = None
    """
    Start of the capture window (UTC), at least 24 hours after the order is placed.
    """
    usecase: str | None = None
    """
    Intended use of the imagery, e.g. `agriculture`. No list of values is documented.
    """


class OrderItemTask(BaseModel):
    """
    One task of an order item: a tasking or archive order has one task, a recurring order has one
    per scheduled capture. Task status values are only shown by example (COMPLETED on the
    api-reference pages, FULFILLED on the generated reference); no list is documented.

    """

    created_at: Timestamp | None = None
    created_by: str | None = None
    """
    UUID of the user who created the task.
    """
    delivery_status: str | None = None
    """
    Delivery state of the task's imagery, e.g. `SUCCESSFUL`.
    """
    end_date: DateDmy | None = None
    """
    Last day of the task's window, `DD-MM-YYYY`.
    """
    id: str | None = None
    """
    Task identifier (UUID).
    """
    number_of_strips: int | None = None
    """
    Number of strips imaged for the task.
    """
    order_item_id: str | None = None
    """
    Identifier of the owning item. The examples put an image id here (`TD1_006800_…`), not a UUID.
    """
    start_date: DateDmy | None = None
    """
    First day of the task's window, `DD-MM-YYYY` (e.g. `15-05-2024`).
    """
    status: str | None = None
    """
    Task status, e.g. `COMPLETED` or `FULFILLED`.
    """
    tokens_used: int | None = None
    """
    Tokens spent on the task.
    """
    transaction_id: str | None = None
    """
    Identifier of the payment transaction.
    """
    type: str | None = None
    """
    Task type, e.g. `ARCHIVE` (presumably one of the `OrderType` values).
    """
    updated_at: Timestamp | None = None


class Satellite(BaseModel):
    """
    A satellite supported by the platform.
    """

    bands: Annotated[list[str] | None, Field(examples=[["B01", "B02"]])] = None
    """
    Earth-observation bands of the satellite.
    """
    collections: list[SatelliteCollection] | None = None
    """
    Collections available for the satellite.
    """
    id: Annotated[str | None, Field(examples=["0002a3a3-00a2-4b55-842b-44d8202c6d60"])] = None
    """
    Satellite id, as used in `satellite_id` of AOIs, indices and searches.
    """
    name: Annotated[str | None, Field(examples=["Sentinel-2"])] = None
    """
    Satellite name.
    """


class SatelliteList(BaseModel):
    """
    All supported satellites.
    """

    satellites: list[Satellite] | None = None
    """
    The satellites.
    """


class SearchRequest1(BaseModel):
    """
    Body of an image search. At least one of `satellites` (generated reference) and
    `satellite` (developer guide) must be present; see the operation description.

    """

    end_date: Timestamp
    """
    End of the acquisition time range, same format as `start_date`.
    """
    filters: list[SearchFilter] | None = None
    """
    Range filters the images must pass, all of them.
    """
    geometry: Geometry | None = None
    """
    Area the images must cover, as GeoJSON. Optional; may be `null` for no spatial
    restriction. The developer guide also mentions a "Rectangle" type, which is not a
    GeoJSON type and is not accepted here.

    """
    limit: Annotated[int | None, Field(examples=[10], ge=1)] = None
    """
    Maximum number of results to return. No default is documented.
    """
    satellite: SearchSatellite | None = None
    satellites: list[SearchSatellite]
    """
    Collections to search in.
    """
    start_date: Timestamp
    """
    Start of the acquisition time range (ISO 8601, e.g. `2023-04-18T11:56:49.865Z`).
    """


class SearchRequest2(BaseModel):
    """
    Body of an image search. At least one of `satellites` (generated reference) and
    `satellite` (developer guide) must be present; see the operation description.

    """

    end_date: Timestamp
    """
    End of the acquisition time range, same format as `start_date`.
    """
    filters: list[SearchFilter] | None = None
    """
    Range filters the images must pass, all of them.
    """
    geometry: Geometry | None = None
    """
    Area the images must cover, as GeoJSON. Optional; may be `null` for no spatial
    restriction. The developer guide also mentions a "Rectangle" type, which is not a
    GeoJSON type and is not accepted here.

    """
    limit: Annotated[int | None, Field(examples=[10], ge=1)] = None
    """
    Maximum number of results to return. No default is documented.
    """
    satellite: SearchSatellite
    satellites: list[SearchSatellite] | None = None
    """
    Collections to search in.
    """
    start_date: Timestamp
    """
    Start of the acquisition time range (ISO 8601, e.g. `2023-04-18T11:56:49.865Z`).
    """


class SearchRequest(BaseRootModel[SearchRequest1 | SearchRequest2]):
    root: SearchRequest1 | SearchRequest2
    """
    Body of an image search. At least one of `satellites` (generated reference) and
    `satellite` (developer guide) must be present; see the operation description.

    """


class StacExtent(BaseModel):
    """
    Spatial and temporal coverage of a collection.
    """

    spatial: StacSpatialExtent | None = None
    temporal: StacTemporalExtent | None = None


class StacItem(BaseModel):
    """
    A STAC item: one scene with its footprint, properties, assets and links. Used by the
    archive endpoints and as catalog `details`. Two versions of the documented item exist
    (see `listCollectionItems`); both validate.

    """

    assets: dict[str, StacAsset] | None = None
    """
    Files of the item keyed by asset name. Empty (`{}`) in every example.
    """
    bbox: Bbox | None = None
    collection: str | None = None
    """
    Id of the collection the item belongs to.
    """
    geometry: StacGeometry | None = None
    id: str
    """
    Item id, e.g. `20201211_223832_CS25`.
    """
    links: list[StacLink] | None = None
    properties: StacItemProperties | None = None
    stac_extensions: list[str] | None = None
    """
    Schema URLs of the STAC extensions the item uses (eo, projection, view).
    """
    stac_version: str | None = None
    """
    STAC version, e.g. `1.0.0`.
    """
    type: str | None = None
    """
    GeoJSON type; `Feature`.
    """


class StacItemCollection(BaseModel):
    """
    A list of STAC items. The newer page version is a GeoJSON `FeatureCollection`
    (`type`, `features`); the older version and the search response carry `bbox`, `crs` and
    `features`. Only `features` is common to both.

    """

    bbox: list[float] | None = None
    """
    Bounding box of the returned items (older version; printed as `[123]`).
    """
    crs: dict[str, Any] | None = None
    """
    Coordinate reference system (older version; always `{}` in the examples).
    """
    features: list[StacItem]
    links: list[StacLink] | None = None
    """
    Links of the result set, if any (not shown in the examples).
    """
    type: str | None = None
    """
    `FeatureCollection` (newer page version).
    """


class Store(BaseModel):
    """
    A delivery target as returned by the API. Credentials are never included.
    """

    configs: StoreConfigs | None = None
    """
    Bucket location; null in the generated reference's example.
    """
    created_at: Timestamp | None = None
    """
    Creation time.
    """
    created_by: str | None = None
    """
    UUID of the user who created the store.
    """
    id: str
    """
    Store identifier; used as `config` in cloud deliveries.
    """
    labels: dict[str, str] | None = None
    """
    User-defined metadata labels.
    """
    name: str | None = None
    """
    Unique, human-friendly name of the store.
    """
    type: StoreType | None = None
    updated_at: Timestamp | None = None
    """
    Time of the last change.
    """


class StoreCreate(BaseModel):
    """
    Body of `POST /v0/stores`.
    """

    configs: StoreConfigs | None
    """
    Bucket location. Required; the generated reference's example sends null, but a store
    cannot deliver anywhere without it.

    """
    labels: dict[str, str] | None = None
    """
    Optional user-defined metadata labels, e.g. `{"env": "prod"}`.
    """
    name: str
    """
    Unique, human-friendly name of the store.
    """
    secrets: StoreSecrets
    type: StoreType


class StoreList(BaseModel):
    """
    Response of `GET /v0/stores`.
    """

    stores: list[Store]


class Task(BaseModel):
    """
    One processing step of a job: a block run on its inputs. Tasks run in order, following
    `depends_on`. Embedded in `Job.tasks`.

    """

    block_inf_end_time: str | None = None
    """
    When the block's inference ended (format not documented).
    """
    block_inf_start_time: str | None = None
    """
    When the block's inference started (format not documented).
    """
    block_info: TaskBlockInfo | None = None
    created_at: str | None = None
    """
    When the task was created (format not documented; examples are placeholders).
    """
    depends_on: list[str] | None = None
    """
    Tasks that must finish before this one starts.
    """
    disclaimer: list[str] | None = None
    """
    Notices attached to the task's result.
    """
    err_msg: str | None = None
    """
    Error message when the task failed.
    """
    estimated_time_duration: int | None = None
    """
    Expected run time of the task (unit not documented; the job's equivalent is seconds).
    """
    failure_type: str | None = None
    """
    Kind of failure; no list of values is documented.
    """
    finished_at: str | None = None
    """
    When the task finished (format not documented).
    """
    id: str | None = None
    """
    Task id.
    """
    info_logs: RawJson | None = None
    """
    Log output of the task. Documented as an integer array (serialized JSON bytes).
    """
    inputs: RawJson | None = None
    """
    Inputs given to the block. Documented as an integer array (serialized JSON bytes).
    """
    name: str | None = None
    """
    Task name.
    """
    progress: int | None = None
    """
    Completion percentage (an integer here, unlike the job's string `progress`).
    """
    recv_time: str | None = None
    """
    When the task's request was received (format not documented).
    """
    result: RawJson | None = None
    """
    What the block produced. Documented as an integer array (serialized JSON bytes).
    """
    send_time: str | None = None
    """
    When the task's request was sent (format not documented).
    """
    state_msg: str | None = None
    """
    Message describing the current state.
    """
    status: str | None = None
    """
    Current state of the task. No formal list of values is documented; job statuses are
    given as `running`, `completed` and `failed`.

    """
    time_taken: str | None = None
    """
    Time the task took, as human-readable text.
    """
    updated_at: str | None = None
    """
    When the task was last updated (format not documented).
    """


class Visualization(BaseModel):
    """
    An index computed over some of an AOI's assets.
    """

    aoi_id: Annotated[str | None, Field(examples=["e9767554-550e-4464-a677-b8cf096073ab"])] = None
    """
    AOI the visualization belongs to (the developer guide's table wrongly types it as an array).
    """
    assets: list[Asset] | None = None
    """
    Assets the visualization was computed from or produced.
    """
    created_at: Timestamp | None = None
    """
    Creation time; examples use a space instead of `T` (`2022-11-14 12:55:49.125928+00:00`).
    """
    expression: Annotated[str | None, Field(examples=["(B08 - B04) / (B08 + B04)"])] = None
    """
    Band expression of the index.
    """
    expression_type: ExpressionType | None = None
    id: Annotated[str | None, Field(examples=["a80f7f4c-abe9-4118-875e-3a2306577e11"])] = None
    """
    Visualization id.
    """
    index_id: Annotated[str | None, Field(examples=["90d63531-5f54-4704-a4b0-7bb92ae08f23"])] = None
    """
    Index computed.
    """
    index_name: Annotated[str | None, Field(examples=["NDVI-Custom"])] = None
    """
    Name of that index.
    """
    metadata: VisualizationMetadata | None = None
    """
    Legend metadata. Shown by the generated reference and in the rollback example, absent
    from the list and create examples of the API reference; custom composite and
    grayscale indices get no legend.

    """
    progress: Annotated[int | None, Field(ge=0, le=100)] = None
    """
    Processing progress in percent (0-100).
    """
    rescale: Annotated[list[int] | None, Field(examples=[[0, 1]])] = None
    """
    Display range `[min, max]`.
    """
    status: VisualizationStatus | None = None
    tenant_id: Annotated[str | None, Field(examples=["tenant-123456"])] = None
    """
    Tenant (organisation) that owns the visualization.
    """
    type: IndexType | None = None
    """
    Category of the index computed. The rollback page of the API reference lists only `custom` as an option; the index category enum (custom, preset) is kept.
    """
    updated_at: Timestamp | None = None
    """
    Last update time, same format as `created_at`.
    """
    user_id: Annotated[str | None, Field(examples=["e3a671ad-5381-4413-8c1c-bc4e1ccaff45"])] = None
    """
    User who created it.
    """


class VisualizationList(BaseModel):
    """
    One page of an AOI's visualizations. The item key is singular, `visualization`.
    """

    pagination: Pagination | None = None
    visualization: list[Visualization] | None = None
    """
    The visualizations on this page.
    """


class VisualizationMetadataUpdate(BaseModel):
    """
    Body of an update-metadata request. `dynamic_bins` is required when
    `visualization_mode` is `dynamic` (expressed with if/then).

    """

    dynamic_bins: Annotated[int | None, Field(examples=[5], ge=1, le=15)] = None
    """
    Number of equal-interval bins of the dynamic legend.
    """
    legend: VisualizationLegend
    visualization_mode: VisualizationMode


class WorkflowList(BaseModel):
    """
    Wrapped reading of the workflow list. The `workflows` key is inferred from the sibling
    list calls (`jobs`, `insights`, `blocks`); no payload for this call is documented.

    """

    workflows: list[WorkflowSummary] | None = None
    """
    The matching workflows.
    """


class WorkflowListResponse(BaseRootModel[WorkflowList | list[WorkflowSummary]]):
    root: WorkflowList | list[WorkflowSummary]
    """
    The workflow list in either reading: wrapped (`{"workflows": [...]}`, like the sibling list
    calls) or a bare array (the developer guide's wording). No payload is documented.

    """


class Block(BaseModel):
    """
    One version of a processing block.
    """

    block_status: str | None = None
    """
    Release state of the block; `released` is the only example given.
    """
    created_at: str | None = None
    """
    When the block version was created or released (format not documented).
    """
    err: str | None = None
    """
    Error information, if any.
    """
    id: str | None = None
    """
    Block id.
    """
    spec: BlockSpec | None = None


class BlockList(BaseModel):
    """
    A list of blocks (or of the versions of one block). No pagination is documented.
    """

    blocks: list[Block] | None = None
    """
    The blocks.
    """


class Catalog(BaseModel):
    """
    One delivered image in the organisation's catalog (tasked or archive), with its STAC
    metadata in `details`.

    """

    area: float | None = None
    """
    Area covered, in square kilometres.
    """
    bandset_id: str | None = None
    """
    Id of the bandset captured in the image.
    """
    created_at: Timestamp | None = None
    """
    When the catalog entry was created.
    """
    created_by: str | None = None
    """
    UUID of the user who created the catalog entry.
    """
    delivery_status: str | None = None
    """
    Status of the automated delivery to a store, set only when automated delivery is
    enabled. Only the example value `SUCCESSFUL` is documented.

    """
    details: StacItem | None = None
    """
    STAC item describing the image; null in one documented example.
    """
    id: str
    """
    Catalog id; used by downloads and deliveries.
    """
    org_id: str | None = None
    """
    Id of the workspace (organisation) that owns the catalog. Kept as a plain string: the
    documented example holds a UUID with a stray space (`e31ab6f8-d359-4c6a-83c6-bfa322 29bb01`).

    """
    task_id: str | None = None
    """
    Id of the order task that produced this catalog entry.
    """
    updated_at: Timestamp | None = None
    """
    When the catalog entry was last changed.
    """
    updated_by: str | None = None
    """
    UUID of the user who last changed the catalog entry.
    """


class CatalogList(BaseModel):
    """
    A page of catalog search results.
    """

    catalogs: list[Catalog] | None = None


class Job(BaseModel):
    """
    One run of a workflow, with its tasks. Returned by create-job and get-job.

    """

    cost: int | None = None
    """
    Token cost of the job, estimated or actual.
    """
    created_at: str | None = None
    """
    When the job was created (format not documented; examples are placeholders).
    """
    created_by: str | None = None
    """
    Id of the user who started the job.
    """
    estimated_duration: int | None = None
    """
    Expected run time, in seconds.
    """
    exec_created_at: str | None = None
    """
    When execution of the job started (format not documented).
    """
    exec_updated_at: str | None = None
    """
    When the execution record was last updated (format not documented).
    """
    finished_at: str | None = None
    """
    When the job finished (format not documented; examples are placeholders).
    """
    id: str | None = None
    """
    Job id.
    """
    progress: str | None = None
    """
    Completion percentage, sent as a string.
    """
    spec: RawJson | None = None
    """
    Raw specification the job ran with. Documented as an integer array: the bytes of a
    serialized JSON document.

    """
    status: str | None = None
    """
    Current state of the job. No formal list of values is documented; the examples given
    are `running`, `completed` and `failed`.

    """
    tasks: list[Task] | None = None
    """
    The processing steps of the job, one per block.
    """
    time_taken: str | None = None
    """
    Time the job took, as human-readable text.
    """
    updated_at: str | None = None
    """
    When the job was last updated (format not documented; examples are placeholders).
    """
    val_errors: list[ValidationError] | None = None
    """
    Validation problems found in the workflow when the job was created.
    """
    workflow_id: str | None = None
    """
    Workflow the job ran.
    """


class OrderCreate(BaseModel):
    """
    Body of `POST /v0/orders`.
    """

    dry_run: bool | None = False
    """
    Simulate the order and return its cost without placing it or spending tokens.
    """
    order_items: Annotated[list[OrderItemCreate], Field(min_length=1)]
    """
    The items to order; a single tasking order has exactly one.
    """


class OrderItem(BaseModel):
    """
    One item of an order: a tasking capture, a recurring tasking capture or an archive purchase.
    Items fetched through `/v0/order-items` also carry their `tasks`.

    """

    area: int | None = None
    """
    Area of the item in km², computed in UTM.
    """
    bandset: OrderItemBandset | None = None
    """
    Band set of a tasking item; null when the item has none (e.g. archive items).
    """
    base_amount: float | None = None
    """
    Price before uplifts and discounts.
    """
    cloud_cover: int | None = None
    """
    Maximum cloud cover in percent (tasking).
    """
    cloud_delivery: CloudDelivery | None = None
    """
    Automated delivery target; null when none was set.
    """
    created_at: Timestamp | None = None
    """
    Creation time (ISO 8601, `Z`).
    """
    created_by: str | None = None
    """
    UUID of the user who created the item.
    """
    delivery_speed: DeliverySpeed | None = None
    end_date: Timestamp | None = None
    """
    End of the capture window; its UTC date is the last capture day.
    """
    feasibility_status: FeasibilityStatus | None = None
    final_amount: float | None = None
    """
    Price after uplifts and discounts.
    """
    id: str
    """
    Order item identifier (UUID).
    """
    image_type: str | None = None
    """
    Sensor/image type of a tasking item, e.g. `VNIR`. No list of values is documented.
    """
    images: list[OrderItemImage] | None = None
    """
    Images attached to the item.
    """
    last_feasibility_check: Timestamp | None = None
    """
    Time of the latest feasibility check (tasking only).
    """
    name: str | None = None
    """
    Name of the item.
    """
    no_of_occurrences: int | None = None
    """
    Number of occurrences of a recurring item.
    """
    number_of_bands: int | None = None
    """
    Number of bands captured by a tasking item.
    """
    occurrences: list[Occurrence] | None = None
    """
    Capture intervals of a recurring item.
    """
    off_nadir: int | None = None
    """
    Maximum off-nadir angle in degrees (tasking).
    """
    order_id: str | None = None
    """
    UUID of the order the item belongs to.
    """
    org_id: str | None = None
    """
    UUID of the organization.
    """
    payment_status: PaymentStatus | None = None
    project_id: str | None = None
    """
    UUID of the project.
    """
    recurrence: str | None = None
    """
    Repetition of the capture; `ONCE` in the examples (see `OrderItemCreate.recurrence`).
    """
    start_date: Timestamp | None = None
    """
    Start of the capture window (UTC).
    """
    status: OrderItemStatus | None = None
    tasks: list[OrderItemTask] | None = None
    """
    The item's tasks; present on the `/v0/order-items` operations, absent inside orders.
    """
    tokens_used: int | None = None
    """
    Tokens spent on the item.
    """
    transaction_id: str | None = None
    """
    Identifier of the payment transaction.
    """
    type: OrderType | None = None
    updated_at: Timestamp | None = None
    """
    Time of the last change.
    """
    updated_by: str | None = None
    """
    UUID of the user who last changed the item.
    """
    uplifts: list[Uplift] | None = None
    """
    Surcharges applied to the base price (e.g. for a short capture window or a faster delivery).
    """
    usecase: str | None = None
    """
    Intended use, e.g. `agriculture`.
    """
    user_id: str | None = None
    """
    UUID of the user the item belongs to.
    """


class OrderItemList(BaseModel):
    """
    Response of `GET /v0/order-items`.
    """

    order_items: list[OrderItem]
    pagination: Pagination | None = None


class StacCollection(BaseModel):
    """
    A STAC collection: a named group of related items (for example all Pixxel TD L2A scenes).
    Besides the STAC fields it carries `created_at` and `updated_at`.

    """

    created_at: Timestamp | None = None
    """
    When the collection was created, e.g. `2023-08-06T20:46:56.815552Z`.
    """
    description: str | None = None
    """
    Longer description of the collection.
    """
    extent: StacExtent | None = None
    id: str
    """
    Collection id, e.g. `pixxel-dd2`.
    """
    license: str | None = None
    """
    Licence identifier, e.g. `proprietary`.
    """
    links: list[StacLink] | None = None
    providers: list[StacProvider] | None = None
    stac_extensions: Any | None = None
    """
    STAC extensions in use. The Mintlify reference types it as "any" and prints the
    placeholder `"<any>"`; the generated reference types it as an object and prints `null`.
    Normally a list of schema URLs; any JSON value is accepted.

    """
    stac_version: str | None = None
    """
    STAC version the collection declares (`0.1.0` in the examples).
    """
    summaries: Any | None = None
    """
    STAC summaries of the item properties. Typed "any" (Mintlify) or object (generated
    reference), printed as `"<any>"` or `null`; any JSON value is accepted.

    """
    title: str | None = None
    """
    Short human-readable name, e.g. `Pixxel-DD01`.
    """
    type: str | None = None
    """
    STAC object type; `Collection` in the examples.
    """
    updated_at: Timestamp | None = None
    """
    When the collection was last changed.
    """


class StacCollectionList(BaseModel):
    """
    The archive's collections.
    """

    collections: list[StacCollection] | None = None


class Order(BaseModel):
    """
    An order and its order items.
    """

    created_at: Timestamp | None = None
    """
    Creation time, ISO 8601 with an offset (e.g. `2020-01-01T00:00:00+00:00`).
    """
    created_by: str | None = None
    """
    UUID of the user who created the order.
    """
    id: str
    """
    Order identifier (UUID).
    """
    order_items: list[OrderItem] | None = None
    """
    The order's items (without tasks).
    """
    org_id: str | None = None
    """
    UUID of the organization.
    """
    paid_at: Timestamp | Literal[""] | None = None
    """
    Payment time. The documented examples send an empty string for an unpaid order, so the
    field accepts either an ISO 8601 timestamp or `""` (the client reads `""` as no value).

    """
    status: OrderStatus | None = None
    total_amount: float | None = None
    """
    Total price of the order.
    """
    transaction_id: str | None = None
    """
    Identifier of the payment transaction.
    """
    updated_at: Timestamp | None = None
    """
    Time of the last change.
    """
    updated_by: str | None = None
    """
    UUID of the user who last changed the order.
    """
    user_id: str | None = None
    """
    UUID of the user the order belongs to.
    """


class OrderList(BaseModel):
    """
    Response of `GET /v0/orders`.
    """

    orders: list[Order]
    pagination: Pagination | None = None
