"""The lines that name a document's attachments: the heading over a printed attachment (附件, 附件1,
附件2-1, 附表, 附件1：title), the 附件说明 and a web page's label over its files (附件：, 附件下载：), and
the word 附件 alone over what it heads. Judged on folded keys (see normalize.fold)."""

from __future__ import annotations

import re

from .numbering import CN_NUM, cn_to_int, numbering

# (an attachment in parts is headed 附件2-1, 附件2-2: each a heading of attachment 2)
# (附表, a table attached, is headed and listed as an 附件 is)
# (its number closed by a point or a 、 as the items of a list are: 附件2．, 附件4、)
_ATTACHMENT_HEAD = re.compile(rf"^附[件表](?P<num>[0-9{CN_NUM}]{{0,3}})(?:(?<=\d)[-.]\d{{1,2}})?(?::|(?<=[0-9{CN_NUM}])[.、])?$")
_ATTACHMENT_HEAD_TITLED = re.compile(rf"^附[件表](?P<num>[0-9{CN_NUM}]{{1,3}}):(?P<title>[^。:;]{{2,50}})$")


def attachment_heading(key: str) -> tuple[bool, int | None]:
    """``附件``, ``附件1``, ``附件 2``, ``附件一`` alone on a line (the heading of an attachment)."""
    m = (_ATTACHMENT_HEAD.match(key) or _ATTACHMENT_HEAD_TITLED.match(key)) if key.startswith("附") else None
    if not m:
        return False, None
    return True, cn_to_int(m.group("num")) if m.group("num") else None


def is_titled_attachment_heading(key: str) -> bool:
    """``附件1：平江县防汛工作责任分工表``: the heading of a printed attachment after the date,
    an item of the 附件说明 before it."""
    return bool(_ATTACHMENT_HEAD_TITLED.match(key))


# A web page's label for the files under a document: 附件下载：, 相关附件：, 附件列表：.
ATTACHMENT_LABELS = ("附件:", "附件下载:", "相关附件:", "附件列表:", "附表:")


def is_attachment_list(key: str) -> bool:
    """附件说明: ``附件:1.×××`` or ``附件:`` followed by numbered lines; a web page's
    ``附件下载：`` over its files. (The short label ``附：`` lists an attachment only where the
    attachment is printed after the date: ``blocks``.)"""
    return key.startswith(ATTACHMENT_LABELS)


# The 附件说明 printed with a gap where its colon stands (an editor's spaces, or OCR lost the colon):
# 附件　1．青溪县…项目 (its other items under it), 附件  青溪县…方案; not 附件1 alone, nor a sentence.
_GAP_LISTED = re.compile(r"\s*附件(?:[ \u3000]+|\t+)(?:\d{1,2}\s*[.．、]\s*)?[^\s\d，。；：:,;][^，。；：:,;]{1,48}")


def gap_listed(text: str) -> bool:
    """The line (its text, the gap kept) is an 附件说明's first line with a gap for its colon:
    ``附件　1．青溪县2024年重点民生实事项目``, ``附件  青溪县2024年防汛工作方案``."""
    return _GAP_LISTED.fullmatch(text.rstrip()) is not None


_ATTACHMENT_ALONE = re.compile(r"^附件[0-9一二三四五六七八九十]{0,3}(?::|(?<=[0-9一二三四五六七八九十])[.、])?$")


def is_attachment_alone(key: str) -> bool:
    """The word 附件 (with its number) alone on a line, over what it heads: ``附件``, ``附件2：``."""
    return bool(_ATTACHMENT_ALONE.match(key))


def page_number_among_items(key: str, after: str | None) -> bool:
    """A bare number (``14``) among an 附件说明's items, the list ending under it (``after``:
    None) or the next item opening with its own number (``2.…``, ``（2）…``): the page's number
    where the page broke inside the list or under it (pdftotext prints it alone), not an item's
    title wrapped (no title wraps a number alone onto a line) nor the number of an item printed
    over its title (``2`` / ``平江县重点防汛区域名单``)."""
    if not (key.isdigit() and len(key) <= 3):
        return False
    return after is None or numbering(after) is not None


__all__ = ["ATTACHMENT_LABELS", "attachment_heading", "is_attachment_alone", "is_attachment_list", "is_titled_attachment_heading",
           "page_number_among_items"]
