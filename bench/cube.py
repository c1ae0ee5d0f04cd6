"""A 100-band cube window through ``to_xarray()`` vs rasterio reading the same window directly.

Both sides read a band-interleaved COG of 100 bands over HTTP from a loopback server with signed
links (tests/support/cog_server.py, in a process of its own), with the same GDAL settings; each
round signs fresh links, so neither side finds the file in GDAL's cache. ``to_xarray()`` pays for everything a user pays:
parsing the item, building the Dask graph, reading, stacking. The window is several chunks wide.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BANDS = 100
SHAPE = (1024, 1024)
WINDOW = (slice(256, 768), slice(256, 768))  # 512 x 512 pixels, 4 chunks of 256 x 256 per band


def bench_cube(rounds: int = 7) -> dict[str, float]:
    import numpy as np
    import rasterio
    from rasterio.windows import Window

    from pixxel import models
    from pixxel._runtime._signed_links import GDAL_REMOTE_DEFAULTS
    from tests.support import cog_server as cs

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        scene = cs.hyperspectral_scene(
            root,
            "bench",
            "2024-03-01",
            bands=BANDS,
            shape=SHAPE,
            west=cs.ORIGIN[0],
            north=cs.ORIGIN[1],
            seed=11,
        )
        with subprocess.Popen(
            [sys.executable, "-m", "tests.support.cog_server", str(root)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        ) as process:
            assert process.stdout is not None and process.stdin is not None
            server = cs.CogServer(root=root, url=process.stdout.readline().strip())
            server.scenes[scene.item_id] = scene
            ys, xs = WINDOW
            window = Window(xs.start, ys.start, xs.stop - xs.start, ys.stop - ys.start)

            def direct(nonce: int) -> tuple[float, Any]:
                started = time.perf_counter()
                url = server.sign(scene.files["cube"], ttl=3600 + nonce)
                with rasterio.Env(**GDAL_REMOTE_DEFAULTS), rasterio.open(url) as src:
                    values = src.read(window=window)
                return time.perf_counter() - started, values

            def cube(nonce: int) -> tuple[float, Any]:
                started = time.perf_counter()
                item = models.StacItem.model_validate(server.item("bench", ttl=3600 + nonce))
                loaded = item.to_xarray(chunks={"x": 256, "y": 256})
                values = loaded.isel(time=0, y=ys, x=xs).values
                return time.perf_counter() - started, values

            cube(0)  # imports (odc-stac, dask) are paid once per process, not per cube
            a, b = [], []
            for n in range(1, rounds + 1):
                seconds, want = direct(2 * n)
                a.append(seconds)
                seconds, got = cube(2 * n + 1)
                b.append(seconds)
                assert np.array_equal(got, want)  # the same pixels, or the timing means nothing
            process.stdin.close()
    ratios = sorted(y / x for x, y in zip(a, b, strict=True))
    return {
        "rasterio window read, median (s)": statistics.median(a),
        "to_xarray() window, median (s)": statistics.median(b),
        "ratio": statistics.median(b) / statistics.median(a),
        "ratio, lowest round": ratios[0],
        "ratio, highest round": ratios[-1],
        "rounds": float(rounds),
    }


if __name__ == "__main__":
    import json

    print(json.dumps(bench_cube(), indent=2))
