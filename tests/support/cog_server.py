"""Real parts for the cube tests and the cube benchmark: COGs written with rasterio, and a local
HTTP server on 127.0.0.1 that hands them out through signed, expiring links (with HTTP Range and
multi-range support) and answers the API call that gives fresh links (``getCollectionItem``).

A link is ``/files/<name>?expires=<unix time>&sig=<hmac>``; after ``expires``, or with a wrong
signature, the server answers 403 as a storage host does. ``GET
/v0/archives/collections/<cid>/items/<id>`` (with the API key) returns the item with links
signed anew, valid for ``ttl`` seconds.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import numpy as np

API_KEY = "fake-cube-api-key-0123456789"
_SECRET = b"fake-signing-secret"
CRS = "EPSG:32643"
PIXEL = 30.0
ORIGIN = (500_000.0, 1_450_020.0)  # west, north of the first tile (UTM 43N, near Bengaluru)


@dataclass
class Scene:
    """A STAC item of the test archive and the file(s) behind it."""

    item_id: str
    date: str
    files: dict[str, str]  # asset key -> file name
    item: dict[str, Any]


@dataclass
class CogServer:
    root: Path
    ttl: float = 3600.0
    scenes: dict[str, Scene] = field(default_factory=dict)
    refreshes: int = 0
    bytes_served: int = 0
    paths_seen: list[str] = field(default_factory=list)
    url: str = ""
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def sign(self, name: str, ttl: float | None = None) -> str:
        expires = int(time.time() + (self.ttl if ttl is None else ttl))
        return f"{self.url}/files/{name}?expires={expires}&sig={_signature(name, expires)}"

    def item(self, item_id: str, ttl: float | None = None) -> dict[str, Any]:
        """The item as the API gives it now: every asset link freshly signed."""
        scene = self.scenes[item_id]
        data: dict[str, Any] = json.loads(json.dumps(scene.item))
        for key, name in scene.files.items():
            data["assets"][key]["href"] = self.sign(name, ttl)
        return data

    def reset_counters(self) -> None:
        with self._lock:
            self.refreshes = 0
            self.bytes_served = 0
            self.paths_seen.clear()


def _signature(name: str, expires: int) -> str:
    return hmac.new(_SECRET, f"{name}:{expires}".encode(), hashlib.sha256).hexdigest()[:32]


_RANGE = re.compile(r"(\d*)-(\d*)")


def _ranges(header: str, size: int) -> list[tuple[int, int]]:
    spans = []
    for part in header.removeprefix("bytes=").split(","):
        match = _RANGE.fullmatch(part.strip())
        if not match:
            continue
        first, last = match.groups()
        if first == "":
            start, end = max(size - int(last), 0), size - 1
        else:
            start, end = int(first), min(int(last) if last else size - 1, size - 1)
        if start <= end:
            spans.append((start, end))
    return spans


def _handler(server: CogServer) -> type[BaseHTTPRequestHandler]:
    item_path = re.compile(r"/v0/archives/collections/([^/]+)/items/([^/]+)")

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body leave at once, no delayed-ACK stalls

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            buffer: list[bytes] = self._headers_buffer  # type: ignore[attr-defined]
            buffer.append(b"\r\n")
            if self.command != "HEAD":
                buffer.append(body)  # one write: headers and body together
            self.flush_headers()

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length) or b"{}")
            if urlsplit(self.path).path != "/v0/archives/search":
                return self._send(404, b"not found")
            if self.headers.get("Authorization") != API_KEY:
                return self._send(
                    401, b'{"message": "bad key"}', {"Content-Type": "application/json"}
                )
            offset, limit = int(body.get("offset") or 0), int(body.get("limit") or 100)
            ids = sorted(server.scenes)[offset : offset + limit]
            page = {"type": "FeatureCollection", "features": [server.item(i) for i in ids]}
            self._send(200, json.dumps(page).encode(), {"Content-Type": "application/json"})

        def do_HEAD(self) -> None:
            self.do_GET()

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            with server._lock:
                server.paths_seen.append(self.path)
            found = item_path.fullmatch(parts.path)
            if found:
                return self._api_item(found.group(2))
            if parts.path.startswith("/files/"):
                return self._file(parts.path.removeprefix("/files/"), parse_qs(parts.query))
            self._send(404, b"not found")

        def _api_item(self, item_id: str) -> None:
            if self.headers.get("Authorization") != API_KEY:
                return self._send(
                    401, b'{"message": "bad key"}', {"Content-Type": "application/json"}
                )
            if item_id not in server.scenes:
                return self._send(
                    404, b'{"message": "no such item"}', {"Content-Type": "application/json"}
                )
            with server._lock:
                server.refreshes += 1
            body = json.dumps(server.item(item_id)).encode()
            self._send(200, body, {"Content-Type": "application/json"})

        def _file(self, name: str, query: dict[str, list[str]]) -> None:
            try:
                expires = int(query["expires"][0])
                good = hmac.compare_digest(query["sig"][0], _signature(name, expires))
            except (KeyError, ValueError, IndexError):
                good, expires = False, 0
            if not good or time.time() > expires:
                return self._send(
                    403, b"<Error><Code>AccessDenied</Code>Request has expired</Error>"
                )
            path = server.root / name
            if not path.is_file():
                return self._send(404, b"no such file")
            size = path.stat().st_size
            wanted = self.headers.get("Range")
            spans = _ranges(wanted, size) if wanted else []
            with path.open("rb") as file:

                def span(start: int, end: int) -> bytes:
                    file.seek(start)
                    return file.read(end + 1 - start)

                return self._ranges(file, size, spans, span)

        def _ranges(self, file: Any, size: int, spans: list[tuple[int, int]], span: Any) -> None:
            if not spans:
                if self.command == "HEAD":
                    body = b""
                    self.send_response(200)
                    self.send_header("Content-Length", str(size))
                    self.send_header("Accept-Ranges", "bytes")
                    self.end_headers()
                    return
                body, status, headers = file.read(), 200, {"Content-Type": "image/tiff"}
            elif len(spans) == 1:
                start, end = spans[0]
                body, status = span(start, end), 206
                headers = {
                    "Content-Type": "image/tiff",
                    "Content-Range": f"bytes {start}-{end}/{size}",
                }
            else:
                boundary = "pixxelcubeboundary"
                chunks = []
                for start, end in spans:
                    chunks.append(
                        f"\r\n--{boundary}\r\nContent-Type: image/tiff\r\n"
                        f"Content-Range: bytes {start}-{end}/{size}\r\n\r\n".encode()
                        + span(start, end)
                    )
                body = b"".join(chunks) + f"\r\n--{boundary}--\r\n".encode()
                status = 206
                headers = {"Content-Type": f"multipart/byteranges; boundary={boundary}"}
            headers["Accept-Ranges"] = "bytes"
            if self.command != "HEAD":
                with server._lock:
                    server.bytes_served += len(body)
            self._send(status, body, headers)

    return Handler


@contextmanager
def serve(root: Path, ttl: float = 3600.0) -> Iterator[CogServer]:
    """Serve the files in ``root`` on 127.0.0.1 (a free port) until the block ends."""
    state = CogServer(root=root, ttl=ttl)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    httpd.daemon_threads = True
    state.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()


# --- the files -------------------------------------------------------------------------------


def wavelengths_um(count: int) -> list[float]:
    """Centre wavelengths of a ``count``-band hyperspectral cube, 400-1000 nm, in micrometres."""
    return [round(0.4 + 0.6 * i / (count - 1), 6) for i in range(count)]


def write_cog(
    path: Path, data: np.ndarray, west: float, north: float, nodata: float | None, block: int = 128
) -> None:
    """A cloud-optimised GeoTIFF: tiled, header first, band-interleaved (each tile holds one band,
    so reading some bands of a 100-band cube fetches only theirs)."""
    import rasterio
    import rasterio.shutil
    from rasterio.transform import from_origin

    bands, height, width = data.shape
    profile = {
        "width": width,
        "height": height,
        "count": bands,
        "dtype": data.dtype.name,
        "crs": CRS,
        "transform": from_origin(west, north, PIXEL, PIXEL),
        "nodata": nodata,
    }
    with rasterio.MemoryFile() as memory:
        with memory.open(driver="GTiff", **profile) as staging:
            staging.write(data)
        with memory.open() as staging:
            rasterio.shutil.copy(
                staging,
                path,
                driver="GTiff",
                tiled=True,
                blockxsize=block,
                blockysize=block,
                interleave="band",
                compress="deflate",
                copy_src_overviews=True,
            )


def _item(
    item_id: str,
    date: str,
    west: float,
    north: float,
    shape: tuple[int, int],
    assets: dict[str, Any],
) -> dict[str, Any]:
    from pyproj import Transformer

    height, width = shape
    east, south = west + width * PIXEL, north - height * PIXEL
    to_lonlat = Transformer.from_crs(CRS, "EPSG:4326", always_xy=True)
    corners = [
        to_lonlat.transform(x, y)
        for x, y in ((west, south), (east, south), (east, north), (west, north))
    ]
    ring = [[round(x, 7), round(y, 7)] for x, y in [*corners, corners[0]]]
    lons, lats = [p[0] for p in ring], [p[1] for p in ring]
    return {
        "type": "Feature",
        "stac_version": "1.0.0",
        "stac_extensions": [
            "https://stac-extensions.github.io/eo/v1.1.0/schema.json",
            "https://stac-extensions.github.io/raster/v1.1.0/schema.json",
            "https://stac-extensions.github.io/projection/v1.1.0/schema.json",
        ],
        "id": item_id,
        "collection": "pixxel-test-l2a",
        "bbox": [min(lons), min(lats), max(lons), max(lats)],
        "geometry": {"type": "Polygon", "coordinates": [ring]},
        "properties": {
            "datetime": f"{date}T05:30:00Z",
            "eo:cloud_cover": 3.5,
            "gsd": PIXEL,
            "proj:epsg": int(CRS.split(":")[1]),
            "proj:shape": [height, width],
            "proj:transform": [PIXEL, 0.0, west, 0.0, -PIXEL, north, 0.0, 0.0, 1.0],
        },
        "assets": assets,
        "links": [],
    }


def landscape(waves: np.ndarray, shape: tuple[int, int], seed: int) -> np.ndarray:
    """Reflectance x 10000 (uint16) of fields, bare soil and a river, with a little noise: a
    scene whose composites and NDVI show something."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0 : shape[0], 0 : shape[1]].astype("float64")
    vegetation = np.sin(x / 18.0) * np.cos(y / 23.0) > 0.15
    water = np.abs(y - shape[0] * 0.6 - 18 * np.sin(x / 30.0)) < 7
    spectra = {
        "vegetation": 0.04
        + 0.04 * np.exp(-(((waves - 0.55) / 0.03) ** 2))
        + 0.42 / (1 + np.exp(-(waves - 0.715) / 0.015)),
        "soil": 0.12 + 0.22 * (waves - 0.4),
        "water": 0.07 * np.exp(-(waves - 0.4) / 0.12),
    }
    cover = np.where(water, 2, np.where(vegetation, 0, 1))
    table = np.stack([spectra["vegetation"], spectra["soil"], spectra["water"]])  # (3, bands)
    cube = table[cover].transpose(2, 0, 1)  # (bands, y, x)
    cube = cube * (1 + 0.04 * rng.standard_normal(cube.shape))
    return np.clip(cube * 10_000, 1, 65_535).astype(np.uint16)


