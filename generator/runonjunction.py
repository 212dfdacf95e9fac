"""Two documents a scraper ran together where one ends and the next begins: the first's closing
line and the next's opening on one line.

``2024年3月8日青溪县人民政府办公室关于…的通知`` under the organ that signs, ``青溪县人民政府办公室　
2024年3月10日印发青溪县人民政府文件``, ``（此件公开发布）青溪县人民政府办公室关于…的通知`` under the day:
a careful reader sees the day (or the 印发 line, or the 附注) closing the document above and the red
head or the title of the next one opening under it. ``junction_parts`` parts such a line in two,
only where the closing is sure (a day right under an organ's name alone, the 印发 line's organ and
day before 印发, a 附注 in brackets right under a day) and what follows is all a next document's
opening: a red head (organs and 文件, its 发文字号 after it perhaps) or a title opening as a title does
and ending with its 文种 (on the line, or on the short line under it where the title wraps).
"""

from __future__ import annotations

import re

from .datelines import is_date_line
from .model import Diagnostic, Line
from .normalize import HAN, fold
from .partedlines import lines_parted
from .patterns import TERMINAL, doc_type_of, is_header_number_line, is_org_only, red_head_end, title_start

# A 成文日期 opening the line, in figures or in Chinese numerals (二〇二四年三月八日), 曰 as OCR reads 日.
_DAY = r"(?:(?:19|20)\d{2}|[〇○零OＯ一二三四五六七八九]{4})\s*+年[^日曰年]{1,8}?[日曰]"
_DAY_FIRST = re.compile(rf"^\s*+{_DAY}(?:\s*+[（(](?:此件|本件)[^（）()]{{1,12}}[）)])?")  # (its 附注 after it perhaps)
# The 印发 line: the office that prints, a gap perhaps, the day and 印发 (or the day alone before it).
_IMPRINT = re.compile(rf"^\s*+(?:[{HAN}（）()、]{{4,40}}?\s*+)?{_DAY}\s*+印发")
# A 附注 in brackets: the publication note (（此件公开发布）, （此件主动公开）, （本件依申请公开）).
_NOTE = re.compile(r"^\s*+[（(](?:此件|本件)[^（）()]{1,12}[）)]")
# The 抄送 list closed by its full stop (抄送：县委办，县人大办。), the next document's title after it.
_CC = re.compile(r"^\s*+抄[送报]\s*+[:：][^。：:]{2,200}?。")
# The 印发 line printed without its word right under the 抄送 (unwordedimprint): the office, the day.
_UNWORDED = re.compile(rf"^\s*+(?P<office>[{HAN}（）()、]{{4,40}}?)\s*+{_DAY}")
_SHORTEST = len("2024年3月8日关于…的通知")
_WRAP_MAX = 40  # characters at most of a title's rest on the line under it


def junction_parts(line: Line, above: Line | None, below: Line | None) -> list[str] | None:
    """The two parts of ``line`` where it prints a document's closing (a day under the organ that
    signs, ``above``; its 印发 line; a 附注 under the day) run into the next document's red head or
    title (ending with its 文种 on the line or on ``below``, its wrapped rest), or None."""
    text = line.text
    if len(text) < _SHORTEST:
        return None
    first = text.lstrip()[:1]
    closing = None
    if "日印发" in text or "曰印发" in text:
        closing = _IMPRINT.match(text)
    if closing is None and (first.isdecimal() or first in "〇○零OＯ一二三四五六七八九") and above is not None \
            and is_org_only(above.key):
        closing = _DAY_FIRST.match(text)  # (the day under the organ that signs)
    if closing is None and first in "（(" and above is not None and is_date_line(above.key):
        closing = _NOTE.match(text)  # (the 附注 under the day)
    if closing is None and first == "抄":
        closing = _CC.match(text)  # (the 抄送 list, closed by its full stop)
    if closing is None and above is not None and under_the_cc(above.key):
        closing = _UNWORDED.match(text)  # (the 印发 line without its word: an organ's name alone before the day)
        if closing is not None and not is_org_only(fold(closing.group("office"))):
            closing = None
    if closing is None:
        return None
    rest = text[closing.end():].strip()
    if not rest or not _opens_a_document(fold(rest), below):
        return None
    return [text[:closing.end()].strip(), rest]


def under_the_cc(key: str) -> bool:
    """``key`` (folded) is a 抄送 (抄报) list on one line, its names not going on under it (no ，、 last)."""
    return key[:2] in ("抄送", "抄报") and key[-1:] not in (",", "、", "，")


def _opens_a_document(key: str, below: Line | None) -> bool:
    """``key`` (folded) is all of a document's opening: a red head (its 发文字号 after it perhaps: the
    header reads it so), or a title opening as a title does and ending with its 文种, here or on the
    short line ``below`` it wraps onto."""
    if ("文件" in key and red_head_end(key) > 0) or ("号" in key and is_header_number_line(key)):
        return True  # (the next red head, or its 发文字号 over its title)
    if not title_start(key) or key.endswith(TERMINAL):
        return False
    if doc_type_of(key):
        return True
    return below is not None and len(below.key) <= _WRAP_MAX and not below.key.endswith(TERMINAL) \
        and doc_type_of(key + below.key) is not None


def split_junctions(lines: list[Line]) -> tuple[list[Line], list[Diagnostic]]:
    """``lines`` (non-blank, in order) with each line that runs a document's closing into the next
    document's opening parted in two (``junction_parts``), each part keeping the line's number with
    a place of its own, and a diagnostic for each line so parted."""
    n = len(lines)
    dated = [k for k, line in enumerate(lines) if "日" in line.text]  # (a day; the 附注 or 抄送 under one)
    under = (x for k in dated for x in (k + 1, k + 2) if x < n and lines[x].key[:1] in "(抄")
    candidates = sorted({*(k for k in dated if _may_part(lines[k].text)), *(x for x in under if _may_part(lines[x].text)),
                         *(k for k in dated if k and lines[k - 1].text.lstrip()[:1] == "抄")})  # (the 印发 line
    # without its word under the 抄送)
    return lines_parted(lines, lambda k: junction_parts(lines[k], lines[k - 1] if k else None,
                                                        lines[k + 1] if k + 1 < n else None),
                        lambda line, count: Diagnostic(
                            "documents-run-together", "warning",
                            f"line {line.no} runs a document's closing into the next document's opening (a line "
                            f"end lost): read as {count} lines", line.no, line.text.strip()[:60]),
                        candidates)


def _may_part(text: str) -> bool:
    """A cheap first look (of a line holding a day, or a line or two under one): the line opens with a day,
    with a bracket over 此件 or 本件, or with 抄 (a 抄送 closed by its full stop), or prints a day right
    before 印发."""
    if len(text) < _SHORTEST:
        return False
    first = text.lstrip()[:1]
    return ((first.isdecimal() or first in "〇○零二") and "日" in text[:20]) or (first in "（(" and "件" in text[:5]) \
        or "日印发" in text or "曰印发" in text or (first == "抄" and "。" in text)


__all__ = ["junction_parts", "split_junctions"]
