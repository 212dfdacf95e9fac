"""A document's closing as blocks (``blocks.build_blocks``): the signature over its date, the 抄送
list, the 印发 line (the imprint) and what the 版记 prints under it, the 主题词, and the runs of
notes, dates and 主送 lines of the 版记."""

from __future__ import annotations

from .closing import (CC_LABELS, cc_joined, copies_at_end, copies_under, head_signs_undated, imprint_after, imprint_blocks,
                      kind_run_end, name_cut, printer_line, subject_words_end, under_the_date)
from .furniture import is_page_mark, is_web_chrome
from .headerlines import interpretation_credit
from .headertext import display
from .imprintlines import imprint
from .model import Block, Line
from .normalize import join_wrapped, squeeze, squeeze_title, unspaced
from .notelines import contact_fields, contact_note_end, contact_note_text
from .personlines import person_shown, person_signed
from .runs import MAX_BETWEEN_ROWS, page_mark_at
from .sealwords import is_seal, seal_between_signers
from .signaturelines import signature_text
from .toclines import is_other_script


def cc_block(lines: list[Line], kinds: list[str], i: int, blocks: list[Block]) -> int:
    """The 抄送 list that opens at ``lines[i]`` appended to ``blocks`` (and the 印发 printed on its
    last line, with what is printed under it); the index after it."""
    n = len(lines)
    taken = [i]  # the list's lines; a page break inside it leaves its page mark out
    while True:
        k = taken[-1] + 1
        while k < n and (kinds[k] == "furniture" or (kinds[k] == "text" and is_page_mark(lines[k]))):
            k += 1
        if k >= n or kinds[k] not in ("text", "org") or printer_line(lines, kinds, k):
            break
        if copies_at_end(lines[k].key) == 0 or imprint(lines[k].key):
            break  # 印数：50份, 编印：…印发 under the list: no organ of it
        above = display(lines[taken[-1]]).rstrip()
        goes_on = above.endswith(("，", ",", "、")) or lines[taken[-1]].key.rstrip(":") in CC_LABELS
        if kinds[k] == "org" and not goes_on:
            break
        if k > taken[-1] + 1 and not (goes_on or name_cut(lines[taken[-1]].key, lines[k].key)) \
                or any(is_web_chrome(lines[x].key) for x in range(taken[-1] + 1, k)):
            break  # over a page break the list goes on after ，、 or inside a name cut (…县人民法 / 院)
        taken.append(k)
    text = cc_joined([unspaced(display(lines[k])) for k in taken])
    printed = imprint_after(text)
    last = lines[taken[-1]].no
    blocks.append(Block("cc", text[:len(text) - len(printed)].rstrip() if printed else text, lines[i].no, last))
    i = taken[-1] + 1
    if printed:  # 抄送：…。  宁海县人民政府办公室  2024年6月3日印发: the 印发 on the list's last line
        blocks += imprint_blocks(printed, last, last)
        i = copies_under(lines, i, blocks)  # (the copies, the proofreader under it)
    return i


def printer_block(lines: list[Line], kinds: list[str], i: int, blocks: list[Block]) -> int | None:
    """The office over the day it printed (an 印发 line over two lines, its word lost) at
    ``lines[i]`` appended to ``blocks``, and the index after what is printed under it; None when
    ``lines[i]`` is no such office."""
    if not printer_line(lines, kinds, i):
        return None
    line = lines[i]
    blocks += imprint_blocks(join_wrapped([display(line), display(lines[i + 1])]), line.no, lines[i + 1].no, tidy=str.strip)
    return copies_under(lines, i + 2, blocks)


