"""Turn an HTTP response into the value an operation returns."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from ._errors import APIResponseValidationError
from ._request import OperationInfo, PreparedRequest

if TYPE_CHECKING:
    import pydantic

__all__ = ["RawResponse", "parse_response", "select_target"]

T = TypeVar("T")


@lru_cache(maxsize=512)
def _adapter(tp: Any) -> pydantic.TypeAdapter[Any]:
    import pydantic  # imported on first use: `import pixxel` stays as light as httpx

    return pydantic.TypeAdapter(tp)


GC_PAUSE_THRESHOLD = 1 << 20


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a large body is parsed.

    Building many model objects triggers collections that find nothing to free (the objects are
    all reachable) yet rescan everything built so far: on a 27 MB STAC search this makes the parse
    1.6x slower. Bodies under ``GC_PAUSE_THRESHOLD`` bytes are parsed without the pause.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def parse_response(
    info: OperationInfo,
    call: PreparedRequest[Any],
    response: httpx.Response,
    *,
    strict: bool = False,
) -> Any:
    """Parse a 2xx ``response`` into the type the spec declares for its status.

    Tolerant by default: any JSON body parses (see ``pixxel._runtime._models``); a top-level
    value of another JSON type than declared is returned as decoded, unchanged. With ``strict``,
    the body is first checked against the spec's JSON Schema. Raises
    :class:`APIResponseValidationError` (the raw body stays on it) when a JSON body is declared
    but the response has none or it is not JSON, and in strict mode on any deviation, each
    located by its JSON path.
    """
    target = select_target(call.responses, response)
    if target is None:
        return None
    if target is bytes or target is str:
        if strict and _declares_json(info, response):  # e.g. a JSON string read as text
            _check_strict(info, response, response.content)
        return response.content if target is bytes else response.text
    content = response.content
    if not content.strip():
        raise _invalid(info, response, (), "empty body where the spec declares a JSON body")
    if strict:
        _check_strict(info, response, content)
    return _parse_tolerant(info, target, response, content)


def _invalid(
    info: OperationInfo, response: httpx.Response, loc: tuple[Any, ...], message: str
) -> APIResponseValidationError:
    return APIResponseValidationError(
        operation_id=info.operation_id,
        response=response,
        errors=[{"loc": loc, "msg": message, "type": "body"}],
    )


def _declares_json(info: OperationInfo, response: httpx.Response) -> bool:
    from ._strict import declares_json

    return declares_json(info.operation_id, response.status_code)


def _check_strict(info: OperationInfo, response: httpx.Response, content: bytes) -> None:
    from ._strict import declares_json, load_strict, schema_errors

    status = response.status_code
    if not declares_json(info.operation_id, status):
        raise _invalid(
            info, response, (), f"status {status} is not a JSON response the spec declares"
        )
    try:
        data = load_strict(content)
    except (ValueError, RecursionError) as exc:
        raise _invalid(info, response, (), f"not valid JSON: {exc}") from None
    try:
        errors = schema_errors(info.operation_id, status, data)
    except RecursionError:
        raise _invalid(info, response, (), "nested too deeply to validate") from None
    if errors:
        raise APIResponseValidationError(
            operation_id=info.operation_id, response=response, errors=errors
        )


def _parse_tolerant(
    info: OperationInfo, target: Any, response: httpx.Response, content: bytes
) -> Any:
    from pydantic_core import ValidationError, from_json

    validator, wants_object = _decoded_json_validator(target)
    try:
        if len(content) < GC_PAUSE_THRESHOLD:
            data = from_json(content)
        else:
            with _gc_paused():
                data = from_json(content)
    except ValueError as exc:
        # Not JSON, or JSON nested deeper than the parser allows (about 200 levels).
        raise _invalid(info, response, (), f"not JSON the parser can read: {exc}") from None
    if wants_object and not isinstance(data, dict):
        return data  # a JSON value of another type than the declared object: kept as sent
    try:
        if len(content) < GC_PAUSE_THRESHOLD:
            return validator.validate_python(data)
        with _gc_paused():
            return validator.validate_python(data)
    except ValidationError:
        # Only the top level can fail (every field is tolerant): kept as sent.
        return data


@lru_cache(maxsize=512)
def _decoded_json_validator(target: Any) -> Any:
    import pydantic

    from ._models import decoded_json_validator

    if isinstance(target, type) and issubclass(target, pydantic.BaseModel):
        return decoded_json_validator(target), not issubclass(target, pydantic.RootModel)
    return _adapter(target), False  # not a model: validates Python data all the same


def select_target(responses: Mapping[Any, Any], response: httpx.Response) -> Any:
    """The type the spec declares for ``response``: by its status (``201``, then ``2XX``), then,
    when that status declares several media types, by its ``Content-Type``.

    Tolerant: a success status the spec does not list parses like the declared one when there is
    exactly one (the docs sometimes disagree on 200 vs 201), else as JSON when the body says it
    is JSON and as bytes otherwise; an undeclared media type is read the same way.
    """
    status = response.status_code
    for key in (status, f"{status // 100}XX", "default"):
        if key in responses:
            return _by_media_type(responses[key], response)
    declared = list(responses.values())
    if len(declared) == 1:
        return _by_media_type(declared[0], response)
    return _fallback(response)


def _by_media_type(declared: Any, response: httpx.Response) -> Any:
    if not isinstance(declared, Mapping):
        return declared  # one type for the whole status
    content_type = response.headers.get("content-type", "")
    essence = content_type.split(";", 1)[0].strip().lower()
    major = essence.split("/", 1)[0]
    for key in (essence, f"{major}/*", "*/*"):
        if key in declared:
            return declared[key]
    if not response.content:
        return None
    if len(declared) == 1:
        return next(iter(declared.values()))
    return _fallback(response)


def _fallback(response: httpx.Response) -> Any:
    from ._bodies import is_json_media_type

    content_type = response.headers.get("content-type", "")
    if not response.content:
        return None
    if is_json_media_type(content_type):
        return Any
    return str if content_type.lower().startswith("text/") else bytes


class RawResponse(Generic[T]):
    """An HTTP response kept whole, for callers that need headers or the raw body.

    ``parse()`` gives the same value the plain method would have returned.
    """

    def __init__(
        self,
        info: OperationInfo,
        call: PreparedRequest[T],
        response: httpx.Response,
        *,
        strict: bool = False,
    ) -> None:
        self.operation = info
        self._call = call
        self._strict = strict
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

    def parse(self, *, strict: bool | None = None) -> T:
        """The value the plain method returns. ``strict`` checks the body against the spec
        (``True``) or reads it tolerantly (``False``); by default the client's setting decides."""
        return parse_response(  # type: ignore[no-any-return]
            self.operation,
            self._call,
            self.http_response,
            strict=self._strict if strict is None else strict,
        )

    def __repr__(self) -> str:
        return f"<RawResponse {self.operation.operation_id} [{self.status_code}]>"
