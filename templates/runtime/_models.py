"""Base classes and field types shared by the generated models.

Every model validates in two ways, chosen by pydantic from the input:

- **JSON** (responses) is read tolerantly: no constraint (range, length, pattern) is enforced,
  a value of another JSON type than declared (a fraction for an integer, a string for an object,
  ``null``...) is kept exactly as sent instead of failing, a missing required field reads as
  ``None``, and values are never coerced (``"5"`` stays a string where an integer was declared).
  Typed access works wherever the data fits the declared type. Responses are decoded with
  ``pydantic_core.from_json`` and validated by :func:`decoded_json_validator`, which applies this
  JSON side to the decoded data; ``Model.model_validate_json`` reads the same way.
- **Python objects** (``Model(...)``, ``Model.model_validate(obj)``, which is how request bodies
  are built) are checked against the spec: types, required fields and constraints.

A value kept as sent does not fit its field's declared type, so serializing it (``to_dict()``,
``model_dump()``, ``model_dump_json()``) writes it as it is without pydantic's "unexpected value"
warnings: keeping data as sent is what the tolerant reading is for.

Checking a response against the spec is the job of ``strict_response_validation`` (see
``pixxel._runtime._strict``), which validates the JSON itself against the spec's JSON Schema.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import pydantic
from pydantic import GetCoreSchemaHandler, PlainValidator, WrapSerializer
from pydantic_core import CoreSchema, SchemaValidator, core_schema

from ._formats import DATE_FORMATS

__all__ = [
    "BaseModel",
    "BaseRootModel",
    "Bbox",
    "DateDmy",
    "DateUnderscore",
    "GeoJsonModel",
    "OpenEnum",
    "PlainDate",
    "RawJson",
    "Timestamp",
    "WireDate",
    "WireDatetime",
    "decoded_json_validator",
]


class _DumpsAsSent:
    """``model_dump()``/``model_dump_json()`` without pydantic's "unexpected value" warnings: a
    value kept as sent does not fit its declared type by design (see the module docstring)."""

    if not TYPE_CHECKING:  # type checkers and IDEs see pydantic's own signatures

        def model_dump(self, **options: Any) -> Any:
            options.setdefault("warnings", False)
            return super().model_dump(**options)

        def model_dump_json(self, **options: Any) -> str:
            options.setdefault("warnings", False)
            return super().model_dump_json(**options)


class BaseModel(_DumpsAsSent, pydantic.BaseModel):
    """Base of every generated model.

    Forward compatible: fields the spec does not list yet are kept (``model_extra``) and written
    back on serialization. Fields can be set by their Python name or their wire name. Parsed from
    JSON, a model never rejects a value (see the module docstring); :meth:`to_dict` gives back
    the JSON as it was received.
    """

    model_config = pydantic.ConfigDict(
        extra="allow",
        populate_by_name=True,
        protected_namespaces=(),
        defer_build=True,
    )

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: type[pydantic.BaseModel], handler: GetCoreSchemaHandler, /
    ) -> CoreSchema:
        return _tolerant_json(handler(source))

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: wire names, values as received, fields not sent left out.

        For a parsed response this is the body as the server sent it (timestamps keep their
        text, values that did not fit their declared type are there unchanged).
        """
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True, warnings=False)


class GeoJsonModel(BaseModel):
    """Base of the models of GeoJSON objects (geometries, features, feature collections)."""

    @property
    def __geo_interface__(self) -> dict[str, Any]:
        """The GeoJSON object: ``shapely.geometry.shape(model)`` works, and so does passing the
        model wherever the client takes a geometry."""
        return self.to_dict()


RootT = TypeVar("RootT")


