"""What stands over and under a document's title besides its numbers: the 发文机关标志 printed
without 文件 (one organ, or a joint head an organ a line, over the 发文字号, the 签发人 or a title that
names its issuer, where a document may open), and a 公告's day printed between its title and its
number; with what a 发文字号 or 登记号 line printed in a header is (``bare_number``), which
headerspan, where the header's reach is found, gives on."""

from __future__ import annotations

import re

from .headerlines import is_banner, is_section_line
from .imprintlines import imprint
from .model import Line
from .notelines import is_cc, is_note
from .patterns import (
    ORG_ONE,
    is_date_line,
    is_doc_number_line,
    is_header_number_line,
    is_org_only,
    is_registration_line,
    is_signer_line,
)
from .personlines import is_byline
from .portal import web_day_alone
from .runs import before_furniture, past_furniture
from .sealmarks import is_seal_piece
from .sealwords import is_seal
from .toclines import toc_page


def bare_number(line: Line) -> bool:
    """A 发文字号/登记号 line as printed in a document header: not in brackets (tables of
    contents put them in brackets) and without a page number."""
    stripped = line.text.strip().lstrip("#*- ").rstrip("*")
    return (
        is_header_number_line(line.key)
        and not stripped.startswith(("(", "（", "[", "【", "〔"))
        and toc_page(line.text, line.key) is None
    )


MAX_BANNER_ORGANS = 8  # organs of a joint red head printed one a line (五部门, 八部门 print them all)
MAX_SEAL_PIECES = 8  # lines of a seal's pieces between a signature and its date, at most


def organs_over_a_number(content: list[Line], first: int) -> int:
    """The 发文机关标志 printed without 文件 (a 函's red head, or a joint one, an organ a line or
    several on one) right over the header's 发文字号 (松岭县人民政府办公室 / 松政办函〔2024〕18号;
    中共松岭县委办公室 / 松岭县人民政府办公室 / 松办发〔2024〕11号), at the top of a page or after a
    document's end: the index of its first organ's line, ``first`` when none stands there. The
    organs are the red head only where a page break, a document's last line (its date, 附注, 抄送
    or 印发 line), the contents' last entry, a section heading of the issue (【其他文件】) or
    nothing stands over them (at a page's top, not under organs ending the page before: a list's
    names in columns, its last name on the next page); under a sentence an organ is the signature of a document whose date
    was lost (…特此通知。 / 松岭县人民政府办公室). Over the 签发人 printed over the number (a 请示's or a
    函's: 桐溪县人民政府办公室 / 签发人：刘建国 / 桐政办函〔2024〕40号) they are the red head as well."""
    line = content[first]
    if not ((bare_number(line) and not is_registration_line(line.key)) or is_signer_line(line.key)):
        return first
    top = _organs_over(content, first)
    if top == first and first >= 2 and separator_rule(content[first - 1]) and _organs_over(content, first - 1) < first - 1:
        top = _organs_over(content, first - 1)  # (a 信函格式's red head over its rule, the number under it)
    if top < first and top - 1 >= 0 and is_banner(content[top - 1].key) and content[top - 1].place >= content[top].place - 2:
        top -= 1  # 文件 printed beside the first organ of a joint head (中共…委办公室　　文件 / …办公室)
        top = _organs_over(content, top)  # (or beside a middle one, organs over it too: …局 / …局　　文件 / …局)
    return top if top < first and opens_after_an_end(content, top, banner=is_banner(content[top].key)) else first


_RULE_CHARS = frozenset("━─═—_＿－-=＝")
_RULE_MIN = 8  # characters of a rule printed as text, at least
# The rule as a Markdown converter writes it, a thematic break: ---, ***, ___, - - - (one character, three or more).
_THEMATIC_BREAK = re.compile(r"([-*_])(?: ?\1){2,}")


def separator_rule(line: Line) -> bool:
    """The red rule of a 版头 printed as a line of rule characters (━━━━, ——————, ＿＿＿＿), as a
    word processor's or a web page's text keeps it: under the 发文字号 over the title, or under a
    信函格式's organ over its number."""
    text = line.text.strip()
    return (len(text) >= _RULE_MIN and text[0] in _RULE_CHARS and set(text) <= _RULE_CHARS) \
        or (text[:1] in "-*_" and _THEMATIC_BREAK.fullmatch(text) is not None)  # (a converter's: ---, ***)

