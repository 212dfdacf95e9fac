"""The 印发 line (印发机关和印发日期) in the forms it is printed: the office and the day before 印发,
under a label, the day first, after the label 印发, or as two labelled fields. Judged on folded keys."""

from __future__ import annotations

import re

from .identifiers import FIGURE_DATE_PATTERN, arabic
from .patterns import HAN, ORG, ORG_LAST

# The day it was printed (曰 for 日: OCR's misreading, read as the 成文日期's is: …2024年8月27曰印发).
_DAY = r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}[日曰]"
_IMPRINT = re.compile(rf"^(?P<org>(?:{ORG}){{0,3}})(?P<date>{_DAY})印发$")


# The day first (2024年4月10日印发　达拉特旗人民政府办公室), or the organ and the day after the label
# 印发 (印发：达拉特旗人民政府办公室　2024年4月25日), as other provinces print it.
_IMPRINT_LABEL = re.compile(r"^(?:编印|印发机关|印发):")
_IMPRINT_DAY_FIRST = re.compile(rf"^(?P<date>{_DAY})印发(?P<org>(?:{ORG}){{1,3}})$")
# The day first and 印发 after the organ (2024年8月2日　　南浦县人民政府办公室印发).
_IMPRINT_DAY_THEN_ORG = re.compile(rf"^(?P<date>{_DAY})(?P<org>(?:{ORG}){{1,3}})印发$")
_IMPRINT_LABELLED = re.compile(rf"^印发:(?P<org>(?:{ORG}){{1,3}})(?P<date>{_DAY})(?:印发)?$")
# The organ and the day as two labelled fields, as a web page's copy prints the 版记:
# 印发机关：桐溪县人民政府办公室　　印发日期：2024年2月1日.
_IMPRINT_FIELDS = re.compile(rf"^印发(?:机关|单位):(?P<org>(?:{ORG}){{1,3}})"
                             rf"印发(?:日期|时间):(?P<date>{_DAY})$")


def imprint(key: str) -> tuple[str, str] | None:
    """印发机关和印发日期: ``平江县人民政府办公室2023年7月28日印发`` → (org, date text); also
    under a label (``编印：资溪县人民政府办公室　2024年3月6日印发``), the day first
    (``2024年4月10日印发　达拉特旗人民政府办公室``, ``2024年8月2日　南浦县人民政府办公室印发``) or
    after the organ under the label 印发
    (``印发：达拉特旗人民政府办公室　2024年4月25日``); the organ and the day as two labelled fields
    (``印发机关：桐溪县人民政府办公室　　印发日期：2024年2月1日``); the day in figures in any of
    them (``…办公室　2024.5.21印发``, ``印发日期：2024-05-21``: ``days_in_words``)."""
    if "印发" not in key:
        return None
    if "." in key or "-" in key or "/" in key:
        key = days_in_words(key)
    if key.endswith("印发"):
        m = _IMPRINT.match(arabic(_IMPRINT_LABEL.sub("", key))) or _IMPRINT_DAY_THEN_ORG.match(arabic(key))
    elif key.startswith("印发:") or "日印发" in key or "曰印发" in key:
        m = _IMPRINT_LABELLED.match(arabic(key)) or _IMPRINT_DAY_FIRST.match(arabic(key))
    elif key.startswith(("印发机关:", "印发单位:")):
        m = _IMPRINT_FIELDS.match(arabic(key))
    else:
        return None
    return (m.group("org"), m.group("date")) if m else None


# The count of copies printed after the day on the 印发 line (…2024年3月6日印发　共印50份).
_COPIES_AFTER = re.compile(r"[(（]?(?:共印|印数:?)\d{1,6}[份册][)）]?$")


def imprint_and_copies(key: str) -> tuple[str, str] | None:
    """``imprint``, of the 印发 line also where the count of copies follows it on the line
    (``青溪县人民政府办公室2024年3月6日印发共印50份``)."""
    found = imprint(key)
    if found is None and ("共印" in key or "印数" in key) and (m := _COPIES_AFTER.search(key)):
        found = imprint(key[:m.start()])
    return found


# A day in figures, as a web page's copy or a careless hand prints the 印发日期 (2024.5.21,
# 2024-05-21, 2024/5/21: one separator, twice), not inside a longer run of figures.
_FIGURE_DAY = re.compile(rf"(?<![0-9.\-/]){FIGURE_DATE_PATTERN.pattern}(?![0-9.\-/])")


def days_in_words(key: str) -> str:
    """A folded 印发 line with each day in figures written as dates are matched:
    ``松岭县人民政府办公室2024.5.21印发`` → ``松岭县人民政府办公室2024年5月21日印发``; other text as it is."""
    return _FIGURE_DAY.sub(lambda m: f"{m.group('y')}年{int(m.group('m'))}月{int(m.group('d'))}日", key)


# The offices that handle and oversee the matter, in the 版记 (主办：县农业农村局　　督办：县政府督查室):
# labelled fields of organs' names, one of them 督办 (a web page's footer prints 主办 and 承办, never 督办).
_HANDLING_LABEL = r"(?:主办|协办|承办|配合|督办)(?:单位|部门)?:"
_OFFICE = rf"[{HAN}()、]{{1,30}}?[{''.join(sorted(ORG_LAST))}]"  # (an organ's name ends so: 局, 室, 办, 府 …)
_HANDLING = re.compile(rf"^(?:{_HANDLING_LABEL}{_OFFICE}){{1,4}}$")


def handling_offices(key: str) -> bool:
    """The offices that handle and oversee the document's matter, a line of its 版记:
    ``主办：县农业农村局　　　　督办：县政府督查室``, ``督办单位：县委县政府督查室``; labelled organs,
    one under 督办, nothing else. Not a person under the label (督办：王小明), not a web page's footer (主办：…　承办：…, no 督办), nor a sentence
    that names the 督办 (由县政府督查室负责督办。, 督办：各单位于3月底前报送进展情况。)."""
    return "督办" in key and _HANDLING.match(key) is not None \
        and any(m.group(0).startswith("督办") for m in re.finditer(_HANDLING_LABEL, key))


def handling_field(key: str) -> bool:
    """One or more of those fields with no 督办 among them (``主办：县农业农村局``): a line of the 版记
    only beside the line that names the 督办 (``handling_offices``); alone, a web page's footer."""
    return key[:1] in "主协承配督" and _HANDLING.match(key) is not None


# The 印发 line whose word 印发 was lost: the office and the day alone (青溪县人民政府办公室　2024年3月6日), or
# the day alone under the office on the line above.
_UNWORDED = re.compile(rf"^(?P<org>(?:{ORG}){{0,2}})(?P<date>{_DAY})$")


def imprint_unworded(key: str) -> tuple[str, str] | None:
    """(the office, the day) of a folded line printing the office that printed and the day alone
    (``青溪县人民政府办公室2024年3月6日``; the office empty for a day alone): the 印发 line without its
    word only where it stands so under the 抄送 (``linekinds``); anywhere else a signature or a date."""
    m = _UNWORDED.match(arabic(key)) if key.endswith(("日", "曰")) else None
    return (m.group("org"), m.group("date")) if m else None


__all__ = ["handling_field", "handling_offices", "imprint", "imprint_and_copies", "imprint_unworded"]
