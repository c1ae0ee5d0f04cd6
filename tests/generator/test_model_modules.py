"""The split of datamodel-code-generator's models module into one module per model."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.model_modules import split_models
from generator.spec import SpecError

SOURCE = '''"""Models."""

from __future__ import annotations

from pydantic import BaseModel


class Node(BaseModel):
    children: list[Tree] | None = None


class Tree(BaseModel):
    root: Node | None = None


class Forest(BaseModel):
    trees: list[Tree]


class AOIList(BaseModel):
    count: int


class AoiList(BaseModel):
    size: int
'''


def test_models_that_name_each_other_share_a_module_and_the_rest_stand_alone(
    tmp_path: Path,
) -> None:
    written = split_models(SOURCE, tmp_path / "models")
    assert written == {
        "_node.py": ["Node", "Tree"],
        "_forest.py": ["Forest"],
        "_aoi_list.py": ["AOIList"],
        "_aoi_list_2.py": ["AoiList"],
        "__init__.py": ["AOIList", "AoiList", "Forest", "Node", "Tree"],
    }
    forest = (tmp_path / "models" / "_forest.py").read_text()
    assert "from ._node import Tree\n" in forest and "class Forest(BaseModel):" in forest
    assert "_node" not in (tmp_path / "models" / "_aoi_list.py").read_text()
    index = (tmp_path / "models" / "__init__.py").read_text()
    assert '"Tree": "_node",' in index and "from ._node import Tree" in index


def test_the_split_is_the_same_every_time(tmp_path: Path) -> None:
    split_models(SOURCE, tmp_path / "a")
    split_models(SOURCE, tmp_path / "b")
    for path in (tmp_path / "a").iterdir():
        assert path.read_bytes() == (tmp_path / "b" / path.name).read_bytes()


def test_a_rebuild_goes_with_its_model_and_other_statements_are_refused(tmp_path: Path) -> None:
    split_models(SOURCE + "\nNode.model_rebuild()\n", tmp_path / "models")
    assert (tmp_path / "models" / "_node.py").read_text().endswith("Node.model_rebuild()\n")
    with pytest.raises(SpecError, match="other than imports and classes"):
        split_models(SOURCE + "\nLIMIT = 3\n", tmp_path / "other")
