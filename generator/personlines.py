"""Lines that name a person: the speaker under a report's or a speech's title (a byline:
平江县人民政府县长　张三), the head who signs a 令 (县长　陈建国, 市　长：李　四), with the day on the
same line or not. Judged on folded keys (see normalize.fold), a signature on its text."""

from __future__ import annotations

import re

from .normalize import HAN, NAME_CHAR, NAME_HAN, fold
from .traditional import TRADITIONAL
from .patterns import ORG, doc_type_of, is_date_line, is_doc_number_line, is_org_only

# Who delivered a report or speech, under its note: 平江县人民政府县长　张三, 代县长　李四.
# An office: 县长, 副县长, 县委副书记, 县委常委, 县人民政府县长; a speaker may hold several
# (县委副书记、县长　周建国).
OFFICE = (rf"(?:{ORG}|[县市区]委)?(?:代理|代|常务副|副)?"
         r"(?:县长|市长|区长|旗长|州长|镇长|乡长|主任|局长|书记|常委|部长|主席)")
_BYLINE = re.compile(rf"(?:{OFFICE}、){{0,3}}{OFFICE}(?!(?:扩大)?会议$|委员会$){NAME_CHAR}{{2,4}}")  # (县委常委会议: no name)
_BYLINE_MAX = 48


def is_byline(key: str) -> bool:
    """The speaker's office and name on a line of their own, under a speech's title, after a dash
    perhaps (——县长　王明; 一一县长　王明, the dash as OCR reads it)."""
    key = undashed(key)
    return len(key) <= _BYLINE_MAX and bool(_BYLINE.fullmatch(key))


def undashed(key: str) -> str:
    """A speaker's line's folded key without the dash before it (``--县长王明``, ``一一县长王明``)."""
    return key[2:] if key[:1] in "-一" and key.startswith(("--", "一一")) else key


# A speech's or report's title (在…上的讲话, 政府工作报告): the speaker may be named alone under it.
_SPOKEN = ("讲话", "致辞", "发言", "报告")
# A name alone: two to four characters, or a minority name in parts between dots.
_NAME_ALONE = re.compile(rf"{NAME_CHAR}{{2,4}}|[{NAME_HAN}]{{1,8}}[·•・.][{NAME_HAN}]{{1,8}}")


def speaker_named_alone(title: str, key: str, under: str | None) -> bool:
    """The speaker's name alone under a speech's title, the day or the occasion in brackets under
    it (在全县安全生产工作会议上的讲话 / 刘振华 / （2024年3月5日））: the speaker's line without an
    office. ``title``, ``key``, ``under``: the folded keys of the title's last line, the line
    and the one under it (asked only when that one is a note: ``is_subtitle``). Not under a
    title of another kind (a notice's), nor a longer line, nor an organ (…的调研报告 / 县教育局 /
    （2023年9月20日）)."""
    return title.endswith(_SPOKEN) and under is not None and bool(_NAME_ALONE.fullmatch(key)) \
        and not _ORGAN_END.search(key) and not is_org_only(key)


# The last character of an organ's short name (县教育局 under …的调研报告 is its author, no person).
_ORGAN_END = re.compile(r"[局委办院厅处所站队部会组府司社馆校园场室团]$")


# The name: two to five characters, or a minority name in parts between dots (艾尔肯·吐尼亚孜,
# 阿不都热合曼·阿不都克热木); (签名) may follow, where the copy marks the signature.
# A name in parts only for the head of a government, who signs a 令 (a 主任 or 副县长 so named is
# one of a list of members).
_PERSON_SIGNATURE = re.compile(
    r"^(?:(?:代理|代)?(?:副)?(?:自治[县旗州])?(?:县长|市长|区长|州长|旗长|镇长|乡长|主任|局长|主席|书记)[:：]?"
    rf"(?:{NAME_CHAR}|·){{2,5}}|(?:代理|代)?(?:自治[县旗州])?(?:县长|市长|区长|州长|旗长)[:：]?"
    rf"[{NAME_HAN}]{{1,8}}(?:[·•・][{NAME_HAN}]{{1,8}}){{1,3}})(?:[(（]签名[)）])?$")
