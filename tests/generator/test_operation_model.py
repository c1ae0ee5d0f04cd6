"""The operation model (generator/operations.py) and the engines that are checked against it.

openapi-python-client and datamodel-code-generator stay the pipeline's engines; what they read
and write must agree with the model, and anything a part file uses that the pipeline does not
honour is refused with one line naming the file, the operation and the feature.
"""

from __future__ import annotations

import ast
import copy
import importlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData

from generator.client import TEMPLATE_DIR
from generator.models import SCHEMA_OVERRIDES
from generator.operations import NO_DEFAULT, OperationView, build_views, refusals
from generator.settings import SPEC_ROOT
from generator.spec import Bundle, SpecError, load

from ..support.paths import BUNDLED_SPEC, ROOT

GENERATED_PACKAGE = ROOT / "generated" / "pixxel"


@pytest.fixture(scope="module")
def bundle() -> Bundle:
    return load(SPEC_ROOT)


@pytest.fixture(scope="module")
def views(bundle: Bundle) -> dict[str, OperationView]:
    return {view.operation_id: view for view in build_views(bundle)}


def test_the_model_describes_every_parameter_in_full(views: dict[str, OperationView]) -> None:
    (ids,) = views["listCollections"].query_params
    assert (ids.name, ids.location, ids.style, ids.explode, ids.required) == (
        "ids",
        "query",
        "form",
        False,
        False,
    )
    assert ids.shape.type == "array" and ids.shape.item == "string"
    assert ids.default is NO_DEFAULT
    offset = next(p for p in views["listAois"].query_params if p.name == "offset")
    assert offset.style == "form" and offset.explode is True  # OpenAPI's defaults, filled in
    assert offset.default == 0 and offset.shape.type == "integer"
    path = views["getJob"].path_params
    assert [(p.name, p.style, p.explode) for p in path] == [
        ("workflow_id", "simple", False),
        ("job_id", "simple", False),
    ]


def test_the_model_holds_every_response_by_status_and_media_type(
    views: dict[str, OperationView],
) -> None:
    png = views["generateVisualizationPng"]
    assert [m.name for r in png.success_responses for m in r.content] == ["image/png"]
    assert png.response_types == {"200": "bytes"} and png.accept == "image/png"
    errors = [r.status for r in views["getAoi"].responses if not r.success]
    assert "403" in errors
    no_content = [v for v in views.values() if any(not r.content for r in v.success_responses)]
    assert no_content and all(
        v.response_types[r.status] == "None"
        for v in no_content
        for r in v.success_responses
        if not r.content
    )
    create = views["createOrder"]
    assert create.request_body and create.request_body.media_type.name == "application/json"
    assert create.request_body.media_type.examples  # the spec's request examples
    assert set(create.extensions) >= {"x-pixxel-method", "x-pixxel-sources"}
    assert create.part == "spec/parts/orders.yaml"


def _engine_reading() -> dict[str, Any]:
    """openapi-python-client's own reading of the bundled spec: endpoint name -> endpoint."""
    config = Config.from_sources(
        ConfigFile.load_from_path(TEMPLATE_DIR / "config.yaml"),
        MetaType.NONE,
        BUNDLED_SPEC,
        "utf-8",
        overwrite=True,
        output_path=Path("unused"),
    )
    data = GeneratorData.from_dict(json.loads(BUNDLED_SPEC.read_text()), config=config)
    assert isinstance(data, GeneratorData)
    return {
        e.name: e
        for collection in data.endpoint_collections_by_tag.values()
        for e in collection.endpoints
    }


def test_openapi_python_client_reads_every_operation_as_the_model_does(
    views: dict[str, OperationView],
) -> None:
    endpoints = _engine_reading()
    assert sorted(endpoints) == sorted(v.module for v in views.values())
    for view in views.values():
        endpoint = endpoints[view.module]
        assert (endpoint.method.upper(), endpoint.path) == (view.method, view.path)
        assert [p.name for p in endpoint.path_parameters] == [p.name for p in view.path_params]
        assert [p.name for p in endpoint.query_parameters] == [p.name for p in view.query_params]
        assert [p.python_name for p in endpoint.query_parameters] == [
            p.endpoint_name for p in view.query_params
        ], view.operation_id
        assert bool(endpoint.bodies) == (view.request_body is not None), view.operation_id
        engine_success = sorted(
            str(r.status_code.pattern)
            for r in endpoint.responses
            if r.status_code.range and 200 <= r.status_code.range[0] < 300
        )
        assert engine_success == sorted(view.response_types), view.operation_id


def _sentinel(name: str) -> Any:
    return [f"{name}-1", f"{name}-2"] if name == "ids" else f"{name}-value"


