"""A page's number as the text of a printed issue shows it between its pages: the forms a page
number may take (``PAGE_NUMBER``, a bare 3 among them) and those that cannot be anything else
(``PAGE_MARK``)."""

from __future__ import annotations

import re

# A page number printed between two pages, in any of its forms: ``— 3 —``, ``-3-``, ``第3页``,
# ``第3页 共10页``, or a bare ``3`` (which might also be a table cell: see PAGE_MARK).
# The page of the pages a viewer or a browser prints: ``Page 15``, ``Page 15 of 48``,
# ``第12页/共48页``; and ``12 / 48`` (the slash spaced: 3/4 is a fraction), which may also be a
# table's cell (9 / 10 passed), so a page number only where it cuts a sentence, as a bare 3 is.
_PAGE_OF = (r"|^[Pp](?:age|AGE)\s*\d{1,4}(?:\s*(?:of|OF|/)\s*\d{1,4})?$"
            r"|^第\s*\d{1,4}\s*页\s*[/／,，]\s*共\s*\d{1,4}\s*页$"
            r"|^[(（]\s*(?:下转|上接|转|接)第?\s*\d{1,4}\s*页\s*[)）]$")  # (a text carried on: （下转第4页）, （上接第2页）)
PAGE_NUMBER = re.compile(r"^[-—–－·•・]*\s*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*共\s*\d{1,4}\s*页)?\s*[-—–－·•・]*$"
                         r"|^\d{1,4} [/／] \d{1,4}$|^[-—–－·•・]+\s*\d(?: \d){1,3}\s*[-—–－·•・]+$" + _PAGE_OF)
# The forms that cannot be anything else: a number between dashes, dots or tildes (— 3 —,
# ·3·, ~ 3 ~, - 1 2 -, and 一 3 一 as OCR reads the dashes, l2 for 12; in Roman figures, — Ⅰ —), 第N页 (共M页), the page
# of the pages;
# and （此页无正文）, printed on a page that holds only the signature and date; a rule of dashes
# under a running head (a Markdown rule of hyphens and a table's borders are read as rules); 续表,
# over a table's rows on the next page.
PAGE_MARK = re.compile(r"^[-—–－·•・~～一]+\s*(?=[\dlIO ]*\d)[\dlIO](?: ?[\dlIO]){0,3}\s*[-—–－·•・~～一]+$"
                       r"|^第\s*\d{1,4}\s*页(?:\s*共\s*\d{1,4}\s*页)?$" + _PAGE_OF
                       + r"|^[(（]\s*[此本]\s*页\s*无\s*正\s*文\s*[)）]$|^[—―－_＿]{6,}$"
                       # (the contents' own pages numbered in Roman figures: — Ⅰ —, ·Ⅱ·, - II -)
                       r"|^[-—–－·•・~～]+\s*(?:[Ⅰ-Ⅻⅰ-ⅻ]|[IVX]{1,4}|[ivx]{1,4})\s*[-—–－·•・~～]+$"
                       r"|^[(（]?\s*续\s*(?:上\s*)?表\s*\d{0,2}\s*[)）]?$"
                       # (a converter's page break: marker's, paginated, the page's index in braces before
                       # a rule, {3}------------------------------------------------; pymupdf4llm's,
                       # --- end of page=3 ---; the page between rules that a script or pdf-parse writes
                       # between pages, -- 3 of 12 --, === Page 3 ===, ---------- Page 3 ----------;
                       # the page in brackets, [第3页], 【第3页】)
                       r"|^\{\d{1,4}\}-{8,}$|^-{3} end of page=\d{1,4} -{3}$"
                       r"|^(?P<rule>-{2,}|={2,}|~{2,}|\*{2,})\s*(?:[Pp](?:age|AGE)\s*)?\d{1,4}(?:\s*(?:of|OF|/)\s*\d{1,4})?\s*(?P=rule)$"
                       r"|^[\[【［]\s*第\s*\d{1,4}\s*页(?:\s*[/／,，]?\s*共\s*\d{1,4}\s*页)?\s*[\]】］]$")
# The first and the last characters a stripped text must show for PAGE_NUMBER (or a decimal
# digit) and PAGE_MARK to match it: most lines show none of them, and a failed match of the
# patterns' many branches costs more than the look (tests/test_pagemarks.py holds them to the
# patterns).
NUMBER_FIRST = frozenset("-—–－·•・第Pp(（")
NUMBER_LAST = frozenset("-—–－·•・页)）")
MARK_FIRST = frozenset("-—–－·•・~～一第Pp(（―_＿续{=*[【［")
MARK_LAST = frozenset("-—–－·•・~～一页)）―_＿表=*]】］")


def may_be_page_number(stripped: str) -> bool:
    """PAGE_NUMBER may match ``stripped`` (a text without spaces at its ends): no where this says no."""
    first, last = stripped[:1], stripped[-1:]
    return (first in NUMBER_FIRST or first.isdecimal()) and (last in NUMBER_LAST or last.isdecimal())


def may_be_page_mark(stripped: str) -> bool:
    """PAGE_MARK may match ``stripped`` (a text without spaces at its ends): no where this says no."""
    last = stripped[-1:]
    return stripped[:1] in MARK_FIRST and (last in MARK_LAST or last.isdecimal())
