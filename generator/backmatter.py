"""What an issue prints after its last document, told line by line: its colophon and what only its
end prints (``colophon``), the headings of its back cover and editorial board, the year's index in
its last issue, its news, corrections of earlier issues and the editors' words. The segmenter
(``segment``) ends the documents where these begin; the contents (``toc``) end at the colophon or
the year's index."""

from __future__ import annotations

import re
from collections.abc import Callable

from .attachmentlines import attachment_heading, is_attachment_alone
from .colophon import colophon_fields, is_colophon, is_issue_end
from .furniture import is_page_furniture
from .headerlines import is_section_line
from .model import Line
from .numbering import numbering
from .normalize import HAN
from .patterns import TERMINAL
from .portal import web_info_fields

# What a gazette prints after its last document once that is signed and dated: its editorial
# board, its back cover, what it says of itself (《…公报》是…, 本刊刊登的文件…, 《…公报》刊登的规范性
# 文件为标准文本…) (a notice may name the board, or sign as it, before its date); the year's index
# printed in its last issue
# (《…公报》2024年总目录).
# (its heading may name the span of the year's issues it lists, before it or after it in brackets:
# 2024年第1期—第12期总目录, 总目录（2024年第1—12期）; or say the whole year: 2024年全年总目录)
_ISSUES_SPAN = r"第?\d{1,2}期?(?:-|至|~)第?\d{1,2}期"
_YEAR_INDEX = (rf"^(?:《[^《》]{{2,30}}公报》|[{HAN}]{{2,20}}公报)?(?:(?:19|20)\d{{2}}年度?)?(?:{_ISSUES_SPAN})?(?:全年)?"
               rf"(?:总目录|总目次|全年目录)(?:\((?:(?:19|20)\d{{2}}年度?)?{_ISSUES_SPAN}\)|\((?:19|20)\d{{2}}年度?\))?$")
# (the board's heading may cite the gazette in 《》: 《桐溪县人民政府公报》编辑委员会; or name its
# office: 《桐溪县人民政府公报》编辑部, the gazette named before it)
# (and what the gazette asks of its readers, under its heading: 2025年度《…公报》征订启事, 征稿启事, 投稿须知;
# or tells them: 致读者, 敬告读者)
_NOTICE = r"(?:征订|订阅|征稿|投稿|稿约)(?:启事|须知|说明|办法)?"
_BACK_HEADING = re.compile(rf"^(?:封底|封三|封四|(?:[{HAN}]{{0,20}}公报|《[{HAN}]{{2,20}}公报》)(?:编辑委员会|编委会|编辑部)|编辑委员会|编委会)$"
                           rf"|^《[^《》]{{2,30}}公报》(?:是|系|为|由|创刊|自|刊登|刊载|登载|所载|所刊)|^本刊(?:刊登|刊载|登载|所载)|{_YEAR_INDEX}"
                           rf"|^(?:(?:19|20)\d{{2}}年度?)?(?:《[^《》]{{2,30}}公报》|[{HAN}]{{2,20}}公报){_NOTICE}$"
                           r"|^(?:征订|订阅|征稿|投稿)(?:启事|须知)$|^稿约$|^(?:致|敬告|告)(?:广大)?读者$")
_YEAR_INDEX_HEADING = re.compile(_YEAR_INDEX)


def is_year_index(key: str) -> bool:
    """The heading of the year's index, alone on its line (``《桐溪县人民政府公报》2024年总目录``): where it
    follows the issue's own contents, before the first document, the issue's contents have ended
    (its entries, 第1期 … 第6期, are the year's issues', no document of this one); a contents entry
    naming it, its page after a leader, is no heading."""
    return ("总目" in key or "全年目录" in key) and bool(_YEAR_INDEX_HEADING.match(key))




def is_back_heading(key: str) -> bool:
    """封底, …公报编辑委员会 (also 《…公报》编辑委员会), 编委会, 《…公报》是…, the gazette's notices to
    its readers (2025年度《…公报》征订启事, 征稿启事, 投稿须知): back matter after a document that has ended."""
    return bool(_BACK_HEADING.match(key))


# The editors' word to the readers after the issue's last document, under its heading alone or
# run into its text: 编后语, 编后记 (编辑后记, 编后小记), 编者按, 编者的话 (in brackets too: 【编后语】; 编后语：本期公报…).
_EDITORS_NOTE = re.compile(r"^[【\[(]?(?:编后语|编后记|编辑后记|编后小记|编后|编者按|编者的话|编辑按|编者说明)[】\])]?(?::|$)")


