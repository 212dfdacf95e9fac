"""Lines a PDF's wrap or page break cut inside a number or a date, joined back before the issue is
segmented: a 发文字号 (``衡政办发〔2024〕`` / ``9号``), a 登记号 (``HSDR—2024—`` / ``01004``), a
签发人 (``安政呈〔2024〕5号　签发人：`` / ``张志强``), a 成文日期 (``2024年3月`` / ``20日``, also
after the organ: ``保靖县人民政府　2023年8月`` / ``15日``), a 印发 line (``…办公室　2024年3月`` /
``23日印发``; the word 印发 alone under the day: ``…办公室　2024年3月23日`` / ``印发``), a contents entry's numbers (``平政办发〔2023〕7号 PJDR—2023`` / ``—01004..... (1)``), a note after the date (``（此件主动`` / ``公开）``, ``（本文件登记号：YZDR—2024—`` /
``00004）``, ``（联系人：李华，`` / ``联系电话：0736-1234567）``) or the organ's name of a signature over its date (``…人民政府办`` / ``公室``).

Two lines are joined only when neither is such a line alone and together they are one whole (the
patterns match the joined line from end to end), with nothing between them but page furniture (a
page number, the issue's running head). The joined line keeps the first line's number, both
lines' text and the second's number (``Line.joined``): the segment that holds it holds both
lines and the furniture between, so no line is lost.
"""

from __future__ import annotations

import re

from .identifiers import DocNumber
from .imprintlines import imprint
from .runs import past_furniture
from .model import Line
from .normalize import HAN, fold
from .patterns import (
    doc_type_of,
    is_date_line,
    is_header_number_line,
    is_issuer_line,
    is_org_only,
    issuer_type_title,
    signed,
    title_start,
)
from .notelines import REGISTRATION_NOTE, is_contact_note, is_note
from .titleline import bracketed_number
from .toclines import has_leader, strip_toc_tail, toc_page

_FIRST_MAX = 40  # characters of the first piece's key: a header or closing line, not prose
_SECOND_MAX = 24
_NEAR = 2  # places from one piece to the other (a blank line between; Line.place)


def _bare_date(key: str) -> bool:
    return is_date_line(key) and not signed(key)


def _whole(key: str) -> bool:
    return (is_header_number_line(key) or _numbers_of_an_entry(key) or is_date_line(key) or bool(signed(key)) or bool(imprint(key))
            or (key.endswith(")") and (is_note(key) or is_contact_note(key) or bool(REGISTRATION_NOTE.match(key)))))


def _numbers_of_an_entry(key: str) -> bool:
    """The contents' line of an entry's numbers with its leader and page, as the contents print
    it under the entry's title: ``平政办发〔2023〕7号 PJDR—2023—01004..... (1)``,
    ``（湘阴政发〔2024〕10号）.....3``; a narrower column cuts it inside the numbers (``…7号
    PJDR—2023`` / ``—01004..... (1)``)."""
    return has_leader(key) and is_header_number_line(strip_toc_tail(key).strip("()"))


def join_cut_lines(content: list[Line]) -> list[Line]:
    """``content`` (non-blank lines) with each line cut in two by a wrap or a page break joined
    back into its first piece."""
    out: list[Line] = []
    i, n = 0, len(content)
    while i < n:
        line = content[i]
        if not line.key or (len(line.key) > _FIRST_MAX and "(" not in line.key[-_SECOND_MAX:]) \
                or (len(line.key) > _SIGNATURE_MAX and "\t" in line.text):
            # (the common line, a paragraph's, is never a piece; nor a table's row longer than a
            # signature's first piece: _cut takes no line with a tab, _signature_cut none longer)
            out.append(line)
            i += 1
            continue
        j = past_furniture(content, i + 1)  # (the page's furniture between the pieces: its number, bare too, and running head)
        if j < n and _may_be_second(content[j].key) and ((len(line.key) <= _FIRST_MAX and _cut(line, content[j], content[j - 1] if j > i + 1 else line)
                       and (j > i + 1 or not _bare_date(line.key + content[j].key) or (out and is_issuer_line(out[-1].key))))
                      or (j == i + 1 and j + 1 < n and _signature_cut(line, content[j], content[j + 1]))
                      or _bracketed_number_cut(line, content[j], content[j - 1] if j > i + 1 else line)
                      or ("(" in line.key[-6:] and _bracketed_suffix_cut(line, content[j], content[j - 1] if j > i + 1 else line))
                      or (j == i + 1 and content[j].key.isdecimal() and _page_cut(line, content[j], out))
                      or (j == i + 1 and "--" in line.key and _subtitle_cut(line, content[j]))
                      or _imprint_word_under(line, content[j], content[j - 1])):
            # (a date alone is a 成文日期 under its organ, or cut by a page break; in a body,
            # 二〇二四年 / 十二月三十一日 may be two lines of their own)
            second = content[j]
            text = line.text.rstrip() + second.text.strip()
            # (the page's furniture between the pieces is inside the joined line's span)
            out.append(Line(line.no, text, fold(text), line.page_break or second.page_break, second.no,
                            at=line.at))
            i = j + 1
            continue
        out.append(line)
        i += 1
    return out


