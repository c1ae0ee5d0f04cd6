"""What the generated commands hand over: one operation's call, described as data."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Command:
    """One ``pixxel <resource> <name>`` command; the generated ``_app`` builds one per command."""

    operation_id: str
    resource: str
    method: str
    """``client.<resource>.<method>`` is what the command calls."""
    body_fields: dict[str, str] = field(default_factory=dict)
    """Python name -> wire name of each request body field (``--body`` uses wire names)."""
    whole_body: bool = False
    body_required: bool = False
    required: tuple[str, ...] = ()
    kinds: dict[str, str] = field(default_factory=dict)
    """Options given as text that need converting: ``list:<item type>`` or ``json``."""
    paged: bool = False
    waits: bool = False
    select: str | None = None
    download: str | None = None
    binary: bool = False
    items: str | None = None
    columns: tuple[str, ...] = ()
