"""Is ``generated/pixxel/_runtime`` the current ``templates/runtime``? Checked when a test
session starts, so `make test` never tests a stale copy of the runtime.

The copy is the template file plus its provenance header, byte for byte (the formatter leaves
the runtime, which is kept formatted, alone). The whole generated tree is `make check-generated`'s
job; this check is the part the tests import, and it costs milliseconds.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from generator.provenance import stamped

from .paths import ROOT

TEMPLATE_RUNTIME = ROOT / "templates" / "runtime"


def imported_runtime() -> Path:
    """The ``_runtime`` folder of the ``pixxel`` the tests import (found, not imported): the
    generated one in the repository, the installed wheel's under `make test-pythons`."""
    spec = importlib.util.find_spec("pixxel")
    if spec is None or spec.origin is None:
        raise RuntimeError("the pixxel package is not importable")
    return Path(spec.origin).parent / "_runtime"


def _files(folder: Path) -> dict[str, Path]:
    return {
        p.relative_to(folder).as_posix(): p
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    }


def stale_runtime(templates: Path = TEMPLATE_RUNTIME, generated: Path | None = None) -> list[str]:
    """The runtime files whose generated copy is missing, extra or different."""
    sources, copies = _files(templates), _files(generated or imported_runtime())
    stale = sorted(set(sources) ^ set(copies))
    for name in sorted(set(sources) & set(copies)):
        source = sources[name]
        expected = (
            stamped(source.read_text(encoding="utf-8"), (f"templates/runtime/{name}",), ".py")
            if source.suffix == ".py"
            else source.read_text(encoding="utf-8")
        )
        if copies[name].read_text(encoding="utf-8") != expected:
            stale.append(name)
    return stale


def stale_message(stale: list[str]) -> str:
    return (
        "generated/pixxel/_runtime is not the current templates/runtime "
        f"({', '.join(stale)}): run `make generate` so the tests test what you changed"
    )
