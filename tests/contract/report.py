"""The per-operation results of the contract run, and the table printed at its end."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

__all__ = ["ROWS", "Row", "table"]


@dataclass
class Row:
    """What the calls of one operation gave."""

    operation_id: str
    calls: int = 0
    request_violations: int = 0
    response_failures: int = 0
    reasons: Counter[str] = field(default_factory=Counter)

    def fail(self, kind: str, reason: str) -> None:
        self.reasons[f"{kind}: {reason}"] += 1

    @property
    def ok(self) -> bool:
        return self.calls > 0 and not self.request_violations and not self.response_failures


ROWS: dict[str, Row] = {}


def table(rows: list[Row], reasons_per_row: int = 3) -> str:
    """One line per operation, then the most frequent reasons of each failing one."""
    width = max([len("operation"), *(len(r.operation_id) for r in rows)])
    lines = [
        f"{'operation':<{width}}  {'calls':>5}  {'request violations':>18}  {'response failures':>17}",
    ]
    for row in sorted(rows, key=lambda r: r.operation_id):
        lines.append(
            f"{row.operation_id:<{width}}  {row.calls:>5}  {row.request_violations:>18}  "
            f"{row.response_failures:>17}"
        )
    passed = sum(r.ok for r in rows)
    lines.append(f"{passed}/{len(rows)} operations passed every call")
    for row in sorted(rows, key=lambda r: r.operation_id):
        for reason, count in row.reasons.most_common(reasons_per_row):
            lines.append(f"  {row.operation_id} x{count}: {reason}")
    return "\n".join(lines)
