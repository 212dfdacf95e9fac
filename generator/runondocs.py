"""A document whose line ends a web scraper dropped: its red head, 发文字号, title, 主送, body,
signature and date run together on one very long line.

``南浦县人民政府文件南政发〔2024〕1号南浦县人民政府关于印发…的通知各乡镇人民政府，县直各单位：现将…印发给
你们，请认真贯彻执行。南浦县人民政府2024年3月1日`` is read by a careful reader as the lines the page
printed: the 发文机关标志 (…文件), the 发文字号, the title (ending with its 文种), the 主送 (ending with
its colon), the body, the organ that signs and the 成文日期. ``split_run_on_documents`` parts such a
line at those places, and only where every part of the header is sure: a 发文字号 first (after the red
head, or after the title), a title that opens as a title does (…关于, 印发, 转发) and ends with a 文种,
and a 主送 whose every name is an addressee's; the closing is parted where the line ends with an
organ's name and a day after a finished sentence (``runonclosing``). A document that prints no 发文字号
is parted only where the line opens with its title right before its 主送 (or, a 通告, 公告 or 决定 to
the public, right before its body's first words; or a title naming its issuer alone, 南浦县人民政府通告)
and closes with its organ and day; a list, a speech, a report, minutes, an interpretation, a 统计公报
or a 令 where its title's note anchors it (``runonnoted``). A red head printed without 文件 (a 函's: the
organ's name alone) before the number is the 发文机关标志. The body's own paragraphs are not told apart
(their breaks are lost). Each part keeps the source line's number, every character of the line is in
one part, and each part has a place of its own in the text as read (``Line.at``), so the lines are
read as the page printed them. A diagnostic names each line so parted.
"""

from __future__ import annotations

import re

from .articlerunon import split_articles_run_on
from .model import Diagnostic, Line
from .normalize import HAN, fold, is_han_char
from .partedlines import lines_parted
from .patterns import DOC_TYPES, doc_type_of, is_org_only, is_recipients, issuer_type_title, title_start
from .runonclosing import run_on_closing
from .runonnoted import noted_run_on_parts

_LONG = 80  # characters at least of a document run onto one line (header, 主送 and a sentence)
# A 发文字号: its 机关代字, the year in brackets, the serial and 号 (the prefix read back to the red head).
_YEAR_SERIAL = re.compile(r"[〔［\[（(【﹝〖]\s*+(?:19|20)\d{2}\s*+[〕］\]）)】﹞〗]\s*+第?\s*+\d{1,4}\s*+号")
_PREFIX_MAX = 12  # Han characters of its 机关代字 at most
_NUMBER = re.compile(rf"[{HAN}]{{1,{_PREFIX_MAX}}}" + _YEAR_SERIAL.pattern)
_RED_HEAD = re.compile(rf"^[{HAN}、]{{2,60}}文件")  # (the 发文机关标志: 南浦县人民政府办公室文件)
_TYPE_END = re.compile("|".join(DOC_TYPES))
_NAMES = re.compile(r"[，、,]")
# (an organ, a body of the public service — 县人民医院, 各乡镇卫生院, 各中小学校, 各幼儿园, 县教研室, 县疾控中心,
# 各派出所, 县农技站, 县消防救援大队, 县图书馆, 县总工会, 各农村信用社, 县农业银行, 国有林场, 县自来水厂 —
# or a place's; its bracketed note after it: 各村（社区）)
_ADDRESSEE_END = re.compile(r"(?:政府|办事处|单位|部门|机构|机关|委员会|管委会|局|委|办|中心|公司|企业|镇|乡|苏木|嘎查|街道|社区|村"
                            r"|院|校|园|所|站|队|馆|室|会|团|社|银行|林场|农场|牧场|厂)"
                            r"(?:[（(][^（）()]{1,12}[）)])?$")
_ORGAN_MAX = 60  # characters at most of an organ's name (a 函's head)