def signature_block(lines: list[Line], kinds: list[str], i: int, closing: int, blocks: list[Block]) -> int | None:
    """The organs or persons signing from ``lines[i]`` (over their date, or ending the document
    under its last sentence) appended to ``blocks`` as a signature, and the index after them; None
    when the lines sign nothing (they are text)."""
    n = len(lines)
    kind = kinds[i]
    j = i
    while j + 1 < n and (kinds[j + 1] in ("org", "person") or seal_between_signers(lines, kinds, j + 1)
                         or (kinds[j] == "org" and is_other_script(lines[j + 1].key))):
        j += 1  # (organs signing jointly, each under its seal's mark: 青溪县民政局 / （盖章） / 青溪县财政局;
        # an organ's name in a minority region's script under it: 延吉市人民政府办公室 / 연길시인민정부판공실)
    k = j + 1
    while k < n and ((k - j <= MAX_BETWEEN_ROWS and (page_mark_at(lines, k) or is_seal(lines[k].key)))
                     or kinds[k] == "furniture"):
        k += 1  # a page break between the signature and its date, or the seal's mark (its pieces: sealmarks)
    if (k < n and kinds[k] in ("date", "person_signed")) or (kind == "org" and under_the_date(lines, kinds, i, j, closing)) \
            or (kind == "person" and head_signs_undated(blocks, i, j)) \
            or (kind == "org" and k >= n and j - i <= 2 and (last := _last_text(blocks)) is not None
                and last.kind in ("paragraph", "list_item") and last.text.endswith(("。", "！"))):
        # (or the organs that end the document under its last sentence, its date lost)
        if kind == "org" and i > 0 and blocks and blocks[-1].kind == "paragraph" and blocks[-1].first == blocks[-1].last \
                == lines[i - 1].no and lines[i - 1].place >= lines[i].place - 1 and len(lines[i - 1].key) <= 40 \
                and is_other_script(lines[i - 1].key):
            blocks.pop()  # (the organ's name in a minority region's script over it, a name's length, no text's line:
            i -= 1        # 연길시인민정부판공실 / 延吉市人民政府办公室)
        text = signature_text([person_shown(display(x)) or unspaced(" ".join(display(x).split()))
                               for x, kind_x in zip(lines[i:j + 1], kinds[i:j + 1]) if kind_x != "furniture"])
        blocks.append(Block("signature", text, lines[i].no, lines[j].no))
        return j + 1
    return None


def signed_blocks(line: Line, kind: str) -> list[Block]:
    """A line that signs (``signed``: its signer alone) or signs and dates (``person_signed``: the
    head who signs and the day) as its blocks."""
    if kind == "signed":
        return [Block("signature", unspaced(" ".join(display(line).split())), line.no, line.no)]
    person, day = person_signed(display(line))
    return [Block("signature", person_shown(person) or " ".join(person.split()), line.no, line.no),
            Block("date", day, line.no, line.no)]


def imprint_block(lines: list[Line], i: int, blocks: list[Block]) -> int:
    """The 印发 line at ``lines[i]`` appended to ``blocks``, and the index after what is printed
    under it."""
    line = lines[i]
    blocks += imprint_blocks(display(line), line.no, line.no)
    return copies_under(lines, i + 1, blocks)


def subject_words_block(lines: list[Line], kinds: list[str], i: int, blocks: list[Block]) -> int:
    """主题词：安全生产　春节　通知, of the 版记 (its words wrapped onto the next line too), appended to
    ``blocks`` as a field (metadata), not the body's text; the index after it."""
    j = subject_words_end(lines, kinds, i)
    blocks.append(Block("metadata", " ".join(" ".join(display(lines[x]).split()) for x in range(i, j + 1)),
                        lines[i].no, lines[j].no))
    return j + 1


def run_block(lines: list[Line], kinds: list[str], i: int, blocks: list[Block]) -> int:
    """The run of lines of the kind of ``lines[i]`` (a note, a date, the 版记's 主送 wrapped onto
    lines of its kind) appended to ``blocks`` as one block; the index after it."""
    line, kind = lines[i], kinds[i]
    # (an interpretation's credit keeps the gap between its fields: …教育局　解读人：…)
    j = kind_run_end(kinds, i)
    if kind == "note":  # (a contact over lines, 联系人：王磊 / 联系电话：…: one note, its fields a space apart)
        j = contact_note_end(lines, kinds, i)
    text = " ".join(display(line).split()) if kind == "note" and interpretation_credit(line.key) \
        else (kind == "note" and (contact_fields(display(line)) or (j == i and contact_note_text(display(line)))
                                  or (j > i and " ".join(
                                      squeeze(display(lines[x])) for x in range(i, j + 1))))) \
        or (squeeze_title if kind == "date" else squeeze)(
            join_wrapped([display(lines[x]) for x in range(i, j + 1) if kinds[x] != "furniture"]))
    blocks.append(Block(kind, text, line.no, lines[j].no))  # (a date set apart: 2 0 2 4 年 → 2024年)
    return j + 1


def _last_text(blocks: list[Block]) -> Block | None:
    """The last block that is not the page's furniture (a page break over a signature)."""
    return next((b for b in reversed(blocks) if b.kind != "furniture"), None)


__all__ = ["cc_block", "imprint_block", "printer_block", "run_block", "signature_block", "signed_blocks",
           "subject_words_block"]
