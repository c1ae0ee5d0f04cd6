"""Load the split spec, merge its parts into one document and validate it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import OpenAPIV31SpecValidator

from .settings import ROOT

HTTP_METHODS = ("get", "put", "post", "delete", "patch")


class SpecError(Exception):
    """The spec is invalid; the message names the file and the place."""


@dataclass
class Bundle:
    """The merged document and, for error messages, which file each path and component came from."""

    document: dict[str, Any]
    origins: dict[tuple[str, ...], Path] = field(default_factory=dict)

    def origin(self, location: tuple[str, ...]) -> Path:
        """The file that defines ``location`` (a path into the merged document)."""
        for depth in range(len(location), 0, -1):
            found = self.origins.get(tuple(location[:depth]))
            if found is not None:
                return found
        return self.origins[()]

    def operations(self) -> list[tuple[str, str, dict[str, Any]]]:
        """(method, path, operation) for every operation, in document order."""
        return [
            (method, path, op)
            for path, item in self.document["paths"].items()
            for method, op in item.items()
            if method in HTTP_METHODS
        ]

    def to_json(self) -> str:
        return json.dumps(self.document, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


class _StrictLoader(yaml.SafeLoader):
    """A YAML loader that refuses a key given twice in one mapping (PyYAML keeps the last)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"key {key!r} appears twice in one mapping", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_StrictLoader)
    except FileNotFoundError:
        raise SpecError(f"{_rel(path)}: file not found") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        raise SpecError(
            f"{_rel(path)}{where}: not valid YAML: {getattr(exc, 'problem', exc)}"
        ) from None
    if not isinstance(data, dict):
        raise SpecError(f"{_rel(path)}: expected a mapping at the top level")
    return data


def _rel(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def load(root_path: Path) -> Bundle:
    """Merge ``root_path`` and the parts it lists (``x-pixxel-parts``) into one document."""
    document = _read_yaml(root_path)
    bundle = Bundle(document=document, origins={(): root_path})
    document.setdefault("paths", {})
    components = document.setdefault("components", {})
    for kind, entries in components.items():
        for name in entries or {}:
            bundle.origins[("components", kind, name)] = root_path

    for part_name in document.pop("x-pixxel-parts", []):
        part_path = root_path.parent / part_name
        part = _read_yaml(part_path)
        unknown = set(part) - {"paths", "components"}
        if unknown:
            raise SpecError(
                f"{_rel(part_path)}: a part holds only paths and components, found {sorted(unknown)}"
            )
        for path, item in (part.get("paths") or {}).items():
            if path in document["paths"]:
                first = bundle.origins[("paths", path)]
                raise SpecError(
                    f"{_rel(part_path)}: path {path} is already defined in {_rel(first)}"
                )
            document["paths"][path] = item
            bundle.origins[("paths", path)] = part_path
        for kind, entries in (part.get("components") or {}).items():
            target = components.setdefault(kind, {})
            for name, value in (entries or {}).items():
                if name in target:
                    first = bundle.origins[("components", kind, name)]
                    raise SpecError(
                        f"{_rel(part_path)}: components/{kind}/{name} is already defined in {_rel(first)}"
                    )
                target[name] = value
                bundle.origins[("components", kind, name)] = part_path
    return bundle


def validate(bundle: Bundle) -> None:
    """Check the merged document against OpenAPI 3.1 and the project's own rules."""
    check_refs(bundle)
    check_openapi(bundle)
    check_project_rules(bundle)


def check_refs(bundle: Bundle) -> None:
    """Every ``$ref`` names a target of the merged document (one line per broken one)."""
    problems = list(_broken_refs(bundle))
    if problems:
        raise SpecError("\n".join(problems))


def check_openapi(bundle: Bundle) -> None:
    """OpenAPI 3.1 validity (openapi-spec-validator); the slow half of :func:`validate`."""
    validator = OpenAPIV31SpecValidator(bundle.document)
    errors = sorted(validator.iter_errors(), key=lambda e: [str(p) for p in e.absolute_path])
    if errors:
        raise SpecError(
            "\n".join(_describe(bundle, e.absolute_path, e.message) for e in errors[:10])
        )


def check_project_rules(bundle: Bundle) -> None:
    """The rules the generator relies on beyond OpenAPI (names, tags, no inline objects...).

    Broken ``$ref``s come first: every later step (and openapi-spec-validator) trips over them.
    """
    check_refs(bundle)
    problems = list(_project_rules(bundle))
    if problems:
        raise SpecError("\n".join(problems))


def _broken_refs(bundle: Bundle) -> Iterator[str]:
    """One line per ``$ref`` whose target the merged document lacks: file, line, target."""
    for location, ref in _refs(bundle.document, ()):
        if not ref.startswith("#/"):
            problem = "only local references (#/...) are supported"
        elif _target(bundle.document, ref) is _MISSING:
            problem = "no such target"
        else:
            continue
        path = bundle.origin(location)
        line = _line_of(path, location)
        yield f"{_rel(path)}{f':{line}' if line else ''}: $ref {ref}: {problem}"


_MISSING = object()


def _refs(node: Any, location: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], str]]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield (*location, "$ref"), ref
        for key, value in node.items():
            if key not in ("example", "examples", "default", "enum", "const", "$ref"):
                yield from _refs(value, (*location, str(key)))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _refs(item, (*location, str(index)))


