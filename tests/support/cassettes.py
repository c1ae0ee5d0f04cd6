"""Write the replayable cassettes from the documented exchanges: ``python -m tests.support.cassettes``.

A cassette built here starts with a comment naming its payload file and source page; a cassette
re-recorded against the live API by ``make record`` does not, and is left alone.
"""

from __future__ import annotations

import json
import sys
from http import HTTPStatus

import yaml

from .paths import CASSETTES, ROOT
from .payloads import Exchange, all_exchanges

MARKER = "# built from "


def render(exchange: Exchange) -> str:
    request_body = None
    request_headers: dict[str, list[str]] = {}
    if exchange.body is not None:
        request_body = json.dumps(exchange.body, ensure_ascii=False)
        request_headers["Content-Type"] = ["application/json"]
    response_headers = (
        {"Content-Type": [exchange.content_type]} if exchange.response_body is not None else {}
    )
    cassette = {
        "interactions": [
            {
                "request": {
                    "body": request_body,
                    "headers": request_headers,
                    "method": _method(exchange),
                    "uri": exchange.url,
                },
                "response": {
                    "status": {
                        "code": exchange.status,
                        "message": HTTPStatus(exchange.status).phrase,
                    },
                    "headers": response_headers,
                    "body": {"string": exchange.response_bytes().decode()},
                },
            }
        ],
        "version": 1,
    }
    kind = (
        "SYNTHETIC body: no page documents a payload for this operation; it is a minimal made-up one"
        if exchange.synthetic
        else "response body: the documented payload"
    )
    header = [
        f"{MARKER}{exchange.file.relative_to(ROOT)}",
        f"# source: {exchange.source}",
        f"# {kind}",
    ]
    if exchange.note:
        header += [f"# note: {line}" for line in str(exchange.note).strip().splitlines()]
    return (
        "\n".join(header)
        + "\n"
        + yaml.safe_dump(cassette, sort_keys=True, allow_unicode=True, width=100)
    )


def _method(exchange: Exchange) -> str:
    from pixxel import OPERATIONS

    return OPERATIONS[exchange.operation_id].method


def expected_cassettes() -> dict[str, str]:
    return {f"{e.operation_id}.yaml": render(e) for e in all_exchanges()}


def main() -> int:
    CASSETTES.mkdir(exist_ok=True)
    for name, text in expected_cassettes().items():
        target = CASSETTES / name
        if target.exists() and not target.read_text().startswith(MARKER):
            print(f"kept recorded cassette {name}")
            continue
        target.write_text(text, encoding="utf-8")
    print(f"cassettes written to {CASSETTES.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
