"""Document titles in the body, from real header excerpts, and what is not a title."""

import pytest

from generator.titles import find_titles, header_numbers
from tests.excerpts import content

# Registration number and 发文字号 before a bold title wrapped over three lines (Pingjiang).
NUMBER_BEFORE = """PJDR—2023—01004

平政办发〔2023〕7号

**平江县人民政府办公室
关于印发《打好发展“六仗”促进建筑业高质量发展
发展的实施办法》的通知**

各乡镇人民政府（街道办事处），平江高新区，县直各单位：
"""

# Markdown heading with issuer and 关于 on one line, numbers after it (Qiyang).
NUMBER_AFTER = """# 祁阳市人民政府 关于公布 2024 年规范性文件清理结果的决定

祁政发〔2024〕4 号

QYDR—2024—00006

各镇人民政府、街道办事处，市直有关单位：
"""

# Issuer, subject and a spaced-out 通 知 on separate lines with blank lines between (Xiangyin).
SPACED = """湘阴县人民政府办公室

关于建立湘阴县长城航道疏浚项目工作机制

通 知

湘阴政办发〔2024〕25号
"""

# No number at all, confirmed by the 主送 line (Pingjiang).
RECIPIENTS_ONLY = """平江县人民政府办公室
关于做好我县2024年度城乡居民基本医疗保险参保缴费工作的通知

各乡镇人民政府（街道办事处），平江高新区，县直各单位：
"""

# Joint issuers on one line (Xiangyin).
JOINT = """中共湘阴县委办公室 湘阴县人民政府办公室 关于 2024 年全县防汛抗灾工作情况的 通 报

湘阴办发〔2024〕13 号
"""


@pytest.mark.parametrize("text,title_lines,header_lines,confirmed_by", [
    (NUMBER_BEFORE, (5, 7), (1, 7), "number-before"),
    (NUMBER_AFTER, (1, 1), (1, 5), "number-after"),
    (SPACED, (1, 5), (1, 7), "number-after"),
    (RECIPIENTS_ONLY, (1, 2), (1, 2), "recipients"),
    (JOINT, (1, 1), (1, 3), "number-after"),
])
def test_titles_found(text, title_lines, header_lines, confirmed_by):
    lines = content(text)
    titles = find_titles(lines)
    assert len(titles) == 1
    title = titles[0]
    assert (lines[title.start].no, lines[title.end].no) == title_lines
    first, last = header_numbers(lines, title)
    assert (lines[first].no, lines[last].no) == header_lines
    assert title.confirmed_by == confirmed_by


# Table-of-contents entries look like titles but are followed by numbers with page numbers.
TOC = """目 录

县 政 府 办 文 件

平江县人民政府办公室关于印发《平江县系统化全域推进海绵城市建设工作方案》的通知

平政办发〔2023〕8号 PJDR—2023—01005..... (7)

关于表彰2024年度见义勇为先进个人的通报

（湘阴政发〔2024〕11号）.....12
"""

# A cited title inside running text, and a table row holding a title.
RUNNING = """根据岳阳市人民政府办公室《关于印发〈岳阳市城区海绵城市建设管理办法〉的通知》（岳政办发〔2022〕17号）要求，结合我县实际，制定本工作方案。
1\t湘阴县人民政府 关于全县范围内全面禁止燃放烟花爆竹 的通告\t湘阴政告 〔2020〕24号\tXYDR-2020-00003
关于印发《攸县打好“发展六仗”总体方案》的通知
附件：1.乡镇（街道）消防工作权责清单
"""


@pytest.mark.parametrize("text", [TOC, RUNNING])
def test_not_titles(text):
    assert find_titles(content(text)) == []


# A title of issuer and document type without 关于, confirmed by the number after it.
ISSUER_AND_TYPE = """祁阳市人民政府森林防火封山令

祁政通〔2022〕9号
"""

# No number, no 主送: the title follows the end of the previous document (its 成文日期).
AFTER_DOCUMENT = """祁阳市人民政府

2024年9月8日

湘阴县人民政府
关于严厉打击电鱼等非法捕捞行为的通告

为切实维护油茶采摘秩序，提高茶油产量和质量，现就有关事项通告如下：
"""


@pytest.mark.parametrize("text,title_lines,confirmed_by", [
    (ISSUER_AND_TYPE, (1, 1), "number-after"),
    (AFTER_DOCUMENT, (5, 6), "after-boundary"),
])
def test_more_title_shapes(text, title_lines, confirmed_by):
    lines = content(text)
    [title] = find_titles(lines)
    assert (lines[title.start].no, lines[title.end].no) == title_lines
    assert title.confirmed_by == confirmed_by


def test_masthead_is_not_a_title():
    assert find_titles(content("# 祁阳市人民政府公报\n\nGAZETTE OF THE PEOPLE'S\n")) == []


@pytest.mark.parametrize("text, split", [
    ("遂平县人民政府办公室关于做好春季农业生产工作的通知　　遂政办〔2024〕9号", ("遂平县人民政府办公室关于做好春季农业生产工作的通知", "遂政办〔2024〕9号")),
    ("易县人民政府关于征收土地补偿标准的公告\t易政告〔2024〕1号", ("易县人民政府关于征收土地补偿标准的公告", "易政告〔2024〕1号")),
    ("根据县政府第3号", None),                                 # no gap: not a number printed apart
    ("关于印发《办法》的通知　　第3号", None),                   # after the gap, no 发文字号
    ("县人民政府关于某事的通知" + "　" * 5000 + "x号", None),   # a long gap: read once (linear)
])
def test_a_title_line_may_end_with_its_doc_number(text, split):
    from generator.titles import trailing_number

    found = trailing_number(text)
    assert (None if found is None else (found[0], str(found[1]))) == split