def test_each_api_module_builds_the_query_and_path_the_model_describes(
    views: dict[str, OperationView],
) -> None:
    """Call every generated ``build_request`` with every parameter set: the query it builds has
    exactly the model's query parameters (wire names, styles applied), the URL every path
    parameter, and the responses map the model's success statuses."""
    for view in views.values():
        module = importlib.import_module(f"pixxel.api.{view.tag_module}.{view.module}")
        kwargs = {p.endpoint_name: _sentinel(p.name) for p in view.wire_params}
        if view.request_body is not None:
            kwargs["body"] = {}
        call = module.build_request(**kwargs)
        assert call.method == view.method
        sent = dict(call.query or [])
        assert sorted(sent) == sorted(p.name for p in view.query_params), view.operation_id
        for p in view.query_params:
            if p.shape.type == "array" and p.style == "form" and not p.explode:
                assert sent[p.name] == f"{p.name}=" + ",".join(_sentinel(p.name))
        for p in view.path_params:
            assert f"{p.name}-value" in call.url, view.operation_id
        assert "{" not in call.url
        assert sorted(str(s) for s in call.responses) == sorted(view.response_types)


def _model_classes() -> set[str]:
    """Every class (and alias) the models define: ``models.py``, or each module of a
    ``models/`` package."""
    single = GENERATED_PACKAGE / "models.py"
    files = [single] if single.exists() else sorted((GENERATED_PACKAGE / "models").glob("*.py"))
    names: set[str] = set()
    for path in files:
        tree = ast.parse(path.read_text())
        names |= {n.name for n in tree.body if isinstance(n, ast.ClassDef)}
        names |= {
            n.targets[0].id
            for n in tree.body
            if isinstance(n, ast.Assign) and isinstance(n.targets[0], ast.Name)
        }
    return names


def test_datamodel_code_generator_writes_the_model_names_the_model_uses(
    views: dict[str, OperationView], bundle: Bundle
) -> None:
    classes = _model_classes()
    used = {
        annotation.removeprefix("models.")
        for view in views.values()
        for annotation in [*view.response_types.values(), view.page_item, view.waiter_item]
        if annotation.startswith("models.")
    }
    used |= {view.body_model for view in views.values() if view.body_model}
    assert used and used <= classes
    overrides = set(SCHEMA_OVERRIDES)
    schemas = set(bundle.document["components"]["schemas"]) - overrides
    assert schemas <= classes  # every schema keeps its name as a class


def test_response_schemas_file_follows_the_model(views: dict[str, OperationView]) -> None:
    shipped = json.loads((GENERATED_PACKAGE / "_response_schemas.json").read_text())
    expected = {
        view.operation_id: sorted(
            r.status for r in view.success_responses if any(m.json for m in r.content)
        )
        for view in views.values()
    }
    assert {k: sorted(v) for k, v in shipped["operations"].items()} == {
        k: v for k, v in expected.items() if v
    }


# -- refusals ----------------------------------------------------------------------------------


def _refused(bundle: Bundle, change: Any) -> list[str]:
    document = copy.deepcopy(bundle.document)
    change(document)
    return refusals(Bundle(document=document, origins=bundle.origins))


def _operation(document: dict[str, Any], path: str, method: str = "get") -> dict[str, Any]:
    return document["paths"][path][method]  # type: ignore[no-any-return]


COLLECTIONS = "/v0/archives/collections"


def _set_style(style: str, explode: bool = False) -> Any:
    def change(document: dict[str, Any]) -> None:
        _operation(document, COLLECTIONS)["parameters"][0].update(style=style, explode=explode)

    return change


def _add_parameter(**parameter: Any) -> Any:
    def change(document: dict[str, Any]) -> None:
        _operation(document, COLLECTIONS)["parameters"].append(
            {"schema": {"type": "string"}, **parameter}
        )

    return change


def _set_body_media(document: dict[str, Any]) -> None:
    op = _operation(document, "/v0/aois", "post")
    op["requestBody"]["content"] = {
        "multipart/form-data": op["requestBody"]["content"]["application/json"]
    }


def _add_callbacks(document: dict[str, Any]) -> None:
    _operation(document, COLLECTIONS)["callbacks"] = {}


def _range_response(document: dict[str, Any]) -> None:
    _operation(document, COLLECTIONS)["responses"]["3XX"] = {"description": "anything"}


def _two_body_media_types(document: dict[str, Any]) -> None:
    content = _operation(document, "/v0/aois", "post")["requestBody"]["content"]
    content["application/x-www-form-urlencoded"] = content["application/json"]


