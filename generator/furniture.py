"""Page furniture: what the printed page or the web page adds around a gazette's text — page
numbers, the issue's running head, a web page's buttons. Never part of a document's words."""

from __future__ import annotations

import re
from functools import lru_cache

from .identifiers import arabic
from .issueparts import PART_PRINTED
from .model import Line
from .normalize import OTHER_CHARS, OTHER_LETTER, fold
from .pagemarks import PAGE_MARK, PAGE_NUMBER, may_be_page_mark, may_be_page_number
from .wechat import is_wechat_chrome
from .patterns import HAN, SECTION_NAME, is_org_only

# The running head of the issue: its name, its year and number, in either order (odd and even
# pages), a dot or a bar between them; the cumulative number after it (（总第38期）); the page
# number printed on the same line, before or after. Digits as OCR reads them: O, o, l, I.
# (a 统计公报 is a document's title, not the issue's name; a people's congress standing committee's
# gazette: 松岭县人大常委会公报)
_GAZETTE = rf"[{HAN}]{{2,20}}?(?:政府公报|政报|人大常委会公报|人民代表大会常务委员会公报)"
# (or the name in book-title marks, as a page's head cites the gazette: 《南浦县人民政府公报》2024年第2期)
# (and how often it appears after it, as the cover prints it: 南浦县人民政府公报（季刊）)
_NAME = rf"(?:{_GAZETTE}|《{_GAZETTE}》)(?:\((?:月刊|半月刊|双月刊|季刊|旬刊)\))?"
_YEAR = r"[12lI][09Oo][0-9OolI]{2}"
_NUMBER = r"(?=[0-9OolI]*\d)[0-9OolI]{1,3}"
# A combined issue (合刊) numbers itself with both numbers, 第5—6期（合刊）, and its cumulative
# numbers so, 总第58—59期 (folded: the dash is -).
_NUMBERS = rf"{_NUMBER}(?:[-~、]{_NUMBER})?期(?:\(合刊\)|合刊)?"
# (a special issue: 2024年增刊, 2024年第3期（增刊）)
# (a year's issues bound in one: 2024年汇编, 2024年度合订本; a monthly numbered by its month: 2024年3月号, 2024年3月刊)
_SPECIAL = r"(?:增刊|特刊|专刊|度?汇编|度?合订本)"
# (a part of an issue printed in parts, after its 期: （上）, 上册, 之二, （第二部分）: issueparts; a year's
# supplement numbered on its own: 2024年增刊第2期: specialissues)
_PART = rf"(?:{PART_PRINTED})?"
_ISSUE = rf"(?:{_YEAR}年(?:第{_NUMBERS}{_PART}(?:\({_SPECIAL}\))?|{_SPECIAL}(?:第{_NUMBER}期)?|\d{{1,2}}月(?:\d{{1,2}}日|号|刊)?)?|{_YEAR}[.·•・]\d{{1,2}}|第{_NUMBERS})"
_TOTAL = r"(?:\(?总第\d{1,5}(?:[-~、]\d{1,5})?期\)?)?"
# (folded: — 3 — and ·3· are -3- and .3.; OCR reads the dashes as 一, 一 5 一, as it does on a page's
# number alone: PAGE_MARK); or in words, 第3页 (共48页, 第3页/共48页), as a head printed
# over a web page's or a Word file's pages prints it: 南浦县人民政府公报　2024年第2期　第3页.
_PAGE = r"(?:[-.]*\d{1,4}[-.]*|一\d{1,4}一|第\d{1,4}页(?:/?共\d{1,4}页)?)?"
# A year and a combined issue's numbers without the gazette's name (2023年第1—2期) are a
# running head only marked as the issue's (（合刊）, 总第…期): bare, they are a body's line (a
# table's cell listing issues, 二〇二三年第十一、十二期 cut out of a sentence).
_JOINT = r"(?:\(合刊\)|合刊)"
_BARE_ISSUE = (rf"(?:{_NUMBER}期{_PART}{_JOINT}?{_TOTAL}|{_NUMBER}[-~、]{_NUMBER}期(?:{_JOINT}{_TOTAL}|\(?总第\d{{1,5}}(?:-\d{{1,5}})?期\)?))"
               rf"(?:[.·•・|]?{_NAME})?|{_NUMBERS}{_TOTAL}[.·•・|]?{_NAME}")
