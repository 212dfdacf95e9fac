"""Where a document prints its 成文日期, and the days that stand for it when it prints none.

The date block under the signature (or the signature and its day on one line), a line shaped as
a date the grammar cannot read beside the signing organ, the day in the note under a title (a
report delivered, a list adopted), and the day a 纪要's first sentence gives its meeting.
"""

from __future__ import annotations

import re

from .identifiers import ChineseDate, date_shaped
from .issuers import signature_and_day
from .model import Block
from .normalize import fold
from .patterns import is_org_only


# The day a 纪要's first sentence gives its meeting, chaired by someone: 2024年6月20日（上午），县长…主持召开….
_MEETING_DAY = re.compile(r"^((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?:上午|下午|晚上)?[,，]")


def meeting_day(blocks: tuple[Block, ...]) -> str | None:
    """The day of the meeting a 纪要 records, from its first paragraph, when it prints no date
    of its own (no office and date under its banner, none at its end)."""
    first = next((b for b in blocks if b.kind == "paragraph"), None)
    m = _MEETING_DAY.match(first.text.strip()) if first else None
    if m is None or "主持" not in first.text.split("。", 1)[0]:
        return None  # (the day of something else: the flood, the province's meeting before it)
    try:
        parsed = ChineseDate.parse(m.group(1))
    except ValueError:
        return None
    return str(parsed) if parsed else None


def find_date_block(blocks: tuple[Block, ...]) -> Block | None:
    """The block that prints the 成文日期: a signature with its date on one line, or the date
    under the signature; failing those, the first date line. A date line of the body (a
    deadline under its heading, a form's 填报日期) is not under a signature."""
    dated = [(k, b) for k, b in enumerate(blocks)
             if b.kind == "date" or (b.kind == "signature" and signature_and_day(fold(b.text)))]
    for k, b in dated:
        above = next((x for x in reversed(blocks[:k]) if x.kind != "furniture"), None)
        if b.kind == "signature" or (above is not None and above.kind == "signature"):
            return b
    return dated[0][1] if dated else None


def joint_rows_under(blocks: tuple[Block, ...], date_block: Block) -> tuple[Block, ...]:
    """The rows of a joint signature printed under the first one, each organ (or each row of
    organs) over its own date (松岭县教育局　　松岭县财政局 / 2024年8月1日　　2024年8月1日 /
    松岭县人力资源和社会保障局 / 2024年8月1日; or an organ a row: 松岭县农业农村局 / 2024年3月1日 /
    松岭县财政局 / 2024年3月2日): from ``date_block`` (the first row's date) down, the signature
    and date blocks of the rows after it, a page break among them passed. A signature under the
    date without a date of its own is not taken here (an organ printed under the date,
    ``closing.under_the_date``), nor anything past the first block that is neither."""
    shown = [b for b in blocks if b.kind != "furniture"]
    k = next((i for i, b in enumerate(shown) if b is date_block), None)
    if k is None or date_block.kind != "date" or k == 0 or shown[k - 1].kind != "signature":
        return ()
    rows: list[Block] = []
    k += 1
    while k + 1 < len(shown) and shown[k].kind == "signature" and shown[k + 1].kind == "date":
        rows += shown[k: k + 2]
        k += 2
    return tuple(rows)


def own_notes(blocks: tuple[Block, ...], date_block: Block | None, rows: tuple[Block, ...] = ()) -> list[Block]:
    """The document's 附注 blocks: not those under the date of a text it carries after its own
    closing (a 转发 notice's forwarded document printed whole, …南浦县人民政府办公室 / 2024年7月15日 /
    永州市人民政府办公室文件 / … / 永州市人民政府办公室 / 2024年6月28日 / （此件主动公开）: the forwarded
    document's note). A note whose nearest date above is the document's (or a joint signature's
    row), or that has no date above it, is the document's."""
    if not any(b.kind == "note" for b in blocks):
        return []  # (no 附注 at all: most documents; no date need be found)
    own = {id(date_block), *(id(b) for b in rows)}
    out: list[Block] = []
    last_date: Block | None = None
    for b in blocks:
        if b.kind == "date" or (b.kind == "signature" and signature_and_day(fold(b.text))):
            last_date = b
        elif b.kind == "note" and (last_date is None or id(last_date) in own):
            out.append(b)
    return out


def notes_text(notes: list[Block]) -> str:
    """The 附注 of a document from its note blocks, in their order: run together where a bracket
    closes or opens between two (（此件公开发布）（联系人：…）, （此件公开发布）联系人：…), one space
    between two printed without brackets, a field each (公开属性：主动公开 联系人：…)."""
    text = ""
    for b in notes:
        text += " " if text and text[-1] not in ")）" and b.text[:1] not in "(（" else ""
        text += b.text
    return text


def unread_date(blocks: tuple[Block, ...]) -> Block | None:
    """The block that prints the 成文日期 in a form not read, when none was: a line shaped as a
    date (``identifiers.date_shaped``: 2024年3月5, 二〇二四年三月卅日, 2024年3\ufffd5日) over or
    under the signing organ, where the date is printed. (A date-shaped line elsewhere, a body's,
    says nothing of the document's date.)"""
    shown = [b for b in blocks if b.kind != "furniture"]
    for k, b in enumerate(shown):
        key = fold(b.text)
        if key[:1] not in "12一二" or not date_shaped(key):
            continue
        beside = [x for x in (shown[k - 1] if k else None, shown[k + 1] if k + 1 < len(shown) else None) if x]
        if any(x.kind == "signature" or (x.kind == "paragraph" and is_org_only(fold(x.text))) for x in beside):
            return b
    return None


def noted_date(blocks: tuple[Block, ...]) -> str | None:
    """The day in the note under the title, when the document prints no date at its end: the
    day a report was delivered (——2023年1月10日在…会议上) or a list adopted (（2024年5月28日…
    会议通过）)."""
    for b in blocks:
        if b.kind == "subtitle":
            m = _NOTED_DAY.search(fold(b.text))
            if m is None:
                continue  # (a speech's note without its day, the day in the next note)
            try:
                parsed = ChineseDate.parse(m.group(0))
            except ValueError:
                return None
            return str(parsed) if parsed else None
    return None


_NOTED_DAY = re.compile(r"[\d〇○◯零OoΟο一二三四五六七八九十]{2,4}年(?:[\d一二三四五六七八九十]{1,2}|元)月[\d一二三四五六七八九十]{1,3}日")