class BaseRootModel(_DumpsAsSent, pydantic.RootModel[RootT]):
    """Base of the generated models whose JSON is not an object (unions, arrays).

    Read from JSON like :class:`BaseModel`: the declared type where the value fits, else the
    value as sent.
    """

    model_config = pydantic.ConfigDict(defer_build=True)

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: type[pydantic.BaseModel], handler: GetCoreSchemaHandler, /
    ) -> CoreSchema:
        return _tolerant_json(handler(source))

    def to_dict(self) -> Any:
        """The value as JSON data, as received (see :meth:`BaseModel.to_dict`)."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True, warnings=False)


# --- the tolerant (JSON) side of every model --------------------------------------------------

_CONSTRAINTS = frozenset(
    {"ge", "gt", "le", "lt", "multiple_of", "min_length", "max_length", "pattern"}
)
_SCALARS = frozenset({"int", "float", "str", "bool"})


def _tolerant_json(schema: CoreSchema) -> CoreSchema:
    """A model's schema, with a tolerant variant of its fields used for JSON input only."""
    if schema.get("type") == "model" and "schema" in schema:
        model: Any = schema
        declared = model["schema"]
        if declared.get("type") == "json-or-python":
            return schema  # pydantic handed back a schema built (and made tolerant) before
        root = model.get("root_model")
        tolerant = _tolerant_value(declared) if root else _tolerant_fields(declared)
        _keep_integers(declared)
        model["schema"] = core_schema.json_or_python_schema(
            json_schema=tolerant, python_schema=declared
        )
    return schema


def _keep_integers(schema: Any) -> None:
    """Make every ``float`` in ``schema`` serialize an integer as that integer.

    A JSON number read into a ``float`` field stays an ``int`` when it was sent as one (see
    ``_typed``); pydantic's float serializer would write it back as a float, rounding integers
    beyond 2**53. Nested models have their own schema (and their own call of this function).
    """
    if isinstance(schema, dict):
        if schema.get("type") == "float" and "serialization" not in schema:
            schema["serialization"] = core_schema.plain_serializer_function_ser_schema(
                _number_as_sent, when_used="json"
            )
            return
        if schema.get("type") in ("model", "definitions"):
            return
        for value in schema.values():
            _keep_integers(value)
    elif isinstance(schema, list | tuple):
        for value in schema:
            _keep_integers(value)


def _number_as_sent(value: Any) -> Any:
    return value


def _tolerant_fields(schema: Any) -> Any:
    """A ``model-fields`` schema whose fields never fail and are all optional."""
    if schema.get("type") != "model-fields":
        return _tolerant_value(schema)
    fields = {}
    for name, field in schema["fields"].items():
        inner = field["schema"]
        tolerant: Any
        if inner.get("type") == "default":
            tolerant = {**inner, "schema": _tolerant_value(inner["schema"])}
        else:  # required: absent reads as None (and stays absent in to_dict)
            tolerant = core_schema.with_default_schema(_tolerant_value(inner), default=None)
        fields[name] = {**field, "schema": tolerant}
    return {**schema, "fields": fields}


def _tolerant_value(schema: Any) -> Any:
    """The declared type where the value fits it, else the value exactly as sent."""
    if _as_sent_anyway(schema):
        # Strict JSON strings, numbers, booleans and null (and arrays and maps of them) read
        # as exactly the Python value that `any` gives: no need to check the type at all.
        return core_schema.any_schema()
    return core_schema.union_schema(
        [_typed(schema), core_schema.any_schema()], mode="left_to_right"
    )


_AS_SENT = frozenset({"any", "int", "float", "str", "bool", "none", "literal"})


def _as_sent_anyway(schema: Any) -> bool:
    """Whether the tolerant reading of ``schema`` is always the decoded JSON value itself."""
    kind = schema.get("type")
    if kind in _AS_SENT:
        return True
    if kind in ("nullable", "default"):
        return _as_sent_anyway(schema["schema"])
    if kind == "list":
        return "items_schema" not in schema or _as_sent_anyway(schema["items_schema"])
    if kind == "dict":
        return all(
            _as_sent_anyway(schema[key])
            for key in ("keys_schema", "values_schema")
            if key in schema
        )
    if kind == "union":
        return all(_as_sent_anyway(c[0] if isinstance(c, tuple) else c) for c in schema["choices"])
    return False


