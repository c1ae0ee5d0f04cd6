"""mkdocs hooks (``hooks:`` in mkdocs.yml): add the reference pages rendered from the spec.

The pages exist only in the build: ``Reference`` in the nav of mkdocs.yml is expanded to the
index, one page per resource, in the order of the spec's resources, and the models page.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

# mkdocs loads this file by path, not as part of the package: make ``generator`` importable.
if str(Path(__file__).resolve().parent.parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.docs import REFERENCE_DIR, resource_pages
from generator.model_docs import MODELS_PAGE, models_page

NAV_SECTION = "Reference"

_pages: dict[str, str] = {}


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    _pages.clear()
    _pages.update(resource_pages())
    resources = sorted(p for p in _pages if p != f"{REFERENCE_DIR}/index.md")
    _pages.update(models_page())
    section: list[Any] = [f"{REFERENCE_DIR}/index.md"]
    section += [{f"client.{_stem(p)}": p} for p in resources]
    section.append({"Models": MODELS_PAGE})
    nav = config.nav or []
    for entry in nav:
        if isinstance(entry, dict) and NAV_SECTION in entry:
            extra = entry[NAV_SECTION] if isinstance(entry[NAV_SECTION], list) else []
            entry[NAV_SECTION] = section + [e for e in extra if e not in section]
            break
    else:
        nav.append({NAV_SECTION: section})
    config.nav = nav
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for path, text in _pages.items():
        files.append(File.generated(config, path, content=text))
    return files


def _stem(path: str) -> str:
    return path.rsplit("/", 1)[-1].removesuffix(".md")
