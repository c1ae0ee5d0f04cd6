"""One bulk download in a fresh process: prints a JSON line (seconds, peak RSS, statuses).

``python -m bench.bulk_once BASE OUT COUNT WORKERS MODE``: MODE ``urls`` downloads plain links
(as curl gets them), ``items`` STAC items whose links expire and are refreshed through the API.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter

import pixxel
from bench.memory import peak_rss_bytes


def main() -> None:
    base, out, count, workers, mode = sys.argv[1:6]
    minted = f"{time.time():.3f}"
    links = [f"{base}/files/{n}/scene-{n}.bin?token={minted}" for n in range(int(count))]
    items: list[object]
    if mode == "items":
        items = [
            {
                "type": "Feature",
                "id": f"scene-{n}",
                "collection": "bench",
                "assets": {"data": {"href": link, "roles": ["data"]}},
            }
            for n, link in enumerate(links)
        ]
    else:
        items = list(links)
    with pixxel.Pixxel(api_key="bench-key-not-used-by-storage", base_url=base) as client:
        started = time.perf_counter()
        result = client.download(
            items, out, max_concurrency=int(workers), progress=False, layout="{name}"
        )
        elapsed = time.perf_counter() - started
    report = {
        "seconds": elapsed,
        "peak_rss": peak_rss_bytes(),
        "statuses": dict(Counter(f.status for f in result)),
        "bytes": result.bytes_downloaded,
        "refreshed": sum(f.download.refreshed for f in result if f.download is not None),
        "resumed": sum(1 for f in result if f.download is not None and f.download.resumed),
        "failures": [f"{f.label}: {f.error}" for f in result.failed][:5],
    }
    print(json.dumps(report))


if __name__ == "__main__":
    main()
