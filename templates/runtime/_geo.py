"""Geometry arguments: GeoJSON dicts, ``__geo_interface__`` objects and bounding boxes.

Which request field takes which shape is declared in the spec (``x-pixxel-input``); the generated
method calls :func:`to_geometry`, :func:`to_feature_collection` or :func:`to_bbox` before anything
is sent, so a bad shape fails with a ``ValueError`` naming the method and the argument.
shapely, geopandas and pystac objects work through the ``__geo_interface__`` protocol alone; a
GeoDataFrame or GeoSeries with a known CRS other than EPSG:4326 is reprojected to it first.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol, TypeAlias, runtime_checkable

from ._naming import describe

__all__ = [
    "BboxInput",
    "FeatureCollectionInput",
    "GeometryInput",
    "SupportsGeoInterface",
    "to_bbox",
    "to_feature_collection",
    "to_geometry",
]

GEOMETRY_TYPES = (
    "Point",
    "MultiPoint",
    "LineString",
    "MultiLineString",
    "Polygon",
    "MultiPolygon",
    "GeometryCollection",
)
# How deep the coordinate arrays of each type nest (a position is depth 1).
_DEPTH = {
    "Point": 1,
    "MultiPoint": 2,
    "LineString": 2,
    "MultiLineString": 3,
    "Polygon": 3,
    "MultiPolygon": 4,
}


@runtime_checkable
class SupportsGeoInterface(Protocol):
    """Anything with a ``__geo_interface__`` (shapely, geopandas, pystac, ...)."""

    @property
    def __geo_interface__(self) -> Mapping[str, Any]: ...


GeometryInput: TypeAlias = Mapping[str, Any] | SupportsGeoInterface
"""A GeoJSON geometry, Feature or one-feature FeatureCollection, as a dict or any object with a
``__geo_interface__``."""

FeatureCollectionInput: TypeAlias = Mapping[str, Any] | SupportsGeoInterface
"""A GeoJSON FeatureCollection, Feature or geometry (wrapped as needed)."""

BboxInput: TypeAlias = Sequence[float] | SupportsGeoInterface
"""``(min_lon, min_lat, max_lon, max_lat)`` (or the 6-number 3D form), or a shape whose bounds
are taken."""


class _Where:
    """Where a value came from: the prefix of every error message."""

    def __init__(self, method: str, argument: str) -> None:
        self.text = describe(method, argument)

    def error(self, message: str) -> ValueError:
        return ValueError(f"{self.text}: {message}")


def _geojson(value: Any, where: _Where, wanted: str) -> dict[str, Any]:
    if isinstance(value, SupportsGeoInterface) and not isinstance(value, Mapping):
        value = _in_wgs84(value, where).__geo_interface__
    if not isinstance(value, Mapping):
        raise TypeError(
            f"{where.text}: expected {wanted} (a GeoJSON dict or an object with "
            f"__geo_interface__), got {type(value).__name__}"
        )
    if not isinstance(value.get("type"), str):
        raise where.error(f"expected {wanted}; the GeoJSON object has no 'type'")
    plain: dict[str, Any] = _plain(value)
    return plain


def _in_wgs84(value: Any, where: _Where) -> Any:
    """``value`` in EPSG:4326 when it carries another known CRS (a GeoDataFrame or GeoSeries in
    UTM, say): reprojected with its own ``to_crs``. Objects without a CRS pass as they are."""
    crs = getattr(value, "crs", None)
    to_crs = getattr(value, "to_crs", None)
    if crs is None or not callable(to_crs):
        return value
    try:
        if crs.to_epsg() == 4326:
            return value
        return to_crs(4326)
    except Exception as error:  # pyproj raises several kinds for a CRS it cannot transform
        name = getattr(crs, "name", None) or str(crs)
        raise where.error(
            f"its CRS is {name} and it could not be reprojected to EPSG:4326 ({error}); "
            "reproject it first with .to_crs(4326)"
        ) from None


def _plain(value: Any) -> Any:
    """A deep copy with lists for tuples (shapely hands out tuples) and dicts for mappings."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def to_geometry(
    value: Any, method: str, argument: str, types: Iterable[str] | None = None
) -> dict[str, Any]:
    """A checked GeoJSON geometry from ``value`` (a geometry, Feature or one-feature collection)."""
    where = _Where(method, argument)
    allowed = tuple(types or GEOMETRY_TYPES)
    data: Any = _geojson(value, where, "a GeoJSON geometry")
    if data["type"] == "FeatureCollection":
        features = data.get("features") or []
        if len(features) != 1:
            raise where.error(
                f"expected one geometry, got a FeatureCollection of {len(features)} features"
            )
        data = features[0]
    if isinstance(data, dict) and data.get("type") == "Feature":
        data = data.get("geometry")
        if not isinstance(data, dict):
            raise where.error("the Feature has no geometry")
    if not isinstance(data, dict):
        raise where.error("expected a GeoJSON geometry")
    _check_geometry(data, allowed, where)
    return data


