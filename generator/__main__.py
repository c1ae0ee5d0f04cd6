"""``python -m generator {generate,check,report}``."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .settings import GENERATED, SPEC_ROOT
from .spec import SpecError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    gen = commands.add_parser("generate", help="validate spec/ and regenerate generated/")
    gen.add_argument("--spec", type=Path, default=SPEC_ROOT)
    gen.add_argument("--out", type=Path, default=GENERATED)
    chk = commands.add_parser("check", help="fail when generated/ differs from what spec/ gives")
    chk.add_argument("--spec", type=Path, default=SPEC_ROOT)
    chk.add_argument("--generated", type=Path, default=GENERATED)
    rep = commands.add_parser("report", help="one row per documented operation of the seed list")
    rep.add_argument("--spec", type=Path, default=SPEC_ROOT)
    rep.add_argument(
        "--notes", action="store_true", help="also list the spec-only notes (x-pixxel-notes)"
    )
    args = parser.parse_args(argv)

    try:
        if args.command == "generate":
            from .sync import regenerate

            started = time.monotonic()
            regenerate(args.spec, args.out)
            print(f"generated {args.out} in {time.monotonic() - started:.1f}s")
            return 0
        if args.command == "check":
            from .sync import check

            return check(args.spec, args.generated)
        from .report import report

        return report(args.spec, notes=args.notes)
    except (SpecError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
