"""What a WeChat article (a 公众号's post) prints around a gazette's document when a page saves or
copies it: the account's byline under the title (青溪发布　2024-03-05 18:30, 原创　青溪发布
2024年03月05日 18:30 发表于湖南, or 湖南 alone), and under the text its readers' counts and buttons (阅读 2356,
在看 18, 阅读 10万+　在看 56, 写留言, 阅读原文, 继续滑动看下一个, 微信扫一扫关注该公众号):
the page's furniture, never the document's words."""

from __future__ import annotations

import re

from .patterns import HAN, doc_type_of

# The province a post is sent from, as the byline names it (湖南, 广西, 内蒙古).
_PROVINCE = ("(?:北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|"
             "重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|香港|澳门|台湾)")
# The account's byline: 原创 perhaps, the account's name (twice, as the page prints its name and
# its author), the day and the time of day, the province it posted from (folded: no spaces).
# (no preposition nor a word of time in the name: not a sentence's 会议于2024年3月5日9:30, 报到时间…)
# The page prints the month and the day in two figures each (2024-03-05, 2024年03月05日): a document's
# schedule prints its day as written (全体会议　2024年3月15日 14:30, 开标　2024年4月2日 9:30), no byline.
_BYLINE = re.compile(rf"^(?:原创)?(?![^\d]*?(?:于|在|至|到|从|时间|日期|截止|上午|下午))[{HAN}A-Za-z·]{{2,40}}?(?:19|20)\d{{2}}(?:-\d{{1,2}}-\d{{1,2}}|年\d{{2}}月\d{{2}}日)"
                     rf"\d{{1,2}}:\d{{2}}(?:发表于[{HAN}]{{2,8}}|{_PROVINCE})?$")
# Its counts and buttons, one or several on a line (阅读2356在看18, 赞12分享在看写留言).
_COUNT = r"(?:阅读|在看|点赞|赞|分享|推荐|收藏|留言)(?:\d{1,7}(?:\.\d)?万?\+?)?"
_PIECE = rf"(?:{_COUNT}|写留言|阅读原文|轻触阅读原文|喜欢作者|人划线)"
# (two pieces or more, or a count: a word alone may be a table's cell, 推荐, 收藏; but these alone)
_PIECES = re.compile(rf"{_PIECE}(?:\|?{_PIECE})+|(?:阅读|在看|点赞|赞)\d{{1,7}}(?:\.\d)?万?\+?|在看|写留言|阅读原文|轻触阅读原文")
_SENTENCES = frozenset({"继续滑动看下一个", "向上滑动看下一个", "微信扫一扫关注该公众号", "微信扫一扫可打开此内容,使用完整服务",
                        "预览时标签不可点", "轻触阅读原文", "知道了", "取消允许", "视频小程序赞,轻点两下取消赞在看,轻点两下取消在看",
                        "喜欢此内容的人还喜欢", "分享此内容的人还喜欢", "关注公众号", "点击上方蓝字关注我们"})
# Its decorations alone on a line: arrows pointing to the text (▼, ↓↓↓, 👇), the post's end (—END—, - END -, THE END).
_ARROWS = frozenset("▼▽↓⬇👇")
_DECORATION = re.compile(r"[▼▽↓⬇👇\ufe0f]{1,6}|[-_=~·*]*(?:THE|The)?(?:END|End)[-_=~·*]*")
# What a copy leaves of the post's images and videos, in brackets (folded): [图片], 【视频】.
_PLACEHOLDERS = frozenset({"(图片)", "(视频)", "(动图)", "(表情)", "(音频)"})
# (what such a line may open with: a cheap first check before the patterns)
_OPENINGS = frozenset({"阅读", "在看", "点赞", "赞", "分享", "推荐", "收藏", "留言", "写留", "轻触", "喜欢", "继续", "向上", "微信",
                       "预览", "知道", "取消", "视频", "关注", "点击", "人划"})


def is_wechat_chrome(key: str) -> bool:
    """A WeChat article's byline, counts or buttons (a folded key): ``青溪发布2024-03-0518:30``,
    ``阅读2356在看18``, ``写留言``, ``继续滑动看下一个`` — not a sentence that speaks of reading
    (阅读量稳步提升。), nor a meeting's time (时间：2024年3月5日9:30)."""
    if len(key) > 60:
        return False
    if key in _PLACEHOLDERS:
        return True
    colon = key.rfind(":", -12)
    if colon > 0:  # (the time of day last, or before the province: …18:30发表于湖南, …18:30湖南)
        return key[colon - 1].isdigit() and key[colon + 1:colon + 3].isdigit() and ":" not in key[:colon - 2] \
            and bool(_BYLINE.match(key))
    if key[-1:] in _ARROWS or "END" in key or "End" in key:
        return bool(_DECORATION.fullmatch(key))
    if key[:2] not in _OPENINGS and key[:1] not in _OPENINGS:
        return False
    return key in _SENTENCES or bool(_PIECES.fullmatch(key))


# The post's time alone on a line, where a copy splits its byline (the account's name over it):
# 2024-03-05 18:30, 2024年03月05日 18:30, the province after it (…18:30 湖南, …18:30发表于湖南).
_POST_TIME = re.compile(rf"^(?:19|20)\d{{2}}(?:-\d{{2}}-\d{{2}}|年\d{{2}}月\d{{2}}日)\d{{1,2}}:\d{{2}}(?:发表于[{HAN}]{{2,8}}|{_PROVINCE})?$")
# What the byline prints over the time, a line each: 原创, the account's name, its author's (no sentence).
_BYLINE_NAME = re.compile(rf"^[{HAN}A-Za-z·]{{2,20}}$")
_PROVINCE_ALONE = re.compile(rf"^(?:发表于[{HAN}]{{2,8}}|{_PROVINCE})$")
MAX_BYLINE_NAMES = 3  # 原创 / 青溪发布 / 青溪发布 over the time


