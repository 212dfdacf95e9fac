"""Who issues a document, read from its title (the organs before 关于, 印发, 转发) or from its
signature (one organ a line, several run together, the day or the seal beside them)."""

from __future__ import annotations

import re

from .closing import is_office, organs_run_together
from .normalize import HAN, fold, join_wrapped, squeeze, squeeze_title
from .datefirst import DATE_BEFORE, date_then_organ
from .patterns import ORG_ONLY, is_org_only, signed, signed_in_figures
from .sealwords import without_seal
from .sessions import is_session
from .personlines import is_person_signature
from .titleline import unboxed_title
from .toclines import is_other_script
from .townissuers import is_bare_town, town_ends, town_in_full

_TITLE_ISSUER = re.compile(r"^(?P<issuer>.*?)\s*(?=关于|印发|转发|批转)")
# A section's label run into the title's first line before its issuer ([县政府文件] 松岭县人民政府关于…,
# 【县政府令】…, as a web page or a text layer gives it): the section's, no issuer's.
_LABEL_BEFORE = re.compile(rf"^\s*[【\[［〖][{HAN}]{{2,10}}[】\]］〗]\s*(?=[{HAN}])")


def title_issuers(title_raw: list[str]) -> tuple[str, ...]:
    """Issuers printed before 关于/印发 in the title; joint issuers are separated by spaces or
    stand on lines of their own."""
    parts: list[str] = []
    for raw in _names_whole(_verb_whole([unboxed_title(x) for x in title_raw])):  # (【…的通知】: the title's)
        if raw.lstrip()[:1] in "【[［〖":
            raw = _LABEL_BEFORE.sub("", raw, count=1)
        m = _TITLE_ISSUER.match(raw.strip())
        head = m.group("issuer") if m else raw
        if "《" in head:
            break  # 《关于…的通知》政策解读: the 关于 of the title it quotes, no issuer before it
        if m is None and is_session(fold(raw).strip()):
            parts.append(raw.strip())  # (青溪县第十八届人民代表大会第四次会议 / 关于…的决议: the meeting)
            continue
        if m is None and not ORG_ONLY.fullmatch(fold(raw).replace("、", "")):
            break  # (joint issuers on their line may be parted by 、)
        parts.extend(_org_tokens(head))
        if m is not None:
            break
    return tuple(p for p in parts if p)


_VERBS = ("关于", "印发", "转发", "批转")


def _verb_whole(title_raw: list[str]) -> list[str]:
    """The title's lines with the word after the issuers whole: a narrow page may wrap inside it
    (中共湘阴县委办公室 湘阴县人民政府办公室 关 / 于 2024 年…): its first glyph goes down to the
    line that holds the rest."""
    lines = list(title_raw)
    for k in range(len(lines) - 1):
        head, tail = lines[k].rstrip(), lines[k + 1].lstrip()
        if any(head.endswith(verb[0]) and tail.startswith(verb[1]) for verb in _VERBS):
            lines[k], lines[k + 1] = head[:-1], head[-1] + tail
    return lines


def _names_whole(lines: list[str]) -> list[str]:
    """The title's lines with an issuer's name the wrap cut joined again (江华瑶族自治县人民政府办 /
    公室关于…): the words before the verb on the next line are no organ of their own, and with the
    line above they make one."""
    out: list[str] = []
    for line in lines:
        if out:
            m = _TITLE_ISSUER.match(line.strip())
            head = (m.group("issuer") if m else line).strip()
            if head and ORG_ONLY.fullmatch(fold(out[-1])) and not ORG_ONLY.fullmatch(fold(head)) \
                    and ORG_ONLY.fullmatch(fold(out[-1] + head)):
                out[-1] = out[-1].rstrip() + line.strip()
                continue
        out.append(line)
    return out


# The date after the organ on a signature line, in Arabic or Chinese numerals, with its note.
_SIGNED_DATE = re.compile(r"\s*(?:(?:19|20)\d{2}|[〇○零OＯ一二三四五六七八九]{4})\s*年.*$")


_SIGNED_FIGURES = re.compile(r"\s*(?:19|20)\d{2}\s*([./-])\s*\d{1,2}\s*\1\s*\d{1,2}\s*$")


def signature_and_day(key: str) -> tuple[str, str] | None:
    """A signature block's organ and date on one line, the date in words or in figures, or the
    date first (2024年11月5日　　青溪县人民政府办公室, where it closes the document: linekinds)."""
    return signed(key) or signed_in_figures(key) or date_then_organ(key)


