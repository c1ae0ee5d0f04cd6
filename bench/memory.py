"""Peak memory of the running benchmark process."""

from __future__ import annotations

import resource
from pathlib import Path


def peak_rss_bytes() -> int:
    # VmHWM belongs to this program's memory map; ru_maxrss can carry over the peak of the parent
    # that forked us (it read 392 MB after the parse benchmark had run in the parent).
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
