"""A spec parameter may not take the name of a keyword argument every method adds."""

from __future__ import annotations

import pytest

from generator.operations import OperationView, Param, _check_names
from generator.spec import SpecError


def view_with(name: str) -> OperationView:
    view = OperationView(
        operation_id="op",
        module="op",
        tag_module="t",
        method="GET",
        path="/x",
        summary="",
        description="",
        resource="r",
        method_name="get",
        retry_safe=False,
        documented=True,
        sources=[],
    )
    view.query_params.append(Param(name, name, "str", False, "", "query"))
    return view


@pytest.mark.parametrize("name", ["timeout", "extra_headers", "extra_query", "extra_body"])
def test_reserved_names_are_refused(name: str) -> None:
    with pytest.raises(SpecError, match=f"reserved Python name '{name}'"):
        _check_names(view_with(name))


def test_other_names_pass() -> None:
    _check_names(view_with("status"))