_PERSON_SIGNATURE_MAX = len("代理副自治县县长:") + 8 * 4 + 3 + len("(签名)")  # the longest line the pattern takes


# The characters a signature's office opens with (代理, 副, 自治县, 县长 … 书记, above).
PERSON_SIGNATURE_FIRST = frozenset("代副自县市区州旗镇乡主局书")
PERSON_SIGNATURE_FIRST_TRADITIONAL = frozenset("縣區鎮鄉書")  # (their traditional forms)
_SIMPLIFIED = str.maketrans(TRADITIONAL)


def unmarked(text: str) -> str:
    """A line without the heading's marks a PDF-to-Markdown converter set before it (MinerU, marker:
    ``# 县长　张建国``, every short centred line a heading)."""
    return text.lstrip().lstrip("#").lstrip()


def is_person_signature(text: str) -> bool:
    """A 令 signed by its head in person: ``县长　张三``, ``市　长：李　四`` (office, a space or
    colon, the name; spaces inside either are layout), also marked a heading by a converter
    (``# 县长　张建国``: ``unmarked``)."""
    if text.lstrip()[:1] == "#":
        text = unmarked(text)
    if text.lstrip()[:1] not in PERSON_SIGNATURE_FIRST:
        if text.lstrip()[:1] not in PERSON_SIGNATURE_FIRST_TRADITIONAL:
            return False  # (asked of every line: its first character answers most)
        text = text.translate(_SIMPLIFIED)  # (縣長　張建國: a page in traditional characters, read as the key reads it)
    compact = "".join(text.split())
    return len(compact) <= _PERSON_SIGNATURE_MAX and bool(_PERSON_SIGNATURE.match(compact)) \
        and not _POST_AFTER_THE_NAME.search(compact)


# The post a head who signs opens the line with (its colon kept), the name after it.
# (主任委员, an election committee's head: the post whole, not 主任 and a word)
_SIGNING_POST = re.compile(r"^(?:代理|代)?副?(?:自治[县旗州])?(?:县长|市长|区长|州长|旗长|镇长|乡长|主任委员|主任|局长|主席|书记)[:：]?")


def person_shown(text: str) -> str | None:
    """A head's signature as a careful reader writes it: the post and the name each whole, a space
    between (``县 长　张建国``, ``县　长　张建国`` → ``县长 张建国``; ``市　长：李　四`` → ``市长：李四``; the
    post alone over the name, ``县　长`` → ``县长``); None for a line that is neither
    (``is_person_signature``). Only a name padded a character a word (``王　健``) is squeezed: names
    a gap parts (``主任　张三　李四``) keep it; a post that goes on in its word (``主任科员　张三``) is
    no post this reads."""
    if text.lstrip()[:1] == "#":
        text = unmarked(text)
    if text.lstrip()[:1] not in PERSON_SIGNATURE_FIRST:
        return None  # (asked of a signature's lines: its first character answers most)
    words = text.split()
    compact = "".join(words)
    m = _SIGNING_POST.match(compact)
    if m is None or (m.end() < len(compact) and not is_person_signature(text)):
        return None
    post = compact[:m.end()]
    if m.end() == len(compact) or compact == text.strip():
        return compact  # (the post alone, or the line printed without a space: as it is)
    name = _words_after(words, m.end(), post.endswith((":", "：")))
    if name is None:
        return None  # (the post's word goes on: 主任委员　张三)
    name = "".join(name) if all(len(w) == 1 for w in name) else " ".join(name).replace(" (", "(").replace(" （", "（")
    # (the copy's mark of the signature after the name, （签名）, is the name's: no gap before it)
    return post + ("" if post.endswith((":", "：")) else " ") + name


def _words_after(words: list[str], at: int, colon: bool) -> list[str] | None:
    """The words after the first ``at`` characters of ``words`` run together, when ``at`` ends a
    word (or a colon does, inside one: ``长：李``); None when it cuts a word (``主任科员``)."""
    seen = 0
    for k, word in enumerate(words):
        if seen + len(word) > at:
            cut = at - seen
            return [word[cut:], *words[k + 1:]] if cut == 0 or colon else None
        seen += len(word)
    return []


