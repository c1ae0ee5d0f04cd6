"""The cube and plotting code costs nothing until it is used: not at `import pixxel`, not at the
first call, not when a STAC item shows itself in Jupyter."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from pytest_httpserver import HTTPServer

from ..support.paths import ROOT

HEAVY = ("numpy", "xarray", "dask", "odc", "rasterio", "matplotlib", "pystac")

PROBE = """
import json, sys
import pixxel
client = pixxel.Pixxel(api_key="k", base_url=sys.argv[1], max_retries=0)
item = client.archives.get_item("c", "i")
item._repr_html_()
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules} & set(sys.argv[2:]))))
"""


@pytest.mark.block_network(allowed_hosts=["127.0.0.1", "localhost"])
def test_first_call_and_html_load_no_array_or_plot_library(httpserver: HTTPServer) -> None:
    ring = [[77.5, 12.9], [77.6, 12.9], [77.6, 13.0], [77.5, 12.9]]
    httpserver.expect_request("/v0/archives/collections/c/items/i").respond_with_json(
        {"id": "i", "collection": "c", "geometry": {"type": "Polygon", "coordinates": [ring]}}
    )
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'generated'}{os.pathsep}{ROOT}"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, httpserver.url_for("/"), *HEAVY],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []


def test_to_xarray_without_the_extra_says_which_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    from pixxel._runtime import _xarray

    monkeypatch.setitem(sys.modules, "odc.stac", None)  # as if odc-stac were not installed
    with pytest.raises(ImportError, match=r"pip install 'pixxel-client\[xarray\]'"):
        _xarray.to_xarray([{"id": "x"}])
