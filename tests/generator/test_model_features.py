"""The operation model on a small spec part that uses what today's spec does not (header and
cookie parameters, styles, a multipart body with a file, a raw body, a status with two media
types, deprecation): the model describes it, and every renderer marks or passes it on.

The wire itself is tested by the conformance suite (tests/conformance/); these tests stay at the
generator's level and need no generated package.
"""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from generator.cli import build_commands, cli_param
from generator.docs import resource_pages
from generator.models import response_schemas
from generator.operations import OperationView, TypeNamer, build_views
from generator.render import group_resources
from generator.settings import SPEC_ROOT
from generator.spec import Bundle, load

PART = Path(__file__).parent / "specs" / "features.yaml"


@pytest.fixture(scope="module")
def spec_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A root with the project's shared components and one part: ``specs/features.yaml``."""
    folder = tmp_path_factory.mktemp("spec")
    root = yaml.safe_load(SPEC_ROOT.read_text())
    root["x-pixxel-parts"] = ["parts/features.yaml"]
    root["tags"] = [{"name": "Things", "description": "Things.", "x-pixxel-resource": "things"}]
    (folder / "parts").mkdir()
    (folder / "parts" / "features.yaml").write_text(PART.read_text())
    (folder / "openapi.yaml").write_text(yaml.safe_dump(root, sort_keys=False))
    return folder / "openapi.yaml"


@pytest.fixture(scope="module")
def bundle(spec_root: Path) -> Bundle:
    return load(spec_root)


@pytest.fixture(scope="module")
def views(bundle: Bundle) -> dict[str, OperationView]:
    return {v.operation_id: v for v in build_views(bundle)}


def test_header_and_cookie_parameters_become_arguments(views: dict[str, OperationView]) -> None:
    upload = views["uploadThing"]
    assert [(p.name, p.python_name) for p in upload.header_params] == [("X-Trace-Id", "x_trace_id")]
    assert [(p.name, p.python_name) for p in upload.cookie_params] == [("session", "session")]
    assert {"x_trace_id", "session"} <= {p.python_name for p in upload.keyword_params}
    styles = {p.name: (p.style, p.explode) for p in upload.wire_params}
    assert styles == {
        "thing_id": ("simple", False),
        "X-Trace-Id": ("simple", False),
        "session": ("form", True),
        "filter": ("deepObject", True),
        "tags": ("pipeDelimited", False),
    }
    assert views["putThingFile"].path_params[0].style == "label"


def test_parameters_pass_to_the_runtime_with_only_their_non_default_style(
    views: dict[str, OperationView],
) -> None:
    by_name = {p.name: p for p in views["uploadThing"].wire_params}
    assert (
        by_name["filter"].runtime_arguments == '"filter", "query", style="deepObject", explode=True'
    )
    assert by_name["tags"].runtime_arguments == '"tags", "query", style="pipeDelimited"'
    assert by_name["X-Trace-Id"].runtime_arguments == '"X-Trace-Id", "header"'
    assert by_name["thing_id"].runtime_arguments == '"thing_id", "path"'


def test_form_fields_become_arguments_and_files_take_file_content(
    views: dict[str, OperationView],
) -> None:
    upload = views["uploadThing"]
    assert upload.form_body and upload.body_model is None and not upload.body_is_whole
    fields = {p.name: p.annotation for p in upload.body_params}
    assert fields == {"file": "FileContent", "meta": "dict[str, Any]", "name": "str"}
    assert upload.request_body is not None
    assert upload.request_body.runtime_arguments == (
        '"multipart/form-data", encoding={"meta": PartEncoding(content_type="application/json")},'
        " required=True"
    )
    raw = views["putThingFile"]
    assert raw.body_is_whole and [p.annotation for p in raw.body_params] == ["FileContent"]


def test_a_status_with_two_media_types_maps_each(views: dict[str, OperationView]) -> None:
    upload = views["uploadThing"]
    (ok, empty) = upload.success_responses
    assert ok.runtime_value == '{"application/geo+json": models.ThingUpload, "text/plain": str}'
    assert empty.runtime_value == "None"
    assert upload.returns == "models.ThingUpload | str | None"
    assert upload.accept == "application/geo+json, text/plain"
    assert upload.result_schema == {"$ref": "#/components/schemas/ThingUpload"}


def test_a_deprecated_operation_is_marked_in_docs_and_help(
    spec_root: Path, bundle: Bundle, views: dict[str, OperationView]
) -> None:
    assert views["uploadThing"].deprecated and not views["putThingFile"].deprecated
    page = resource_pages(spec_root)["reference/things.md"]
    assert '!!! warning "Deprecated"' in page
    assert "| (deprecated) Upload |" in page
    resources = group_resources(bundle.document, list(views.values()))
    commands = {c.name: c for c in build_commands(bundle.document, resources)["things"]}
    assert commands["upload"].help.startswith("(Deprecated) Upload.")
    assert not commands["put-file"].help.startswith("(Deprecated)")


def test_command_line_kinds_of_the_new_parameters(views: dict[str, OperationView]) -> None:
    kinds = {p.name: cli_param(p).kind for p in views["uploadThing"].wire_params}
    assert kinds == {
        "thing_id": "str",
        "X-Trace-Id": "str",
        "session": "str",
        "filter": "json",
        "tags": "list",
    }


def test_read_only_properties_are_not_arguments(bundle: Bundle) -> None:
    document = copy.deepcopy(bundle.document)
    document["components"]["schemas"]["ThingUpload"]["properties"]["name"]["readOnly"] = True
    (upload, _) = build_views(Bundle(document=document, origins=bundle.origins))
    assert [p.name for p in upload.body_params] == ["file", "meta"]


def test_read_only_and_write_only_fields_pick_the_request_and_response_models(
    bundle: Bundle,
) -> None:
    """datamodel-code-generator writes ``<Name>Request`` without the readOnly fields and
    ``<Name>Response`` without the writeOnly ones; the model names them where they are used."""
    document = copy.deepcopy(bundle.document)
    schemas = document["components"]["schemas"]
    schemas["ThingUpload"]["properties"]["name"]["writeOnly"] = True
    schemas["ThingUpload"]["required"] = ["file", "name"]
    schemas["ThingUpload"]["properties"]["meta"]["readOnly"] = True
    namer = TypeNamer(document["components"])
    assert namer.model_name("ThingUpload", "request") == "ThingUploadRequest"
    assert namer.model_name("ThingUpload", "response") == "ThingUploadResponse"
    (upload, _) = build_views(Bundle(document=document, origins=bundle.origins))
    assert upload.response_types["200"] == "models.ThingUploadResponse | str"
    shipped = response_schemas(document, [upload])["components"]["schemas"]["ThingUpload"]
    assert shipped["required"] == ["file"]  # `name` is write-only: never required in a response


def test_a_file_field_is_a_path_option(views: dict[str, OperationView]) -> None:
    fields = {p.name: cli_param(p) for p in views["uploadThing"].body_params}
    assert (fields["file"].kind, fields["file"].python_type) == ("file", "Path")
    assert fields["file"].help.endswith("A file path. Required (here or in --body).")
