"""Step 5a: the files we render ourselves (client, resources, operation table, README...)."""

from __future__ import annotations

import pprint
import shutil
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from .cli import build_commands
from .operations import OperationView, Param, ValueShape, python_name
from .provenance import Provenance
from .settings import (
    AUTHORS,
    DISTRIBUTION,
    PACKAGE,
    PROJECT_URLS,
    ROOT,
    SDK_VERSION,
    SHIPPED_FILES,
    TEMPLATES,
)


@dataclass
class WaiterView:
    """A ``wait`` method: polls ``op`` until the state its ``x-pixxel-waiter`` names."""

    name: str
    op: OperationView
    select: Param | None
    returns: str

    @property
    def keyword_params(self) -> list[Param]:
        """The polled call's keyword arguments, with the selecting one made required."""
        params = [
            p
            for p in self.op.keyword_params
            if not self.select or p.python_name != self.select.python_name
        ]
        return ([self.select] if self.select else []) + params


@dataclass
class DownloadView:
    """A ``download_to`` method: gets a file's URL from ``op`` (after its waiter) and fetches it."""

    name: str
    op: OperationView
    url_field: str | None
    waiter: WaiterView | None


@dataclass
class ResourceView:
    name: str
    description: str
    operations: list[OperationView] = field(default_factory=list)
    waiters: list[WaiterView] = field(default_factory=list)
    downloads: list[DownloadView] = field(default_factory=list)

    @property
    def module(self) -> str:
        return self.name

    @property
    def class_name(self) -> str:
        return "".join(part.capitalize() for part in self.name.split("_"))


def _docline(text: str) -> str:
    line = " ".join(str(text).split())
    return line.replace("\\", "\\\\").replace('"""', "'''")


def _doctext(text: str) -> str:
    paragraphs = [" ".join(p.split()) for p in str(text).strip().split("\n\n") if p.strip()]
    wrapped = "\n\n".join(textwrap.fill(p, width=92) for p in paragraphs)
    return wrapped.replace("\\", "\\\\").replace('"""', "'''")


def _docstring(op: OperationView) -> str:
    """The docstring of a resource method: summary, description, endpoint and arguments."""
    lines = [_docline(op.summary or op.operation_id).rstrip(".") + "."]
    if op.deprecated:
        lines += ["", "Deprecated: the API description marks this operation deprecated."]
    if op.description:
        lines += ["", _doctext(op.description)]
    if op.pagination:
        lines += [
            "",
            "Returns a paginator: iterate it for every item over all pages (at most ``limit``"
            " when given), or call ``.pages()`` for the page objects or ``.first_page()``.",
        ]
    lines += ["", f"``{op.method} {op.path}`` (operation ``{op.operation_id}``)."]
    params = op.path_params + op.keyword_params
    if params:
        lines += ["", "Args:"]
        for param in params:
            text = textwrap.fill(
                f"{param.python_name}: {_docline(param.description or param.name)}",
                width=88,
                subsequent_indent="        ",
            )
            lines.append("    " + text)
    return '"""' + "\n".join(lines) + '\n"""'


