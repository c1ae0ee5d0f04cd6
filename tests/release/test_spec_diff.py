"""The OpenAPI comparer on hand-written documents: the rules the generator round trip skips."""

from __future__ import annotations

import copy
from typing import Any

from release.changes import Level
from release.spec_diff import compare_specs


def _doc(body: dict[str, Any], response: dict[str, Any]) -> dict[str, Any]:
    def media(schema: dict[str, Any]) -> dict[str, Any]:
        return {"content": {"application/json": {"schema": schema}}}

    return {
        "info": {"version": "1"},
        "paths": {
            "/things": {
                "post": {
                    "operationId": "makeThing",
                    "requestBody": media(body),
                    "responses": {"200": {"description": "ok", **media(response)}},
                }
            }
        },
        "components": {
            "schemas": {
                "Node": {  # refers to itself: the walk must end
                    "type": "object",
                    "properties": {"child": {"$ref": "#/components/schemas/Node"}},
                }
            }
        },
    }


BODY: dict[str, Any] = {
    "type": "object",
    "required": ["name"],
    "properties": {"name": {"type": "string"}},
}
RESPONSE: dict[str, Any] = {
    "type": "object",
    "required": ["id"],
    "properties": {"id": {"type": "string"}, "tree": {"$ref": "#/components/schemas/Node"}},
}


def _levels(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Level]:
    return {c.text: c.level for c in compare_specs(old, new)}


def test_identical_documents_have_no_changes() -> None:
    assert compare_specs(_doc(BODY, RESPONSE), _doc(BODY, RESPONSE)) == []


def test_response_field_that_may_now_be_missing_is_breaking() -> None:
    response = copy.deepcopy(RESPONSE)
    response["required"] = []
    assert _levels(_doc(BODY, RESPONSE), _doc(BODY, response)) == {
        "`POST /things` (makeThing): response 200: response field `id` may now be missing": Level.MAJOR
    }


def test_request_type_narrowed_is_breaking_and_widened_is_minor() -> None:
    wide = copy.deepcopy(BODY)
    wide["properties"]["name"]["type"] = ["string", "null"]
    key = "`POST /things` (makeThing): request body, field `name`"
    assert _levels(_doc(wide, RESPONSE), _doc(BODY, RESPONSE)) == {
        f"{key}: no longer accepts type null": Level.MAJOR
    }
    assert _levels(_doc(BODY, RESPONSE), _doc(wide, RESPONSE)) == {
        f"{key}: also accepts type null": Level.MINOR
    }


def test_request_field_that_became_required_is_breaking() -> None:
    old = copy.deepcopy(BODY)
    old["properties"]["note"] = {"type": "string"}
    new = copy.deepcopy(old)
    new["required"].append("note")
    assert _levels(_doc(old, RESPONSE), _doc(new, RESPONSE)) == {
        "`POST /things` (makeThing): request body: request field `note` is now required": Level.MAJOR
    }


def test_nested_change_under_a_recursive_schema_is_found() -> None:
    new_doc = _doc(BODY, RESPONSE)
    new_doc["components"]["schemas"]["Node"]["properties"]["label"] = {"type": "string"}
    assert _levels(_doc(BODY, RESPONSE), new_doc) == {
        "`POST /things` (makeThing): response 200: response field `tree.label` added": Level.MINOR
    }


def test_removed_operation_is_breaking_and_version_note_is_a_patch() -> None:
    new_doc = _doc(BODY, RESPONSE)
    new_doc["info"]["version"] = "2"
    del new_doc["paths"]["/things"]
    assert _levels(_doc(BODY, RESPONSE), new_doc) == {
        "API description version 1 -> 2": Level.PATCH,
        "`POST /things` (makeThing): operation removed": Level.MAJOR,
    }


def test_a_schema_used_twice_in_one_operation_is_reported_at_both_places() -> None:
    def doc(values: list[str]) -> dict[str, Any]:
        colour = {"$ref": "#/components/schemas/Colour"}
        body = {"type": "object", "properties": {"fill": colour, "edge": colour}}
        built = _doc(body, RESPONSE)
        built["components"]["schemas"]["Colour"] = {"type": "string", "enum": values}
        return built

    key = "`POST /things` (makeThing): request body, field"
    assert _levels(doc(["red", "blue"]), doc(["red"])) == {
        f"{key} `edge`: values `blue` removed (narrowed)": Level.MAJOR,
        f"{key} `fill`: values `blue` removed (narrowed)": Level.MAJOR,
    }