def is_editors_note(key: str) -> bool:
    """The heading of the editors' word (``_EDITORS_NOTE``): after the last document has been
    dated, the gazette's back matter, not its last attachment's text."""
    return key[:1] in "编【[(" and bool(_EDITORS_NOTE.match(key))


# The back cover's word under or over its QR code, above the colophon: 扫码关注“松岭发布”微信公众号,
# 扫一扫　关注松岭发布, 扫描二维码关注…, 长按识别二维码阅读电子版, 微信扫一扫 查看本刊电子版.
# (or the prompt alone beside the code: 微信扫一扫, 微信扫码; 扫码 alone may be a table's word)
_FOLLOW_PROMPT = re.compile(r"^(?:微信(?:扫一扫|扫码)$|(?:微信)?(?:扫码|扫一扫|扫描(?:下方|上方|左侧|右侧)?二维码|长按(?:识别)?二维码)"
                            r"[^。;]{0,30}(?:关注|公众号|订阅|电子版|阅读|查看)[^。;]{0,30}$)")


def is_follow_prompt(key: str) -> bool:
    """The back cover's prompt to scan its QR code (``_FOLLOW_PROMPT``): over the colophon, back
    matter with it, not the last document's text."""
    return key[:1] in "扫微长" and len(key) <= 60 and bool(_FOLLOW_PROMPT.match(key))


# The issue's own editor, named on a line of the issue's end with no colophon around it (本期责任编辑：李明,
# 责任编辑：李明　校对：王芳, 本期编辑：…, 责编：…); 责任编辑 without 本期 is what a web page prints under
# each page's text too (with its other fields: 来源：…, 浏览次数：…).
_ISSUE_EDITOR = re.compile(r"(?:本期)?(?:责任编辑|执行编辑|责编)[:(]|本期(?:编辑|校对|审核|编审)[:(]")


def closes_the_issue(key: str) -> bool:
    """A line that closes the issue after its last document, no colophon needed around it: the
    prompt to scan its QR code (扫描二维码阅读本期公报, 微信扫一扫; its first words alone, 扫描下方二维码,
    over the rest: ``_PROMPT_OPENS``) or its editor (``_ISSUE_EDITOR``)."""
    first = key[:1]
    if first in "扫微长":
        return is_follow_prompt(key) or _PROMPT_OPENS.fullmatch(key) is not None
    return first in "本责执" and _ISSUE_EDITOR.match(key) is not None


# The QR code's prompt wrapped over two lines: its first words alone (扫描下方二维码, 扫一扫, 长按识别二维码)
# over what to do (关注“松岭发布”微信公众号, 阅读本期电子版).
_PROMPT_OPENS = re.compile(r"(?:微信)?(?:扫码|扫一扫|扫描(?:下方|上方|左侧|右侧)?二维码|长按(?:识别)?二维码)")
_PROMPT_ENDS = re.compile(r"(?:即可)?(?:关注|阅读|查看|订阅)[^。;]{1,30}")
_PROMPT_ALONE = frozenset({"微信扫一扫", "微信扫码"})  # (beside the code, nothing under them)


def _prompt_wrapped(content: list[Line], k: int, end: int) -> bool:
    """``content[k]``, the first words of the QR code's prompt alone, is followed by the rest of the
    prompt (``_PROMPT_ENDS``); or ``content[k]`` is that rest, under them."""
    key = content[k].key
    if _PROMPT_OPENS.fullmatch(key):
        return k < end and _PROMPT_ENDS.fullmatch(content[k + 1].key) is not None
    return k > 0 and _PROMPT_ENDS.fullmatch(key) is not None and _PROMPT_OPENS.fullmatch(content[k - 1].key) is not None


def issue_closes_from(content: list[Line], i: int, end: int) -> bool:
    """From ``content[i]`` (a line that ``closes_the_issue``) to ``end``, the issue's last line,
    nothing but such lines, the board's posts, the colophon and the page's furniture: the issue's
    back matter after its last document (its date, or its attachments, above). Not a web page's
    责任编辑：… when the issue prints a web page's fields before it (来源：…, 责任编辑：… under each
    document), nor the last post of a list of them over it (an attachment naming a board: 主编：… /
    副主编：… / 责任编辑：…)."""
    if not all((closes_the_issue(content[k].key) and not _PROMPT_OPENS.fullmatch(content[k].key)) or is_page_furniture(content[k])
               or is_colophon(content[k].key) or is_issue_end(content[k].key) or opens_own_staff(content[k].key)
               or _prompt_wrapped(content, k, end) or content[k].key in _PROMPT_ALONE for k in range(i, end + 1)):
        return False
    if content[i].key[:1] in "扫微长本":
        return True
    above = next((content[k] for k in range(i - 1, -1, -1) if not is_page_furniture(content[k])), None)
    return not (above is not None and _POST_AND_NAMES.match(above.key)) \
        and not any(":" in x.key and web_info_fields(x.key) for x in content[:i])