# (the issue in brackets after the name: 南浦县人民政府公报（2024年第2期）)
# (after the name, an issue numbered 第N号 as a congress's gazette numbers it: 松岭县人大常委会公报　2024年第2号)
_NAMED_ISSUE = rf"(?:{_ISSUE}|{_YEAR}年第{_NUMBER}号(?:\(总第\d{{1,5}}号\))?)"
# (the cumulative number inside the brackets too: 南浦县人民政府公报（2024年第3、4期合刊　总第58、59期）)
_RUNNING_HEAD = re.compile(rf"^{_PAGE}[.·•・]?{_NAME}(?:[.·•・|]?(?:{_NAMED_ISSUE}|\({_NAMED_ISSUE}[,.·•・|]?{_TOTAL}\)))?{_TOTAL}{_PAGE}$"
                           rf"|^{_PAGE}{_YEAR}年第(?:{_BARE_ISSUE}){_PAGE}$"
                           # (the name cut short on the even pages, its issue after it: 政府公报　2024年第3期　·6·)
                           rf"|^{_PAGE}政府公报[.·•・|]?{_NAMED_ISSUE}{_TOTAL}{_PAGE}$")
_HEAD_ENDS = frozenset(("报", "》", "年", "月", "日", "期", "刊", "页", "号", "编", "本", ")", "-", ".", "一", *"0123456789",
                        *"上中下册卷篇分二三四五六七八九"))  # (刊: …第5—6期合刊; 页: …第3页; 一: …一 5 一; a part's: …第3期下, …之二, …第二部分)
# The cover's year or number on a line of its own: 2024年, 2024, 第3期, 2024年第3期（总第56期）,
# 2024年第5—6期（合刊）.
# (a combined issue: 2024年第5—6期（合刊）)
_ISSUE_ALONE = re.compile(rf"{_YEAR}年?|(?:{_YEAR}年)?第{_NUMBERS}{_TOTAL}")
# What a web page prints around a document (on the folded key): its buttons (【字体：大 中 小】
# 【打印本页】【关闭窗口】【我要纠错】, 打印 | 关闭, 字号：T | T, 视力保护色), 扫一扫在手机打开当前页,
# the links to the pages before and after (上一篇：…; an issue's page: 上一期：…), the trail of the site's sections
# (当前位置：首页 > 政务公开 > 政府文件, 首页 » …), its menus (首页 | 政务公开 | …, 网站地图 |
# 联系我们 | 隐私声明), its search box, what is left of its images (微信图片_20240312.jpg, 点击查看大图), and its
# footer (主办单位：…, not with a 督办 as a document's 版记 prints it; 网站标识码, ICP备…号, 技术支持：…, 版权所有：…, 您是本站第…位访问者, a 联系电话
# with the site's 技术支持 on its line), the heading of its links (相关链接, or in brackets as a button is: 【相关链接】).
_BUTTON = r"(?:字体|字号|打印|关闭|收藏|分享|返回|大中小|纠错|顶部|保护色)"
_SITE_WORDS = frozenset({"首页", "网站地图", "联系我们", "隐私声明", "无障碍", "长者模式", "适老化", "繁體", "简体",
                         "登录", "注册", "English", "政府信息公开指南", "政府信息公开制度"})
# The trail of the site's sections that heads a page: 当前位置：首页 > 政务公开 > 政府文件, 首页 » ….
_TRAIL_OF_SECTIONS = (r"^(?:当前位置|您当前的位置|您的位置|当前的位置|所在位置|位置):?首页(?:(?:>>|>|›|»|/|-|\||│)[^>›»/|│]{1,16}){1,6}$"
                      r"|^首页(?:(?:>>|>|›|»)[^>›»]{1,16}){1,6}$")
