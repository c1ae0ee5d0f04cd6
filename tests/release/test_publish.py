"""`make publish` end to end: a real pypiserver with upload authentication, then a user's install.

The repository is copied to a temporary folder (sharing this checkout's .venv and .tools), so
nothing here builds into or changes this checkout. The index is seeded with the package's
dependencies and runs without falling back to PyPI: ``pip install --index-url <local>`` can only
get ``pixxel-client`` from what ``make publish`` uploaded.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from pytest_httpserver import HTTPServer

from release.notes import package_version

from ..support.paths import ROOT, copy_project
from .fixtures import builds_packages

pytestmark = [builds_packages, pytest.mark.block_network(allowed_hosts=["127.0.0.1", "localhost"])]

USER, PASSWORD = "publisher", "not-a-real-secret"
COPIED = ("Makefile", "generator", "templates", "spec", "generated", "tests", "release",
          "pyproject.toml", "uv.lock", "LICENSE", "CHANGELOG.md")  # fmt: skip
SHARED = (".venv", ".tools")  # symlinked: the locked environment and the pinned uv
GATE = "-q -p no:cacheprovider --record-mode=none --block-network tests/unit/test_client.py"
EXTRAS = ("progress", "cli")
"""The extras a user installs in the end-to-end test (the command line among them)."""


def _dependencies(project: Path) -> list[str]:
    """What an install of the package with ``EXTRAS`` needs, from its generated metadata."""
    metadata = tomllib.loads((project / "generated" / "pyproject.toml").read_text())["project"]
    extras = metadata.get("optional-dependencies", {})
    return [*metadata["dependencies"], *(dep for extra in EXTRAS for dep in extras[extra])]


@dataclass
class Index:
    url: str
    packages: Path


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture
def index(project: Path, tmp_path: Path) -> Iterator[Index]:
    packages = tmp_path / "index-packages"
    packages.mkdir()
    # The dependencies a user's install needs, so the index can serve it alone.
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check",
         "--only-binary", ":all:", "--dest", str(packages), *_dependencies(project)],
        check=True,
    )  # fmt: skip
    from passlib.apache import HtpasswdFile  # imported here: passlib warns on import (crypt)

    passwords = HtpasswdFile(str(tmp_path / "htpasswd"), new=True)
    passwords.set_password(USER, PASSWORD)
    passwords.save()
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "pypiserver", "run", "--host", "127.0.0.1", "--port", str(port),
         "--passwords", str(tmp_path / "htpasswd"), "--authenticate", "update",
         "--disable-fallback", "--log-stream", "none", str(packages)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{url}simple/", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                stderr = server.stderr.read().decode() if server.stderr else ""
                pytest.fail(f"pypiserver did not start: {stderr}")
            time.sleep(0.2)
        yield Index(url, packages)
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert server.returncode is not None  # stopped


@pytest.fixture
def project(tmp_path: Path) -> Path:
    copy = copy_project(tmp_path / "project", COPIED)
    for name in SHARED:
        (copy / name).symlink_to(ROOT / name)
    return copy


def _publish(
    project: Path, index: Index, password: str = PASSWORD
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PIXXEL_PUBLISH_URL": index.url,
        "TWINE_USERNAME": USER,
        "TWINE_PASSWORD": password,
    }
    env.pop("PIXXEL_RELEASE_GATE", None)
    for name in ("MAKEFLAGS", "MAKELEVEL", "MFLAGS"):
        env.pop(name, None)
    return subprocess.run(
        ["make", "--no-print-directory", "publish", f"PYTEST_ARGS={GATE}"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
    )


def _listed(index: Index) -> str:
    return httpx.get(f"{index.url}simple/pixxel-client/", timeout=10).text


def check_command_line(venv: Path, version: str, base_url: str) -> None:
    """The installed `pixxel` command answers `--version` and makes a call."""
    command = str(venv / "bin" / "pixxel")
    shown = subprocess.run([command, "--version"], capture_output=True, text=True)
    assert shown.returncode == 0, shown.stderr
    assert version in shown.stdout
    env = {**os.environ, "PIXXEL_API_KEY": "smoke-key", "PIXXEL_BASE_URL": base_url}
    ping = subprocess.run(
        [command, "system", "ping", "--json"], capture_output=True, text=True, env=env
    )
    assert ping.returncode == 0, ping.stderr
    assert json.loads(ping.stdout) == {"message": "pong"}


SMOKE = """
import sys, pixxel
assert pixxel.__file__.startswith(sys.prefix), pixxel.__file__
assert pixxel.__version__ == sys.argv[2], pixxel.__version__
with pixxel.Pixxel(api_key="smoke-key", base_url=sys.argv[1], max_retries=0) as client:
    answer = client.system.ping()
print(type(answer).__name__, answer.model_dump())
"""


def test_publish_then_install_from_the_index(
    project: Path, index: Index, tmp_path: Path, httpserver: HTTPServer
) -> None:
    version = str(package_version(project / "generated"))

    # generated/ stale (a template changed without `make generate`): refused, nothing uploaded
    readme = project / "templates" / "package" / "README.md.jinja"
    original = readme.read_text()
    readme.write_text(original + "\nA line the generated README lacks.\n")
    stale = _publish(project, index)
    assert stale.returncode != 0
    assert "refused: generated/ is stale" in stale.stderr
    assert httpx.get(f"{index.url}simple/pixxel-client/", timeout=10).status_code == 404
    readme.write_text(original)

    # wrong password: the upload fails and nothing is claimed as published
    denied = _publish(project, index, password="wrong")
    assert denied.returncode != 0
    assert f"the upload of pixxel-client {version} failed" in denied.stderr
    assert "Not published" in denied.stderr
    assert f"the index does not list pixxel_client-{version}-py3-none-any.whl" in denied.stderr
    assert "published pixxel-client" not in denied.stdout

    published = _publish(project, index)
    assert published.returncode == 0, published.stdout + published.stderr
    assert f"published pixxel-client {version} to {index.url}" in published.stdout
    listing = _listed(index)
    assert f"pixxel_client-{version}-py3-none-any.whl" in listing
    assert f"pixxel_client-{version}.tar.gz" in listing
    assert (project / "dist" / f"pixxel_client-{version}-py3-none-any.whl").exists()  # the copy's

    again = _publish(project, index)
    assert again.returncode != 0
    assert f"refused: pixxel-client {version} already exists on {index.url}simple/" in again.stderr

    # a user's install: fresh environment, this index only
    venv = tmp_path / "user-venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = str(venv / "bin" / "python")
    install = subprocess.run(
        [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         "--index-url", f"{index.url}simple/", f"pixxel-client[{','.join(EXTRAS)}]=={version}"],
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert install.returncode == 0, install.stderr

    # ping's spec says `security: []`: the installed client must call it without the key
    httpserver.expect_request("/ping", method="GET").respond_with_json({"message": "pong"})
    smoke = subprocess.run(
        [python, "-c", SMOKE, httpserver.url_for("/"), version],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert smoke.returncode == 0, smoke.stderr
    assert smoke.stdout.strip() == "PingResponse {'message': 'pong'}"
    httpserver.check_assertions()
    assert all("Authorization" not in request.headers for request, _ in httpserver.log)
    check_command_line(venv, version, httpserver.url_for("/"))
