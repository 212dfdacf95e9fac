"""The masthead's words printed again: a second copy's cover, or a page's running head over a
document's text (excerpts of tests/cases/documents/gazette_name_alone_heading_a_page_before_the_contents_printed_last.txt)."""

import pytest

from generator.mastheadagain import another_issues_cover, issue_number_over, text_under
from generator.model import Line
from generator.normalize import fold


def _lines(*texts: str) -> list[Line]:
    return [Line(no, text, fold(text)) for no, text in enumerate(texts, start=1)]


@pytest.mark.parametrize("texts, starts, under", [
    # the running head over the last document's sentences, the contents printed last
    (("桃江县人民政府公报", "为切实做好今夏高温天气防范应对工作，现就有关事项通知如下。", "桃江县人民政府办公室", "2024年6月12日", "本期目录"), [], True),
    # over a document opening before the contents (a second copy's contents come later)
    (("桃江县人民政府公报", "桃政发〔2024〕5号", "桃江县人民政府关于加快推进竹产业高质量发展的意见", "本期目录"), [1], True),
    # a second copy's cover over its contents
    (("桃江县人民政府公报", "2024年第3期", "桃江县人民政府主办　2024年6月30日出版", "本期目录"), [], False),
])
def test_text_under(texts, starts, under):
    lines = _lines(*texts)
    assert text_under(lines, 0, len(lines) - 1, starts) is under


def test_another_issues_cover():
    assert another_issues_cover(_lines("2024年第2期", "（总第34期）"))
    assert not another_issues_cover(_lines("各乡镇人民政府，县直各单位："))


@pytest.mark.parametrize("texts,start,at", [
    # another issue's number right over a document's title, after a rule: its masthead
    (("2024年第1期", "任命王立为青溪县交通运输局局长。", "━━━━━━━━", "2024年第2期（总第38期）", "青溪县人民政府关于…的通知"), 4, 3),
    # the front's own number again (a running head or a copy's), a year alone, a sentence: none
    (("2024年第1期", "任命王立为青溪县交通运输局局长。", "2024年第1期", "青溪县人民政府关于…的通知"), 3, None),
    (("2024年第1期", "任命王立为青溪县交通运输局局长。", "2024年", "青溪县人民政府关于…的通知"), 3, None),
    (("2024年第1期", "见本刊2024年第2期。", "青溪县人民政府关于…的通知"), 2, None),
])
def test_issue_number_over(texts, start, at):
    lines = _lines(*texts)
    assert issue_number_over(lines, start, frozenset({lines[0].key})) == at


@pytest.mark.parametrize("key,front,along", [
    # the gazette's next issue: as many issues on in the year as in all
    ("2024年第2期(总第38期)", "2024年第1期(总第37期)", True), ("2024年第5期(总第41期)", "2024年第1期(总第37期)", True),
    # another periodical's number (a 简报's), the same year
    ("2024年第5期(总第115期)", "2024年第1期(总第37期)", False), ("2024年第2期(总第12期)", "2024年第1期(总第37期)", False),
    # another year, or no 总 number on either line: not asked
    ("2025年第1期(总第49期)", "2024年第1期(总第37期)", True), ("2024年第2期", "2024年第1期(总第37期)", True),
])
def test_numbered_along(key, front, along):
    from generator.mastheadagain import _numbered_along
    assert _numbered_along(key, front) is along
