"""The same cube on a dask.distributed LocalCluster of two worker processes."""

from __future__ import annotations

from .conftest import require_extras

require_extras()  # before the imports that need them

import time
from collections.abc import Iterator

import numpy as np
import pytest
import rasterio

import pixxel
from tests.support import cog_server as cs

distributed = pytest.importorskip(
    "distributed", reason="the cluster test needs dask.distributed (not in the [xarray] extra)"
)

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])


@pytest.fixture(scope="module")
def cluster() -> Iterator[object]:
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=2,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        ) as local,
        distributed.Client(local) as dask_client,
    ):
        yield dask_client


def test_cube_computes_on_two_worker_processes_with_links_refreshed_there(
    archive: cs.CogServer, pixxel_client: pixxel.Pixxel, cluster: object
) -> None:
    archive.ttl = 3.0
    try:
        item = pixxel_client.archives.get_item("pixxel-test-l2a", "hs-0301")
        cube = item.to_xarray(client=pixxel_client, chunks={"x": 128, "y": 128})
        part = cube.sel(wavelength=slice(600, 900))
        time.sleep(3.5)  # the links in the graph have expired before any worker reads them
        archive.reset_counters()
        got = part.compute().values  # the default scheduler is now the cluster's client
        # each worker process fetched fresh links for itself (again if they expired meanwhile)
        assert archive.refreshes >= 1
    finally:
        archive.ttl = 3600.0
    workers = cluster.run(lambda: __import__("os").getpid())  # type: ignore[attr-defined]
    assert len(set(workers.values())) == 2
    indices = [int(name[1:]) for name in part.band.values]
    with rasterio.open(archive.root / archive.scenes["hs-0301"].files["cube"]) as src:
        for y0 in (0, 128):
            for x0 in (0, 128):
                window = rasterio.windows.Window(x0, y0, 128, 128).intersection(
                    rasterio.windows.Window(0, 0, src.width, src.height)
                )
                want = src.read(indices, window=window)
                np.testing.assert_array_equal(
                    got[0, :, y0 : y0 + window.height, x0 : x0 + window.width], want
                )
