"""What the bands of STAC items are: names, wavelengths, nodata, scale and offset.

Read from the asset's ``eo:bands`` and ``raster:bands`` (STAC 1.0) or its ``bands`` (STAC 1.1,
with ``eo:center_wavelength``, ``raster:scale``...), falling back to the item's properties. A
multi-band asset (a hyperspectral cube of ~150 bands in one file) gives one entry per band, named
the way odc-stac names it, so a band can be picked before any pixel is read. Pure Python: no
xarray or numpy here.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["Band", "band_table", "select_bands"]

MICROMETRE_TO_NM = 1000.0

# Media types of the rasters the cube loads (odc-stac reads these with rasterio).
_RASTER_TYPES = ("image/tiff", "image/jp2", "image/vnd.stac.geotiff", "application/x-hdf")
# Roles of assets that are not the measurement itself.
_SKIPPED_ROLES = {"thumbnail", "overview", "visual", "metadata"}


@dataclass(frozen=True, slots=True)
class Band:
    """One band of the cube: the variable odc-stac loads it as, and what STAC says about it."""

    name: str
    """Name of the band in the cube (its ``eo:bands`` name, or ``asset`` / ``asset.N``)."""
    asset: str
    index: int
    """1-based band number inside the asset's file."""
    wavelength_nm: float
    fwhm_nm: float
    nodata: float | None
    scale: float
    offset: float
    common_name: str | None = None
    data_type: str | None = None
    count: int = 1
    """How many bands the asset's file holds."""


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def _nodata(value: Any) -> float | None:
    if isinstance(value, str):  # STAC writes "nan", "inf", "-inf" as strings
        try:
            return float(value)
        except ValueError:
            return None
    return _number(value)


def _band_dicts(asset: Mapping[str, Any], properties: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The asset's bands, one merged dict per band (eo, raster and STAC 1.1 fields together)."""
    lists: list[Sequence[Any]] = []
    for key in ("bands", "eo:bands", "raster:bands"):
        value = asset.get(key)
        if value is None and key != "raster:bands":
            value = properties.get(key)  # item-level eo:bands apply to single-asset items
        if isinstance(value, list) and value:
            lists.append(value)
    count = max((len(v) for v in lists), default=0)
    merged: list[dict[str, Any]] = [{} for _ in range(count)]
    for values in lists:
        for i, entry in enumerate(values):
            if isinstance(entry, Mapping):
                for k, v in entry.items():
                    merged[i].setdefault(k.split(":", 1)[-1] if ":" in k else k, v)
    return merged


def is_raster_asset(asset: Mapping[str, Any]) -> bool:
    """Whether odc-stac would read this asset as a raster measurement."""
    roles = set(asset.get("roles") or ())
    if roles & _SKIPPED_ROLES and "data" not in roles:
        return False
    media = str(asset.get("type") or "").lower()
    if media:
        return any(media.startswith(t) for t in _RASTER_TYPES)
    href = str(asset.get("href") or "").split("?", 1)[0].lower()
    return href.endswith((".tif", ".tiff", ".jp2"))


def band_table(items: Iterable[Mapping[str, Any]]) -> list[Band]:
    """The bands of ``items`` (STAC item dicts), in asset then band order, each name once."""
    bands: dict[str, Band] = {}
    for item in items:
        properties = item.get("properties") or {}
        for asset_key, asset in (item.get("assets") or {}).items():
            if not isinstance(asset, Mapping) or not is_raster_asset(asset):
                continue
            described = _band_dicts(asset, properties) or [{}]
            multi = len(described) > 1
            for i, meta in enumerate(described, start=1):
                given = meta.get("name")
                if isinstance(given, str) and given:
                    name = given
                else:
                    name = f"{asset_key}.{i}" if multi else asset_key
                if name in bands:
                    continue
                wavelength = _number(meta.get("center_wavelength"))
                fwhm = _number(meta.get("full_width_half_max"))
                scale = _number(meta.get("scale"))
                offset = _number(meta.get("offset"))
                common = meta.get("common_name")
                data_type = meta.get("data_type")
                bands[name] = Band(
                    name=name,
                    asset=asset_key,
                    index=i,
                    wavelength_nm=wavelength * MICROMETRE_TO_NM if wavelength else math.nan,
                    fwhm_nm=fwhm * MICROMETRE_TO_NM if fwhm else math.nan,
                    nodata=_nodata(meta.get("nodata")),
                    scale=1.0 if scale is None else scale,
                    offset=0.0 if offset is None else offset,
                    common_name=common if isinstance(common, str) else None,
                    data_type=data_type if isinstance(data_type, str) else None,
                    count=len(described),
                )
    return list(bands.values())


def select_bands(
    bands: list[Band],
    names: str | Sequence[str] | None = None,
    wavelengths: tuple[float, float] | None = None,
) -> list[Band]:
    """The bands asked for: by name (a band name, common name or asset key), and/or those whose
    centre wavelength (nm) lies in ``wavelengths`` = ``(low, high)``, both ends included."""
    chosen = bands
    if names is not None:
        wanted = [names] if isinstance(names, str) else list(names)
        picked: list[Band] = []
        for name in wanted:
            found = [b for b in bands if name in (b.name, b.common_name) or b.asset == name]
            if not found:
                known = ", ".join(b.name for b in bands[:12]) + (", ..." if len(bands) > 12 else "")
                raise ValueError(f"no band named {name!r}; the items have: {known}")
            picked += [b for b in found if b not in picked]
        chosen = picked
    if wavelengths is not None:
        low, high = sorted(wavelengths)
        chosen = [b for b in chosen if low <= b.wavelength_nm <= high]
        if not chosen:
            raise ValueError(f"no band has its centre wavelength in {low}-{high} nm")
    return chosen
