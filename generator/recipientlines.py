"""A 主送 (the addressees) on a line of its own: a short line ending in a colon that names bodies
(``各乡镇人民政府，县直各单位：``, a 批复's one addressee named by what it is: 皇图岭镇：), or printed
after its label (``主送：巴彦淖尔市人民政府``); not a list's introduction, a salutation to a
meeting, an interpretation's fields."""

from __future__ import annotations

import re

from .identifiers import DATE_PATTERN


# One addressee of a 批复 or 函 named by what it is: 皇图岭镇, 县红十字会, 攸县第一中学, 县消防救援大队,
# the people's organisations by their short names (县政协, 县妇联, 县科协, 县工商联), an office (县政协办公室),
# the deputy or member a reply to a suggestion answers (李明代表, 王红委员), the units of pastoral
# and border regions (宝日陶亥苏木, 巴音宝力格嘎查, 兴安盟行政公署, 红旗林场, 国营八一农场) and the
# governments a league's or a region's reply names (伊金霍洛旗, 伊犁哈萨克自治州); not 市 or 县,
# which end a sentence's words as often (…重点城市为宁波市：); a party's branch a reply answers (农工党青溪县总支).
_ADDRESSEE_END = re.compile(r"(?:镇|乡|村|社区|会|学|校|队|所|站|馆|社|团|组|行|政协|联|科协|办公室|代表|委员|总支|"
                            r"苏木|嘎查|旗|盟|公署|行署|林场|农场|牧场|州)$")


# (nor an interpretation's fields under its title: 解读机关：南浦县公安局, 解读单位：…, 解读人：…; nor
# a speech's salutation to the people before the speaker, 各位代表：, 各位委员、同志们：, as 同志们： is not)
_NOT_ADDRESSEE_START = re.compile(r"(?:附件|抄送|主送|注|备注|联系人|电话|解读|各位)")
_LIST_INTRODUCTION = re.compile(r"如下|以下|下列|现将|现就|为了|根据|按照|经研究|研究了|主持|召开|决定|通知|报告|请示|意见")
_BODIES = r"单位|政府|部门|机关|办事处|委员会|管委会|局|委|区|中心|公司|院|厅|部|街道|乡镇"
_BODY_WORD = re.compile(rf"各|{_BODIES}")
_BODY_END = re.compile(rf"(?:{_BODIES})$")


# 主送 printed with its label, as a 报告 or a 纪要 may: 主送：巴彦淖尔市人民政府
RECIPIENTS_LABEL = r"主送(?:机关|单位)?"
_LABELLED_RECIPIENTS = re.compile(rf"^{RECIPIENTS_LABEL}:(?P<names>[^:。]{{2,118}})。?$")


def labelled_recipients(key: str) -> str | None:
    """The names of a 主送 printed after its label (``主送：巴彦淖尔市人民政府``; the last a kind of
    enterprise, ``…，县属各国有企业``), or None."""
    m = _LABELLED_RECIPIENTS.match(key)
    return m.group("names") if m and (_BODY_END.search(m.group("names")) or _ADDRESSEE_END.search(m.group("names"))
                                      or m.group("names").endswith("企业")) else None


# A report's salutation to a standing committee's meeting, persons by their offices: 主任、各位副主任、
# 秘书长、各位委员 (no body: no 主送).
_SALUTATION = re.compile(r"(?:(?:各位)?(?:副?主任|秘书长|委员|代表|同志们|来宾)[、,]?)+")


def is_recipients(key: str) -> bool:
    """主送机关: a short line ending in a colon that names bodies: ``各乡镇人民政府,县直各单位:``."""
    if not key.endswith(":") or len(key) > 120 or "。" in key:
        return False
    body = key[:-1].removeprefix("尊敬的")  # (尊敬的各位代表：, a report's; 尊敬的李明代表：, a reply's 主送)
    if _NOT_ADDRESSEE_START.match(body) or _SALUTATION.fullmatch(body):
        return False
    if _LIST_INTRODUCTION.search(body) or DATE_PATTERN.search(body):
        return False  # the end of a sentence that introduces a list, not an addressee
    return bool(_BODY_WORD.search(body)) or bool(_ADDRESSEE_END.search(body))
