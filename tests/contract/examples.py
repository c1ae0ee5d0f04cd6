"""Every request example of the bundled spec, as a call of the generated client.

An example is either a request body example (under the media type's ``examples``) or a
parameter example (``example``/``examples`` on a parameter). Each becomes the Python arguments
of its method: the body split into the method's keyword arguments (wire name -> argument name,
as the operation model says), or the parameter set to its example. The other arguments a call
needs (path parameters, required query parameters) are the harness's required-only call.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.operations import OperationView

from .arguments import Call, arguments, views


@dataclass(frozen=True)
class RequestExample:
    operation_id: str
    name: str
    """``body:<example name>`` or ``<parameter>:<n>``."""
    call: Call
    body: Any = None
    """The body example as the spec writes it (what must be sent unchanged)."""
    query: dict[str, Any] = field(default_factory=dict)
    """Parameter examples: wire name -> the example value."""

    @property
    def id(self) -> str:
        return f"{self.operation_id}/{self.name}"


def _base(view: OperationView) -> Call:
    """The call's other arguments: the harness's required-only call (path parameters, required
    query parameters, the body), without its body when an example replaces the body."""
    base = arguments(view.operation_id, 0)
    return Call(list(base.args), dict(base.kwargs))


def _body_call(view: OperationView, value: Any) -> dict[str, Any]:
    if view.body_is_whole:
        return {"body": value}
    names = {p.name: p.python_name for p in view.body_params}
    unknown = set(value) - set(names)
    if unknown:
        raise AssertionError(f"{view.operation_id}: body fields {sorted(unknown)} have no argument")
    return {names[k]: v for k, v in value.items()}


def request_examples() -> list[RequestExample]:
    found = []
    for view in views().values():
        if view.request_body is not None:
            for name, value in view.request_body.media_type.examples.items():
                call = _base(view)
                for param in view.body_params:
                    call.kwargs.pop(param.python_name, None)
                call.kwargs.update(_body_call(view, value))
                found.append(RequestExample(view.operation_id, f"body:{name}", call, body=value))
        for param in view.query_params + view.header_params:
            for n, value in enumerate(param.examples):
                call = _base(view)
                call.kwargs[param.python_name] = value
                found.append(
                    RequestExample(
                        view.operation_id, f"{param.name}:{n}", call, query={param.name: value}
                    )
                )
    return found