_TRAIL = re.compile(_TRAIL_OF_SECTIONS)
# Lines that start with what they are (each alternative fails on a line's first characters). A
# button is a short word in brackets (【我要纠错】, not a heading such as （建立容错纠错机制）); a
# trail of sections is 首页 and the sections after >, » or › (after - or / only behind 当前位置);
# a footer line names who runs the site and says nothing more (no sentence).
_WEB_CHROME = re.compile(
    rf"^(?:\([^()]{{0,3}}{_BUTTON}[^()]{{0,8}}\))+$"
    r"|^(?:打印本页|打印|关闭窗口|关闭|返回顶部|返回|收藏|分享)(?:\|?(?:打印本页|打印|关闭窗口|关闭|返回顶部|返回|收藏|分享))+$"
    r"|^(?:扫一扫在手机(?:上)?(?:打开|查看)当前页(?:面)?|分享(?:到)?:(?:微信|微博|QQ空间|QQ|朋友圈|豆瓣|更多)*|分享到"
    r"|\(?打印本页\)?|\(?关闭窗口\)?|\(?(?:返回|回到)(?:顶部|首页)\)?|\(?我要纠错\)?|\(?打印此页\)?|视力保护色:?.{0,12}|\(?点击(?:图片)?查看(?:大图|原图)\)?)$"
    r"|^(?:上一篇|下一篇)(?::|$|(?!.*[。;]).{2,80}$)|^(?:上一期|下一期|上一条|下一条)(?::(?!.*[。;]).{0,80})?$|^(?:字体|字号):?(?:大中小|(?:\(?[大中小]\)?){3}|[Tt|]{2,5})$"
    rf"|{_TRAIL_OF_SECTIONS}"
    r"|^请输入(?:关键字|关键词|搜索内容)?(?:搜索)?$"
    r"|^(?!.*督办)(?:主办(?:单位)?|承办(?:单位)?|协办(?:单位)?|技术支持|维护单位|网站标识码):[^。,;]{1,60}$"
    r"|^联系(?:电话|方式):[^。,;]{1,30}(?:技术支持|主办|承办|网站标识码):[^。,;]{1,60}$"
    r"|^\(?相关链接\)?$"
    r"|^您是(?:本站)?第\d+位访(?:问者|客)|^版权所有:.{0,60}(?:ICP备.{0,20})?$")
# A toolbar of several of those buttons on one line, in any order: 【字体：大 中 小】  分享到：,
# 分享：  微信  微博  QQ空间  【打印】, 字号：[ 大 中 小 ]  视力保护色：  打印本页 (nothing else);
# the page's counter of readers may end it: 【字体：大 中 小】　【打印】　【关闭】　　阅读次数：2331.
_CHROME_PIECE = (rf"\([^()]{{0,3}}{_BUTTON}[^()]{{0,8}}\)|打印本页|打印|关闭窗口|关闭|返回顶部|返回|收藏|分享(?:到)?:?"
                 r"|微信|微博|QQ空间|QQ|朋友圈|豆瓣|更多|(?:字体|字号):?(?:\(?大中小\)?|(?:\(?[大中小]\)?){3}|[Tt|]{2,5})"
                 r"|视力保护色:?|\||\(?(?:浏览次数|浏览量|阅读次数|阅读量|点击数|点击量|访问量|访问次数|阅读|浏览):\d{1,9}\)?")
