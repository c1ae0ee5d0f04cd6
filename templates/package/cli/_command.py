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
    arguments: tuple[str, ...] = ()
    """Python names of the path arguments, in order."""
    body_fields: dict[str, str] = field(default_factory=dict)
    """Python name -> wire name of each request body field (``--body`` uses wire names)."""
    whole_body: bool = False
    body_required: bool = False
    required: tuple[str, ...] = ()
    kinds: dict[str, str] = field(default_factory=dict)
    """Options given as text that need converting: ``list:<item type>`` or ``json`` (inline, a
    file, or ``-`` for stdin)."""
    choices: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Options that take one of a fixed set of values."""
    paged: bool = False
    waits: bool = False
    select: str | None = None
    download: str | None = None
    wait_method: str | None = None
    """The waiter a download runs first: run by the command, to bound and show the wait."""
    status_field: str = "status"
    """The (dotted) field a waiter polls."""
    binary: bool = False
    items: str | None = None
    columns: tuple[str, ...] = ()
    """Default columns of the table (dotted paths reach into nested objects)."""

    @property
    def usage(self) -> str:
        """``pixxel <resource> <command>``, as typed."""
        return f"pixxel {self.resource.replace('_', '-')} {self.method.replace('_', '-')}"
