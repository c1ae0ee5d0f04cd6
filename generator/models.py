"""Step 3: pydantic v2 models with datamodel-code-generator."""

from __future__ import annotations

import copy
import importlib.util
import json
import re
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from datamodel_code_generator.__main__ import Exit
from datamodel_code_generator.__main__ import main as datamodel_codegen

from .model_modules import split_models
from .settings import PACKAGE, TEMPLATES
from .spec import SpecError

if TYPE_CHECKING:
    from .operations import OperationView

RUNTIME_MODELS = f"{PACKAGE}._runtime._models"


def runtime_module(name: str) -> Any:
    """``templates/runtime/<name>.py``, loaded from its file: the one definition of a convention
    the generator shares with the runtime (the runtime is a template here, not a package, so
    only its dependency-free modules are loaded this way)."""
    path = TEMPLATES / "runtime" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"pixxel_runtime{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building
    spec.loader.exec_module(module)
    return module


_FORMATS = runtime_module("_formats")
# Formats the runtime parses leniently: each becomes a reference to a placeholder schema that
# --type-overrides swaps for the runtime's annotated type.
FORMAT_TYPES: dict[str, str] = {
    **_FORMATS.TIMESTAMP_FORMATS,
    **{name: f.runtime_type for name, f in _FORMATS.DATE_FORMATS.items()},
}
PLACEHOLDER_PREFIX = "PixxelRuntime"
# Schemas that stand for a runtime type rather than a model of their own:
# schema name -> (runtime type name, annotation shown in method signatures).
SCHEMA_OVERRIDES = {
    "RawJson": ("RawJson", "Any"),
    "StacBbox": ("Bbox", "builtins.list[float]"),
}


# x-pixxel-stac on a schema -> the runtime base class that gives its model STAC conversions.
STAC_BASES = {
    "item": "StacItemModel",
    "collection": "StacCollectionModel",
    "item-holder": "StacItemHolderModel",
    "item-list": "StacItemListModel",
}


GEOJSON_BASE = f"{RUNTIME_MODELS}.GeoJsonModel"
"""Base of the schemas marked ``x-pixxel-geojson``: models with a ``__geo_interface__``."""


def stac_base_classes(document: dict[str, Any]) -> dict[str, str]:
    """Model name -> base class, for the schemas marked ``x-pixxel-stac`` or ``x-pixxel-geojson``."""
    bases = {}
    for name, schema in document.get("components", {}).get("schemas", {}).items():
        if schema.get("x-pixxel-geojson") is True:
            bases[name] = GEOJSON_BASE
        kind = schema.get("x-pixxel-stac")
        if kind is None:
            continue
        if kind not in STAC_BASES:
            raise SpecError(
                f"schema {name}: x-pixxel-stac {kind!r} is not one of {sorted(STAC_BASES)}"
            )
        bases[name] = f"{PACKAGE}._runtime._stac.{STAC_BASES[kind]}"
    return bases


def generate_models(document: dict[str, Any], output: Path) -> dict[str, list[str]]:
    """Write the models of ``document`` (the bundled spec) as the package ``output``.

    datamodel-code-generator writes one module; :func:`split_models` cuts it into one module per
    model (per group of models that name each other) and an index, so that a call loads only the
    models it returns. Returns module file name -> the model names it defines.
    """
    with tempfile.TemporaryDirectory() as tmp:
        single = Path(tmp) / "models.py"
        _run_codegen(document, single)
        return split_models(single.read_text(), output)