_TOOLBAR = re.compile(rf"(?:{_CHROME_PIECE}){{2,}}")
_TOOLBAR_WORDS = re.compile(r"字体|字号|打印|分享|关闭|保护色")
# Lines found by a mark they hold, each asked only of lines that hold it: the site's registration
# ending the line (…湘ICP备05001234号-1), its name alone (云溪县人民政府门户网站), an uploaded
# image's file name (微信图片_20240312.jpg, IMG_1234.JPG; a caption named in Chinese is text).
_WEB_RECORD = re.compile(r"^[^。,;]{0,60}(?:ICP备|公网安备)\d{5,}号(?:-\d{1,3})?$")
# The site's record fields in any order, nothing else on the line: ICP备案号：湘ICP备12345678号
# 政府网站标识码：4301230001, 湘ICP备05001234号-1　网站标识码：4312270001; the province's
# abbreviation before ICP备 may be masked as a copy or a template prints it (×ICP备12345678号).
_WEB_RECORD_FIELD = (rf"(?:(?:ICP)?备案号:|公安备案号:)?(?:[{HAN}]{{1,2}}|[×*]{{1,2}})?(?:ICP备|公网安备)\d{{5,}}号(?:-\d{{1,3}})?"
                     r"|(?:政府)?网站标识码:[0-9A-Za-z]{6,12}")
_WEB_RECORDS = re.compile(rf"(?:{_WEB_RECORD_FIELD}){{2,4}}")
# The footer's notes of who owns the site and how to view it, nothing else on the line (no
# sentence): 版权所有 © 南浦县人民政府　All Rights Reserved, Copyright © 2024 南浦县人民政府,
# 南浦县人民政府 版权所有, 建议使用1920×1080分辨率 IE9以上版本浏览器, 本站支持IPv6访问.
_FOOTER_NOTE = re.compile(r"^(?!.*[。;])(?:(?:版权所有(?![人者方])|Copyright|COPYRIGHT|©|\([cC]\)(?=(?:19|20)\d{2}|Copyright|版权))"
                          r".{0,80}"  # ((c) as ©, before a year: not an item lettered (c) of a list)
                          rf"|[{HAN}A-Za-z0-9©.]{{2,40}}(?:版权所有|AllRightsReserved|Allrightsreserved)\.?"
                          r"|(?:为了?获得最佳(?:浏览|显示|访问)效果,?)?(?:建议|推荐)(?:您)?(?:使用|采用)"
                          r"(?=.*(?:IE|Chrome|Firefox|Edge|Safari|谷歌|火狐|360|\d{3,4}[×xX*]\d{3,4}))[^。;]{0,60}?"
                          # (ending as the note does, not a sentence's wrapped line: …浏览器或360浏览器极速模式，以免出现…;
                          # its effect a viewing's, its version a browser's: not …以免影响填报效果, …及时核对版本)
                          r"(?:浏览器|分辨率|浏览|访问|本站|本网站?|模式|(?:浏览|显示|访问)效果|(?:以上|最新|更高)版本|以上"
                          r"|\d{3,4}[×xX*]\d{3,4})"
                          r"|(?:本站|本网站?)(?:已)?支持IPv6(?:访问)?)$")
# A list's pager, nothing else on the line: 共2条　首页　上一页　1　下一页　尾页, 首页 上一页 1 2 3 下一页 尾页 共3页
# (上一页 or 下一页 among its words).
# (the page links' figures taken whole, \d++: the key has lost their spaces, 1 2 … 19 as 12…19, which
# split every way before a word no pager prints, 每页显示20条, took seconds, minutes at 20 links)
_PAGER = re.compile(r"(?:首页|上一页|下一页|尾页|末页|\d++|共\d{1,6}(?:条记录|条|页)|(?:当前)?第?\d{1,4}/\d{1,4}页|跳转到?|转到"
                    r"|第页|GO|Go|确定|\||,)+")
