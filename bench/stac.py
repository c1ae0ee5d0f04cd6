"""A realistic large response: a STAC item collection of many items (archive search)."""

from __future__ import annotations

import json
import random
from typing import Any


def item(n: int, rng: random.Random) -> dict[str, Any]:
    lon, lat = rng.uniform(-180, 179), rng.uniform(-80, 79)
    ring = [[lon, lat], [lon + 0.5, lat], [lon + 0.5, lat + 0.5], [lon, lat + 0.5], [lon, lat]]
    return {
        "type": "Feature",
        "stac_version": "1.0.0",
        "stac_extensions": [
            "https://stac-extensions.github.io/eo/v1.0.0/schema.json",
            "https://stac-extensions.github.io/projection/v1.0.0/schema.json",
            "https://stac-extensions.github.io/view/v1.0.0/schema.json",
        ],
        "id": f"TD2_{n:06d}_20240405_L2A_20240406_01001067",
        "collection": "pixxel-td-l2a",
        "bbox": [lon, lat, lon + 0.5, lat + 0.5],
        "geometry": {"type": "Polygon", "coordinates": [ring]},
        "properties": {
            "datetime": "2024-04-05T06:50:20.056549Z",
            "created": "2024-04-06T10:00:00Z",
            "updated": "2024-04-06T10:00:00Z",
            "platform": "TD2",
            "constellation": "Pixxel",
            "instruments": ["VNIR"],
            "gsd": 5.0,
            "eo:cloud_cover": round(rng.uniform(0, 100), 2),
            "proj:epsg": 32643,
            "proj:shape": [5000, 5000],
            "proj:transform": [5.0, 0.0, 500000.0, 0.0, -5.0, 1000000.0],
            "view:off_nadir": round(rng.uniform(0, 30), 2),
            "view:sun_azimuth": round(rng.uniform(0, 360), 2),
            "view:sun_elevation": round(rng.uniform(0, 90), 2),
            "rd:product_level": "L2A",
            "rd:type": "Reflectance",
            "rd:sat_id": "TD2",
            "rd:anomalous_pixels": 0.01,
            "rd:earth_sun_distance": 1.0,
            "raster:bands": [
                {
                    "name": f"B{b:03d}",
                    "center_wavelength": 470 + b * 2.5,
                    "scale": 2e-05,
                    "offset": 0.0,
                }
                for b in range(150)
            ],
        },
        "assets": {
            "cube": {
                "href": f"https://storage.example.com/td2/{n}/cube.tif",
                "type": "image/tiff; application=geotiff; profile=cloud-optimized",
                "roles": ["data"],
            },
            "thumbnail": {
                "href": f"https://storage.example.com/td2/{n}/thumb.png",
                "type": "image/png",
                "roles": ["thumbnail"],
            },
        },
        "links": [
            {
                "href": f"https://api.pixxel.space/v0/archives/collections/pixxel-td-l2a/items/{n}",
                "rel": "self",
            }
        ],
    }


def collection(count: int = 2000, seed: int = 7) -> bytes:
    rng = random.Random(seed)
    return json.dumps(
        {"type": "FeatureCollection", "features": [item(n, rng) for n in range(count)]}
    ).encode()
