"""``make record``: re-record cassettes against the live API, without ever losing one.

``python -m tests.support.record [--include-writes] [--plan] [--base-url URL]``

Each planned call (see :mod:`tests.support.live`: read-only operations unless
``--include-writes``) is made once. Its exchange becomes a cassette only when the response is a
success and both the request and the response agree with the spec (openapi-core); it is then
scrubbed of secrets and written into a temporary folder. Only after every call has run are the
successful recordings moved over their old cassettes, one atomic rename each. A call that fails,
is skipped or disagrees with the spec leaves its cassette exactly as it was.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import shutil
import sys
import tempfile
from http import HTTPStatus
from pathlib import Path
from typing import Any

import httpx
import yaml
from vcr.request import Request as VcrRequest

from .contract import validate_exchange
from .live import Call, Outcome, documented_exchanges, plan, run
from .paths import BASE_URL, CASSETTES
from .payloads import Exchange
from .scrub import scrub_json, scrub_request, scrub_response

RECORDED_MARKER = "# recorded by `make record`"
CALL_PREFIX = "# call: "
KEPT_RESPONSE_HEADERS = ("content-type", "content-disposition", "etag", "last-modified", "location")
"""Response headers a cassette keeps; the rest (dates, request ids, cookies, encodings) go."""


def as_canonical(response: httpx.Response, call: Call) -> httpx.Response:
    """The exchange as sent to :data:`BASE_URL` (what replays use), with its decoded body."""
    sent = response.request
    url = httpx.URL(BASE_URL).copy_with(path=sent.url.path, query=sent.url.query or None)
    # Every request header stays (the spec's security needs Authorization); render() writes
    # only Content-Type into a cassette.
    request = httpx.Request(sent.method, url, headers=sent.headers, content=sent.content)
    headers = {k: v for k, v in response.headers.items() if k.lower() in KEPT_RESPONSE_HEADERS}
    return httpx.Response(
        response.status_code, headers=headers, content=response.content, request=request
    )


def judge(outcome: Outcome) -> str | None:
    """Why this outcome must not become a cassette, or None when it may."""
    if outcome.skipped:
        return f"skipped: {outcome.skipped}"
    if outcome.response is None:
        return f"no response: {outcome.error}"
    if not outcome.response.is_success:
        return f"status {outcome.response.status_code}: {outcome.error or 'not a success'}"
    try:
        validate_exchange(as_canonical(outcome.response, outcome.call), outcome.call.info.path)
    except Exception as exc:  # openapi-core raises many kinds
        return f"disagrees with the spec: {_first_line(exc)}"
    return None


def _first_line(exc: BaseException) -> str:
    details = [str(e) for e in getattr(exc, "schema_errors", [])[:3]]
    text = "; ".join([str(exc).splitlines()[0] if str(exc) else type(exc).__name__, *details])
    return text[:500]


def render(outcome: Outcome, when: dt.datetime) -> str:
    """The scrubbed cassette of one successful, spec-conforming outcome."""
    assert outcome.response is not None
    response = as_canonical(outcome.response, outcome.call)
    request = VcrRequest(
        response.request.method,
        str(response.request.url),
        response.request.content.decode() or None,
        dict(response.request.headers.items()),
    )
    request = scrub_request(request)
    body: str | bytes
    try:
        body = response.content.decode("utf-8")
    except UnicodeDecodeError:
        body = response.content
    recorded = scrub_response(
        {
            "status": {
                "code": response.status_code,
                "message": HTTPStatus(response.status_code).phrase,
            },
            "headers": {k: [v] for k, v in response.headers.items() if k != "content-length"},
            "body": {"string": body},
        }
    )
    cassette = {
        "interactions": [
            {
                "request": {
                    "body": request.body.decode("utf-8", errors="replace")
                    if isinstance(request.body, bytes)
                    else request.body,
                    "headers": {
                        k: [v] for k, v in request.headers.items() if k.lower() == "content-type"
                    },
                    "method": request.method,
                    "uri": request.uri,
                },
                "response": recorded,
            }
        ],
        "version": 1,
    }
    call = outcome.call
    arguments = scrub_json({"path": call.path, "query": call.query, "body": call.body})
    header = [
        f"{RECORDED_MARKER} (tests/support/record.py) on {when:%Y-%m-%d}; "
        "judged against the spec, secrets scrubbed",
        CALL_PREFIX + json.dumps(arguments, ensure_ascii=False, sort_keys=True),
    ]
    return (
        "\n".join(header)
        + "\n"
        + yaml.safe_dump(cassette, sort_keys=True, allow_unicode=True, width=100)
    )


def record(
    calls: list[Call], *, api_key: str, base_url: str, cassettes: Path, timeout: float = 30.0
) -> tuple[list[str], dict[str, str]]:
    """Run ``calls``; swap in the cassettes that recorded well. Returns (recorded, kept: why)."""
    when = dt.datetime.now(dt.UTC)
    staging = Path(tempfile.mkdtemp(prefix=".recording-", dir=cassettes.parent))
    recorded: list[str] = []
    kept: dict[str, str] = {}
    try:
        for outcome in run(calls, api_key=api_key, base_url=base_url, timeout=timeout):
            name = outcome.call.operation_id
            problem = judge(outcome)
            if problem:
                kept[name] = problem
                continue
            (staging / f"{name}.yaml").write_text(render(outcome, when), encoding="utf-8")
            recorded.append(name)
        cassettes.mkdir(parents=True, exist_ok=True)
        for name in recorded:
            os.replace(staging / f"{name}.yaml", cassettes / f"{name}.yaml")
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return recorded, kept


def main(argv: list[str] | None = None, env: dict[str, str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.support.record", description=__doc__)
    parser.add_argument(
        "--include-writes",
        action="store_true",
        help="also call the operations that change the account (ids and bodies from the "
        "environment, dry_run forced on, deletes only of what this run created)",
    )
    parser.add_argument("--plan", action="store_true", help="list the calls and exit")
    parser.add_argument("--base-url", default=None, help=f"default: $PIXXEL_BASE_URL or {BASE_URL}")
    parser.add_argument("--cassettes", type=Path, default=CASSETTES)
    args = parser.parse_args(argv)
    env = dict(os.environ) if env is None else env

    try:
        calls = plan(env, include_writes=args.include_writes)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"{len(calls)} calls planned ({'with' if args.include_writes else 'no'} writes):")
    for call in calls:
        print(("  WRITE " if call.write else "  read  ") + call.describe())
    if args.plan:
        return 0
    api_key = env.get("PIXXEL_API_KEY")
    if not api_key:
        print("error: recording needs PIXXEL_API_KEY", file=sys.stderr)
        return 2
    base_url = args.base_url or env.get("PIXXEL_BASE_URL") or BASE_URL
    recorded, kept = record(calls, api_key=api_key, base_url=base_url, cassettes=args.cassettes)
    for name in recorded:
        print(f"recorded {name}")
    for name, why in kept.items():
        print(f"kept     {name}: {why}")
    print(f"{len(recorded)} recorded, {len(kept)} cassettes left as they were")
    failed = [name for name, why in kept.items() if not why.startswith("skipped")]
    return 1 if failed else 0


def recorded_exchange(path: Path) -> Exchange | None:
    """The exchange a recorded cassette holds (call arguments from its header, response from its
    interaction), or None for a cassette built from the documented payloads."""
    text = path.read_text(encoding="utf-8")
    if not text.startswith(RECORDED_MARKER):
        return None
    call_line = next(line for line in text.splitlines() if line.startswith(CALL_PREFIX))
    call = json.loads(call_line.removeprefix(CALL_PREFIX))
    response = yaml.safe_load(text)["interactions"][0]["response"]
    headers = {k.lower(): v[0] for k, v in (response.get("headers") or {}).items()}
    content_type = headers.get("content-type", "").split(";")[0]
    raw = response["body"]["string"]
    body: Any = raw or None
    if body is not None and "json" in content_type:
        body = json.loads(raw)
    operation_id = path.stem
    return dataclasses.replace(
        documented_exchanges()[operation_id],
        path=call["path"],
        query=call["query"],
        body=call["body"],
        status=int(response["status"]["code"]),
        content_type=content_type,
        response_body=body,
        recorded=True,
        file=path,
    )


if __name__ == "__main__":
    sys.exit(main())
