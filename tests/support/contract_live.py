"""``make contract-live``: call every read-only operation on the live API and report, per
operation, how its response departs from the spec. Run it before editing the spec.

``python -m tests.support.contract_live [--base-url URL]`` (needs ``PIXXEL_API_KEY``; ids from the
``PIXXEL_RECORD_*`` variables of :mod:`tests.support.live`). Nothing is written; the exit status is
1 when any operation drifted or failed, 0 when every called one matched.
"""

from __future__ import annotations

import argparse
import os
import sys

from .drift import response_drift
from .live import Outcome, plan, run
from .paths import BASE_URL
from .record import judge


def report_lines(outcome: Outcome) -> tuple[str, list[str]]:
    """(status word, detail lines) of one operation's outcome."""
    if outcome.skipped:
        return "skipped", [outcome.skipped]
    if outcome.response is None:
        return "failed", [f"no response: {outcome.error}"]
    lines = response_drift(outcome.call.operation_id, outcome.response)
    verdict = judge(outcome)
    if verdict and "disagrees with the spec" in verdict and not lines:
        lines.append(f"! openapi-core: {verdict.removeprefix('disagrees with the spec: ')}")
    return ("drift" if lines else "ok"), lines


def main(argv: list[str] | None = None, env: dict[str, str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.support.contract_live", description=__doc__
    )
    parser.add_argument("--base-url", default=None, help=f"default: $PIXXEL_BASE_URL or {BASE_URL}")
    args = parser.parse_args(argv)
    env = dict(os.environ) if env is None else env
    api_key = env.get("PIXXEL_API_KEY")
    if not api_key:
        print("error: make contract-live needs PIXXEL_API_KEY", file=sys.stderr)
        return 2
    base_url = args.base_url or env.get("PIXXEL_BASE_URL") or BASE_URL
    counts = {"ok": 0, "drift": 0, "failed": 0, "skipped": 0}

    def show(outcome: Outcome) -> None:
        word, lines = report_lines(outcome)
        counts[word] += 1
        info = outcome.call.info
        status = outcome.response.status_code if outcome.response is not None else "-"
        print(
            f"{word.upper():8} {outcome.call.operation_id:32} {info.method} {info.path} -> {status}"
        )
        for line in lines:
            print(f"         {line}")
        sys.stdout.flush()

    try:
        calls = plan(env, include_writes=False)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    run(calls, api_key=api_key, base_url=base_url, on_outcome=show)
    print(
        f"\n{len(calls)} read-only operations: {counts['ok']} match the spec, "
        f"{counts['drift']} drift, {counts['failed']} failed, {counts['skipped']} skipped"
    )
    return 1 if counts["drift"] or counts["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
