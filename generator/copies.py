"""A document printed twice in one issue: whether two documents are the same one, and where two
copies of it differ (so that the more complete copy is kept and the other recorded)."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from .furniture import is_page_mark
from .model import Document, Line
from .normalize import fold
from .patterns import HAN
from .segment import DocSpan
from .tocmatch import title_similarity

_HAN = re.compile(rf"[{HAN}]+")
MIN_ADDED_HAN = 6  # a second copy adds text when it adds at least a phrase


def same_document(a: Document, b: Document) -> bool:
    """The same document printed twice: the same 发文字号 and a similar title; without one, the
    same title and nearly the same text (a series such as 平江县人民政府通告 第1号, 第2号 shares
    its title)."""
    if a.doc_number and b.doc_number:
        # A misprinted number on another document does not make it a copy: the titles agree too.
        return a.doc_number == b.doc_number and title_similarity(_subject(a.title),
                                                                 _subject(b.title)) >= 0.6
    if fold(a.title) != fold(b.title):
        return False
    ta = [fold(x.text) for x in a.blocks if x.kind != "title"]
    tb = [fold(x.text) for x in b.blocks if x.kind != "title"]
    # (the very same text, as a copy mostly prints it: a ratio of 1, no matcher made)
    return ta == tb or difflib.SequenceMatcher(None, ta, tb, autojunk=False).ratio() >= 0.8


def _subject(title: str) -> str:
    """What a title is about, without the issuer every title of an issue may share:
    ``平江县人民政府办公室关于做好防汛工作的通知`` → ``做好防汛工作的通知``."""
    key = fold(title)
    return key.split("关于", 1)[1] if "关于" in key else key


@dataclass(frozen=True, slots=True)
class CopyDiff:
    """Where two copies of a document differ, line by line (folded keys)."""
    a: list[str]
    b: list[str]
    changes: list[tuple[str, int, int, int, int]]  # difflib opcodes other than "equal"

    @classmethod
    def of(cls, content: list[Line], a: DocSpan, b: DocSpan) -> "CopyDiff":
        # (the page's furniture left out: a page's number, running head or web page's buttons
        # printed with one copy and not the other is no difference of the document's)
        ka = [line.key for line in content[a.first: a.last + 1] if not is_page_mark(line)]
        kb = [line.key for line in content[b.first: b.last + 1] if not is_page_mark(line)]
        ops = difflib.SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes()
        return cls(ka, kb, [op for op in ops if op[0] != "equal"])

    def lines(self) -> int:
        """How many lines differ."""
        return sum(max(i2 - i1, j2 - j1) for _, i1, i2, j1, j2 in self.changes)

    def second_adds_text(self) -> bool:
        """Is copy ``b`` copy ``a`` plus text ``a`` lacks (a paragraph, say)? Every passage where
        they differ keeps all of ``a``'s Han characters in ``b``, and at least one adds a phrase.
        Corrections, different line breaks or spacing do not make a copy more complete."""
        added = False
        for _, i1, i2, j1, j2 in self.changes:
            ha = "".join(_HAN.findall("".join(self.a[i1:i2])))
            hb = "".join(_HAN.findall("".join(self.b[j1:j2])))
            if ha not in hb:
                return False
            added = added or len(hb) - len(ha) >= MIN_ADDED_HAN
        return added
