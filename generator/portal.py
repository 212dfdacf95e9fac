"""What a government portal's page prints around a document it copies: its fields (索引号,
发文字号, 有效性 …) as lines or as rows of cells, and the info lines of its news pages (时间：…
来源：…, 浏览次数). Keys are folded as in patterns.py; ``text`` arguments are lines as printed.
"""

from __future__ import annotations

import re

from .identifiers import DOC_NUMBER_PATTERN, DocNumber, RegistrationNumber
from .normalize import fold, is_han_char
from .patterns import bare_doc_number


# The labels of the fields a government portal prints on a document's page (信息公开目录).
# (Not the labels a document's own text uses: 主题词 ends an older document, 名称 and 责任部门 head
# the rows of its tables.)
# (and the spellings of other provinces' portals: 信息索引号, 发布单位, 成文时间, 公开时间, 文件状态,
# 时效性, 效力级别, 所属主题, 内容分类, 信息类别, 公开形式)
_PORTAL_LABEL = (r"(?:索引号|信息索引号|发文机关|发布机关|发布机构|所属机构|发文单位|发布单位|发文字号|文号|统一登记号|登记号|"
                 r"规范性文件统一编号|规范性文件登记号|统一编号|登记编号|"
                 r"成文日期|发文日期|发布日期|公开日期|生成日期|生效日期|失效日期|施行日期|实施日期|废止日期|有效期|"
                 r"成文时间|发文时间|公开时间|生成时间|"
                 r"有效性|文件有效性|是否有效|效力状态|文件状态|时效性|效力级别|文件编号|"
                 r"公文时效|时效|主题分类|所属主题|体裁分类|组配分类|信息分类|内容分类|信息类别|分类|公文种类|"
                 r"公开方式|公开形式|公开范围|信息名称|标题|来源|信息来源|发布时间)")
_PORTAL_FIELD = re.compile(rf"^{_PORTAL_LABEL}:\S")
# A cell of a printed row of fields: a label alone (its value in the next cell), or a label and
# its value. Cells are folded loosely here (a row's text keeps its tabs and spaces).
_PORTAL_CELL = re.compile(rf"({_PORTAL_LABEL})\s*(?:[:：]\s*(.*))?")
_PORTAL_NUMBER_LABEL = ("发文字号", "文号", "文件编号")
_PORTAL_NUMBER_PREFIXES = tuple(f"{label}:" for label in _PORTAL_NUMBER_LABEL)
# (and labels a portal may leave empty, 主题词：, 关键词：, which with a value are a document's
# own lines as often: an older document's 主题词 above its 抄送)
_PORTAL_LABEL_ALONE = re.compile(rf"(?:{_PORTAL_LABEL}|主题词|关键词):?")
# Cells of a row printed as a table: tabs, runs of two spaces or more, the bars of a Markdown or
# box table.
_CELL_GAP = re.compile(r"\t|[ \u3000]{2,}|\s*[|│┃]\s*")
_GAP_HINT = re.compile(r"[\t\u3000|│┃]|  ")


# What a news page of a portal prints under a title: fields no document prints (浏览次数：1057,
# 责任编辑：…, a repost's 原标题：《…》), or several short fields on one line (时间：2024-06-01 来源：县政府办, 【发布时间：…】
# 【来源：…】, 2024-06-01 来源：…), which a meeting's 时间：… line never is.
_WEB_ONLY_FIELD = re.compile(r"^\(?(?:(?:浏览次数|浏览量|阅读量|阅读次数|点击数|点击量|点击率|访问量|访问次数|责任编辑|"
                             r"文章来源|稿件来源|图片来源|供稿单位|发布者|作者|原标题):\S|阅读:\d+\)?$"
                             r"|时间:(?:19|20)\d{2}-\d{1,2}-\d{1,2}\)?$)")  # (the day as a web page prints it)
