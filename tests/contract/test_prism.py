"""Every operation, called through the generated client against a Prism mock of the spec.

Prism (dynamic mode) checks each request against the spec and answers with random data that
conforms to it; ``Prefer: seed=<operation>-<n>`` makes call ``n`` reproducible and different from
the others; one more call per operation sets every optional argument. A request Prism reports
as violating the spec fails; every response must conform to
the spec (openapi-core), parse in strict mode, and parse in the default tolerant mode without an
exception. Each call goes through ``with_raw_response`` so that its one response is parsed both
ways.
"""

from __future__ import annotations

import httpx
import pytest

from pixxel import OPERATIONS, Pixxel

from .arguments import arguments
from .checks import record
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
    with Pixxel(
        api_key="fake-contract-key", base_url=prism, http_client=http, max_retries=0
    ) as client:
        method = getattr(getattr(client, info.resource).with_raw_response, info.method_name)
        # The last call sets every optional parameter and body field (issue 14, item 5).
        for n in range(contract_calls() + 1):
            call = arguments(operation_id, n, full=n == contract_calls())
            exchanges.clear()
            error: Exception | None = None
            try:
                raw = method(
                    *call.args, **call.kwargs, extra_headers={"Prefer": f"seed={operation_id}-{n}"}
                )
                raw.parse(strict=True)  # every deviation from the spec raises here
                raw.parse(strict=False)  # and the default reading must raise nothing
            except Exception as exc:  # recorded below
                error = exc
            record(row, info, exchanges[-1] if exchanges else None, error)
    http.close()
    assert row.ok, "\n".join(f"x{count} {reason}" for reason, count in row.reasons.most_common(5))
