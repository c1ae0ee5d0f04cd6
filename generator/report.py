"""``make spec-report``: for every documented operation, is it in the spec, generated, tested?"""

from __future__ import annotations

from pathlib import Path

from .notes import print_notes
from .operations import build_views
from .seed import read_seed
from .settings import GENERATED, PACKAGE, ROOT, SEED
from .spec import load

CASSETTES = ROOT / "tests" / "cassettes"


def report(
    spec_root: Path, seed_path: Path = SEED, generated: Path = GENERATED, *, notes: bool = False
) -> int:
    """Print the table; exit 1 when any documented operation is missing anywhere.

    With ``notes``, the spec's ``x-pixxel-notes`` follow the table (the exit code is the table's).
    """
    seed = read_seed(seed_path)
    bundle = load(spec_root)
    by_title = {
        (view.tag, view.extensions.get("x-pixxel-doc-title"), view.method): view
        for view in build_views(bundle)
    }
    operations_py = (
        (generated / PACKAGE / "_operations.py").read_text() if generated.exists() else ""
    )
    rows = []
    for entry in seed:
        op = by_title.get((entry.group, entry.title, entry.method))
        op_id = op.operation_id if op else "-"
        endpoint = generated / PACKAGE / "api" / op.tag_module / f"{op.module}.py" if op else None
        in_spec = op is not None
        is_generated = (
            endpoint is not None
            and endpoint.exists()
            and f'"{op_id}": OperationInfo(' in operations_py
        )
        tested = in_spec and (CASSETTES / f"{op_id}.yaml").exists()
        source = "-" if op is None else ("documented" if op.documented else "inferred")
        rows.append(
            (
                entry.group,
                f"{entry.method} {entry.title}",
                op_id,
                in_spec,
                is_generated,
                tested,
                source,
            )
        )

    header = ("group", "operation", "operationId", "spec", "generated", "cassette", "source")
    widths = [
        max(len(str(r[i])) if not isinstance(r[i], bool) else 3 for r in [*rows, header])
        for i in range(7)
    ]

    def cell(value: object, width: int) -> str:
        text = ("yes" if value else "NO") if isinstance(value, bool) else str(value)
        return text.ljust(width)

    print("  ".join(cell(h, w) for h, w in zip(header, widths, strict=True)))
    for row in rows:
        print("  ".join(cell(v, w) for v, w in zip(row, widths, strict=True)))
    total = len(rows)
    counts = [sum(1 for r in rows if r[i]) for i in (3, 4, 5)]
    inferred = sum(1 for r in rows if r[6] == "inferred")
    print(
        f"\ntotal {total} documented operations: {counts[0]}/{total} in spec, "
        f"{counts[1]}/{total} generated, {counts[2]}/{total} with a cassette test; "
        f"{total - inferred} documented, {inferred} inferred (no public page)"
    )
    if notes:
        print_notes(bundle)
    return 0 if all(c == total for c in counts) else 1
