"""An item with no 发文字号 and no 主送 whose line ends a web scraper dropped, parted where its title's
note anchors it: a list a meeting adopted, a speech, a report, a meeting's minutes, an interpretation
of a policy, a 统计公报 and a 令.

``南浦县人民代表大会常务委员会任免名单（2024年3月28日南浦县第十八届人民代表大会常务委员会第十五次会议通过）任命：
张明为…`` is read by a careful reader as the list's title, the note of its adoption in brackets and
the list; ``在全县2024年经济工作会议上的讲话县长　陈建国（2024年1月20日）同志们：今天，…`` as the speech's
title, its speaker, its day in brackets, the salutation and the text. ``noted_run_on_parts`` parts
such a line only where the title ends as such an item's does (…名单, 在…上的讲话) right before its
note in brackets (the adoption by a meeting, …通过; the day the speech was given), and what follows
opens as the list or the speech does (任命, 免去…; the salutation ending with its colon: not a
sentence citing the speech, …的讲话（2024年1月20日）中指出). A speech or a report under a main title
(政府工作报告, 坚定信心　真抓实干…) is parted where its note after a dash says where it was given
(——2024年1月10日在…会议上, ——在…会议上的讲话) and the salutation follows the speaker; a 纪要 where its
title (…常务会议纪要) is followed by its number, the office that issues it and the day, its attendance
lines (出席：…, 列席：…) parted from its text's last sentence; a 令 where its title (…人民政府令) is followed by
its number (第12号) and the text promulgating a rule (《…》已经…), the line closing with the head who
signs it and the day; an interpretation where its title (《…》政策解读, …答记者问) is followed by a
numbered heading or a question (一、, 问：); a 统计公报 where its title is followed by its organs and
its day in brackets. Every character of the line is in one part.
"""

from __future__ import annotations

import re

from .normalize import HAN, fold
from .patterns import ORG_SUFFIX, is_org_only, issuer_type_title
from .runonclosing import DAY as _DAY  # (a day as the closing's is read: 二O二四年元月五日 too)

# A list a meeting adopted: its title (…任免名单, …人事任免名单), the note of its adoption, the list.
# (its section's label before it, 【人事任免】; a list of the government's, …任免工作人员名单, dated by its month)
_LIST = re.compile(rf"(【[{HAN}]{{2,10}}】)?\s*+([{HAN}（）()]{{0,60}}?(?:任免名单|任免事项|人事任免|任免(?:国家)?工作人员(?:名单)?))\s*+"
                   r"([（(](?:[^（）()]{6,100}?(?:通过|决定|批准)|(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?)[）)])\s*+"
                   r"(?=(?:[一二三四五六七八九十]{1,2}、)?(?:任命|免去|决定任命|决定免去|接受|批准|撤销|免职|任职))")
# The salutation a speech or a report opens with (同志们：, 各位代表，同志们：; a standing committee's
# members: 主任、各位副主任、秘书长、各位委员：).
_SALUTATION = rf"((?:同志们|各位代表|各位委员|各位领导|主任、)[{HAN}、，,]{{0,20}}[：:])"
# A speech: its title (在…上的讲话), the speaker (an office and a name, no punctuation), its day in
# brackets (the speaker before it or after), the salutation (同志们：, 各位代表：), which a sentence citing the speech lacks.
_SPEECH = re.compile(rf"(在[^。；：:！？（）()]{{2,80}}?上的(?:讲话|致辞|发言|总结讲话|主持词))\s*+"
                     rf"([{HAN}·　 ]{{2,24}}?)?\s*+([（(]{_DAY}[）)])\s*+([{HAN}·　 ]{{2,24}}?)?\s*+" + _SALUTATION)
# A speech or a report under a main title, its note after a dash (——在…会议上的讲话, ——2024年1月10日在…
# 会议上), the speaker, perhaps the day in brackets, and the salutation.
_DASHED = re.compile(rf"([^。；：:！？—－\-]{{2,40}}?)\s*+((?:——|－－|--)\s*+(?:{_DAY})?在[^。；：:！？（）()]{{2,80}}?"
                     r"(?:会议|大会|会|仪式|典礼|论坛)上(?:的(?:讲话|致辞|发言|报告|工作报告|总结讲话))?)\s*+"
                     rf"([{HAN}·　 ]{{2,30}}?)?\s*+([（(]{_DAY}[）)])?\s*+" + _SALUTATION)
