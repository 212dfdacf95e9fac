"""What a page shows of a gazette's values in its own language, as escaped HTML.

On Chinese pages every value is the printed one. On English pages a value is given in English
(curated, or automatic and marked so) with the printed Chinese beside it in an element marked
``lang="zh"``: the reader can check the original, and screen readers and search know which
language each piece is in.
"""

from __future__ import annotations

import re

from markupsafe import Markup

from ..i18n.english import English, Rendering, english_date
from ..normalize import HAN_WIDE
from .html import e

_HAN = re.compile(f"[{HAN_WIDE}]")
_HAN_RUN = re.compile(f"[{HAN_WIDE}\u3000-\u303f\uff00-\uffef“”‘’《》〔〕【】—…·]+")


def mark_chinese(text) -> Markup:
    """Escaped text with every run of Chinese wrapped in <span lang="zh">."""
    out, last = [], 0
    text = "" if text is None else str(text)
    for m in _HAN_RUN.finditer(text):
        if not _HAN.search(m.group(0)):
            continue
        out.append(e(text[last:m.start()]))
        out.append(f'<span lang="zh">{e(m.group(0))}</span>')
        last = m.end()
    out.append(e(text[last:]))
    return Markup("".join(out))


class Local:
    """Values for the pages of one language."""

    def __init__(self, lang: str, english: English, messages: dict[str, str]):
        self.lang = lang
        self.english = english
        self.t = messages

    @property
    def chinese(self) -> bool:
        return self.lang == "zh"

    def _mark(self, r: Rendering) -> str:
        if not r.automatic:
            return ""
        return f' <sup class="gb-auto" title="{e(self.t["automatic_hint"])}">{e(self.t["automatic_mark"])}</sup>'

    def _pair(self, original: str | None, rendering: Rendering | None, original_too: bool = True) -> Markup:
        if not original:
            return Markup("")
        if self.chinese or rendering is None:
            return Markup(e(original))
        text = e(rendering.text) + self._mark(rendering)
        if original_too:
            text += f' <span class="gb-original" lang="zh">{e(original)}</span>'
        return Markup(text)

    # Titles ------------------------------------------------------------------------------------
    def title_rendering(self, d) -> Rendering:
        return self.english.title(d.title, d.issuer)

    def title_text(self, d) -> str:
        """A document's title as plain text, for the page's <title> and the navigation."""
        return d.title if self.chinese else self.title_rendering(d).text

    def title(self, d) -> Markup:
        """A document's title in a list: the English alone on English pages."""
        return self._pair(d.title, None if self.chinese else self.title_rendering(d), original_too=False)

    def original_title(self, d) -> Markup:
        """Under an English page's heading: the printed title, and whether the English is automatic."""
        if self.chinese:
            return Markup("")
        r = self.title_rendering(d)
        return Markup(f'<p class="gb-original-title"><span lang="zh">{e(d.title)}</span>'
                      + (f' <span class="gb-auto-note">{e(self.t["automatic_title"])}</span>' if r.automatic else "")
                      + "</p>")

    def cited_title(self, title: str | None) -> Markup:
        """A title quoted in a document (《…》), which may not be on the site."""
        if not title:
            return Markup("")
        if self.chinese:
            return Markup("《" + e(title) + "》")
        return self._pair(title, self.english.cited(title))

    # Gazettes ----------------------------------------------------------------------------------
    def gazette_text(self, g: dict) -> str:
        if self.chinese:
            return f"{g['title']} {g['issue_label']}".strip()
        english = self.english.gazette(g["title"])
        name = english.text if english else g["title"]
        return f"{name}, {g['issue_label_en']}" if g["issue_label_en"] else name

    def issue(self, g: dict) -> str:
        """An issue's number, with its part when it is printed in parts and its kind when it is a
        supplement or special issue (``Gazette.issue_number``): 3（下）, 3（增刊）, 增刊; 3, last part,
        3 (supplement), supplement."""
        return g["issue_number"] if self.chinese else g["issue_number_en"]

    def gazette(self, title: str | None) -> Markup:
        return self._pair(title, None if self.chinese else self.english.gazette(title), original_too=False)

    # Names -------------------------------------------------------------------------------------
    def authority(self, name: str | None) -> Markup:
        return self._pair(name, None if self.chinese or not name else self.english.authority(name))

    def authorities(self, names) -> Markup:
        return Markup("；" if self.chinese else "; ").join(self.authority(n) for n in names)

    def region(self, name: str | None, parent: str | None = None) -> Markup:
        text = self._pair(name, None if self.chinese else self.english.region(name))
        if parent:
            inner = self._pair(parent, None if self.chinese else self.english.region(parent))
            text += Markup("（%s）" if self.chinese else " (%s)") % inner
        return text

    def doc_type(self, name: str | None) -> Markup:
        return self._pair(name, None if self.chinese else self.english.doc_type(name))

    def section(self, name: str | None) -> Markup:
        return self._pair(name, None if self.chinese else self.english.section(name))

    def caption_text(self, tb) -> str:
        if self.chinese or not tb.caption:
            return tb.caption or tb.id
        return self.english.caption(tb.caption).text

    def caption(self, text: str | None) -> Markup:
        return self._pair(text, None if self.chinese else self.english.caption(text))

    def attachment(self, text: str | None) -> Markup:
        return self._pair(text, None if self.chinese else self.english.attachment(text))

    def column(self, title: str) -> Markup:
        return self._pair(title, None if self.chinese else self.english.column(title))

    def unit(self, unit: str) -> Markup:
        """A table's unit (万元; on English pages CNY 10,000 with 万元 beside it)."""
        return self._pair(unit, None if self.chinese else self.english.column(unit))

    def facet(self, key: str, value: str) -> Markup:
        """A value of the browse page's facets."""
        if key == "region":
            return self.region(value) if value != "—" else Markup("—")
        if key == "authority":
            return self.authority(value) if value != "—" else Markup("—")
        if key == "type":
            return self.doc_type(value) if value != "—" else Markup("—")
        return Markup(e(value))

    def count(self, n: int) -> str:
        """A number as the language writes it: 1,230 in English, 1230 in Chinese."""
        return str(n) if self.chinese else f"{n:,}"

    # Dates and other values --------------------------------------------------------------------
    def date(self, iso: str | None) -> Markup:
        if not iso:
            return Markup("")
        shown = iso if self.chinese else english_date(iso)
        return Markup(f'<time datetime="{e(iso)}">{e(shown)}</time>')

    def zh(self, text) -> Markup:
        """A value printed in Chinese (a 发文字号, a number): marked so on English pages."""
        if text is None or text == "":
            return Markup("")
        if self.chinese or not _HAN.search(str(text)):
            return Markup(e(text))
        return Markup(f'<span lang="zh">{e(text)}</span>')

    def mixed(self, text) -> Markup:
        """English text that quotes Chinese (a message, a description): the quotes marked."""
        if text is None or text == "":
            return Markup("")
        return Markup(e(text)) if self.chinese else mark_chinese(text)