# 时间 and a day in words: a web page's field among others, or a meeting's (its 地点, 主持 under it).
_TIME_IN_WORDS = re.compile(r"时间:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日")
# (信息来源, 文章来源, 浏览量 and 点击量 as other sites spell them)
_WEB_FIELD = (r"(?:发布时间|发布日期|更新时间|时间|日期|信息来源|文章来源|来源|作者|编辑|审核|浏览次数|浏览量|阅读量|阅读次数|"
              r"点击数|点击量|访问量|访问次数)")
_WEB_LABEL_COLON = re.compile(r"(?:浏览次数|浏览量|阅读量|阅读次数|点击数|点击量|访问量|访问次数|时间|日期|来源|作者|编辑|审核):")
# A web page's day, in figures or words, with the time of day perhaps (folded: 2024-07-01 16:20 is
# 2024-07-0116:20; 2024年6月13日 10:05).
_WEB_DAY = r"(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\d{1,2}:\d{2}(?::\d{2})?)?"
# (a field's value is its day and time, whose colons are no label's: 发布时间：2024-07-01 16:20　来源：…)
_WEB_FIELDS = re.compile(rf"^(?:[\[(]?{_WEB_DAY}[\])]?|"
                         rf"\(?{_WEB_FIELD}:(?:{_WEB_DAY}|[^:]{{1,30}}?)\)?)\(?{_WEB_FIELD}:")


def is_portal_field(key: str) -> bool:
    """A field of a government portal's document page, copied above the title:
    ``索引号：431626000/2023-00123``, ``发文字号：平政办发〔2023〕10号``, ``有效性：有效``."""
    return len(key) <= 80 and bool(_PORTAL_FIELD.match(key))


def web_info_fields(key: str) -> int:
    """How many fields a line of a portal's news page prints under a title holds: 1 for
    ``浏览次数：1057``, 2 (or more) for ``时间：2024-06-01 来源：县政府办``; 0 for any other line."""
    if len(key) > 80:
        return 0
    if _WEB_FIELDS.match(key):
        return max(2, len(_WEB_LABEL_COLON.findall(key)))
    return 1 if _WEB_ONLY_FIELD.match(key) else 0


# A page's button, a word alone on its line (a link each: [打印](javascript:window.print())): words a
# table printed one cell a line may hold too (关闭: an enterprise's fate), taken only under the date.
_BUTTON_WORDS = frozenset({"打印", "关闭", "收藏", "分享", "返回", "纠错", "打印此页", "关闭本页", "加入收藏", "打印文章"})
# A field of the page alone under the date, as no document prints one there: 信息来源：县政府办公室,
# 来源：县政府办公室, 发布时间：2024-04-02 10:00, 阅读数：356 (an interpretation's credit, 来源：… closing it,
# is its 附注 already: linekinds asks this after).
_PAGE_FIELD_ALONE = re.compile(rf"^\(?(?:(?:信息)?来源:[^:]{{2,30}}|(?:发布时间|发布日期|更新时间):{_WEB_DAY}"
                               r"|(?:阅读数|浏览数|访问数|点击次数):\d{1,9}次?)\)?$")


# The page's share targets alone on their line (微信　微博　QQ空间), and the heading of its list of
# related pages (相关文章, 相关阅读), the titles under it the page's links too.
_SHARE_TARGETS = re.compile(r"(?:微信|微博|新浪微博|腾讯微博|QQ空间|QQ|朋友圈|豆瓣|人人网|更多|\|)+")
# (a WeChat post's list of its account's earlier posts: 往期推荐, 往期回顾)
_RELATED = frozenset({"相关文章", "相关阅读", "相关新闻", "相关信息", "相关文件", "推荐阅读", "热点推荐", "热门文章", "猜你喜欢",
                      "往期推荐", "往期回顾", "往期精彩", "精彩回顾", "延伸阅读"})


