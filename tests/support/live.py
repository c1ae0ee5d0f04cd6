"""Which operations a live run calls, with which arguments, and how: shared by ``make record``
and ``make contract-live``.

Read-only operations (GET, and the POST searches the spec marks ``x-pixxel-retry-safe``) are
always planned. Writes are planned only when asked for, and then:

- their ids and bodies come from the environment (the account's own resources), never from the
  documentation's examples;
- a boolean ``dry_run`` / ``estimate`` field of the request body is forced to ``true``;
- a DELETE is called only on the resource an earlier call of the same run created (the create
  operation of the same collection); without such a creation it is skipped.

Environment variables (``python -m tests.support.record --plan`` lists them per operation):

- ``PIXXEL_RECORD_<RESOURCE>_<PARAM>`` or, shared by every operation, ``PIXXEL_RECORD_<PARAM>``:
  a path parameter or required query parameter, e.g. ``PIXXEL_RECORD_ORDERS_ID`` or
  ``PIXXEL_RECORD_AOI_ID``;
- ``PIXXEL_RECORD_<OPERATION>_BODY``: the JSON body of a write (``PIXXEL_RECORD_CREATE_ORDER_BODY``);
  a read-only search uses its documented filter body unless this is set.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import httpx

from generator.operations import python_name
from pixxel import OPERATIONS, Pixxel
from pixxel._runtime._request import OperationInfo

from .paths import BUNDLED_SPEC
from .payloads import Exchange, all_exchanges

PREFIX = "PIXXEL_RECORD_"
DRY_RUN_FIELDS = ("dry_run", "estimate")
"""Boolean body fields that turn a write into a simulation; always sent as ``true``."""


@cache
def spec_document() -> dict[str, Any]:
    return json.loads(BUNDLED_SPEC.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def spec_operation(operation_id: str) -> dict[str, Any]:
    for item in spec_document()["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return op
    raise KeyError(operation_id)


def resolve(node: Any) -> Any:
    """Follow a local ``$ref`` (repeatedly) to the node it names."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec_document()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def is_read_only(info: OperationInfo) -> bool:
    return info.method == "GET" or (info.method == "POST" and info.retry_safe)


def variable_names(info: OperationInfo, param: str) -> tuple[str, str]:
    """(specific, shared) environment variable names of one parameter of ``info``."""
    specific = f"{PREFIX}{info.resource}_{param}".upper()
    return specific, f"{PREFIX}{param}".upper()


def body_variable(info: OperationInfo) -> str:
    return f"{PREFIX}{python_name(info.operation_id)}_BODY".upper()


@dataclass(frozen=True)
class Call:
    """One planned call; ``missing`` names what the environment lacks (the call is skipped)."""

    operation_id: str
    write: bool
    path: dict[str, str] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    body: Any = None
    missing: tuple[str, ...] = ()
    created_by: str | None = None
    """For a DELETE: the create operation of this run whose result names what to delete."""
    created_param: str | None = None

    @property
    def info(self) -> OperationInfo:
        return OPERATIONS[self.operation_id]

    def describe(self) -> str:
        info = self.info
        text = f"{info.method:6} {info.path}  ({self.operation_id})"
        if self.created_by:
            text += f"  [{self.created_param} = what {self.created_by} created in this run]"
        if self.missing:
            text += "  SKIPPED, needs " + ", ".join(self.missing)
        return text


def _parameters(info: OperationInfo) -> Iterator[tuple[str, str, bool]]:
    """(name, location, required) of the operation's path and query parameters."""
    for raw in spec_operation(info.operation_id).get("parameters", []):
        param = resolve(raw)
        yield param["name"], param["in"], bool(param.get("required", False))


def _lookup(env: Mapping[str, str], info: OperationInfo, param: str) -> str | None:
    specific, shared = variable_names(info, param)
    return env.get(specific) or env.get(shared) or None


def _body_schema(info: OperationInfo) -> dict[str, Any]:
    content = (spec_operation(info.operation_id).get("requestBody") or {}).get("content") or {}
    schema = resolve((content.get("application/json") or {}).get("schema") or {})
    return schema if isinstance(schema, dict) else {}


def with_dry_run(info: OperationInfo, body: Any) -> Any:
    """``body`` with every boolean dry-run field its schema has set to ``true``."""
    properties = _body_schema(info).get("properties") or {}
    flags = [
        name
        for name in DRY_RUN_FIELDS
        if name in properties and resolve(properties[name]).get("type") in ("boolean", ["boolean"])
    ]
    if not flags or not isinstance(body, dict):
        return body
    return {**body, **dict.fromkeys(flags, True)}


def _creator(info: OperationInfo) -> tuple[str, str] | None:
    """For a DELETE of ``.../{x}``: the POST of ``...`` on the same resource, and ``x``."""
    head, _, last = info.path.rpartition("/")
    if not (last.startswith("{") and last.endswith("}")):
        return None
    for other in OPERATIONS.values():
        if other.method == "POST" and other.path == head and other.resource == info.resource:
            return other.operation_id, last[1:-1]
    return None


