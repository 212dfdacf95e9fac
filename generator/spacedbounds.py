"""Lines at the bounds of a table set with spaces (``pdftotext -layout``) that are none of its
rows, though their words stand where the columns stand.

Over the table, a caption with its unit at the right on one line::

      表1  2023年末全县行政事业性国有资产分类情况                单位：万元
      资产类别            行政单位          事业单位          合计

read as the first of the titles' two lines (表1 over 资产类别, the caption over two columns, the
unit over the last two); it is read as a caption with its unit (tablerows.caption_and_unit).

Over the table too, a report's table numbered, its title set apart by spaces (表1　2023年主要农产品产量
及增长速度 over 产品名称    单位    产量): a caption, not the header's first row.

Under the table, the body's next heading, after the total row and a blank line::

      合计                58,586.9         123,656.8      182,243.7
    
        二、企业国有资产情况

read as a row (its one word under the first column) and then as a group's row with no rows
under it, which the table drops: the heading was lost from the body.

Between the rows, a group's heading too long for a cell's wrapped end (``一、城区基础设施及市政公用设施
提升改造项目``, centred or flush left on its line): a group's row, not the table's end
(``group_heading``).

Over the table too, its unit alone at the right under a caption set apart by spaces::

    附件1    2024年农村公路建设项目计划表
                                                           单位：万元
      序号    项目名称                      建设规模     总投资      年度计划

read with the caption as the titles' first two lines (单位：万元/年度计划, 附件1/序号): the unit is the
table's, printed over it, and bounds it.

And the header's titles set with their letters apart (项    目    年初预算), one word each.
"""

from __future__ import annotations

import re

from .normalize import HAN
from .subrows import is_parts_mark_alone
from .tablerows import is_group, unit_of

# The unit last on the line after a run of spaces (计量单位：公里, （单位：万元）), words before it.
_UNIT_LAST = re.compile(r"\S\s{2,}[(（]?(?:计量|金额|数量)?单位[:：]\s*[^\s:：]{1,12}[)）]?\s*$")


def caption_with_its_unit(text: str) -> bool:
    """A line that ends with a unit set apart from the words before it by spaces
    (``表1  2023年…分类情况        单位：万元``); a line that is the unit alone, or a header's title
    ``单位`` among others (``项目  单位  数量``), is none."""
    return "单位" in text and _UNIT_LAST.search(text) is not None


# A table's number and its title set apart by spaces: 表1　2023年主要农产品产量及增长速度, 附表2  …情况,
# 表 3-1  …, 表一　… (its title a word of four Han characters or more).
_CAPTION = re.compile(rf"(?:附表|表)\s?(?:\d{{1,2}}(?:[-—–.]\d{{1,2}})?|[一二三四五六七八九十]{{1,3}})\s+(?P<title>\S*(?:[{HAN}]\S*){{4}})")


def numbered_caption(text: str) -> bool:
    """The caption of a table in a report, numbered and set apart from its title by spaces, over
    the table's titles (``表1　2023年主要农产品产量及增长速度`` over ``产品名称    单位    产量``): not the
    header's first row (``表1`` and the title read as parents of the columns). Not a row whose first
    cell is 表 and a figure and whose other cells are more words (``表1    粮食    24.8``: three words)."""
    body = text.strip()
    return body[:1] in "附表" and bool(_CAPTION.fullmatch(body))


def unit_alone(text: str) -> bool:
    """A line that prints a table's unit and nothing else (``          单位：万元``, ``（单位：人）``,
    ``金额单位：万元``): the bound of the table under it, never one of its rows or of its titles'
    lines. A cell's end that names an organ (``单位：县财政局``: who filled a form in) or a title
    with the word in it (``责任单位``, ``单位名称``) is none."""
    body = text.strip()
    return body[:1] in "(（单计金数" and "单位" in body[:5] and unit_of(body) is not None


def clause_end(key: str) -> bool:
    """A folded line that ends as a clause of a sentence does (``…如下：``, ``…；``): no row of a
    table. The mark of a row's parts alone on its line (``其中：`` between 制造业 and 农副食品加工业,
    subrows) is one of its rows."""
    return key.endswith((";", ":")) and not is_parts_mark_alone(key)


def heading_under_the_rows(words: list[str]) -> bool:
    """The last line of a run that holds one word numbered as a heading (``二、企业国有资产情况``,
    ``（三）…``): a heading under the table, not a row (a group's row names rows under it). A
    last line of figures or of words in more cells, or one word not numbered so (a wrapped
    cell's end), is none."""
    return len(words) == 1 and is_group(words, 2)


# What a group's heading opens with: a numeral (一、, （一）).
_GROUP_FIRSTS = "一二三四五六七八九十(（"
_GROUP_MAX = 40  # (a heading centred over the table, however long, within a line)


def group_heading(text: str) -> bool:
    """A line holding one word numbered as a group's heading (``        一、城区基础设施及市政公用设施
    提升改造项目``), too long for a cell's wrapped end: between a table's rows, a group's row of
    the table (a run of its lines goes on past it), not the end of the table."""
    body = text.strip(" \u3000")
    return body[:1] in _GROUP_FIRSTS and len(body) <= _GROUP_MAX and " " not in body and "\u3000" not in body \
        and "\t" not in body and "。" not in body and "；" not in body and is_group([body], 2)  # (no sentence)


_HAN_CHAR = re.compile(f"[{HAN}]")


def letters_joined(w: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The words of a line with each run of single Chinese characters (项    目, 序  号) one word:
    a header's titles set with their letters apart, over the table."""
    out: list[tuple[int, int, str]] = []
    letters = 0  # how many single characters the last word joined
    for start, end, text in w:
        single = len(text) == 1 and _HAN_CHAR.match(text) is not None
        if single and letters:
            out[-1] = (out[-1][0], end, out[-1][2] + text)
            letters += 1
            continue
        out.append((start, end, text))
        letters = 1 if single else 0
    return out


def caption_over_a_header(text: str, under: str, top: str | None) -> bool:
    """A line of one word (``        第二十条第（六）项``) right over a line that opens with ``top``, the
    first title of the table above, and holds no figure (``信息内容    本年处理决定数量``): the caption
    of another table of the same kind (a report's small tables a caption each), not a cell's end
    wrapped under the rows above."""
    if not top or not under.lstrip(" \u3000").startswith(top):
        return False
    body = text.strip(" \u3000")
    return bool(body) and " " not in body and "\u3000" not in body and under.split()[0] == top \
        and not any(char.isdigit() for char in under)


__all__ = ["caption_over_a_header", "caption_with_its_unit", "clause_end", "group_heading", "heading_under_the_rows", "letters_joined", "numbered_caption", "unit_alone"]
