"""Every operation, called through the generated client against a Prism mock of the spec.

Prism (dynamic mode) checks each request against the spec and answers with random data that
conforms to it; ``Prefer: seed=<operation>-<n>`` makes call ``n`` reproducible and different from
the others. A request Prism reports as violating the spec fails; every response must conform to
the spec and be parsed by the normal (lenient) client without an exception.
"""

from __future__ import annotations

import httpx
import pytest

from pixxel import OPERATIONS, APIStatusError, Pixxel

from .arguments import arguments
from .checks import request_violations, response_failure
from .conftest import contract_calls
from .report import ROWS, Row

pytestmark = [
    pytest.mark.contract,
    pytest.mark.block_network(allowed_hosts=["127.0.0.1"]),
]


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_operation_against_prism(prism: str, operation_id: str) -> None:
    info = OPERATIONS[operation_id]
    row = ROWS[operation_id] = Row(operation_id)
    exchanges: list[httpx.Response] = []
    http = httpx.Client(event_hooks={"response": [exchanges.append]})
    with Pixxel(api_key="contract-key", base_url=prism, http_client=http, max_retries=0) as client:
        method = getattr(getattr(client, info.resource), info.method_name)
        for n in range(contract_calls()):
            call = arguments(operation_id, n)
            exchanges.clear()
            error: Exception | None = None
            try:
                result = method(
                    *call.args, **call.kwargs, extra_headers={"Prefer": f"seed={operation_id}-{n}"}
                )
                if info.pagination:
                    result.first_page()
            except Exception as exc:  # the lenient client must raise nothing: recorded below
                error = exc
            row.calls += 1
            if not exchanges:
                row.response_failures += 1
                row.fail("nothing sent", f"{type(error).__name__}: {error}")
                continue
            response = exchanges[-1]
            violations = request_violations(response)
            if violations:
                row.request_violations += 1
                for violation in violations:
                    row.fail("request", violation)
                continue
            failure = response_failure(info, response)
            if failure is not None:
                row.fail("spec", failure)
            if error is not None:
                kind = "status" if isinstance(error, APIStatusError) else "client"
                row.fail(kind, f"{type(error).__name__}: {str(error)[:300]}")
            if failure is not None or error is not None:
                row.response_failures += 1
    http.close()
    assert row.ok, "\n".join(f"x{count} {reason}" for reason, count in row.reasons.most_common(5))
