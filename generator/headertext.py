"""The text a block shows of its lines: the line without its markup (``display``), and a header
line's text with the cells of a portal's fields, or a 签发人 printed beside the 发文字号, kept apart
(``header_text``); a red head printed before the 发文字号 on its line, a block of its own (``header_parts``):
with 文件, or a 信函格式's organ alone at the left of the number, a gap between them."""

from __future__ import annotations

import re
from dataclasses import replace

from .headerlines import is_banner, org_and_date, signer_before
from .model import Line
from .normalize import fold, squeeze, squeeze_title, strip_markup
from .patterns import is_doc_number_line, is_header_number_line, is_issuer_line, is_org_only, title_start
from .portal import field_cells, portal_row


def display(line: Line) -> str:
    return strip_markup(line.text)


def header_parts(line: Line, kind: str) -> list[tuple[str, str]]:
    """A header line's blocks, kind and text: one, but for a 发文字号 printed on the red head's line
    (``南浦县人民政府文件　　南政发〔2024〕11号``): a banner, then the number (as a red head over the
    number on a line of its own reads)."""
    text = display(line)
    if kind == "doc_number" and (split := (banner_before_number(text) if "文件" in text else None)
                                 or organ_before_number(text)) is not None:
        banner, rest = split
        return [("banner", squeeze(banner)), (kind, header_text(replace(line, text=rest, key=fold(rest)), kind))]
    return [(kind, header_text(line, kind))]


def header_text(line: Line, kind: str) -> str:
    """A header line's text; a portal's fields printed in cells keep a space between cells
    (``索引号　431626000/2023-00123　分类　综合政务``), which squeezing would run together."""
    text = display(line)
    if kind in ("doc_number", "registration_number", "metadata") and portal_row(line.text) is not None:
        return "\u3000".join(squeeze(cell) for cell in field_cells(text))
    if kind == "doc_number" and (split := signer_before(text)) is not None:
        # (签发人 before the number: kept apart; whatever follows the number too: another's number)
        before, number = split
        rest = text[text.index(number, len(before)) + len(number):]
        signers = squeeze(before) if ":" in before or "：" in before else signers_apart(before)
        return "\u3000".join([signers] + [squeeze(part) for part in (number, rest) if part.strip()])
    if kind == "signer" and (m := _SIGNER_LABEL.match(text.strip())) and not m.group(1).endswith((":", "：")):
        return signers_apart(text)  # (the colon lost: its gap kept, 签发人　王立新)
    if kind == "doc_number" and "类" in text and (m := _CLASS_APART.search(text)) is not None:
        # (a reply's class after a gap beside its number, the 签发人 after it perhaps: kept apart)
        rest = header_text(replace(line, text=text[m.end():], key=fold(text[m.end():])), kind) if text[m.end():].strip() else ""
        return "\u3000".join(part for part in (squeeze_title(text[:m.start()]), m.group(1), rest) if part)
    signer = _SIGNER_AFTER.search(text) if kind == "doc_number" else None
    if signer is not None and text[:signer.start()].strip():
        # (签发人 after the number on its line, as a 请示 prints it: kept apart too)
        return squeeze(text[:signer.start()]) + "\u3000" + signers_apart(signer.group(1))
    if kind == "metadata" and (organs := issuers_apart(text)) is not None:
        return "\u3000".join(organs)  # (青溪县统计局　国家统计局青溪调查队: two issuers, kept apart)
    if kind == "metadata" and len(parts := text.split()) == 2 and org_and_date(fold(text)):
        return "\u3000".join(squeeze(part) for part in parts)  # (an organ and its day: 青溪县水利局　2024年3月25日)
    return squeeze_title(text)  # (a line set apart character by character: its figures joined, 〔2024〕25号)


# A reply's class set apart after its number (资府字〔2024〕12号　　A类, …18号　A类　签发人：陈立新).
_CLASS_APART = re.compile(r"(?<=号)\s+([(（]?[A-C]类[)）]?)(?=\s|$)")


def issuers_apart(text: str) -> list[str] | None:
    """The organs a header line names apart, a gap between each (a 统计公报's issuers over or under its
    title: ``青溪县统计局　国家统计局青溪调查队``), each an organ's name or an organ's unit; None for
    a line of one organ or of anything else (an organ's name spaced out is one: 青 溪 县 统 计 局)."""
    parts = text.split()
    if len(parts) < 2 or any(len(part) < 4 for part in parts) or not all(is_issuer_line(fold(part)) for part in parts):
        return None
    return parts


# (the label's colon lost, a gap in its place, as OCR or a text layer gives it: 签发人　王立新)
_SIGNER_AFTER = re.compile(r"\s*(签\s*发\s*人\s*(?:[:：]|\s).*)$")
_SIGNER_LABEL = re.compile(r"^(签\s*发\s*人\s*[:：]?)\s*(.*)$")


def signers_apart(text: str) -> str:
    """A 签发人 field's text, its names kept apart where it names several (a joint 请示's:
    ``签发人：刘建国　王丽华``), each of two characters or more; a name spaced out to the width of
    three (``签发人：张　敏``), its characters apart, is one name, squeezed."""
    m = _SIGNER_LABEL.match(text.strip())
    names = m.group(2).split() if m else []
    label = squeeze(m.group(1)) if m else ""
    if label and not label.endswith((":", "：")):
        label += "\u3000"  # (the colon lost: its gap kept, the label apart from the names, 签发人　王立新)
    if len(names) < 2 or any(len(name) < 2 for name in names):
        return label + squeeze(m.group(2)) if label.endswith("\u3000") and names else squeeze(text)
    return label + "\u3000".join(names)


def banner_before_number(text: str) -> tuple[str, str] | None:
    """A 发文字号 line that prints the red head before the number (``南浦县人民政府文件　　南政发〔2024〕11号``,
    a space between them or none): (``南浦县人民政府文件``, ``南政发〔2024〕11号``), cut after the first
    文件 before which the words are a red head (``headerlines.is_banner``, organs before 文件) and after which a header's
    number (a 签发人 after it aside); None for any other line. Near misses: the number alone, a
    签发人 before it, a title's words before it (关于印发…文件), a red head over no number (…文件　特急)."""
    start = 0
    while (at := text.find("文件", start)) >= 0:
        head, rest = text[:at + 2], text[at + 2:].strip()
        key = fold(head)
        if is_banner(key) and is_org_only(key[:-2]) and not title_start(key) and rest \
                and is_header_number_line(fold(_SIGNER_AFTER.sub("", rest))):
            return head.strip(), rest
        start = at + 2
    return None


_GAP = re.compile(r"\s{2,}|[\u3000\t]")  # (two spaces or more, an ideographic space, a tab)


def organ_before_number(text: str) -> tuple[str, str] | None:
    """A 发文字号 line of a 信函格式 (a 函's red head printed without 文件) that prints the organ at its
    left and the number at its right, a gap between them (``青溪县人民政府　　　　青政函〔2024〕26号``):
    (``青溪县人民政府``, ``青政函〔2024〕26号``); None for any other line. Near misses: no gap (the
    organ's name may be the number's code), a title's words before the gap, words that are no organ's."""
    stripped = text.strip()
    gap = _GAP.search(stripped)
    if gap is None:
        return None
    head, rest = stripped[:gap.start()], stripped[gap.end():].strip()
    key = fold(head)
    if not rest or not is_org_only(key) or title_start(key) or not is_doc_number_line(fold(_SIGNER_AFTER.sub("", rest))):
        return None
    return head, rest

__all__ = ["banner_before_number", "display", "header_parts", "header_text", "organ_before_number", "signers_apart"]