_SEAL_TEXT = re.compile(r"\s*[（(]?(?:印章|印|盖章|公章|代章)[）)]?\s*$")
# The seal's mark after each of joint signers on one line, a gap to the next (青溪县财政局（盖章）　　青溪县民政局（盖章））.
_SEAL_BEFORE_A_GAP = re.compile(r"\s*[（(](?:印章|印|盖章|公章|代章)[）)](?=\s)")


def signature_issuers(text: str) -> tuple[str, ...]:
    out: list[str] = []
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if is_person_signature(line) or is_office(line) or (k > 0 and is_office(lines[k - 1])):
            continue  # 县长 张三 (or 县  长 over 张三): a person, not an organ
        if is_other_script(line):
            continue  # the organ's name in a minority region's script over or under the Chinese: the same organ
        if signed(fold(line)):
            line = _SIGNED_DATE.sub("", line)
        elif signed_in_figures(fold(line)):
            line = _SIGNED_FIGURES.sub("", line)  # 松岭县人民政府　　2024.4.20
        elif date_then_organ(fold(line)):
            line = DATE_BEFORE.sub("", line)  # 2024年11月5日　　青溪县人民政府办公室
        if "章" in line or "印" in line:
            line = _SEAL_BEFORE_A_GAP.sub("", line)  # (the first organs' marks; the last's just under)
        seal = _SEAL_TEXT.search(line)
        if seal and without_seal(fold(line)) != fold(line):
            line = line[:seal.start()]  # 资兴市人民政府办公室（印）
        out.extend(_org_tokens(line))
    return tuple(dict.fromkeys(out))  # (a seal repeats the organ's name under it)


def _org_tokens(text: str) -> list[str]:
    """Split ``中共湘阴县委办公室 湘阴县人民政府办公室`` (or parted by 、: ``桐溪县财政局、桐溪县农业农村局``)
    into organ names; spaced-out single characters (``湘 阴 县``) are put back together."""
    tokens = text.replace("、", " ").split() if "、" in text else text.split()
    out: list[str] = []
    buf = ""
    for k, tok in enumerate(tokens):
        buf += tok
        if (ORG_ONLY.fullmatch(fold(buf)) or town_ends(fold(buf), tokens[k + 1] if k + 1 < len(tokens) else "")) \
                and len(tok) > 1:
            out.append(squeeze(buf))  # (a town named bare among joint issuers: 县人民政府、城关镇, 青石镇　白沙镇)
            buf = ""
    if buf:
        if out and not ORG_ONLY.fullmatch(fold(buf)) and not is_bare_town(fold(buf)):
            out[-1] = squeeze(out[-1] + buf)
        else:
            out.append(squeeze(buf))
    return [p for o in out if o for p in organs_run_together(o)]  # (桐柏县人民政府办公室桐柏县财政局: two)


# The words before the verb of a title's line, set apart by gaps (its joint issuers printed so).
_GAPPED_HEAD = re.compile(r"^\s*(?P<head>\S+(?:\s+\S+?)+?)\s*(?=关于|印发|转发|批转)")


def issuers_apart(text: str) -> str | None:
    """A title whose joint issuers are printed apart by a gap before 关于, 印发, 转发 or 批转
    (``松岭县人民政府办公室　松岭县财政局关于…的通知``): the title as a careful publisher shows it,
    one space between two issuers (``松岭县人民政府办公室 松岭县财政局关于…``, ``县委 县政府关于…``), the rest squeezed
    (``squeeze_title``); None where the words before the verb are not two organs' names or more,
    each whole (one organ and a gap before 关于; a name cut by the gap, 松岭县人民政府　办公室; a
    letter-spaced title, 松 岭 县 …; a verb before the gap, …办公室转发县财政局　县农业农村局关于…)."""
    m = _GAPPED_HEAD.match(text)
    if m is None:
        return None
    words = m.group("head").split()
    if not all(len(w) >= 2 and (is_org_only(fold(w)) or town_ends(fold(w), words[k + 1] if k + 1 < len(words) else ""))
               and not any(v in w for v in _VERBS) for k, w in enumerate(words)):  # (a town bare: 县水利局　青石镇关于…)
        return None
    return " ".join(words) + squeeze_title(text[m.end():])