# A meeting's minutes under their number, the office that issues them and the day (南浦县人民政府常务会议纪要
# 〔2024〕3号南浦县人民政府办公室2024年3月15日2024年3月14日，县长…主持召开…).
_MINUTES = re.compile(rf"([{HAN}]{{2,36}}?会议纪要)\s*+([〔［\[](?:19|20)\d{{2}}[〕］\]]\s*+第?\d{{1,3}}[号次期]|第\d{{1,3}}[号次期])\s*+"
                      rf"([{HAN}]{{4,30}}?{ORG_SUFFIX})\s*+({_DAY})\s*+(?=\S)")

# A 令: its title (南浦县人民政府令), its number (第12号), the text (《…》已经…通过，现予公布…), the head
# who signs it (县长　陈建国) and the day, closing the line.
# (its number in brackets or not, with its year, 第 perhaps left out: 第12号, （第 6 号）, （2024年第3号）,
# 〔2024〕4号; the head's office spaced, a colon after it, the name spaced: 市　长：李　四)
_ORDER = re.compile(rf"([{HAN}]{{2,30}}?令)\s*+((?:[（(]\s*+)?(?:(?:19|20)\d{{2}}\s*+年\s*+|[〔［\[](?:19|20)\d{{2}}[〕］\]]\s*+)?第?\s*+\d{{1,4}}\s*+号"
                    r"(?:\s*+[）)])?)\s*+")
_ORDER_SIGNED = re.compile(rf"(?<=[。！])\s*+((?:代理|代)?[县区市旗州盟][　 ]*+长[　 ]*+[：:]?[　 ]*+(?:[{HAN}·][　 ]*+){{2,8}}?)\s*+({_DAY})")
_RULE_MAX = 60  # characters of a rule's title
_RULE = re.compile(rf"《([^《》]{{4,{_RULE_MAX}}})》")
_ORDER_TEXT_MAX = 400  # characters of a 令's text before its signature


def _order(text: str) -> list[str] | None:
    """The parts of a 令 run onto one line: its title, number, text, the head who signs and the day
    (the line's end, or before the rule it promulgates, the title its text quotes in 《》: that
    title and the rule's text, parts of their own), or None."""
    order = _ORDER.match(text)
    if order is None or not issuer_type_title(fold(order.group(1))):
        return None
    rule = _RULE.search(text, order.end(), order.end() + 2 * _RULE_MAX)
    if rule is None or text[order.end():rule.start()].strip() not in ("", rule.group(1)):
        return None  # (its text opens with the rule it promulgates in 《》, perhaps under that rule's title)
    signed = _ORDER_SIGNED.search(text, rule.start(), rule.start() + _ORDER_TEXT_MAX)
    if signed is None:
        return None
    titled = [rule.group(1)] if rule.start() > order.end() else []
    parts = [order.group(1), order.group(2)] + titled + [text[rule.start():signed.start()].strip(), signed.group(1),
                                                        signed.group(2)]
    rest = text[signed.end():].strip()
    if not rest:
        return parts
    if titled and _ARTICLE.match(rest):  # (the rule's text after the day, its title printed over the 令's)
        return parts + _articles_apart(rest)
    if titled or not rest.startswith(rule.group(1)) or not rest[len(rule.group(1)):].strip():
        return None
    return parts + [rule.group(1)] + _articles_apart(rest[len(rule.group(1)):].strip())


# A chapter's, a section's or an article's number (第一章, 第二节, 第十二条) before its words.
_ARTICLE = re.compile(r"第[一二三四五六七八九十百零〇]{1,6}[章节条](?=[　 " + HAN + "])")
_CHAPTER_MAX = 30  # characters of a chapter's or a section's heading (第一章　总则)


def _articles_apart(rule: str) -> list[str]:
    """A rule's text run together, parted before each chapter, section and article where a careful
    reader sees it open a line: at the start, after a finished sentence (…制定本办法。第二条　…), or
    after a chapter's or section's heading (第一章　总则第一条　…); not a number a sentence cites
    (依照本办法第五条规定)."""
    cuts = [0]
    for m in _ARTICLE.finditer(rule, 1):
        last = rule[cuts[-1]:m.start()].strip()
        heading = _ARTICLE.match(last)
        if rule[m.start() - 1] == "。" or (heading is not None and heading.group(0)[-1] in "章节" and len(last) <= _CHAPTER_MAX):
            cuts.append(m.start())
    return [rule[i:j].strip() for i, j in zip(cuts, cuts[1:] + [len(rule)]) if rule[i:j].strip()]