def run_on_parts(text: str) -> list[str] | None:
    """The parts of a document run onto one line, as printed (their concatenation is the line
    without the whitespace between them), or None for any other line."""
    if len(text) < _LONG:
        return None
    text = text.strip()
    addressed = "：" in text or ":" in text or "的" in text[:160]  # (a colon ends its 主送; 的通告 a title)
    parts = _numbered(text) if addressed and "号" in text else None
    if parts is not None:
        return parts
    head = text[:_TITLE_HEAD]  # (a title opens the line: what it prints first, asked cheaply)
    if addressed and ("关于" in head or "印发" in head or "转发" in head or "批转" in head):
        parts = _unnumbered(text)
    first = text[:40]
    if parts is None and ("通告" in first or "公告" in first):
        parts = _public_notice(text)
    if parts is None and (text[0] in "在《【" or "—" in head or "-" in head or "－" in head or "纪要" in head or "任免" in head
                          or "令" in first or "解读" in first or "答记者问" in head or "统计公报" in head):
        parts = noted_run_on_parts(text)  # (a list, a speech, a report, minutes, an interpretation, a 令)
    return parts


_NUMBER_WITHIN = 160  # characters from the line's start to a 发文字号's end at most


def _first_number(text: str) -> re.Match | None:
    """The first 发文字号 (``_NUMBER``) in the line's first ``_NUMBER_WITHIN`` characters: its year and
    serial found first, a scan from each bracket, then the code read back from the first of them (not
    tried at each Han character of a paragraph)."""
    year = _YEAR_SERIAL.search(text, 0, _NUMBER_WITHIN)
    return _NUMBER.search(text, max(0, year.start() - _PREFIX_MAX), _NUMBER_WITHIN) if year is not None else None


def _numbered(text: str) -> list[str] | None:
    """The parts of a document run onto one line whose 发文字号 anchors its header, or None."""
    registered, at = [], 0
    while (labelled := _LABELLED_REGISTRATION.match(text, at)) is not None:
        registered.append(labelled.group(0).strip())  # (its 登记号 before the number, labelled or bare: a part
        at = labelled.end()                            # of its own; each of a run in turn, not one call deeper each)
    if registered:
        parts = run_on_parts(text[at:])
        return registered + parts if parts else None
    number = _first_number(text)
    if number is None:
        return None
    start, end = number.span()
    if start > 0 and text[start - 1] in "（(" and text[end:end + 1] in ("）", ")"):
        start, end = start - 1, end + 1  # (the number in brackets after the title: …的批复（南政办函〔2024〕12号）)
    head = _RED_HEAD.match(text, 0, start + 12)
    if head is not None and not is_org_only(fold(head.group(0)[:-2])):
        head = None  # (a red head names organs: not 关于清理规范性文件, a title's words)
    before: list[str] = []
    if head is not None and head.end() > start:  # (the prefix read into the red head: 南浦县人民政府文件南政发)
        start = head.end()
        if not _NUMBER.fullmatch(text, start, end):
            return None
    if head is not None and head.end() < start and not text[head.end():start].isspace():
        head = None  # (words between: no red head over the number)
    organ = _organ_head(text, start, end) if head is None and 0 < start <= _ORGAN_MAX and "关于" not in text[:start] else -1
    if organ > 0:  # (the 发文机关标志 printed without 文件, as a 函's is: 南浦县人民政府办公室南政办函〔2024〕15号)
        start = organ
    if start > 0 and head is None and organ < 0:
        start = _after_a_title(text, start, end)  # (the title first, then its 发文字号)
        if start < 0:
            return None
    if start > 0:
        before = [text[:start].strip()]  # the red head, or the title
    number = [text[start:end].strip()]
    second = _NUMBER.match(text, len(text) - len(text[end:].lstrip()))
    if second is not None and second.end() - end <= 24:  # (a second number beside it: 南府发〔2024〕5号　南府规〔2024〕2号)
        number.append(second.group(0).strip())
        end = second.end()
    registration = _REGISTRATION.match(text, end)
    if registration is not None:  # (the 规范性文件登记号 in brackets after the number: a part of its own)
        number.append(registration.group(0).strip())
        end = registration.end()
    signer = _SIGNER.match(text, end)
    if signer is not None:  # (a request's or a report's 签发人 after its number: a part of its own)
        end = _signer_end(text, signer.end(), [head.group(0)[:-2]] if head is not None else [])
        if end < 0:
            return None
        number.append(text[signer.start():end].strip())
    colon = min((k for k in (text.find("：", end), text.find(":", end)) if k > 0), default=-1)
    titled = bool(before) and head is None and organ < 0
    header = None if colon < 0 or colon - end > 200 else _title_and_addressees(text[end:colon + 1], titled)
    if header is None and not titled:
        public = _PUBLIC_TITLE.match(text, end)  # (the title of a 通告, 公告 or 决定 to the public after the number)
        if public is None or not title_start(fold(public.group(1))) or not doc_type_of(fold(public.group(1))):
            return None
        before, number, end = before + number, [public.group(1).strip()], public.end(1)
        titled = True
    if header is None:
        return _without_addressees(text, before + number, end) if titled else None
    parts = before + number + header
    body, closing = run_on_closing(text[colon + 1:])
    if not body:
        return None
    return parts + [body] + closing


