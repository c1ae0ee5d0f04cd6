"""Cassette replays run with strict response validation: a recorded body that deviates from the
spec in any way the spec can express fails the test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pixxel import Pixxel

from ..support.paths import BASE_URL


@pytest.fixture
def client(api_key: str) -> Iterator[Pixxel]:
    with Pixxel(
        api_key=api_key, base_url=BASE_URL, max_retries=0, strict_response_validation=True
    ) as c:
        yield c
