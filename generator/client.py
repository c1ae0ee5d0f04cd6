"""Step 4: endpoint modules with openapi-python-client, through our templates."""

from __future__ import annotations

import contextlib
import io
import shutil
import tempfile
from pathlib import Path

from openapi_python_client import generate
from openapi_python_client.config import Config, ConfigFile, MetaType

from .settings import PACKAGE, TEMPLATES
from .spec import SpecError

TEMPLATE_DIR = TEMPLATES / "openapi-python-client"


def generate_endpoints(bundle_path: Path, package_dir: Path) -> None:
    """Write ``api/`` (one module per operation) into ``package_dir``.

    The tool writes a whole package; only its ``api/`` folder is kept. Any endpoint it could not
    generate is an error: a client silently missing an operation is worse than no client.
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
        with contextlib.redirect_stdout(io.StringIO()):  # it prints progress we do not need
            problems = generate(config=config, custom_template_path=TEMPLATE_DIR)
        if problems:
            details = "\n".join(f"- {p.header}: {p.detail}" for p in problems)
            raise SpecError(f"openapi-python-client could not generate everything:\n{details}")
        shutil.copytree(output / "api", package_dir / "api")