_SENTENCE = re.compile("[。；！？]")
# A title of a document with no 主送, run into its body's first words (…的通告为进一步…, …的决定根据…).
_PUBLIC_TITLE = re.compile(rf"\s*+([^。；！？：:]{{6,100}}?的(?:通告|公告|决定))(?=为|根据|依据|按照|经)")
_LABELLED_REGISTRATION = re.compile(r"(?:(?:规范性文件)?(?:统一)?登记(?:编)?号[：:]\s*+)?[A-Z]{2,8}[-－—]\d{4}[-－—]\d{3,8}\s*+(?=[" + HAN + "])")
_REGISTRATION = re.compile(r"\s*+[（(〔［\[][^（）()〔〕［］\[\]]{0,12}登记[^（）()〔〕［］\[\]]{1,40}[）)〕］\]]")
_COLON = re.compile("[：:]")
_LABEL_END = re.compile(r"[：:）)〕\]]")


def _without_addressees(text: str, before: list[str], end: int) -> list[str] | None:
    """The parts of a document with no 主送 (a 决定, 通告 or 公告 to the public) whose title stands
    before its 发文字号 (``…的决定南政发〔2024〕3号为进一步…``; ``before``: the title and the number,
    ``end``: where the number ends): the title, the number, the body and a
    closing that must be found (organ and day), or None; nor when a colon before the first sentence's
    end follows words whose last name ends as an addressee's (a 主送 not read)."""
    header = text[end:_SENTENCE.search(text, end).start() if _SENTENCE.search(text, end) else len(text)][:200]
    for colon in _COLON.finditer(header):
        names = _NAMES.split(fold(_LABEL_END.split(header[:colon.start()])[-1]))
        if _ADDRESSEE_END.search(names[-1].strip()):
            return None  # (a 主送 not read, after a 签发人 or a 登记号 in brackets)
    body, closing = run_on_closing(text[end:])
    if not body or not closing:
        return None
    return before + [body] + closing


# What the full name of an organ printed as a 发文机关标志 ends with (not 县委, a 机关代字's words too: 县委办).
_HEAD_NAME_END = ("人民政府", "办公室", "办公厅", "委员会", "管委会", "管理委员会", "办事处", "局", "中心")
_CODE_MIN, _CODE_MAX = 2, 8  # characters of a 机关代字 (南政函, 南政办函, 南浦县发改函)