def template_environment(folder: str) -> jinja2.Environment:
    """Jinja settings shared by every template folder: undefined names are errors, block tags
    leave no blank lines, output is not HTML-escaped."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES / folder),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )


def environment() -> jinja2.Environment:
    env = template_environment("package")
    env.filters["docline"] = _docline
    env.filters["doctext"] = _doctext
    env.filters["docstring"] = _docstring
    env.filters["tuple"] = tuple
    env.filters["pyrepr"] = lambda value: pprint.pformat(value, width=10_000, sort_dicts=True)
    return env


def group_resources(document: dict[str, Any], views: list[OperationView]) -> list[ResourceView]:
    descriptions = {
        t["x-pixxel-resource"]: t.get("description", t["name"]) for t in document.get("tags", [])
    }
    resources: dict[str, ResourceView] = {}
    for view in views:
        resource = resources.get(view.resource)
        if resource is None:
            description = descriptions.get(
                view.resource, view.resource.replace("_", " ").capitalize() + "."
            )
            resource = resources[view.resource] = ResourceView(view.resource, description)
        resource.operations.append(view)
        waiter = _waiter(view) if view.waiter else None
        if waiter:
            resource.waiters.append(waiter)
        if view.download:
            name = view.download.get("method", "download_to")
            resource.downloads.append(DownloadView(name, view, view.download.get("url"), waiter))
    return sorted(resources.values(), key=lambda r: r.name)


def _waiter(op: OperationView) -> WaiterView:
    waiter = op.waiter or {}
    select = waiter.get("select")
    param = None
    returns = op.returns
    if select:
        wire = select["param"]
        existing = next((p for p in op.keyword_params if p.name == wire), None)
        param = Param(
            name=wire,
            python_name=existing.python_name if existing else python_name(wire),
            annotation="str",
            required=True,
            description=f"Which element of `{select['items']}` to wait for (its `{select['key']}`).",
            location="select",
            shape=ValueShape("string"),
        )
        returns = f"{op.waiter_item} | None" if op.waiter_item != "Any" else "Any"
    return WaiterView(name=waiter.get("method", "wait"), op=op, select=param, returns=returns)


def _render_cli(
    env: jinja2.Environment,
    document: dict[str, Any],
    resources: list[ResourceView],
    package: Path,
    write: Any,
    provenance: Provenance,
    out: Path,
) -> None:
    """The ``pixxel`` command line: its generated commands and its hand-written support modules."""
    cli = package / "_cli"
    write("__main__.py.jinja", package / "__main__.py")
    write(
        "cli/_app.py.jinja",
        cli / "_app.py",
        cli=build_commands(document, resources),
        descriptions={r.name: r.description for r in resources},
    )
    for source in sorted((TEMPLATES / "package" / "cli").glob("*.py")):
        shutil.copyfile(source, cli / source.name)
        provenance.add((cli / source.name).relative_to(out), f"templates/package/cli/{source.name}")


def render_package(
    document: dict[str, Any],
    views: list[OperationView],
    out: Path,
    provenance: Provenance,
    parts: dict[str, str],
) -> None:
    """Render the hand-designed parts of the package into ``out`` (the distribution root).

    Each file's sources go into ``provenance``: its template and the spec files it draws on
    (``parts``: operation id -> spec file; a file about every operation names the whole spec).
    """
    env = environment()
    resources = group_resources(document, views)
    info = document["info"]
    context = {
        "title": info["title"],
        "version": info["version"],  # the API's, as the README and docstrings name it
        "sdk_version": SDK_VERSION,
        "authors": AUTHORS,
        "project_urls": PROJECT_URLS,
        "package": PACKAGE,
        "distribution": DISTRIBUTION,
        "resources": resources,
        "operations": views,
    }
    package = out / PACKAGE

    def write(template: str, target: Path, *spec: str, **extra: Any) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(env.get_template(template).render(**context, **extra), encoding="utf-8")
        sources = spec or ("spec/openapi.yaml", "spec/parts/ (every part)")
        provenance.add(target.relative_to(out), f"templates/package/{template}", *sources)

    write("pyproject.toml.jinja", out / "pyproject.toml")
    write("README.md.jinja", out / "README.md")
    write("__init__.py.jinja", package / "__init__.py")
    write("_client.py.jinja", package / "_client.py")
    write("_operations.py.jinja", package / "_operations.py")
    write("_version.py.jinja", package / "_version.py")
    (package / "py.typed").write_text("")
    (package / "resources").mkdir(exist_ok=True)
    (package / "resources" / "__init__.py").write_text('"""One module per API resource."""\n')
    provenance.add(Path(PACKAGE, "resources", "__init__.py"), "generator/render.py")
    for resource in resources:
        resource_parts = sorted({parts[op.operation_id] for op in resource.operations})
        write(
            "resource.py.jinja",
            package / "resources" / f"{resource.module}.py",
            *resource_parts,
            resource=resource,
        )
    _render_cli(env, document, resources, package, write, provenance, out)
    for name in SHIPPED_FILES:
        shutil.copyfile(ROOT / name, out / name)
        provenance.add(Path(name), name)
    runtime = package / "_runtime"
    shutil.copytree(
        TEMPLATES / "runtime", runtime, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
    )
    for path in runtime.rglob("*"):
        if path.is_file():
            name = path.relative_to(runtime).as_posix()
            provenance.add(path.relative_to(out), f"templates/runtime/{name}")
