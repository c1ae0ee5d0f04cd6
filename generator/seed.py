"""The list of documented operations, read from the seed document's navigation."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_OPERATION = re.compile(r"(.+?)(GET|POST|PUT|PATCH|DEL)(?=[A-Z]|$)")


@dataclass(frozen=True)
class SeedOperation:
    group: str
    title: str
    method: str


def read_seed(path: Path) -> list[SeedOperation]:
    """The operations listed under "Pixxel API" in the seed's navigation (first listing only).

    Each navigation line is either a group name or a run of ``<title><METHOD>`` pairs.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise ValueError(
            f"{path}: seed document not found (the repository keeps it in "
            "spec/operations-seed.txt; PIXXEL_SEED points elsewhere)"
        ) from None
    try:
        start = lines.index("Pixxel API") + 1
    except ValueError:
        raise ValueError(f"{path}: no 'Pixxel API' navigation found") from None
    operations: list[SeedOperation] = []
    group = ""
    for line in lines[start:]:
        if line == "Pixxel":  # the navigation repeats from here
            break
        pairs = _OPERATION.findall(line)
        if not pairs:
            group = line.strip()
            continue
        for title, method in pairs:
            operations.append(
                SeedOperation(group, title.strip(), "DELETE" if method == "DEL" else method)
            )
    return operations