def _may_be_second(b: str) -> bool:
    """A quick check: the key ``b`` may be a second piece of some cut below (each asks it short, a
    leader in it, a bracket closing early, or figures alone); a paragraph's line is none."""
    return len(b) <= _SECOND_MAX or has_leader(b) or ")" in b[:12] or b.isdecimal()


def _cut(first: Line, second: Line, above_second: Line) -> bool:
    a, b = first.key, second.key
    if not a or not b or len(a) > _FIRST_MAX:
        return False
    leader = has_leader(b)
    if not (b.endswith(_ENDS) or "-" in a or "签发人" in a or leader) or "\t" in first.text or "\t" in second.text:
        return False  # (what cannot end a number or a date; cells of a table)
    if len(strip_toc_tail(b) if leader else b) > _SECOND_MAX or second.place - above_second.place > _NEAR:
        return False
    if not _whole(a + b) or ((doc_type_of(a) or title_start(a)) and not _code_over_its_year(a, b)) \
            or _red_head_over_a_number(a):
        return False  # (a title over its number: 祁阳市人民政府公告 / 〔2024〕第1号)
    return not _whole(a) and not _whole(b) and not is_org_only(b)


def _code_over_its_year(a: str, b: str) -> bool:
    """A 发文字号 the wrap cut after its 机关代字 (keys): the code alone, which ends as a 文种 does
    (南政办函, 南政发), over the bracketed year and serial (〔2024〕55号). Not a title over a number
    (祁阳市人民政府公告 / 〔2024〕第1号: an organ's name), nor the 文种's word alone (公告), nor a 纪要
    titled by who holds its meeting over its number without a code (县长办公会议纪要 / 〔2024〕5号)."""
    if not b.startswith("(") or not 3 <= len(a) <= 8 or any(word in a for word in _ORGAN_WORDS) \
            or issuer_type_title(a):
        return False
    number = DocNumber.parse(a + b)
    return number is not None and number.prefix == a and doc_type_of(a) != a


_ORGAN_WORDS = ("人民", "政府", "委员会", "办公室", "关于")


def _red_head_over_a_number(a: str) -> bool:
    """A red head (key) over a number that prints no 机关代字 (南浦县人民政府文件 / 〔2024〕3号): not a
    number the wrap cut, whose first half is a code (南政发); the two read together would make the
    red head the code. Not a code (南政办函), nor a title (关于印发…文件的通知)."""
    return a.endswith("文件") and is_org_only(a[:-2])


def _bracketed_number_cut(first: Line, second: Line, above_second: Line) -> bool:
    """A title's line whose 发文字号, printed in brackets after its 文种, the wrap cut
    (``…的批复（柳政函〔2024〕`` / ``18号）``, ``…的批复（南政办函`` / ``2024年12号）``), at a page's
    end too (its furniture between): the bracket the first line opens closes on the second, and
    together they are a title and its number."""
    a, b = first.key, second.key
    if not b.endswith("号)") or len(b) > _SECOND_MAX or a.count("(") <= a.count(")") \
            or second.place - above_second.place > _NEAR:
        return False
    return bracketed_number(first.text.rstrip() + second.text.strip()) is not None


