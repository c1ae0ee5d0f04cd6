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
    old_names, new_names = _public(old), _public(new)
    # An exported name is reported where users reach it (`pixxel.models.Job`), not where it is
    # defined (`pixxel.models._job.Job`).
    where = {obj.path: path for names in (old_names, new_names) for path, obj in names.items()}
    for found in griffe.find_breaking_changes(old, new):
        if found.kind in _NOT_BREAKING:
            continue
        text = f"`{_public_path(found.obj.path, where)}`: {_explain(found)}"
        changes.append(patch(text) if found.kind in _PATCH else breaking(text))
    # The package's own exports (``__all__``) are compared by name: a name no longer exported is
    # breaking, a new one is reported once (not again by the walk of public objects below).
    old_exports, new_exports = _exports(old), _exports(new)
    for name in sorted(old_exports - new_exports):
        changes.append(breaking(f"`{old.path}.{name}`: no longer exported"))
    for name in sorted(new_exports - old_exports):
        changes.append(added(f"`{new.path}.{name}`: newly exported"))
    reported = {f"{new.path}.{name}" for name in new_exports - old_exports}
    for path in sorted(new_names.keys() - old_names.keys() - reported):
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
    """Every public object reachable from the package, by the dotted path users write: a name a
    module exports (``__all__``) from a private module of the package is found at the export."""
    found: dict[str, griffe.Object] = {}

    def visit(obj: griffe.Object, path: str) -> None:
        for name, member in obj.members.items():
            if not member.is_public:
                continue
            if isinstance(member, griffe.Alias):
                target = _exported_target(obj, name, member, module.path)
                if target is None:
                    continue
                member = target
            assert isinstance(member, griffe.Object)
            found[f"{path}.{name}"] = member
            if member.is_module or member.is_class:
                visit(member, f"{path}.{name}")

    visit(module, module.path)
    return found


def _exported_target(
    owner: griffe.Object, name: str, alias: griffe.Alias, package: str
) -> griffe.Object | None:
    """What ``owner.name`` stands for, when ``owner`` exports it from inside ``package``."""
    if not isinstance(owner, griffe.Module) or name not in (owner.exports or ()):
        return None
    try:
        target = alias.final_target
    except (griffe.AliasResolutionError, griffe.CyclicAliasError):
        return None
    if not target.path.startswith(package + ".") or "._" not in target.path:
        return None  # a name of another package, or of a public module (found there)
    return target


def _public_path(path: str, where: dict[str, str]) -> str:
    """``path`` with its longest defined prefix replaced by the public path of that object."""
    parts = path.split(".")
    for end in range(len(parts), 0, -1):
        public = where.get(".".join(parts[:end]))
        if public is not None:
            return ".".join([public, *parts[end:]])
    return path


def _parameters(obj: griffe.Object) -> dict[str, bool]:
    """Argument name -> required, for functions (empty for anything else)."""
    if not isinstance(obj, griffe.Function):
        return {}
    return {
        p.name: p.required
        for p in obj.parameters
        if p.name not in ("self", "cls") and p.kind.name not in ("var_positional", "var_keyword")
    }
