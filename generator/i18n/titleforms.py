"""Forms of titles whose English order is not the Chinese one, read as wholes.

- A forwarded document led by its issuer (批转县民政局《X》, 转发县财政局2025年计划, 转发县人社局关于Y的通知):
  "the X of the County Bureau of Civil Affairs", and a forwarded title whose type the title's own
  的通知 stands for (转发…关于Y的通知 is 关于Y的通知的通知 said once): "the Notice of … on Y".
- A document named after its issuer in a subject (关于县自然资源局出让方案的批复): "the Plan of …".
- A list published (公布2024年度县级龙头企业名单): "Publishing the List of …".
- A body answering reporters (县医保局就城乡居民医保参保答记者问): "… Answers Reporters' Questions on …".
"""

from __future__ import annotations

import re

from . import titles
from .glossary import Glossary, tidy
from .names import _REGION as _PLACE, authority_english, reads_as_authority, region_english

# The last words of a document's name, read after its issuer (…出让方案 of the County Bureau of …).
DOCUMENT_NOUNS = ("方案", "计划", "规划", "意见", "报告", "请示", "办法", "细则", "规定", "预案", "决算", "预算",
                  "名单", "清单", "目录", "要点", "规则", "制度", "标准", "草案")


def authority_head(text: str, glossary: Glossary) -> tuple[str, str] | None:
    """(authority, rest) of a text that starts with an authority and goes on: the longest head that
    reads as one authority, ending where no glossary word runs on across it (县民政局《…》, not
    县 + 民政局长…); not a list (县水务局等, 县水务局、县财政局)."""
    for j in range(min(len(text) - 1, 24), 1, -1):
        head = text[:j]
        if not reads_as_authority(head, glossary):
            continue
        if text[j] in "等、,，和及与" or any(glossary._longest_at(text, k)[1] > j for k in range(max(0, j - 4), j)):
            return None
        return head, text[j:]
    return None


def _of(head: str, glossary: Glossary) -> str:
    return "the " + titles._without_article(authority_english(head, glossary)[0])


def forwarded(text: str, glossary: Glossary, named, kind: str | None) -> str | None:
    """A forwarded document led by its issuer, or None. ``kind`` is the English of the type the
    title's own type stands for when the forwarded title prints none (None: not read)."""
    cut = authority_head(text, glossary)
    if cut is None:
        return None
    head, rest = cut
    if rest.startswith("关于"):
        if kind is None or titles._doc_type(rest, glossary)[1]:
            return None  # a forwarded title with its type is read as a title
        return tidy(f"the {kind} of {_of(head, glossary)} on {titles.render_subject(rest[2:], glossary, named)}")
    if titles._about(rest) is not None:
        return None
    quoted = titles._quotes(rest)
    if len(quoted) == 1 and quoted[0].group(0) == rest and titles._inner(quoted[0]).startswith("关于"):
        # 县人社局《关于做好…的意见》: the Opinions of the County Bureau … on Effectively …
        english = titles._quoted(titles._inner(quoted[0]), glossary, named)
        if " on " in english:
            kind_en, subject_en = english.split(" on ", 1)
            return tidy(f"the {kind_en} of {_of(head, glossary)} on {subject_en}")
    document = titles.render_object(rest, glossary, named)
    return tidy(f"{document if document.startswith('the ') else 'the ' + document} of {_of(head, glossary)}")


def issuers_document(subject: str, glossary: Glossary, named) -> str | None:
    """A subject naming a document after its issuer (县自然资源局国有建设用地使用权出让方案), or None."""
    if not subject.endswith(DOCUMENT_NOUNS) or subject[0] in "《〈<":
        return None
    return forwarded(subject, glossary, named, None)


# [speaker] 就 topic 答记者问: the speaker an authority, its official (负责人) or spokesperson.
_ANSWERS = re.compile(r"(.{2,40}?)就(?![业医读近地诊学餐])(.+?)(?:答记者问|答记者提问|回答记者提问)")
_SPEAKERS = (("有关负责人", "Official"), ("主要负责人", "Head"), ("负责人", "Official"), ("新闻发言人", "Spokesperson"),
             ("发言人", "Spokesperson"))


