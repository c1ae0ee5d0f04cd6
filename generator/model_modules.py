"""Cut datamodel-code-generator's single models module into one module per model, plus an index.

A call should load the models it returns and nothing else: ``pixxel.models`` is a light index
(no pydantic) whose ``__getattr__`` imports the module of the model asked for, and each module
imports only the models its own classes name. Models that name each other (a cycle) share a
module, so every module can import its neighbours at the top, as pydantic needs them to build.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

from .spec import SpecError

INDEX_TEMPLATE = "index.py.jinja"
"""The template of ``pixxel/models/__init__.py`` (in ``templates/models/``)."""


@dataclass(frozen=True)
class ModelModule:
    """One generated module: its file stem and the classes it defines, in source order."""

    stem: str
    classes: tuple[str, ...]


def split_models(source: str, package: Path) -> dict[str, list[str]]:
    """Write ``source`` (one module of model classes) as the package ``package``.

    Returns module file name -> the model names it defines (the index included, as
    ``__init__.py`` -> every name).
    """
    tree = ast.parse(source)
    imports = [n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)]
    classes = {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}
    rebuilds: dict[str, list[ast.stmt]] = {}  # `Node.model_rebuild()` after a cycle of models
    other = []
    for n in tree.body:
        if isinstance(n, ast.Import | ast.ImportFrom | ast.ClassDef) or _is_docstring(n):
            continue
        owner = _rebuilt(n)
        if owner in classes:
            rebuilds.setdefault(owner, []).append(n)
        else:
            other.append(n)
    if other:
        raise SpecError(
            "the models module has statements other than imports and classes, which the split "
            f"into modules does not place: {ast.unparse(other[0])[:80]}"
        )
    order = list(classes)
    uses = {name: _names(node) & classes.keys() - {name} for name, node in classes.items()}
    modules = _modules(order, uses)
    home = {cls: module.stem for module in modules for cls in module.classes}
    lines_of = source.splitlines()

    def text(node: ast.stmt) -> str:
        start = min([node.lineno, *(d.lineno for d in getattr(node, "decorator_list", []))])
        return "\n".join(lines_of[start - 1 : node.end_lineno])

    header = "\n".join(text(n) for n in imports if not _is_future(n))
    package.mkdir(parents=True, exist_ok=True)
    written: dict[str, list[str]] = {}
    for module in modules:
        needed = sorted({dep for cls in module.classes for dep in uses[cls]} - set(module.classes))
        lines = [
            f'"""The model{"s" if len(module.classes) > 1 else ""} '
            + ", ".join(f"``{c}``" for c in module.classes)
            + ' of the Pixxel API spec (generated)."""',
            "",
            "from __future__ import annotations",
            "",
            header,
            *(f"from .{home[dep]} import {dep}" for dep in needed),
            "",
        ]
        lines += ["\n" + text(classes[c]) + "\n" for c in module.classes]
        lines += [text(n) for c in module.classes for n in rebuilds.get(c, [])]
        text_of_module = "\n".join(lines).rstrip("\n") + "\n"
        (package / f"{module.stem}.py").write_text(text_of_module, encoding="utf-8")
        written[f"{module.stem}.py"] = list(module.classes)
    # Not at the top: render imports operations, which imports models, which imports this module.
    from .render import template_environment

    index = template_environment("models").get_template(INDEX_TEMPLATE)
    (package / "__init__.py").write_text(
        index.render(homes=dict(sorted(home.items()))), encoding="utf-8"
    )
    written["__init__.py"] = sorted(home)
    return written


def _is_docstring(node: ast.stmt) -> bool:
    return isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)


def _rebuilt(node: ast.stmt) -> str | None:
    """``X`` for the statement ``X.model_rebuild()``, else None."""
    if not isinstance(node, ast.Expr) or not isinstance(node.value, ast.Call):
        return None
    func = node.value.func
    if not isinstance(func, ast.Attribute) or func.attr != "model_rebuild":
        return None
    return func.value.id if isinstance(func.value, ast.Name) else None


def _is_future(node: ast.stmt) -> bool:
    return isinstance(node, ast.ImportFrom) and node.module == "__future__"


def _names(node: ast.AST) -> set[str]:
    """Every name ``node`` reads. Annotations are code, not strings, in datamodel-code-generator's
    output (it writes ``from __future__ import annotations`` instead of quoting)."""
    return {
        child.id
        for child in ast.walk(node)
        if isinstance(child, ast.Name) and isinstance(child.ctx, ast.Load)
    }


def _modules(order: list[str], uses: dict[str, set[str]]) -> list[ModelModule]:
    """The strongly connected groups of ``uses`` (Tarjan), each a module named after its first
    class in ``order``; file stems are unique and depend only on the class names."""
    position = {name: i for i, name in enumerate(order)}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(name: str) -> None:
        # Recursive: the dependency chains of a spec's models are a few levels deep.
        index[name] = low[name] = len(index)
        stack.append(name)
        on_stack.add(name)
        for dep in sorted(uses[name], key=position.__getitem__):
            if dep not in index:
                visit(dep)
                low[name] = min(low[name], low[dep])
            elif dep in on_stack:
                low[name] = min(low[name], index[dep])
        if low[name] == index[name]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == name:
                    break
            groups.append(sorted(group, key=position.__getitem__))

    for name in order:
        if name not in index:
            visit(name)
    stems: dict[str, int] = {}
    modules = []
    for group in sorted(groups, key=lambda g: position[g[0]]):
        stem = "_" + _snake(group[0])
        stems[stem] = stems.get(stem, 0) + 1
        if stems[stem] > 1:  # e.g. `AOIList` and `AoiList`
            stem = f"{stem}_{stems[stem]}"
        modules.append(ModelModule(stem, tuple(group)))
    return modules


def _snake(name: str) -> str:
    """``StacItemCollection`` -> ``stac_item_collection``, ``AOIList`` -> ``aoi_list``."""
    words = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    words = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", words)
    return words.lower()
