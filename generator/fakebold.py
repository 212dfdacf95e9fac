"""Characters a PDF's fake bold doubled.

A word processor without a bold face of a font (仿宋_GB2312, 方正小标宋) makes bold text by
drawing it twice, the second a hair to the right; an extraction that keeps both drawings
(pdfminer, an older PyMuPDF, a viewer's copy) prints every character twice, in the lines set in
bold only: the red head, the title, a heading (``关关于于印印发发…的的通通知知``, ``一一、、工工作作目目标标``).
No document is found under such a title. The line is printed as it was set, each character once,
when every character of it stands twice; never a line whose doubled characters are words (人人,
常常, 清清楚楚): four characters set once at least, three of them Han, or an attachment's mark or
the contents' heading (附附件件11, 目目  录录). (A bold lead run into the
paragraph's text, ``（（一一））加加强强领领导导。。各乡镇要…``, is left as it is: the cheap check that
lets the common line pass asks the line's last two characters.)
"""

from __future__ import annotations

import re

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
# The short bold lines a gazette's grammar knows, shorter than that: an attachment's mark over its
# title (附附件件11, 附附件件22--11, 附附表表) and the contents' heading (目目  录录).
_SHORT_BOLD = re.compile(r"附[件表]\d{0,2}(?:-\d{1,2})?|目录")


def _doubled(body: str) -> bool:
    return len(body) % 2 == 0 and body[::2] == body[1::2]


def undoubled(text: str) -> str:
    """``text`` with the characters a fake bold doubled printed once, when every character of
    the line stands twice: ``关关于于做做好好汛汛期期…的的通通知知`` → ``关于做好汛期…的通知``, the
    leading spaces kept (a line drawn four times halved until no character stands twice). Any
    other line as it is (人人参与…, 清清楚楚, a line doubled only in part). ``clean`` asks the line's
    last two characters first."""
    body = text.lstrip(" ")
    if len(body) < 4 or not _doubled(body):
        return text
    while len(body) >= 4 and _doubled(body):
        once = body[::2]
        if (len(once) < 4 or len(_HAN.findall(once)) < 3) and not _SHORT_BOLD.fullmatch(once.replace(" ", "")):
            break
        body = once
    return text[:len(text) - len(text.lstrip(" "))] + body


__all__ = ["undoubled"]
