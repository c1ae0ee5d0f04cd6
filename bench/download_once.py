"""One download through pixxel's downloader, in a fresh process: prints seconds and peak RSS."""

from __future__ import annotations

import resource
import sys
import time

import httpx

from pixxel._runtime._download import download_file

url, destination = sys.argv[1], sys.argv[2]
with httpx.Client() as http:
    started = time.perf_counter()
    download_file(http, lambda: httpx.Request("GET", url), destination)
    elapsed = time.perf_counter() - started
print(elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
