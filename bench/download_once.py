"""One download through pixxel's downloader, in a fresh process: prints seconds and peak RSS."""

from __future__ import annotations

import sys
import time

import httpx

import pixxel
from bench.memory import peak_rss_bytes
from pixxel._runtime._download import download_file

url, destination = sys.argv[1], sys.argv[2]
# The client's own pool, as `download_to` uses it: a pool the SDK created (no user settings) may
# take the faster stdlib path; a user's `http_client` would go through httpx instead.
with pixxel.Pixxel(api_key="bench-key-not-used-by-storage") as client:
    started = time.perf_counter()
    download_file(client.http, lambda: httpx.Request("GET", url), destination)
    elapsed = time.perf_counter() - started
print(elapsed, peak_rss_bytes())
