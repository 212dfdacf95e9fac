"""The 发文机关标志 printed without 文件 (a 函's red head, or a joint one, an organ a line) over a
document's 发文字号 or over its title, told from the signature of the document before it."""

from __future__ import annotations

from .headerlines import is_section_line
from .headernumbers import bare_number
from .imprintlines import imprint
from .model import Line
from .notelines import is_cc, is_note
from .patterns import ORG_ONE, is_date_line, is_org_only, is_registration_line, is_signer_line
from .personlines import is_byline
from .runs import before_furniture
from .toclines import toc_page

MAX_BANNER_ORGANS = 3  # organs of a joint red head printed one a line


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
    top = first
    while top - 1 >= 0 and first - top < MAX_BANNER_ORGANS and is_org_only(content[top - 1].key) \
            and content[top - 1].place >= content[top].place - 2:
        top -= 1
    if top == first:
        return first
    above = before_furniture(content, top - 1)
    if above < 0:
        return top  # the first lines
    if above < top - 1:  # a page's top, but under a page ending in organs: the last of their list
        return first if is_org_only(content[above].key) else top
    key = content[above].key
    ended = is_date_line(key) or imprint(key) is not None or is_cc(key) or is_note(key) \
        or toc_page(content[above].text, key) is not None or is_section_line(content[above])
    return top if ended else first


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
    top = start
    while top - 1 >= 0 and start - top < MAX_BANNER_ORGANS and is_org_only(content[top - 1].key) \
            and content[top - 1].place >= content[top].place - 2:
        top -= 1
    if top == start:
        return start
    above = before_furniture(content, top - 1)
    if above < 0 or above < top - 1:
        return start  # (at a page's top: the last of a list's names, a signature cut from its date)
    key = content[above].key
    if is_date_line(key):
        signed = before_furniture(content, above - 1)
        return top if signed >= 0 and (is_org_only(content[signed].key) or is_byline(content[signed].key)) else start
    ended = imprint(key) is not None or is_cc(key) or is_note(key) or toc_page(content[above].text, key) is not None \
        or is_section_line(content[above])
    return top if ended else start


__all__ = ["MAX_BANNER_ORGANS", "organs_over_a_number", "organs_over_a_title"]