def _organ_head(text: str, start: int, end: int) -> int:
    """Where the 发文字号 found at ``start``–``end`` starts when the line opens with the 发文机关标志
    printed without 文件, an organ's full name alone (a 函's head: ``南浦县人民政府办公室
    南政办函〔2024〕15号``; the number's search read the name's last characters into its 机关代字), or -1:
    the longest such name before a 机关代字 of 2 to 8 characters (not a 文种: …人民政府公告〔2024〕第3号)."""
    bracket = start + next((k for k, c in enumerate(text[start:end]) if not is_han_char(c)), 0)
    for k in range(bracket - _CODE_MIN, max(0, bracket - _CODE_MAX - 1), -1):
        key = fold(text[:k].strip())
        if key.endswith(_HEAD_NAME_END) and is_org_only(key) and text[k:bracket] not in DOC_TYPES:
            return k
    return -1


# A 通告 or 公告 titled by its issuer alone (南浦县人民政府通告), perhaps its number after it (〔2024〕第3号, 2024年第1号).
_NOTICE = re.compile(rf"([{HAN}]{{4,30}}?(?:通告|公告))\s*+((?:[（(〔［\[]\s*+)?(?:(?:19|20)\d{{2}}\s*+[年〕］\]]?\s*+)?第?\s*+\d{{1,4}}\s*+号"
                     r"(?:\s*+[）)])?)?\s*+")


def _public_notice(text: str) -> list[str] | None:
    """The parts of a 通告 or 公告 run onto one line, titled by its issuer alone, with or without its
    number (``南浦县人民政府公告〔2024〕第3号经…特此公告。南浦县人民政府2024年5月8日``): the title, the
    number, the body and the closing, which must be found, or None."""
    notice = _NOTICE.match(text)
    if notice is None or not issuer_type_title(fold(notice.group(1))):
        return None
    return _without_addressees(text, [p.strip() for p in notice.groups() if p], notice.end())


_SIGNER = re.compile(r"\s*+签发人[：:]\s*+")
_SIGNERS = re.compile(rf"[{HAN}·、　 ]{{2,16}}")  # (one name or several: 陈建国　李明)


def _signer_end(text: str, start: int, organs: list[str]) -> int:
    """Where the names after 签发人： (from ``start``) end and the title begins, or -1: the first
    place where the title's 关于 or the name of an organ that issues it (the red head's, ``organs``,
    or the one signing the document) opens after two characters at least of names."""
    organs = organs + [part for part in run_on_closing(text[start:])[1] if is_org_only(fold(part))]
    for k in range(start + 2, start + 17):
        if (text.startswith("关于", k) or any(text.startswith(organ, k) for organ in organs)) \
                and _SIGNERS.fullmatch(text, start, k):
            return k
    return -1


def _after_a_title(text: str, start: int, end: int) -> int:
    """Where the 发文字号 found at ``start``–``end`` starts when a title ends right before it (its
    prefix read into the title's last words: …的决定南政发〔2024〕3号), or -1."""
    for m in reversed(list(_TYPE_END.finditer(text, 0, end))):
        key = fold(text[:m.end()])
        if m.end() <= end - 8 and _NUMBER.fullmatch(text[m.end():end].strip("（()）")) and title_start(key) \
                and doc_type_of(key):
            return m.end()
    return -1


_TITLE_HEAD = 120  # characters at most before a title's 关于, 印发, 转发 or 批转 (joint issuers)
_ADDRESSEES_MAX = 260  # characters at most from the line's start to the 主送's colon