def page_fields_after(lines: list, kinds: list[str], closing: int) -> list[int]:
    """The fields a web page prints under a document's text (``责任编辑：张三``, ``浏览次数：1057``,
    ``编辑：张三　审核：李四``), its buttons a word a line (打印, 关闭), its share targets and its list of
    related pages under their heading (相关文章 / …的通知), right after its date (past
    its 附注 and the page's other buttons): the indices of those ``lines`` (their ``kinds`` so far:
    text) — the page's, not the document's. An attachment's list of editors under its heading is
    none of them: the walk stops at the first other line."""
    taken, k, related = [], closing + 1, False
    while k < len(lines) and (kinds[k] in ("furniture", "note") or (kinds[k] == "text" and (
            lines[k].key in _BUTTON_WORDS or web_info_fields(lines[k].key) or _PAGE_FIELD_ALONE.match(lines[k].key)
            or _SHARE_TARGETS.fullmatch(lines[k].key) or lines[k].key.strip("()") in _RELATED
            or (related and len(lines[k].key) <= 100 and "。" not in lines[k].key)))):
        if kinds[k] == "text":
            taken.append(k)
            related = related or lines[k].key.strip("()") in _RELATED  # (the titles it lists, to the page's end)
        k += 1
    return taken


def news_info_line(key: str) -> bool:
    """A news page's info line under its title, two labelled fields or more:
    ``发布时间：2024-07-03 09:15　信息来源：县政府办`` (not a day alone, nor one field)."""
    return ("来源:" in key or "时间:" in key) and web_info_fields(key) >= 2 and len(_WEB_LABEL_COLON.findall(key)) >= 2


def is_time_in_words(key: str) -> bool:
    """``时间：2023年06月08日`` alone: a web page's field only beside other fields (``headerspan``)."""
    return bool(_TIME_IN_WORDS.fullmatch(key))


def printed_cells(text: str) -> list[str]:
    """The cells of a line printed as a row: split at tabs and at runs of two spaces or more,
    the empty cells at its end left out."""
    cells = [cell.strip() for cell in _CELL_GAP.split(text.strip().strip("|│┃"))]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def field_cells(text: str) -> list[str]:
    """``printed_cells``, with a label a wide gap cut in two joined again (``文　　号：`` is one
    cell, ``文号：``): a row of fields as its header block shows it."""
    cells = printed_cells(text)
    k = 0
    while k + 1 < len(cells):
        if len(cells[k]) == 1 and _label_cell(cells, k)[1] == 2:
            cells[k:k + 2] = [_squeezed_label(cells[k] + cells[k + 1])]
        k += 1
    return cells


def is_portal_label(key: str) -> bool:
    """A portal field's label alone, its value on the next line (``发文字号：`` / ``平政办发…``)."""
    return bool(_PORTAL_LABEL_ALONE.fullmatch(key))


def is_portal_number_label(key: str) -> bool:
    """The label of the 发文字号 alone on its line."""
    return key.rstrip(":") in _PORTAL_NUMBER_LABEL


def portal_row(text: str) -> list[tuple[str, str]] | None:
    """The fields of a portal page copied as a row of cells (``text`` is the line as printed,
    not its key): each cell a label followed by its value in the next cell
    (``索引号⇥431626000/2023-00123⇥分类⇥综合政务``) or a label with its value
    (``发布机构：青石县人民政府办公室    文号：青政办发〔2024〕3号``). Returns (label, value) pairs,
    or None when the line is not such a row."""
    if len(text) > 200 or not _GAP_HINT.search(text):
        return None
    cells = printed_cells(text)
    if len(cells) < 2:
        return None
    fields: list[tuple[str, str]] = []
    k = 0
    while k < len(cells):
        cell, width = _label_cell(cells, k)
        if cell is None:
            return None
        k += width
        if cell.group(2) is not None and (cell.group(2) or k == len(cells) or _label_cell(cells, k)[0] is not None):
            fields.append((cell.group(1), cell.group(2)))  # 标签：值 in one cell (an empty value too: 主题词：)
            continue
        value = cells[k] if k < len(cells) else ""  # (标签 or 标签： alone, its value in the next cell)
        if cell.group(2) is None and k < len(cells) and _label_cell(cells, k)[0] is not None:
            return None  # two labels side by side: a table's header row (文号⇥标题⇥状态)
        fields.append((cell.group(1), value))
        k += 1
    return fields


