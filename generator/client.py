"""Step 4: endpoint modules with openapi-python-client, through our templates."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import tempfile
from pathlib import Path

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
        data = GeneratorData.from_dict(json.loads(bundle_path.read_text()), config=config)
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
