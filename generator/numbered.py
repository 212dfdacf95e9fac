"""A numbered line of a body (一、, （一）, 1., 第三章): a heading or an item — by the line alone
(``is_heading``), and by what stands around it in a hard-wrapped text: the rest of a heading a
page break cut (``heading_rest_over_a_page``)."""

from __future__ import annotations

from .furniture import is_page_mark
from .linekinds import line_kind
from .model import Line
from .patterns import TERMINAL, is_date_line, numbering
from .runs import MAX_BETWEEN_ROWS, page_number_at_a_break
from .wraps import continues, is_caption

HEADING_MAX = 30  # a numbered line this short, without sentence punctuation, is a heading


def is_heading(key: str, marker: str, raw: str, next_line: Line | None) -> bool:
    """A short numbered line without sentence punctuation is a heading. One with a 、 inside
    may instead be a list item cut by a page break (（四）在工地出入口设置洗车槽、沉 / 淀池…):
    it is a heading only when the next line does not carry on its words (nor is one cut where
    the text wraps: ``wraps.cut_at_the_width``, asked by the caller)."""
    rest = key[len(marker):]
    if raw.strip().startswith("**") and raw.strip().endswith("**"):
        return True
    if len(rest) > HEADING_MAX or rest.endswith(TERMINAL) or any(p in rest for p in "。;,"):
        return False
    if "、" in rest and next_line is not None and line_kind(next_line) == "text":
        return False
    return True


# What ends or parts a sentence (folded): no heading holds it.
_SENTENCE = "。;:!?"
# …nor, cut by a page break, a comma (一、…，… may be an item's sentence: a heading with a comma
# over two pages is left as it was read).
_CLAUSE = _SENTENCE + ","


def _says(key: str, marks: str) -> bool:
    return any(p in key for p in marks)


def _furniture(lines: list[Line], kinds: list[str], k: int) -> bool:
    return kinds[k] == "furniture" or (kinds[k] == "text" and (is_page_mark(lines[k]) or page_number_at_a_break(lines, k)))


def heading_rest_over_a_page(lines: list[Line], kinds: list[str], i: int, width: int | None) -> int | None:
    """A numbered heading longer than the printed line, cut by a page break: its first part fills
    the line at the page's foot, the page number and running head follow, and its rest opens the
    next page (一、进一步压紧压实森林防灭火党政同责和部门监管责任推动各项 / — 7 — / 云溪县人民政府公报
    2024年第4期 / 措施落地见效 / its text). Where the rest stands: a line of its own that does not
    fill the width, bears no number and no sentence punctuation (nor a comma), nor ends open (、), and the
    next line does not carry on — a line no sentence ends on, which in a hard-wrapped text only a
    heading does. None for a first part
    shorter than the line (a heading whole at the page's foot), holding a sentence's punctuation or a comma,
    an article's, or a text with no wrap width; nor for a caption, a date or an organ over its date
    under the break."""
    found = numbering(lines[i].key)
    if width is None or found is None or found[0] == "article":
        return None
    first = lines[i].key
    if len(first) < width - 2 or _says(first[len(found[2]):], _CLAUSE):
        return None
    k = i + 1
    while k < len(lines) and k - i <= MAX_BETWEEN_ROWS and _furniture(lines, kinds, k):
        k += 1
    if k == i + 1 or k >= len(lines) or kinds[k] not in ("text", "org") or _furniture(lines, kinds, k):
        return None
    rest = lines[k].key
    if not rest or len(rest) >= width - 2 or numbering(rest) is not None or _says(rest, _CLAUSE) \
            or rest.endswith("、") or is_caption(rest) or is_date_line(rest):
        return None
    if k + 1 < len(lines) and (kinds[k + 1] == "date" or (kinds[k + 1] == "text" and continues(lines[k], lines[k + 1], width))):
        return None  # (an organ signing over its date; a sentence going on: an item's tail)
    return k
