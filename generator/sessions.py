"""A meeting of a people's congress, its standing committee or the CPPCC named alone on a line:
the issuer of a 决议 or 决定 whose title wraps after it (青溪县第十八届人民代表大会第四次会议 /
关于政府工作报告的决议)."""

from __future__ import annotations

import re

from .normalize import HAN

# 青溪县第十八届人民代表大会第四次会议, 青溪县第十八届人民代表大会常务委员会第十九次会议,
# 县十八届人大常委会第二十次会议, 政协青溪县第十届委员会第三次会议 (folded keys).
_NUMERAL = "一二三四五六七八九十百零〇\\d"
_SESSION = re.compile(
    rf"[{HAN}]{{1,12}}?(?:第?[{_NUMERAL}]{{1,4}}届)?(?:人民代表大会(?:常务委员会)?|人大(?:常委会)?|委员会)"
    rf"第[{_NUMERAL}]{{1,4}}次(?:全体)?会议")


def is_session(key: str) -> bool:
    """``key`` names a session of a congress, its standing committee or the CPPCC's committee, and
    nothing else (asked of a title's line over 关于…: its last characters first)."""
    return key.endswith("会议") and len(key) <= 40 and _SESSION.fullmatch(key) is not None


def opens_with_a_session(key: str) -> bool:
    """``key`` names a session alone, or a session over 关于… on one line (青溪县第十八届人民代表大会
    常务委员会第十九次会议关于批准2023年县级决算的决议): the title's issuer."""
    cut = key.find("会议关于")
    return is_session(key if cut < 0 else key[:cut + 2])


__all__ = ["is_session", "opens_with_a_session"]
