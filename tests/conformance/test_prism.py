"""Every honoured feature against Prism on the conformance spec: Prism checks the request
against the spec (its ``sl-violations`` header must be empty) and answers with a response it
makes up from the schemas, which must parse into the declared type.

Runs with `make conformance` (which installs Prism); `make test` skips it.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterator
from datetime import UTC, date, datetime
from types import ModuleType
from typing import Any

import pytest

from ..contract.checks import request_violations
from ..contract.prism import prism_server
from .conftest import API_KEY
from .features import status_of
from .package import Suite

PRISM_ENV = "PIXXEL_CONFORMANCE_PRISM"

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

# part -> (resource, method, args, kwargs, what the result is: a model name, bytes, str or None)
CALLS: dict[str, tuple[str, str, tuple[Any, ...], dict[str, Any], str | type | None]] = {
    "query_form": (
        "features",
        "query_form",
        (),
        {"joined": ["a", "b c"], "repeated": ["x", "y"], "text": "a b"},
        "QueryFormEcho",
    ),
    "query_space_delimited": (
        "features",
        "query_space_delimited",
        (),
        {"joined": ["a", "b"], "repeated": ["x", "y"]},
        None,
    ),
    "query_pipe_delimited": (
        "features",
        "query_pipe_delimited",
        (),
        {"joined": ["a", "b"], "repeated": ["x", "y"]},
        None,
    ),
    "query_deep_object": (
        "features",
        "query_deep_object",
        (),
        {"filter_": {"colour": "red", "size": 3}},
        None,
    ),
    "path_styles": ("features", "path_styles", (["a", "b"], ["x", "y"], ["m", "n"]), {}, None),
    "path_encoding": ("features", "get_file", ("a b",), {}, None),
    "header_cookie": (
        "features",
        "header_cookie",
        (),
        {"x_request_id": "r-1", "x_tags": ["a", "b"], "session": "s", "prefs": ["p", "q"]},
        None,
    ),
    "defaults": ("features", "with_defaults", (), {"limit": 5, "order": "desc"}, None),
    "enums": ("features", "with_enums", (), {"colour": "green"}, "Paint"),
    "json_body": ("features", "send_json", (), {"title": "t", "words": 3}, "Note"),
    # Prism does not read a JSON part of a multipart body ("meta must be object") nor an
    # exploded array of a form body (`tags=x&tags=y`, OpenAPI's default; it wants `tags[]=x`):
    # those two fields are checked on the recording server (test_wire) only.
    "multipart_body": (
        "features",
        "upload_file",
        (),
        {"file": ("a.tif", b"II*\x00"), "name": "n"},
        "Stored",
    ),
    "form_body": ("features", "send_form", (), {"name": "a b", "count": 2}, None),
    "octet_body": ("features", "put_blob", ("k",), {"body": b"\x00\x01"}, None),
    "one_of_discriminator": (
        "features",
        "send_shape",
        (),
        {"body": {"kind": "circle", "radius": 2}},
        "Shape",
    ),
    "any_of": ("features", "send_pet", (), {"body": {"meows": True}}, "Pet"),
    "all_of": ("features", "get_labelled", (), {}, "LabelledItem"),
    "read_write_only": ("widgets", "create", (), {"name": "w", "secret": "s"}, "WidgetResponse"),
    "no_content": ("features", "delete_thing", ("t1",), {}, None),
    "several_success": ("features", "start_run", (), {}, "RunResult"),
    "binary_response": ("features", "get_image", (), {}, bytes),
    "text_response": ("features", "get_text", (), {}, str),
    "geo_json": ("features", "get_geo", (), {}, "Features"),
    "nullable": ("features", "get_nullable", (), {}, "MaybeValues"),
    "maps": ("features", "get_maps", (), {}, "Tallies"),
    "recursive": ("features", "get_tree", (), {}, "TreeNode"),
    # Prism reads numbers as JavaScript does: it refuses an int64 beyond 2**53 in a request
    # (test_wire checks those exactly); the response it makes up still parses as a Counter.
    "int64": ("features", "get_counter", (2**53 - 1,), {}, "Counter"),
    "dates": (
        "features",
        "get_calendar",
        (),
        {"day": date(2024, 5, 1), "at": datetime(2024, 5, 1, 12, tzinfo=UTC)},
        "CalendarEntry",
    ),
    "deprecated": ("features", "old_call", (), {}, None),
    "no_security": ("features", "get_health", (), {}, None),
}


PRISM_CANNOT: dict[str, str] = {
    # Measured with the pinned Prism: reading array path values it crashes (prism-http
    # validator/deserializers/style/simple.js: "value.split is not a function") and drops the
    # connection, and every later call fails. The recording server checks these bytes.
    "path_styles": "Prism crashes on array path parameters (simple/label/matrix)",
}


@pytest.fixture(scope="module")
def prism(suite: Suite, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if os.environ.get(PRISM_ENV) != "1":
        pytest.skip(f"runs with `make conformance` ({PRISM_ENV}=1)")
    log = tmp_path_factory.mktemp("prism") / "prism.log"
    with prism_server(log, suite.bundle) as base_url:
        yield base_url


def test_every_part_has_a_call() -> None:
    from .features import BY_PART

    assert set(CALLS) == set(BY_PART)


@pytest.mark.parametrize("part", sorted(CALLS))
def test_against_prism(part: str, prism: str, conf: ModuleType) -> None:
    if status_of(part) == "refused":
        pytest.skip(f"{part}: refused at generate time (test_refusals checks the refusal)")
    if part in PRISM_CANNOT:
        pytest.skip(f"{part}: {PRISM_CANNOT[part]}; test_wire checks it on the recording server")
    resource, method, args, kwargs, expected = CALLS[part]
    with conf.Pixxel(api_key=API_KEY, base_url=prism, max_retries=0) as client:
        call = getattr(getattr(client, resource).with_raw_response, method)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            raw = call(*args, **kwargs)
        assert raw.status_code < 300, raw.content[:500]
        assert request_violations(raw.http_response) == []
        value = raw.parse(strict=False)
    if expected is None:
        assert value is None
    elif isinstance(expected, str):
        assert isinstance(value, getattr(conf.models, expected)), type(value)
    else:
        assert isinstance(value, expected)
