"""The install route is stated the same way in README.md, docs/index.md and the package's README,
and the commands it gives for a checkout (before the first release) install a working package."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path

import pytest

from tests.support.paths import ROOT

PAGES = [ROOT / "README.md", ROOT / "docs" / "index.md", ROOT / "generated" / "README.md"]
BLOCK = re.compile(r"<!-- install -->\n```sh\n(?P<commands>.*?)```\n<!-- /install -->", re.S)
PROJECT = tomllib.loads((ROOT / "generated" / "pyproject.toml").read_text())["project"]


def _block(page: Path) -> str:
    found = BLOCK.findall(page.read_text(encoding="utf-8"))
    assert len(found) == 1, f"{page.name}: expected one install block, found {len(found)}"
    return str(found[0])


def _commands(block: str) -> list[list[str]]:
    """The ``pip install`` commands of the block, comments left out."""
    lines = (line.split("#", 1)[0].strip() for line in block.splitlines())
    return [shlex.split(line) for line in lines if line.startswith("pip install")]


def test_the_three_pages_state_the_same_route() -> None:
    blocks = {page.relative_to(ROOT).as_posix(): _block(page) for page in PAGES}
    assert len(set(blocks.values())) == 1, blocks


def test_the_route_names_the_real_distribution_and_extras() -> None:
    extras = set(PROJECT["optional-dependencies"])
    for command in _commands(_block(PAGES[0])):
        target = command[-1]
        name, _, rest = target.partition("[")
        assert name in (PROJECT["name"], "./generated"), target
        named = set(rest.rstrip("]").split(",")) if rest else set()
        assert named <= extras, f"{target}: no such extra {sorted(named - extras)}"


def test_the_checkout_commands_install_a_working_package(tmp_path: Path) -> None:
    """Each command that installs from the checkout runs as stated, in a fresh virtual environment
    (with ``--no-index --no-deps --no-build-isolation`` added, so that it needs no network: the
    build backend and the dependencies come from this environment through a ``.pth`` file)."""
    checkout = tmp_path / "checkout"
    shutil.copytree(
        ROOT / "generated", checkout / "generated", ignore=shutil.ignore_patterns("__pycache__")
    )
    local = [c for c in _commands(_block(PAGES[0])) if c[-1].startswith("./generated")]
    assert local, "the route gives no command for a checkout"
    for number, command in enumerate(local):
        venv = tmp_path / f"venv{number}"
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        python = venv / "bin" / "python"
        site = subprocess.check_output(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            text=True,
        ).strip()
        (Path(site) / "dev-environment.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
        offline = ["--no-index", "--no-deps", "--no-build-isolation", "--quiet"]
        done = subprocess.run(
            [str(python), "-m", *command, *offline],
            cwd=checkout,
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, f"{shlex.join(command)}: {done.stderr}"
        where = subprocess.check_output(
            [str(python), "-c", "import pixxel; print(pixxel.__file__, pixxel.__version__)"],
            cwd=tmp_path,
            text=True,
        ).split()
        assert where == [str(Path(site) / "pixxel" / "__init__.py"), PROJECT["version"]]
        assert (venv / "bin" / "pixxel").exists()  # the console script of [project.scripts]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_no_page_sends_readers_to_an_address_that_does_not_exist(page: Path) -> None:
    assert "<org>" not in page.read_text(encoding="utf-8")