# A bare 编辑委员会 heads the gazette's board only over its colophon's fields (主编, 主办, 地址 …),
# not a committee a notice forms (主任：县长…, 委员：…).
_BOARD = ("编辑委员会", "编委会")
_MASTHEAD_FIELD = re.compile(r"^(?:主编|副主编|执行主编|主办|承办|编辑|责任编辑|编印|地址|电话|邮编|印刷|准印证)")


def back_matter_under(rest: list[Line], heading: str) -> bool:
    """What follows a back heading is back matter: no numbered heading of an attachment (一、…),
    and under a bare 编辑委员会 the colophon's fields."""
    return not any(numbering(x.key) for x in rest) \
        and (heading not in _BOARD or any(_MASTHEAD_FIELD.match(x.key) for x in rest))


# The gazette's correction of an earlier issue, under its heading alone (更正, 更　正, 勘误, 更正启事,
# 更正声明, 勘误表), its text naming the gazette (本刊2024年第2期刊登的…, 《南浦县人民政府公报》2024年
# 第2期…, 本报上期…): what the gazette says of itself, signed by its office (本刊编辑部), no document's.
# (a document correcting one of its own is titled: 关于更正《…》的通知)
_CORRECTION = re.compile(r"\(?(?:更正|勘误)(?:启事|声明|说明|通知|表)?\)?")
_NAMES_THE_GAZETTE = re.compile(rf"^(?:本刊|我刊|本报|本公报|《[^《》]{{2,30}}公报》|[{HAN}]{{2,20}}公报(?:\d|第|上期|刊))")
_CORRECTION_TEXT = 3  # lines under the heading that may name the gazette (past the page's furniture)


# What a correction opens with: its heading (（更正）, 更正启事, 勘误表, 关于…的更正), or, printed without
# one, the issue it corrects (本刊2024年第2期…, 我刊…, 2024年第2期第15页…: this century's years; the
# lines opening with 1 or 第 are a list's items and articles): asked first, by its callers too, of every line.
CORRECTION_OPENS = "(更勘关本我2"
# A correction's heading that names what it corrects: 关于《…》的更正, 关于本刊2024年第2期有关内容的勘误
# (a document correcting one of its own is titled 关于更正《…》的通知).
_TITLED_CORRECTION = re.compile(r"关于[^。;:]{2,80}的(?:更正|勘误)(?:启事|声明|说明)?")
_CORRECTION_ENDS = ("更正", "勘误", "启事", "声明", "说明")


def heads_a_correction(content: list[Line], i: int) -> bool:
    """``content[i]`` heads the gazette's correction of an earlier issue (``_CORRECTION``): its
    text, on the lines under it, names the gazette, or corrects what an issue printed
    (``corrects_an_issue``: 2024年第2期第15页…应为…，特此更正。); or, a 勘误表, its table's header names
    the page, the line, the error and the correction. Run into its text (更正：2024年第2期…特此更正。,
    【更正】…), the text after the heading counts with the lines under it; printed without a heading,
    a paragraph opening with the issue it corrects (``_CITES_AN_ISSUE``) that corrects it."""
    key = content[i].key
    first = key[:1]
    if first == "关":
        if not (key.endswith(_CORRECTION_ENDS) and _TITLED_CORRECTION.fullmatch(key)):
            return False
        key = "更正"  # (its text under it, as under 更正 alone)
    elif first not in "(更勘":
        return first in CORRECTION_OPENS and _CITES_AN_ISSUE.match(key) is not None \
            and corrects_an_issue(key + "".join(x.key for x in content[i + 1:i + _CORRECTION_TEXT]))
    run_in = ""
    if not _CORRECTION.fullmatch(key):
        head = _RUN_IN.match(key)
        if head is None:
            return False
        run_in = key[head.end():]
    under = [x for x in content[i + 1:i + 1 + _CORRECTION_TEXT + 2] if not is_page_furniture(x)]
    if run_in:
        return corrects_an_issue(run_in + "".join(x.key for x in under[:_CORRECTION_TEXT - 1]))
    return any(_NAMES_THE_GAZETTE.match(x.key) for x in under[:_CORRECTION_TEXT]) or (
        "勘误" in key and bool(under) and _ERRATA_HEADER.search(under[0].key) is not None) \
        or corrects_an_issue("".join(x.key for x in under[:_CORRECTION_TEXT]))