def _run_codegen(document: dict[str, Any], output: Path) -> None:
    source = _with_runtime_types(document)
    overrides = {
        f"{PLACEHOLDER_PREFIX}{name}": f"{RUNTIME_MODELS}.{name}" for name in FORMAT_TYPES.values()
    }
    overrides.update(
        {schema: f"{RUNTIME_MODELS}.{name}" for schema, (name, _) in SCHEMA_OVERRIDES.items()}
    )
    with tempfile.TemporaryDirectory() as tmp:
        source_path = Path(tmp) / "openapi.json"
        source_path.write_text(json.dumps(source, indent=1, sort_keys=True))
        args = [
            "--input",
            str(source_path),
            "--input-file-type",
            "openapi",
            "--output",
            str(output),
            "--output-model-type",
            "pydantic_v2.BaseModel",
            "--target-python-version",
            "3.11",
            "--base-class",
            f"{RUNTIME_MODELS}.BaseModel",
            "--base-class-map",
            json.dumps(stac_base_classes(document), sort_keys=True),
            "--additional-imports",
            f"{RUNTIME_MODELS}.OpenEnum,{RUNTIME_MODELS}.BaseRootModel",
            "--custom-template-dir",
            str(TEMPLATES / "datamodel-codegen"),
            "--type-overrides",
            json.dumps(overrides, sort_keys=True),
            "--snake-case-field",
            "--capitalise-enum-members",
            "--use-annotated",
            "--field-constraints",
            "--use-schema-description",
            "--use-field-description",
            "--use-double-quotes",
            "--read-only-write-only-model-type",
            "all",
            "--disable-timestamp",
            "--custom-file-header",
            '"""Pydantic models of every schema in the Pixxel API spec (generated)."""',
            # One formatter for the whole package, at the end: a formatter run here would pick up
            # whatever ruff settings surround the output folder and differ between machines.
            "--no-formatters",
        ]
        status = datamodel_codegen(args)
    if status != Exit.OK:
        raise SpecError(f"datamodel-code-generator failed (exit {status}) on the bundled spec")
    # Root models get the runtime's base too (tolerant JSON, `to_dict`); ruff drops the then
    # unused `pydantic.RootModel` import when the package is formatted.
    text = re.sub(r"\(RootModel\[", "(BaseRootModel[", output.read_text())
    output.write_text(_tagged_unions(text, document))


# `Annotated[A | B, Field(discriminator="kind")]` as datamodel-code-generator writes it.
_DISCRIMINATED = re.compile(
    r"""Annotated\[((?:\w+ \| )+\w+), Field\(discriminator=["']([^"']+)["']\)\]"""
)
_UNION_IMPORTS = (
    "from pydantic import Discriminator, Tag\n"
    f"from {RUNTIME_MODELS.rsplit('.', 1)[0]}._unions import by_property\n"
)


def _tagged_unions(text: str, document: dict[str, Any]) -> str:
    """Discriminated unions with callable discriminators: pydantic cannot read the tag of the
    runtime's tolerant models, so each member gets its ``Tag`` (from the discriminator's
    ``mapping``, else the member's ``const``/single ``enum`` value of the property, else its
    schema name) and ``Discriminator(by_property(<property>))`` picks it from the data."""
    schemas = document.get("components", {}).get("schemas", {})
    mapped = {
        (d["propertyName"], ref.rsplit("/", 1)[-1]): tag
        for schema in schemas.values()
        if isinstance(d := schema.get("discriminator"), dict)
        for tag, ref in (d.get("mapping") or {}).items()
    }

    def tag(prop: str, member: str) -> str:
        if (prop, member) in mapped:
            return str(mapped[(prop, member)])
        field = ((schemas.get(member) or {}).get("properties") or {}).get(prop) or {}
        if "const" in field:
            return str(field["const"])
        if len(field.get("enum") or ()) == 1:
            return str(field["enum"][0])
        return member

    def rewrite(match: re.Match[str]) -> str:
        prop = match.group(2)
        members = [
            f"Annotated[{m}, Tag({json.dumps(tag(prop, m))})]" for m in match.group(1).split(" | ")
        ]
        return f"Annotated[{' | '.join(members)}, Discriminator(by_property({json.dumps(prop)}))]"

    rewritten, count = _DISCRIMINATED.subn(rewrite, text)
    if "discriminator=" in rewritten:
        line = next(ln for ln in rewritten.splitlines() if "discriminator=" in ln)
        raise SpecError(f"a discriminator in this form is not honoured: {line.strip()}")
    if count:
        head, sep, rest = rewritten.partition("from __future__ import annotations\n")
        rewritten = head + sep + _UNION_IMPORTS + rest
    return rewritten