_FOOTER_HINTS = ("版权", "opyright", "©", "(c)", "(C)", "浏览器", "分辨率", "IPv6", "Reserved", "reserved")
_FOOTER_HINT = re.compile("|".join(map(re.escape, _FOOTER_HINTS)))  # (any of them in the line: one search, not ten)
_WEB_SITE = re.compile(rf"^[{HAN}]{{1,12}}?[县市区旗州省](?:人民政府|政府)?(?:门户网站|政府网站)$")
# The page's own title as the browser shows it, the site's section and name after underscores:
# …的通知_政府公报_云溪县人民政府门户网站 (the page prints the title again under it).
_WEB_TITLE = re.compile(rf"^.{{4,150}}_[^_]{{1,20}}_[{HAN}]{{2,20}}(?:门户网站|政府网站|政府网|人民政府)$")
_WEB_IMAGE = re.compile(r"^(?:[\w\-()]*_\d+|[A-Za-z0-9_\-()]+)\.(?:jpe?g|png|gif|bmp|JPE?G|PNG|GIF)$")
# What a copy or a converter leaves of an image in its place, alone on a line (folded): the word
# for it bare or in brackets (图片, 图像, image, [image]; [图片] is a WeChat post's, ``is_wechat_chrome``).
# (not 图 or 照片 alone: a word a line wraps, a table's cell)
IMAGE_LEFT = frozenset({"图片", "图像", "(图像)", "image", "Image", "IMAGE", "(image)", "(Image)", "(IMAGE)",
                        "img", "IMG", "(img)", "picture", "Picture", "(picture)"})


def _site_menu(key: str) -> bool:
    """A menu of the site's pages: 首页 | 要闻动态 | 政务公开 …, 网站地图 | 联系我们 | 隐私声明 (short
    items between bars, 首页 first or two of the site's own pages among them — never a table's
    header such as 序号|企业名称|注册资本)."""
    items = key.split("|")
    return (len(items) >= 3 and all(1 <= len(item) <= 8 for item in items)
            and (items[0] == "首页" or sum(item in _SITE_WORDS for item in items) >= 2))


def is_running_head(key: str) -> bool:
    """The issue's running head: ``平江县人民政府公报　2023年第5期`` (a folded key)."""
    return _head(key) or ((key[-1:] in OTHER_CHARS or key[:1] in OTHER_CHARS) and _head_beside_its_translation(key))


def _head(key: str) -> bool:
    # (it ends with the name, the year, the month or day, the number or a page number: arabic
    # keeps the last character; one character each: a set, not endswith)
    # (and the gazette's name, …公报, or an issue's number, …期, which arabic neither adds nor takes
    # away: most keys have neither, and are not turned into figures for the pattern)
    return key[-1:] in _HEAD_ENDS and ("报" in key or "期" in key) and bool(_RUNNING_HEAD.match(arabic(key)))


# The gazette's name in another script before or after the running head (a minority region's:
# 喀什市人民政府公报　2024年第4期　قەشقەر … ئاخباراتى, 연길시인민정부공보　延吉市人民政府公报　2024年第3期).
_NOT_HAN_BEFORE = re.compile(rf"^[^{HAN}\d]++")
_NOT_HAN_AFTER = re.compile(rf"(?<![^{HAN}\d])[^{HAN}\d]++$")  # (from its run's start only: linear)


def _head_beside_its_translation(key: str) -> bool:
    inner = key
    for side in (_NOT_HAN_BEFORE, _NOT_HAN_AFTER):
        m = side.search(inner)
        if m and OTHER_LETTER.search(m.group()):
            inner = inner[:m.start()] + inner[m.end():]
    return bool(inner) and inner != key and _head(inner)


def is_issue_line(key: str) -> bool:
    """The issue's year or number alone on a line, as a cover prints it: ``2024年``,
    ``第3期（总第56期）``, ``2024年第3期`` (a folded key)."""
    return bool(_ISSUE_ALONE.fullmatch(arabic(key)))


@lru_cache(maxsize=1 << 14)
def is_web_chrome(key: str) -> bool:
    """A web page's buttons, links, menus and footer: ``【字体：大 中 小】【打印本页】``,
    ``首页 > 政务公开``, ``网站标识码：…`` (a folded key; never a long line)."""
    if "_" in key and key.endswith(("网站", "政府网", "人民政府")) and _WEB_TITLE.match(key):
        return True
    if len(key) > 120:
        return False
    return key in IMAGE_LEFT or bool(_WEB_CHROME.match(key)
                or (_TOOLBAR_WORDS.search(key) and _TOOLBAR.fullmatch(key))
                or ("|" in key and _site_menu(key))
                or ("备" in key and (_WEB_RECORD.match(key) or _WEB_RECORDS.fullmatch(key)))
                or (key.endswith("网站") and _WEB_SITE.match(key))
                or ("." in key and _WEB_IMAGE.match(key))
                or (_FOOTER_HINT.search(key) and _FOOTER_NOTE.match(key))
                or (("上一页" in key or "下一页" in key) and _PAGER.fullmatch(key))
                or is_wechat_chrome(key))  # (a WeChat article's byline, counts and buttons)


