"""Characters OCR reads for the look-alike characters of a document's labels.

An OCR engine (Tesseract, PaddleOCR) reading a scanned page confuses a few characters with others
of nearly the same shape; where that falls inside a label that names an element of a GB/T 9704
document, the element is no longer found: ``附仵：…`` is no 附件说明, ``抄迭：…`` no 抄送 list,
``…2025年1月20日印友`` no 印发 line, nor ``附件;…`` (its colon read as a semicolon). The label is
printed as the words it stands for, as radicals extracted for characters are (``normalize.clean``),
and only where the pair of characters is no word of the language: 附仵 and 抄迭 are never written;
印友 only right after a day's 日; a semicolon only right after the label opening the line. And 人
read as 入 in an organ's name (县入民政府, 县入大常委会), which the region, the issuers and the 主送 are
read from: only between a place's last character and the name's next words; 年 read as 午 after a
year (2024午11月4日), which dates and issues are read from.
"""

from __future__ import annotations

import re

# 件 read as 仵 (附仵：, 附仵1, 附仵 alone over its attachment), 送 read as 迭 (抄迭：), with the
# spaces of a letter-spaced line between them (附　仵：, 抄　迭：).
_LABEL_LOOKALIKES = (("仵", re.compile(r"附(\s*)仵"), r"附\1件"),
                     ("迭", re.compile(r"抄(\s*)迭"), r"抄\1送"))
# 发 read as 友 in the 印发 line's last word, after the day it was printed: …2025年1月20日印友.
_IMPRINT_LOOKALIKE = re.compile(r"(?<=日)(\s*)印(\s*)友(?=\s*(?:$|[(（]))")


# 人 read as 入 in an organ's name (青溪县入民政府, 各乡镇入民政府, 县入大常委会办公室, 中华入民共和国):
# only after a place's last character and before the words such a name goes on with (纳入民生,
# 进入大厅, 收入民政救助 are words of the language).
_ORGAN_LOOKALIKE = re.compile(r"(?<=[县市区镇乡省州旗盟华])(\s*)入(?=\s*(?:民\s*(?:政\s*府|代\s*表\s*大\s*会|法\s*院|"
                              r"检\s*察\s*院|武\s*装\s*部|医\s*院|银\s*行|共\s*和\s*国)|大\s*(?:常\s*委|代\s*表|主\s*席\s*团)))")


# 年 read as 午 (its look-alike) after a year's four figures or numerals, before the month, the issue's
# 第 or 度 (2024午11月4日, 二〇二四午十一月四日, 2024午第11期, 2023午度): never a word there (上午, 中午
# follow no figure).
_YEAR_LOOKALIKE = re.compile(r"((?:19|20)\d\d|[〇○◯零一二][〇○◯零一二三四五六七八九]{3})(\s*)午"
                             r"(?=\s*(?:\d{1,2}\s*月|[一二三四五六七八九十]{1,3}\s*月|第|度))")


# The colon after the label read as a semicolon (：read as ; or ；): 附件;松岭县…办法, 抄送;县委办公室，….
# Only a label opening the line, where a sentence never stops after the bare word.
_LABEL_SEMICOLON = re.compile(r"^(\s*(?:附\s*件[0-9一二三四五六七八九十]{0,2}|抄\s*送))\s*[;；]")


# The 版头's red rule or a 版记's rule OCR read as the numeral 一, its look-alike, again and again
# (一一一一一一一一): six at least and nothing else on the line (一一对应, 一一落实 are words, never alone).
_RULE_READ = re.compile(r"[ \u3000]*一(?:[ \u3000]*一){5,}[ \u3000]*")


def labels_read(text: str) -> str:
    """``text`` with the labels OCR read with a look-alike character printed as the labels:
    ``附仵：1．…`` → ``附件：1．…``, ``抄迭：县委办公室`` → ``抄送：县委办公室``,
    ``桐溪县人民政府办公室　2025年1月20日印友`` → ``…2025年1月20日印发``; the label's colon read as a
    semicolon, ``附件;…``, ``抄送；…`` → ``附件：…``, ``抄送：…``; 入 for 人 in an organ's name,
    ``各乡镇入民政府`` → ``各乡镇人民政府``, ``县入大常委会`` → ``县人大常委会``; 午 for a year's 年,
    ``2024午11月4日`` → ``2024年11月4日``. Not 迭, 仵 or 友 in words (更迭, 迭代,
    仵作, 友好, 交友), nor 印友 not after a day (…印友谊…), nor a semicolon after words opening with
    the label's characters (附件材料；…, 抄送单位名单；…), nor 入 in words (纳入民生, 收入民政救助, 进入大厅), nor 午 after no year (上午10时, 12午). A rule OCR read as 一 again and again
    (``一一一一一一一一``, six at least, alone on the line) is printed as the rule, ``━━━━━━━━``."""
    for char, pattern, label in _LABEL_LOOKALIKES:
        if char in text:
            text = pattern.sub(label, text)
    if "入民" in text or "入大" in text or "入 " in text:
        text = _ORGAN_LOOKALIKE.sub(r"\1人", text)
    if "午" in text:
        text = _YEAR_LOOKALIKE.sub(r"\1\2年", text)
    if "友" in text and "印" in text:
        text = _IMPRINT_LOOKALIKE.sub(r"\1印\2发", text)
    if (";" in text or "；" in text) and text.lstrip()[:1] in ("附", "抄"):
        text = _LABEL_SEMICOLON.sub(r"\1：", text, count=1)
    if "一一一" in text and _RULE_READ.fullmatch(text):
        text = "━" * text.count("一")  # (the rule it stands for, as a text layer gives it: ━━━━)
    return text


__all__ = ["labels_read"]