def _target(document: dict[str, Any], ref: str) -> Any:
    node: Any = document
    for raw in ref[2:].split("/"):
        key = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and key in node:
            node = node[key]
        elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        else:
            return _MISSING
    return node


def _line_of(path: Path, location: tuple[str, ...]) -> int | None:
    """The 1-based line of ``location`` (keys from the document root) in the YAML file ``path``."""
    try:
        node: yaml.Node | None = yaml.compose(
            path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader
        )
    except (OSError, yaml.YAMLError):
        return None
    for key in location:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == key), None)
        elif isinstance(node, yaml.SequenceNode) and key.isdigit() and int(key) < len(node.value):
            node = node.value[int(key)]
        else:
            return None
        if node is None:
            return None
    return node.start_mark.line + 1 if node is not None else None


def _describe(bundle: Bundle, location: Any, message: str) -> str:
    parts = tuple(str(p) for p in location)
    pointer = "/".join(parts) or "<root>"
    return f"{_rel(bundle.origin(parts))}: at {pointer}: {message}"


def _project_rules(bundle: Bundle) -> Iterator[str]:
    """Rules OpenAPI does not enforce but the generator relies on."""
    doc = bundle.document
    tags = {t["name"]: t for t in doc.get("tags", [])}
    seen_ids: dict[str, str] = {}
    for method, path, op in bundle.operations():
        where = f"{_rel(bundle.origin(('paths', path)))}: at paths/{path}/{method}"
        op_id = op.get("operationId")
        if not op_id:
            yield f"{where}: operationId is missing"
            continue
        if op_id in seen_ids:
            yield f"{where}: operationId {op_id} is also used by {seen_ids[op_id]}"
        seen_ids[op_id] = f"{method.upper()} {path}"
        op_tags = op.get("tags") or []
        if len(op_tags) != 1 or op_tags[0] not in tags:
            yield f"{where}: needs exactly one tag declared in the root, got {op_tags}"
        elif not (op.get("x-pixxel-resource") or tags[op_tags[0]].get("x-pixxel-resource")):
            yield f"{where}: tag {op_tags[0]} has no x-pixxel-resource"
        if not op.get("x-pixxel-method"):
            yield f"{where}: x-pixxel-method is missing"
    for name in doc.get("components", {}).get("schemas") or {}:
        if not name[:1].isupper() or not name.isidentifier():
            where = _rel(bundle.origin(("components", "schemas", name)))
            yield f"{where}: at components/schemas/{name}: schema names are PascalCase identifiers"
        yield from _inline_objects(
            bundle, ("components", "schemas", name), doc["components"]["schemas"][name], top=True
        )
    for method, path, op in bundle.operations():
        bodies = [("requestBody", (op.get("requestBody") or {}).get("content") or {})]
        bodies += [
            (status, (r.get("content") or {})) for status, r in op.get("responses", {}).items()
        ]
        for where, content in bodies:
            for media_type, media in content.items():
                location = ("paths", path, method, where, "content", media_type, "schema")
                yield from _inline_objects(bundle, location, media.get("schema") or {}, top=False)
    seen_methods: dict[tuple[str, str], str] = {}
    for _method, _path, op in bundle.operations():
        resource = op.get("x-pixxel-resource") or tags.get((op.get("tags") or [""])[0], {}).get(
            "x-pixxel-resource"
        )
        key = (str(resource), str(op.get("x-pixxel-method")))
        if key in seen_methods:
            yield f"{op.get('operationId')}: method {key[0]}.{key[1]} is also {seen_methods[key]}"
        seen_methods[key] = str(op.get("operationId"))


def _inline_objects(
    bundle: Bundle, location: tuple[str, ...], schema: Any, *, top: bool
) -> Iterator[str]:
    """Objects with properties must be named components: inline ones get unstable class names."""
    if isinstance(schema, list):
        for index, item in enumerate(schema):
            yield from _inline_objects(bundle, (*location, str(index)), item, top=False)
        return
    if not isinstance(schema, dict):
        return
    types = schema.get("type")
    is_object = types == "object" or (isinstance(types, list) and "object" in types)
    if not top and is_object and schema.get("properties"):
        pointer = "/".join(location)
        yield (
            f"{_rel(bundle.origin(location))}: at {pointer}: an object with properties must be a "
            "named component ($ref), not an inline schema"
        )
    for key, value in schema.items():
        if key in ("properties", "patternProperties", "$defs"):
            for name, sub in (value or {}).items():
                yield from _inline_objects(bundle, (*location, key, name), sub, top=False)
        elif isinstance(value, dict | list) and key not in (
            "example",
            "examples",
            "default",
            "enum",
            "const",
        ):
            yield from _inline_objects(bundle, (*location, key), value, top=False)


def load_and_validate(root_path: Path) -> Bundle:
    bundle = load(root_path)
    validate(bundle)
    return bundle
