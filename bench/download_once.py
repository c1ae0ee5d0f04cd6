"""One download through pixxel's downloader, in a fresh process: prints seconds and peak RSS."""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

import httpx

import pixxel
from pixxel._runtime._download import download_file


def peak_rss_bytes() -> int:
    # VmHWM belongs to this program's memory map; ru_maxrss can carry over the peak of the parent
    # that forked us (it read 392 MB after the parse benchmark had run in the parent).
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


url, destination = sys.argv[1], sys.argv[2]
# The client's own pool, as `download_to` uses it: a pool the SDK created (no user settings) may
# take the faster stdlib path; a user's `http_client` would go through httpx instead.
with pixxel.Pixxel(api_key="bench-key-not-used-by-storage") as client:
    started = time.perf_counter()
    download_file(client.http, lambda: httpx.Request("GET", url), destination)
    elapsed = time.perf_counter() - started
print(elapsed, peak_rss_bytes())
