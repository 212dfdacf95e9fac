"""The 发文机关标志 read after its 发文字号 (``headerlines.banner_under_its_number``)."""

import pytest

from generator.headerlines import banner_under_its_number
from generator.model import Line
from generator.normalize import fold


def _line(no: int, text: str) -> Line:
    return Line(no, text, fold(text))


@pytest.mark.parametrize("number,banner,title,read", [
    ("桐政办发〔2025〕22号", "桐溪县人民政府办公室文件", "桐溪县人民政府办公室关于印发…的通知", True),
    ("桐政发〔2025〕3号", "桐溪县人民政府文件", "关于公布…的通知", True),
    # near misses: a section's short name or its marks, a title naming another organ, no number above
    ("桐政办发〔2025〕22号", "县政府办公室文件", "桐溪县人民政府办公室关于印发…的通知", False),
    ("桐政办发〔2025〕22号", "【桐溪县人民政府文件】", "关于公布…的通知", False),
    ("桐政办发〔2025〕22号", "桐溪县人民政府文件", "桐溪县财政局关于…的通知", False),
    ("二、工作要求", "桐溪县人民政府文件", "关于公布…的通知", False),
])
def test_a_banner_under_its_number(number, banner, title, read):
    assert banner_under_its_number(_line(2, banner), _line(4, title), _line(1, number)) is read


def test_a_banner_parted_from_the_number_by_a_blank_line_is_left_to_the_other_rules():
    assert not banner_under_its_number(_line(3, "桐溪县人民政府文件"), _line(5, "关于公布…的通知"),
                                       _line(1, "桐政发〔2025〕3号"))


@pytest.mark.parametrize("text, first", [
    # a joint red head of three organs or more, an organ a line, over 文件 or over the 发文字号, after the
    # document before (probe review 8): the header opens with its first organ
    ("青溪县人民政府\n2024年6月10日\n中共青溪县委宣传部\n青溪县发展和改革局\n青溪县财政局\n青溪县文化旅游广电体育局\n"
     "青溪县市场监督管理局\n文件\n青宣发〔2024〕6号\n中共青溪县委宣传部　青溪县财政局关于印发《青溪县促进文旅消费若干措施》的通知", 3),
    ("青溪县人民政府\n2024年6月10日\n青溪县教育局\n青溪县财政局\n青溪县人力资源和社会保障局\n青溪县医疗保障局\n"
     "青教联〔2024〕3号\n青溪县教育局　青溪县财政局关于做好2024年学生资助工作的通知", 3),
    ("青溪县人民政府\n2024年6月10日\n中共青溪县委办公室\n青溪县人民政府办公室\n文件\n青办发〔2024〕6号\n"
     "中共青溪县委办公室　青溪县人民政府办公室关于…的通知", 3),  # two organs, as before
    # 文件 beside a middle organ, as it stands centred at the right of the stack
    ("青溪县人民政府\n2024年6月10日\n青溪县教育局\n青溪县财政局　　　　　　文件\n青溪县人力资源和社会保障局\n"
     "青溪县医疗保障局\n青教联〔2024〕3号\n青溪县教育局　青溪县财政局关于做好2024年学生资助工作的通知", 3),
    # near miss: organs under a sentence (the signature of a document whose date was lost, a list): only
    # the organ over 文件 is the red head's, as with two
    ("特此通知。\n青溪县教育局\n青溪县财政局\n青溪县人力资源和社会保障局\n青溪县医疗保障局\n文件\n"
     "青教联〔2024〕3号\n青溪县教育局　青溪县财政局关于做好2024年学生资助工作的通知", 5),
])
def test_a_joint_red_head_of_many_organs(text, first):
    from generator.headerspan import header_numbers
    from generator.titles import find_titles
    from tests.excerpts import content

    lines = content(text)
    title = find_titles(lines)[-1]
    top, _ = header_numbers(lines, title)
    assert lines[top].no == first


@pytest.mark.parametrize("text, rule", [
    ("━━━━━━━━━━━━━━━━━━━━", True), ("——————————————", True), ("＿＿＿＿＿＿＿＿＿＿", True),  # (probe review 8)
    ("————", False), ("——在全县经济工作会议上的讲话", False), ("— 5 —", False), ("", False),
    # a Markdown converter's thematic break (fourteenth session's probes); a page's number, a list's dash
    ("---", True), ("* * *", True), ("___", True), ("- - -", True), ("--", False), ("-*-", False), ("- 3 -", False),
])
def test_separator_rule(text, rule):
    from generator.redheads import separator_rule

    assert separator_rule(_line(1, text)) is rule


@pytest.mark.parametrize("text, first", [
    # the 版头's rule printed as text: under a 信函格式's organ over its number, under the number over
    # the title, after a ruled 版记 (probe review 8)
    ("2024年6月2日印发\n━━━━━━━━━━━━━━━━━━━━\n青溪县人民政府办公室\n━━━━━━━━━━━━━━━━━━━━\n"
     "青政办函〔2024〕25号\n青溪县人民政府办公室关于商请支持城南工业园基础设施建设的函", 3),
    ("2024年6月3日\n青溪县人民政府文件\n青政发〔2024〕9号\n——————————————\n"
     "青溪县人民政府关于印发《青溪县城区停车收费管理办法》的通知", 2),
    # near miss: a rule under a sentence's end is none of the header's
    ("请认真贯彻执行。\n━━━━━━━━━━━━━━━━━━━━\n青溪县人民政府关于印发《青溪县城区停车收费管理办法》的通知\n青政发〔2024〕9号", 3),
])
def test_a_header_over_its_rule(text, first):
    from generator.headerspan import header_numbers
    from generator.titles import find_titles
    from tests.excerpts import content

    lines = content(text)
    title = find_titles(lines)[-1]
    top, _ = header_numbers(lines, title)
    assert lines[top].no == first
