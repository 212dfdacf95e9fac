"""Titles the issue's contents name: the contents entries' titles, and where a title the body
prints word for word as an entry stands as a document of its own (``find_titles`` asks these).

* ``contents_titles``: one-line entries (a title, its leader, its page) ending with a 文种;
* ``untyped_contents_titles`` / ``untyped_item_stands``: entries naming no 文种 (南浦县2024年
  上半年经济运行情况 …… 10, under 政务动态), a document where the title stands alone after a
  document's end;
* ``listed_start``: where a title named by an entry starts (on its line, or wrapped from the line
  above);
* ``entry_of_contents``: under a title, the leader to its page: a contents entry, no document.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .headerspan import before_furniture, past_furniture
from .keyscan import KeyScan
from .model import Line
from .personlines import is_person_signature
from .datelines import is_date_line
from .patterns import doc_type_of, is_issuer_line, is_org_only, is_recipients
from .titlecontext import after_a_boundary, after_a_document, apart, body_follows
from .titleline import MAX_TITLE_CHARS, title_like
from .toclines import is_leader_and_page, toc_page, toc_title


# What ``toc_title`` asks a key to hold first (``has_leader``).
_LEADER_START = ("..", "---", "___", "…")


def contents_entries(content: list[Line], scan: KeyScan | None = None) -> dict[int, str]:
    """The title of every one-line contents entry (a title, its leader, its page: ``toc_title``),
    by its line's index: read once for ``contents_titles`` and ``untyped_contents_titles``
    (``scan``: the lines' keys, if joined already; only the keys holding a leader are asked)."""
    scan = KeyScan([line.key for line in content]) if scan is None else scan
    return {i: title for i in scan.holding(*_LEADER_START) if (title := toc_title(content[i].key))}


def contents_titles(content: list[Line], entries: dict[int, str] | None = None) -> dict[str, int]:
    """The folded titles of the one-line contents entries (a title, its leader, its page) that
    end with a 文种, each with the index of its first entry (``entries``: ``contents_entries``)."""
    entries = contents_entries(content) if entries is None else entries
    out: dict[str, int] = {}
    over = {i - 1 for i, line in enumerate(content) if line.key[:1] == "." or line.key.isdecimal()}
    for i in sorted(entries.keys() | over):  # (``over``: the lines under which _wrapped_entry_title's first check holds)
        title = entries.get(i) or (_wrapped_entry_title(content, i) if i in over else None)
        if title and doc_type_of(title):
            out.setdefault(title, i)
    return out


def _wrapped_entry_title(content: list[Line], i: int) -> str | None:
    """The title of an entry whose leader and page, or page, a hard wrap put on the next line, its
    leader begun on this one or not (…年度报告……………… / ……………（5）, …年度报告………… / 1): read as
    the one line it is."""
    nxt = content[i + 1] if i + 1 < len(content) else None
    if nxt is None or not ((nxt.key[:1] == "." and is_leader_and_page(nxt))
                           or (nxt.key.isdecimal() and len(nxt.key) <= 3 and content[i].key.endswith("..."))):
        return None
    return toc_title(content[i].key + nxt.key)


def untyped_contents_titles(content: list[Line], entries: dict[int, str] | None = None) -> dict[str, int]:
    """The folded titles of the one-line contents entries that name no 文种 and no chronicle
    (南浦县2024年上半年经济运行情况 …… 10, under 政务动态), each with the index of its entry
    (``entries``: ``contents_entries``)."""
    entries = contents_entries(content) if entries is None else entries
    out: dict[str, int] = {}
    for i, title in entries.items():
        if "." in content[i].key and 6 <= len(title) <= MAX_TITLE_CHARS and not doc_type_of(title) \
                and not any(word in title for word in ("大事记", "动态", "要闻")):
            out.setdefault(title, i)
    return out


def untyped_item_stands(content: list[Line], end: int) -> bool:
    """The title of an item the contents name without a 文种 stands as a document of its own:
    alone on its line right after a document's end, a body under it, printed nowhere after."""
    key = content[end].key
    below = past_furniture(content, end + 1)  # (a page break between the title and its body)
    return after_a_document(content, end) and apart(content, end) \
        and body_follows(content[below] if below < len(content) else None) \
        and all(line.key != key for line in content[end + 1:])


def listed_start(content: list[Line], end: int, contents: dict[str, int], floor: int) -> int | None:
    """Where a title that ends at ``end`` starts, when it is (on this line, or wrapped from the
    line above) a contents entry printed above it, and stands after the end of something (not
    under a sentence that introduces it: …报告如下：), a page break perhaps where it wraps (the
    page's furniture)."""
    for start in (end, before_furniture(content, end - 1)):
        if start < floor or (start < end and not title_like(content[start])):
            return None
        joined = content[start].key + (content[end].key if start < end else "")
        if contents.get(joined, end) < start and apart(content, start) \
                and (after_a_boundary(content, start) or dated_under_its_organ(content, end, start)):
            return start
    return None


def dated_under_its_organ(content: list[Line], end: int, start: int | None = None) -> bool:
    """A title (from ``start``, ``end`` when not given, to ``end``: on its line or wrapped onto the
    next) printed between its organ alone over it and its day bare, or in brackets, under it
    (青溪县统计局 / 青溪县2023年国民经济和社会发展统计公报 / 2024年3月20日), the organ after the end of
    something: it stands as after a boundary (the organ is its header's)."""
    k = before_furniture(content, (end if start is None else start) - 1)
    if k < 0 or not is_issuer_line(content[k].key) or not after_a_boundary(content, k):
        return False
    i = before_furniture(content, k - 1)  # (under a date, the document above signed over it: else
    if i >= 0 and is_date_line(content[i].key):  # the organ is its signature under its date)
        signer = before_furniture(content, i - 1)
        if signer < 0 or not (is_org_only(content[signer].key) or is_person_signature(content[signer].text)):
            return False
    j = past_furniture(content, end + 1)
    return j < len(content) and is_date_line(content[j].key.strip("()"))


_PLACE = re.compile(r"^.{1,12}?[省市县区旗州]")


def names_the_organs_place(content: list[Line], end: int) -> bool:
    """A title dated under its organ (``dated_under_its_organ``) that names the organ's place
    itself (青溪县统计局 / 青溪县2023年…统计公报 / （2024年3月20日））: the organ is its issuer's line,
    not the title's first (青石县人民代表大会常务委员会 / 任免名单 is)."""
    if not dated_under_its_organ(content, end):
        return False
    place = _PLACE.match(content[before_furniture(content, end - 1)].key)
    return place is not None and place.group() in content[end].key


def organ_over_a_dated_title(content: list[Line], title):
    """A title found between its organ and its day (``dated_under_its_organ``): its header opens at
    the organ (its banner: the issuer's line), whether found on its line alone (named by the
    contents, no boundary of its own over it) or with the organ as its first line (confirmed by
    the day in brackets under it as a note) where it names the organ's place itself
    (``names_the_organs_place``: 青溪县统计局 / 青溪县2023年…统计公报 / （2024年3月20日））."""
    start, end = title.start, title.end
    if title.banner is not None or end - start > 1:
        return title
    if not after_a_boundary(content, start) and dated_under_its_organ(content, end, start):
        return replace(title, banner=before_furniture(content, start - 1))  # (its line, or two)
    if start == end or title.key != content[start].key + content[end].key or not is_org_only(content[start].key) \
            or not names_the_organs_place(content, end):
        return title
    return replace(title, start=end, key=content[end].key, banner=start)


def entry_of_contents(content: list[Line], nxt: int) -> bool:
    """Under a title, the leader to its page on a line of its own (after its 文号, perhaps), and
    then no 主送 nor a sentence: a contents entry (a document's stray ……3 over its 主送 is not)."""
    for k in range(nxt, min(nxt + 2, len(content))):
        if is_leader_and_page(content[k]):  # (the 文号 printed under the title, then the leader)
            below = content[k + 1] if k + 1 < len(content) else None
            return below is None or not (is_recipients(below.key) or "。" in below.key)
    return False


def entry_under_the_number(content: list[Line], nxt: int) -> bool:
    """A 令's number under its name (县政府令 / 第5号) over the rule's entry with its leader and page
    (青溪县物业管理办法……1), as the contents print a 令: a contents entry, not the 令's header."""
    k = nxt + 1
    return k < len(content) and (toc_page(content[k].text, content[k].key) is not None or is_leader_and_page(content[k]))


__all__ = ["contents_entries", "contents_titles", "entry_of_contents", "entry_under_the_number", "dated_under_its_organ", "listed_start", "names_the_organs_place", "organ_over_a_dated_title", "untyped_contents_titles", "untyped_item_stands"]