# A correction's heading run into its text: 更正：…, 勘误：…, 【更正】… (folded: (更正)…).
_RUN_IN = re.compile(r"(?:更正|勘误)(?:启事|声明|说明)?:|\((?:更正|勘误)(?:启事|声明|说明)?\):?")
# A paragraph citing the issue it corrects first: 本刊2024年第2期…, 我刊第2期…, 2024年第2期第15页…
_CITES_AN_ISSUE = re.compile(r"(?:本刊|我刊|本报)?(?:20\d{2}年)?第\d{1,3}期")
# What a correction of an earlier issue says: the issue or its page (2024年第2期, 第2期第15页, 上期)
# and what should have been printed (“2023年”应为“2024年”, 更正为, 特此更正) (a body correcting its own
# report says 现更正如下, naming no issue).
_ISSUE_OR_PAGE = re.compile(r"第\d{1,3}期|上期|第\d{1,4}页")
_SHOULD_BE = ("应为", "更正为", "特此更正")


def corrects_an_issue(text: str) -> bool:
    """``text`` (a correction's first lines, folded) corrects what an earlier issue printed: it
    names the issue or its page and says what should have been printed (``_ISSUE_OR_PAGE``,
    ``_SHOULD_BE``)."""
    return any(word in text for word in _SHOULD_BE) and _ISSUE_OR_PAGE.search(text) is not None


def listed_attachment(above: list[Line], key: str) -> bool:
    """The heading ``key`` (勘误表) is an item of the 附件说明 among the document's lines ``above`` it
    (附件：勘误表, 附件：1.勘误表): the document's attachment printed under its title alone, not the
    gazette's correction of an earlier issue."""
    return any(line.key.startswith("附件") and key in line.key for line in above)


# An errata table's header: the page and line, what was printed wrong and what is right (页码　行　误　正,
# 页　行　错误　更正).
_ERRATA_HEADER = re.compile(r"页.{0,8}行.{0,8}(?:误|错).{0,8}正")


# The gazette's own board and staff named by their posts on it, no heading over them: 编委会主任：…,
# 编委会副主任：…, 本期责任编辑：…, 本期校对：… (a notice's committee names 主　任：… under its list's title).
_OWN_POST = re.compile(r"(?:编委会(?:主任|副主任|委员|成员)|本期(?:责任)?(?:编辑|校对|审核|编审))[:(]")
# A post and who holds it, under it: 主编：刘芳, 编　辑：孙丽　周敏, 委　员：张伟　陈静; or the names a
# post's line wrapped onto the next, alone (刘建国　王小明: names of two to four characters apart).
_POST_AND_NAMES = re.compile(rf"^[{HAN}]{{1,8}}:[^。;:]{{1,38}}$")
_NAMES_ALONE = re.compile(rf"[{HAN}]{{1,4}}(?:\s+[{HAN}]{{1,4}})+")


def opens_own_staff(key: str) -> bool:
    """A line naming a post on the gazette's own board or staff (``_OWN_POST``)."""
    return ("编委会" in key or "本期" in key) and bool(_OWN_POST.match(key))


def staff_and_colophon(rest: list[Line]) -> bool:
    """Nothing but the board's posts with their holders, the colophon and what the issue's end
    prints, from here to the end (the page's furniture among them)."""
    return all(is_page_furniture(x) or is_colophon(x.key) or is_issue_end(x.key) or colophon_fields(x.key)
               or _POST_AND_NAMES.match(x.key) or _NAMES_ALONE.fullmatch(x.text.strip()) for x in rest)


# What the gazette says of itself as 本刊 (this journal) after the last document: 欢迎登录…查阅本刊电子版,
# 本刊电子版请登录…查阅 (no document names the gazette so; its 征订启事 is a back heading of its own);
# as 本公报, or by its name of its electronic edition (《…公报》电子版请登录…查阅).
_OF_ITSELF = re.compile(r"^[^。;]{0,30}(?:本刊(?!物)|本公报|公报》?电子版)")


def speaks_of_itself(key: str, title: str = "") -> bool:
    """``key`` is the gazette speaking of itself (``_OF_ITSELF``), not a document titled as a 公报
    (``title``: …统计公报, …环境状况公报) speaking of its own figures (``_ITS_FIGURES``: 3．本公报中部分
    数据来源于…, its notes; the gazette's 本公报电子版…, 本公报刊登的… stay its own)."""
    return ("本刊" in key or "公报" in key) and bool(_OF_ITSELF.match(key)) \
        and not (title.endswith("公报") and _ITS_FIGURES.search(key) is not None)


