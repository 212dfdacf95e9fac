"""Automatic English titles, rendered from the grammar of a Chinese document title.

A title is [issuer…] [关于] subject [的] type [(suffix)]: 平江县人民政府办公室 关于 印发《X》 的 通知.
The English follows the official style: "Notice of the General Office of the Pingjiang County
People's Government on Issuing the X". The issuers are the names the title starts with (those the
parser found, else what stands before 关于 or before a leading 印发/转发); the subject's leading
verb is read by an ordered registry of rules; a title quoted in 《》, 〈〉 or <> is rendered in turn
(its curated English when there is one). Words come from the glossary, and what it lacks is
given in Pinyin. Every rendering made here is automatic: a curated translation comes first.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..identifiers import chinese_small_number
from ..normalize import fold
from .glossary import Glossary, tidy
from .pinyin import person_pinyin
from .names import authority_english, split_authorities
from . import titleforms

Named = Callable[[str], "str | None"]

# Verbs after 同意 or 申请 whose English is a noun taking an object: the Issuance of ….
_ACTIONS = "收回|发行|出让|转让|划拨|处置|延期"
# Leading verbs of a subject, in order: the first that matches reads the subject.
SUBJECT_RULES: tuple[tuple[str, re.Pattern, str], ...] = tuple(
    (name, re.compile(pattern), english) for name, pattern, english in (
        ("issuing_and_publishing", r"印发公布(.+)", "Issuing and Publishing {}"),
        ("issuing", r"印发(.+)", "Issuing {}"),
        ("approving_forwarding", r"批转(.+)", "Approving and Forwarding {}"),
        ("forwarding", r"转发(.+)", "Forwarding {}"),
        ("publishing", r"(?:公布|发布)(.+)", "Publishing {}"),
        ("approving_establishment", r"同意(?:设立|成立)(.+)", "Approving the Establishment of {}"),
        # 使用 of 使用权 is a noun (同意收回国有建设用地使用权: the rights are the object).
        ("approving_use", r"同意(.+?)(?:动用|使用(?!权))(.+)", "Approving the Use of the {1} by the {0}"),
        ("approving_renaming_as", r"同意(.+?)更名为(.+)", "Approving the Renaming of {} as {}"),
        ("approving_renaming", r"同意(.+?)更名", "Approving the Renaming of {}"),
        ("approving_convening", r"同意(?:召开|举办)(.+)", "Approving the Holding of {}"),
        # A verb whose English is a noun takes its object (同意收回…使用权: the Recovery of …).
        ("approving_action", rf"同意({_ACTIONS})(.+)", "Approving the {} of {}"),
        ("approving", r"同意(.+)", "Approving {}"),
        ("applying_inclusion", r"申请将(.+?)(?:纳入|列入)(.+)", "Applying for the Inclusion of {} in {}"),
        ("applying_designation", r"申请将(.+?)(?:列为|确定为|认定为)(.+)", "Applying for {} to Be Designated as {}"),
        ("including", r"将(.+?)(?:纳入|列入)(.+)", "Including {} in {}"),
        ("designating", r"将(.+?)(?:列为|确定为|认定为)(.+)", "Designating {} as {}"),
        ("applying_action", rf"申请({_ACTIONS})(.+)", "Applying for the {} of {}"),
        ("applying", r"申请(.+)", "Applying for {}"),
        ("submitting_for_deliberation", r"提请(?:审议|审查)(.+)", "Submitting {} for Deliberation"),
        ("requesting_support", r"(?:商请|请求|恳请|提请)(?:给予)?支持(.+)", "Requesting Support for {}"),
        ("requesting_solution", r"(?:商请|请求|恳请|提请)(?:协调)?解决(.+)", "Requesting Resolution of {}"),
        ("requesting", r"(?:商请|请求|恳请|提请)(.+)", "Requesting {}"),
        ("submitting", r"(?:报送|上报|报请)(.+)", "Submitting {}"),
        ("subscribing", r"征订(.+)", "Subscriptions to {}"),
        # 编制 leading a subject is the verb (编制2026年部门预算); 编制管理, 编制外 are the noun.
        ("preparing", r"编制(?!管理|外|内|人员|数|和|及|情况|的)(.+)", "Preparing {}"),
        ("studying", r"研究(?:解决)?(.+)", "Studying {}"),
        # 发展 leading a subject is the verb (发展普惠托育服务); 发展改革, 发展规划, 发展对象 the noun.
        ("developing", r"发展(?!和|改革|规划|对象|党员|中|情况|的|壮大|与)(.+)", "Developing {}"),
        # 任免…职务 without a named person: the posts (任免县人民政府组成部门负责人职务).
        ("appointing_and_removing_posts", r"任免(?!.*同志)(.+?)(?:的)?职务", "Appointment and Removal of {}"),
        ("declaring_invalid", r"宣布(.+?)(?:失效|废止)", "Declaring {} Invalid"),
        ("establishing", r"(?:成立|设立|建立(?!健全))(.+)", "Establishing {}"),
        ("adjusting_members", r"调整(.+?)(?:组成人员|(?:组成)?成员)(?:名单)?", "Adjusting the Members of {}"),
        ("adjusting", r"调整(.+)", "Adjusting {}"),
        ("abolishing_and_establishing", r"撤销(.+?)(?:并)?(?:设立|建立)(.+)", "Abolishing {} and Establishing {}"),
        ("abolishing", r"撤销(.+)", "Abolishing {}"),
        ("repealing_and_declaring_invalid", r"废止(?:和|并)宣布失效(.+)", "Repealing and Declaring Invalid {}"),
        ("repealing", r"(?:废止|宣布失效)(.+)", "Repealing {}"),
        ("further_strengthening", r"进一步加强(.+)", "Further Strengthening {}"),
        ("strengthening", r"(?:切实)?加强(.+)", "Strengthening {}"),
        # …有关工作 keeps its 工作 (Relevant Work, not Relevant).
        ("doing_well", r"(?:切实|认真)?做好(.+?)(?:(?<!有关)(?<!相关)工作)?", "Effectively Carrying Out {}"),
        ("carrying_out", r"(?:组织)?开展(.+)", "Carrying Out {}"),
        ("commending", r"表彰(.+)", "Commending {}"),
        ("implementing", r"(?:认真)?(?:贯彻落实|贯彻|落实)(.+)", "Implementing {}"),
        ("accelerating_development", r"加快发展(.+)", "Accelerating the Development of {}"),
        ("accelerating", r"加快(?:推进)?(.+)", "Accelerating {}"),
        ("further_promoting", r"进一步(?:推进|促进|推动)(.+)", "Further Promoting {}"),
        ("promoting", r"(?:推进|促进|推动)(.+)", "Promoting {}"),
        ("prohibiting", r"(?:严禁|禁止)(.+)", "Prohibiting {}"),
        ("further_regulating", r"进一步规范(.+)", "Further Regulating {}"),
        ("regulating", r"规范(.+)", "Regulating {}"),
    ))
# Subjects about people, whose object is a list of names: (name, pattern, English); the first
# group holds the names, a second group (when there is one) the post.
PEOPLE_RULES: tuple[tuple[str, re.Pattern, str], ...] = tuple(
    (name, re.compile(pattern), english) for name, pattern, english in (
        ("appointing_and_removing", r"(?:任免)?(.+?)同志(?:职务)?任免(?:职务)?|任免(.+?)同志(?:职务)?",
         "Appointment and Removal of {}"),
        # 陈志强同志试用期满正式任职: a post held on probation, confirmed.
        ("confirming", r"(.+?)同志(?:试用期满|试用期届满)(?:正式)?任职",
         "Confirmation of the Appointment of {} after Probation"),
        ("appointing_as", r"任命(.+?)同志为(.+)", "Appointment of {} as {}"),
        ("appointing", r"(?:任命)?(.+?)同志(?:职务)?任职|任命(.+?)同志(?:职务)?", "Appointment of {}"),
        ("removing_from", r"免去(.+?)同志(?:的)?(.+?)职务", "Removal of {} from the Post of {}"),
        ("removing", r"(.+?)同志免职|免去(.+?)同志(?:职务)?", "Removal of {}"),
        ("engaging", r"聘(?:任|请)(.+?)(?:同志)?为(.+)", "Engaging {} as {}"),
    ))

# The 15 kinds of 公文 (党政机关公文处理工作条例) take "Type of Issuer on Subject"; other
# types (办法, 方案, 规定) are part of a name and read as a phrase.
OFFICIAL_TYPES = ("通知", "通告", "公告", "决定", "决议", "命令", "令", "公报", "意见", "通报", "报告",
                  "请示", "批复", "议案", "函", "纪要")
# 令 is a type after its issuer (人民政府令, 县长令), elsewhere a word of a name (禁火令).
_ORDER_ISSUER = re.compile(r"(?:政府|委员会|长|局|厅|部)$")
_QUOTED = re.compile(r"《((?:[^《》]|《[^《》]*》)+)》|〈([^〈〉]+)〉|<([^<>]+)>")
_VERB_FIRST = re.compile(r"(?:印发|批转|转发|公布|发布)")
_NUMBER_SUFFIX = re.compile(r"第\s*\d+\s*号$")


def _quotes(text: str) -> list[re.Match]:
    return list(_QUOTED.finditer(text))


def _inner(m: re.Match) -> str:
    return next(g for g in m.groups() if g is not None)


def _trailing_group(text: str) -> tuple[str, str] | None:
    """(the rest, the words) of a parenthesised group the title ends with; nested groups (a
    document number's 〔〕, folded to brackets) stay inside."""
    if not text.endswith(")"):
        return None
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        if text[i] == ")":
            depth += 1
        elif text[i] == "(":
            depth -= 1
            if depth == 0:
                return (text[:i], text[i + 1:-1]) if i > 0 else None
    return None


def _doc_type(text: str, glossary: Glossary) -> tuple[str, str | None]:
    """(the rest, the type's English) for the longest 公文 type the title ends with."""
    for i in range(max(0, len(text) - 6), len(text)):
        tail = text[i:]
        if not any(tail.endswith(t) for t in OFFICIAL_TYPES):
            continue
        if tail == "令" and not _ORDER_ISSUER.search(text[:i]):
            continue
        english = glossary.get(tail, "doc_type")
        if english:
            return text[:i], english
    return text, None


def _issuers(text: str, issuers: tuple[str, ...]) -> tuple[list[str], str]:
    """The issuers the title starts with, and the rest. A name counts only where it ends at a
    boundary (another issuer, 关于, a leading verb, or the end): 湘阴县人民政府 is not the start
    of 湘阴县人民政府办公室."""
    names = sorted({fold(x) for x in issuers if x}, key=len, reverse=True)
    found: list[str] = []
    rest = text
    while True:
        for name in names:
            after = rest[len(name):]
            if rest.startswith(name) and (not after or after.startswith("关于") or _VERB_FIRST.match(after)
                                          or any(after.startswith(x) for x in names)):
                found.append(name)
                rest = after
                break
        else:
            return found, rest


def _about(text: str) -> int | None:
    """Where the title's own 关于 is: not one inside a quoted title (印发《关于…》)."""
    depth = 0
    for i, ch in enumerate(text):
        if ch in "《〈<":
            depth += 1
        elif ch in "》〉>":
            depth = max(0, depth - 1)
        elif depth == 0 and text.startswith("关于", i):
            return i
    return None


def _split_issuer(text: str) -> tuple[str, str]:
    """(issuers, subject) of a title the parser's issuers do not start: what stands before 关于,
    or before a leading 印发/转发 of an issuer that prints its verb first."""
    at = _about(text)
    verb = _VERB_FIRST.search(text)
    if verb and verb.start() == 0:
        return "", text
    if verb and (at is None or verb.start() < at) and verb.start() > 0 and not _about(text[:verb.start()]):
        before = text[:verb.start()]
        if not _QUOTED.search(before):
            return before, text[verb.start():]
    if at is not None:
        return text[:at], text[at + 2:]
    return "", text


def render_title(title: str, issuers: tuple[str, ...], glossary: Glossary, named: Named = lambda _: None) -> str:
    """English for a document's title. ``issuers`` are the names the parser read (a hint: the
    title itself decides); ``named(text)`` gives a curated English for a quoted title, or None."""
    text = re.sub(r"\s+", "", fold(title))
    suffixes: list[str] = []
    while (group := _trailing_group(text)) and len(group[1]) <= 40:
        text, words = group
        number = re.fullmatch(r"[一二三四五六七八九十]{1,3}", words)  # 通知（二）: the second part
        suffixes.insert(0, str(chinese_small_number(words)) if number else glossary.phrase(words)[0])
    whole = text
    number = _NUMBER_SUFFIX.search(text)
    if number and text[:number.start()].endswith("令"):  # 湘阴县人民政府令第3号
        suffixes.insert(0, glossary.phrase(number.group(0))[0])
        text = text[:number.start()]
    speech = _SPEECH.fullmatch(text)
    if speech:  # 在全县经济工作会议上的讲话 → Speech at the County-Wide Economic Work Conference
        speaker, event, kind = speech.groups()
        by = f" by {glossary.phrase(speaker)[0]}" if speaker else ""
        return tidy(f"{_SPEECHES[kind]}{by} at the {glossary.phrase(event)[0]}" + "".join(f" ({s})" for s in suffixes))
    if (answered := titleforms.answers(text, glossary, named)) is not None:
        return tidy(answered + "".join(f" ({s})" for s in suffixes))
    text, type_en = _doc_type(text, glossary)
    if type_en and _about(text) is None and _term_across(whole, len(text), glossary):
        type_en = None  # 政府工作报告: the type is the last word of a term, and the title a name
    if not type_en and (name := _named_type(text, glossary)):
        text, type_en = name
    if not type_en:
        return tidy(render_object(whole, glossary, named) + "".join(f" ({s})" for s in suffixes))
    text = text[:-1] if text.endswith("的") else text
    found, rest = _issuers(text, issuers)
    if found and rest.startswith("关于"):
        rest = rest[2:]
    elif not found or _about(rest) is not None or _VERB_FIRST.match(rest):
        before, rest = _split_issuer(rest)
        found += split_authorities(before, glossary) if before else []
    issuer_en = " and the ".join(_without_article(authority_english(x, glossary)[0]) for x in found)
    if (rest and not found and _about(fold(title)) is None
            and not any(p.fullmatch(rest) for _, p, _ in SUBJECT_RULES + PEOPLE_RULES)):
        # No issuer, no 关于 and no verb: the words name what the type is of (常务会议纪要).
        return tidy(f"{type_en} of the {glossary.phrase(rest)[0]}" + "".join(f" ({s})" for s in suffixes))
    subject_en = render_subject(rest, glossary, named, type_en) if rest else ""
    english = type_en + (f" of the {issuer_en}" if issuer_en else "") + (f" on {subject_en}" if subject_en else "")
    return tidy(english + "".join(f" ({s})" for s in suffixes))


# A speech's title: [speaker] 在 event 上的 讲话.
_SPEECHES = {"讲话": "Speech", "发言": "Remarks", "致辞": "Address", "讲稿": "Speech", "工作报告": "Work Report",
             "报告": "Report"}
_SPEECH = re.compile(rf"(.*?)在(.+?)上的({'|'.join(sorted(_SPEECHES, key=len, reverse=True))})")


def _named_type(text: str, glossary: Glossary) -> tuple[str, str] | None:
    """(the rest, the English) of a title whose type is a name rather than a 公文, read as its type:
    [issuer] 关于 subject 的 name, the name a term the glossary holds whole (…关于推行证明事项告知承诺制
    的实施方案 → Implementation Plan of the … on Introducing …; …的若干措施 → Several Measures of …).
    Not a 的 inside a quoted title, nor a name the glossary lacks."""
    at = _about(text)
    k = text.rfind("的")
    if at is None or k < at + 2 or not 1 <= len(text) - k - 1 <= 8:
        return None
    name = text[k + 1:]
    if _QUOTED.search(name) or any(c in name for c in "《》〈〉<>"):
        return None
    english, automatic = glossary.phrase(name)
    return (text[:k + 1], english) if not automatic else None


def _term_across(text: str, at: int, glossary: Glossary) -> bool:
    """Whether a glossary term ends where ``text`` does and starts before ``at``."""
    return any(glossary.get(text[k:], "term") for k in range(max(0, at - 12), at))


def _without_article(text: str) -> str:
    return text[4:] if text.startswith("the ") else text


def _people(text: str) -> str:
    """Names of people (戴志辉、胡光志等): surname and given name in Pinyin."""
    others = text.endswith("等")
    names = [n for n in re.split(r"[、,，]", text[:-1] if others else text) if n]
    english = ", ".join(person_pinyin(n) for n in names)
    return english + (" and Others" if others else "")


def render_subject(subject: str, glossary: Glossary, named: Named, kind: str | None = None) -> str:
    """A subject read by its leading verb; ``kind`` is the English of the title's type, which a
    forwarded title without its own type shares (转发…关于Y的通知)."""
    for _, pattern, english in PEOPLE_RULES:
        m = pattern.fullmatch(subject)
        if m:
            groups = [g for g in m.groups() if g is not None]
            people = _people(groups[0])
            if len(groups) > 1:
                return english.format(people, render_object(groups[1], glossary, named))
            return english.format(people)
    subject = subject[1:] if subject.startswith("对") else subject  # 关于对…实行 → on …
    for name, pattern, english in SUBJECT_RULES:
        m = pattern.fullmatch(subject)
        if m:
            if name == "publishing" and (found := titleforms.listed(m.group(1), glossary, named)):
                return english.format(found)
            if name in _FORWARDING and (found := titleforms.forwarded(
                    m.group(1), glossary, named, (kind or "Document") if name == "forwarding" else "Document")):
                return english.format(found)
            return english.format(*(render_object(g, glossary, named) for g in m.groups()))
    return titleforms.issuers_document(subject, glossary, named) or render_object(subject, glossary, named)


_FORWARDING = ("approving_forwarding", "forwarding")


def render_object(text: str, glossary: Glossary, named: Named) -> str:
    """A subject's object: quoted titles rendered in turn, the rest word by word; a forwarded
    title (X关于Y的意见) read as a title."""
    quoted = _quotes(text)
    if not quoted and text.endswith("领导小组") and (group := titleforms.leading_group(text, glossary, named)):
        return group
    if quoted and "".join(m.group(0) for m in quoted) == text:  # 《A》 or 《A》《B》
        return " and ".join("the " + _quoted(_inner(m), glossary, named) for m in quoted)
    if not quoted and _about(text) is not None and _doc_type(text, glossary)[1]:
        return "the " + render_title(text, (), glossary, named)
    others = _AND_OTHERS.fullmatch(text)
    if others and _count(others.group(2)) > 1:
        return _and_others(others, glossary, named)
    parts: list[str] = []
    last = 0
    for m in quoted:
        parts.append(glossary.phrase(text[last:m.start()])[0])
        parts.append(("the " if m.start() == 0 else "") + _quoted(_inner(m), glossary, named))
        last = m.end()
    parts.append(glossary.phrase(text[last:])[0])
    return tidy(" ".join(p for p in parts if p))


# 《A》等两个规范性文件, 县水务局等三个单位: A and the others of a count, with what they are.
_AND_OTHERS = re.compile(r"(.+)等([两二三四五六七八九十]{1,3}|\d{1,3})(?:个|份|项|部|件)(.*)")
_NUMBER_WORDS = ("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten")
# Nouns a single document keeps in the plural (one 办法 is Measures).
_PLURALIA = {"Measures", "Opinions", "Provisions", "Regulations", "Rules", "Minutes", "Affairs", "Series"}


def _count(text: str) -> int:
    if text.isdigit():
        return int(text)
    try:
        return chinese_small_number(text.replace("两", "二"))
    except ValueError:
        return 0


def _and_others(m: re.Match, glossary: Glossary, named: Named) -> str:
    """《A》等两个规范性文件 → the A and One Other Normative Document (等 counts A with the rest)."""
    head, count, noun = m.groups()
    rest = _count(count) - 1
    english = glossary.phrase(noun)[0] if noun else ""
    words = english.split(" ")
    if rest == 1 and words[-1].endswith("s") and not words[-1].endswith("ss") and words[-1] not in _PLURALIA:
        words[-1] = words[-1][:-1]
    said = _NUMBER_WORDS[rest - 1] if rest <= len(_NUMBER_WORDS) else str(rest)
    tail = f"{said} Other {' '.join(words)}" if english else f"{said} Other" + ("s" if rest > 1 else "")
    return tidy(f"{render_object(head, glossary, named)} and {tail}")


_ABOUT_NAME = re.compile(r"关于(.+)的([^的]{1,12})")


def _quoted(text: str, glossary: Glossary, named: Named) -> str:
    """A quoted title: its curated English; a 公文 title rendered as a title; 关于 X 的 Y as
    "Y on X"; or a name read as a phrase."""
    found = named(text)
    if found:
        return found
    if _doc_type(text, glossary)[1] and (_about(text) is not None or _VERB_FIRST.search(text)):
        return render_title(text, (), glossary, named)
    m = _ABOUT_NAME.fullmatch(text)
    if m:
        return f"{glossary.phrase(m.group(2))[0]} on {render_subject(m.group(1), glossary, named)}"
    return render_object(text, glossary, named) if _quotes(text) else glossary.phrase(text)[0]
