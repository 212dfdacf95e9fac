"""The day a document takes effect (施行日期), as its own text states it.

A rule's last article (本办法自2024年5月1日起施行。), a notice's or a 通告's last item (本通知自印发之日
起施行, 本通告自发布之日起施行), a 令's text (…审议通过，现予公布，自2024年6月1日起施行。) and a notice
publishing prices (…予以公布，自2024年11月1日起执行) say when the document, or the rule it issues,
takes effect: a day (its year perhaps left out, the document's own: 自9月1日起), or the day it was
issued, published or printed (自印发之日起: the 印发日期, else the 成文日期; 自公布之日起, 自发布之日
起: the 成文日期). The first such sentence of the body is the document's (a notice's own before the
rule it issues). Not read: a day reckoned from another (自印发之日起30日后施行), a law another document
cites (《…法》自…起施行: no 本, no 现予公布), a term of validity (有效期5年), a 解读's (…政策解读: the day of the rule it explains), a measure
the text says starts on a day (本县自7月1日起执行新的…标准: the verb takes an object).
"""

from __future__ import annotations

import re

from .identifiers import ChineseDate
from .model import Block
from .normalize import fold

# (on the folded text: no spaces, full-width punctuation as ASCII but 。)
# (the verb ends its clause, or goes on to the term's end (起施行至…): 本县城区自6月1日起实施生活垃圾分类
# says when a measure starts, with an object, not when the document takes effect)
# (a rule's last article may name who interprets it first: 本办法由县司法局负责解释，自…起施行)
_EFFECTIVE = re.compile(r"(?:本[^,。;:《》()]{1,10}?(?:由[^,。;:《》()]{2,30}?负责解释,)?|(?:现予|予以)(?:公布|发布|印发),?)"
                        r"自(?P<when>[^,。;:]{2,20}?)起"
                        r"(?:施行|实施|执行|生效|试行)(?![\u4e00-\u9fff](?<![至到]))")
_ISSUED = re.compile(r"(?:文件)?(?P<act>印发|发布|公布|颁布|公告|下发|签发|发文)之日")  # (自文件印发之日起 too)
_MONTH_DAY = re.compile(r"(?P<m>\d{1,2})月(?P<d>\d{1,2})日")
_BODY = frozenset(("paragraph", "list_item", "article", "heading"))


# A reading of another document (…政策解读, …答记者问, …问答, 关于《…》的起草说明): it tells when what it
# explains takes effect (四、施行时间　本办法自…起施行), and takes effect itself on no day.
_READING_ENDS = ("解读", "问答", "答记者问", "解答", "说明")


def effective_date(blocks: tuple[Block, ...], date: str | None, printed_date: str | None,
                   title: str = "") -> str | None:
    """The day (ISO) the first sentence of the body stating when the document takes effect names,
    read against the document's 成文日期 ``date`` and 印发日期 ``printed_date``; None when the body
    states none, or a day this cannot reckon, or the document (its ``title``) reads another."""
    if title.rstrip(" 　)）").endswith(_READING_ENDS):
        return None
    for block in blocks:
        text = block.text
        if block.kind in _BODY and "自" in text and "起" in text:  # (its first checks, before the fold)
            m = _EFFECTIVE.search(fold(text))
            if m is not None:
                return _day(m.group("when"), date, printed_date)
    return None


def _day(when: str, date: str | None, printed_date: str | None) -> str | None:
    """``when`` (自…起's words) as a day: a date, a month and day in the document's year, the day it
    was issued (印发: the 印发日期 first)."""
    issued = _ISSUED.fullmatch(when)
    if issued is not None:
        return (printed_date or date) if issued.group("act") == "印发" else date
    try:
        day = ChineseDate.parse(when)
    except ValueError:
        return None
    if day is not None:
        return str(day)
    month_day = _MONTH_DAY.fullmatch(when)
    year = (date or printed_date or "")[:4]
    if month_day is None or not year:
        return None
    try:
        return str(ChineseDate.parse(f"{year}年{month_day.group('m')}月{month_day.group('d')}日"))
    except ValueError:
        return None


__all__ = ["effective_date"]
