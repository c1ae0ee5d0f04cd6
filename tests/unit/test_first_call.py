"""What a user pays before the first request: nothing that only a request needs.

`import pixxel`, `Pixxel(...)` and the first use of each resource load neither pydantic nor the
models (nor asyncio, for sync use), and create no connection pool; the first call loads them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from pytest_httpserver import HTTPServer

from ..support.paths import ROOT

PROBE = """
import json, sys
import httpx
created = []


class CountingClient(httpx.Client):
    def __init__(self, *args, **kwargs):
        created.append(1)
        super().__init__(*args, **kwargs)


httpx.Client = CountingClient
import pixxel
client = pixxel.Pixxel(api_key="k", base_url=sys.argv[1], max_retries=0)
for name in sorted(n for n in dir(client) if not n.startswith("_") and n != "http"):
    getattr(client, name)  # every resource, and the other public attributes
before = {"pydantic": "pydantic" in sys.modules, "models": "pixxel.models" in sys.modules,
          "asyncio": "asyncio" in sys.modules, "pools": len(created)}
client.projects.get("p1")
after = {"pydantic": "pydantic" in sys.modules, "models": "pixxel.models" in sys.modules,
         "pools": len(created)}
print(json.dumps([before, after]))
"""


@pytest.mark.block_network(allowed_hosts=["127.0.0.1", "localhost"])
def test_resources_load_models_and_pool_on_the_first_call(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v0/projects/p1").respond_with_json({"id": "p1", "name": "n"})
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'generated'}{os.pathsep}{ROOT}"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, httpserver.url_for("/")],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    before, after = json.loads(done.stdout)
    assert before == {"pydantic": False, "models": False, "asyncio": False, "pools": 0}
    assert after == {"pydantic": True, "models": True, "pools": 1}
