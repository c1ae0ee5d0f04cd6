"""The documented payloads in tests/payloads and the spec's examples are one source of truth.

Each documented (non-synthetic) payload's response is one of the spec's examples for its status,
verbatim. Its request is the spec's documented request example too (when the spec has one),
except for the top-level fields the payload's comments (or its ``note``) name in backticks, with the reason (a placeholder the client
refuses to send, a field the developer guide says not to combine...).
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from ..support.paths import BUNDLED_SPEC
from ..support.payloads import Exchange, all_exchanges

SPEC = json.loads(BUNDLED_SPEC.read_text())
OPERATIONS = {
    op["operationId"]: op
    for item in SPEC["paths"].values()
    for op in item.values()
    if isinstance(op, dict) and "operationId" in op
}
DOCUMENTED = [e for e in all_exchanges() if not e.synthetic]


def _examples(content: dict[str, Any], documented_only: bool = False) -> list[Any]:
    return [
        example["value"]
        for media in content.values()
        for name, example in (media.get("examples") or {}).items()
        if "value" in example and not (documented_only and name != "documented")
    ]


def _response_examples(exchange: Exchange) -> list[Any]:
    response = OPERATIONS[exchange.operation_id]["responses"].get(str(exchange.status), {})
    if "$ref" in response:
        response = SPEC["components"]["responses"][response["$ref"].rsplit("/", 1)[-1]]
    return _examples(response.get("content") or {})


def _explained(exchange: Exchange) -> set[str]:
    """Fields named in backticks in the payload's comments or note."""
    text = "\n".join(
        line for line in exchange.file.read_text().splitlines() if line.startswith("#")
    )
    text += "\n" + (exchange.note or "")
    return set(re.findall(r"`([^`]+)`", text))


def test_there_are_documented_payloads() -> None:
    assert len(DOCUMENTED) >= 40


@pytest.mark.parametrize("exchange", DOCUMENTED, ids=lambda e: e.operation_id)
def test_a_documented_response_is_the_spec_example_verbatim(exchange: Exchange) -> None:
    examples = _response_examples(exchange)
    if not examples:
        assert exchange.response_body in (None, "", b""), "the spec has no example for this body"
        return
    assert exchange.response_body in examples


@pytest.mark.parametrize("exchange", DOCUMENTED, ids=lambda e: e.operation_id)
def test_a_documented_request_is_the_spec_example_but_for_the_fields_it_explains(
    exchange: Exchange,
) -> None:
    request = OPERATIONS[exchange.operation_id].get("requestBody") or {}
    examples = _examples(request.get("content") or {}, documented_only=True)
    if not examples or exchange.body in examples:
        return
    assert isinstance(exchange.body, dict)

    def differing(example: Any) -> set[str]:
        if not isinstance(example, dict):
            return {"<the whole body>"}
        return {
            k for k in set(example) | set(exchange.body) if example.get(k) != exchange.body.get(k)
        }

    closest = min((differing(e) for e in examples), key=len)
    unexplained = closest - _explained(exchange)
    assert not unexplained, f"request fields differ from the spec's example: {sorted(unexplained)}"
