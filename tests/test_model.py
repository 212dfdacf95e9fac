"""The model's hand-written initialisers (``Line``, ``Block``: each slot set by its own setter,
for speed) take the fields a dataclass's would, with the same defaults, and set every slot."""

import dataclasses
import inspect

import pytest

from generator.model import Block, Line


@pytest.mark.parametrize("cls", [Line, Block])
def test_initialiser_takes_the_fields_with_their_defaults(cls):
    fields = [f for f in dataclasses.fields(cls) if f.init]
    parameters = list(inspect.signature(cls.__init__).parameters.values())[1:]
    assert [p.name for p in parameters] == [f.name for f in fields]
    for p, f in zip(parameters, fields):
        assert p.default == (inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default), f.name


@pytest.mark.parametrize("value", [
    Line(7, "附件：1．名单", "附件:1.名单", True, 8, True, 5),
    Block("table", "", 3, 9, 2, "box", (("序号", "名称"),), (3,), (3,), (3,), "t-01"),
])
def test_initialiser_sets_every_slot(value):
    for f in dataclasses.fields(value):
        getattr(value, f.name)  # (an unset slot raises AttributeError)
    assert dataclasses.replace(value) == value


def test_line_derived_slots():
    line = Line(4, "　", "")
    assert (line.place, line.blank, line.page, line.last) == (4, True, -1, 4)
    line = Line(4, "第二条", "第二条", at=3, joined=5)
    assert (line.place, line.blank, line.last) == (3, False, 5)