def _with_runtime_types(document: dict[str, Any]) -> dict[str, Any]:
    source = copy.deepcopy(document)
    schemas = source.setdefault("components", {}).setdefault("schemas", {})
    for name in FORMAT_TYPES.values():
        schemas[f"{PLACEHOLDER_PREFIX}{name}"] = {"type": "string"}
    _rewrite_formats(source)
    return source


def _rewrite_formats(node: Any) -> None:
    if isinstance(node, list):
        for item in node:
            _rewrite_formats(item)
        return
    if not isinstance(node, dict):
        return
    for value in node.values():
        _rewrite_formats(value)
    fmt = node.get("format")
    types = node.get("type")
    type_list = types if isinstance(types, list) else [types]
    if fmt in FORMAT_TYPES and "string" in type_list:
        ref = {"$ref": f"#/components/schemas/{PLACEHOLDER_PREFIX}{FORMAT_TYPES[fmt]}"}
        for key in ("type", "format", "pattern", "minLength", "maxLength", "examples", "example"):
            node.pop(key, None)
        if "null" in type_list:
            node["anyOf"] = [ref, {"type": "null"}]
        else:
            node.update(ref)


RESPONSE_SCHEMAS = "_response_schemas.json"
"""The file (inside the package) that strict response validation reads."""

# Keywords that only document a schema: left out of the shipped file, which only validates.
_DOC_KEYWORDS = frozenset(
    {"description", "example", "examples", "title", "externalDocs", "deprecated", "discriminator"}
)
# Keywords whose value is one schema, a list of schemas, or a map of name -> schema.
_ONE_SCHEMA = (
    "additionalProperties",
    "items",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
    "unevaluatedProperties",
    "unevaluatedItems",
)
_SCHEMA_LIST = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_MAP = ("properties", "patternProperties", "$defs", "dependentSchemas")


def response_schemas(document: dict[str, Any], views: list[OperationView]) -> dict[str, Any]:
    """The JSON Schema (Draft 2020-12) of every JSON success response, by operation and status.

    ``{"operations": {operationId: {status: schema}}, "components": {"schemas": ...}}``: each
    response schema is a ``$ref`` into ``components`` (or an inline schema), as in the spec. The
    responses come from the operation model (``views``): its success rule, its JSON rule.
    """
    operations: dict[str, dict[str, Any]] = {}
    for view in views:
        declared = {
            response.status: _validation_only(media.schema)
            for response in view.success_responses
            for media in [m for m in response.content if m.json][:1]
            if media.schema
        }
        if declared:
            operations[view.operation_id] = declared
    schemas = document.get("components", {}).get("schemas", {})
    return {
        "operations": dict(sorted(operations.items())),
        "components": {"schemas": {name: _validation_only(s) for name, s in schemas.items()}},
    }


def write_response_schemas(
    document: dict[str, Any], views: list[OperationView], output: Path
) -> None:
    """Write :func:`response_schemas` of ``document`` to ``output`` (compact, stable order)."""
    text = json.dumps(response_schemas(document, views), sort_keys=True, separators=(",", ":"))
    output.write_text(text + "\n", encoding="utf-8")


def _validation_only(schema: Any) -> Any:
    """``schema`` without its documentation keywords and ``x-`` extensions, and with its
    ``writeOnly`` properties not required (the file validates responses only)."""
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    write_only = {n for n, p in (schema.get("properties") or {}).items() if p.get("writeOnly")}
    for key, value in schema.items():
        if key in _DOC_KEYWORDS or key.startswith("x-"):
            continue
        if key == "required" and write_only:  # a response need not carry a writeOnly field
            out[key] = [name for name in value if name not in write_only]
            continue
        if key in _ONE_SCHEMA:
            out[key] = _validation_only(value)
        elif key in _SCHEMA_LIST and isinstance(value, list):
            out[key] = [_validation_only(v) for v in value]
        elif key in _SCHEMA_MAP and isinstance(value, dict):
            out[key] = {name: _validation_only(v) for name, v in value.items()}
        else:
            out[key] = value
    return out