def issuers_over_lines(parts: list[str]) -> str | None:
    """A title whose joint issuers stand each on a line of their own over its words (青溪县财政局 /
    青溪县农业农村局 / 关于…的通知, or the last issuer on the verb's line): the title as ``issuers_apart``
    shows it, one space between two issuers (青溪县财政局 青溪县农业农村局关于…). None where fewer than
    two lines are issuers' names whole (one organ over 关于…; a name the wrap cut, …人民政府办 / 公室关于…,
    ``issuers_apart``'s near misses), or a line ends with 、 (its own mark between them)."""
    k = 0
    while k < len(parts) - 1 and not parts[k].rstrip().endswith("、") and is_org_only(fold(parts[k])):
        k += 1
    if k == 0 or (k == 1 and parts[1].lstrip().startswith(_VERBS)):
        return None  # (no issuer's line, or one organ over 关于…: the common title, asked no more)
    rest = join_wrapped(parts[k:])
    return issuers_apart(" ".join(p.strip() for p in parts[:k]) + ("" if rest.startswith(_VERBS) else " ") + rest)


__all__ = ["issuers_apart", "issuers_over_lines", "issuers_in_full", "named_short", "signature_and_day", "signature_issuers", "title_issuers"]


# The place before an organ's level, as a signature prints it and a title may leave out (青溪, 永州市道).
_PLACE = re.compile(f"[{HAN}]{{1,8}}")
_LEVELS = "省市州县区旗"
_ORGAN_IN_PLACE = re.compile(r"中共|[委府局室办厅部]")  # (another organ before: 中共青溪县委, 县委办青溪)


def issuers_in_full(issuer: tuple[str, ...], signers: tuple[str, ...]) -> tuple[str, ...]:
    """The title's issuers, or the signature's where the title names each of them without its place
    (the title's 县人民政府, 县财政局, 县委 over the signature's 青溪县人民政府, 青溪县财政局, 中共青溪县委) or by its short name
    (``named_short``: 县政府办, 县安委办, 县防指 over 青溪县人民政府办公室, 青溪县安全生产委员会办公室,
    青溪县防汛抗旱指挥部): the organs are the same, their full names the signature's. Else the title's
    as they are."""
    if len(issuer) == 1 and len(signers) == 2 and "两办" in issuer[0] and two_offices(issuer[0], signers):
        return signers  # (the title's 县两办 signed by the party committee's office and the government's)
    if not issuer or len(issuer) != len(signers):
        return issuer
    for short, full in zip(issuer, signers):
        name = full.removeprefix("中共")  # (the title's 县委 signed 中共青溪县委)
        place = name[:len(name) - len(short)]
        if not (short[:1] in _LEVELS and name.endswith(short) and _PLACE.fullmatch(place)
                and _ORGAN_IN_PLACE.search(place) is None) and not named_short(short, full) \
                and not town_in_full(short, full):  # (青石镇 signed 青石镇人民政府)
            return issuer
    return signers


# The party committee's office and the government's, named together short: 县两办, 市两办, 两办.
_TWO_OFFICES = re.compile(rf"[{_LEVELS}]?两办")


def two_offices(short: str, signers: tuple[str, ...]) -> bool:
    """``short`` names together the two offices that sign (``县两办`` signed 中共青溪县委办公室 and
    青溪县人民政府办公室): the party committee's office and the government's, of one place, in
    either order. Not two other organs (县委 and 县政府, two bureaus)."""
    if not _TWO_OFFICES.fullmatch(short):
        return False
    names = sorted((name.removeprefix("中共") for name in signers), key=lambda name: name.endswith("政府办公室"))
    party, government = names
    if not (party.endswith("委办公室") and government.endswith("政府办公室")):
        return False
    place = party[:-len("委办公室")]
    return government.startswith(place) and government[len(place):] in ("人民政府办公室", "政府办公室")


def named_short(short: str, full: str) -> bool:
    """``short`` names the organ ``full`` names, by its level and a few of its words, as a title may
    (县政府办 for 青溪县人民政府办公室, 县委办 for 中共青溪县委办公室, 县安委办 for 青溪县安全生产委员会办公室,
    县防指 for 青溪县防汛抗旱指挥部, 县发改局 for 青溪县发展和改革局): the same level after the place,
    the same first word (人民 left out of a government's name), every character of the short name in
    the full one in order, its last in the full name's last word (办 in 办公室, 指 in 指挥部). Not
    another organ of the place: 县政府 for its office, 县委 for 中共青溪县委办公室, 县政府办 for
    青溪县人民政府督查室."""
    if len(short) < 3 or short[0] not in _LEVELS or len(short) >= len(full):
        return False
    name = full.removeprefix("中共")
    at = name.find(short[0])
    if at < 1 or not _PLACE.fullmatch(name[:at]) or _ORGAN_IN_PLACE.search(name[:at]):
        return False
    rest, words = name[at + 1:], iter(name[at + 1:])
    first = rest[2:3] if rest.startswith("人民") and not short.startswith("人民", 1) else rest[:1]
    return short[1] == first and all(c in words for c in short[1:]) and short[-1] in rest[-3:]