def is_post_time(key: str) -> bool:
    """A WeChat post's time alone on a line (folded): ``2024-03-0518:30``, ``2024年03月05日18:30湖南``."""
    return ":" in key and key[:1] in "12" and bool(_POST_TIME.match(key))


def byline_end(lines: list, k: int) -> int:
    """The first index past a post's byline split over lines from ``lines[k]`` by a copy (青溪发布 /
    2024-03-05 18:30, 原创 / 青溪发布 / 青溪发布 / 2024年03月05日 18:30 / 湖南): up to three short names
    (``MAX_BYLINE_NAMES``) over the post's time, the province perhaps under it, as a post prints it
    under its title; ``k`` when none stands there. The page's, never the document's words."""
    j = k
    while j < len(lines) and j - k < MAX_BYLINE_NAMES and len(lines[j].key) <= 20 and _BYLINE_NAME.match(lines[j].key):
        j += 1
    if j >= len(lines) or not is_post_time(lines[j].key):
        return k
    j += 1
    return j + 1 if j < len(lines) and len(lines[j].key) <= 10 and _PROVINCE_ALONE.match(lines[j].key) else j


def in_a_byline(lines: list, i: int) -> bool:
    """``lines[i]`` is a piece of a post's byline a copy split over lines (``byline_end``): the
    time, a name over it, the province under it."""
    key = lines[i].key
    if len(key) > 30:
        return False
    return is_post_time(key) or byline_end(lines, i) > i \
        or (i > 0 and is_post_time(lines[i - 1].key) and bool(_PROVINCE_ALONE.match(key)))


# A single arrow alone on a line, as a flowchart typed as text prints it between its steps.
FLOW_ARROWS = frozenset({"↓", "▼", "▽", "⬇", "⬇\ufe0f"})


def arrow_between_steps(lines: list, kinds: list[str], k: int) -> bool:
    """Line ``k``, a single arrow alone (``FLOW_ARROWS``), stands between two steps of a flowchart
    typed as text, another such arrow two lines above or under it (申请人在线提交 / ↓ / 县发展和改革局受理 /
    ↓ / 出具备案证明): the document's flowchart, not a post's arrow pointing to its text (a ▼ alone
    over the text or an image, ↓↓↓, 👇)."""
    if not 0 < k < len(lines) - 1 or kinds[k - 1] == "furniture" or kinds[k + 1] == "furniture":
        return False
    return any(0 <= x < len(lines) and lines[x].key in FLOW_ARROWS  # (the other arrow, a step beyond it)
               and 0 <= (beyond := x + (x - k) // 2) < len(lines) and kinds[beyond] != "furniture" for x in (k - 2, k + 2))


# Who made the post, a credit a line or several on one, under its text: 编辑：李小明, 审核：王大力,
# the three reviews of a government account (初审：… 复审：… 终审：…), 来源：…, 供稿：…, 摄影：….
_CREDIT_LABEL = r"(?:信息来源|来源|责任编辑|编辑|审核|初审|复审|终审|校对|供稿|文字|图片|摄影|排版|美编|作者|通讯员|记者)"
# (the label set off by a bar as posts print it: 来源 | 青溪县人民政府办公室)
_CREDITS = re.compile(rf"^(?:{_CREDIT_LABEL}(?::|\|)[{HAN}A-Za-z·、,()]{{1,24}}?){{1,5}}$")
# The post's buttons a word a line under its credits (分享 / 收藏 / 点赞 / 在看): the page's under them.
_BUTTONS = frozenset({"分享", "收藏", "点赞", "在看", "转发", "推荐", "赞", "写留言", "留言"})


def credits_at_the_end(lines: list, kinds: list[str], closing: int) -> list[int]:
    """The post's credits closing a document's lines after its date (``closing``), the page's
    furniture only under them (编辑：李小明 / 审核：王大力 / 阅读 2356) and its buttons a word a line
    (分享 / 收藏 / 点赞, taken with them): two credits or more, a line each or on one line — the page's, no words of the document (an attachment's form asks 审核人：
    with its blank, 填表人：　审核：, and goes on)."""
    k, buttons = len(lines) - 1, []
    while k > closing and (kinds[k] == "furniture" or (kinds[k] == "text" and lines[k].key in _BUTTONS)):
        if kinds[k] == "text":
            buttons.append(k)
        k -= 1
    run, credits = [], 0
    while k > closing and kinds[k] == "text" and (":" in lines[k].key or "|" in lines[k].key) and _CREDITS.match(lines[k].key):
        run.append(k)
        credits += lines[k].key.count(":") + lines[k].key.count("|")
        k -= 1
    return run + buttons if credits >= 2 else []


# A repost's note of the title the document was printed under: 原标题：《…的通知》.
_ORIGINAL_TITLE = re.compile(r"^原标题:《?(?P<title>[^《》]{6,120}?)》?$")


def original_title(title: str, metadata: list[str]) -> str | None:
    """The document's own title, where a portal or a post heads it with a headline of its own
    (青溪县出台2024年稳经济促增长若干措施, no 文种) and gives its title under it as 原标题：…
    (``metadata``: the header's lines of fields, folded): the title a 文种 ends; else None."""
    if doc_type_of(title):
        return None
    for key in metadata:
        m = _ORIGINAL_TITLE.match(key) if key.startswith("原标题") else None
        if m is not None and doc_type_of(m.group("title")):
            return m.group("title")
    return None


__all__ = ["FLOW_ARROWS", "MAX_BYLINE_NAMES", "arrow_between_steps", "byline_end", "in_a_byline", "is_post_time", "credits_at_the_end", "is_wechat_chrome", "original_title"]