# A 统计公报's notes on its own figures: 本公报中…, 本公报各项数据…, 本公报部分数据…, 本公报数据…
_ITS_FIGURES = re.compile(r"本公报(?:中|各项|部分|所列|涉及|的?数据|数据)")


_ON_THE_GAZETTE = ("公报", "本刊", "征订")  # (an attachment's title on the gazette: …公报》征订单, 本刊…)


def outside_attachments(above: list[Line], closes) -> bool:
    """No attachment on the gazette itself among the lines ``above`` a line, up from it to the
    document's date (the first line ``closes`` says ends a document): the line is no attachment's
    (附件 / 2025年度《…公报》征订单 / 本刊为月刊… is the last document's attachment, not what the gazette
    says of itself). After an attachment on another matter (附件 / 2024年县级重点项目名单 / …), a line
    of the gazette's own (本刊为月刊…, …查阅本刊电子版) is the gazette's again."""
    return attachments_walk(above, 0, closes)(len(above))


def attachments_walk(content: list[Line], start: int, closes) -> Callable[[int], bool]:
    """``outside_attachments`` of the lines from ``start`` to each line asked, the lines read once, in
    order, over all the asks (each line asked after the one before it: a document's lines asked one by
    one, every line of an attachment speaking of 本刊, stay linear): the last date or 附件 heading
    read above the line decides."""
    at, outside = start, True

    def outside_at(i: int) -> bool:
        nonlocal at, outside
        while at < i:
            key = content[at].key
            if closes(key):
                outside = True
            elif is_attachment_alone(key) or attachment_heading(key)[0]:
                title = key + (content[at + 1].key if at + 1 < len(content) else "")  # (附件1：…, or 附件 over its title)
                outside = not any(word in title for word in _ON_THE_GAZETTE)
            at += 1
        return outside
    return outside_at


_HEADLINE_MAX = 40


# The issue's news under a heading of their own (政务动态, 【工作动态】, in pictures: 图片新闻), or the government's
# leaders' doings by day (县政府领导活动, 领导活动, 政务活动): a document's own list of sections may name 工作动态.
NEWS_HEADING = re.compile(r"^\(?(?:政务动态|工作动态|政务要闻|工作要闻|政务信息|政务资讯|(?:县人民政府|县政府|政府|县)?领导(?:政务)?活动|政务活动"
                          r"|图片新闻|新闻图片|政务图片|图片报道|图片集锦)\)?$")


def named_headline_under(content: list[Line], i: int, named: frozenset[str]) -> bool:
    """Under the news' heading at ``content[i]``, a headline the contents name word for word
    (``named``) over its item's text, whatever its first words (近日，…, 县政府于4月15日…): news,
    as dated entries are."""
    return i + 1 < len(content) and content[i + 1].key in named and bool(NEWS_HEADING.match(content[i].key))


def back_headings(content: list[Line], back) -> frozenset[str]:
    """The keys of the headings in the back matter (``back``: its spans of ``content``'s indices),
    what a contents entry may name besides the documents: the heading it opens with (政务大事记,
    2024年1—3月…大事记; under its section's heading, 【大事记】, that and the title under it), past
    the page's furniture over them; and each news item's headline after the one above has ended
    (县政府召开第12次常务会议 / …研究部署防汛工作。 / 县领导调研春耕生产工作): a short line, no sentence
    of its own, after a finished sentence or a section's heading."""
    heads = set()
    for a, b in back:
        k = next((i for i in range(a, b + 1) if not is_page_furniture(content[i])), None)
        if k is None:
            continue
        heads.add(content[k].key)
        if k + 1 <= b and (is_section_line(content[k]) or NEWS_HEADING.match(content[k].key)):  # (政务动态 bare too)
            heads.add(content[k + 1].key)
        for i in range(k + 2, b + 1):
            key, above = content[i].key, content[i - 1]
            if len(key) <= _HEADLINE_MAX and not key.endswith(TERMINAL) and ":" not in key \
                    and (above.key.endswith(TERMINAL) or is_section_line(above)):
                heads.add(key)
    return frozenset(heads)


__all__ = ["NEWS_HEADING", "back_headings", "named_headline_under", "back_matter_under", "closes_the_issue", "corrects_an_issue", "heads_a_correction", "listed_attachment", "attachments_walk", "opens_own_staff", "outside_attachments", "speaks_of_itself", "staff_and_colophon", "is_back_heading", "is_year_index", "issue_closes_from"]
