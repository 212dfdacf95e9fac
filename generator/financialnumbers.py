"""An issue's number printed in the financial numerals some mastheads and running heads use
(壹贰叁肆伍陆柒捌玖拾佰: 2024年第叁期, 总第肆拾伍期), read in the small numerals ``identifiers.arabic``
reads (第三期 → 第3期)."""

from __future__ import annotations

import re

_FINANCIAL = str.maketrans("壹贰叁肆伍陆柒捌玖拾佰", "一二三四五六七八九十百")
_FINANCIAL_DIGITS = frozenset("壹贰叁肆伍陆柒捌玖拾佰")
_FINANCIAL_ISSUE = re.compile(r"第[壹贰叁肆伍陆柒捌玖拾佰零〇一二三四五六七八九十百]{1,8}期")


def financial_issue(key: str) -> str:
    """``key`` with an issue's number in financial numerals read in small ones: 2024年第叁期 →
    2024年第三期, 总第肆拾伍期 → 总第四十五期; every other key as it is (most hold no 期: asked first)."""
    if "期" not in key or _FINANCIAL_DIGITS.isdisjoint(key):
        return key
    return _FINANCIAL_ISSUE.sub(lambda m: m.group(0).translate(_FINANCIAL), key)


__all__ = ["financial_issue"]
