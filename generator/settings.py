"""Where things are and what the package is called."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC_ROOT = ROOT / "spec" / "openapi.yaml"
TEMPLATES = ROOT / "templates"
GENERATED = ROOT / "generated"
SEED = Path(
    os.environ.get("PIXXEL_SEED") or ROOT.parent / "shared" / "seeds" / "000_e37185763f0ed76c.txt"
)
"""The documentation's list of operations, which ``make spec-report`` checks the spec against."""

PACKAGE = "pixxel"
DISTRIBUTION = "pixxel-client"
BUNDLE_NAME = "openapi.json"
