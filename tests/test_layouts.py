"""The samples printed in combinations of layouts at once (a narrower wrap, page furniture of one
form at every n-th line, indentation, blank lines taken out or doubled): the same documents,
fields, attachments and table rows. Each combination here once broke the parse (found by running
random combinations of these layouts over the samples); the single layouts have their own
property tests (tests/test_properties.py, tests/test_rewrap.py)."""

from __future__ import annotations

import pytest

from generator.pipeline import parse_bytes
from tests.conftest import GAZETTES
from tests.test_properties import PAGE_FURNITURE, _seen, _with_pages
from tests.test_rewrap import rewrapped


def _indented(text: str) -> str:
    return "\n".join("　　" + line if line.strip() else line for line in text.split("\n"))


def _without_blank_lines(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if line.strip())


def _double_spaced(text: str) -> str:
    return "\n\n".join(text.split("\n"))


def printed(text: str, head: str, wrap: int | None, every: int, furniture: str, *after) -> str:
    if wrap:
        text = rewrapped(text, wrap)
    text = _with_pages(text, every, head, PAGE_FURNITURE[furniture])
    for layout in after:
        text = layout(text)
    return text


@pytest.mark.parametrize("name, wrap, every, furniture, after", [
    # the 文号 and 登记号 under a title cut by the page, its number bare at the top or under the head
    ("qiyang-2024-03.txt", None, 41, "bare-number-at-the-top", ()),
    ("qiyang-2024-03.txt", 30, 37, "running-head-then-bare-number", ()),
    # a 主送 wrapped over the page, its number bare under the running head
    ("qiyang-2024-03.txt", 26, 31, "running-head-then-bare-number", (_indented, _without_blank_lines)),
    # an 附件：… line over the page's bare number, then the attachment's heading
    ("pingjiang-2023-02.txt", 24, 29, "running-head-then-bare-number", (_double_spaced,)),
    # the section's name alone between a table's rows, no page's number nor blank line around it
    ("xiangyin-2024-04.txt", None, 100000, "running-head-alone", (_without_blank_lines,)),
    # a section's running head under the page's bare number, between a title and its 文号
    ("xiangyin-2024-04.txt", 26, 37, "section-running-head-under-a-bare-number", ()),
    # a section's running head alone between the 文号 and the 登记号 under a title
    ("qiyang-2024-03.txt", None, 41, "section-running-head-alone", ()),
    # townships as a table's units, one under the other over a page; the section's name between rows
    ("pingjiang-2023-02.txt", 26, 41, "section-running-head-under-the-number", (_without_blank_lines,)),
    ("xiangyin-2024-04.txt", None, 31, "dots-around-the-number-alone", (_without_blank_lines,)),
    # a section's running head under a bare number over the signature, an 附件 line above it
    ("pingjiang-2023-02.txt", 28, 53, "section-running-head-under-a-bare-number", (_without_blank_lines,)),
    # a title cut after its issuer, the running head naming the issuer
    ("xiangyin-2024-04.txt", None, 53, "running-head-then-bare-number", ()),
    # rows under an item merged over the page: units by short names, by kind, with their parts, 等单位
    ("youxian-2023-01.txt", 28, 29, "tildes-around-the-number", ()),
    ("youxian-2023-01.txt", None, 31, "dots-around-the-number", ()),
    ("youxian-2023-01.txt", 30, 29, "running-head-then-bare-number", ()),
    ("youxian-2023-01.txt", 26, 41, "hyphens-around-the-number", ()),
    ("youxian-2023-01.txt", None, 47, "bare-number-then-running-head", (_double_spaced,)),
])
def test_layouts_combined_give_the_same_documents_and_rows(name, wrap, every, furniture, after):
    text = (GAZETTES / name).read_text(encoding="utf-8")
    baseline = parse_bytes(text.encode("utf-8"), name)
    g = baseline.gazette
    variant = parse_bytes(printed(text, f"{g.title}　{g.year}年第{g.issue}期", wrap, every, furniture, *after)
                          .encode("utf-8"), name)
    assert _seen(variant) == _seen(baseline)
