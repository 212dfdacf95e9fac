"""The 主送 (the addressees) where it is not a line of its own: wrapped over several lines, or
followed on its line by the body's first sentence; a letter's one person (张某某：)."""

from __future__ import annotations

import re

from .furniture import is_page_mark
from .model import Block, Line
from .normalize import NAME_HAN, fold
from .patterns import HAN, TERMINAL, doc_type_of, is_recipients, labelled_recipients
from .runs import page_mark_at


MAX_RECIPIENT_LINES = 4


def wrapped_recipients_end(lines: list[Line], kinds: list[str], i: int) -> int | None:
    """The last line of a 主送 that starts at ``i`` and wraps over up to four lines, each
    but the last without sentence-ending punctuation; None when it is not one."""
    if lines[i].key.startswith("主送"):
        return _labelled_end(lines, kinds, i)
    if lines[i].key.isdigit():
        return None  # (no 主送 opens with a number alone: the page's, over a salutation, 60 / 各位代表：)
    joined, prev = lines[i].key, lines[i].key
    furniture = 0  # a page break inside the 主送: its page number and running head skipped
    j = i
    while (j := j + 1) < min(len(lines), i + MAX_RECIPIENT_LINES + furniture):
        if page_mark_at(lines, j) and furniture < 3:
            furniture += 1  # (the lines the 主送 may take go on past it)
            continue
        if kinds[j] != "text" or prev.endswith(TERMINAL) or len(prev) > 80:
            return None
        prev = lines[j].key
        joined += prev
        if is_recipients(joined):
            return j
    return None


def _labelled_end(lines: list[Line], kinds: list[str], i: int) -> int | None:
    """The last line of a 主送 printed after its label and wrapped, each line but the last ending
    with the list's comma or 、 (主送：各乡镇人民政府，县自然资源局、…、县林业局、 / 县生态环境局、
    县住房和城乡建设局): no colon ends it, its names' words do (``labelled_recipients``). A page
    break inside it (its number, the running head) is passed over, as in an unlabelled 主送."""
    joined = lines[i].key
    furniture = 0  # a page break inside the 主送: its page number and running head skipped
    j = i
    while joined.endswith((",", "、")) and (j := j + 1) < min(len(lines), i + MAX_RECIPIENT_LINES + furniture):
        if page_mark_at(lines, j) and furniture < 3:
            furniture += 1
            continue
        if kinds[j] != "text":
            return None
        joined += lines[j].key
        if labelled_recipients(joined):
            return j
    return None


# An addressee of a 主送 list: an organ, a kind of unit, a place (各镇人民政府, 街道办事处,
# 县府直属各单位, 各村（社区）).
_ADDRESSEE = re.compile(r"(?:政府|办事处|单位|部门|机构|机关|委员会|管委会|局|委|办|中心|公司|企业|镇|乡|街道|社区|村)$")
_ADDRESSEE_PARTS = re.compile(r"[,、]")
_ADDRESSEE_PARTS_OCR = re.compile(r"[,、;]")  # (with the colon read as ;, the commas may be read so too)
_HEAD = re.compile(r"^(?P<head>[^:;。]{2,80}?:)(?=\S)")


def recipients_then_text(line: Line) -> tuple[str, str] | None:
    """(the 主送, the text after it) of a line that prints the addressees and then, after their
    colon, the body's first sentence: ``各镇人民政府、街道办事处，县府直属各单位：“五一”劳动节将至，…``.
    Each name before the colon must be an addressee's (not a sentence's words before a colon:
    为做好…工作，现通知如下：)."""
    m = _HEAD.match(line.key)
    if m is None or not is_recipients(m.group("head")):
        return None
    names = [_BRACKETED.sub("", name) for name in _ADDRESSEE_PARTS.split(m.group("head")[:-1])]
    if not all(name and _ADDRESSEE.search(name) for name in names):
        return None
    text = line.text.strip()
    colon = next(k for k, char in enumerate(text) if char in ":：") + 1
    if fold(text[:colon]) != m.group("head"):
        return None  # (markup or spacing the key has folded away: the split is not sure)
    return text[:colon], text[colon:].strip()


_BRACKETED = re.compile(r"\([^()]*\)$")  # 各乡镇人民政府（街道办事处）: the name before the brackets


