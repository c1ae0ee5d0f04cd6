"""What a user pays before the first request: nothing that only a request needs.

`import pixxel`, `Pixxel(...)` and the first use of each resource load neither pydantic nor the
models (nor asyncio, for sync use), and create no connection pool; the first call loads them, and
of the models only the module of the model it returns and the modules that one names.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

import pixxel.models

from ..support.paths import ROOT

MODELS = Path(pixxel.models.__file__).parent
"""The model modules under test: generated/ here, the installed wheel under `make test-pythons`."""

PROBE = """
import json, sys
import httpx
created = []


class CountingClient(httpx.Client):
    def __init__(self, *args, **kwargs):
        created.append(1)
        super().__init__(*args, **kwargs)


def model_modules():
    return sorted(m for m in sys.modules if m.startswith("pixxel.models."))


httpx.Client = CountingClient
import pixxel
client = pixxel.Pixxel(api_key="k", base_url=sys.argv[1], max_retries=0)
for name in sorted(n for n in dir(client) if not n.startswith("_") and n != "http"):
    getattr(client, name)  # every resource, and the other public attributes
before = {"pydantic": "pydantic" in sys.modules, "models": model_modules(),
          "asyncio": "asyncio" in sys.modules, "pools": len(created)}
result = eval(sys.argv[2])
after = {"pydantic": "pydantic" in sys.modules, "models": model_modules(), "pools": len(created),
         "type": type(result).__name__}
print(json.dumps([before, after]))
"""


def _homes() -> dict[str, str]:
    """Model name -> its module, as the generated index lists them."""
    for node in ast.parse((MODELS / "__init__.py").read_text()).body:
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") == "_HOMES":
            return dict(ast.literal_eval(node.value))  # type: ignore[arg-type]
    raise AssertionError("the models index has no _HOMES table")


def _needed(model: str) -> list[str]:
    """The modules that loading ``model`` must import: its own and those it imports, read from
    the generated sources (not from the runtime under test)."""
    todo, seen = [_homes()[model]], set()
    while todo:
        stem = todo.pop()
        if stem in seen:
            continue
        seen.add(stem)
        for node in ast.parse((MODELS / f"{stem}.py").read_text()).body:
            if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
                todo.append(node.module)
    return sorted(f"pixxel.models.{stem}" for stem in seen)


@pytest.mark.parametrize(
    ("path", "body", "call", "model"),
    [
        ("/v0/projects/p1", {"id": "p1", "name": "n"}, "client.projects.get('p1')", "Project"),
        (
            "/v0/workflows/w1/jobs/j1",
            {"id": "j1", "status": "running", "tasks": [{"id": "t1"}]},
            "client.jobs.get('w1', 'j1')",
            "Job",
        ),
    ],
)
@pytest.mark.block_network(allowed_hosts=["127.0.0.1", "localhost"])
def test_the_first_call_loads_pydantic_the_pool_and_only_its_models(
    httpserver: HTTPServer, path: str, body: dict[str, object], call: str, model: str
) -> None:
    httpserver.expect_request(path).respond_with_json(body)
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'generated'}{os.pathsep}{ROOT}"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, httpserver.url_for("/"), call],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    before, after = json.loads(done.stdout)
    assert before == {"pydantic": False, "models": [], "asyncio": False, "pools": 0}
    assert after == {"pydantic": True, "models": _needed(model), "pools": 1, "type": model}
    assert len(after["models"]) < len(_homes()) / 10  # a few modules of well over a hundred


def test_every_model_module_loads_and_builds_on_its_own() -> None:
    """Each module imports what its classes name: a fresh interpreter loads any model alone."""
    probe = (
        "import sys, pixxel.models as m\n"
        "for name in sys.argv[1:]:\n"
        "    cls = getattr(m, name)\n"
        "    rebuild = getattr(cls, 'model_rebuild', None)\n"
        "    if rebuild is not None:\n"
        "        rebuild()  # a name it cannot resolve raises\n"
    )
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'generated'}{os.pathsep}{ROOT}"}
    names = sorted(_homes())
    # a handful of processes, each starting from nothing and loading its models in turn
    for chunk in (names[i::4] for i in range(4)):
        done = subprocess.run(
            [sys.executable, "-c", probe, *chunk], capture_output=True, text=True, env=env
        )
        assert done.returncode == 0, done.stderr
    modules = {p.stem for p in Path(MODELS).glob("_*.py")} - {"__init__"}
    assert modules == set(_homes().values())


def test_the_models_index_lists_every_model_and_loads_none_to_do_so() -> None:
    probe = (
        "import json, sys\n"
        "import pixxel.models as m\n"
        "names = dir(m)\n"
        "loaded = [n for n in sys.modules if n.startswith('pixxel.models.') or n == 'pydantic']\n"
        "try:\n"
        "    m.Nope\n"
        "except AttributeError as exc:\n"
        "    error = str(exc)\n"
        "print(json.dumps([names, loaded, error, m.Job.__name__, m.Job is m.Job]))\n"
    )
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'generated'}{os.pathsep}{ROOT}"}
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
    )
    names, loaded, error, job, same = json.loads(done.stdout)
    assert set(_homes()) <= set(names) and "lazy_exports" not in names
    assert loaded == []
    assert error == "module 'pixxel.models' has no attribute 'Nope'"
    assert job == "Job" and same
