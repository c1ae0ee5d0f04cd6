"""STAC out: hand-offs to pystac and geopandas.

The spec marks its STAC schemas with ``x-pixxel-stac`` (``item``, ``collection``, ``item-holder``
for a record whose STAC item is one of its fields, ``item-list`` for a page of items or holders);
the generator gives those models the matching base class below. Conversions go through the
model's JSON form (wire names, unknown fields included), so extension fields such as
``eo:cloud_cover``, assets, links and properties the spec does not list all survive.

``to_dict()`` is the lossless view (the JSON as sent). ``to_pystac()`` is exactly pystac's own
reading of that JSON (``pystac.Item.from_dict`` with its defaults, as pystac-client hands items
over): older extension versions are migrated (``proj:epsg`` becomes ``proj:code``...), so
extension helpers, odc-stac and stackstac see what they expect.

pystac and geopandas are optional: ``pip install 'pixxel-client[stac]'`` / ``'pixxel-client[geo]'``.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ._models import BaseModel

if TYPE_CHECKING:
    import geopandas
    import pystac

__all__ = [
    "StacCollectionModel",
    "StacItemHolderModel",
    "StacItemListModel",
    "StacItemModel",
    "to_geodataframe",
    "to_item_collection",
]

# Top-level members of a STAC item that are not columns of their own in a GeoDataFrame.
_ITEM_FRAME_SKIP = ("type", "geometry", "properties")


def _require(module: str, extra: str) -> Any:
    try:
        return __import__(module)
    except ImportError:
        raise ImportError(
            f"this conversion needs {module}: pip install 'pixxel-client[{extra}]'"
        ) from None


class StacItemModel(BaseModel):
    """A STAC item: ``to_pystac()``, ``__geo_interface__`` (the GeoJSON Feature)."""

    @property
    def __geo_interface__(self) -> dict[str, Any]:
        feature = self.to_dict()
        feature.setdefault("type", "Feature")
        return feature

    def to_pystac(self) -> pystac.Item:
        """This item as a ``pystac.Item`` (needs the ``stac`` extra)."""
        stac = _require("pystac", "stac")
        item: pystac.Item = stac.Item.from_dict(self.__geo_interface__)
        return item


class StacCollectionModel(BaseModel):
    """A STAC collection: ``to_pystac()``."""

    def to_pystac(self) -> pystac.Collection:
        """This collection as a ``pystac.Collection`` (needs the ``stac`` extra)."""
        stac = _require("pystac", "stac")
        data = self.to_dict()
        data.setdefault("type", "Collection")
        collection: pystac.Collection = stac.Collection.from_dict(data)
        return collection


class StacItemHolderModel(BaseModel):
    """A record whose STAC item is one of its fields (a catalog entry's ``details``)."""

    @property
    def stac_item(self) -> StacItemModel | None:
        """The STAC item this record holds, or ``None`` when it has none."""
        for name in type(self).model_fields:
            value = getattr(self, name, None)
            if isinstance(value, StacItemModel):
                return value
        return None

    @property
    def __geo_interface__(self) -> dict[str, Any]:
        item = self._item()
        return item.__geo_interface__

    def to_pystac(self) -> pystac.Item:
        """The STAC item of this record as a ``pystac.Item`` (needs the ``stac`` extra)."""
        return self._item().to_pystac()

    def _item(self) -> StacItemModel:
        item = self.stac_item
        if item is None:
            raise ValueError(f"this {type(self).__name__} holds no STAC item")
        return item


class StacItemListModel(BaseModel):
    """A page of STAC items (or of records holding one): ``items``, ``to_pystac()``,
    ``to_geodataframe()`` and ``__geo_interface__`` (a FeatureCollection)."""

    @property
    def stac_items(self) -> list[StacItemModel]:
        """The STAC items of this page, in order (records without an item are skipped)."""
        for name in type(self).model_fields:
            value = getattr(self, name, None)
            if isinstance(value, list) and any(_is_stac(v) for v in value):
                return [item for item in (_item_of(v) for v in value) if item is not None]
        return []

    @property
    def __geo_interface__(self) -> dict[str, Any]:
        return {
            "type": "FeatureCollection",
            "features": [item.__geo_interface__ for item in self.stac_items],
        }

    def to_pystac(self) -> pystac.ItemCollection:
        """This page as a ``pystac.ItemCollection`` (needs the ``stac`` extra)."""
        return to_item_collection(self.stac_items)

    def to_geodataframe(self) -> geopandas.GeoDataFrame:
        """This page as a ``geopandas.GeoDataFrame`` (needs the ``geo`` extra); see
        :func:`to_geodataframe`."""
        return to_geodataframe(self.stac_items)


def _is_stac(value: Any) -> bool:
    return isinstance(value, StacItemModel | StacItemHolderModel)


def _item_of(value: Any) -> StacItemModel | None:
    if isinstance(value, StacItemHolderModel):
        return value.stac_item
    return value if isinstance(value, StacItemModel) else None


def _features(items: Iterable[Any]) -> list[dict[str, Any]]:
    """GeoJSON Features of STAC items: models, pages, paginators, pystac items or dicts."""
    if isinstance(items, BaseModel | dict):  # one page or one item, not an iterable of them
        items = [items]
    features: list[dict[str, Any]] = []
    for value in items:
        if isinstance(value, StacItemListModel):
            features += [item.__geo_interface__ for item in value.stac_items]
        elif isinstance(value, StacItemHolderModel):
            if value.stac_item is not None:
                features.append(value.stac_item.__geo_interface__)
        elif isinstance(value, dict):
            features.append(value)
        elif hasattr(value, "__geo_interface__"):
            features.append(dict(value.__geo_interface__))
        else:
            raise TypeError(f"not a STAC item: {type(value).__name__}")
    return features


def to_item_collection(items: Iterable[Any]) -> pystac.ItemCollection:
    """STAC items (models, a page, a paginator of items, dicts) as a ``pystac.ItemCollection``.

    Needs the ``stac`` extra.
    """
    stac = _require("pystac", "stac")
    converted = [stac.Item.from_dict(f) for f in _features(items)]
    collection: pystac.ItemCollection = stac.ItemCollection(converted)
    return collection


def to_geodataframe(items: Iterable[Any]) -> geopandas.GeoDataFrame:
    """STAC items (models, a page, a paginator of items, dicts) as a ``GeoDataFrame``.

    One row per item, in EPSG:4326: a ``geometry`` column, one column per property (colon names
    kept, e.g. ``eo:cloud_cover``), and the item's other members (``id``, ``collection``,
    ``bbox``, ``assets``, ``links``, ``stac_extensions``...) as they are. The columns of
    :data:`FRAME_COLUMNS` are always there, for an empty result too, so
    ``frame[["id", "eo:cloud_cover"]]`` works whatever the search found. Times
    (:data:`TIME_COLUMNS`) are ``datetime64`` in UTC; a time column with a value that is not an
    ISO 8601 timestamp stays text, with a warning. Needs the ``geo`` extra.
    """
    gpd = _require("geopandas", "geo")
    shapely_geometry = _require("shapely.geometry", "geo").geometry
    rows = []
    shapes = []
    for feature in _features(items):
        row = {k: v for k, v in feature.items() if k not in _ITEM_FRAME_SKIP}
        for key, value in (feature.get("properties") or {}).items():
            row.setdefault(key, value)
        geometry = feature.get("geometry")
        shape = _shape(shapely_geometry, geometry)
        if shape is None and geometry:
            row[UNREADABLE_GEOMETRY] = geometry  # kept as sent, next to an empty geometry
        rows.append(row)
        shapes.append(shape)
    unreadable = sum(1 for row in rows if UNREADABLE_GEOMETRY in row)
    if unreadable:
        warnings.warn(
            f"{unreadable} item(s) have a geometry shapely cannot read; their geometry is empty "
            f"and the value as sent is in the {UNREADABLE_GEOMETRY!r} column",
            stacklevel=2,
        )
    seen = dict.fromkeys(key for row in rows for key in row)
    columns = [*FRAME_COLUMNS, *(key for key in seen if key not in FRAME_COLUMNS)]
    frame: geopandas.GeoDataFrame = gpd.GeoDataFrame(
        rows or None, columns=columns, geometry=gpd.GeoSeries(shapes, crs="EPSG:4326")
    )
    if not rows:
        frame["eo:cloud_cover"] = frame["eo:cloud_cover"].astype("float64")
    for name in TIME_COLUMNS:
        if name in frame.columns:
            _to_utc_times(frame, name)
    return frame


FRAME_COLUMNS = ("id", "collection", "datetime", "eo:cloud_cover", "platform")
"""Columns every frame of :func:`to_geodataframe` has (with ``geometry``), an empty one too."""

TIME_COLUMNS = (
    "datetime",
    "start_datetime",
    "end_datetime",
    "created",
    "updated",
    "startdatetime",  # Pixxel's archive spells the range without the underscore
    "enddatetime",
)
"""STAC's common time properties (and the archive's own spelling of the range): ``datetime64``
columns in UTC in :func:`to_geodataframe`."""


def _to_utc_times(frame: Any, name: str) -> None:
    import pandas

    column = frame[name]
    try:
        frame[name] = pandas.to_datetime(column, utc=True, format="ISO8601")
    except (ValueError, TypeError):
        warnings.warn(
            f"the {name!r} column holds values that are not ISO 8601 timestamps; "
            "it is kept as sent (text)",
            stacklevel=3,
        )


UNREADABLE_GEOMETRY = "unreadable_geometry"
"""The column that keeps, as sent, a geometry that is not valid GeoJSON (to_geodataframe)."""


def _shape(shapely_geometry: Any, geometry: Any) -> Any:
    if not geometry:
        return None
    try:
        return shapely_geometry.shape(geometry)
    except Exception:  # shapely raises several kinds for a malformed GeoJSON object
        return None
