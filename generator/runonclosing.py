"""The closing of a document whose line ends a web scraper dropped (``runondocs``): where its body
ends and its closing begins — the 附件说明, the organ that signs, the 成文日期 with its 附注, then the
抄送 and the 印发 line — each a part of its own, every character kept."""

from __future__ import annotations

import re

from .normalize import HAN, fold
from .patterns import ORG_SUFFIX, is_org_only

# A day as a document prints it: in figures or in words (二〇二四年三月一日, its zero as a font or OCR gives
# it: 二O二四; the month 元月), the pattern every run-on item's day is read by (runonnoted's too).
DAY = (r"(?:(?:19|20)\d{2}|(?=[^年]{0,3}[一二三四五六七八九])[〇○◯零ＯOo0Οο一二三四五六七八九]{4})年(?:[\d一二三四五六七八九十]{1,2}|元)月"
       r"[\d一二三四五六七八九十]{1,3}日")
_DAY = re.compile(DAY + r"(?:[（(](?:此件|本件)[^（）()]{1,20}[）)])?")  # (its 附注 after it)
_SENTENCE_END = "。！？”；"
# The closing formulas a document ends with, printed on a line of their own without a full stop.
_FORMULAS = ("此复", "特此通知", "特此通告", "特此公告", "特此批复", "特此函复", "特此函告", "特此报告", "特此决定")
_ORGAN_MAX = 60
_TAIL_MAX = 600  # characters at the line's end where its closing may stand (附件说明, organ, date, 抄送, 印发)


def run_on_closing(words: str) -> tuple[str, list[str]]:
    """The body and the closing of the words after the 主送: the organ that signs and the 成文日期
    (its 附注 in brackets after it), where an organ's name and a day follow a finished sentence and
    end the words or stand before the 抄送, an 附件 or the 印发 line (each then a part of its own)."""
    words = words.strip()
    if "日" not in words:
        return words, []
    for day in _DAY.finditer(words, max(0, len(words) - _TAIL_MAX)):  # (the closing is near the end)
        rest = words[day.end():].lstrip()
        issued = _issued_heading(words[:day.start()], rest)
        if rest and not rest.startswith(_AFTER_THE_DAY) and issued is None:
            continue
        stop = max(words.rfind(mark, max(0, day.start() - _TAIL_MAX), day.start()) for mark in _SENTENCE_END)
        organ = words[stop + 1:day.start()].strip()
        if organ.startswith(_FORMULAS):  # (此复 printed on its own line without its full stop)
            formula = next(f for f in _FORMULAS if organ.startswith(f))
            stop = words.index(formula, stop + 1) + len(formula) - 1
            organ = words[stop + 1:day.start()].strip()
        if stop < 0:
            continue  # (no finished sentence before the organ: no closing, the words not scanned again)
        listed = _attachments_before(organ)
        if listed is not None:
            organ = listed[1]  # (its 附件说明 a part of its own)
        if not organ or len(organ) > _ORGAN_MAX or not is_org_only(fold(organ)):
            continue
        after = [issued, rest[len(issued):].strip()] if issued else _after_the_day(rest)
        return words[:stop + 1].strip(), (listed[0] if listed else []) + [organ, day.group(0)] + [p for p in after if p]
    return words, []


_QUOTED = re.compile(r"《([^《》]{4,60})》")


def _issued_heading(body: str, rest: str) -> str | None:
    """The heading of the instrument a notice issues or forwards when its text follows the day
    without an 附件 label (…印发给你们。南浦县人民政府2024年3月1日南浦县城市更新三年行动方案为…): a
    title the body quotes in 《》 that the words after the day open with, or None."""
    if not rest or "《" not in body:
        return None
    titles = [m.group(1) for m in _QUOTED.finditer(body) if rest.startswith(m.group(1))]
    return max(titles, key=len) if titles else None


# The 附件说明 before the signature: 附件： and the attachments' titles, each ending as an instrument's.
_INSTRUMENT_END = re.compile(r"(?:办法|方案|细则|规定|规则|措施|意见|计划|制度|清单|名单|名录|目录|预案|规划|要点|表|标准|条例)")


# The next attachment's number in a 附件说明 run together (附件：1.…方案2.…名单): a figure and its mark.
_NEXT_ATTACHMENT = re.compile(rf"(?<=[{HAN}》）)])(?=\d{{1,2}}[.．、][{HAN}《])")


def _attachments_before(words: str) -> tuple[list[str], str] | None:
    """(the 附件说明's lines, the organ) of the words between the body's last sentence and the date
    when they open with 附件： and end with an organ's name after an attachment's title
    (``附件：南浦县河长制工作方案南浦县人民政府``; numbered, each attachment a line of its own:
    ``附件：1.…方案2.…名单``), or None. Only the last titles' ends are asked, those an organ's name
    (``_ORGAN_MAX`` characters at most) may follow: a long list is not folded again from each."""
    if not words.startswith(("附件：", "附件:")):
        return None
    for m in reversed(list(_INSTRUMENT_END.finditer(words))):
        organ = words[m.end():].strip()
        if len(organ) > _ORGAN_MAX:
            break
        if organ and is_org_only(fold(organ)):
            listed = words[:m.end()].strip()
            cuts = [0] + [n.start() for n in _NEXT_ATTACHMENT.finditer(listed)] + [len(listed)]
            return [listed[i:j] for i, j in zip(cuts, cuts[1:])], organ
    return None


# (a 附注 in brackets or the contact set apart by spaces after the day: 2024年1月15日　　（此件公开发布）)
_AFTER_THE_DAY = ("抄送", "抄报", "主送", "附件", "（此件", "(此件", "（本件", "(本件", "联系人", "联系电话", "（联系人", "(联系人",
                  "【打印", "【关闭", "【字体", "【我要打印")  # (and a web page's controls under the text)
# The 印发 line last: the office that printed the document, the day, 印发.
_IMPRINT = re.compile(rf"[{HAN}]{{2,40}}?{ORG_SUFFIX}\s*+(?:(?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}日)\s*+印发$")


def _after_the_day(rest: str) -> list[str]:
    """What follows the 成文日期: the 抄送 (or an attachment) and the 印发 line, each a part."""
    rest = rest.strip()
    if not rest:
        return []
    imprint = _IMPRINT.search(rest)
    if imprint is None or imprint.start() == 0 or rest[imprint.start() - 1] not in _SENTENCE_END:
        return _copied(rest)
    return _copied(rest[:imprint.start()].strip()) + [imprint.group(0)]


def _copied(words: str) -> list[str]:
    """``words`` parted before a 抄送 (or 抄报) that follows a finished sentence (the 主送 of the 版记
    first: 主送：…。抄送：…)."""
    cuts = [0] + [m.start() for m in _COPIED.finditer(words)] + [len(words)]
    return [words[i:j] for i, j in zip(cuts, cuts[1:]) if words[i:j]]


_COPIED = re.compile("(?<=[。；])(?=抄[送报][：:])")


__all__ = ["DAY", "run_on_closing"]
