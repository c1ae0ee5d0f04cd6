"""``python -m release notes|cut|publish``: see ``release/__init__.py`` and the README."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from .gates import DEFAULT_PYTEST_ARGS, Refused
from .git import GitError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m release", description=__doc__)
    parser.add_argument("--repo", type=Path, default=Path.cwd(), help="the repository's root")
    commands = parser.add_subparsers(dest="command", required=True)
    notes = commands.add_parser("notes", help="print the next version's changelog entry")
    cut = commands.add_parser("cut", help="set the version, write CHANGELOG.md, build, tag")
    publish = commands.add_parser("publish", help="upload wheel and sdist to PIXXEL_PUBLISH_URL")
    for command in (notes, cut):
        command.add_argument(
            "--base", default=None, help="git ref to compare with (default: last v* tag)"
        )
        command.add_argument("--date", type=dt.date.fromisoformat, default=None)
    for command in (cut, publish):
        command.add_argument("--pytest-args", default=DEFAULT_PYTEST_ARGS)
    args = parser.parse_args(argv)
    repo = args.repo.resolve()
    date = getattr(args, "date", None) or dt.datetime.now(dt.UTC).date()
    try:
        if args.command == "notes":
            return _notes(repo, args.base or None, date)
        if args.command == "cut":
            from .cut import release

            tag = release(repo, base=args.base or None, pytest_args=args.pytest_args, date=date)
            print(f"tagged {tag} (local only); `make publish` uploads it", file=sys.stderr)
            return 0
        from .publish import publish as upload

        upload(repo, pytest_args=args.pytest_args)
        return 0
    except (Refused, GitError, ValueError) as exc:
        print(f"refused: {exc}", file=sys.stderr)
        return 1


def _notes(repo: Path, base: str | None, date: dt.date) -> int:
    from .notes import compute

    result = compute(repo, repo / "generated", base)
    if result.base is None:
        print(
            f"no v* tag yet: this is the first release, compared with nothing; its version "
            f"({result.version}) is the one in generator/settings.py",
            file=sys.stderr,
        )
    elif result.level is None:
        print(
            f"nothing changed in the package since {result.base}: no release needed",
            file=sys.stderr,
        )
        return 0
    else:
        print(f"compared generated/ at {result.base} with the working tree", file=sys.stderr)
        assert result.level is not None
        print(
            f"next version: {result.version} ({result.level.name.lower()} bump from "
            f"{result.base_version})",
            file=sys.stderr,
        )
    print(result.entry(date))
    return 0


if __name__ == "__main__":
    sys.exit(main())