# A member's post printed after the name, as a list of a committee's members does (主　任：张建国　县长,
# 副主任：李明　副县长): a line of the list, not a head signing (whose name ends the line).
# (the office opening the line, then a name, then a post: 主任张建国县长; not the office alone after a name)
_POST_AFTER_THE_NAME = re.compile(r"^(?:代理|代)?副?(?:自治[县旗州])?(?:县长|市长|区长|州长|旗长|镇长|乡长|主任|局长|主席|书记)[:：]?"
                                  r"\S{2,}?(?:县长|市长|区长|州长|旗长|镇长|乡长|主任|局长|主席|书记)$")


# A 令's head and the day on one line: 县长  陈建国          2024年1月5日, 县长：陈建国　二〇二四年一月五日.
_PERSON_AND_DATE = re.compile(r"^(?P<person>\S.*?)\s+(?P<date>(?:(?:19|20)\d{2}|[〇○零OＯ一二三四五六七八九]{4})\s*年\S.*[日曰])$")  # (曰: OCR's 日)


def person_signed(text: str) -> tuple[str, str] | None:
    """The head who signs a 令 and its 成文日期 on one line: (``县长  陈建国``, ``2024年1月5日``)."""
    text = text.strip()
    if not text.endswith(("日", "曰")) or "年" not in text:
        return None  # (asked of every line of a body: most end otherwise)
    m = _PERSON_AND_DATE.match(text)
    if m is None or not is_person_signature(m.group("person")) or not is_date_line(fold(m.group("date"))):
        return None
    return m.group("person").strip(), m.group("date").strip()


# A signer's name under the 签发人: two to four characters, or its characters spaced out (张　敏).
_SIGNER_NAME = re.compile(rf"{NAME_CHAR}{{2,4}}")


def signers_wrapped(above: str, text: str) -> bool:
    """The line under one that prints the 签发人 (``above``: its folded key; ``text``: this line)
    goes on with the signers of a joint document, set as GB/T 9704 sets them, two names a line,
    the next line's aligned under the first (青财请〔2024〕5号　　签发人：刘建国　王丽华 / 张　敏), or
    beside the second organ's 发文字号 (青人社请〔2024〕2号　　王丽华). Names apart by spaces, at most
    two; not an organ (青溪县财政局), a 文种 (…请示) or a title's words run together."""
    if "签发人:" not in above:
        return False
    words = text.split()
    if len(words) > 1 and is_doc_number_line(fold(words[0])):
        words = words[1:]
    if words and all(len(w) == 1 for w in words):
        words = ["".join(words)]  # (one name spaced out: 张　敏)
    return 0 < len(words) <= 2 and all(_SIGNER_NAME.fullmatch(w) and not _ORGAN_END.search(w)
                                       and not is_org_only(w) and not doc_type_of(w) for w in words)


# 〔2024〕3号　　签发人：王五 (folded: (2024)3号签发人:王五), one signer or several.
_CODELESS_SIGNED = re.compile(rf"^\((?:19|20)\d{{2}}\)\d{{1,5}}号签发人:[{HAN}、,]{{2,30}}$")


def codeless_signed_number(key: str) -> bool:
    """A 上行文's 发文字号 printed without its 机关代字, its 签发人 beside it on the line: ``〔2024〕3号
    签发人：王五`` under the red head (the code lost from the text, or never printed): a header's
    number line, though no 发文字号 can be read from it. Near misses: the 签发人 without a number
    (签发人：王五, ``is_signer_line``), the number with its code (县政发〔2024〕3号签发人：李四, a 发文字号),
    a date with a 签发人 (2024年3月2日签发人：王五)."""
    return "签发人" in key and bool(_CODELESS_SIGNED.match(key))


__all__ = ["OFFICE", "PERSON_SIGNATURE_FIRST", "PERSON_SIGNATURE_FIRST_TRADITIONAL", "codeless_signed_number", "is_byline", "is_person_signature", "person_shown", "person_signed", "signers_wrapped", "speaker_named_alone",
           "undashed"]
