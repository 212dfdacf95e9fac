"""The lines a document prints under its date and that belong to none of its blocks of text:
the 附注 (``（此件主动公开）``, the publicity ``信息公开选项：主动公开``, a contact in brackets, a
登记号 printed as a note) and the label of the 抄送 list. Judged on folded keys (see normalize.fold)."""

from __future__ import annotations

import re

from .datelines import CONTACT_NOTE
from .normalize import HAN, NAME_CHAR, NAME_HAN, fold, is_han_char, squeeze
from .patterns import ORG_LAST  # (the characters an organ's name ends with: 局, 室, 办, 委 …)

# The publication note and the publicity (公开属性) some print in its place.
# (本文件 only before the publicity's words: （本文件登记号：…） is the 登记号's note, REGISTRATION_NOTE)
_PUBLICITY_WORDS = r"(?:主动公开|公开发布|依申请公开|不予公开|不公开|删减后公开|全文公开|部分公开)"
_PUBLICATION_NOTE = re.compile(rf"\((?:(?:此件|本件)[^()]{{1,20}}|本文件{_PUBLICITY_WORDS}[^()]{{0,10}})\)")
# The same without its brackets, as a copy may print it: only the publicity's own words
# (此件主动公开, 本件公开发布), not a sentence that opens with 此件.
_BARE_PUBLICATION_NOTE = re.compile(rf"(?:此件|本件|本文件){_PUBLICITY_WORDS}。?")
# (the document named before the label, 本文件公开属性：主动公开; any of the publicity's words after it)
_PUBLICITY = re.compile(r"\(?(?:此件|本件|本文件)?(?:信息公开选项|信息公开形式|信息公开属性|公开属性|公开选项|公开方式|公开形式)"
                        rf":{_PUBLICITY_WORDS}\)?")


# The labels of a 抄送 list (抄报 to the organs above; 抄发 to the units below, as older documents
# print it; 分送 or 发送 where a 纪要 prints its distribution; 报送 to the organs above, as a 简报's or
# a 信息's 版记 prints it over its 发送 or 抄送), also naming what it lists (抄送单位：…, 抄送机关：…, 抄报单位：…).
CC_LABELS = ("抄送", "抄报", "抄发", "抄送单位", "抄送机关", "抄报单位", "分送", "发送", "报送")
_CC_OPENINGS = tuple(f"{label}:" for label in CC_LABELS)


def is_cc(key: str) -> bool:
    """The 抄送 list, opening with one of ``CC_LABELS`` and its colon (a folded key)."""
    return key.startswith(_CC_OPENINGS)


# The 抄送 list printed with a gap where its label's colon stands (抄送　县委办，县人大办，县政协办。):
# names after it, parted by commas or ending the list, no sentence (no colon after them).
_CC_GAPPED = re.compile(r"\s*抄\s*[送报](?:[ \u3000]+|\t+)[^\s:：，,。][^:：]*(?:[，,、；;]|。$)[^:：]*")


def cc_without_colon(text: str) -> bool:
    """A 抄送 line (its text, the gap kept) whose label a gap sets off, no colon after it:
    ``抄送　县委办，县人大办，县政协办。``, ``抄报  市人民政府办公室。``."""
    return _CC_GAPPED.fullmatch(text.rstrip()) is not None


# The 主题词 of an older document (GB/T 9704-1999), in its 版记 over the 抄送: a few words after
# the label, set apart by spaces (the key has lost them), no sentence.
_SUBJECT_WORDS = re.compile(r"主题词:[^,。;:()]{2,36}")


def is_subject_words(key: str) -> bool:
    """The 主题词 line of an older document's 版记: ``主题词：安全生产　春节　通知``. Not the label
    alone (a portal's empty field, 主题词：), nor a sentence that opens with the word
    (主题词：围绕乡村振兴，开展…)."""
    return key.startswith("主题词:") and bool(_SUBJECT_WORDS.fullmatch(key))


def is_note(key: str) -> bool:
    """附注 such as ``（此件主动公开）``, ``（本文件公开发布）``, or the publicity's words without the
    brackets (``此件主动公开``)."""
    return bool(_PUBLICATION_NOTE.fullmatch(key) or _BARE_PUBLICATION_NOTE.fullmatch(key))


# A 请示's or a 函's contact, the 附注 GB/T 9704 puts in brackets under the date:
# （联系人：李华，电话：0851-23456700）; after the publicity in the same brackets:
# （此件公开发布。联系人：王敏，联系电话：…）.
_CONTACT_NOTE = re.compile(CONTACT_NOTE)  # (the form a date line may end with too: datelines)


