"""STAC items to a lazy, Dask-backed ``xarray`` cube: dimensions ``time``, ``band``, ``y``, ``x``.

Built on odc-stac: it reads the items' ``proj:*`` fields for the grid, reprojects and clips on
request, splits a multi-band asset into its bands from the metadata alone, mosaics items of the
same day, and gives one Dask task per chunk that any Dask scheduler (threads, processes, a
``dask.distributed`` cluster) runs. Over stackstac it keeps multi-band assets and a pluggable
reader (our signed-link refresh); over rioxarray it mosaics and stacks many items. The band
dimension carries the bands' names and, where the items give them, ``wavelength`` and ``fwhm``
in nanometres, and each band's ``nodata``, ``scale`` and ``offset``.

Needs the ``xarray`` extra: ``pip install 'pixxel-client[xarray]'``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._bands import Band, band_table, select_bands

if TYPE_CHECKING:
    import xarray

__all__ = ["DEFAULT_CHUNKS", "ApiRefetch", "to_xarray"]


@dataclass(frozen=True, slots=True)
class ApiRefetch:
    """How to fetch an item again: ``client.<resource>.<method>(*args)``, then ``.<field>``
    (the STAC item inside a catalog record) when ``field`` is set."""

    resource: str
    method: str
    args: tuple[str, ...]
    field: str | None = None


DEFAULT_CHUNKS: dict[str, int] = {"x": 1024, "y": 1024, "band": 16}
"""Chunk sizes when ``chunks`` is not given. Bands of a multi-band asset are read ``band`` at a
time (one request and one decode per tile for all of them); other bands one by one."""


def require_xarray() -> Any:
    """odc-stac, or an error that says which extra installs it."""
    try:
        import odc.stac
    except ImportError:
        raise ImportError(
            "to_xarray() needs odc-stac, xarray and dask: pip install 'pixxel-client[xarray]'"
        ) from None
    return odc.stac


def _holder_field(holder: Any) -> str | None:
    for name in type(holder).model_fields:
        if getattr(holder, name, None) is holder.stac_item:
            return str(name)
    return None


def _sources(items: Iterable[Any]) -> Iterable[tuple[dict[str, Any], ApiRefetch | None]]:
    """Each STAC item as a dict, with how to fetch it again through the API (or ``None``)."""
    from ._stac import StacItemHolderModel, StacItemListModel, StacItemModel

    for value in items:
        if isinstance(value, StacItemListModel):
            for name in type(value).model_fields:
                members = getattr(value, name, None)
                if isinstance(members, list) and any(
                    isinstance(m, StacItemModel | StacItemHolderModel) for m in members
                ):
                    yield from _sources(members)
                    break
        elif isinstance(value, StacItemHolderModel):
            item = value.stac_item
            if item is None:
                continue
            record_id = getattr(value, "id", None)
            refetch = (
                ApiRefetch("catalog", "get", (str(record_id),), _holder_field(value))
                if record_id
                else None
            )
            yield item.__geo_interface__, refetch
        elif isinstance(value, StacItemModel):
            data = value.__geo_interface__
            cid, iid = data.get("collection"), data.get("id")
            refetch = (
                ApiRefetch("archives", "get_item", (str(cid), str(iid))) if cid and iid else None
            )
            yield data, refetch
        elif isinstance(value, Mapping):
            yield dict(value), None
        elif hasattr(value, "to_dict") and hasattr(value, "assets"):  # a pystac.Item
            yield value.to_dict(), None
        elif isinstance(value, Iterable) and not isinstance(value, str | bytes):
            yield from _sources(value)  # a paginator, an ItemCollection, a nested list
        else:
            raise TypeError(f"to_xarray() takes STAC items, got {type(value).__name__}")


def _geopolygon(geometry: Any) -> Any:
    from odc.geo.geom import Geometry

    from ._geo import to_geometry

    return Geometry(to_geometry(geometry, "to_xarray", "geometry"), crs="EPSG:4326")


def _native_anchor(sources: list[tuple[dict[str, Any], Any]]) -> Any:
    """Where the first item's pixels lie, so a mosaic of items on one grid keeps that grid (odc-stac
    would otherwise snap pixel edges to multiples of the resolution and resample)."""
    from odc.geo import xy_

    properties = sources[0][0].get("properties") or {}
    transform = properties.get("proj:transform")
    if not isinstance(transform, list) or len(transform) < 6:
        return None
    try:
        sx, _, x0, _, sy, y0 = (float(v) for v in transform[:6])
    except (TypeError, ValueError):
        return None
    if not sx or not sy:
        return None
    return xy_((x0 / sx) % 1.0, (y0 / sy) % 1.0)


def to_xarray(
    items: Iterable[Any],
    *,
    bands: str | Sequence[str] | None = None,
    wavelengths: tuple[float, float] | None = None,
    crs: Any = None,
    resolution: float | None = None,
    bbox: Sequence[float] | None = None,
    geometry: Any = None,
    chunks: Mapping[str, int] | None = None,
    groupby: str | None = "solar_day",
    mask_and_scale: bool = False,
    resampling: str = "nearest",
    client: Any = None,
    gdal_env: Mapping[str, Any] | None = None,
) -> xarray.DataArray:
    """STAC items as a lazy ``xarray.DataArray`` with dimensions ``(time, band, y, x)``.

    Nothing is read but the items' metadata until the cube (or a part of it) is computed.

    Args:
        items: STAC items: archive items, catalog records, search results or pages, a paginator
            (walked to the end), ``pystac`` items or item dicts.
        bands: Only these bands (band names, common names such as ``"nir"``, or asset keys).
        wavelengths: Only the bands whose centre wavelength, in nm, is in ``(low, high)``.
        crs: Output CRS (``"EPSG:32643"``, an EPSG number...); default: the items' ``proj:*``.
        resolution: Output pixel size in units of ``crs``; needed with a ``crs`` of your own.
        bbox: Clip to ``(min_lon, min_lat, max_lon, max_lat)``.
        geometry: Clip to the bounds of a GeoJSON geometry (or any ``__geo_interface__``).
        chunks: Chunk sizes, e.g. ``{"x": 512, "y": 512, "band": 16}`` (missing keys from
            ``DEFAULT_CHUNKS``). ``band`` applies to a whole multi-band asset, read that many
            bands per task; otherwise each band and date is its own chunk.
        groupby: Items whose dates share this key become one time step, mosaicked (first item
            wins where they overlap): ``"solar_day"`` (the default), ``"time"``, ``"id"``, or
            any property name; ``None`` for one time step per item.
        mask_and_scale: Apply ``raster:bands``: ``nodata`` becomes NaN, values become
            ``value * scale + offset`` (float32). Off: values as stored, and the band
            coordinates ``nodata``, ``scale`` and ``offset`` say how to do it later.
        resampling: How pixels are resampled when reprojected (``"nearest"``, ``"bilinear"``...).
        client: A :class:`pixxel.Pixxel` client: links the storage host refuses (expired) are
            fetched again through the API, on whichever process reads them. Without it, links
            are used as given.
        gdal_env: GDAL settings on top of :data:`GDAL_REMOTE_DEFAULTS
            <pixxel._runtime._signed_links.GDAL_REMOTE_DEFAULTS>`.

    Raises:
        ImportError: the ``xarray`` extra is not installed.
        ValueError: no items, no raster bands, or no band matches ``bands``/``wavelengths``.
    """
    odc_stac = require_xarray()
    import pystac

    from ._signed_links import LinkRefresher, PixxelReaderDriver

    sources = list(_sources(items))
    if not sources:
        raise ValueError("to_xarray() got no STAC items")
    table = band_table(data for data, _ in sources)
    if not table:
        raise ValueError("the items have no raster assets to load")
    chosen = select_bands(table, bands, wavelengths)
    # Items that have none of the chosen bands (another product in the same results) stay out.
    wanted = {band.name for band in chosen}
    sources = [s for s in sources if wanted & {b.name for b in band_table([s[0]])}]
    if all(math.isfinite(band.wavelength_nm) for band in chosen):
        # In wavelength order, so that ``sel(wavelength=..., method="nearest")`` can search them.
        chosen = sorted(chosen, key=lambda band: band.wavelength_nm)

    links = LinkRefresher.for_client(client) if client is not None else None
    if links is not None:
        for data, refetch in sources:
            if refetch is not None:
                links.add(refetch, data.get("assets") or {})

    options: dict[str, Any] = {}
    if crs is not None:
        options["crs"] = crs
    if resolution is not None:
        options["resolution"] = resolution
    if bbox is not None:
        options["bbox"] = tuple(float(v) for v in bbox)
    if geometry is not None:
        options["geopolygon"] = _geopolygon(geometry)
    if crs is None and resolution is None:
        anchor = _native_anchor(sources)
        if anchor is not None:
            options["anchor"] = anchor
    stac_items = [pystac.Item.from_dict(data, migrate=False) for data, _ in sources]
    sizes = {**DEFAULT_CHUNKS, **(chunks or {})}
    whole = _whole_asset(table, chosen)
    if whole is not None:
        # All bands of one multi-band asset: one variable with a band axis, read in band chunks.
        first = chosen[0]
        options["stac_cfg"] = {
            "*": {
                "assets": {
                    first.asset: {
                        "data_type": first.data_type,
                        "nodata": first.nodata,
                        "dims": ["band", "y", "x"],
                    }
                },
                "dims": {"band": first.count},
            }
        }
    else:
        sizes.pop("band", None)
    dataset = odc_stac.load(
        stac_items,
        bands=[whole] if whole is not None else [band.name for band in chosen],
        groupby=groupby if groupby is not None else "id",
        chunks=sizes,
        resampling=resampling,
        driver=PixxelReaderDriver(links, gdal_env),
        **options,
    )
    if "latitude" in dataset.dims:  # a geographic CRS: odc-stac names the axes lat/lon
        dataset = dataset.rename({"latitude": "y", "longitude": "x"})
    if whole is not None:
        stacked = dataset[whole].transpose("time", "band", "y", "x")
        by_index = sorted(chosen, key=lambda band: band.index)
        stacked = stacked.assign_coords(band=[band.name for band in by_index])
        if by_index != chosen:
            stacked = stacked.sel(band=[band.name for band in chosen])  # wavelength order
    else:
        names = [band.name for band in chosen]
        stacked = dataset[names].to_dataarray("band").transpose("time", "band", "y", "x")
    return _cube(stacked, chosen, mask_and_scale=mask_and_scale)


def _whole_asset(table: list[Band], chosen: list[Band]) -> str | None:
    """The asset key when ``chosen`` is every band of one multi-band asset (with a known data
    type, which odc-stac needs to read it as one variable)."""
    assets = {band.asset for band in chosen}
    if len(assets) != 1:
        return None
    (asset,) = assets
    first = chosen[0]
    everything = [band for band in table if band.asset == asset]
    if first.count < 2 or len(chosen) != first.count or len(everything) != first.count:
        return None
    if first.data_type is None or len({band.nodata for band in chosen}) > 1:
        return None
    return asset


def _cube(cube: xarray.DataArray, bands: list[Band], *, mask_and_scale: bool) -> xarray.DataArray:
    import numpy as np

    names = [band.name for band in bands]
    nodata = [np.nan if band.nodata is None else band.nodata for band in bands]
    cube = cube.assign_coords(
        band=names,
        wavelength=("band", [band.wavelength_nm for band in bands], {"units": "nm"}),
        fwhm=("band", [band.fwhm_nm for band in bands], {"units": "nm"}),
        nodata=("band", nodata),
        scale=("band", [band.scale for band in bands]),
        offset=("band", [band.offset for band in bands]),
    )
    cube.coords["wavelength"].attrs["long_name"] = "centre wavelength"
    cube.coords["fwhm"].attrs["long_name"] = "full width at half maximum"
    if all(math.isfinite(band.wavelength_nm) for band in bands):
        cube = cube.set_xindex("wavelength")
    if mask_and_scale:
        values = cube.astype("float32")
        if not all(math.isnan(n) for n in nodata):
            values = values.where(cube != cube.coords["nodata"])
        scaled = values * cube.coords["scale"].astype("float32") + cube.coords["offset"].astype(
            "float32"
        )
        cube = scaled.assign_coords(cube.coords)
        cube.attrs["mask_and_scale"] = "applied: nodata is NaN, values are value * scale + offset"
    cube.name = "reflectance" if mask_and_scale else "value"
    return cube
