"""Quick looks at a cube: colour composites picked by wavelength, spectral indices, and plots.

The bands are chosen by their ``wavelength`` coordinate (nearest centre wavelength), so the same
call works for a 4-band multispectral item and a 150-band hyperspectral one. Plots use
matplotlib (the ``plot`` extra) and return the ``Axes`` they drew on.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from ._bands import Band, band_table

if TYPE_CHECKING:
    import xarray
    from matplotlib.axes import Axes

__all__ = [
    "FALSE_COLOUR",
    "NIR_NM",
    "RED_NM",
    "TRUE_COLOUR",
    "composite",
    "ndvi",
    "normalized_difference",
    "plot_composite",
    "plot_index",
    "plot_items",
]

TRUE_COLOUR = (650.0, 550.0, 470.0)
"""Red, green and blue centre wavelengths (nm) of a natural-colour composite."""
FALSE_COLOUR = (860.0, 650.0, 550.0)
"""Near-infrared, red and green as red, green and blue: vegetation shows red."""
RED_NM = 660.0
NIR_NM = 860.0


def _nearest(cube: xarray.DataArray, wavelength: float) -> xarray.DataArray:
    """The band of ``cube`` whose centre wavelength is nearest ``wavelength`` (nm)."""
    if "wavelength" not in cube.coords:
        raise ValueError("the cube has no wavelength coordinate: pick bands with .sel(band=...)")
    known = cube.coords["wavelength"].values
    if all(math.isnan(float(w)) for w in known):
        raise ValueError("no band of the cube has a centre wavelength")
    distances = [
        abs(float(w) - wavelength) if not math.isnan(float(w)) else math.inf for w in known
    ]
    return cube.isel(band=distances.index(min(distances)))


def composite(
    cube: xarray.DataArray,
    wavelengths: Sequence[float] = TRUE_COLOUR,
    *,
    percentiles: tuple[float, float] = (2.0, 98.0),
    time: int = 0,
) -> xarray.DataArray:
    """A colour composite: the bands nearest ``wavelengths`` (red, green, blue), each stretched
    between its ``percentiles`` to 0..1, with dims ``(y, x, rgb)``, ready for ``imshow``.
    Computes those three bands of one time step."""
    import numpy as np
    import xarray as xr

    if len(wavelengths) != 3:
        raise ValueError(f"a composite takes 3 wavelengths (red, green, blue), got {wavelengths!r}")
    frame = cube.isel(time=time) if "time" in cube.dims else cube
    layers = []
    for wavelength in wavelengths:
        band = _nearest(frame, wavelength).astype("float64").compute()
        values = band.values
        valid = values[np.isfinite(values)]
        if "nodata" in band.coords and not np.isnan(band.coords["nodata"].item()):
            valid = valid[valid != band.coords["nodata"].item()]
        low, high = np.percentile(valid, percentiles) if valid.size else (0.0, 1.0)
        span = high - low if high > low else 1.0
        layers.append(((band - low) / span).clip(0, 1).drop_vars(_band_coords(band)))
    rgb = xr.concat(layers, dim="rgb").transpose("y", "x", "rgb")
    rgb.coords["rgb"] = ["red", "green", "blue"]
    rgb.attrs["wavelengths_nm"] = [float(w) for w in wavelengths]
    return rgb


def _band_coords(band: xarray.DataArray) -> list[str]:
    return [str(name) for name in band.coords if name not in band.dims and name != "spatial_ref"]


def normalized_difference(
    cube: xarray.DataArray, first_nm: float, second_nm: float
) -> xarray.DataArray:
    """``(a - b) / (a + b)`` of the bands nearest ``first_nm`` (a) and ``second_nm`` (b); lazy.
    Nodata pixels (per the ``nodata`` coordinate) give NaN."""
    a = _masked(_nearest(cube, first_nm))
    b = _masked(_nearest(cube, second_nm))
    index = (a - b) / (a + b)
    index = index.drop_vars(_band_coords(index), errors="ignore")
    index.attrs["bands_nm"] = [
        float(_nearest(cube, first_nm).coords["wavelength"]),
        float(_nearest(cube, second_nm).coords["wavelength"]),
    ]
    return index


def _masked(band: xarray.DataArray) -> xarray.DataArray:
    if "mask_and_scale" in band.attrs:
        return band  # to_xarray(mask_and_scale=True) did it
    values = band.astype("float32")
    if "nodata" in band.coords and not math.isnan(float(band.coords["nodata"])):
        values = values.where(band != band.coords["nodata"])
    if "scale" in band.coords:
        values = values * float(band.coords["scale"]) + float(band.coords["offset"])
    return values


def ndvi(cube: xarray.DataArray) -> xarray.DataArray:
    """The normalised difference vegetation index from the bands nearest 860 nm and 660 nm."""
    index = normalized_difference(cube, NIR_NM, RED_NM)
    index.name = "ndvi"
    index.attrs["long_name"] = "NDVI"
    return index


def _axes(ax: Axes | None) -> Axes:
    try:
        import matplotlib.pyplot as plt
    except ImportError:
        raise ImportError("plots need matplotlib: pip install 'pixxel-client[plot]'") from None
    if ax is not None:
        return ax
    _, new = plt.subplots(figsize=(6, 6))
    return new


def plot_composite(
    cube: xarray.DataArray,
    wavelengths: Sequence[float] = TRUE_COLOUR,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    time: int = 0,
) -> Axes:
    """Draw :func:`composite` of ``cube`` on ``ax`` (a new figure without it)."""
    ax = _axes(ax)
    rgb = composite(cube, wavelengths, time=time)
    rgb.plot.imshow(ax=ax, rgb="rgb")
    ax.set_aspect("equal")
    picked = ", ".join(f"{w:.0f}" for w in wavelengths)
    ax.set_title(title or f"composite of {picked} nm")
    return ax


def plot_index(
    index: xarray.DataArray,
    *,
    ax: Axes | None = None,
    cmap: str = "RdYlGn",
    vmin: float = -1.0,
    vmax: float = 1.0,
    title: str | None = None,
    time: int = 0,
) -> Axes:
    """Draw a spectral index (e.g. :func:`ndvi`) as a map with a colour bar."""
    ax = _axes(ax)
    frame = index.isel(time=time) if "time" in index.dims else index
    frame.plot.imshow(ax=ax, cmap=cmap, vmin=vmin, vmax=vmax)
    ax.set_aspect("equal")
    ax.set_title(title or str(index.attrs.get("long_name") or index.name or "index"))
    return ax


QUICKLOOKS = ("true-colour", "false-colour", "ndvi")


def _wavelength_bands(bands: list[Band], wanted: Iterable[float]) -> list[str]:
    with_wavelength = [b for b in bands if math.isfinite(b.wavelength_nm)]
    if not with_wavelength:
        raise ValueError("the items' bands have no centre wavelengths to pick a composite by")
    return list(
        dict.fromkeys(
            min(with_wavelength, key=lambda b: abs(b.wavelength_nm - w)).name for w in wanted
        )
    )


def plot_items(
    items: Iterable[Any],
    kind: str = "true-colour",
    *,
    ax: Axes | None = None,
    **load: Any,
) -> Axes:
    """Load only the bands a quick look needs and draw it: ``"true-colour"``,
    ``"false-colour"`` or ``"ndvi"``. ``load`` goes to :func:`to_xarray` (``resolution``,
    ``bbox``, ``client``...)."""
    from ._xarray import _sources, to_xarray

    if kind not in QUICKLOOKS:
        raise ValueError(f"kind must be one of {', '.join(QUICKLOOKS)}; got {kind!r}")
    items = list(items)
    table = band_table(data for data, _ in _sources(items))
    wanted = {"true-colour": TRUE_COLOUR, "false-colour": FALSE_COLOUR, "ndvi": (RED_NM, NIR_NM)}
    cube = to_xarray(items, bands=_wavelength_bands(table, wanted[kind]), **load)
    if kind == "ndvi":
        return plot_index(ndvi(cube), ax=ax)
    return plot_composite(
        cube, FALSE_COLOUR if kind == "false-colour" else TRUE_COLOUR, ax=ax, title=kind
    )
