"""Where things are and what the package is called."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC_ROOT = ROOT / "spec" / "openapi.yaml"
TEMPLATES = ROOT / "templates"
GENERATED = ROOT / "generated"
SEED = Path(os.environ.get("PIXXEL_SEED") or ROOT / "spec" / "operations-seed.txt")
"""The documentation's list of operations, which ``make spec-report`` checks the spec against:
the navigation of docs.pixxel.space as first collected, kept in the repository
(``PIXXEL_SEED`` points elsewhere)."""

PACKAGE = "pixxel"
DISTRIBUTION = "pixxel-client"
BUNDLE_NAME = "openapi.json"
