"""One change found between two releases, and how much of a version bump it calls for."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class Level(IntEnum):
    """Semver level of a change; the highest one decides the next version."""

    PATCH = 1
    MINOR = 2
    MAJOR = 3


@dataclass(frozen=True, order=True)
class Change:
    """``text`` is one Markdown line without the list marker; breaking ones are prefixed on output."""

    level: Level
    text: str

    def line(self) -> str:
        prefix = "BREAKING: " if self.level is Level.MAJOR else ""
        return f"- {prefix}{self.text}"


def breaking(text: str) -> Change:
    return Change(Level.MAJOR, text)


def added(text: str) -> Change:
    return Change(Level.MINOR, text)


def patch(text: str) -> Change:
    return Change(Level.PATCH, text)
