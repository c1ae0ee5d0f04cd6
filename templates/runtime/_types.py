"""Sentinels shared by the generated methods."""

from __future__ import annotations

from typing import Final, Literal, TypeVar

T = TypeVar("T")

__all__ = ["NOT_GIVEN", "NotGiven", "given"]


class NotGiven:
    """Marks a body field the caller did not pass: it is left out of the request.

    Distinct from ``None``, which sends an explicit JSON ``null`` where the spec allows one.
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()


def given(value: T | None) -> T | NotGiven:
    """``NOT_GIVEN`` for ``None``: a body field the caller left out is not sent."""
    return NOT_GIVEN if value is None else value