# The same contact without its brackets, as a web page or a careless hand prints it: a person
# and a telephone number, nothing else (联系人：张丽　　联系电话：0745-2345678; the key has lost the
# spaces between them).
# (a mobile's number after an office's, the gap between them lost: …7223456　13907451234; the person
# and the telephone under one label, 联系人及电话：周小平　0745-7223456)
_PHONE = r"[0-9()\-]{7,20}(?:[,/、]?[0-9()\-]{7,20}|1[3-9]\d{9})?"
_CONTACT_LINE = re.compile(r"联系人(?::(?:" + NAME_CHAR + "|·){2,6}[,;]?(?:联系|办公|手机)?(?:电话|手机)(?:号码)?:"
                           rf"|及(?:联系)?电话:[{NAME_HAN}·]{{2,6}}[,;]?){_PHONE}")


def is_contact_note(key: str) -> bool:
    """The contact in brackets, as a 附注 prints it: ``（联系人：李华，电话：…）`` (a note only
    under the date: a body may print its contact so, ``linekinds``)."""
    return bool(_CONTACT_NOTE.fullmatch(key))


# The labels of a contact's fields: a gap before one parts two fields (…发展和改革局　联系电话：…).
_CONTACT_LABEL = re.compile(r"^(?:联系人|联系电话|联系方式|联系单位|电话|手机|传真|邮箱|电子邮箱)[:：]")


def contact_note_text(text: str) -> str | None:
    """The text of a contact in brackets (``is_contact_note``) with a space kept where a gap stands
    before a field's label, the other gaps squeezed: ``（联系单位：县发展和改革局　联系电话：0739-8881234）``
    keeps the organ apart from the next label (squeezing the whole line runs them together), and
    ``（联系人：王　敏　　手机：…）`` is ``（联系人：王敏 手机：…）``. None for other text."""
    if not is_contact_note(fold(text)):
        return None
    words = text.split()
    return "".join((" " if k and (_CONTACT_LABEL.match(word) or organ_then_name(words[k - 1], word)
                                  or (is_han_char(words[k - 1][-1:]) and word[:1].isdigit())) else "") + word
                   for k, word in enumerate(words))  # (a name before a number: …医政股　0745-…, kept apart)


# Where a field's value opens, in the words before a gap (the organ's name after it).
_VALUE_START = re.compile(r"[:：,，;；、(（]")


def organ_then_name(before: str, after: str) -> bool:
    """Two names set apart by a gap in a contact, an organ's name before it (three characters or
    more, ending as an organ's does) and a name after it: ``联系人：县政府督查室　刘伟`` is
    ``县政府督查室 刘伟``. Not a person's name padded to three characters (``王　敏``: one
    character before the gap), nor a gap inside a number or after a label."""
    tail = _VALUE_START.split(before)[-1]
    return len(tail) >= 3 and tail[-1] in ORG_LAST and is_han_char(after[:1]) \
        and all(is_han_char(c) for c in tail)


# A 答复's or a 函's contact opening with the office that handles it, before its person and telephone
# on the line (联系单位：县教育局办公室　　联系人：周小平　　联系电话：…) or alone over them, a line each.
_CONTACT_UNIT = rf"联系单位:[{HAN}]{{3,30}}?"
_UNIT_ALONE = re.compile(_CONTACT_UNIT)
# (or the office and its telephone under one label: 联系单位及电话：县卫生健康局医政股　0745-7229900)
_UNIT_CONTACT_LINE = re.compile(rf"{_CONTACT_UNIT}[,;]?{_CONTACT_LINE.pattern}|联系单位及(?:联系)?电话:[{HAN}]{{3,30}}?[,;]?{_PHONE}")


def is_contact_unit(key: str) -> bool:
    """The office of a contact alone on a line: ``联系单位：县教育局办公室`` (a note only over
    its person and telephone, ``contact_lines_under``)."""
    return key.startswith("联系单位:") and bool(_UNIT_ALONE.fullmatch(key))


