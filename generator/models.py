"""Step 3: pydantic v2 models with datamodel-code-generator."""

from __future__ import annotations

import copy
import json
import tempfile
from pathlib import Path
from typing import Any

from datamodel_code_generator.__main__ import Exit
from datamodel_code_generator.__main__ import main as datamodel_codegen

from .settings import PACKAGE, TEMPLATES
from .spec import SpecError

RUNTIME_MODELS = f"{PACKAGE}._runtime._models"

# Formats the runtime parses leniently: each becomes a reference to a placeholder schema that
# --type-overrides swaps for the runtime's annotated type.
FORMAT_TYPES = {
    "date-time": "Timestamp",
    "timestamp": "Timestamp",
    "date": "PlainDate",
    "date-dmy": "DateDmy",
    "date-underscore": "DateUnderscore",
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


def stac_base_classes(document: dict[str, Any]) -> dict[str, str]:
    """Model name -> base class, for the schemas marked with ``x-pixxel-stac``."""
    bases = {}
    for name, schema in document.get("components", {}).get("schemas", {}).items():
        kind = schema.get("x-pixxel-stac")
        if kind is None:
            continue
        if kind not in STAC_BASES:
            raise SpecError(
                f"schema {name}: x-pixxel-stac {kind!r} is not one of {sorted(STAC_BASES)}"
            )
        bases[name] = f"{PACKAGE}._runtime._stac.{STAC_BASES[kind]}"
    return bases


def generate_models(document: dict[str, Any], output: Path) -> None:
    """Write the models module for ``document`` (the bundled spec) to ``output``."""
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
            f"{RUNTIME_MODELS}.OpenEnum",
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
