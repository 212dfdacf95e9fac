"""A web page saved whole, its HTML kept: what a ``<script>`` or ``<style>`` holds over several lines.

A page's scripts and styles are printed a statement or a rule a line, between the line that opens
them and the line that closes them::

    <script type="text/javascript">
    var _hmt = _hmt || [];
    (function() {
      var hm = document.createElement("script");
    })();
    </script>

``normalize`` takes a script or style with what it holds when it stands on one line, and each tag;
the lines between the two tags are left, and a script after the body's text (a site's counter)
became the last document's paragraphs; so did a comment over several lines (<!-- / … / -->). They
are markup: those lines are blank.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .model import Line
from .normalize import fold

# A script or style opened at the end of its line (nothing after the tag), or a comment opened and
# not closed on its line (<!--, <!--[if lt IE 9]>), closed on a later line.
_OPENS = re.compile(r"<(?P<tag>script|style)\b[^<>]{0,200}>\s*$|<!--(?!.*-->)", re.I)
_ANY_OPEN = re.compile(r"<(?:script|style)\b|<!--", re.I)
_COMMENT_CLOSE = re.compile(r"^(?P<held>.*?)-->")
MAX_LINES = 400  # what a script spans at most; an opening tag with no close within: no page's


def _close(tag: str | None) -> re.Pattern:
    return _COMMENT_CLOSE if tag is None else re.compile(rf"^\s*(?P<held>.*?)</{tag}\s*>", re.I)


def scripts_blanked(lines: tuple[Line, ...], text: str) -> tuple[Line, ...]:
    """``lines`` with what a script, a style or a comment holds over several lines blank (its key
    empty), the line opening it keeping what is before the tag and the line closing it what is after
    its tag: ``<script>`` / ``var _hmt = …;`` / ``})();</script>``, or ``<!--`` / ``页面底部 版权信息`` /
    ``-->``. ``text``, the whole text, is asked once whether it holds a script, a style or a
    comment at all. Not a tag with no close within ``MAX_LINES`` lines,
    nor one with words after it on its line (a sentence naming <script>)."""
    if "<" not in text or _ANY_OPEN.search(text) is None:
        return lines
    out = list(lines)
    k = 0
    while k < len(out):
        line = out[k]
        m = _OPENS.search(line.text) if "<" in line.text else None
        if m is None:
            k += 1
            continue
        close = _close(m.group("tag"))
        end = next((j for j in range(k + 1, min(len(out), k + 1 + MAX_LINES)) if close.match(out[j].text)), None)
        if end is None:
            k += 1
            continue
        out[k] = _kept(line, line.text[:m.start()])
        for j in range(k + 1, end):
            out[j] = _kept(out[j], "")
        out[end] = _kept(out[end], out[end].text[close.match(out[end].text).end():])
        k = end + 1
    return tuple(out)


def _kept(line: Line, kept: str) -> Line:
    """The line with only ``kept`` read (the rest markup); blank when nothing is kept."""
    key = fold(kept) if kept.strip() else ""
    return replace(line, text=kept if key else line.text, key=key)


__all__ = ["scripts_blanked"]
