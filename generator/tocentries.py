"""Where an entry of the issue's contents opens and where it ends, its page aside: a line that
opens an entry, entries numbered 1. 2. 3. that end at the next number or at the contents' end."""

from __future__ import annotations

import re

from dataclasses import replace

from .headerlines import is_notice_banner
from .model import Line, TocEntry
from .normalize import HAN, fold
from .patterns import DOC_TYPES, doc_type_of, is_org_only, issuer_type_title, regulation_of, title_start
from .toclines import without_day


def starts_entry(line: Line, nxt: Line | None = None) -> bool:
    """The line opens an entry (after one that is whole): numbered, a title naming its issuer
    (after a bullet too: ·南浦县人民政府关于…的通知), or a regulation's name alone
    (南浦县集贸市场管理暂行办法, the rule the 令 over it promulgates); or an organ alone over a title
    that names none (``nxt``: 南浦县人民政府办公室 / 关于…的通知, the issuer of the entries under it); or
    a title whose issuers the wrap cut inside a name (南浦县人民政府办公室　南浦县 / 财政局关于…)."""
    raw = line.text.strip()
    key = line.key.lstrip(_BULLETS)  # (·南浦县人民政府关于…: a portal's list, each title after a dot)
    if nxt is not None and nxt.key.startswith("关于") and is_org_only(key):
        return True
    if nxt is not None and len(words := raw.split()) >= 2 and not title_start(key) and is_org_only(fold(words[0])) \
            and title_start(key + nxt.key):
        return True  # (its issuers the wrap cut inside a name: 南浦县人民政府办公室　南浦县 / 财政局关于…的通知)
    if key.endswith(")"):  # (南浦县人民政府令（第5号）, …公告（2024年第1号）, its day after it: …（2024年3月5日）)
        key = _ORDER_NUMBER.sub("", without_day(key))
    return (bool(re.match(r"^(?:[-*+]\s+|\d{1,3}\s*[.、．]|[(（]\d{1,3}[)）]|[①-⑳])", raw)) or title_start(key)
            or issuer_type_title(key) or regulation_of(key) is not None)


# A 令's or 公告's number in brackets after its title: （第5号）, （2024年第1号）, （〔2024〕第1号）.
_ORDER_NUMBER = re.compile(r"\((?:(?:19|20)\d{2}年|\((?:19|20)\d{2}\))?第[\d一二三四五六七八九十百零〇]{1,5}号\)$")


_BULLETS = ".•●"  # (as the key folds them: · and ・ are .)


_ENTRY_NUMBER = re.compile(r"^\s*(?:(\d{1,3})\s*[.、．]|[(（]\s*(\d{1,3})\s*[)）]|([①-⑳]))")


def _entry_number(text: str) -> int | None:
    """The number an entry opens with: 1. 1、 （1） ①."""
    m = _ENTRY_NUMBER.match(text)
    if m is None:
        return None
    return int(m.group(1) or m.group(2)) if m.group(3) is None else ord(m.group(3)) - ord("①") + 1


def numbered_next(first: Line, line: Line) -> bool:
    """Entries numbered 1. 2. 3. (or （1） （2）, ① ②): ``line`` opens with the number after the one the
    pending entry's ``first`` line opens with (6.《…》政策解读 / 7.…的批复), so that entry has ended though
    it does not end as a title with its 文种 does."""
    a, b = _entry_number(first.text), _entry_number(line.text)
    return a is not None and b is not None and b == a + 1


def last_numbered(lines: list[Line], entries: list[TocEntry], pending: list[Line]) -> bool:
    """The contents' last entry numbered after the entry above, no page (3.…的通知 / 三、政策解读 /
    4.《…》政策解读, then the first document): whole, though it does not end as a title with its
    文种 does (three lines at most: an entry's title wrapped, no more). ``lines``: the contents'."""
    if not entries or len(pending) > 3:
        return False
    above = next((line for line in lines if line.no == entries[-1].first), None)
    return above is not None and numbered_next(above, pending[0])