def _unnumbered(text: str) -> list[str] | None:
    """The parts of a document run onto one line that prints no 发文字号 (a 任免 notice, a 函, a
    决定 copied from a web page without its number), where the line opens with a title ending with
    its 文种 right before a 主送 ending with its colon (``南浦县人民政府关于张明等同志职务任免的通知各乡镇人民
    政府，县直各单位：经…决定：…南浦县人民政府2024年3月10日``) and closes with an organ's name and a day after
    a finished sentence: the title, the 主送, the body and the closing, or None. A 通告, 公告 or 决定
    to the public has no 主送: its title runs into its body's first words (…的通告为了…); a red head
    may stand before the title (南浦县人民政府文件南浦县人民政府关于…), a part of its own."""
    head = text.find("文件", 2, _TITLE_HEAD)
    if head > 0 and is_org_only(fold(text[:head])):
        parts = _unnumbered(text[head + 2:].lstrip())  # (its red head over no number)
        return [text[:head + 2]] + parts if parts else None
    colon = min((k for k in (text.find("：", 0, _ADDRESSEES_MAX), text.find(":", 0, _ADDRESSEES_MAX)) if k > 0),
                default=-1)
    header = _title_and_addressees(text[:colon + 1], False) if colon > 0 else None
    if header is None:
        public = _PUBLIC_TITLE.match(text)  # (a 通告, 公告 or 决定 to the public: no 主送)
        if public is None or not title_start(fold(public.group(1))) or not doc_type_of(fold(public.group(1))):
            return None
        return _without_addressees(text, [public.group(1).strip()], public.end(1))
    body, closing = run_on_closing(text[colon + 1:])
    return header + [body] + closing if body and closing else None


def _title_and_addressees(words: str, titled: bool) -> list[str] | None:
    """The title and the 主送 of the words between the 发文字号 and the 主送's colon (the 主送 alone
    when the title came before the number: ``titled``)."""
    if titled:
        return [words.strip()] if _addressees(words.strip()) else None
    for m in reversed(list(_TYPE_END.finditer(words))):
        title, rest = words[:m.end()].strip(), words[m.end():].strip()
        key = fold(title)
        if rest and title_start(key) and doc_type_of(key) and _addressees(rest):
            return [title, rest]
    return None


# What stands before 各 in an addressee's name: a place or an organ whose units are meant (县直各单位,
# 县政府各部门, 县属各国有企业, 南浦县各乡镇), nothing else (要求各乡镇人民政府, 请各单位: a sentence's words).
_BEFORE_EACH = re.compile(r"(?:直|属|县|市|区|州|旗|盟|府|委|局|办|镇|乡)$")


_NOTE = re.compile(r"\([^()]{1,24}\)")  # (a bracketed note after a name, folded)


def _addressees(words: str) -> bool:
    """``words`` (ending with the colon) are a 主送: each name an addressee's, none opening with a
    sentence's words before its 各 (a paragraph citing a title and its number: …的通知（南政办发〔2024〕
    8号）要求各乡镇人民政府、县直各单位：对照…)."""
    key = fold(words)
    if not is_recipients(key):
        return False
    names = _NAMES.split(_NOTE.sub("", key[:-1]) if "(" in key else key[:-1])  # (its notes' names: 人民政府（街道党工委、办事处）)
    return all(name and _ADDRESSEE_END.search(name) and (name.find("各") <= 0 or _BEFORE_EACH.search(name[:name.find("各")]))
               for name in names)



def split_run_on_documents(lines: list[Line]) -> tuple[list[Line], list[Diagnostic]]:
    """``lines`` (non-blank, in order) with each document run onto one line parted into the lines a
    careful reader sees (``run_on_parts``), each keeping the line's number, with places of their own
    (the lines after shifted by as many places), and a diagnostic for each line so parted; then each
    line of a regulation's articles run together parted into its articles (``articlerunon``)."""
    parted, notes = lines_parted(lines, lambda k: run_on_parts(lines[k].text),
                                 lambda line, count: Diagnostic(
                                     "document-run-on-one-line", "warning",
                                     f"line {line.no} prints a whole document on one line (its line ends lost): read as {count} "
                                     f"lines — its header (red head, 发文字号, title, 主送), body and closing — the body's "
                                     f"paragraphs not told apart", line.no, line.text.strip()[:60]),
                                 [k for k, line in enumerate(lines) if len(line.text) >= _LONG])  # (only a long line is asked: run_on_parts)
    parted, articles = split_articles_run_on(parted)  # (then a regulation's articles run together: articlerunon)
    return parted, notes + articles


__all__ = ["run_on_parts", "split_run_on_documents"]
