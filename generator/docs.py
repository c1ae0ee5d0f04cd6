"""Reference pages of the documentation site, one per resource, rendered from the spec.

``mkdocs build`` calls :func:`resource_pages` through ``docs/hooks.py`` at build time, so the
pages follow the spec and never drift; nothing generated is committed under ``docs/``.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from .operations import Param, build_views
from .render import WaiterView, group_resources, template_environment
from .settings import SPEC_ROOT
from .spec import load

REFERENCE_DIR = "reference"


def _oneline(text: str) -> str:
    return " ".join(str(text or "").split())


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return _oneline(text).replace("|", "\\|")


def _paragraphs(text: str) -> str:
    return "\n\n".join(" ".join(p.split()) for p in str(text or "").strip().split("\n\n"))


def _arguments(
    positional: list[Param],
    keyword: list[Param],
    extra: tuple[str, ...] = (),
    then: tuple[str, ...] = (),
) -> str:
    """``a, b, *, c, d=...``: an argument list as the generated method takes it.

    ``then`` are further positional names (``destination``), ``extra`` further keywords.
    """
    args = [p.python_name for p in positional] + list(then)
    named = [p.python_name + ("" if p.required else "=...") for p in keyword] + list(extra)
    if named:
        args += ["*", *named]
    return ", ".join(args)


def _environment() -> jinja2.Environment:
    env = template_environment("docs")
    env.filters["oneline"] = _oneline
    env.filters["cell"] = _cell
    env.filters["paragraphs"] = _paragraphs
    env.filters["plain_type"] = lambda annotation: str(annotation).replace("builtins.", "")
    env.filters["codes"] = lambda values: ", ".join(f"`{v}`" for v in values)
    env.globals["arguments"] = _arguments
    return env


def resource_pages(spec_root: Path = SPEC_ROOT) -> dict[str, str]:
    """Page path (relative to the docs folder) -> Markdown, for every resource and an index."""
    bundle = load(spec_root)
    resources = group_resources(bundle.document, build_views(bundle))
    env = _environment()
    page = env.get_template("resource.md.jinja")
    pages = {
        f"{REFERENCE_DIR}/{r.name}.md": page.render(resource=r, waiter_of=_waiter_of(r))
        for r in resources
    }
    pages[f"{REFERENCE_DIR}/index.md"] = env.get_template("index.md.jinja").render(
        resources=resources, title=bundle.document["info"]["title"]
    )
    return pages


def _waiter_of(resource: object) -> dict[str, WaiterView]:
    """operationId -> the waiter that polls it, to link a method to its ``wait``."""
    return {w.op.operation_id: w for w in getattr(resource, "waiters", [])}


def write_pages(out: Path, spec_root: Path = SPEC_ROOT) -> list[Path]:
    """Write the pages under ``out`` (for looking at them without mkdocs)."""
    written = []
    for name, text in resource_pages(spec_root).items():
        target = out / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        written.append(target)
    return written