def notices_under_banners(entries: list[TocEntry]) -> tuple[TocEntry, ...]:
    """A 通告 listed as it is printed: its banner (某县人民政府通告) and number, then its subject
    (关于…的通告) on the next line: one entry, titled by the subject, with the banner's number.
    A subject naming an issuer names the banner's (某县人民政府关于…): under a banner-titled 通告,
    another organ's 通告 (某县公安局关于…的通告) is an entry of its own."""
    out: list[TocEntry] = []
    for entry in entries:
        above = out[-1] if out else None
        key = fold(entry.title)
        if above is not None and entry.first == above.last + 1 and entry.doc_number is None \
                and above.page is None and above.section == entry.section and is_notice_banner(fold(above.title)) \
                and title_start(key) and doc_type_of(key) == "通告" and _subject_of(fold(above.title), key):
            out[-1] = replace(entry, doc_number=above.doc_number,
                              registration_number=above.registration_number or entry.registration_number,
                              first=above.first)
        else:
            out.append(entry)
    return tuple(out)


def _subject_of(banner: str, key: str) -> bool:
    """The subject ``key`` under a 通告's ``banner``: 关于…, or the banner's issuer's title."""
    issuer = banner[:-2]  # (a folded key: no spaces)
    return key.startswith("关于") or (bool(issuer) and key.startswith(issuer + "关于"))


def issuer_over_entries(entries: tuple[TocEntry, ...], keys: dict[int, str]) -> tuple[TocEntry, ...]:
    """Contents grouped under an issuer printed on a line of its own (南浦县人民政府 over several
    关于…的通知 entries): the issuer read into the first entry's title (its first line, ``keys``:
    the contents' folded lines by number) is each entry's under it, up to an entry naming its own
    issuer or another section."""
    out: list[TocEntry] = []
    issuer: str | None = None  # the group's issuer, as printed in the first entry's title
    for entry in entries:
        at = entry.title.find("关于")
        org = keys.get(entry.first, "")
        if entry.first < entry.last and at > 0 and is_org_only(org) and fold(entry.title).startswith(org + "关于"):
            issuer = entry.title[:at]  # 南浦县人民政府 / 关于…的通知……1: the group opens
        elif issuer is not None and at == 0 and out and out[-1].section == entry.section:
            entry = replace(entry, title=issuer + entry.title)
        else:
            issuer = None
        out.append(entry)
    return tuple(out)


# A title's 文种, which the organ that issues it may follow, a leader or a gap between or none
# (关于…的通知……南浦县人民政府, 关于…的通知 / 　　南浦县人民政府……3).
_TYPE = re.compile("|".join(DOC_TYPES))
_FILL = " \u3000\t.．·・…⋯‥_-—－"


def issuer_after_title(text: str) -> str:
    """An entry's text (its page taken off) that prints the organ issuing it after its title
    (``关于…的通知……南浦县人民政府``, or the organ on the line under the title, with the page): the
    title as the document prints it, the organ first (``南浦县人民政府关于…的通知``); any other as it is."""
    words = text.strip()
    if not words.startswith("关于") or doc_type_of(fold(words)):
        return text
    for m in reversed(list(_TYPE.finditer(words))):  # (the last 文种 the organ follows: …意见的通知……县财政局)
        organ = words[m.end():].strip(_FILL)
        if organ and len(organ) <= 40 and is_org_only(fold(organ)):
            return organ + words[:m.end()]
    return text


# The 令 that promulgates a rule, in brackets under the rule's entry: （县政府令第5号）, （青溪县人民政府令
# 第5号）, （2024年第1号）.
_ORDER_UNDER = re.compile(rf"\((?:[{HAN}]{{2,20}}令)?(?:(?:19|20)\d{{2}}年)?第?[\d一二三四五六七八九十百零〇]{{1,5}}号\)")


def order_under_the_rule(key: str, previous: TocEntry) -> bool:
    """A line under a rule's entry (…办法……1) naming in brackets the 令 that promulgates it, with
    its number: the entry's own line, not an entry (the rule's entry names the 令 it is printed in)."""
    return key.startswith("(") and _ORDER_UNDER.fullmatch(key) is not None and bool(regulation_of(fold(previous.title)))


__all__ = ["issuer_after_title", "order_under_the_rule", "issuer_over_entries", "last_numbered", "notices_under_banners", "numbered_next", "starts_entry"]