# An interpretation of a policy under its title (《…》政策解读, 关于《…》的解读, …答记者问), its text opening
# with a numbered heading or a question (一、, （一）, 1., 问：, 一问：).
_INTERPRETED = re.compile(r"((?:关于)?《[^《》]{4,60}》(?:的)?(?:政策)?(?:解读|图解|问答|起草说明)"
                          rf"|[{HAN}]{{2,30}}就《[^《》]{{4,60}}》(?:有关问题)?答(?:记者)?问)"
                          r"\s*+(?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|1[.．、]|[一二三四五六七八九十]?问[：:])")
# A 统计公报 under its organs and its day (…统计公报南浦县统计局国家统计局南浦调查队（2024年3月20日）一、…).
_BULLETIN = re.compile(rf"([{HAN}\d]{{4,50}}?统计公报(?:[（(]第[一二三四五六七八九十]{{1,3}}号[）)])?)\s*+"
                       rf"([{HAN}　 ]{{4,60}}?)\s*+([（(]{_DAY}[）)])\s*+(?=\S)")

_SURVEY_TEAM = re.compile(rf"国家统计局[{HAN}]{{2,8}}调查队$")  # (beside the county's 统计局)


def noted_run_on_parts(text: str) -> list[str] | None:
    """The parts of a list, a speech, a report, minutes, an interpretation, a 统计公报 or a 令 run
    onto one line (``text``, stripped) as printed, or None."""
    if text[:1] == "在" and text.find("上的", 0, 90) > 0:
        return _parts(_SPEECH.match(text), text)
    if text.find("——", 0, 50) > 0 or text.find("－－", 0, 50) > 0 or text.find("--", 0, 50) > 0:
        return _parts(_DASHED.match(text), text)
    if text.find("纪要", 0, 40) > 0:
        minutes = _MINUTES.match(text)
        if minutes is None or not issuer_type_title(fold(minutes.group(1))) or not is_org_only(fold(minutes.group(3))):
            return None
        parts = _parts(minutes, text)
        return parts[:-1] + _attendance_apart(parts[-1]) if parts else None
    if text.find("解读", 0, 80) > 0 or text.find("答记者问", 0, 80) > 0 or text.find("问答", 0, 80) > 0 \
            or text.find("起草说明", 0, 80) > 0 or text.find("图解", 0, 80) > 0:
        interpreted = _INTERPRETED.match(text)
        if interpreted is not None:
            return [interpreted.group(1), text[interpreted.end():].strip()]
    if text.find("统计公报", 0, 60) > 0:
        bulletin = _BULLETIN.match(text)
        organs = _SURVEY_TEAM.sub("", fold("".join(bulletin.group(2).split()))) if bulletin is not None else ""
        if bulletin is not None and (not organs or is_org_only(organs)):
            return _parts(bulletin, text)
    if text.find("任免", 0, 70) >= 0:
        listed = _LIST.match(text)
        if listed is not None:
            return _parts(listed, text)
    return _order(text) if text.find("令", 2, 40) > 0 else None


# A 纪要's attendance lines after its text's last sentence (…责任。出席：陈建国　李明华　列席：…).
_ATTENDANCE = re.compile(r"(?<=[。；;])\s*+(?=(?:出席|列席|请假|缺席|记录)(?:人员|会议|单位|领导)?[：:])")


def _attendance_apart(body: str) -> list[str]:
    """A 纪要's text, then each attendance line a careful reader sees after its last sentence."""
    cuts = [0] + [m.start() for m in _ATTENDANCE.finditer(body)] + [len(body)]
    return [body[i:j].strip() for i, j in zip(cuts, cuts[1:]) if body[i:j].strip()]


def _parts(match: re.Match[str] | None, text: str) -> list[str] | None:
    """The groups ``match`` found (those printed) and the text after them, or None."""
    if match is None or match.end() >= len(text):
        return None
    return [p.strip() for p in match.groups() if p and p.strip()] + [text[match.end():].strip()]


__all__ = ["noted_run_on_parts"]
