"""Automatic English titles, rendered from the grammar of a Chinese document title.

A title is [issuer] [关于] subject [的] type [suffix]: 平江县人民政府办公室 关于 印发《X》 的 通知.
The English follows the official style: "Notice of the General Office of the Pingjiang County
People's Government on Issuing the X". The subject's leading verb is read by an ordered registry
of rules; the words are the glossary's, and what it lacks is given in Pinyin. Every rendering
made here is automatic: a curated translation, where there is one, always comes first.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..normalize import fold
from .glossary import Glossary, person_pinyin, tidy
from .names import authority_english

# Leading verbs of a subject, in order: the first that matches reads the subject.
SUBJECT_RULES: tuple[tuple[str, re.Pattern, str], ...] = tuple(
    (name, re.compile(pattern), english) for name, pattern, english in (
        ("issuing", r"印发(.+)", "Issuing {}"),
        ("forwarding", r"转发(.+)", "Forwarding {}"),
        ("publishing", r"(?:公布|发布|印发公布)(.+)", "Publishing {}"),
        ("establishing", r"(?:成立|设立)(.+)", "Establishing {}"),
        ("adjusting", r"调整(.+)", "Adjusting {}"),
        ("repealing", r"(?:废止|宣布失效|撤销)(.+)", "Repealing {}"),
        ("further_strengthening", r"进一步加强(.+)", "Further Strengthening {}"),
        ("strengthening", r"(?:切实)?加强(.+)", "Strengthening {}"),
        ("doing_well", r"(?:切实|认真)?做好(.+?)(?:工作)?", "Effectively Carrying Out {}"),
        ("carrying_out", r"(?:组织)?开展(.+)", "Carrying Out {}"),
        ("commending", r"表彰(.+)", "Commending {}"),
        ("approving", r"同意(.+)", "Approving {}"),
        ("implementing", r"(?:认真)?(?:贯彻落实|贯彻|落实)(.+)", "Implementing {}"),
        ("promoting", r"(?:加快)?(?:推进|促进|推动)(.+)", "Promoting {}"),
        ("prohibiting", r"(?:严禁|禁止)(.+)", "Prohibiting {}"),
        ("regulating", r"(?:进一步)?规范(.+)", "Regulating {}"),
    ))
# Subjects about people, whose object is a list of names rather than a phrase.
PEOPLE_RULES: tuple[tuple[str, re.Pattern, str], ...] = tuple(
    (name, re.compile(pattern), english) for name, pattern, english in (
        ("appointing", r"(.+?)同志(?:职务)?任免", "Appointment and Removal of {}"),
        ("appointing_to", r"任免(.+?)同志(?:职务)?", "Appointment and Removal of {}"),
    ))

# Parenthesised words after the type: （试行）, （征求意见稿）, （节选）.
SUFFIXES = {"试行": "Trial", "暂行": "Interim", "征求意见稿": "Draft for Comment", "节选": "Excerpt",
            "修订": "Revised", "草案": "Draft"}
# The 15 kinds of 公文 (党政机关公文处理工作条例) take "Type of Issuer on Subject"; other
# types (办法, 方案, 规定) are part of a name and read as a phrase.
OFFICIAL_TYPES = ("通知", "通告", "公告", "决定", "决议", "命令", "令", "公报", "意见", "通报", "报告",
                  "请示", "批复", "议案", "函", "纪要")
_TRAILING = re.compile(r"[（(]([^（）()]{1,8})[）)]$")
_NAMED = re.compile(r"《([^《》]+)》")


def _doc_type(text: str, glossary: Glossary) -> tuple[str, str | None]:
    """(the rest, the type's English) for the longest 公文 type the title ends with."""
    for i in range(max(0, len(text) - 6), len(text)):
        if any(text[i:].endswith(t) for t in OFFICIAL_TYPES):
            english = glossary.get(text[i:], "doc_type")
            if english:
                return text[:i], english
    return text, None


def _issuers(text: str, issuers: tuple[str, ...]) -> tuple[list[str], str]:
    """The issuers the title starts with, and the rest; joint issuers are printed one after
    another."""
    found: list[str] = []
    rest = text
    progress = True
    while progress:
        progress = False
        for name in sorted((fold(x) for x in issuers), key=len, reverse=True):
            if name and rest.startswith(name):
                found.append(name)
                rest = rest[len(name):].lstrip()
                progress = True
                break
    return found, rest


def render_title(title: str, issuers: tuple[str, ...], glossary: Glossary,
                 named: Callable[[str], str | None] = lambda _: None) -> str:
    """English for a document's title. ``named(text)`` gives a curated English for a title quoted
    in 《》 (an attachment's or another document's), or None."""
    text = re.sub(r"\s+", "", fold(title))
    suffixes: list[str] = []
    while (m := _TRAILING.search(text)):
        suffixes.insert(0, SUFFIXES.get(m.group(1)) or glossary.phrase(m.group(1))[0])
        text = text[:m.start()]
    whole = text
    text, type_en = _doc_type(text, glossary)
    if not type_en:
        english = glossary.phrase(whole)[0]
        return tidy(english + "".join(f" ({s})" for s in suffixes))
    text = text[:-1] if text.endswith("的") else text
    found, rest = _issuers(text, issuers)
    at = _about(rest)
    if at is not None:
        before, subject = rest[:at], rest[at + 2:]
        if before:
            found.append(before)
    else:
        subject = rest
    issuer_en = " and the ".join(authority_english(x, glossary)[0] for x in found)
    subject_en = render_subject(subject, glossary, named) if subject else ""
    english = type_en + (f" of the {issuer_en}" if issuer_en else "") + (f" on {subject_en}" if subject_en else "")
    english = english.replace("of the the ", "of the ")
    if suffixes:
        english += "".join(f" ({s})" for s in suffixes)
    return tidy(english)


def _about(text: str) -> int | None:
    """Where the title's own 关于 is: not one inside a quoted title (印发《关于…》)."""
    depth = 0
    for i, ch in enumerate(text):
        if ch == "《":
            depth += 1
        elif ch == "》":
            depth = max(0, depth - 1)
        elif depth == 0 and text.startswith("关于", i):
            return i
    return None


def _people(text: str) -> str:
    """Names of people (戴志辉、胡光志等同志): surname and given name in Pinyin."""
    others = text.endswith("等")
    names = [n for n in re.split(r"[、,，]", text[:-1] if others else text) if n]
    english = ", ".join(person_pinyin(n) for n in names)
    return english + (" and Others" if others else "")


def render_subject(subject: str, glossary: Glossary, named: Callable[[str], str | None]) -> str:
    for _, pattern, english in PEOPLE_RULES:
        m = pattern.fullmatch(subject)
        if m:
            return english.format(_people(m.group(1)))
    for _, pattern, english in SUBJECT_RULES:
        m = pattern.fullmatch(subject)
        if m:
            return english.format(render_object(m.group(1), glossary, named))
    return render_object(subject, glossary, named)


def render_object(text: str, glossary: Glossary, named: Callable[[str], str | None]) -> str:
    """A subject's object; a title quoted in 《》 is given its curated English where there is one."""
    quoted = _NAMED.findall(text)
    if quoted and "".join(f"《{q}》" for q in quoted) == text:  # 《A》 or 《A》《B》
        return " and ".join("the " + _quoted(q, glossary, named) for q in quoted)
    parts: list[str] = []
    last = 0
    for m in _NAMED.finditer(text):
        parts.append(glossary.phrase(text[last:m.start()])[0])
        parts.append(_quoted(m.group(1), glossary, named))
        last = m.end()
    parts.append(glossary.phrase(text[last:])[0])
    return tidy(" ".join(p for p in parts if p))


_ABOUT_NAME = re.compile(r"关于(.+)的([^的]{1,12})")


def _quoted(text: str, glossary: Glossary, named: Callable[[str], str | None]) -> str:
    """A quoted title: its curated English, or 关于 X 的 Y as "Y on X", or a phrase."""
    found = named(text)
    if found:
        return found
    m = _ABOUT_NAME.fullmatch(text)
    if m:
        return f"{glossary.phrase(m.group(2))[0]} on {render_subject(m.group(1), glossary, named)}"
    return glossary.phrase(text)[0]