def to_feature_collection(
    value: Any, method: str, argument: str, types: Iterable[str] | None = None
) -> dict[str, Any]:
    """A checked GeoJSON FeatureCollection; a geometry or Feature is wrapped in one."""
    where = _Where(method, argument)
    allowed = tuple(types or GEOMETRY_TYPES)
    data = _geojson(value, where, "a GeoJSON FeatureCollection")
    kind = data["type"]
    if kind == "FeatureCollection":
        features = data.get("features")
        if not isinstance(features, list) or not features:
            raise where.error("the FeatureCollection has no features")
    elif kind == "Feature":
        features = [data]
    else:
        features = [{"type": "Feature", "geometry": data, "properties": {}}]
    for index, feature in enumerate(features):
        if not isinstance(feature, dict) or feature.get("type") != "Feature":
            raise where.error(f"features[{index}] is not a GeoJSON Feature")
        geometry = feature.get("geometry")
        if not isinstance(geometry, dict):
            raise where.error(f"features[{index}] has no geometry")
        _check_geometry(geometry, allowed, _Where(method, f"{argument}.features[{index}]"))
    if kind == "FeatureCollection":
        return {**data, "features": features}
    return {"type": "FeatureCollection", "features": features}


def to_bbox(value: Any, method: str, argument: str) -> list[float]:
    """A checked ``[min_lon, min_lat, max_lon, max_lat]`` from a sequence or a shape's bounds."""
    where = _Where(method, argument)
    if isinstance(value, SupportsGeoInterface | Mapping):
        data = _geojson(value, where, "a bounding box")
        positions = list(_positions(data))
        if not positions:
            raise where.error("the shape has no coordinates to take a bounding box from")
        for position in positions:
            _check_position(position, where)
        lons = [p[0] for p in positions]
        lats = [p[1] for p in positions]
        return [min(lons), min(lats), max(lons), max(lats)]
    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        raise TypeError(
            f"{where.text}: expected a bounding box (min_lon, min_lat, max_lon, max_lat), "
            f"got {type(value).__name__}"
        )
    numbers = list(value)
    if len(numbers) not in (4, 6) or not all(_is_number(n) for n in numbers):
        raise where.error(
            f"expected 4 numbers (min_lon, min_lat, max_lon, max_lat) or 6 (with heights), "
            f"got {numbers!r}"
        )
    half = len(numbers) // 2
    west, south, east, north = numbers[0], numbers[1], numbers[half], numbers[half + 1]
    for lon, lat in ((west, south), (east, north)):
        _check_position([lon, lat], where)
    if south > north:
        raise where.error(f"min_lat {south} is greater than max_lat {north}")
    # west > east is allowed: a box that crosses the antimeridian (RFC 7946, 5.2).
    return [float(n) for n in numbers]


def _positions(data: dict[str, Any]) -> Iterable[list[Any]]:
    kind = data.get("type")
    if kind == "FeatureCollection":
        for feature in data.get("features") or []:
            yield from _positions(feature)
    elif kind == "Feature":
        if isinstance(data.get("geometry"), dict):
            yield from _positions(data["geometry"])
    elif kind == "GeometryCollection":
        for geometry in data.get("geometries") or []:
            yield from _positions(geometry)
    else:
        yield from _flatten(data.get("coordinates"))


def _flatten(node: Any) -> Iterable[list[Any]]:
    if isinstance(node, list) and node and not isinstance(node[0], list):
        yield node
    elif isinstance(node, list):
        for child in node:
            yield from _flatten(child)


def _check_geometry(data: dict[str, Any], allowed: tuple[str, ...], where: _Where) -> None:
    kind = data.get("type")
    if kind not in allowed:
        raise where.error(
            f"geometry type {kind!r} is not accepted here; expected {_one_of(allowed)}"
        )
    if kind == "GeometryCollection":
        geometries = data.get("geometries")
        if not isinstance(geometries, list):
            raise where.error("a GeometryCollection needs a 'geometries' list")
        for geometry in geometries:
            if not isinstance(geometry, dict):
                raise where.error("a GeometryCollection member is not a geometry")
            _check_geometry(geometry, GEOMETRY_TYPES, where)
        return
    coordinates: Any = data.get("coordinates")
    _check_depth(coordinates, _DEPTH[str(kind)], str(kind), where)
    for position in _flatten(coordinates):
        _check_position(position, where)
    if kind == "Polygon":
        _check_rings(coordinates, where, "")
    elif kind == "MultiPolygon":
        for index, polygon in enumerate(coordinates):
            _check_rings(polygon, where, f"polygon {index}, ")


def _check_depth(node: Any, depth: int, kind: str, where: _Where) -> None:
    if depth == 1:
        if not isinstance(node, list) or not 2 <= len(node) <= 3 or isinstance(node[0], list):
            raise where.error(f"{kind} coordinates must be [lon, lat] positions, got {node!r}")
        return
    if not isinstance(node, list) or not node:
        raise where.error(f"{kind} coordinates are empty or not nested arrays: {node!r}")
    for child in node:
        _check_depth(child, depth - 1, kind, where)


def _check_position(position: list[Any], where: _Where) -> None:
    if not 2 <= len(position) <= 3 or not all(_is_number(n) for n in position):
        raise where.error(f"a position must be 2 or 3 numbers, got {position!r}")
    lon, lat = position[0], position[1]
    if not -180 <= lon <= 180:
        raise where.error(f"longitude {lon} is outside [-180, 180] (positions are [lon, lat])")
    if not -90 <= lat <= 90:
        raise where.error(f"latitude {lat} is outside [-90, 90] (positions are [lon, lat])")


def _check_rings(rings: list[Any], where: _Where, prefix: str) -> None:
    for index, ring in enumerate(rings):
        if len(ring) < 4:
            raise where.error(
                f"{prefix}ring {index} has {len(ring)} positions; a closed ring needs at least 4"
            )
        if ring[0] != ring[-1]:
            raise where.error(
                f"{prefix}ring {index} is not closed: it starts at {ring[0]!r} and ends at "
                f"{ring[-1]!r}"
            )


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _one_of(names: tuple[str, ...]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