def _typed(schema: Any) -> Any:
    """``schema`` without constraints, with strict scalars and tolerant members."""
    kind = schema.get("type")
    out = {k: v for k, v in schema.items() if k not in _CONSTRAINTS}
    if kind == "float":
        # An integer stays an integer: exact however large, and written back as it came.
        out["strict"] = True
        return core_schema.union_schema(
            [core_schema.int_schema(strict=True), out], mode="left_to_right"
        )
    if kind in _SCALARS:
        out["strict"] = True  # never coerce: "5" is not read as 5, nor 1.5 as 1
    elif kind in ("list", "set", "frozenset", "tuple") and "items_schema" in schema:
        out["items_schema"] = _tolerant_value(schema["items_schema"])
    elif kind == "dict":
        if "values_schema" in schema:
            out["values_schema"] = _tolerant_value(schema["values_schema"])
    elif kind in ("nullable", "default"):
        out["schema"] = _typed(schema["schema"])
    elif kind == "union":
        out["choices"] = [
            (_typed(c[0]), c[1]) if isinstance(c, tuple) else _typed(c) for c in schema["choices"]
        ]
    elif kind == "tagged-union":
        out["choices"] = {tag: _typed(c) for tag, c in schema["choices"].items()}
    elif kind == "definitions":
        out["schema"] = _typed(schema["schema"])
    return out


def decoded_json_validator(model: type[pydantic.BaseModel]) -> SchemaValidator:
    """A validator that reads already decoded JSON (``pydantic_core.from_json``) tolerantly.

    The same as ``model.model_validate_json`` but over Python data: decoding with
    ``from_json`` and validating the result is much faster than ``model_validate_json`` on
    bodies of many megabytes, since values the models keep as sent are not copied.
    """
    model.model_rebuild()  # a no-op once built (models are built on first use)
    schema = _json_side(model.__pydantic_core_schema__)
    # pydantic-core reuses the validator of a class marked complete (``__pydantic_complete__``
    # in its ``__dict__``) wherever a schema names it, which would bring back the Python-side
    # (declared) checks for nested models. pydantic offers no switch for this, so the mark is
    # hidden while the tolerant validator is built, under a lock, and always restored. The
    # validator built is then independent of the classes. Pinned by the test
    # tests/unit/test_models.py::test_nested_models_are_read_tolerantly_from_decoded_json: a
    # pydantic release that changes this fails it, not a user's parse.
    classes = [c for c in _model_classes(schema) if c.__dict__.get("__pydantic_complete__")]
    with _BUILD_LOCK:
        try:
            for cls in classes:
                type.__setattr__(cls, "__pydantic_complete__", False)
            return SchemaValidator(schema)
        finally:
            for cls in classes:
                type.__setattr__(cls, "__pydantic_complete__", True)


_BUILD_LOCK = threading.Lock()


def _model_classes(node: Any) -> set[type]:
    found: set[type] = set()
    if isinstance(node, dict):
        if node.get("type") == "model" and isinstance(node.get("cls"), type):
            found.add(node["cls"])
        for value in node.values():
            found |= _model_classes(value)
    elif isinstance(node, list | tuple):
        for value in node:
            found |= _model_classes(value)
    return found


def _json_side(node: Any) -> Any:
    """A core schema with every JSON-or-Python choice resolved to its JSON side."""
    if isinstance(node, dict):
        if node.get("type") == "json-or-python":
            return _json_side(node["json_schema"])
        return {key: _json_side(value) for key, value in node.items()}
    if isinstance(node, list | tuple):
        return type(node)(_json_side(value) for value in node)
    return node


# --- enums -----------------------------------------------------------------------------------


class OpenEnum(StrEnum):
    """A string enum that accepts values the spec does not list yet.

    The API adds states over time; an unknown value becomes a pseudo-member (``Status("new")``
    is a ``Status`` whose ``value`` is ``"new"``) instead of a validation error.
    """

    @classmethod
    def _missing_(cls, value: object) -> OpenEnum | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "".join(c if c.isalnum() else "_" for c in value).upper()
        member._value_ = value
        return member


# --- timestamps and dates that keep their text -------------------------------------------------


