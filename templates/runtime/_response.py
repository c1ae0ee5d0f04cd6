"""Turn an HTTP response into the value an operation returns."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any, Generic, TypeVar

import httpx
import pydantic

from ._errors import APIResponseValidationError
from ._request import OperationInfo, PreparedRequest

__all__ = ["RawResponse", "parse_response"]

T = TypeVar("T")


@lru_cache(maxsize=512)
def _adapter(tp: Any) -> pydantic.TypeAdapter[Any]:
    return pydantic.TypeAdapter(tp)


def parse_response(
    info: OperationInfo, call: PreparedRequest[Any], response: httpx.Response
) -> Any:
    """Parse a 2xx ``response`` into the type the spec declares for its status.

    Raises :class:`APIResponseValidationError` naming the operation and the failing fields when
    the body does not match; the raw body stays on the exception.
    """
    if response.status_code in call.responses:
        target = call.responses[response.status_code]
    else:
        target = _undeclared(call, response)
    if target is None:
        return None
    if target is bytes:
        return response.content
    if target is str:
        return response.text
    if not response.content:
        # 200 with an empty body where the spec declares one: nothing to parse.
        return None
    try:
        if isinstance(target, type) and issubclass(target, pydantic.BaseModel):
            return target.model_validate_json(response.content)
        return _adapter(target).validate_json(response.content)
    except pydantic.ValidationError as exc:
        errors: list[dict[str, Any]] = [dict(e) for e in exc.errors(include_url=False)]
        raise APIResponseValidationError(
            operation_id=info.operation_id, response=response, errors=errors
        ) from None


def _undeclared(call: PreparedRequest[Any], response: httpx.Response) -> Any:
    # A success status the spec does not list: parse it like the declared one when there is
    # exactly one, since the docs sometimes disagree on 200 vs 201.
    declared = list(call.responses.values())
    if len(declared) == 1:
        return declared[0]
    content_type = response.headers.get("content-type", "")
    return Any if "json" in content_type else bytes


class RawResponse(Generic[T]):
    """An HTTP response kept whole, for callers that need headers or the raw body.

    ``parse()`` gives the same value the plain method would have returned.
    """

    def __init__(
        self, info: OperationInfo, call: PreparedRequest[T], response: httpx.Response
    ) -> None:
        self.operation = info
        self._call = call
        self.http_response = response

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    def json(self) -> Any:
        return json.loads(self.http_response.content)

    def parse(self) -> T:
        return parse_response(self.operation, self._call, self.http_response)  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        return f"<RawResponse {self.operation.operation_id} [{self.status_code}]>"
