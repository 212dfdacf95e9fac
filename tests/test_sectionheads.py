"""A section's running head alone at the top of its pages (generator/sectionheads.py)."""

import pytest

from generator.model import Line
from generator.normalize import fold
from generator.sectionheads import marked_running_heads


def _lines(text: str) -> list[Line]:
    out = []
    for no, raw in enumerate(text.split("\n"), 1):
        line = raw.replace("\f", "")
        if line.strip():
            out.append(Line(no, line, fold(line), "\f" in raw))
    return out


def _marked(text: str) -> list[str]:
    return [line.text for line in marked_running_heads(_lines(text)) if line.running_head]


@pytest.mark.parametrize("head", ["【规范性文件】", "政府文件", "◆部门文件◆", "县政府办公室文件"])
@pytest.mark.parametrize("top", ["— {n} —\n\f{head}", "\f{head}", "— {n} —\n{head}", "\f{n}\n{head}"])
def test_the_same_words_first_on_two_pages_are_the_pages_running_head(head, top):
    text = "\n".join(["各单位要加强组织领导，明确责任分工，确保城区停车秩序", top.format(n=2, head=head),
                      "持续好转，群众出行更加便利。", "负责统筹辖区停车设施建设\t县住建局",
                      top.format(n=3, head=head), "负责停车收费监管\t县发改局"])
    assert _marked(text) == [head, head]


NEAR_MISSES = {
    # first on one page only: a cell's tail, a sentence's end the page cut
    "once": "确保城区停车秩序\n— 2 —\n\f规范性文件\n持续好转。\n— 3 —\n\f持续好转",
    # a title opening a page of each of two documents
    "titles": "2024年4月10日\n\f桐溪县人民政府公告\n现公告如下。\n2024年4月11日\n\f桐溪县人民政府公告\n现公告如下。",
    # an attachment's mark, a numbered heading, a 文号, a sentence's end
    "attachments": "附件\n…工作。\n\f附件\n…工作。\n\f附件",
    "headings": "工作。\n\f一、总体要求\n工作。\n\f一、总体要求",
    "numbers": "通知如下。\n\f桐政发〔2024〕6号\n通知如下。\n\f桐政发〔2024〕6号",
    "sentences": "工作\n\f落实到位。\n工作\n\f落实到位。",
    # a table's row
    "rows": "县住建局\n\f车型\t收费标准\n县住建局\n\f车型\t收费标准",
    # a table printed a cell a line, its titles again at the top of each page it runs over
    "cells_titles": "1\n城关镇\n— 2 —\n序号\n乡镇\n2\n青石乡\n— 3 —\n序号\n乡镇\n3\n白沙镇",
    # an organ's name first on two pages: a title's issuer over its 印发…, a signature over its date
    "organs": "工作。\n\f**攸县人民政府办公室\n印发《关于促进房地产业健康发展的若干措施》的通知**\n落实到位。\n"
              "\f攸县人民政府办公室\n2023年4月13日",
    # a title's opening first on two pages: the file carries the issue twice, its pages alike
    "title_openings": "本办法自印发之日起施行。\n— 3 —\n\f关于印发《攸县行政许可事项清单\n（2023年版）》的通知\n"
                      "本办法自印发之日起施行。\n— 3 —\n\f关于印发《攸县行政许可事项清单\n（2023年版）》的通知",
    "open_quotes": "工作。\n\f《攸县行政许可事项\n清单》\n工作。\n\f《攸县行政许可事项\n清单》",
    # the 文种's last character, two titles cut by a page after it (…的通 / — 23 — / 知)
    "type_word_tails": "桐溪县人民政府办公室关于调整城区公交线路票价的通\n— 23 —\n\f知\n桐政办函〔2024〕23号\n"
                       "桐溪县人民政府办公室关于公布城区停车收费标准的通\n— 25 —\n\f知\n桐政办函〔2024〕24号",
}


@pytest.mark.parametrize("name", sorted(NEAR_MISSES))
def test_lines_no_running_head(name):
    assert _marked(NEAR_MISSES[name]) == []


def test_the_sections_heading_over_a_title_stays_while_its_running_heads_go():
    """The heading opening the section over its first document's title is the section's; the
    same words first on a later page, or between a title's organ and its 关于… line, are the
    page's."""
    text = "\n".join(["\f【规范性文件】", "桐溪县人民政府关于印发《桐溪县城区停车管理办法》的通知", "各单位：",
                      "确保城区停车秩序", "— 2 —", "\f【规范性文件】", "持续好转。", "桐溪县人民政府",
                      "— 3 —", "\f【规范性文件】", "关于加强城区停车管理的通知"])
    assert [line.no for line in marked_running_heads(_lines(text)) if line.running_head] == [6, 10]