def heads_a_web_page(key: str) -> bool:
    """What a web page prints over a document's fields and title, never under its text: the
    trail of the site's sections (``首页 > 政务公开 > 政策文件 > 县政府办文件``), its menu (首页 |
    政务公开 | …; not the footer's, 网站地图 | 联系我们 | 隐私声明), its search box (请输入关键字),
    the page's own title as the browser shows it (…的通知_政府公报_…门户网站). (Its buttons and
    上一篇：… may stand over the title or under the text.)"""
    return bool(("首页" in key and (_TRAIL.match(key) or (key.startswith("首页|") and _site_menu(key)
                                                       and not any(w in key for w in _FOOTER_WORDS))))
                or (key.startswith("请输入") and _WEB_CHROME.match(key))
                or ("_" in key and _WEB_TITLE.match(key)))


_FOOTER_WORDS = ("网站地图", "联系我们", "隐私声明")


# A site a page's links name: a web site (中国政府网, 湖南省人民政府门户网站, 南浦县人民政府网) or an
# organ (南浦县林业局), or its address (www.nanpu.gov.cn).
_SITE_NAME = re.compile(rf"[{HAN}]{{2,30}}(?:网|网站|门户网站|平台)|(?:https?://)?[\w\-]+(?:\.[\w\-]+)+/?")


def names_sites(text: str) -> bool:
    """``text`` (display text) names nothing but sites, set apart by spaces: ``南浦县人民政府网　
    南浦县林业局``, ``中国政府网　www.gov.cn`` — the links a page lists under 相关链接：; not a
    title (…关于…的通知, …管理办法), not a sentence."""
    words = text.split()
    return bool(words) and all(_SITE_NAME.fullmatch(word) or is_org_only(fold(word)) for word in words)


# What page furniture a line is (``page_kind``), as bits: a page mark (``is_page_mark``); printed
# as a page's number is (``PAGE_NUMBER``: ``— 3 —``, a bare 3 too); and short, with a figure, the
# bare number ``runs.page_number_at_a_break`` asks about where the page breaks.
MARK = 1
NUMBER = 2
BARE_NUMBER = 4
_PAGE_NUMBER_MAX = 24  # characters of a page number's key at most (第 22 页 共 240 页: 10)
_DIGIT = re.compile(r"\d")


def page_kind(line: Line) -> int:
    """What page furniture ``line`` is: ``MARK``, ``NUMBER``, ``BARE_NUMBER`` or'd together (0:
    none), found on the first asking and kept on the line (``Line.page``), which depends on
    nothing but the line's text, key and ``running_head``."""
    kind = line.page
    if kind < 0:
        text = line.text.strip()
        kind = MARK if line.running_head or _page_mark(line.text, line.key) else 0
        if may_be_page_number(text) and PAGE_NUMBER.match(text):
            kind |= NUMBER
            if len(line.key) <= _PAGE_NUMBER_MAX and _DIGIT.search(line.key):
                kind |= BARE_NUMBER
        object.__setattr__(line, "page", kind)  # (a cache beside the frozen fields, not compared)
    return kind


def is_page_furniture(line: Line) -> bool:
    """A page number or the running head of the issue between two pages: ``— 3 —``,
    ``平江县人民政府公报　　2023年第15期``; a web page's buttons."""
    kind = line.page
    return (kind if kind >= 0 else page_kind(line)) != 0  # (a page number's shape, or a page's mark)


