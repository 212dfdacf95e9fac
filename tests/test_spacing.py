"""A text printed double-spaced (a blank line under every line, its wrapped lines included) reads
as the text printed single-spaced: spacing.places, and the samples parsed both ways."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.model import Line
from generator.pipeline import parse_bytes
from generator.spacing import double_spaced, line_step, places, right_under
from tests.conftest import GAZETTES, SAMPLES
from tests.test_rewrap import rewrapped


def doubled(text: str) -> str:
    """The text with a blank line under every line, as a double-spaced export prints it (a blank
    line of the text becomes three)."""
    return "\n\n".join(text.split("\n"))


def _lines(text: str) -> list[Line]:
    return [Line(no, raw, raw.strip()) for no, raw in enumerate(text.split("\n"), start=1)]


def _steps(*steps: int) -> list[int]:
    nos = [1]
    for step in steps:
        nos.append(nos[-1] + step)
    return nos


@pytest.mark.parametrize("nos, expected", [
    # a hard-wrapped text doubled: its wrapped lines two apart, its paragraphs' ends four
    (_steps(2, 2, 2, 4, 2, 2, 4, 2, 2, 2, 4, 2, 2), True),
    # a web page's paragraphs, a line each, a blank line under each
    (_steps(*[2] * 14), True),
    # short paragraphs doubled: more of them four lines apart than two (a quarter at least two)
    (_steps(4, 2, 4, 4, 2, 4, 4, 2, 4, 4, 2, 4), True),
    # printed single-spaced: wrapped lines adjacent, a blank line between paragraphs
    (_steps(1, 1, 1, 2, 1, 1, 2, 1, 1, 1, 2, 1, 1), False),
    # a single-spaced table among double-spaced paragraphs: too many lines adjacent
    (_steps(2, 2, 2, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2), False),
    # too few lines to tell
    (_steps(2, 2, 2, 2, 2), False),
    # three lines apart (two blank lines under each): the layout's step is three
    (_steps(*[3] * 14), True),
    # a double-spaced text doubled again: its lines four apart, its paragraphs' ends eight
    (_steps(4, 4, 4, 8, 4, 4, 8, 4, 4, 4, 8, 4, 4), True),
    # five apart or more: not a layout's step
    (_steps(*[5] * 14), False),
])
def test_double_spaced(nos, expected):
    assert double_spaced(nos) is expected


@pytest.mark.parametrize("nos, furniture, expected", [
    # double-spaced, its page break's number and running head adjacent to each other and to the
    # text (6 → 7 → 8, 15 → 16 → 17): the steps into and out of them left out
    (_steps(2, 2, 2, 2, 2, 1, 1, 2, 2, 2, 2, 1, 1, 2, 2, 2), {6, 7, 12, 13}, 2),
    # the same steps with no furniture among them: too many lines adjacent
    (_steps(2, 2, 2, 2, 2, 1, 1, 2, 2, 2, 2, 1, 1, 2, 2, 2), set(), 1),
    # lines four apart, the page break's two apart
    (_steps(4, 4, 4, 4, 4, 2, 2, 4, 4, 4, 4, 4, 4), {6, 7}, 4),
    # single-spaced: not asked whether its adjacent lines are furniture
    (_steps(1, 1, 1, 2, 1, 1, 2, 1, 1, 1, 2, 1, 1), set(range(20)), 1),
])
def test_line_step_past_a_page_breaks_furniture(nos, furniture, expected):
    assert line_step(nos, lambda i: i in furniture) == expected


def test_places_of_a_text_three_blank_lines_under_every_line():
    text = "\n".join(["标题", "第一行", "第二行", "", "第三行"] * 4)
    spaced = [line for line in places(_lines("\n\n".join(doubled(text).split("\n")))) if not line.blank]
    assert [line.place for line in spaced] == [line.no for line in _lines(text) if not line.blank]


_TEXT = st.lists(st.one_of(st.just(""), st.text(alphabet="通知各乡镇人民政府。，", min_size=1, max_size=6)),
                 min_size=30, max_size=80)


@settings(max_examples=80, deadline=None)
@given(_TEXT)
def test_a_doubled_text_reads_with_the_places_of_the_text(rows):
    text = "\n".join(rows)
    single = [line for line in _lines(text) if not line.blank]
    nos = [line.no for line in single]
    steps = [b - a for a, b in zip(nos, nos[1:])]
    spaced = [line for line in places(_lines(doubled(text))) if not line.blank]
    if steps.count(1) * 4 < len(steps) or len(steps) < 12:
        return  # (too few adjacent lines for the doubled text to be told double-spaced)
    assert [line.place for line in spaced] == nos
    assert [line.key for line in spaced] == [line.key for line in single]


def test_a_text_not_double_spaced_keeps_its_numbers():
    text = "\n".join(["标题", "", "第一行", "第二行"] * 8)
    assert [line.place for line in places(_lines(text))] == list(range(1, 33))


def test_right_under_a_line_joined_from_two():
    # single-spaced: 3 is right under 1 joined with 2, not under 1 alone
    joined = Line(1, "祁政发〔2024〕", "祁政发(2024)", joined=2)
    assert right_under(joined, Line(3, "5号", "5号"))
    assert not right_under(Line(1, "a", "a"), Line(3, "b", "b"))
    # double-spaced: places 1 and 2 on lines 1 and 3
    assert right_under(Line(1, "a", "a", at=1), Line(3, "b", "b", at=2))
    assert not right_under(Line(1, "a", "a", at=1), Line(7, "b", "b", at=3))


def _read(result) -> tuple:
    blocks = [(b.kind, b.text, b.rows) for d in result.documents for b in d.blocks]
    fields = [(d.title, d.doc_number, d.registration_number, d.date, d.issuer, d.recipients,
               [(a.number, a.title) for a in d.attachments]) for d in result.documents]
    return blocks, fields, [(e.title, e.page) for e in result.toc], result.gazette


@pytest.mark.parametrize("width", [None, 30, 24])
@pytest.mark.parametrize("sample", SAMPLES)
def test_a_sample_printed_double_spaced_reads_as_printed(sample, width):
    text = (GAZETTES / sample).read_text(encoding="utf-8")
    if width:
        text = rewrapped(text, width)
    assert _read(parse_bytes(doubled(text).encode("utf-8"), sample)) == _read(parse_bytes(text.encode("utf-8"), sample))
