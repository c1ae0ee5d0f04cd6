"""The ``pixxel`` console script, installed from the built wheel into a temporary venv.

The wheel is built from ``generated/`` with hatchling and installed with uv (no dependencies:
a ``.pth`` file lends the venv this environment's httpx, pydantic, typer and rich), so the
tests run the real entry point of ``[project.scripts]``, in a subprocess, against local servers.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

ROOT = Path(__file__).resolve().parents[2]
API_KEY = "sk-fake-cli-0123456789abcdef-SECRET"


@dataclass
class Installed:
    venv: Path

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"

    @property
    def script(self) -> Path:
        return self.venv / "bin" / "pixxel"


@pytest.fixture(scope="session")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    tmp = tmp_path_factory.mktemp("cli")
    source = tmp / "src"
    shutil.copytree(ROOT / "generated", source, ignore=shutil.ignore_patterns("__pycache__"))
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(tmp / "dist")],
        cwd=source,
        check=True,
        capture_output=True,
    )
    wheel = next((tmp / "dist").glob("*.whl"))
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    site = Path(
        subprocess.check_output(
            [
                str(venv / "bin" / "python"),
                "-c",
                "import sysconfig; print(sysconfig.get_paths()['purelib'])",
            ],
            text=True,
        ).strip()
    )
    (site / "dev-environment.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    uv = shutil.which("uv") or str(ROOT / ".tools" / "bin" / "uv")
    subprocess.run(
        [
            uv,
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--python",
            str(venv / "bin" / "python"),
            str(wheel),
        ],
        check=True,
    )
    return Installed(venv)


@dataclass
class Api:
    """A local API: routes ``(method, path)`` to a handler or a fixed JSON response."""

    server: HTTPServer
    routes: dict[tuple[str, str], Any] = field(default_factory=dict)
    requests: list[tuple[str, str, bytes, dict[str, str]]] = field(default_factory=list)

    @property
    def base_url(self) -> str:
        return self.server.url_for("").rstrip("/")

    def route(self, method: str, path: str, response: Any) -> None:
        self.routes[(method, path)] = response

    def json(self, method: str, path: str, body: Any, status: int = 200, **headers: str) -> None:
        self.route(
            method,
            path,
            Response(
                json.dumps(body), status=status, content_type="application/json", headers=headers
            ),
        )

    def __call__(self, request: Request) -> Response:
        self.requests.append(
            (
                request.method,
                request.full_path.rstrip("?"),
                request.get_data(),
                dict(request.headers),
            )
        )
        target = self.routes.get((request.method, request.path))
        if target is None:
            return Response(
                json.dumps({"error": {"code": "NOT_FOUND", "message": "no route"}}), 404
            )
        if isinstance(target, Response):
            return target
        response: Response = target(request)
        return response


@pytest.fixture
def api(httpserver: HTTPServer) -> Iterator[Api]:
    handler = Api(httpserver)
    httpserver.expect_request(re.compile(".*")).respond_with_handler(handler)
    yield handler


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


@pytest.fixture
def pixxel(installed: Installed, api: Api) -> Any:
    """Run the installed ``pixxel`` command against the local API."""

    def run(*args: str, stdin: str | None = None, env: dict[str, str] | None = None) -> Result:
        environ = {
            "PATH": os.environ.get("PATH", ""),
            "PIXXEL_API_KEY": API_KEY,
            "PIXXEL_BASE_URL": api.base_url,
            "COLUMNS": "200",
            **(env or {}),
        }
        done = subprocess.run(
            [str(installed.script), *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=environ,
            timeout=60,
        )
        return Result(done.returncode, done.stdout, done.stderr)

    return run