def _label_cell(cells: list[str], k: int) -> tuple[re.Match | None, int]:
    """The label (and perhaps its value) that opens at ``cells[k]``, and how many cells it takes:
    one, or two where a label printed with its characters set apart was cut at the wide gap
    inside it (``文　　号：`` is ``文`` and ``号：``); a label set apart by single spaces
    (``索 引 号：``) is read squeezed. (None, 0) when no label opens there."""
    cell = _PORTAL_CELL.fullmatch(cells[k])
    if cell is not None:
        return cell, 1
    text = cells[k]
    if " " in text or "\u3000" in text:
        cell = _PORTAL_CELL.fullmatch(_squeezed_label(text))
        if cell is not None:
            return cell, 1
    if len(text) == 1 and k + 1 < len(cells) and is_han_char(text):
        cell = _PORTAL_CELL.fullmatch(_squeezed_label(text + cells[k + 1]))
        if cell is not None:
            return cell, 2
    return None, 0


def _squeezed_label(text: str) -> str:
    """A cell with the spaces taken out of its label, up to its colon (or of the whole cell
    without one): ``索 引 号：…`` is ``索引号：…``; its value as printed."""
    colon = min((at for at in (text.find("："), text.find(":")) if at >= 0), default=len(text))
    if colon > 12:
        return text
    return text[:colon].replace(" ", "").replace("\u3000", "") + text[colon:]


def is_portal_number(key: str, text: str = "") -> bool:
    """The portal field that carries the 发文字号: a key that starts with it
    (``文号:平政办发〔2023〕10号``), or a row of fields (``text``, see ``portal_row``) one of whose
    cells it is."""
    if key.startswith(_PORTAL_NUMBER_PREFIXES):
        return DOC_NUMBER_PATTERN.search(key) is not None or bare_doc_number(key) is not None
    return any(label in _PORTAL_NUMBER_LABEL and DOC_NUMBER_PATTERN.search(fold(value)) is not None
               for label, value in portal_row(text) or ()) or bare_number_field(key) is not None


# The labels of a portal's field that carries a 规范性文件's registration number.
_REGISTRATION_LABELS = frozenset(("统一登记号", "登记号", "规范性文件统一编号", "规范性文件登记号", "统一编号", "登记编号"))


def is_portal_registration(text: str) -> bool:
    """A row of a portal's fields (``text`` as printed, see ``portal_row``) one of whose cells is a
    规范性文件's registration number under its label: ``有 效 性：⇥有效⇥统一编号：⇥YNWS01-2024-0002``."""
    return any(label in _REGISTRATION_LABELS and RegistrationNumber.parse(value) is not None
               for label, value in portal_row(text) or ())


# The value of a 发文字号 field in a folded row of fields, up to its 号 (no 机关代字 holds one).
_NUMBER_FIELD = re.compile(r"(?:发文字号|文号|文件编号):(?P<value>[^:]{4,24}?号)")


def bare_number_field(key: str) -> DocNumber | None:
    """The 发文字号 a folded row of fields prints without the brackets around its year
    (``索引号:…发文字号:南政办函202412号``, ``DocNumber.parse_bare``), or None."""
    if "号:" not in key:
        return None  # (the label's last characters: most lines hold none)
    return next((number for m in _NUMBER_FIELD.finditer(key)
                 for number in [DocNumber.parse_bare(m.group("value"))] if number is not None), None)


# The page's day in figures alone, the time of day perhaps after it (folded: 2024-03-05 10:21 is
# 2024-03-0510:21): no 成文日期, which a document writes 2024年3月5日.
_WEB_DAY_ALONE = re.compile(r"(?:19|20)\d{2}([-/.])\d{1,2}\1\d{1,2}(?:\d{1,2}:\d{2}(?::\d{2})?)?")


def web_day_alone(key: str) -> bool:
    """The page's day in figures alone on its line (a folded key), as a web page prints it under a
    title: ``2024-03-05``, ``2024/03/05``, ``2024.3.5``, ``2024-03-0510:21``."""
    return key[:2] in ("19", "20") and len(key) <= 21 and bool(_WEB_DAY_ALONE.fullmatch(key))
