"""A paragraph's lines rejoined (generator/rejoin.py): a list of organs wrapped at an organ."""

import pytest

from generator.model import Line
from generator.normalize import fold
from generator.rejoin import list_of_organs_goes_on


def _line(no: int, text: str) -> Line:
    return Line(no, text, fold(text), False)


@pytest.mark.parametrize("above,kinds_after,expected", [
    ("　　城关镇人民政府、青石镇人民政府、县应急管理局、县交通运输局、县", ["numbered"], True),
    ("　　城关镇人民政府、青石镇人民政府、县应急管理局、县交通运输局、县", [], True),
    ("　　城关镇人民政府、青石镇人民政府、县应急管理局、县交通运输局、县", ["date"], False),  # (a signature)
    ("　　城关镇人民政府、青石镇人民政府、县应急管理局、县交通运输局、县", ["org"], False),
    ("　　请各单位认真贯彻执行。", ["numbered"], False),  # (a finished sentence)
    ("　　请各乡镇、各部门认真组织实施，切实抓好各项工作落实，确保取得实效", ["text"], False),  # (no list)
])
def test_list_of_organs_goes_on(above, kinds_after, expected):
    lines = [_line(1, above), _line(2, "住房和城乡建设局")] + [_line(3 + x, "2024年4月5日") for x in range(len(kinds_after))]
    kinds = ["text", "org", *kinds_after]
    assert list_of_organs_goes_on(lines[0], lines, kinds, 1) is expected


@pytest.mark.parametrize("text,foot", [
    # a footnote over the page's furniture (its number, the running head), the page's other footnotes between
    ("…按照\n注：“专精特新”企业指具备专业化特征的中小企业。\n— 3 —\n每家10万元的标准给予奖励。\n", True),
    ("…确保\n*高标准农田指田块平整的农田。\n※另有规定的从其规定。\n— 6 —\n春耕生产顺利开展。\n", True),
    # a footnote wrapped onto a line of its own, its sentence ended there
    ("…主要用于\n① 新增耕地面积以年度变更调查数据为准，不含未验收的\n项目区内新增的耕地。\n- 1 -\n高标准农田建设。\n", True),
    # a note closing a text, no page's furniture under it; a sentence's rest opening with *
    ("…按照\n注：本办法由县财政局负责解释。\n第十条　本办法自发布之日起施行。\n", False),
    ("…按照\n**加粗**的文字\n— 3 —\n", False),
])
def test_footnote_at_the_foot(text, foot):
    from generator.rejoin import footnote_at_the_foot

    from tests.excerpts import content

    assert footnote_at_the_foot(content(text), 1) is foot


@pytest.mark.parametrize("above, text, page", [
    ("确保种子、化肥、", "-----", True),       # pymupdf4llm's page break inside a sentence
    ("确保种子、化肥、", "* * *", True),
    ("确保种子、化肥、", "___", True),
    ("农药等农资供应充足、质量可靠。", "-----", False),  # a sentence ended: a rule of the text
    ("确保种子、化肥、", "--", False),          # two dashes: no break
    ("确保种子、化肥、", "——————", False),      # a line of Chinese dashes: the 版头's rule
    ("确保种子、化肥、", "- 3 -", False),       # the page's number (furniture's own)
])
def test_page_rule(above, text, page):
    from generator.rejoin import page_rule
    assert page_rule(_line(1, above), _line(2, text)) is page


@pytest.mark.parametrize("text,rest", [
    # a sentence left open over the page's footnote and number: its rest past them (the index after
    # the footnotes, the index of the rest)
    ("奖励资金由县财政统筹安排，对年度考核为优秀的乡镇给予奖励，主要用于\n① 新增耕地面积以自然资源部门年度变更调查数据为准。\n- 1 -\n高标准农田建设。\n", (2, 3)),
    ("对符合条件的企业给予一次性奖励，对新认定的高新技术企业按照\n注：“专精特新”企业指具备专业化特征的中小企业。\n— 3 —\n青溪县人民政府公报　　2024年第3期\n每家10万元的标准给予奖励。\n", (2, 4)),
    ("各乡镇要组织农户及早调运种子、化肥等农资，确保\n*高标准农田指田块平整的农田。\n※另有规定的从其规定。\n— 6 —\n春耕生产顺利开展。\n", (3, 4)),
    ("奖励资金由县财政统筹安排，对年度考核为优秀的乡镇给予奖励，主要用于\n① 新增耕地面积以年度变更调查数据为准，不含未验收的\n"
     "项目区内新增的耕地。\n- 1 -\n高标准农田建设。\n", (3, 4)),
    # a sentence closed over the footnote; no page's furniture under the footnote
    ("奖励资金由县财政统筹安排，主要用于农村基础设施建设。\n① 新增耕地面积以年度变更调查数据为准。\n- 1 -\n第三条　本办法自发布之日起施行。\n", None),
    ("…按照\n注：本办法由县财政局负责解释。\n第十条　本办法自发布之日起施行。\n", None),
])
def test_footnote_over_the_rest(text, rest):
    from generator.rejoin import footnote_over_the_rest

    from tests.excerpts import content

    lines = content(text)
    kinds = ["text"] * len(lines)
    assert footnote_over_the_rest(lines, kinds, lines[0], 1, 34) == rest


@pytest.mark.parametrize("sentence, text, note", [
    # a superscript's number printed flat, or in brackets, over the page's number; the sentence holds the mark
    ("按照当年新增耕地面积1给予每亩奖励，主要用于", "1新增耕地面积以年度变更调查数据为准。\n- 1 -", True),
    ("按照当年新增耕地面积¹给予每亩奖励，主要用于", "1 新增耕地面积以年度变更调查数据为准。\n- 1 -", True),
    ("按照当年新增耕地面积[1]给予每亩奖励，主要用于", "[1] 新增耕地面积以年度变更调查数据为准。\n— 1 —", True),
    # near misses: a figure and its unit in the sentence; no mark; no page's furniture under it; no sentence's end
    ("今年全县共建成1个示范区，主要用于", "1新增耕地面积以年度变更调查数据为准。\n- 1 -", False),
    ("奖励资金由县财政统筹安排，主要用于", "1个示范区建设。\n- 1 -", False),
    ("按照当年新增耕地面积1给予每亩奖励，主要用于", "1新增耕地面积以年度变更调查数据为准。\n高标准农田建设。", False),
    ("按照当年新增耕地面积1给予每亩奖励，主要用于", "1新增耕地面积以年度变更调查数据为准\n- 1 -", False),
])
def test_numbered_footnote(sentence, text, note):
    from generator.rejoin import numbered_footnote

    from tests.excerpts import content

    lines = content(sentence + "\n" + text + "\n")
    assert numbered_footnote(lines, 1, lines[:1]) is note


def test_footnote_groups():
    from generator.rejoin import footnote_groups

    from tests.excerpts import content

    lines = content("…确保\n① 新增耕地面积以年度变更调查数据为准，不含未验收的\n项目区内新增的耕地。\n※另有规定的从其规定。\n— 6 —\n")
    assert footnote_groups(lines, 1, 4) == [(1, 2), (3, 3)]
