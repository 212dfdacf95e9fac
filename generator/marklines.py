"""The marks at the top of a document's 版头 (GB/T 9704), over its red head or title: the 份号
(000126), the 密级 with its 保密期限 (机密★1年), the 紧急程度 (特急), one a line or run together on one
(000126　特急, 特急　000126); a reply's class (A类). Judged on folded keys (see normalize.fold)."""

from __future__ import annotations

import re

from .patterns import REPLY_CLASS

# 紧急程度 and 密级 printed over the red head or the title (GB/T 9704): 特急, 加急, 特急·明电,
# 秘密★1年; the class a reply to a deputy's suggestion or a proposal is filed in: A类, （B类）,
# 答复类别：A类.
_URGENCY = re.compile(r"(?:(?:特急|加急|特提|平急)(?:[.·]?明电)?|明电|急件|(?:绝密|机密|秘密)(?:★.{1,6})?"
                      rf"|(?:(?:答复|办理)?类别:)?{REPLY_CLASS})")


def is_urgency_line(key: str) -> bool:
    """A document's 紧急程度 or 密级 alone on its line: ``特  急``, ``秘密★1年``; a reply's class
    (``（A类）``); with its label or its ★ at either end (``密级：机密``, ``紧急程度：特急``, ``机密★``,
    ``★特急``); after the 份号 on its line (``000126　特急``: the 版头's first line as one) or
    before it (``特急　000126``, ``机密★1年　000126``)."""
    if len(key) > 24:
        return False
    if key[:1] in "0份N" and (m := _COPY_NUMBER.match(key)) is not None and m.end() < len(key):
        key = key[m.end():]
    elif key[-1:].isdigit() and (m := _COPY_NUMBER_AFTER.search(key)) is not None and m.start() > 0:
        key = key[:m.start()]
    if len(key) > 14:
        return False
    if "★" in key or ":" in key:
        key = _URGENCY_LABEL.sub("", key).strip("★")
    return len(key) <= 10 and bool(_URGENCY.fullmatch(key))


_URGENCY_LABEL = re.compile(r"^(?:密级|紧急程度|保密期限)[:]")


# GB/T 9704's 份号: six figures, led by 0 (a copy's number among a few thousand printed), alone at
# the top left of the 版头, perhaps labelled: 000126, 份号：000126, No.000126.
_COPY_NUMBER = re.compile(r"(?:份号:?|No\.?)?0\d{5}")
_COPY_NUMBER_AFTER = re.compile(r"(?<!\d)(?:份号:?|No\.?)?0\d{5}$")  # (after the 紧急程度 or 密级)


def is_copy_number(key: str) -> bool:
    """A document's 份号 alone on its line, over its 密级, 紧急程度, red head or 发文字号: ``000126``,
    ``份号：000037``. Not a figure of another length, nor six figures led by another digit (a
    postcode, 425000)."""
    return len(key) <= 10 and key[-1:].isdigit() and bool(_COPY_NUMBER.fullmatch(key))


# A 行政规范性文件's term of validity printed in its header, under the 发文字号 or 登记号 (some
# provinces print it there): 有效期至2029年6月12日, （有效期：2024年6月13日至2029年6月12日）,
# 有效期5年. Folded keys: brackets round, colons ASCII.
_VALIDITY = re.compile(r"\(?有效期(?::|至|为)?(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:至(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)?"
                       r"|(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:至(?:19|20)\d{2}-\d{1,2}-\d{1,2})?|[1-9一二三四五]年)(?:止)?\)?")


def is_validity_term(key: str) -> bool:
    """A 行政规范性文件's term of validity alone on its line, as its header may print it under the
    发文字号 (``有效期至2029年6月12日``, ``（有效期：2024年6月13日至2029年6月12日）``, ``有效期5年``);
    not a sentence that states it (本办法自…起施行，有效期5年。)."""
    return "有效期" in key and len(key) <= 32 and bool(_VALIDITY.fullmatch(key))


__all__ = ["is_copy_number", "is_urgency_line", "is_validity_term"]
