"""`make release-notes`: each rule of issue 9 on the fixture spec, through the real generator."""

from __future__ import annotations

from pathlib import Path

import pytest

from release.changes import Change, Level
from release.notes import compare_trees, compute
from release.semver import Version, write_setting

from .fixtures import (
    Spec,
    changed,
    commit,
    fixture_spec,
    generate,
    git,
    make_project,
    regenerate,
    run_release,
    write_spec,
)


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate(fixture_spec(), tmp_path_factory.mktemp("base") / "generated")


def _compare(base: Path, tmp_path: Path, spec: Spec) -> list[Change]:
    return compare_trees(base, generate(spec, tmp_path / "generated"))


def _level(changes: list[Change]) -> Level | None:
    return max((c.level for c in changes), default=None)


def _breaking(changes: list[Change]) -> list[str]:
    return [c.line() for c in changes if c.level is Level.MAJOR]


def _drop_widget_colour(spec: Spec) -> None:
    del spec["components"]["schemas"]["Widget"]["properties"]["colour"]


def _require_page_size(spec: Spec) -> None:
    spec["paths"]["/widgets"]["get"]["parameters"].append(
        {"name": "page_size", "in": "query", "required": True, "schema": {"type": "integer"}}
    )


def test_nothing_changed_means_no_release(base: Path, tmp_path: Path) -> None:
    assert _compare(base, tmp_path, fixture_spec()) == []


def test_removed_response_field_is_breaking(base: Path, tmp_path: Path) -> None:
    changes = _compare(base, tmp_path, changed(_drop_widget_colour))
    assert _level(changes) is Level.MAJOR
    breaking = _breaking(changes)
    assert (
        "- BREAKING: `POST /widgets` (createWidget): response 201: response field `colour` removed"
        in breaking
    )
    # the list response holds widgets too: the nested field is named by its position
    assert any("response 200: response field `widgets[].colour` removed" in b for b in breaking)
    # and the Python side sees the model attribute go
    assert "- BREAKING: `pixxel.models.Widget.colour`: removed" in breaking


def test_new_required_parameter_is_breaking(base: Path, tmp_path: Path) -> None:
    changes = _compare(base, tmp_path, changed(_require_page_size))
    assert _level(changes) is Level.MAJOR
    breaking = _breaking(changes)
    assert (
        "- BREAKING: `GET /widgets` (listWidgets): query parameter `page_size` added, required"
        in breaking
    )
    assert any("Widgets.list`: argument `page_size`" in b for b in breaking)


def test_added_operation_is_minor(base: Path, tmp_path: Path) -> None:
    def add_get(spec: Spec) -> None:
        spec["paths"]["/widgets/{widget_id}"] = {
            "get": {
                "operationId": "getWidget",
                "summary": "Get a widget",
                "tags": ["Widgets"],
                "x-pixxel-method": "get",
                "parameters": [
                    {
                        "name": "widget_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "responses": {
                    "200": {
                        "description": "The widget.",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}
                        },
                    }
                },
            }
        }

    changes = _compare(base, tmp_path, changed(add_get))
    assert _level(changes) is Level.MINOR
    lines = [c.line() for c in changes]
    assert "- `GET /widgets/{widget_id}` (getWidget): new operation" in lines
    assert "- `pixxel.resources.widgets.Widgets.get`: new public function" in lines


def test_narrowed_request_enum_is_breaking(base: Path, tmp_path: Path) -> None:
    def narrow(spec: Spec) -> None:
        spec["components"]["schemas"]["Colour"]["enum"] = ["red", "green"]

    changes = _compare(base, tmp_path, changed(narrow))
    assert _level(changes) is Level.MAJOR
    breaking = _breaking(changes)
    assert (
        "- BREAKING: `GET /widgets` (listWidgets): query parameter `colour`: values `blue` removed (narrowed)"
        in breaking
    )
    assert any("request body, field `colour`: values `blue` removed" in b for b in breaking)


def test_widened_enum_is_minor(base: Path, tmp_path: Path) -> None:
    def widen(spec: Spec) -> None:
        spec["components"]["schemas"]["Colour"]["enum"] = ["red", "green", "blue", "cyan"]

    changes = _compare(base, tmp_path, changed(widen))
    assert _level(changes) is Level.MINOR
    assert any("values `cyan` added" in c.text for c in changes)