class WireDatetime(datetime):
    """A ``datetime`` parsed from the API that remembers the exact text it came from.

    It compares and computes like any ``datetime``; ``text`` (and ``to_dict()``/JSON output) is
    the string the server sent, unchanged (``Z`` stays ``Z``, ``.725`` stays ``.725``, a
    7-digit fraction keeps its 7 digits even though ``datetime`` holds microseconds only).
    """

    __slots__ = ("text",)
    text: str

    def __reduce_ex__(self, protocol: Any) -> Any:
        # copies and pickles keep the text (datetime's own reduce would drop it)
        if hasattr(self, "text"):
            return _parse_timestamp, (self.text,)
        return super().__reduce_ex__(protocol)


class WireDate(date):
    """A ``date`` parsed from the API that remembers the exact text it came from."""

    __slots__ = ("text",)
    text: str

    def __reduce_ex__(self, protocol: Any) -> Any:
        if hasattr(self, "text"):
            return _wire_date, (self.text, self.year, self.month, self.day)
        return super().__reduce_ex__(protocol)


def _wire_date(text: str, year: int, month: int, day: int) -> WireDate:
    parsed = WireDate(year, month, day)
    parsed.text = text
    return parsed


def _parse_timestamp(value: Any) -> Any:
    if isinstance(value, str):
        try:
            parsed = WireDatetime.fromisoformat(value)
        except ValueError:
            return value  # kept as sent: see Timestamp
        parsed.text = value
        return parsed
    if isinstance(value, datetime) or value is None:
        return value
    raise ValueError("a timestamp must be an ISO 8601 string or a datetime")


def _date_parser(fmt: str) -> Callable[[Any], Any]:
    def parse(value: Any) -> Any:
        if isinstance(value, str):
            try:
                day = datetime.strptime(value, fmt).date()
            except ValueError:
                return value  # kept as sent, like Timestamp
            return _wire_date(value, day.year, day.month, day.day)
        if isinstance(value, date) or value is None:
            return value
        raise ValueError(f"a date must be a string in the form {fmt} or a date")

    return parse


def _as_sent(fmt: str | None) -> Callable[[Any, Any], Any]:
    def serialize(value: Any, default: Any) -> Any:
        text = getattr(value, "text", None)
        if isinstance(text, str):
            return text
        if fmt is not None and isinstance(value, date):
            return value.strftime(fmt)
        return default(value)

    return serialize


Timestamp = Annotated[
    datetime | str | None,
    PlainValidator(_parse_timestamp),
    WrapSerializer(_as_sent(None), when_used="json"),
]
"""ISO 8601 date and time, with ``T`` or a space between them, ``Z`` or an offset.

Read as a :class:`WireDatetime` (a ``datetime`` that keeps the text it came from). A value that
is not a timestamp at all (the documentation's own examples carry placeholders such as
``"<string>"``, or ``""`` for a time not set yet) is kept as the string sent.
"""

PlainDate = Annotated[
    date | str | None,
    PlainValidator(_date_parser(DATE_FORMATS["date"].strptime)),
    WrapSerializer(_as_sent(DATE_FORMATS["date"].strptime), when_used="json"),
]
"""``YYYY-MM-DD``, read as a :class:`WireDate`; anything else is kept as the string sent."""

DateDmy = Annotated[
    date | str | None,
    PlainValidator(_date_parser(DATE_FORMATS["date-dmy"].strptime)),
    WrapSerializer(_as_sent(DATE_FORMATS["date-dmy"].strptime), when_used="json"),
]
"""``DD-MM-YYYY`` (order task dates); a ``date`` you pass is sent in the same form."""

DateUnderscore = Annotated[
    date | str | None,
    PlainValidator(_date_parser(DATE_FORMATS["date-underscore"].strptime)),
    WrapSerializer(_as_sent(DATE_FORMATS["date-underscore"].strptime), when_used="json"),
]
"""``YYYY_MM_DD`` (visualization dates); a ``date`` you pass is sent in the same form."""


Bbox = list[float]
"""A STAC bounding box. Values that are not numbers (one documented example sends numeric
strings) are kept as sent."""

RawJson = Any
"""A field the API stores as raw JSON bytes: an integer array or an already decoded JSON value.

Both are kept as sent; :func:`pixxel.decode_raw_json` turns either into a Python value.
"""