def plan(env: Mapping[str, str], *, include_writes: bool) -> list[Call]:
    """Every call the run makes, in order: reads, then writes, then deletes."""
    documented = documented_exchanges()
    reads: list[Call] = []
    writes: list[Call] = []
    deletes: list[Call] = []
    for info in OPERATIONS.values():
        write = not is_read_only(info)
        if write and not include_writes:
            continue
        creator = _creator(info) if info.method == "DELETE" else None
        path: dict[str, str] = {}
        query: dict[str, Any] = {}
        missing: list[str] = []
        for name, location, required in _parameters(info):
            if creator and location == "path" and name == creator[1]:
                continue  # filled from the creation, never from the environment
            if location not in ("path", "query") or not (required or location == "path"):
                continue
            value = _lookup(env, info, name)
            if value is None:
                specific, shared = variable_names(info, name)
                missing.append(f"{specific} (or {shared})")
            elif location == "path":
                path[name] = value
            else:
                query[name] = value
        body: Any = None
        if _body_schema(info) or "requestBody" in spec_operation(info.operation_id):
            raw = env.get(body_variable(info))
            if raw is not None:
                try:
                    body = json.loads(raw)
                except ValueError as exc:
                    raise ValueError(f"{body_variable(info)} is not valid JSON: {exc}") from None
            elif not write and info.operation_id in documented:
                body = documented[info.operation_id].body
            else:
                missing.append(body_variable(info))
            if write:
                body = with_dry_run(info, body)
        call = Call(
            operation_id=info.operation_id,
            write=write,
            path=path,
            query=query,
            body=body,
            missing=tuple(missing),
        )
        if info.method == "DELETE":
            if creator is None:
                call = dataclasses.replace(
                    call, missing=(*call.missing, "a create operation of the same collection")
                )
            else:
                call = dataclasses.replace(call, created_by=creator[0], created_param=creator[1])
            deletes.append(call)
        else:
            (writes if write else reads).append(call)
    return reads + writes + deletes


@dataclass
class Outcome:
    """What one call gave: the exchange (when a response arrived) and the SDK's error, if any."""

    call: Call
    response: httpx.Response | None = None
    error: str | None = None
    skipped: str | None = None

    @property
    def succeeded(self) -> bool:
        return self.response is not None and self.response.is_success


def _invoke(client: Pixxel, call: Call) -> None:
    info = call.info
    exchange = dataclasses.replace(
        documented_exchanges()[call.operation_id], path=call.path, query=call.query, body=call.body
    )
    method = getattr(getattr(client, info.resource), info.method_name)
    args, kwargs = exchange.call_arguments(method)
    result = method(*args, **kwargs)
    if info.pagination:
        result.first_page()


def run(
    calls: list[Call],
    *,
    api_key: str,
    base_url: str,
    timeout: float = 30.0,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> list[Outcome]:
    """Make the planned calls one by one, each exchange kept whatever its status."""
    outcomes: list[Outcome] = []
    created: dict[str, str] = {}
    for call in calls:
        outcome = _run_one(call, created, api_key=api_key, base_url=base_url, timeout=timeout)
        if call.write and outcome.succeeded and outcome.response is not None:
            made = _created_id(outcome.response)
            if made is not None:
                created[call.operation_id] = made
        outcomes.append(outcome)
        if on_outcome:
            on_outcome(outcome)
    return outcomes


def _run_one(
    call: Call, created: dict[str, str], *, api_key: str, base_url: str, timeout: float
) -> Outcome:
    if call.missing:
        return Outcome(call, skipped="needs " + ", ".join(call.missing))
    if call.created_by and call.created_param:
        made = created.get(call.created_by)
        if made is None:
            return Outcome(call, skipped=f"nothing was created by {call.created_by} in this run")
        call = dataclasses.replace(call, path={**call.path, call.created_param: made})
    seen: list[httpx.Response] = []

    def keep(response: httpx.Response) -> None:
        response.read()
        seen.append(response)

    with (
        httpx.Client(event_hooks={"response": [keep]}, timeout=timeout) as http,
        Pixxel(api_key=api_key, base_url=base_url, max_retries=0, http_client=http) as client,
    ):
        error: str | None = None
        try:
            _invoke(client, call)
        except Exception as exc:  # reported per call; the run goes on
            error = f"{type(exc).__name__}: {exc}"
    return Outcome(call, response=seen[-1] if seen else None, error=error)


def _created_id(response: httpx.Response) -> str | None:
    try:
        data = response.json()
    except ValueError:
        return None
    value = data.get("id") if isinstance(data, dict) else None
    return str(value) if isinstance(value, str | int) and value != "" else None


@cache
def documented_exchanges() -> dict[str, Exchange]:
    return {e.operation_id: e for e in all_exchanges()}
