"""The committed cassettes are exactly what the documented payloads give."""

from __future__ import annotations

from pixxel import OPERATIONS

from ..support.cassettes import MARKER, expected_cassettes
from ..support.paths import CASSETTES


def test_every_operation_has_a_payload_and_a_cassette() -> None:
    expected = expected_cassettes()
    assert sorted(name.removesuffix(".yaml") for name in expected) == sorted(OPERATIONS)
    assert sorted(p.name for p in CASSETTES.glob("*.yaml")) == sorted(expected)


def test_built_cassettes_match_their_payloads() -> None:
    stale = [
        name
        for name, text in expected_cassettes().items()
        if (CASSETTES / name).read_text().startswith(MARKER)
        and (CASSETTES / name).read_text() != text
    ]
    assert stale == [], "run `make cassettes` after editing tests/payloads"


def test_undocumented_operations_say_their_body_is_synthetic() -> None:
    for info in OPERATIONS.values():
        text = (CASSETTES / f"{info.operation_id}.yaml").read_text()
        if not info.documented and text.startswith(MARKER):
            assert "# SYNTHETIC body" in text, info.operation_id
