"""What the contract test checks on each exchange with Prism."""

from __future__ import annotations

import json
from typing import Any

import httpx

from pixxel import APIStatusError
from pixxel._runtime._request import OperationInfo

from ..support.contract import CoreRequest, CoreResponse, openapi
from ..support.paths import BASE_URL
from .report import Row

VIOLATIONS_HEADER = "sl-violations"


def request_violations(response: httpx.Response) -> list[str]:
    """What Prism found wrong with the request (its ``sl-violations`` header), one line each."""
    raw = response.headers.get(VIOLATIONS_HEADER)
    if not raw:
        return []
    try:
        found: list[dict[str, Any]] = json.loads(raw)
    except ValueError:
        return [raw]
    return [
        f"{'.'.join(str(p) for p in v.get('location', []))}: {v.get('message', v)}" for v in found
    ]


def response_failure(info: OperationInfo, response: httpx.Response) -> str | None:
    """Why ``response`` does not conform to the spec, or ``None`` when it does.

    The one place that judges responses: openapi-core validates the exchange against the bundled
    spec. (Once ``Pixxel(strict_response_validation=True)`` exists, this can parse ``response``
    with the strict client instead, or as well.)
    """
    sent = response.request
    # openapi-core matches the spec's server URL: validate as if sent there, not to Prism.
    url = httpx.URL(BASE_URL).copy_with(raw_path=sent.url.raw_path)
    request = httpx.Request(sent.method, url, headers=sent.headers, content=sent.content)
    try:
        openapi().validate_response(CoreRequest(request, info.path), CoreResponse(response))
    except Exception as error:  # openapi-core raises a family of errors; any one is a failure
        return _describe(error)
    return None


def record(
    row: Row, info: OperationInfo, response: httpx.Response | None, error: Exception | None
) -> None:
    """Judge one call (its last HTTP exchange, and what the client raised) into ``row``."""
    row.calls += 1
    if response is None:
        row.response_failures += 1
        row.fail("nothing sent", f"{type(error).__name__}: {error}")
        return
    violations = request_violations(response)
    if violations:
        row.request_violations += 1
        for violation in violations:
            row.fail("request", violation)
        return
    failure = response_failure(info, response)
    if failure is not None:
        row.fail("spec", failure)
    if error is not None:
        kind = "status" if isinstance(error, APIStatusError) else "client"
        row.fail(kind, f"{type(error).__name__}: {str(error)[:300]}")
    if failure is not None or error is not None:
        row.response_failures += 1


def _describe(error: BaseException) -> str:
    """The error's type and, where openapi-core gives them, the first failing JSON paths."""
    current: BaseException | None = error
    while current is not None:
        nested = getattr(current, "schema_errors", None)
        if nested:
            paths = "; ".join(_schema_error(e) for e in list(nested)[:3])
            return f"{type(error).__name__}: {paths}"
        current = current.__cause__ or current.__context__
    first = (str(error).strip().splitlines() or [""])[0]
    return f"{type(error).__name__}: {first[:300]}"


def _schema_error(error: Any) -> str:
    where = "/".join(str(p) for p in getattr(error, "absolute_path", [])) or "<root>"
    return f"{where}: {str(getattr(error, 'message', error))[:200]}"
