"""The features a part file may use: one row per feature, one spec part per row.

This table is the single statement of what the pipeline honours. The conformance suite checks it
against the generator (a row marked refused must be refused by ``make generate``, one line per
use; a row marked honoured must generate and pass its wire test), and ``spec/README.md`` shows it
(a test keeps the two equal).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Status = Literal["honoured", "refused"]


@dataclass(frozen=True)
class Feature:
    part: str
    """The spec part under tests/conformance/spec/parts/ (without ``.yaml``)."""
    group: str
    name: str
    status: Status


FEATURES: tuple[Feature, ...] = (
    Feature(
        "query_form", "parameters", "query `style: form`, `explode` true and false", "honoured"
    ),
    Feature(
        "query_space_delimited",
        "parameters",
        "query `style: spaceDelimited`, `explode` true and false",
        "honoured",
    ),
    Feature(
        "query_pipe_delimited",
        "parameters",
        "query `style: pipeDelimited`, `explode` true and false",
        "honoured",
    ),
    Feature(
        "query_deep_object", "parameters", "query `style: deepObject` (`explode: true`)", "honoured"
    ),
    Feature("path_styles", "parameters", "path `style` simple, label, matrix", "honoured"),
    Feature(
        "path_encoding",
        "parameters",
        "path values percent-encoded (a space, a slash) as one segment",
        "honoured",
    ),
    Feature("header_cookie", "parameters", "header and cookie parameters", "honoured"),
    Feature("defaults", "parameters", "parameter defaults (not sent unless given)", "honoured"),
    Feature("enums", "parameters", "enums (parameters and response fields)", "honoured"),
    Feature("json_body", "request bodies", "`application/json` body", "honoured"),
    Feature("multipart_body", "request bodies", "`multipart/form-data` with files", "honoured"),
    Feature("form_body", "request bodies", "`application/x-www-form-urlencoded` body", "honoured"),
    Feature("octet_body", "request bodies", "`application/octet-stream` body", "honoured"),
    Feature(
        "one_of_discriminator",
        "schemas",
        "`oneOf` with a discriminator (parses to the variant)",
        "honoured",
    ),
    Feature("any_of", "schemas", "`anyOf` without a discriminator", "honoured"),
    Feature("all_of", "schemas", "`allOf`", "honoured"),
    Feature(
        "read_write_only",
        "schemas",
        "`readOnly` left out of requests, `writeOnly` out of responses",
        "honoured",
    ),
    Feature("no_content", "responses", "204 and other empty bodies", "honoured"),
    Feature(
        "several_success", "responses", "several 2xx statuses with different schemas", "honoured"
    ),
    Feature(
        "binary_response", "responses", "binary responses (`image/png`...) as bytes", "honoured"
    ),
    Feature("text_response", "responses", "`text/plain` responses as str", "honoured"),
    Feature("geo_json", "responses", "other JSON media types (`application/geo+json`)", "honoured"),
    Feature("nullable", "schemas", "nullable (`type: [x, 'null']`)", "honoured"),
    Feature("maps", "schemas", "`additionalProperties` maps", "honoured"),
    Feature("recursive", "schemas", "recursive schemas", "honoured"),
    Feature("int64", "schemas", "int64 beyond 2**53 kept exact", "honoured"),
    Feature("dates", "schemas", "`date` and `date-time`", "honoured"),
    Feature(
        "deprecated",
        "operations",
        "`deprecated: true` warns (`DeprecationWarning`)",
        "honoured",
    ),
    Feature("read_write_only", "operations", "a new tag becomes a new resource", "honoured"),
    Feature("no_security", "operations", "`security: []` (the API key is not sent)", "honoured"),
)

BY_PART: dict[str, list[Feature]] = {}
for _feature in FEATURES:
    BY_PART.setdefault(_feature.part, []).append(_feature)


def status_of(part: str) -> Status:
    """A part is honoured when every feature it tests is."""
    return "honoured" if all(f.status == "honoured" for f in BY_PART[part]) else "refused"


def markdown_table() -> str:
    """The table spec/README.md shows (``python -m tests.conformance.features`` prints it)."""
    rows = ["| group | feature | conformance part | status |", "|---|---|---|---|"]
    rows += [f"| {f.group} | {f.name} | `{f.part}` | {f.status} |" for f in FEATURES]
    return "\n".join(rows) + "\n"


if __name__ == "__main__":
    print(markdown_table(), end="")