def _unknown_extension(document: dict[str, Any]) -> None:
    _operation(document, COLLECTIONS)["x-pixxel-pagnation"] = {"style": "offset"}


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (_set_style("matrix"), "query parameter 'ids': style matrix is not honoured"),
        (
            _set_style("deepObject", explode=False),
            "query parameter 'ids': style deepObject without explode is not defined by OpenAPI",
        ),
        (
            _add_parameter(name="X-Trace", style="form", **{"in": "header"}),
            "header parameter 'X-Trace': style form is not honoured",
        ),
        (
            _add_parameter(name="tags", explode=True, schema={"type": "array"}, **{"in": "cookie"}),
            "cookie parameter 'tags': an exploded cookie array or object has no OpenAPI syntax",
        ),
        (
            _add_parameter(
                name="box", schema={"type": "array", "items": {"type": "array"}}, **{"in": "query"}
            ),
            "query parameter 'box': nested arrays or objects in a parameter are not honoured",
        ),
        (
            _add_parameter(name="q", allowReserved=True, **{"in": "query"}),
            "query parameter 'q': key 'allowReserved' is not honoured",
        ),
        (
            _add_parameter(name="q", content={}, **{"in": "query"}),
            "query parameter 'q': key 'content' is not honoured",
        ),
        (_add_callbacks, "operation key 'callbacks' is not honoured"),
        (_range_response, "response status '3XX' is not honoured (give explicit codes)"),
        (_unknown_extension, "operation key 'x-pixxel-pagnation' is not honoured"),
    ],
)
def test_a_feature_the_pipeline_does_not_honour_is_refused_in_one_line(
    bundle: Bundle, change: Any, expected: str
) -> None:
    assert _refused(bundle, change) == [f"spec/parts/archives.yaml: listCollections: {expected}"]


def _path_level_parameters(document: dict[str, Any]) -> None:
    document["paths"][COLLECTIONS]["parameters"] = []
    document["paths"][COLLECTIONS]["head"] = {"responses": {}}


def _examples_component(document: dict[str, Any]) -> None:
    document["components"]["examples"] = {"Sample": {"value": 1}}


def test_path_item_keys_and_component_kinds_beyond_the_model_are_refused(bundle: Bundle) -> None:
    assert _refused(bundle, _path_level_parameters) == [
        f"spec/parts/archives.yaml: {COLLECTIONS}: path item key 'head' is not honoured",
        f"spec/parts/archives.yaml: {COLLECTIONS}: path item key 'parameters' is not honoured",
    ]
    assert _refused(bundle, _examples_component) == [
        "spec/openapi.yaml: components/examples/Sample: examples components are not honoured"
    ]


def test_a_multipart_request_body_is_honoured(bundle: Bundle) -> None:
    assert _refused(bundle, _set_body_media) == []


def test_a_request_body_with_several_media_types_is_refused(bundle: Bundle) -> None:
    lines = _refused(bundle, _two_body_media_types)
    assert lines == [
        "spec/parts/aois.yaml: createAoi: a request body with several media types is not honoured"
    ]


def test_the_bundled_spec_uses_nothing_that_is_refused(bundle: Bundle) -> None:
    assert refusals(bundle) == []


def test_make_generate_refuses_with_one_line_per_feature(tmp_path: Path) -> None:
    """Through ``python -m generator generate``: every refusal on its own line, nothing written."""
    import subprocess
    import sys

    spec = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", spec)
    part = spec / "parts" / "archives.yaml"
    text = part.read_text()
    assert text.count("style: form\n") == 1
    assert text.count("x-pixxel-method: list_collections\n") == 1
    text = text.replace("style: form\n", "style: form\n          allowReserved: true\n")
    text = text.replace(
        "x-pixxel-method: list_collections\n",
        "x-pixxel-method: list_collections\n      callbacks: {}\n",
    )
    part.write_text(text)
    out = ["--out", str(tmp_path / "out")]
    result = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--spec", str(spec / "openapi.yaml"), *out],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1
    where = "spec/parts/archives.yaml: listCollections:"
    assert result.stderr == (
        f"error: {where} operation key 'callbacks' is not honoured\n"
        f"{where} query parameter 'ids': key 'allowReserved' is not honoured\n"
    )
    assert not (tmp_path / "out").exists()


def test_build_views_raises_the_refusals(bundle: Bundle) -> None:
    document = copy.deepcopy(bundle.document)
    _add_callbacks(document)
    _range_response(document)
    with pytest.raises(SpecError) as caught:
        build_views(Bundle(document=document, origins=bundle.origins))
    assert str(caught.value).splitlines() == [
        "spec/parts/archives.yaml: listCollections: operation key 'callbacks' is not honoured",
        "spec/parts/archives.yaml: listCollections: response status '3XX' is not honoured"
        " (give explicit codes)",
    ]
