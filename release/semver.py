"""The SDK's version: parse, bump, and the one line of ``generator/settings.py`` that holds it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .changes import Level

_SEMVER = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")
_SETTING = re.compile(r'^SDK_VERSION = "([^"]*)"$', re.MULTILINE)


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int
    patch: int

    @classmethod
    def parse(cls, text: str) -> Version:
        match = _SEMVER.fullmatch(text.strip().removeprefix("v"))
        if not match:
            raise ValueError(f"not a MAJOR.MINOR.PATCH version: {text!r}")
        return cls(*(int(part) for part in match.groups()))

    def bump(self, level: Level) -> Version:
        if level is Level.MAJOR:
            return Version(self.major + 1, 0, 0)
        if level is Level.MINOR:
            return Version(self.major, self.minor + 1, 0)
        return Version(self.major, self.minor, self.patch + 1)

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"


def read_setting(settings_source: str) -> Version:
    """The ``SDK_VERSION`` assigned in the text of ``generator/settings.py``."""
    found = _SETTING.findall(settings_source)
    if len(found) != 1:
        raise ValueError(
            f"expected one SDK_VERSION line in generator/settings.py, found {len(found)}"
        )
    return Version.parse(found[0])


def write_setting(settings: Path, version: Version) -> None:
    """Replace the ``SDK_VERSION`` line of ``settings`` (the only place the version lives)."""
    source = settings.read_text(encoding="utf-8")
    read_setting(source)  # exactly one line, or a clear error before anything is written
    settings.write_text(_SETTING.sub(f'SDK_VERSION = "{version}"', source), encoding="utf-8")
