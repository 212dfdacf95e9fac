"""An issue printed in parts (issueparts): the part read from after the masthead's 期, and how it
names, orders and labels the file."""

import pytest

from generator.issueparts import part_after_issue, part_english, part_id, part_rank, part_shown
from generator.masthead import read_masthead
from generator.model import Gazette, Line
from generator.normalize import fold


@pytest.mark.parametrize("rest, part", [
    ("(下)", "下"),                   # 2024年第3期（下）
    ("(上)(总第128期)", "上"),        # with its cumulative issue after it
    ("(下)2024年3月1日出版", "下"),   # a cover on one line
    ("(上册)", "上"),                 # printed in volumes
    ("下册", "下"),
    (" 中", "中"),                    # set apart by a space
    ("之2", "二"),                    # 第11期之二, its numeral made a figure
    ("(第二部分)", "二"),
    ("(二)", "二"),
    ("(三分册)", "三"),
    ("", None),                       # a whole issue
    ("(总第3期)", None),
    ("上半月", None),                 # a time, not a part
    ("下旬", None),
    ("下发的通知", None),             # words running on
    ("(二〇二四年)", None),
    ("二", None),                     # a bare numeral is no part
])
def test_the_part_after_an_issue(rest, part):
    assert part_after_issue(rest) == part


@pytest.mark.parametrize("part, rank, ident, shown, english", [
    (None, 0, "", "", ""),
    ("上", 1, "-shang", "（上）", ", first part"),
    ("中", 2, "-zhong", "（中）", ", middle part"),
    ("下", 3, "-xia", "（下）", ", last part"),
    ("二", 2, "-part2", "（二）", ", part 2"),
])
def test_a_part_named_ordered_and_shown(part, rank, ident, shown, english):
    assert (part_rank(part), part_id(part), part_shown(part), part_english(part)) == (rank, ident, shown, english)
    assert ident.removeprefix("-").isalnum() or not ident


def _masthead(*texts):
    lines = [Line(no, text, fold(text)) for no, text in enumerate(texts, start=1)]
    return read_masthead(lines)[0]


@pytest.mark.parametrize("texts, issue, part", [
    (("青溪县人民政府公报", "2024年第3期（下）", "（总第128期）"), 3, "下"),
    (("青溪县人民政府公报", "第 3 期（上）", "2024年"), 3, "上"),
    (("青溪县人民政府公报（2024年第3期）（下）",), 3, "下"),  # the masthead on one line
    (("临川县人民政府公报", "二〇二三年第十一期之二"), 11, "二"),
    (("青溪县人民政府公报", "2024年第3期", "上半月要闻"), 3, None),
    (("青溪县人民政府公报", "2024年度合订本", "2024年第1期（上）"), None, None),  # bound issues: no issue, no part
])
def test_the_masthead_reads_the_part(texts, issue, part):
    gazette = _masthead(*texts)
    assert (gazette.issue, gazette.part) == (issue, part)


def test_labels_carry_the_part():
    g = Gazette(title="青溪县人民政府公报", year=2024, issue=3, part="下")
    assert (g.issue_label(), g.issue_label_en()) == ("2024年第3期（下）", "2024 No. 3, last part")
    assert Gazette(year=2024, issue=5, issue_last=6).issue_label() == "2024年第5–6期"
    assert Gazette(year=None, issue=3).issue_label() == ""


@pytest.mark.parametrize("key, whole", [
    # a body's list of the issues names each part after its 期 (fifteenth session's review)
    ("2024年第3期(上)", "2024年第3期"), ("2024年第3期(下)", "2024年第3期"), ("2024年第3期之2", "2024年第3期"),
    ("2024年第3期(第二部分)", "2024年第3期"), ("2024年第3期上册", "2024年第3期"),
    # no part: the line as it is
    ("2024年第3期", "2024年第3期"), ("2024年第3期(总第128期)", "2024年第3期(总第128期)"), ("2024年第3期(增刊)", "2024年第3期(增刊)"),
])
def test_an_issue_without_its_part(key, whole):
    from generator.issueparts import issue_without_part

    assert issue_without_part(key) == whole
