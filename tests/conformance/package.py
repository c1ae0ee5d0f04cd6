"""Generate the conformance spec into a throw-away package, and import it in place of ``pixxel``.

The spec lives in tests/conformance/spec (one part per feature, see ``features.py``). It is copied
to a temporary folder: first built whole, to collect the generator's refusals (one line per use of
a feature the pipeline does not honour), then with the honoured parts only, into a package the
tests import. The real spec and generated/ are never touched.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

import yaml

from generator.build import build
from generator.spec import SpecError

from .features import BY_PART, status_of

SPEC = Path(__file__).resolve().parent / "spec"
PACKAGE = "pixxel"


@dataclass
class Suite:
    out: Path
    """The generated package's folder (``out/pixxel``, ``out/openapi.json``)."""
    refusals: dict[str, list[str]] = field(default_factory=dict)
    """Part name -> the generator's refusal lines for it (from the build of every part)."""
    unattributed: list[str] = field(default_factory=list)
    """Refusal lines naming no part (there should be none)."""
    spec_root: Path | None = None
    """The root of the honoured parts (what ``out`` was generated from)."""

    @property
    def bundle(self) -> Path:
        return self.out / "openapi.json"


def _write_root(folder: Path, parts: list[str]) -> Path:
    root = yaml.safe_load((SPEC / "openapi.yaml").read_text(encoding="utf-8"))
    root["x-pixxel-parts"] = [f"parts/{part}.yaml" for part in parts]
    path = folder / "openapi.yaml"
    path.write_text(yaml.safe_dump(root, sort_keys=False), encoding="utf-8")
    return path


def build_suite(tmp: Path) -> Suite:
    """Build every part into ``tmp/all``; when the generator refuses some, collect its refusal
    lines and build the honoured parts alone into ``tmp/out``."""
    spec = tmp / "spec"
    shutil.copytree(SPEC, spec)
    listed = [
        Path(p).stem for p in yaml.safe_load((SPEC / "openapi.yaml").read_text())["x-pixxel-parts"]
    ]
    unknown = sorted(set(listed) ^ set(BY_PART))
    if unknown:
        raise AssertionError(f"parts and the feature table disagree on: {unknown}")
    root = _write_root(spec, listed)
    suite = Suite(out=tmp / "all", spec_root=root)
    try:
        build(root, suite.out)
        return suite  # nothing refused: this is the package the tests import
    except SpecError as error:
        for line in str(error).splitlines():
            part = line.split(":", 1)[0]
            name = Path(part).stem
            if part.startswith("spec/parts/") and name in BY_PART:
                suite.refusals.setdefault(name, []).append(line)
            else:
                suite.unattributed.append(line)
    honoured = [part for part in listed if part not in suite.refusals]
    root = _write_root(spec, honoured)
    suite.out, suite.spec_root = tmp / "out", root
    build(root, suite.out)
    return suite


def build_beyond(tmp: Path) -> list[str]:
    """The generator's refusal lines for spec/beyond/refused.yaml built alone (every operation in
    it uses a feature beyond the table); ``[]`` if it generated."""
    spec = tmp / "spec"
    shutil.copytree(SPEC, spec)
    root = _write_root(spec, [])
    document = yaml.safe_load(root.read_text(encoding="utf-8"))
    document["x-pixxel-parts"] = ["beyond/refused.yaml"]
    root.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    try:
        build(root, tmp / "out")
    except SpecError as error:
        return str(error).splitlines()
    return []


def expected_refused() -> set[str]:
    return {part for part in BY_PART if status_of(part) == "refused"}


def _mine(name: str) -> bool:
    return name == PACKAGE or name.startswith(PACKAGE + ".")


@contextmanager
def imported(out: Path) -> Iterator[ModuleType]:
    """Import the package in ``out`` as ``pixxel``; the repository's ``pixxel`` is put back after.

    The test session has the real package imported; its modules are set aside (not reloaded:
    objects the other tests hold stay valid) and restored on exit.
    """
    saved = {name: module for name, module in sys.modules.items() if _mine(name)}
    for name in saved:
        del sys.modules[name]
    sys.path.insert(0, str(out))
    try:
        import importlib

        package = importlib.import_module(PACKAGE)
        if Path(package.__file__ or "").parent != out / PACKAGE:
            raise AssertionError(f"imported {package.__file__}, not the conformance package")
        yield package
    finally:
        sys.path.remove(str(out))
        for name in [name for name in sys.modules if _mine(name)]:
            del sys.modules[name]
        sys.modules.update(saved)
