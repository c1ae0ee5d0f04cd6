"""The whole pipeline: spec -> generated package, into any folder."""

from __future__ import annotations

import multiprocessing
import re
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .client import generate_endpoints
from .models import RESPONSE_SCHEMAS, generate_models, write_response_schemas
from .operations import OperationView, build_views
from .provenance import Provenance
from .render import render_package
from .settings import BUNDLE_NAME, PACKAGE, ROOT
from .spec import Bundle, SpecError, check_openapi, check_project_rules, load


def build(spec_root: Path, out: Path) -> Bundle:
    """Validate ``spec_root``, then write the bundled spec and the package into ``out``.

    The OpenAPI validation (the slowest step) runs in a second process while the code is
    generated; nothing is kept unless it passes, and its error wins over any later one.
    """
    bundle = load(spec_root)
    check_project_rules(bundle)
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork")) as pool:
        validation = pool.submit(check_openapi, bundle)
        try:
            _generate(bundle, out)
        except Exception:
            validation.result()  # an invalid spec explains a generation failure best
            raise
        validation.result()
    return bundle


def _generate(bundle: Bundle, out: Path) -> None:
    views = build_views(bundle)
    out.mkdir(parents=True, exist_ok=True)
    bundle_path = out / BUNDLE_NAME
    bundle_path.write_text(bundle.to_json(), encoding="utf-8")
    package = out / PACKAGE
    package.mkdir()
    provenance = Provenance()
    parts = spec_parts(bundle, views)
    models = generate_models(bundle.document, package / "models")
    _record_models(provenance, bundle, models)
    write_response_schemas(bundle.document, views, package / RESPONSE_SCHEMAS)
    provenance.add(Path(PACKAGE, RESPONSE_SCHEMAS), *WHOLE_SPEC)
    generate_endpoints(bundle_path, package, views)
    _record_endpoints(provenance, package, views, parts)
    render_package(bundle.document, views, out, provenance, parts)
    _check_model_names(package, set(models["__init__.py"]))
    provenance.stamp(out)
    format_tree(out)


WHOLE_SPEC = ("spec/openapi.yaml", "spec/parts/ (every part)")
ENDPOINT_TEMPLATES = "templates/openapi-python-client/"
MODEL_TEMPLATES = "templates/datamodel-codegen/"
MODEL_INDEX_TEMPLATE = "templates/models/index.py.jinja"


def source_name(path: Path, bundle: Bundle) -> str:
    """``path`` (a spec file) relative to the spec's folder."""
    spec_dir = bundle.origins[()].parent
    return path.resolve().relative_to(spec_dir.resolve()).as_posix()


def spec_parts(bundle: Bundle, views: list[OperationView]) -> dict[str, str]:
    """Operation id -> the spec file that defines it, as ``spec/...``."""
    return {view.operation_id: view.part for view in views}


def _record_endpoints(
    provenance: Provenance, package: Path, views: list[OperationView], parts: dict[str, str]
) -> None:
    api = Path(PACKAGE, "api")
    provenance.add(api / "__init__.py", ENDPOINT_TEMPLATES + "api_init.py.jinja")
    for view in views:
        provenance.add(
            api / view.tag_module / "__init__.py", ENDPOINT_TEMPLATES + "endpoint_init.py.jinja"
        )
        provenance.add(
            api / view.tag_module / f"{view.module}.py",
            ENDPOINT_TEMPLATES + "endpoint_module.py.jinja",
            parts[view.operation_id],
        )


def _record_models(provenance: Provenance, bundle: Bundle, modules: dict[str, list[str]]) -> None:
    """Each model module comes from the spec file of its schemas (the index from all of them)."""
    schemas = bundle.document.get("components", {}).get("schemas", {})
    for name, classes in modules.items():
        parts = sorted(
            {
                "spec/" + source_name(bundle.origin(("components", "schemas", c)), bundle)
                for c in classes
                if c in schemas
            }
        )
        if name == "__init__.py":
            provenance.add(Path(PACKAGE, "models", name), MODEL_INDEX_TEMPLATE, *WHOLE_SPEC)
        else:
            provenance.add(Path(PACKAGE, "models", name), MODEL_TEMPLATES, *(parts or WHOLE_SPEC))


def _check_model_names(package: Path, defined: set[str]) -> None:
    """Every model that the resources and endpoints name must exist in pixxel.models."""
    used: set[str] = set()
    for path in list((package / "resources").glob("*.py")) + list((package / "api").rglob("*.py")):
        used.update(re.findall(r"\bmodels\.([A-Za-z_]\w*)", path.read_text()))
    missing = sorted(used - defined)
    if missing:
        raise SpecError(
            f"generated code names models that pixxel.models lacks: {', '.join(missing)}"
        )


def format_tree(path: Path) -> None:
    """ruff: fix what can be fixed (imports, unused names), then format. Same result every time."""
    ruff = [sys.executable, "-m", "ruff"]
    config = ["--config", str(ROOT / "pyproject.toml")]
    quiet = ["--quiet", "--no-cache"]
    for args in (["check", "--fix-only", "--exit-zero", *quiet], ["format", *quiet]):
        subprocess.run([*ruff, *args, *config, str(path)], check=True, cwd=path)