def test_renamed_keyword_argument_from_templates_alone_is_breaking(
    base: Path, tmp_path: Path
) -> None:
    """Same spec; only the generated code changed (as a template or runtime change would do)."""
    new = generate(fixture_spec(), tmp_path / "generated")
    resource = new / "pixxel" / "resources" / "widgets.py"
    text = resource.read_text()
    assert "        colour: models.Colour | str | None = None," in text
    resource.write_text(
        text.replace(
            "        colour: models.Colour | str | None = None,",
            "        color: models.Colour | str | None = None,",
        )
    )
    changes = compare_trees(base, new)
    assert _level(changes) is Level.MAJOR
    breaking = _breaking(changes)
    assert (
        "- BREAKING: `pixxel.resources.widgets.Widgets.list`: argument `colour`: parameter was removed"
        in breaking
    )
    assert not any(c.text.startswith("`GET") for c in changes)  # the spec did not change


def test_a_name_no_longer_exported_is_breaking_and_a_new_one_minor(
    base: Path, tmp_path: Path
) -> None:
    new = generate(fixture_spec(), tmp_path / "generated")
    init = new / "pixxel" / "__init__.py"
    text = init.read_text()
    assert '    "RetryEvent",\n' in text
    init.write_text(text.replace('    "RetryEvent",\n', '    "RetryHook",\n'))
    changes = compare_trees(base, new)
    assert "- BREAKING: `pixxel.RetryEvent`: no longer exported" in _breaking(changes)
    assert any(c.text == "`pixxel.RetryHook`: newly exported" for c in changes)


def test_runtime_only_change_is_a_patch(base: Path, tmp_path: Path) -> None:
    new = generate(fixture_spec(), tmp_path / "generated")
    retry = next((new / "pixxel" / "_runtime").glob("_retry*.py"))
    retry.write_text(retry.read_text() + "\n# a fix\n")
    changes = compare_trees(base, new)
    assert _level(changes) is Level.PATCH
    assert changes == [
        Change(Level.PATCH, f"package files changed: `pixxel/_runtime/{retry.name}`")
    ]


def test_next_version_and_entry_from_the_last_tag(tmp_path: Path) -> None:
    """The two headline rules through `python -m release notes` (what `make release-notes` runs)."""
    project = make_project(tmp_path / "project", fixture_spec())
    git(project, "tag", "v0.1.0")
    spec = changed(_drop_widget_colour)
    _require_page_size(spec)
    write_spec(project, spec)
    regenerate(project)

    notes = compute(project, project / "generated", None)
    assert notes.base == "v0.1.0"
    assert str(notes.version) == "1.0.0"

    done = run_release(project, "notes", "--date", "2026-01-02")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "## 1.0.0 (2026-01-02)"
    assert "compared generated/ at v0.1.0 with the working tree" in done.stderr
    assert "next version: 1.0.0 (major bump from 0.1.0)" in done.stderr
    assert (
        "- BREAKING: `POST /widgets` (createWidget): response 201: response field `colour` removed"
        in lines
    )
    assert (
        "- BREAKING: `GET /widgets` (listWidgets): query parameter `page_size` added, required"
        in lines
    )
    breaking = lines.index("### Breaking changes")
    assert all(
        line.startswith("- BREAKING: ")
        for line in lines[breaking + 2 : lines.index("", breaking + 2)]
    )

    # BASE=<ref> compares with that ref instead; a later minor change on top of 1.0.0 is minor
    write_setting(project / "generator" / "settings.py", Version(1, 0, 0))
    regenerate(project)
    commit(project, "Breaking")
    git(project, "tag", "v1.0.0")
    spec["components"]["schemas"]["Colour"]["enum"].append("cyan")
    write_spec(project, spec)
    regenerate(project)
    assert str(compute(project, project / "generated", None).version) == "1.1.0"
    assert str(compute(project, project / "generated", "v0.1.0").version) == "1.0.0"


def test_without_a_tag_it_says_this_is_the_first_release(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", fixture_spec())
    done = run_release(project, "notes", "--date", "2026-01-02")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "## 0.1.0 (2026-01-02)"
    assert "no v* tag yet: this is the first release, compared with nothing" in done.stderr