def answers(text: str, glossary: Glossary, named) -> str | None:
    """…就…答记者问 → "{speaker} Answers Reporters' Questions on {topic}", or None."""
    if "就" not in text or not text.endswith("问"):
        return None
    m = _ANSWERS.fullmatch(text)
    if not m:
        return None
    speaker, topic = m.groups()
    role = next(((word, english) for word, english in _SPEAKERS if speaker.endswith(word)), None)
    body = speaker[:-len(role[0])] if role else speaker
    if body and reads_as_authority(body, glossary):
        who = titles._without_article(authority_english(body, glossary)[0])
        who = f"{role[1]} of the {who}" if role else who
    else:
        who = glossary.phrase(speaker)[0]
    return tidy(f"{who} Answers Reporters' Questions on {titles.render_object(topic, glossary, named)}")


# The lists a title publishes (公布…名单的通知): "the List of …", unless a term ends the title (权责清单).
LIST_NOUNS = ("名单", "名录", "清单", "目录")


def listed(text: str, glossary: Glossary, named) -> str | None:
    """公布 X 名单 → "the List of X", or None: not a quoted title, nor a list a term names whole."""
    noun = next((n for n in LIST_NOUNS if text.endswith(n)), None)
    if noun is None or len(text) < len(noun) + 2 or any(c in text for c in "《》〈〉<>"):
        return None
    at = len(text) - len(noun)
    noun_en = glossary.phrase(noun)[0]
    if text[:at].endswith(LIST_NOUNS) or not glossary.phrase(text)[0].endswith(" " + noun_en):
        return None  # the list is no word of its own: 权责清单 (List of Powers and Responsibilities) is a name
    return tidy(f"the {noun_en} of {_batch_of(titles.render_object(text[:at], glossary, named))}")


_BATCH = re.compile(r"((?:\d{4}(?: Annual)? )?\d+(?:st|nd|rd|th) Batch) (.+)")
_ORDINAL_FIRST = re.compile(r"\d+(?:st|nd|rd|th) ")


def _batch_of(english: str) -> str:
    """2024 1st Batch County-Level … → the 2024 1st Batch of County-Level … (a list's contents)."""
    m = _BATCH.fullmatch(english)
    return f"the {m.group(1)} of {m.group(2)}" if m else english


# A leading group named by its task (临澧县全面推行河长制工作领导小组): "the Linli County Leading Group for …".
_GROUP_ENDS = ("工作领导小组", "领导小组")


def leading_group(text: str, glossary: Glossary, named) -> str | None:
    """[region] X (工作)领导小组 → "the [region] Leading Group for X", or None: where the glossary's
    reading ends with Leading Group (not a name it holds whole, nor a group's office) and X is
    no list."""
    end = next((e for e in _GROUP_ENDS if text.endswith(e)), None)
    if end is None:
        return None
    head = text[:-len(end)]
    if len(head) < 2 or any(c in head for c in "《》〈〉<>、,，;；") or not glossary.phrase(text)[0].endswith("Leading Group"):
        return None
    region, k = glossary._region_at(head, 0)
    if region is None and (m := _PLACE.match(head)) and m.group(0)[-1] in "县市区旗":
        # a place the glossary lacks, where the phrase's reading ends it at its unit (南浦县 + 城市更新)
        spoken = region_english(m.group(0), glossary)[0]
        region, k = (spoken, m.end()) if glossary.phrase(head)[0].startswith(spoken + " ") else (None, 0)
    if region is None or glossary._longest_at(head, 0)[1] > k or k >= len(head):
        region, k = None, 0
    task = titles.render_object(head[k:], glossary, named)
    task = "the " + task if _ORDINAL_FIRST.match(task) else task  # …for the 5th National Economic Census
    return tidy(f"the {region + ' ' if region else ''}Leading Group for {task}")
