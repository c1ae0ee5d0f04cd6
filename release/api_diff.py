"""Compare the public Python API of two copies of the generated package, with griffe.

griffe reads the sources statically (nothing is imported), so any two trees can be compared,
including one extracted from an old git revision. Its ``find_breaking_changes`` finds what breaks
callers; the additions (new names, new parameters) are collected here.
"""

from __future__ import annotations

from pathlib import Path

import griffe

from .changes import Change, added, breaking, patch

# Changes griffe reports that do not break callers of this package: constant values (the
# version, the user agent) and default values (None <-> NOT_GIVEN: both mean "not sent").
_NOT_BREAKING = {griffe.BreakageKind.ATTRIBUTE_CHANGED_VALUE}
_PATCH = {griffe.BreakageKind.PARAMETER_CHANGED_DEFAULT}

Member = griffe.Object | griffe.Alias


def load(package_parent: Path, package: str) -> griffe.Module:
    """The package ``package`` found in the folder ``package_parent`` (e.g. ``generated/``)."""
    loaded = griffe.load(
        package, search_paths=[str(package_parent)], try_relative_path=False, resolve_aliases=False
    )
    assert isinstance(loaded, griffe.Module)
    return loaded


def compare_packages(old: griffe.Module, new: griffe.Module) -> list[Change]:
    """Removed, renamed or retyped public names and arguments (breaking); new ones (minor)."""
    changes: list[Change] = []
    for found in griffe.find_breaking_changes(old, new):
        if found.kind in _NOT_BREAKING:
            continue
        text = f"`{found.obj.path}`: {_explain(found)}"
        changes.append(patch(text) if found.kind in _PATCH else breaking(text))
    # The package's own exports (``__all__``) are aliases of runtime objects, which the walk
    # below leaves out: compare them by name.
    old_exports, new_exports = _exports(old), _exports(new)
    for name in sorted(old_exports - new_exports):
        changes.append(breaking(f"`{old.path}.{name}`: no longer exported"))
    for name in sorted(new_exports - old_exports):
        changes.append(added(f"`{new.path}.{name}`: newly exported"))
    old_names, new_names = _public(old), _public(new)
    for path in sorted(new_names.keys() - old_names.keys()):
        changes.append(added(f"`{path}`: new public {new_names[path].kind.value}"))
    for path in sorted(new_names.keys() & old_names.keys()):
        before, after = _parameters(old_names[path]), _parameters(new_names[path])
        for name in after:
            if name not in before and not after[name]:
                changes.append(added(f"`{path}`: new optional argument `{name}`"))
    return changes


def _explain(found: griffe.Breakage) -> str:
    kind = found.kind
    if kind is griffe.BreakageKind.OBJECT_REMOVED:
        return "removed"
    if isinstance(found.old_value, griffe.Parameter):
        return f"argument `{found.old_value.name}`: {kind.value.lower()}"
    if isinstance(found.new_value, griffe.Parameter):
        return f"argument `{found.new_value.name}`: {kind.value.lower()}"
    return f"{kind.value.lower()} ({found.old_value} -> {found.new_value})"


def _exports(module: griffe.Module) -> set[str]:
    """The names in the package's ``__all__``."""
    return {str(name) for name in module.exports or []}


def _public(module: griffe.Module) -> dict[str, griffe.Object]:
    """Every public object reachable from the package, by dotted path (aliases left out)."""
    found: dict[str, griffe.Object] = {}

    def visit(obj: griffe.Object) -> None:
        for member in obj.members.values():
            if member.is_alias or not member.is_public:
                continue
            assert isinstance(member, griffe.Object)
            found[member.path] = member
            if member.is_module or member.is_class:
                visit(member)

    visit(module)
    return found


def _parameters(obj: griffe.Object) -> dict[str, bool]:
    """Argument name -> required, for functions (empty for anything else)."""
    if not isinstance(obj, griffe.Function):
        return {}
    return {
        p.name: p.required
        for p in obj.parameters
        if p.name not in ("self", "cls") and p.kind.name not in ("var_positional", "var_keyword")
    }
