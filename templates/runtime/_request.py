"""What a generated endpoint module hands to the transport."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from urllib.parse import quote

from ._options import resolve_timeout
from ._params import Parameter
from ._types import Body, Headers, NotGiven, Query, Timeout

if TYPE_CHECKING:
    import httpx

    from ._bodies import RequestBody

__all__ = ["OperationInfo", "PreparedRequest", "json_body", "path_segment", "query_list"]


@dataclass(frozen=True, slots=True)
class OperationInfo:
    """One row of the operation table (``pixxel.OPERATIONS``): static facts from the spec."""

    operation_id: str
    method: str
    path: str
    resource: str
    method_name: str
    summary: str
    retry_safe: bool = False
    """Whether a POST may be sent again after a failure (GET, PUT and DELETE always may)."""
    documented: bool = True
    """False for operations with no public documentation page (their schemas are inferred)."""
    pagination: Mapping[str, Any] | None = None
    waiter: Mapping[str, Any] | None = None
    deprecated: bool = False
    """The spec marks the operation deprecated: calling it warns (``DeprecationWarning``)."""


ResultT = TypeVar("ResultT")


@dataclass(slots=True)
class PreparedRequest(Generic[ResultT]):
    """One call of an operation, as its generated endpoint module builds it.

    ``ResultT`` is what the response parses to; ``responses`` maps each success status to the
    type its body parses to (a model, ``bytes``, ``str`` or ``None``), or to a mapping of media
    type to type when the status has several (see ``parse_response``). ``json`` is JSON data
    already (see :func:`json_body`); ``timeout`` is ``None`` for the client's own.

    Endpoint modules build it with :meth:`build`, which serializes every parameter by its
    OpenAPI style into ``url`` (path), ``query`` (the encoded query string, one fragment per
    parameter) and ``headers`` (header and cookie parameters), and the body by its media type into
    ``json``, ``content`` or ``files``. ``params`` is the older form of the query (values that
    httpx encodes); a request uses ``params`` or ``query``, not both.
    """

    method: str
    url: str
    responses: Mapping[Any, Any]
    params: dict[str, Any] = field(default_factory=dict)
    json: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    timeout: httpx.Timeout | None = None
    query: list[tuple[str, str]] | None = None
    """``(name, fragment)`` pairs, already encoded (``("ids", "ids=a,b")``), or ``None``."""
    content: bytes | None = None
    files: list[tuple[str, tuple[str | None, Any, str | None]]] | None = None
    authenticated: bool = True
    """``False`` for an operation whose spec says ``security: []``: the API key is not sent."""

    def __post_init__(self) -> None:
        self.params = {k: _query_value(v) for k, v in self.params.items() if v is not None}
        if isinstance(self.json, NotGiven):
            self.json = None

    @classmethod
    def build(
        cls,
        *,
        method: str,
        path: str,
        responses: Mapping[Any, Any],
        parameters: Sequence[tuple[Parameter, Any]] = (),
        body: Any = None,
        request_body: RequestBody | None = None,
        accept: str | None = None,
        authenticated: bool = True,
    ) -> PreparedRequest[Any]:
        """One call of an operation from the spec's facts and the caller's values.

        ``path`` is the spec's template (``/v0/things/{id}``); ``parameters`` pairs each declared
        :class:`~pixxel._runtime._params.Parameter` with its value (``None``/``NOT_GIVEN``: not
        sent); ``body`` is encoded as ``request_body`` declares; ``accept`` is the Accept header
        (``None``: the client's ``application/json``); ``authenticated=False`` (``security: []``)
        leaves the API key out.
        """
        url = path
        query: list[tuple[str, str]] = []
        headers: dict[str, str] = {}
        cookies: list[str] = []
        for param, value in parameters:
            if param.is_missing(value):
                continue
            text = param.serialize(value)
            if param.location == "path":
                url = url.replace("{" + param.name + "}", text)
            elif param.location == "query":
                query.append((param.name, text))
            elif param.location == "header":
                headers[param.name] = text
            else:
                cookies.append(text)
        if "{" in url:  # values are percent-encoded: a brace left is a template nobody filled
            raise ValueError(f"{method} {path}: no value for path parameter(s) in {url}")
        if cookies:
            headers["Cookie"] = "; ".join(cookies)
        if accept:
            headers["Accept"] = accept
        request = cls(
            method=method,
            url=url,
            responses=responses,
            headers=headers,
            query=query,
            authenticated=authenticated,
        )
        encoded = None
        if request_body is not None:
            encoded = request_body.encode(body)
        elif body is not None and not isinstance(body, NotGiven):
            raise TypeError(f"{method} {path} takes no request body")
        if encoded is not None:
            request.json, request.content, request.files = (
                encoded.json,
                encoded.content,
                encoded.files,
            )
            if encoded.content_type:
                request.headers["Content-Type"] = encoded.content_type
        return request

    @property
    def query_string(self) -> str:
        """The encoded query string of :meth:`build` requests (empty without ``query``)."""
        return "&".join(fragment for _, fragment in self.query or () if fragment)

    def extend(
        self,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
    ) -> PreparedRequest[ResultT]:
        """Apply a call's escape hatches (``extra_headers``, ``extra_query``, ``extra_body``,
        ``timeout``) to this request, in place, and return it.

        Extra values win over the method's own: an extra header replaces the client's header of
        the same name, an extra query parameter the method's, an extra body field the method's
        field (wire names). A ``None`` query value removes that parameter.
        """
        if extra_headers:
            self.headers.update(_header_values(extra_headers))
        if extra_query:
            for name, value in _checked_mapping("extra_query", extra_query).items():
                if self.query is not None:  # encoded as a form-style, exploded parameter
                    self.query = [pair for pair in self.query if pair[0] != name]
                    if value is not None:
                        fragment = Parameter(name, "query").serialize(value)
                        self.query.append((name, fragment))
                elif value is None:
                    self.params.pop(name, None)
                else:
                    self.params[name] = _query_value(value)
        if extra_body:
            if self.content is not None or self.files is not None:
                raise TypeError("extra_body can only be merged into a JSON object body")
            self.json = _merged_body(self.json, extra_body)
        if timeout is not None:
            self.timeout = resolve_timeout(timeout)
        return self


def json_body(value: Any, where: str = "body") -> Any:
    """``value`` as JSON data: models dumped by wire name (only the fields that were set), enums
    as their values, dates and datetimes in ISO 8601, tuples as lists.

    ``NOT_GIVEN`` (the whole body or a dict entry) is left out. Anything else that JSON cannot hold raises a
    ``TypeError`` naming where it is (``body.geometry.coordinates[0]``).
    """
    if value is None or isinstance(value, str | int):
        return value
    if isinstance(value, NotGiven):
        return None
    if isinstance(value, float):
        if not math.isfinite(value):
            raise TypeError(f"{where}: {value!r} cannot be sent as JSON")
        return value
    dump = getattr(value, "model_dump", None)
    if dump is not None:
        return dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, Mapping):
        out = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(f"{where}: keys must be strings, got {key!r}")
            if not isinstance(item, NotGiven):
                out[key] = json_body(item, f"{where}.{key}")
        return out
    if isinstance(value, list | tuple):
        return [json_body(item, f"{where}[{i}]") for i, item in enumerate(value)]
    if isinstance(value, Enum):
        return json_body(value.value, where)
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"{where}: a {type(value).__name__} cannot be sent as JSON")


def _checked_mapping(name: str, value: Any) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a mapping, got {type(value).__name__}")
    return value


def _header_values(extra_headers: Headers) -> dict[str, str]:
    headers = _checked_mapping("extra_headers", extra_headers)
    for name, value in headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            # The value is not shown: headers carry credentials.
            raise TypeError(f"extra_headers: {name!r} must map a string name to a string value")
    return dict(headers)


def _merged_body(body: Any, extra_body: Body) -> dict[str, Any]:
    extra = json_body(_checked_mapping("extra_body", extra_body), "extra_body")
    if body is None:
        return extra  # type: ignore[no-any-return]
    if not isinstance(body, dict):
        raise TypeError(
            f"extra_body can only be merged into a JSON object body, not a {type(body).__name__}"
        )
    return {**body, **extra}


def _query_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return [_query_value(v) for v in value]
    return value


def path_segment(value: Any) -> str:
    """Quote a path parameter so that it stays one path segment."""
    if value is None or value == "":
        raise ValueError("a path parameter must not be empty")
    return quote(str(value), safe="")


def query_list(values: Any) -> Any:
    """Join a list for a query parameter documented as comma-separated (``explode: false``)."""
    if isinstance(values, list | tuple):
        return ",".join(str(v) for v in values)
    return values