def contact_lines_under(keys: list[str], k: int) -> int:
    """How many lines from ``keys[k]`` on print one contact without brackets, as a 附注 does under
    the date: 1 for ``联系人：张丽　　联系电话：…`` or ``联系单位：…　联系人：…　联系电话：…`` alone,
    2 for the person over the telephone (联系人：王磊 / 联系电话：…) or the office over the
    person and telephone, 3 for the office, the person and the telephone a line each; 0 for
    other lines."""
    key = keys[k]
    if not key.startswith("联系"):
        return 0
    if is_contact_line(key) or (key.startswith("联系单位") and _UNIT_CONTACT_LINE.fullmatch(key)):
        return 1
    if is_contact_person(key):
        return 2 if k + 1 < len(keys) and is_contact_phone(keys[k + 1]) else 0
    if is_contact_unit(key) and k + 1 < len(keys):
        under = contact_lines_under(keys, k + 1)
        return under + 1 if under and not keys[k + 1].startswith("联系单位") else 0
    return 0


def contact_note_end(lines: list, kinds: list[str], i: int) -> int:
    """The last index of the note opening at ``lines[i]`` (``Line``s, their ``kinds``): the contact's
    last line where a contact is printed over lines read as notes (``contact_lines_under``), ``i``
    for any other note."""
    if not lines[i].key.startswith("联系"):
        return i
    end = i + max(contact_lines_under([line.key for line in lines[i:i + 3]], 0), 1) - 1
    return end if all(kinds[x] == "note" for x in range(i + 1, end + 1)) else i


def is_contact_line(key: str) -> bool:
    """A person and a telephone number alone on a line, without brackets:
    ``联系人：张丽　　联系电话：0745-2345678`` (the 附注 only right under the date, ``linekinds``;
    a body prints its contact so too)."""
    return key.startswith("联系人") and bool(_CONTACT_LINE.fullmatch(key))


# The same contact over two lines, the person over the telephone (联系人：王磊 / 联系电话：0739-1234567),
# as a 函's or a 请示's text extracted line by line prints it under the date.
_CONTACT_PERSON = re.compile(rf"联系人:(?:{NAME_CHAR}|·){{2,6}}")
_CONTACT_PHONE = re.compile(r"(?:联系|办公|手机)?(?:电话|手机)(?:号码)?:[0-9()\-]{7,20}(?:[,/][0-9()\-]{7,20})?")


def is_contact_person(key: str) -> bool:
    """A contact's person alone on a line, without brackets: ``联系人：王磊`` (a note only over
    its telephone's line, under the date: ``is_contact_phone``, ``linekinds``)."""
    return key.startswith("联系人:") and bool(_CONTACT_PERSON.fullmatch(key))


def is_contact_phone(key: str) -> bool:
    """A contact's telephone alone on a line: ``联系电话：0739-1234567``, ``电话：…``, ``手机：…``
    (a note only under its person's line, ``is_contact_person``)."""
    return ("电话" in key[:4] or "手机" in key[:4]) and bool(_CONTACT_PHONE.fullmatch(key))


def is_publicity(key: str) -> bool:
    """The 公开属性 as some print it in place of the 附注: ``信息公开选项：主动公开``,
    ``公开方式：主动公开``, ``（信息公开形式：主动公开）`` (a note only under the date: a body may
    quote the words, ``blocks``)."""
    return bool(_PUBLICITY.fullmatch(key))


_FIELD_GAP = re.compile(r"\s{2,}")


def fields_apart(text: str) -> str:
    """A line of labelled fields set apart by runs of spaces, each squeezed and kept apart by one
    space: ``联系人：王　敏　　联系电话：0851-23456789`` → ``联系人：王敏 联系电话：0851-23456789``
    (squeezing the whole line would run a field's value into the next label)."""
    return " ".join(squeeze(field) for field in _FIELD_GAP.split(text.strip()))


def contact_fields(text: str) -> str | None:
    """The text of a note that is a contact printed without brackets (``is_contact_line``) with its
    fields kept apart (``fields_apart``); None for other text."""
    key = fold(text)  # (a person's name before a number, one space between: 联系人及电话：周小平　0745-…)
    return fields_apart(_NAME_GAP.sub("  ", text)) if is_contact_line(key) or _UNIT_CONTACT_LINE.fullmatch(key) else None


_NAME_GAP = re.compile(rf"(?<=[{HAN}])[ \u3000]+(?=[0-9(（])")


# A 登记号 printed as a note after the date: ``（本文件登记号：WCDR-2024-01003）``.
REGISTRATION_NOTE = re.compile(r"^\((?:本文件|本件|此件)?(?:规范性文件)?(?:登记号|登记编号):?(?P<number>[^()]+)\)$")


__all__ = ["REGISTRATION_NOTE", "cc_without_colon", "contact_fields", "contact_lines_under", "contact_note_end", "contact_note_text", "fields_apart", "is_cc", "is_contact_line", "is_contact_note", "is_contact_unit", "is_note", "is_publicity"]