def _bracketed_suffix_cut(first: Line, second: Line, above_second: Line) -> bool:
    """A title's line (or a contents entry's) whose bracketed suffix after its 文种 the wrap cut: its
    year (``…的决定〔20`` / ``24〕``, ``…的通知（2024`` / ``）……………1``, ``…清单（`` / ``2024年）``)
    or its word (``…的通知（`` / ``节选）``, ``…的通知（试`` / ``行）``), at a page's end too: the bracket the
    first line opens after a 文种 closes on the second over what ``doc_type_of`` reads as the title's
    suffix, after which only a contents' leader and page follow."""
    a, b = first.key, second.key
    if "(" not in a[-6:] or ")" not in b[:12] or second.place - above_second.place > _NEAR \
            or "\t" in first.text or "\t" in second.text:
        return False
    opened, closed = a.rfind("("), b.find(")")
    if ")" in a[opened:] or "(" in b[:closed] or doc_type_of(a[:opened]) is None:
        return False
    rest = b[closed + 1:]
    return (not rest or has_leader(rest)) and doc_type_of(a + b[:closed + 1]) is not None


def _page_cut(first: Line, second: Line, out: list[Line]) -> bool:
    """A contents entry's page a hard wrap cut (…的通知……………1 / 5): figures alone right under an
    entry whose page, read without them, falls below the page of an entry just above it (12), and
    with them does not. A page that follows the contents' order is whole (a bare number under it
    is something else: the page's own number)."""
    b = second.key
    if not (b.isdecimal() and len(b) <= 2 and first.key[-1:].isdecimal()) or second.place - first.place > 1 \
            or "\t" in first.text or "\t" in second.text or not has_leader(first.key):
        return False  # (cells of a table; a page after no leader)
    page = toc_page(first.text, first.key)
    if page is None:
        return False
    above = next((p for p in (toc_page(x.text, x.key) for x in reversed(out[-_ENTRY_LINES:])) if p is not None), None)
    return above is not None and page < above <= int(f"{page}{b}")


_ENTRY_LINES = 4  # lines back to the entry above (its title, its leader and page; a section's heading)


def _subtitle_cut(first: Line, second: Line) -> bool:
    """A title's subtitle after its dash that a hard wrap cut (…工作的通报——表扬先进 / 单位, also a
    contents entry's: / 单位……………3): the first line a full one (the wrap's width), its title
    before the dash ending with a 文种; the second a few Han characters, the contents' leader and
    page perhaps after them, right under it."""
    a, b = first.key, second.key
    if "--" not in a or len(a) < _FULL_LINE or second.place - first.place > 1 or "\t" in first.text or "\t" in second.text:
        return False
    dash = a.find("--")
    rest = strip_toc_tail(b) if has_leader(b) else b
    return bool(a[dash:].strip("-")) and "--" not in rest and _SUBTITLE_REST.fullmatch(rest) is not None \
        and doc_type_of(a[:dash]) is not None and not is_org_only(rest) and not title_start(rest)


_FULL_LINE = 20  # characters of a line the wrap cut (a PDF's is 28 to 30 wide)
_SUBTITLE_REST = re.compile(f"[{HAN}]{{1,10}}")


def _signature_cut(first: Line, second: Line, after: Line) -> bool:
    """The organ's name of a signature cut by the wrap (…人民政府办 / 公室), its date under it."""
    a, b = first.key, second.key
    return (len(a) <= _SIGNATURE_MAX and 0 < len(b) <= _SIGNATURE_REST and second.place - first.place <= _NEAR
            and is_org_only(a + b) and not is_org_only(a) and not is_org_only(b)
            and (is_date_line(after.key) or bool(signed(after.key))))


def _imprint_word_under(first: Line, second: Line, above_second: Line) -> bool:
    """The word 印发 of a 印发 line alone on the next line, the wrap or the page having cut it off the
    day (``青溪县人民政府办公室　　2024年6月21日`` / ``印发``; ``2024年6月21日`` / ``印发`` under the office;
    ``…2024年6月21日印`` / ``发``): the line with it is the 印发 line. Not 印发 alone under another
    line (a table's cell, a title's wrap)."""
    a, b = first.key, second.key
    if b not in ("印发", "发") or second.place - above_second.place > _NEAR or (b == "发") != a.endswith("印"):
        return False
    day = a[:-1] if b == "发" else a
    return (is_date_line(day) or bool(signed(day))) and imprint(day + "印发") is not None

_SIGNATURE_MAX = 24
_SIGNATURE_REST = 8  # characters of the name under the cut


# How a number, a date or a 印发 line ends (its key): 号, 日, 印发, a bracket; a 登记号 has dashes.
_ENDS = ("号", "日", "印发", ")")


__all__ = ["join_cut_lines"]