def opens_after_an_end(content: list[Line], top: int, banner: bool = False) -> bool:
    """Does a red head at ``content[top]`` stand where a document may open: first in the text, at a
    page's top (not under a page ending in organs: a list's names in columns, its last name carried
    over), or under a document's last line (its date under its signature, 附注, 抄送 or 印发 line, the last row of its
    attachment's table printed with tabs, a text without page breaks), the contents' last entry or
    a section heading of the issue? Over 文件 (``banner``) the organs are a red head under any date (a
    signature is never followed by 文件)."""
    above = before_furniture(content, top - 1)
    page_top = above < top - 1
    while above >= 0 and separator_rule(content[above]):
        above = before_furniture(content, above - 1)  # (the rule under the 版记 of the document before)
    if above < 0:
        return True  # the first lines
    if page_top:  # a page's top
        return not is_org_only(content[above].key)
    return _ends_a_document(content, above) or (banner and is_date_line(content[above].key)) \
        or "\t" in content[above].text.strip()  # (an attachment's table ending, its last row)


def _organs_over(content: list[Line], k: int) -> int:
    """The index of the first of the organs' lines (at most ``MAX_BANNER_ORGANS``, a blank line
    between two at most) right over ``content[k]``; ``k`` when none stands there."""
    top = k
    while top - 1 >= 0 and k - top < MAX_BANNER_ORGANS and is_org_only(content[top - 1].key) \
            and content[top - 1].place >= content[top].place - 2:
        top -= 1
    return top


def _ends_a_document(content: list[Line], above: int) -> bool:
    """``content[above]``, right over organs, ends a document or a part of the issue, so that the
    organs open the next one: the date of a document signed over it (an organ or a head over the
    date, what a PDF keeps of the seal between them passed: 桐溪县人民政府 / 溪 / ★ / 府 / 桐 / the date,
    or its mark, （印）), its 附注, 抄送 or 印发 line, the contents' last entry, a section heading of the
    issue. A date with no signature over it is that of a document whose organ is printed under it
    (南浦县人民政府关于…的批复 … 此复。 / 2024年3月8日 / 南浦县人民政府, closing.under_the_date): the organs are
    its signature."""
    key = content[above].key
    if is_date_line(key):
        signed = before_furniture(content, above - 1)
        while signed >= 0 and above - signed <= MAX_SEAL_PIECES \
                and (is_seal_piece(content[signed]) or is_seal(content[signed].key)):
            signed = before_furniture(content, signed - 1)  # (the seal's star and ring's characters, （印）)
        return signed >= 0 and (is_org_only(content[signed].key) or is_byline(content[signed].key))
    return imprint(key) is not None or is_cc(key) or is_note(key) or toc_page(content[above].text, key) is not None \
        or is_section_line(content[above])


def organs_over_a_title(content: list[Line], start: int) -> int:
    """The 发文机关标志 without 文件 right over a title that names its issuer, the 发文字号 under the
    title or none (…桐溪县人民政府 / 2024年10月8日 / 桐溪县人民政府 / 桐溪县人民政府关于同意…的批复 /
    桐政函〔2024〕33号): the index of its first organ's line, ``start`` when none stands there. Under
    a date they are the red head only where the document before is signed over that date: an organ
    under a date with no signature over it is that document's signature printed under its date
    (closing.under_the_date); after the 附注, 抄送 or 印发 line, the contents' last entry or a section
    heading they are too. Not at a page's top (the last of a list's names in columns, a signature a
    page break cut from its date, over the next title). A title that does not open with an organ's
    name takes the organ over it as its first line (titles.py), never this."""
    if ORG_ONE.match(content[start].key) is None:
        return start
    top = _organs_over(content, start)
    if top == start:
        return start
    above = before_furniture(content, top - 1)
    if above < 0 or above < top - 1:
        return start  # (at a page's top: the last of a list's names, a signature cut from its date)
    return top if _ends_a_document(content, above) else start


def day_over_a_number(content: list[Line], k: int) -> bool:
    """A 公告's or 通告's day printed bare under its title and over its 发文字号 (关于…的公告 /
    2024年7月20日 / 南政告〔2024〕5号): ``content[k]`` a date line, the number right under it (a page
    break between them passed). A day under the title over the text is the document's date alone."""
    if not is_date_line(content[k].key) or web_day_alone(content[k].key):
        return False  # (the page's day in figures, 2024-03-05, is a web page's: no document's)
    j = past_furniture(content, k + 1)
    return j < len(content) and bare_number(content[j]) and is_doc_number_line(content[j].key)


__all__ = ["MAX_BANNER_ORGANS", "MAX_SEAL_PIECES", "bare_number", "day_over_a_number", "opens_after_an_end", "organs_over_a_number",
           "organs_over_a_title", "separator_rule"]
