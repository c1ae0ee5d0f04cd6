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

SDK_VERSION = "0.1.0"
"""The version of the package itself (semver), independent of the spec's ``info.version``, which
describes the API. Only `make release` changes it (see ``release/``)."""

SHIPPED_FILES = ("LICENSE", "CHANGELOG.md")
"""Files of the repository root copied into the distribution (the sdist ships them)."""

AUTHORS = "The pixxel-python maintainers"
PROJECT_URLS = {
    "Homepage": "https://www.pixxel.space",
    "Documentation": "https://docs.pixxel.space",
}
"""``[project.urls]`` of the package. The repository's public address is not settled yet; add it
here (``Repository``, ``Changelog``, ``Issues``) once it is."""
