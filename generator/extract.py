"""Fill a document's GB/T 9704 fields from its blocks.

Pure functions: blocks in, field values and diagnostics out. The table of contents and the
duplicate copy are reconciled later (pipeline.py); here only what the document itself prints.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .attachments import attachments_of
from .closing import is_imprint_extra
from .decisionlines import decision_day
from .effective import effective_date
from .docdates import find_date_block, joint_rows_under, meeting_day, noted_date, notes_text, own_notes, unread_date
from .headerlines import credit_organs, interpretation_credit, is_interpretation, is_notice_banner, org_and_date, section_name, without_signer_before
from .headertext import issuers_apart
from .identifiers import ChineseDate, DocNumber, RegistrationNumber
from .imprintlines import imprint, imprint_unworded
from .model import Attachment, Block, Diagnostic
from .normalize import fold, squeeze
from .titleline import bracketed_number, trailing_day, trailing_number, word_repeated_at_a_wrap
from .patterns import (
    ORG_ONE,
    ORG_ONLY,
    RECIPIENTS_LABEL,
    bare_doc_number,
    doc_type_of,
    is_date_line,
    is_issuer_line,
    is_registration_line,
    without_date_note,
)
from .issuers import issuers_in_full, signature_and_day, signature_issuers, title_issuers
from .notelines import REGISTRATION_NOTE
from .portal import bare_number_field
from .wechat import original_title
from .recipientnames import cc_names, split_names
from .personlines import undashed

_RECIPIENTS_LABEL = re.compile(rf"^\s*(?:{RECIPIENTS_LABEL}[:：]|尊敬的)\s*")  # 主送：巴彦淖尔市人民政府
# (an 答复's salutation to the deputy, 尊敬的赵春梅代表：, names 赵春梅代表)
# The 附注 at the end of a date line as printed (either bracket width): （此件主动公开）.
# (or a contact run onto the date's line, after that note or in its brackets: datelines.CONTACT_NOTE as printed)
_INLINE_NOTE = re.compile(r"(?:[（(](?:此件|本件)[^（）()]{1,20}[）)]|[（(](?:(?:此件|本件)[^（）()。，,；;：:]{1,12}[。，,；;])?(?:联系人|联系单位|联系方式|联系电话)[:：，,][^（）()]{2,60}[）)]){1,2}\s*$")


def _closing_registration(closing: tuple[Block, ...]) -> RegistrationNumber | None:
    """The 登记号 of a note after the date (only there: a body may quote another document's):
    ``（本文件登记号：WCDR-2024-01003）``, or a labelled registration line, in brackets or not,
    its label naming the region too (南浦县规范性文件登记号：NPDR-2024-01002)."""
    for b in closing:
        if "登" not in b.text and "&" not in b.text:
            continue  # (no 登记 in the key: folding makes no 登 but from a character reference)
        key = fold(b.text)
        m = REGISTRATION_NOTE.match(key)
        if m:
            return RegistrationNumber.parse(m.group("number"))
        if "登记" in key and is_registration_line(key):
            return RegistrationNumber.search(key)
    return None


def _bare_number(block: Block, text: str, diagnostics: list[Diagnostic]) -> DocNumber | None:
    """The 发文字号 of a number line that prints it without its brackets (南政发2024年3号; ``text``:
    the line without a 签发人 printed before the number), said with its printed form as info."""
    number = bare_doc_number(fold(text)) or bare_number_field(fold(text))
    if number is not None:
        diagnostics.append(Diagnostic(
            "doc-number-without-brackets", "info",
            f"发文字号 printed without its brackets: {' '.join(text.split())} read as {number}",
            block.first, block.text))
    return number


def _number_and_rule_number(blocks: tuple[Block, ...], first: DocNumber) -> tuple[DocNumber, DocNumber | None]:
    """A normative document numbered twice in its header, as some provinces print it: the 发
    number and the 规 number (铜府发〔2023〕5号　　铜府规〔2023〕2号, either first, on one line or
    on two): the 发 number is the document's, the 规 number its registration. A 规 number alone is
    the document's number (it is cited by it); so is the first of two other numbers (a joint
    document's)."""
    numbers = []
    for b in blocks:
        if b.kind == "furniture":
            continue  # (a page break between the two numbers)
        if b.kind not in HEADER_KINDS:
            break  # (the header's numbers only: a body may cite others)
        if b.kind == "doc_number":
            numbers.extend(DocNumber.finditer(without_signer_before(b.text)))
    for rule in numbers:
        other = next((n for n in numbers if rule.registers(n)), None)
        if other is not None:
            return other, rule
    return first, None


# Who wrote an interpretation: 解读机关：耒阳市住房和城乡建设局, also in brackets with the contact
# after it on its line, （解读单位：武陵县农业农村局　联系电话：0744－8221234）.
_INTERPRETER = re.compile(rf"^(?:解读机关|解读单位|解读部门):(?P<org>{ORG_ONLY.pattern}(?:、{ORG_ONLY.pattern}){{0,3}})"
                          r"(?:[,;]?(?:联系人|联系电话|电话|联系方式):[^()]{1,40})?$")


HEADER_KINDS = frozenset({"section", "banner", "registration_number", "doc_number", "signer", "title",
                          "order_number", "metadata", "subtitle", "byline"})


@dataclass(frozen=True, slots=True)
class Fields:
    title: str
    doc_type: str | None
    doc_number: DocNumber | None
    registration_number: RegistrationNumber | DocNumber | None  # (a 规 number: _number_and_rule_number)
    issuer: tuple[str, ...]
    date: str | None
    printed_date: str | None
    printed_by: str | None
    recipients: tuple[str, ...]
    cc: tuple[str, ...]
    note: str | None
    attachments: tuple[Attachment, ...]
    section: str | None
    effective_date: str | None = None  # the day it takes effect, as its text states (``effective``)


def extract_fields(blocks: tuple[Block, ...], title_raw: list[str]) -> tuple[Fields, list[Diagnostic]]:
    diagnostics: list[Diagnostic] = []
    title_block = next((b for b in blocks if b.kind == "title"), None)
    title = title_block.text if title_block else ""

    doc_number = None
    reg = None
    for b in blocks:
        if b.kind == "doc_number" and doc_number is None:
            number_text = without_signer_before(b.text)
            doc_number = DocNumber.search(number_text) or _bare_number(b, number_text, diagnostics)
            if reg is None:
                reg = RegistrationNumber.search(b.text)
        elif b.kind == "registration_number" and reg is None:
            reg = RegistrationNumber.search(b.text)
    if doc_number is not None and reg is None:
        doc_number, reg = _number_and_rule_number(blocks, doc_number)

    split = (trailing_number(title_raw[-1]) or bracketed_number(title_raw[-1])) if title_raw else None
    if split is not None:
        # the number printed at the end of the title's line: not part of the title
        number_text = squeeze(split[1].printed)
        for printed in (f"（{number_text}）", f"({number_text})", number_text):  # (in brackets or not)
            if title.endswith(printed):
                title = title[:-len(printed)].rstrip()
                break
        title_raw = [*title_raw[:-1], split[0]]
        if doc_number is None and DocNumber.parse(split[1].printed) is None:
            diagnostics.append(Diagnostic(
                "doc-number-without-brackets", "info",
                f"发文字号 printed without its brackets: {split[1].printed} read as {split[1]}",
                title_block.first if title_block else None, number_text))
        doc_number = doc_number or split[1]
    titled_day = trailing_day(title_raw[-1]) if title_raw else None
    if titled_day is not None:  # the day printed after the 文种 on the title's line: the document's day
        day_text = squeeze(titled_day[1])
        title = title[:-len(day_text)].rstrip() if title.endswith(day_text) else title
        title_raw = [*title_raw[:-1], titled_day[0]]

    repeated = word_repeated_at_a_wrap(title_raw) if len(title_raw) > 1 else None
    if repeated is not None and title.count(repeated * 2) == 1:
        diagnostics.append(Diagnostic(
            "title-rebuilt", "info",
            f"title printed with the word {repeated} repeated across a line break; one copy dropped",
            title_block.first if title_block else None, title))
        title = title.replace(repeated * 2, repeated)
    reposted = original_title(fold(title), [fold(b.text) for b in blocks if b.kind == "metadata"])
    if reposted is not None:  # (a portal's or a post's headline over 原标题：…的通知: the document's own)
        title = next(squeeze(b.text)[len("原标题："):].strip().strip("《》") for b in blocks if fold(b.text).startswith("原标题:"))

    recipients = ()
    first_body = next((b for b in blocks if b.kind not in HEADER_KINDS and b.kind != "furniture"),
                      None)
    moved = next((b for b in blocks if b.kind == "recipients" and b is not first_body), None)
    if first_body is not None and first_body.kind == "recipients":
        recipients = split_names(_RECIPIENTS_LABEL.sub("", first_body.text).rstrip("：:。"))
    elif moved is not None and _RECIPIENTS_LABEL.match(moved.text):  # (the 主送 moved to the 版记)
        recipients = split_names(_RECIPIENTS_LABEL.sub("", moved.text).rstrip("：:。"))

    date = None
    date_block = find_date_block(blocks)
    joint_rows = joint_rows_under(blocks, date_block) if date_block is not None else ()
    for dated in (date_block, *(b for b in joint_rows if b.kind == "date")) if date_block is not None else ():
        try:
            day = (without_date_note(fold(dated.text)) if dated.kind == "date"
                   else signature_and_day(fold(dated.text))[1])
            parsed = ChineseDate.parse(day)
            # (a joint document's 成文日期 is the day its last organ signed: the latest under the organs)
            date = max(date, str(parsed)) if parsed and date else str(parsed) if parsed else date
        except ValueError:
            diagnostics.append(Diagnostic(
                "date-invalid", "warning",
                "成文日期 is not a real calendar date; expected YYYY年M月D日",
                dated.first, dated.text))

    if date is None:
        date = noted_date(blocks)
    if date is None and titled_day is not None:
        parsed = ChineseDate.parse(fold(titled_day[1]).strip("()"))
        date = str(parsed) if parsed else None
    header_org = None
    if date is None:
        # a 纪要's office and date printed under its banner
        metadata = [b for b in blocks if b.kind == "metadata"]
        found = next(((b, x) for b in metadata for x in [org_and_date(fold(b.text))] if x), None)
        if found is None:  # the office and the date on lines of their own
            org = next((fold(b.text) for b in metadata if ORG_ONLY.fullmatch(fold(b.text))), None)
            dated = next((b for b in metadata if is_date_line(fold(b.text))), None)
            found = (dated, (org, fold(dated.text))) if org and dated else None
        if found:
            block, (header_org, day) = found
            try:
                date = str(ChineseDate.parse(day))
            except ValueError:
                diagnostics.append(Diagnostic(
                    "date-invalid", "warning", "成文日期 is not a real calendar date; expected YYYY年M月D日",
                    block.first, block.text))
    doc_type = doc_type_of(fold(title))
    if date is None and doc_type == "纪要":
        date = meeting_day(blocks)
    if date is None and doc_type is None:
        date = decision_day(blocks)  # (…任免国家工作人员 / 2024年3月25日，县人民政府第15次常务会议决定：)

    unread = unread_date(blocks) if date is None and not diagnostics else None
    if unread is not None:
        diagnostics.append(Diagnostic("date-unreadable", "warning",
                                      f"成文日期 not read from {squeeze(unread.text)}; expected YYYY年M月D日",
                                      unread.first, unread.text))

    dated = date_block or unread  # (the 登记号 in a note under the date, read or not)
    if reg is None and dated is not None:
        reg = _closing_registration(blocks[_index_of(blocks, dated) + 1:])

    issuer = title_issuers(title_raw)
    signature = None
    if date_block is not None:
        idx = _index_of(blocks, date_block)
        if date_block.kind == "signature":
            signature = date_block
        else:
            k = idx - 1
            while k > 0 and blocks[k].kind == "furniture":
                k -= 1  # a page break between the signature and the date
            under = idx + 1
            while under < len(blocks) and blocks[under].kind == "furniture":
                under += 1  # (a page break between the date and the signature under it)
            if k >= 0 and blocks[k].kind == "signature":
                signature = blocks[k]
            elif under < len(blocks) and blocks[under].kind == "signature":
                signature = blocks[under]  # printed under the date (closing.under_the_date)
    signers = signature_issuers(signature.text) if signature else ()
    if signature is not None and joint_rows:  # (the organs of a joint signature's rows under the first)
        signers = tuple(dict.fromkeys(signers + tuple(org for b in joint_rows if b.kind == "signature"
                                                      for org in signature_issuers(b.text))))
    if not issuer:
        issuer = signers
    if not issuer:
        byline = next((b for b in blocks if b.kind == "byline"), None)
        # (a speaker of several offices, 县委常委、宣传部部长　陈红, names no body whole: the
        # government, when the last is the county's head, pipeline._speakers_government)
        m = ORG_ONE.match(undashed(fold(byline.text))) if byline and "、" not in byline.text else None
        issuer = (m.group(0),) if m else ()
    if not issuer and header_org:
        issuer = (header_org,)
    if not issuer:  # a 通告's banner over its subject: 某县人民政府通告, or 某县人民政府 / 通　　告
        banner = fold("".join(b.text for b in blocks if b.kind == "banner"))
        issuer = (banner[:-2],) if is_notice_banner(banner) else ()
    if not issuer:  # the organs printed under the title (a 统计公报's)
        issuer = tuple(organ for b in blocks if b.kind == "metadata" and is_issuer_line(fold(b.text))
                       for organ in (issuers_apart(b.text) or [squeeze(b.text)]))  # (two on a line, apart)
    if not issuer:
        # an interpretation names who wrote it: 解读机关：耒阳市住房和城乡建设局
        field = next((m for b in blocks if b.kind == "paragraph"
                      for m in [_INTERPRETER.match(_unbracketed(fold(b.text)))] if m), None)
        issuer = credit_organs(field.group("org")) if field else ()
    if not issuer:  # or its closing line in brackets: （县财政局供稿）, （县财政局、县税务局供稿）
        issuer = next((credit_organs(org) for b in blocks if b.kind == "note"
                       for org in [interpretation_credit(fold(b.text), bare=is_interpretation(fold(title)))] if org), ())
    issuer = issuers_in_full(issuer, signers)  # (the title's 县人民政府 signed 青溪县人民政府)
    if not issuer and title:
        m = ORG_ONE.match(fold(title))
        if m and not title.startswith(("关于", "印发", "转发", "批转")):  # (关于调整…指挥部成员的通知 names none)
            issuer = (m.group(0),)
    elif signers and tuple(fold(x) for x in signers) != tuple(fold(x) for x in issuer) \
            and issuers_in_full(signers, issuer) != issuer:  # (signed short, 县委办公室, under the full names)
        diagnostics.append(Diagnostic(
            "issuer-signature-differs", "info",
            f"the title names {'、'.join(issuer)} but the document is signed by "
            f"{'、'.join(signers)}", signature.first, signature.text.replace("\n", " ")))

    printed_by = printed_date = None
    # (the count of copies, 印数：50份 or （共印120份）, and the proofreader, 校对：王小明, are imprint
    # lines too, but not the 印发 line; the last: a body may quote a 版记 as an example)
    imprint_block = next((b for b in reversed(blocks) if b.kind == "imprint" and not is_imprint_extra(fold(b.text))),
                         None)
    if imprint_block is not None:
        found = imprint(fold(imprint_block.text)) or imprint_unworded(fold(imprint_block.text))  # (印发 lost)
        if found:
            org, day = found
            printed_by = org or None
            try:
                printed_date = str(ChineseDate.parse(day))
            except ValueError:
                diagnostics.append(Diagnostic(
                    "date-invalid", "warning",
                    "印发日期 is not a real calendar date; expected YYYY年M月D日印发",
                    imprint_block.first, imprint_block.text))
        if printed_by is None:
            head = imprint_block.text.split(" ")[0] if " " in imprint_block.text else None
            if head and ORG_ONLY.fullmatch(fold(head)):
                printed_by = squeeze(head)

    cc: tuple[str, ...] = ()
    for cc_block in (b for b in blocks if b.kind == "cc"):
        cc += tuple(name for name in cc_names(cc_block.text) if name not in cc)

    note = notes_text(own_notes(blocks, date_block, joint_rows)) or None  # (（此件公开发布）（联系人：…）)
    if note is None and date_block is not None and date_block.kind in ("date", "signature"):
        inline = _INLINE_NOTE.search(date_block.text)
        note = inline.group(0) if inline else None

    fields = Fields(
        title=title,
        doc_type=doc_type,
        doc_number=doc_number,
        registration_number=reg,
        issuer=issuer,
        date=date,
        printed_date=printed_date,
        printed_by=printed_by,
        recipients=recipients,
        cc=cc,
        note=note,
        attachments=attachments_of(blocks, doc_number),
        section=next((section_name(b.text) for b in blocks if b.kind == "section"), None),
        effective_date=effective_date(blocks, date, printed_date, title),
    )
    return fields, diagnostics


def _index_of(blocks: tuple[Block, ...], block: Block) -> int:
    """``blocks.index(block)``, each block's first line compared before the whole block (a dataclass's
    ``__eq__``, field by field, asked of every block before it)."""
    first = block.first
    for at, b in enumerate(blocks):
        if b is block or (b.first == first and b == block):
            return at
    raise ValueError(f"{block!r} is not in the blocks")


def _unbracketed(key: str) -> str:
    """A folded line without the brackets around it whole: (解读单位:…) is 解读单位:…."""
    return key[1:-1] if key.startswith("(") and key.endswith(")") and key.count("(") == 1 else key


