"""A document's own title printed again at the top of its pages, as their running head.

Some issues head each page of a document with its title (``青溪县人民政府关于…的通知`` over the
page's text, under or over the page's number). Read as it stands, such a line is a title after a
page break: a document of its own opens there, taking the rest of the one it heads (its
signature, its date) and leaving that one unclosed. It is told by what it repeats: a line first
on a page (the form feed on it, or right under the page's mark) whose words are a title's (a 文种
at its end, ``doc_type_of``) and are those of a line above it — or of two lines above, a title
the page wrapped — with the document's text between (a sentence, or its 主送's colon: contents
print titles alone, perhaps with their numbers). Past a line that closes a document (its date,
印发 line or 附注: the pages of its attachments go on under the same head) it is one only where
the page it heads goes on with what the page before left unclosed: a title printed again right
after a document's end, under a 发文字号 ending the page before or over a header of its own
(its numbers, a 令's 第6号, its 主送), is a copy, or the next document of the same title
(青溪县人民政府通告 twice, 南浦县人民政府令 over each 令), and stays one. Such a line is marked ``Line.running_head``: page furniture from then on.
"""

from __future__ import annotations

from dataclasses import replace

from .headerspan import header_line_after, past_furniture
from .model import Line
from .patterns import DOC_TYPES, doc_type_of, is_header_number_line, is_recipients
from .runs import before_furniture
from .sectionheads import at_a_pages_top
from .titlecontext import ends_a_document

MIN_KEY = 8  # characters of a title at least (…关于…的通知)
_LAST = frozenset(t[-1] for t in DOC_TYPES) | {")"}  # (a title's last character: a 文种's, a suffix's bracket)
LOOK_BACK = 4000  # lines above a page's top searched for the title it repeats


def _text_between(lines: list[Line], j: int, k: int) -> bool:
    """The document's text stands between ``lines[j]`` and ``lines[k]``: a sentence, or a 主送's
    colon (not so between the title an entry of the contents above prints and the document's own
    title under them)."""
    return any(lines[x].key.endswith(("。", ":")) for x in range(j + 1, k))


def _closed_between(lines: list[Line], j: int, k: int) -> bool:
    """A line closing a document (its date, 印发 line or 附注) stands between ``lines[j]`` and ``lines[k]``."""
    return any(ends_a_document(lines[x].key) for x in range(j + 1, k))


def _over_a_header(lines: list[Line], k: int) -> bool:
    """What ``lines[k]`` stands over opens a document's header: its numbers (a 令's 第6号), its 主送."""
    nxt = past_furniture(lines, k + 1)
    return nxt < len(lines) and (header_line_after(lines[nxt]) or is_recipients(lines[nxt].key))


def marked_title_heads(lines: list[Line]) -> list[Line]:
    """``lines`` with each line that prints its document's title again at a page's top marked a
    running head (see the module)."""
    out = None
    seen: dict[str, int] = {}  # each title's key, and each wrapped over two lines joined: its last place
    for k, line in enumerate(lines):
        key = line.key
        if len(key) < MIN_KEY or not (key[-1:] in _LAST or "--" in key) or doc_type_of(key) is None:
            continue  # (its last character answers most lines)
        j = seen.get(key) if not line.running_head else None
        seen[key] = k
        if k > 0:
            seen[lines[k - 1].key + key] = k - 1
        if j is None or k - j > LOOK_BACK or not at_a_pages_top(lines, k) or not _text_between(lines, j, k):
            continue
        last = lines[max(0, before_furniture(lines, k - 1))].key  # (what the page before ends with)
        if _closed_between(lines, j, k) and (ends_a_document(last) or is_header_number_line(last)
                                             or _over_a_header(lines, k)):
            continue  # (right after a document's end, under a number or over a header: a copy, or a document of that title)
        out = out or list(lines)
        out[k] = replace(line, running_head=True)
    return out if out is not None else lines


__all__ = ["marked_title_heads"]
