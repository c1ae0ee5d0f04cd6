"""How STAC items and search results show in Jupyter: a table and the footprints (``_repr_html_``).

Plain HTML and an inline SVG drawing of the footprints: no extra needed, nothing fetched.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from html import escape
from typing import Any

__all__ = ["items_html"]

_COLUMNS = (
    ("id", "id"),
    ("datetime", "date"),
    ("collection", "collection"),
    ("eo:cloud_cover", "cloud %"),
    ("gsd", "gsd (m)"),
    ("bands", "bands"),
)
MAX_ROWS = 50
_SVG_SIZE = 160


def _value(feature: Mapping[str, Any], key: str) -> str:
    properties = feature.get("properties") or {}
    if key == "bands":
        from ._bands import band_table

        return str(len(band_table([feature]))) if feature.get("assets") else ""
    value = feature.get(key, properties.get(key))
    if key == "datetime" and not value:
        value = properties.get("startdatetime") or properties.get("start_datetime")
    return "" if value is None else escape(str(value))


def _rings(geometry: Any) -> list[list[tuple[float, float]]]:
    if not isinstance(geometry, Mapping):
        return []
    kind = geometry.get("type")
    coordinates: Any = geometry.get("coordinates")
    try:
        if kind == "Polygon":
            return [[(float(x), float(y)) for x, y, *_ in coordinates[0]]]
        if kind == "MultiPolygon":
            return [[(float(x), float(y)) for x, y, *_ in polygon[0]] for polygon in coordinates]
    except (TypeError, ValueError, IndexError):
        return []  # a placeholder or malformed geometry: nothing to draw
    return []


def footprints_svg(features: Iterable[Mapping[str, Any]]) -> str:
    """The footprints, lon/lat scaled into a small square, north up."""
    rings = [ring for f in features for ring in _rings(f.get("geometry")) if len(ring) > 2]
    if not rings:
        return ""
    xs = [x for ring in rings for x, _ in ring]
    ys = [y for ring in rings for _, y in ring]
    west, east, south, north = min(xs), max(xs), min(ys), max(ys)
    span = max(east - west, north - south) or 1.0
    size = _SVG_SIZE - 10

    def point(x: float, y: float) -> str:
        return f"{5 + (x - west) / span * size:.1f},{5 + (north - y) / span * size:.1f}"

    shapes = "".join(
        f'<polygon points="{" ".join(point(x, y) for x, y in ring)}" '
        'fill="#3b82f6" fill-opacity="0.2" stroke="#1d4ed8" stroke-width="1"/>'
        for ring in rings
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_SVG_SIZE}" height="{_SVG_SIZE}" '
        f'role="img" aria-label="footprints"><title>footprints: lon {west:.3f} to {east:.3f}, '
        f"lat {south:.3f} to {north:.3f}</title>{shapes}</svg>"
    )


def items_html(features: Sequence[Mapping[str, Any]], title: str) -> str:
    """A table of ``features`` (at most ``MAX_ROWS`` rows) next to their footprints."""
    head = "".join(f"<th>{escape(label)}</th>" for _, label in _COLUMNS)
    rows = "".join(
        "<tr>" + "".join(f"<td>{_value(f, key)}</td>" for key, _ in _COLUMNS) + "</tr>"
        for f in features[:MAX_ROWS]
    )
    more = len(features) - MAX_ROWS
    note = f"<p>... and {more} more</p>" if more > 0 else ""
    return (
        f'<div class="pixxel-items"><strong>{escape(title)}</strong>'
        '<div style="display:flex;gap:1em;align-items:flex-start">'
        f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
        f"{footprints_svg(features)}</div>{note}</div>"
    )
