"""An item with no 发文字号 and no 主送 whose line ends a web scraper dropped, parted where its title's
note anchors it: a list a meeting adopted and a speech.

``南浦县人民代表大会常务委员会任免名单（2024年3月28日南浦县第十八届人民代表大会常务委员会第十五次会议通过）任命：
张明为…`` is read by a careful reader as the list's title, the note of its adoption in brackets and
the list; ``在全县2024年经济工作会议上的讲话县长　陈建国（2024年1月20日）同志们：今天，…`` as the speech's
title, its speaker, its day in brackets, the salutation and the text. ``noted_run_on_parts`` parts
such a line only where the title ends as such an item's does (…名单, 在…上的讲话) right before its
note in brackets (the adoption by a meeting, …通过; the day the speech was given), and what follows
opens as the list or the speech does (任命, 免去…; the salutation ending with its colon: not a
sentence citing the speech, …的讲话（2024年1月20日）中指出). Every character of the line is in one part.
"""

from __future__ import annotations

import re

from .normalize import HAN

# A list a meeting adopted: its title (…任免名单, …人事任免名单), the note of its adoption, the list.
_LIST = re.compile(rf"([{HAN}（）()]{{2,60}}?(?:任免名单|任免事项|人事任免))\s*"
                   r"([（(][^（）()]{6,100}?(?:通过|决定|批准)[）)])\s*"
                   r"(?=任命|免去|决定任命|决定免去|接受|批准|撤销|免职|任职)")
# A speech: its title (在…上的讲话), the speaker (an office and a name, no punctuation), its day in
# brackets, the salutation (同志们：, 各位代表：), which a sentence citing the speech lacks.
_DAY = r"(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|[〇○◯零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)"
_SPEECH = re.compile(rf"(在[^。；：:！？（）()]{{2,80}}?上的(?:讲话|致辞|发言|总结讲话|主持词))\s*"
                     rf"([{HAN}·　 ]{{2,24}}?)?\s*([（(]{_DAY}[）)])\s*"
                     rf"((?:同志们|各位代表|各位委员|各位领导)[{HAN}、，,]{{0,20}}[：:])")


def noted_run_on_parts(text: str) -> list[str] | None:
    """The parts of a list or a speech run onto one line (``text``, stripped) as printed, or None."""
    if text[:1] == "在" and "上的" in text[:90]:
        speech = _SPEECH.match(text)
        if speech is None or speech.end() >= len(text):
            return None
        return [p.strip() for p in speech.groups() if p and p.strip()] + [text[speech.end():].strip()]
    if "名单" in text[:70] or "任免" in text[:70]:
        listed = _LIST.match(text)
        if listed is None:
            return None
        return [listed.group(1).strip(), listed.group(2), text[listed.end():].strip()]
    return None


__all__ = ["noted_run_on_parts"]
