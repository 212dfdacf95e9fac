"""slotstate.tuple_state: the model's values pickle as the tuple of their fields and read back
as themselves, the fields a class works out (Line.place, Line.page) with them."""

import dataclasses
import pickle
import sys
from dataclasses import dataclass, field, fields

import pytest

from generator import model, tables
from generator.normalize import fold
from generator.pipeline import parse_bytes
from generator.runs import page_mark_at
from generator.slotstate import tuple_state

MODEL_CLASSES = [c for m in (model, tables) for c in vars(m).values()
                 if isinstance(c, type) and c.__module__ == m.__name__ and dataclasses.is_dataclass(c)]

EXCERPT = """祁阳市人民政府公报
2024年第3期

祁阳市人民政府关于公布2024年规范性文件清理结果的决定
祁政发〔2024〕4号

各乡镇人民政府，市直各单位：
现将清理结果公布如下。
附件：废止的规范性文件目录

祁阳市人民政府
2024年3月1日

附件

废止的规范性文件目录
序号\t文号\t标题
1\t祁政发〔2019〕1号\t关于甲的通知
2\t祁政发〔2020〕2号\t关于乙的通知
"""


def test_every_class_of_the_parse_model_keeps_its_state_as_a_tuple():
    """Every dataclass of the model and of the tables is given the fast state; one left without it
    would fall back to Python's own, which asks ``fields()`` for each value."""
    assert {c.__name__ for c in MODEL_CLASSES} >= {"Line", "Block", "Document", "ParseResult", "Column", "Table"}
    for cls in MODEL_CLASSES:
        assert cls.__getstate__.__module__ == "generator.slotstate", cls.__name__
        assert cls.__setstate__.__module__ == "generator.slotstate", cls.__name__


def test_a_parse_result_reads_back_as_itself_with_every_field():
    result = parse_bytes(EXCERPT.encode("utf-8"), "excerpt.txt")
    assert result.documents and result.documents[0].tables  # (the excerpt holds a table)
    again = pickle.loads(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    assert again == result and again.to_dict() == result.to_dict()
    for before, after in zip(result.source.lines, again.source.lines, strict=True):
        # (the fields left out of equality too: place, blank, page)
        assert [getattr(after, f.name) for f in fields(after)] == [getattr(before, f.name) for f in fields(before)]


def test_a_line_keeps_what_was_worked_out_for_it():
    line = model.Line(3, "— 5 —", fold("— 5 —"), at=8)
    page_mark_at([line], 0)
    assert line.page > 0
    again = pickle.loads(pickle.dumps(line))
    assert (again.place, again.blank, again.page) == (8, False, line.page)


def test_a_state_pickled_by_pythons_own_methods_reads_back():
    """An entry of the parse cache written before: Python's state for a slots dataclass is the
    list of the fields' values, in the same order."""
    line = model.Line(5, "甲", "甲", True, 6, True, 9)
    old_state = [getattr(line, f.name) for f in fields(line)]
    fresh = object.__new__(model.Line)
    fresh.__setstate__(old_state)
    assert fresh == line and fresh.place == 9


def test_a_state_of_another_length_is_refused():
    fresh = object.__new__(model.Line)
    with pytest.raises(TypeError, match="a state of 2 values, expected 10"):
        fresh.__setstate__((1, "甲"))


def test_a_class_of_one_field_and_frozen_classes_stay_frozen():
    @tuple_state
    @dataclass(frozen=True, slots=True)
    class One:
        value: tuple = ()

    @tuple_state
    @dataclass(frozen=True, slots=True)
    class Two:
        a: int
        b: list = field(default_factory=list)

    module = sys.modules[__name__]
    module.One, module.Two = One, Two  # (pickle finds a class by its module's name)
    One.__qualname__, Two.__qualname__ = "One", "Two"
    try:
        assert pickle.loads(pickle.dumps(One((1, 2)))) == One((1, 2))
        two = pickle.loads(pickle.dumps(Two(1, [2])))
        assert two == Two(1, [2])
        with pytest.raises(dataclasses.FrozenInstanceError):
            two.a = 3
    finally:
        del module.One, module.Two


def test_a_class_without_fields_is_refused():
    with pytest.raises(TypeError, match="no fields"):
        @tuple_state
        @dataclass(frozen=True, slots=True)
        class Empty:
            pass