def test_a_sections_name_alone_between_a_tables_rows_on_two_pages():
    """A table running over pages printed without its pages' numbers or blank lines: the section's
    name alone between two rows, twice, is the page's running head; once, or a cell's tail that
    names no section (（试行）twice), stays."""
    rows = ["11\t湘阴县人民政府关于引进科技人才的通知\t湘阴政发〔2018〕9号", "县政府文件",
            "12\t湘阴县人民政府办公室关于医疗救助的通知\t湘阴政办发〔2018〕14号",
            "27\t湘阴县人民政府办公室关于纾解市场主体困难的通知\t湘阴政办发〔2022〕26号", "县政府文件",
            "28\t湘阴县人民政府办公室关于优化营商环境的通知\t湘阴政办发〔2022〕30号"]
    assert _marked("\n".join(rows)) == ["县政府文件", "县政府文件"]
    assert _marked("\n".join(rows[:3] + rows[3:4] + rows[5:])) == []
    paged = rows[:1] + ["— 12 —", "\f县政府文件"] + rows[2:4] + ["·13·", "\f县政府文件"] + rows[5:]
    assert _marked("\n".join(paged)) == ["县政府文件", "县政府文件"]  # (past the page's number)
    tails = [row.replace("县政府文件", "（试行）") for row in rows]
    assert _marked("\n".join(tails)) == []


def test_a_running_head_between_a_title_and_its_number_is_the_pages():
    """A page breaking between a title and its 文号: the running head under the page's number is
    the page's, not the section's heading over the 文号 (the document would lose its header)."""
    text = "\n".join(["确保城区停车秩序。", "\f108", "◆部门文件◆", "持续好转。",
                      "中共桐溪县委办公室 桐溪县人民政府办公室 关于印发《", "中共桐溪县委十三届八次全会任务分解表》的 通 知",
                      "\f109", "◆部门文件◆", "桐办发〔2024〕14号", "各乡镇："])
    assert [line.no for line in marked_running_heads(_lines(text)) if line.running_head] == [3, 8]


def test_a_running_head_between_a_documents_numbers_is_the_pages():
    """A page breaking between the 文号 under a title and the 登记号 under it: the section's
    running head there is the page's (the numbers are one header)."""
    text = "\n".join(["确保城区停车秩序。", "\f【规范性文件】", "持续好转。", "# 祁阳市人民政府 关于开展城区环境秩序整治的通告",
                      "祁政通〔2024〕9号", "\f【规范性文件】", "QYDR—2024—00010", "为全面加强城市管理，现通告如下。"])
    assert [line.no for line in marked_running_heads(_lines(text)) if line.running_head] == [2, 6]


def test_a_running_head_over_a_signature_is_the_pages():
    """The section's running head at the top of a page whose first lines are the signature and
    date of the text above (附件：… / \f118 / ◆部门文件◆ / 平江县人民政府办公室 / 2023年10月11日): the
    page's, not the section's heading over a title (an organ over a date is no title's first line)."""
    text = "\n".join(["确保城区停车秩序。", "\f117", "◆部门文件◆", "持续好转。", "附件：2024年度城乡居民医保征缴任务数",
                      "\f118", "◆部门文件◆", "平江县人民政府办公室", "2023年10月11日"])
    assert [line.no for line in marked_running_heads(_lines(text)) if line.running_head] == [3, 7]


# A header of a table printed one cell a line, cut alike by the page in two tables: the title
# first on both pages goes on with the header (``in_a_cut_header``); near misses: a section's name
# (with its marks, or naming a section) there is the page's running head still, and words first on
# two pages under a sentence or a row's figures are no header's.
@pytest.mark.parametrize("cut,marked", [
    ("序号\n乡镇\n— {n} —\n\f任务数（人）", []),
    ("序号\n— {n} —\n\f乡镇\n任务数（人）", []),
    ("编号\n乡镇\n\f任务数（人）", []),
    ("序号\n乡镇\n\f【部门文件】\n任务数（人）", ["【部门文件】", "【部门文件】"]),
    ("序号\n乡镇\n\f政府文件\n任务数（人）", ["政府文件", "政府文件"]),
    ("请各乡镇按时完成，\n— {n} —\n\f任务数（人）", ["任务数（人）", "任务数（人）"]),
])
def test_a_title_first_on_two_pages_in_a_cut_header_is_no_running_head(cut, marked):
    text = "\n".join(["附件1", "参保任务表", cut.format(n=7), "完成时限", "1", "城关镇", "12500", "2024年9月底",
                      "附件2", "征缴任务表", cut.format(n=8), "完成时限", "1", "城关镇", "1380", "2024年12月底"])
    assert _marked(text) == marked
