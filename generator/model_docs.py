"""The reference page of the models (``reference/models.md``), rendered at docs build time.

It reads the generated model modules (``generated/pixxel/models/``, which ``make
check-generated`` keeps equal to what the spec gives) without importing them: each class, its
description, and per field the Python name, the name on the wire, the declared type and the
spec's description. The operations that return each model come from the spec's operation views.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path

from .settings import GENERATED, PACKAGE

MODELS_PAGE = "reference/models.md"

# The runtime's field types, as a reader of the page should read them.
RUNTIME_TYPES = {
    "Timestamp": "a `datetime` that keeps the text sent (`.text`), or the text itself when it "
    "is not a timestamp",
    "PlainDate": "a `date` that keeps the text sent (`YYYY-MM-DD`), or the text itself",
    "DateDmy": "a `date` sent as `DD-MM-YYYY` (kept as text when it is not one)",
    "DateUnderscore": "a `date` sent as `YYYY_MM_DD` (kept as text when it is not one)",
    "RawJson": "a value the API stores as raw JSON bytes, kept as sent (an array of byte values "
    "or a decoded JSON value); `pixxel.decode_raw_json` turns either into a Python value",
    "Bbox": "a STAC bounding box, a list of numbers (values that are not numbers are kept as sent)",
}


@dataclass(frozen=True)
class FieldDoc:
    name: str
    wire: str
    type: str
    description: str


@dataclass
class ModelDoc:
    name: str
    kind: str  # "object", "enum" or "value"
    description: str
    fields: list[FieldDoc] = field(default_factory=list)
    values: list[str] = field(default_factory=list)
    root: str = ""
    returned_by: list[str] = field(default_factory=list)


def read_models(package: Path = GENERATED / PACKAGE / "models") -> list[ModelDoc]:
    """Every model class of the generated package, sorted by name."""
    found = []
    for path in sorted(package.glob("_*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [_model(node) for node in tree.body if isinstance(node, ast.ClassDef)]
    return sorted(found, key=lambda m: m.name)


def _model(node: ast.ClassDef) -> ModelDoc:
    bases = [ast.unparse(b) for b in node.bases]
    description = _paragraph(ast.get_docstring(node) or "")
    if "OpenEnum" in bases:
        values = [
            ast.literal_eval(s.value)
            for s in node.body
            if isinstance(s, ast.Assign) and isinstance(s.value, ast.Constant)
        ]
        return ModelDoc(node.name, "enum", description, values=[str(v) for v in values])
    root = next((b for b in bases if b.startswith("BaseRootModel[")), None)
    if root is not None:
        return ModelDoc(node.name, "value", description, root=root[len("BaseRootModel[") : -1])
    model = ModelDoc(node.name, "object", description)
    body = node.body
    for i, statement in enumerate(body):
        if not isinstance(statement, ast.AnnAssign) or not isinstance(statement.target, ast.Name):
            continue
        name = statement.target.id
        if name == "model_config":
            continue
        annotation, alias = _annotation(statement.annotation)
        following = body[i + 1] if i + 1 < len(body) else None
        text = ""
        if isinstance(following, ast.Expr) and isinstance(following.value, ast.Constant):
            text = _paragraph(str(following.value.value))
        model.fields.append(FieldDoc(name, alias or name, annotation, text))
    return model


def _annotation(node: ast.expr) -> tuple[str, str | None]:
    """The declared type, without ``Annotated[..., Field(...)]``, and the field's wire alias."""
    if (
        isinstance(node, ast.Subscript)
        and ast.unparse(node.value) == "Annotated"
        and isinstance(node.slice, ast.Tuple)
    ):
        inner, *metadata = node.slice.elts
        alias = None
        for item in metadata:
            if isinstance(item, ast.Call) and ast.unparse(item.func) == "Field":
                for keyword in item.keywords:
                    if keyword.arg == "alias" and isinstance(keyword.value, ast.Constant):
                        alias = str(keyword.value.value)
        return ast.unparse(inner), alias
    return ast.unparse(node), None


def _paragraph(text: str) -> str:
    return " ".join(text.split())


def models_page() -> dict[str, str]:
    """``reference/models.md`` -> its Markdown."""
    from .docs import _environment  # the docs pages' Jinja setup (filters)
    from .operations import build_views
    from .render import group_resources
    from .settings import SPEC_ROOT
    from .spec import load

    models = read_models()
    bundle = load(SPEC_ROOT)
    returned: dict[str, list[str]] = {}
    for resource in group_resources(bundle.document, build_views(bundle)):
        for op in resource.operations:
            call = f"`client.{resource.name}.{op.method_name}`"
            shown = [(str(op.returns), call)]
            if op.pagination:  # a paginator: the pages and the items are both models
                shown = [
                    (str(op.returns), f"{call} (each page)"),
                    (str(op.page_item), f"{call} (each item)"),
                ]
            for annotation, where in shown:
                for name in re.findall(r"\bmodels\.(\w+)", annotation):
                    returned.setdefault(name, []).append(where)
    for model in models:
        model.returned_by = sorted(set(returned.get(model.name, [])))
    env = _environment()
    names = {m.name for m in models}
    env.filters["linked"] = lambda annotation: linked(annotation, names)
    page = env.get_template("models.md.jinja")
    text = page.render(models=models, runtime_types=RUNTIME_TYPES)
    return {MODELS_PAGE: text}


def linked(annotation: str, names: set[str]) -> str:
    """``annotation`` as Markdown: model names link to their section of the page."""
    parts = re.split(r"(\b[A-Za-z_]\w*\b)", annotation)
    out = []
    for part in parts:
        if part in names:
            out.append(f"[{part}](#{part.lower()})")
        elif part:
            out.append(part.replace("|", "\\|").replace("[", "\\[").replace("]", "\\]"))
    return "".join(out)