def is_page_mark(line: Line) -> bool:
    """Page furniture that cannot be anything else: ``— 3 —``, ``第3页``, the running head of
    the issue (``平江县人民政府公报　2023年第5期``) or of its section (``县政府文件　　·5·``), a
    web page's buttons (``【打印本页】``), a line the file prints at the top of its pages
    (``Line.running_head``: 【规范性文件】); a bare number might be a table cell."""
    kind = line.page
    return ((kind if kind >= 0 else page_kind(line)) & MARK) != 0


@lru_cache(maxsize=1 << 16)
def _page_mark(text: str, key: str) -> bool:
    """Cached: every stage asks it of the same lines (by their text and key, which hash and
    compare faster than the line)."""
    text = text.strip()
    return (may_be_page_mark(text) and bool(PAGE_MARK.match(text))) or is_running_head(key) or is_web_chrome(key) \
        or section_head(text) is not None or is_speck(text)


# What OCR reads of a speck of dust or a stain on a scanned page, alone on a line: a quote, an
# accent, a low line, a dot or a bar (never a full stop or a comma of the text, 。，、, which a wrap
# may leave alone, nor a dash or a tilde, a rule's or a range's: 2024 / ~ / 2025).
SPECKS = frozenset("'`\"_^|\\.,·•‘’“”´¨˙¸ˊˋ")


def is_speck(text: str) -> bool:
    """``text`` (stripped) is one or two specks (``SPECKS``) and nothing else: ``'``, ``_``, ``.,``."""
    return 0 < len(text) <= 2 and all(c in SPECKS for c in text)


_GAP_HINT = re.compile(r"[\t\u3000]|  ")
# A gap between words set out in columns: a tab, or a run of spaces (a running head's parts, a
# table's header printed with spaces).
COLUMN_GAP = re.compile(r"[ \u3000\t]{2,}|\t")


def section_head(text: str) -> str | None:
    """The section's name of a running head that prints it beside the page number (``县政府文件
    ·5·``, ``— 6 —　　县政府办公室文件``; a contents page prints its sections so too), or None."""
    if _GAP_HINT.search(text) is None:
        return None
    parts = COLUMN_GAP.split(text.strip())
    if len(parts) != 2:
        return None
    first, second = parts
    if _page_beside(first, second):
        return second
    return first if _page_beside(second, first) else None


def _page_beside(page: str, name: str) -> bool:
    """``page`` prints a page's number as only a page's is printed (``·5·``, ``— 6 —``; a bare
    number beside a name may be a count: 县政府文件　　36) and ``name`` a section's (not a title
    that ends in 文件: 关于清理规范性文件)."""
    return bool(PAGE_MARK.match(page)) and SECTION_NAME.fullmatch(name) is not None and "关于" not in name


# An attachment's mark at the top of its first page, printed on the line of the page's running head
# (附件1　　　　平江县人民政府公报　2024年第4期, or the head first).
_MARK_FIRST = re.compile(r"^\s*(?P<mark>附件\s*\d{1,2}(?:-\d{1,2})?)(?:[ \u3000]{2,}|\t)\s*(?P<head>\S.*)$")
_MARK_LAST = re.compile(r"^\s*(?P<head>\S.*?)(?:[ \u3000]{2,}|\t)\s*(?P<mark>附件\s*\d{1,2}(?:-\d{1,2})?)\s*$")


def marks_beside_running_heads(lines: list[Line]) -> list[Line]:
    """The lines with an attachment's mark beside the running head read as the mark alone (the
    head is the page's; the mark opens the attachment under it)."""
    out = list(lines)
    for k, line in enumerate(out):
        if "附件" not in line.text:
            continue
        m = _MARK_FIRST.match(line.text) or _MARK_LAST.match(line.text)
        if m is not None and is_running_head(fold(m.group("head"))):
            out[k] = Line(line.no, m.group("mark"), fold(m.group("mark")), line.page_break, line.joined,
                          at=line.at)
    return out


__all__ = ["BARE_NUMBER", "MARK", "NUMBER", "heads_a_web_page", "page_kind", "is_page_furniture", "names_sites", "is_page_mark", "is_running_head", "is_web_chrome", "marks_beside_running_heads",
           "section_head"]
