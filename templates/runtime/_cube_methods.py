"""``to_xarray()``, ``plot()`` and ``_repr_html_`` on STAC models, pages and paginators.

Only names here: the work (odc-stac, xarray, matplotlib) is imported by the first call, so
``import pixxel`` and the first request stay as light as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import xarray
    from matplotlib.axes import Axes

__all__ = ["CubeMethods", "HtmlItems"]


class CubeMethods:
    """Load these STAC items as a cube, or draw a quick look of them."""

    __slots__ = ()

    def to_xarray(self, **options: Any) -> xarray.DataArray:
        """These items as a lazy ``(time, band, y, x)`` cube; see :func:`pixxel.to_xarray` for
        the options. Needs the ``xarray`` extra."""
        from ._xarray import to_xarray

        return to_xarray([self], **options)

    def plot(self, kind: str = "true-colour", *, ax: Axes | None = None, **load: Any) -> Axes:
        """A quick look: ``"true-colour"``, ``"false-colour"`` (bands picked by wavelength) or
        ``"ndvi"``; only those bands are read. ``load`` goes to ``to_xarray`` (e.g.
        ``resolution=``, ``bbox=``, ``client=``). Needs the ``xarray`` and ``plot`` extras."""
        from ._quicklook import plot_items

        return plot_items([self], kind, ax=ax, **load)


class HtmlItems:
    """A table of the items and their footprints in Jupyter."""

    __slots__ = ()

    def _repr_html_(self) -> str:
        from ._html import items_html
        from ._stac import _features

        return items_html(_features([self]), type(self).__name__)
