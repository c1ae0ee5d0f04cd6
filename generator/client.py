"""Step 4: endpoint modules with openapi-python-client, through our templates."""

from __future__ import annotations

import contextlib
import copy
import io
import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError

from .operations import OperationView
from .settings import PACKAGE, TEMPLATES
from .spec import SpecError

TEMPLATE_DIR = TEMPLATES / "openapi-python-client"


def generate_endpoints(bundle_path: Path, package_dir: Path, views: list[OperationView]) -> None:
    """Write ``api/`` (one module per operation) into ``package_dir``.

    The tool writes a whole package; only its ``api/`` folder is kept. Any endpoint it could not
    generate is an error: a client silently missing an operation is worse than no client. The
    templates read each operation's return types from ``views`` (global ``pixxel_operations``,
    keyed by the tool's endpoint name) rather than computing them a second time.
    """
    with tempfile.TemporaryDirectory() as tmp:
        output = Path(tmp) / PACKAGE
        config = Config.from_sources(
            ConfigFile.load_from_path(TEMPLATE_DIR / "config.yaml"),
            MetaType.NONE,
            bundle_path,
            "utf-8",
            overwrite=True,
            output_path=output,
        )
        document = _engine_view(json.loads(bundle_path.read_text()))
        data = GeneratorData.from_dict(document, config=config)
        if isinstance(data, GeneratorError):
            raise SpecError(f"openapi-python-client could not read the spec: {data.detail}")
        project = Project(openapi=data, custom_template_path=TEMPLATE_DIR, config=config)
        project.env.globals["pixxel_operations"] = {view.module: view for view in views}
        with contextlib.redirect_stdout(io.StringIO()):  # it prints progress we do not need
            problems = project.build()
        if problems:
            details = "\n".join(f"- {p.header}: {p.detail}" for p in problems)
            raise SpecError(f"openapi-python-client could not generate everything:\n{details}")
        shutil.copytree(output / "api", package_dir / "api")


def _engine_view(document: dict[str, Any]) -> dict[str, Any]:
    """The spec as openapi-python-client is given it: header and cookie parameters as strings.

    The tool refuses arrays and objects in a header, which OpenAPI allows (``X-Tags: a,b``);
    it only decides where each module goes (the modules are rendered from the operation model,
    which keeps the real schemas), so its copy gets plain strings there.
    """
    document = copy.deepcopy(document)
    parameters = list((document.get("components") or {}).get("parameters", {}).values())
    for item in (document.get("paths") or {}).values():
        parameters += item.get("parameters", [])
        for operation in item.values():
            if isinstance(operation, dict):
                parameters += operation.get("parameters", [])
    for parameter in parameters:
        if parameter.get("in") in ("header", "cookie") and "schema" in parameter:
            parameter["schema"] = {"type": "string"}
    return document