def wrapped_recipients_then_text(lines: list[Line], kinds: list[str], i: int) -> tuple[int, str, str] | None:
    """(the index of its last line, that line's 主送 words, the text after them) of a 主送 that
    starts at ``i``, wraps onto the next line or two and is followed on its last line, after its
    colon, by the body's first sentence (``各乡镇人民政府，县直`` / ``各单位：为深入推进…``); None when
    it is not one. The lines over the last hold no sentence's end nor a colon, and every name of the
    whole (``recipients_then_text``) is an addressee's."""
    if ":" in lines[i].key or lines[i].key.endswith(TERMINAL) or len(lines[i].key) > 80:
        return None  # (asked of the body's first line only)
    joined = lines[i].key
    for j in range(i + 1, min(len(lines), i + MAX_RECIPIENT_LINES)):
        if kinds[j] != "text" or lines[j].place != lines[j - 1].place + 1:
            return None
        key = lines[j].key
        if ":" in key:
            m = _HEAD.match(joined + key)
            if m is None or not is_recipients(m.group("head")) or len(m.group("head")) <= len(joined):
                return None
            names = [_BRACKETED.sub("", name) for name in _ADDRESSEE_PARTS.split(m.group("head")[:-1])]
            text = lines[j].text.strip()
            colon = next(k for k, char in enumerate(text) if char in ":：") + 1
            if not all(name and _ADDRESSEE.search(name) for name in names) or not text[colon:].strip() \
                    or joined + fold(text[:colon]) != m.group("head"):
                return None  # (a sentence's words before the colon; nothing after it; markup folded away)
            return j, text[:colon], text[colon:].strip()
        if key.endswith(TERMINAL) or len(key) > 80:
            return None
        joined += key
    return None


def recipients_without_colon(key: str) -> bool:
    """The body's first line names the addressees but its colon was lost (OCR, a text layer):
    ``各乡镇人民政府，县直有关单位``. Every name an addressee's (各乡镇人民政府, 县直各单位, 县商务局),
    and two names at least or one opening with 各 (a name alone, 县商务局, may be a line of anything
    else); nothing after them. Or its colon read as a semicolon, a scanned page's OCR reading the
    colon's dots as ; and the comma between the names as ；too (各乡镇人民政府；县直各单位;)."""
    if key.endswith(";"):
        key = key[:-1]
        parts = _ADDRESSEE_PARTS_OCR.split(key)
    else:
        parts = _ADDRESSEE_PARTS.split(key)
    if not key or key[-1] in ":。;,、" or len(key) > 80 or not is_recipients(key + ":"):
        return False
    names = [_BRACKETED.sub("", name) for name in parts]
    return all(name and _ADDRESSEE.search(name) for name in names) and (len(names) >= 2 or key.startswith("各"))


# The 文种 that speak to no one by name: a 通告 or 公告 to the public, a 令, a 公报, a 纪要.
_UNADDRESSED = frozenset({"通告", "公告", "令", "命令", "公报", "纪要", "决议", "议案"})


def addressed(blocks: list[Block]) -> bool:
    """The document whose blocks these are (its title among them) is of a 文种 that has a 主送:
    a 通知, 批复, 函 … — not a 通告 or 纪要, nor an item with no 文种 (an interpretation, 《…》政策解读,
    whose organs under the title are its authors: 县财政局、县税务局)."""
    title = next((b for b in reversed(blocks) if b.kind == "title"), None)
    kind = doc_type_of(fold(title.text)) if title is not None else None
    return kind is not None and kind not in _UNADDRESSED


# A letter to one person (a 函 answering a petition, a 复议's reply): the name, maybe with 同志,
# 先生 or 女士, and a colon, the body's first sentence under it speaking to him (你…, 您…).
# (not many: 同学们：, 同志们： over 你们好！ greet a speech's hearers)
_PERSON = re.compile(rf"(?![{HAN}]*们:)[{NAME_HAN}]{{2,4}}(?:同志|先生|女士)?:")


def person_addressed(lines: list[Line], i: int) -> bool:
    """``lines[i]``, the body's first line, is the one person a letter is addressed to
    (``王某某同志：`` over ``您于2024年5月10日提交的…``)."""
    nxt = next((x for x in lines[i + 1:] if not is_page_mark(x)), None)
    return bool(_PERSON.fullmatch(lines[i].key)) and nxt is not None and nxt.key.startswith(("你", "您"))
