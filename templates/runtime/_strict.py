"""Strict response validation: a response's JSON checked against the spec's JSON Schema.

Used when a client is created with ``strict_response_validation=True``. The schemas are the
spec's own (``_response_schemas.json``, written into the package by ``make generate``), checked
with ``jsonschema`` (Draft 2020-12, formats included), so that every deviation the spec can
express is reported: types, required fields, closed enums, ranges, lengths, patterns, formats.
"""

from __future__ import annotations

import json
import math
import re
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._errors import json_path, json_type
from ._formats import DATE_FORMATS

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator, FormatChecker
    from jsonschema.exceptions import ValidationError

__all__ = ["SCHEMA_FILE", "declares_json", "load_strict", "schema_errors"]

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "_response_schemas.json"
MAX_ERRORS = 50

_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
_ISO_TIMESTAMP = re.compile(
    r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}(:?\d{2})?)?$"
)


# The project format `timestamp` (spec/README.md) admits the documentation's placeholders.
TIMESTAMP_PLACEHOLDERS = frozenset({"<string>", "string"})


def _is_timestamp(pattern: re.Pattern[str], placeholders: frozenset[str] = frozenset()) -> Any:
    def check(value: object) -> bool:
        if not isinstance(value, str):
            return True  # formats apply to strings only; `type` catches the rest
        if value in placeholders:
            return True
        if not pattern.match(value):
            return False
        try:
            datetime.fromisoformat(value)
        except ValueError:
            return False
        return True

    return check


def _is_date(fmt: str, shape: str) -> Any:
    pattern = re.compile(shape)

    def check(value: object) -> bool:
        if not isinstance(value, str):
            return True
        # the documented forms are zero-padded, which strptime alone does not insist on
        if not pattern.match(value):
            return False
        try:
            datetime.strptime(value, fmt)
        except ValueError:
            return False
        return True

    return check


@lru_cache(maxsize=1)
def _format_checker() -> FormatChecker:
    from jsonschema import FormatChecker

    checker = FormatChecker(formats=())
    checks = {
        "date-time": _is_timestamp(_RFC3339),
        "timestamp": _is_timestamp(_ISO_TIMESTAMP, TIMESTAMP_PLACEHOLDERS),
    }
    checks.update({name: _is_date(f.strptime, f.pattern) for name, f in DATE_FORMATS.items()})
    for name, check in checks.items():
        checker.checks(name)(check)
    return checker


@lru_cache(maxsize=1)
def _document() -> dict[str, Any]:
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@lru_cache(maxsize=256)
def _validator(operation_id: str, status: int) -> Draft202012Validator | None:
    from jsonschema import Draft202012Validator

    document = _document()
    schema = document["operations"].get(operation_id, {}).get(str(status))
    if schema is None:
        return None
    # One root holding `components`, so that the spec's `#/components/...` references resolve.
    root = {**schema, "components": document["components"]}
    return Draft202012Validator(root, format_checker=_format_checker())


def declares_json(operation_id: str, status: int) -> bool:
    """Whether the spec declares a JSON body for this operation and status."""
    return str(status) in _document()["operations"].get(operation_id, {})


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def load_strict(content: bytes) -> Any:
    """Decode a body as standard JSON (``NaN`` and ``Infinity`` are not JSON)."""
    return json.loads(content, parse_constant=_reject_constant)


def schema_errors(operation_id: str, status: int, data: Any) -> list[dict[str, Any]]:
    """Every way ``data`` deviates from the response schema, as ``{loc, msg, type}`` dicts.

    Empty when it conforms or when the spec declares no JSON schema for the response.
    """
    validator = _validator(operation_id, status)
    if validator is None:
        return []
    errors = []
    for error in validator.iter_errors(data):
        errors.append(_describe(error))
        if len(errors) >= MAX_ERRORS:
            break
    errors.extend(_non_finite(data))
    return sorted(errors, key=lambda e: json_path(e["loc"]))


def _describe(error: ValidationError) -> dict[str, Any]:
    """One error, located by its JSON path; the message names the rule, never the value (a
    value may be a signed URL)."""
    if error.context:  # anyOf/oneOf: the error deepest into the data says most
        deepest = max(error.context, key=lambda e: len(e.absolute_path))
        inner = _describe(deepest)
        inner["msg"] = f"matches none of the {error.validator} shapes; closest: {inner['msg']}"
        return inner
    rule, expected = str(error.validator), error.validator_value
    if rule == "required":
        message = error.message  # "'x' is a required property": names the field only
    elif rule == "type":
        message = f"expected {expected}, got {json_type(error.instance)}"
    elif rule == "enum":
        message = f"not one of {expected!r}"
    elif rule == "format":
        message = f"not a valid {expected}"
    elif rule == "additionalProperties":
        message = "has properties the schema does not allow"
    else:
        shown = repr(expected)
        message = f"breaks {rule}: {shown if len(shown) < 120 else shown[:117] + '...'}"
    return {"loc": tuple(error.absolute_path), "msg": message, "type": rule}


def _non_finite(data: Any) -> list[dict[str, Any]]:
    """Numbers JSON cannot hold (a float that overflowed to infinity, such as ``1e400``)."""
    found: list[dict[str, Any]] = []
    stack: list[tuple[tuple[Any, ...], Any]] = [((), data)]
    while stack and len(found) < MAX_ERRORS:
        loc, value = stack.pop()
        if isinstance(value, float) and not math.isfinite(value):
            found.append({"loc": loc, "msg": "number out of range", "type": "number"})
        elif isinstance(value, dict):
            stack.extend(((*loc, k), v) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend(((*loc, i), v) for i, v in enumerate(value))
    return found