def hyperspectral_scene(
    root: Path,
    item_id: str,
    date: str,
    *,
    bands: int,
    shape: tuple[int, int],
    west: float,
    north: float,
    seed: int,
    nodata: int = 0,
) -> Scene:
    """A ``bands``-band cube in one COG (uint16 reflectance x 10000), with eo:bands names and
    wavelengths, raster:bands nodata/scale/offset, and a nodata corner."""
    data = landscape(np.array(wavelengths_um(bands)), shape, seed)
    data[:, :5, :7] = nodata
    name = f"{item_id}_cube.tif"
    write_cog(root / name, data, west, north, nodata)
    waves = wavelengths_um(bands)
    asset = {
        "href": name,
        "type": "image/tiff; application=geotiff; profile=cloud-optimized",
        "roles": ["data"],
        "eo:bands": [
            {"name": f"B{i + 1:03d}", "center_wavelength": w, "full_width_half_max": 0.0105}
            for i, w in enumerate(waves)
        ],
        "raster:bands": [
            {"nodata": nodata, "data_type": "uint16", "scale": 0.0001, "offset": 0.0} for _ in waves
        ],
    }
    item = _item(item_id, date, west, north, shape, {"cube": asset})
    return Scene(item_id, date, {"cube": name}, item)


def multispectral_scene(
    root: Path,
    item_id: str,
    date: str,
    *,
    shape: tuple[int, int],
    west: float,
    north: float,
    seed: int,
) -> Scene:
    """Four single-band COGs (blue, green, red, nir), one asset each."""
    rng = np.random.default_rng(seed)
    named = (("blue", 0.49), ("green", 0.56), ("red", 0.665), ("nir", 0.842))
    assets, files = {}, {}
    for key, wave in named:
        name = f"{item_id}_{key}.tif"
        write_cog(
            root / name, rng.integers(1, 10_000, size=(1, *shape), dtype=np.uint16), west, north, 0
        )
        files[key] = name
        assets[key] = {
            "href": name,
            "type": "image/tiff; application=geotiff; profile=cloud-optimized",
            "roles": ["data"],
            "eo:bands": [{"name": key, "common_name": key, "center_wavelength": wave}],
            "raster:bands": [{"nodata": 0, "scale": 0.0001, "offset": 0.0}],
        }
    item = _item(item_id, date, west, north, shape, assets)
    return Scene(item_id, date, files, item)


def main(argv: list[str]) -> None:
    """``python -m tests.support.cog_server <folder>``: serve ``folder`` in this process (the
    benchmark runs the server apart from the client, so they do not share one interpreter lock);
    prints the base URL, then serves until killed."""
    import sys

    with serve(Path(argv[0])) as server:
        print(server.url, flush=True)
        sys.stdin.read()  # until the parent closes our stdin (or kills us)


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
