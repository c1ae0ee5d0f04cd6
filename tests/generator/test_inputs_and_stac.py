"""The generator reads x-pixxel-input, x-pixxel-stac and the paging vocabulary from the spec."""

from __future__ import annotations

import copy

import pytest

from generator.models import stac_base_classes
from generator.operations import build_views
from generator.spec import Bundle, SpecError, load_and_validate

from ..support.paths import ROOT


@pytest.fixture(scope="module")
def bundle() -> Bundle:
    return load_and_validate(ROOT / "spec" / "openapi.yaml")


def test_inputs_come_from_the_spec_with_geometry_types_from_the_schema_enum(bundle: Bundle) -> None:
    views = {v.operation_id: v for v in build_views(bundle)}
    aoi = {p.name: p for p in views["createAoi"].body_params}
    assert aoi["geometry"].input == {"kind": "geometry", "types": ["Polygon", "MultiPolygon"]}
    assert aoi["geometry"].annotation == "GeometryInput"
    search = {p.name: p for p in views["searchImages"].body_params}
    assert search["geometry"].input is not None
    assert "GeometryCollection" not in search["geometry"].input["types"]  # the Geometry enum's
    assert search["end_date"].input == {"kind": "date-time", "bound": "end"}
    archive = {p.name: p for p in views["searchArchive"].body_params}
    assert archive["datetime"].python_name == "datetime"  # the wire name, as pystac-client has it
    assert archive["datetime"].input == {"kind": "datetime-interval"}
    order = {p.name: p for p in views["createOrder"].body_params}
    assert order["order_items"].nested_inputs["geometry"]["kind"] == "feature-collection"


def test_an_unknown_input_kind_is_refused(bundle: Bundle) -> None:
    broken = Bundle(copy.deepcopy(bundle.document))
    schema = broken.document["components"]["schemas"]["AoiCreate"]
    schema["properties"]["geometry"]["x-pixxel-input"] = "wkt"
    with pytest.raises(SpecError, match=r"createAoi: x-pixxel-input kind 'wkt' is not one of"):
        build_views(broken)


def test_every_paged_list_gets_limit_and_page_size(bundle: Bundle) -> None:
    for view in build_views(bundle):
        if not view.pagination:
            continue
        names = [p.python_name for p in view.keyword_params]
        assert names.count("limit") == 1 and names.count("page_size") == 1, view.operation_id
        (size,) = [p for p in view.query_params + view.body_params if p.python_name == "page_size"]
        wire = "page_size" if view.pagination["style"] == "page" else "limit"
        assert size.name == wire, view.operation_id  # sent under the API's own name
        assert [p.location for p in view.sdk_params] == ["sdk"]  # the cap is never sent


def test_stac_schemas_get_their_base_classes(bundle: Bundle) -> None:
    bases = stac_base_classes(bundle.document)
    assert bases["StacItem"].endswith("_stac.StacItemModel")
    assert bases["StacItemCollection"].endswith("_stac.StacItemListModel")
    assert bases["Catalog"].endswith("_stac.StacItemHolderModel")
    broken = copy.deepcopy(bundle.document)
    broken["components"]["schemas"]["StacItem"]["x-pixxel-stac"] = "feature"
    with pytest.raises(SpecError, match="x-pixxel-stac 'feature'"):
        stac_base_classes(broken)


def _unconverted_timestamps(bundle: Bundle) -> list[str]:
    missing = []
    for view in build_views(bundle):
        for param in view.query_params + view.body_params:
            if "datetime" in param.annotation.replace("DateTime", "") and not param.input:
                missing.append(f"{view.operation_id}.{param.name}")
    return missing


def test_every_request_timestamp_is_converted(bundle: Bundle) -> None:
    """A naive datetime must never reach the wire as-is: every date-time parameter or body field
    the client sends carries an ``x-pixxel-input``."""
    assert _unconverted_timestamps(bundle) == []
    broken = Bundle(copy.deepcopy(bundle.document))
    for item in broken.document["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == "listJobs":
                for param in operation["parameters"]:
                    param.pop("x-pixxel-input", None)
    assert _unconverted_timestamps(broken) == ["listJobs.created_on"]


def test_arguments_are_checked_the_same_way_everywhere(bundle: Bundle) -> None:
    views = {v.operation_id: v for v in build_views(bundle)}
    create = "\n".join(views["createAoi"].conversions)
    assert (
        "check_choice(provider, \"aois.create\", \"provider\", ('pixxel', 'planetary'))" in create
    )
    assert 'one_or_many(item_ids, "aois.create", "item_ids")' in create
    search = views["searchArchive"]
    assert search.exclusive == [["intersects", "bbox"]]
    assert 'check_exclusive("archives.search", intersects=intersects, bbox=bbox)' in (
        search.conversions
    )
    collections = next(p for p in search.body_params if p.name == "collections")
    assert collections.annotation == "builtins.list[str]"  # what the CLI and the docs read
    assert collections.signature_annotation == "str | builtins.list[str]"
    for view in views.values():  # a Literal in a signature is always checked
        for param in view.body_params + view.query_params:
            if param.annotation.startswith("Literal[") and not param.input:
                assert param.choices, (view.operation_id, param.name)


def test_an_exclusive_group_naming_no_field_is_refused(bundle: Bundle) -> None:
    broken = copy.deepcopy(bundle)
    schema = broken.document["components"]["schemas"]["ArchiveSearchRequest"]
    schema["x-pixxel-exclusive"] = [["intersects", "polygon"]]
    with pytest.raises(SpecError, match=r"x-pixxel-exclusive names \['polygon'\]"):
        build_views(broken)
