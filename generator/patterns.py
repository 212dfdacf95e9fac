"""What a single line *is*, judged on its folded key (see normalize.fold).

Each predicate is a small named rule about a kind of line found in county gazettes, with a
table-driven test in tests/test_patterns.py made from real excerpts. Keys are folded: brackets
are ``(`` ``)``, colons ``:``, commas ``,``, dashes ``-``, no whitespace, no Markdown.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from .datelines import DATE_LINE_ENDS, is_date_line, without_date_note  # noqa: F401 (re-exported)
from .identifiers import DATE_PATTERN, DOC_NUMBER_HINT, DocNumber, DOC_NUMBER_PATTERN, REGISTRATION_PATTERN, arabic, doc_number_matches, figure_date_at_end  # noqa: F401 (the pattern re-exported)
from .normalize import HAN, NAME_CHAR, NAME_HAN
from .officenames import OFFICE_SHORT
from .townissuers import TOWN_BARE
from .recipientlines import RECIPIENTS_LABEL, is_recipients, labelled_recipients  # noqa: F401 (re-exported)
from .sealmarks import seal_between

# The verbs by which a document issues another (关于印发《…办法》的通知, …转发…的通知).
ISSUING = "印发|发布|公布|颁布|转发|批转"
# What a section of an issue is called (its heading may stand without marks; a running head may
# print it beside the page number).
# (县政府通告, 县政府办公告: the kind the section holds after the government's short name, no
# county's name before it; 某某县人民政府通告 is a 通告's banner)
SECTION_NAME = re.compile(rf"[{HAN}]{{1,12}}文件|人事任免|(?:常务)?会议纪要|政策解读|政策问答|大事记|政务大事记|[县市区旗]政府(?:办公室|办)?(?:通告|公告)")

# The document types (文种) of the 党政机关公文处理工作条例, longest first so that 命令 wins over 令.
DOC_TYPES = ("决议", "决定", "命令", "公报", "公告", "通告", "意见", "通知", "通报", "报告",
             "请示", "批复", "议案", "函", "纪要", "令")

# Suffixes that end the name of an organ of state: 人民政府, 办公室, 局, 委员会 …
ORG_SUFFIX = (r"(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|委员会办公室|委员会|常委会|"
              r"办公室|办公厅|管理委员会|管委会|办事处|人民法院|人民检察院|领导小组|工作小组|小组|"
              r"指挥部|联合会|协会|商会|党组|气象台|政府|局|厅|委|部|院|台|站|所|"
              r"中心|大队|支队|公司|集团|股|科|"
              # (people's organisations and offices by their short names: 县妇联, 县残联, 县科协,
              # 县工商联, 县总工会, 县红十字会, 县政协, 县委编办, 县政府办; a bank's branch; 县委党校, a school;
              # the offices of inspection and of research, 县委县政府督查室, 县委政策研究室; the headquarters
              # and committees by their short names, 县防指, 县森防指, 县安委会; a cooperative, 县供销社,
              # 县农村信用联社)
              r"妇联|残联|科协|工商联|侨联|文联|工会|红十字会|政协|编办|政府办|委办|支行|分行|党校|学校|"
              r"督查室|研究室|防指|安委会|供销社|联社|"
              + OFFICE_SHORT + ")")
ORG = rf"(?:中共)?[{HAN}()]{{1,30}}?{ORG_SUFFIX}"
ORG_ONLY = re.compile(rf"(?:{ORG}){{1,4}}")
ORG_LAST = frozenset(re.findall(rf"([{HAN}])(?:\||\))", ORG_SUFFIX))  # what an organ's name ends with
ORG_ONE = re.compile(ORG)

# (joint issuers run together or parted by 、: 桐溪县财政局、桐溪县农业农村局关于…; the last a town bare, 城关街道关于…; five or more parted by 、, a joint 通告's)
_TITLE_START = re.compile(rf"^(?:{ORG}、?){{0,4}}(?:{TOWN_BARE})?(?:关于|印发|转发|批转)")
_PARTED_START = re.compile(rf"^(?:{ORG}、){{4,9}}{ORG}(?:关于|印发|转发|批转)")  # (中共…政法委员会、…法院、…检察院、…公安局、…司法局关于…)
# A title without 关于: issuer(s) and the document type alone (祁阳市人民政府通告, …森林防火令).
# (a meeting's number may stand between: 第32次常务会议纪要, 2024年第5次…; not a 第2号公报)
_ISSUER_TYPE = re.compile(rf"^(?:{ORG}){{1,4}}(?:(?:19|20)\d{{2}}年)?(?:第\d{{1,3}}次)?[{HAN}]{{0,12}}?(?:"
                          + "|".join(DOC_TYPES) + r")$")

# What a title may print after its 文种: （试行）, （节选）, （明电）, （代拟稿）…, a part's numeral of a series (（二）,
# （第一号）, （2024年第1号）; not （3）, a contents entry's page), its year (…的通知（2024）, …的决定〔2024〕,
# （2024年修订）: a year is no page), the copy's that corrects one printed before (（更正稿）, （更正）).
_TYPE_SUFFIX = re.compile(r"\((?:试行|暂行|节选|征求意见稿|草案|修订|修订稿|送审稿|代拟稿|讨论稿|明电|明传电报|更正|更正稿|更正版|修正稿|摘要|全文"
                          r"|[一二三四五六七八九十]{1,3}|(?:(?:19|20)\d{2}年)?第[一二三四五六七八九十\d]{1,3}号"  # (…公报（第一号）)
                          r"|(?:19|20)\d{2}(?:年度?)?(?:修订|修正)?)\)$")
_SUBTITLE_MAX = 20  # characters of a subtitle after a dash (…的通报——表扬先进单位)
_OF_TYPES = tuple("的" + t for t in DOC_TYPES)
_DOC_TYPE_LAST = frozenset(t[-1] for t in DOC_TYPES)
# The 文种 by their length: a key's last two characters looked up first (命令 before 令, as in DOC_TYPES).
_TWO_CHAR_TYPES = frozenset(t for t in DOC_TYPES if len(t) == 2)
_ONE_CHAR_TYPES = frozenset(t for t in DOC_TYPES if len(t) == 1)


def doc_type_of(key: str) -> str | None:
    """The 文种 that ends a title, before a bracketed suffix such as （试行）, （节选）, （二）, or a
    subtitle after a dash (…的通报——表扬先进单位)."""
    if key.endswith(")"):
        # (a suffix opens at the last "(": what stands before it must end a 文种; not a cell's …负责))
        opened = key.rfind("(")
        if opened < 1 or key[opened - 1] not in _DOC_TYPE_LAST:
            return None
        key = _TYPE_SUFFIX.sub("", key)
    elif "--" in key or "一一" in key:  # (the dash as OCR gives it, 一一, only right after 的 and a 文种)
        head, dash, tail = key.partition("--") if "--" in key else key.partition("一一")
        tail = tail.lstrip("-")
        if 0 < len(tail) <= _SUBTITLE_MAX and not any(mark in tail for mark in "。,;:") \
                and ((dash == "--" and "关于" in head) or head.endswith(_OF_TYPES)):
            key = head  # (…的通报——表扬先进单位; not a headline: 县政府办公室印发通知——部署…)
    if key[-1:] not in _DOC_TYPE_LAST:
        return None  # (asked of every title's line: the last character answers most)
    if key[-2:] in _TWO_CHAR_TYPES:
        return key[-2:]  # (命令 before 令)
    return key[-1] if key[-1] in _ONE_CHAR_TYPES else None


# Regulations a government issues as the document itself, with its own 发文字号 (…关于进一步优化营商环境的若干措施,
# …管理办法（试行）): not 文种, so their titles need stronger confirmation. So are the kinds of writing a government
# publishes that are no 文种: a reply to a proposal or a deputy's suggestion (…第15号提案的答复, …来信的回复), a 公示,
# an appeal (倡议书), a statement (声明), an explanation (…预算公开的说明), a year's work points (工作要点), an
# organ's correction of a document of its own under its 文号 (…办公室关于《…方案》的更正 / 松政办函〔2024〕9号).
_REGULATION_END = re.compile(r"(?:措施|方案|办法|规定|细则|规则|条例|规划|纲要|章程|制度|要点|答复|回复|公示|倡议书|声明|说明|(?<=的)更正)$")
REGULATION_LAST = frozenset("施案法定则例划要程度点复示书明正)")  # (and a suffix's bracket)


# The years a plan covers after its name (…国土空间总体规划（2021—2035年）, …实施方案（2024—2026年）), folded.
_YEARS_SUFFIX = re.compile(r"\((?:19|20)\d{2}年?[-~至](?:19|20)\d{2}年?\)$")


def regulation_of(key: str) -> str | None:
    """The kind of regulation that ends a title (措施, 办法 …), before a bracketed suffix (its
    years too: …总体规划（2021—2035年）)."""
    if key[-1:] not in REGULATION_LAST:
        return None  # (asked of every line: the last character answers most)
    if key[-1] == ")" and (key[-2:-1] == "年" or key[-2:-1].isdigit()):
        key = _YEARS_SUFFIX.sub("", key)
    m = _REGULATION_END.search(_TYPE_SUFFIX.sub("", key))
    return m.group(0) if m else None


# One signer or several (李四、王五; 周建国  王建华, whose spaces the key has lost).
# (its colon lost, a gap in its place, which the key has lost too: 签发人　王立新, 松政报〔2024〕1号　　签发人　王立新;
# not a form's field, 签发人签字, 签发人意见; nor a sentence or heading going on from the word, 签发人员名单, 签发人名单,
# 签发人制度, 签发人应当对文件内容负责, 签发人的职责, 签发人须为…, whose next word is no surname or no name)
_SIGNER_GOES_ON = r"[员的对须是要必不在和及与负为将会需签审等按可均也都所之已未栏处]|应(?:当|该|予|在|按|对|由|于|严|及|是)|名[单册]|制度|职责|权限|情况|备案|一览|信息|变更|登记|审批|授权|分工|资格"
_SIGNER = re.compile(rf"(?:\(?[A-C]类\)?)?签发人(?::|(?!签字|签名|签章|盖章|意见|姓名|职务|{_SIGNER_GOES_ON})){NAME_CHAR}{{2,4}}(?:[,、]?{NAME_CHAR}{{2,4}}){{0,3}}(?:\(?[A-C]类\)?)?$")
# 签发人 printed before the 发文字号 (签发人：王立新　　清政发〔2024〕16号, or a number without its
# brackets, 南政办函2024年12号): the signers before the last; the key has lost the space after the
# last name, which runs into the 机关代字 (a run of Han characters all the same to the pattern of a
# number).
_SIGNER_BEFORE = re.compile(rf"^签发人:?(?:[{NAME_HAN}]{{2,4}}[,、])*(?=[{NAME_HAN}]{{2,4}}[{HAN}]+(?:\(|(?:19|20)\d{{2}}))")
# The class a reply to a deputy's suggestion or a proposal is filed in: A类, （B类）; beside its
# number: …12号　A类.
REPLY_CLASS = r"\(?[A-C]类\)?"
_REPLY_CLASS = re.compile(rf"(?<=号){REPLY_CLASS}$")
# Labels before a number, at the start or after the number before it on the same line:
# 登记号：PJDR-2023-01004　文号：平政办发〔2023〕7号; at the start after the region that registers
# (松岭县规范性文件登记号：SLDR-2024-02001, 湖南省规范性文件统一登记号：…). A registration's label
# names the paper (规范性文件, 行政规范性文件 as the newer rules call it), 统一 or not, and the number
# (登记号, 登记编号, 备案号, 备案登记号, 编号): 行政规范性文件登记号：…, 规范性文件登记编号：…; not 编号 alone.
_NUMBER_LABEL = re.compile(
    rf"(?:^(?:[{HAN}]{{1,8}}[省市州县区旗])?|(?<=[0-9A-Za-z)号]))"
    r"(?:发文字号|文号|规范性文件统一登记号|规范性文件登记号|统一登记号|登记号|登记编号|文件编号|规范性文件统一编号|"
    r"统一编号|规范性文件编号|备案号|备案编号|"
    r"行政规范性文件统一登记号|行政规范性文件登记号|行政规范性文件统一编号|行政规范性文件编号|"
    r"规范性文件登记编号|规范性文件备案号|备案登记号)[:]?")


# Two characters every label above holds (发文字号, 登记号, 统一编号, 备案号 …).
_NUMBER_LABEL_WORDS = ("文号", "字号", "记号", "编号", "案号")


def _without_number_label(key: str) -> str:
    if "号" not in key or not any(word in key for word in _NUMBER_LABEL_WORDS):  # (each word holds 号)
        return key  # (no label: the pattern's search at each character passed over)
    return _NUMBER_LABEL.sub("", key)


def is_signer_line(key: str) -> bool:
    """签发人 on a line of its own: ``签发人：李四、王五``, a reply's class beside it perhaps (``A类　签发人：陈立新``)."""
    return bool(_SIGNER.fullmatch(key))


def _number_part(key: str) -> str:
    """A folded number line without its reply's class, 签发人 and label."""
    # (each taken away only from a key holding its words: most hold none of them; the class and
    # the signers go from an end, so the words of a label are in the key before as after)
    if "签发人" in key:
        key = _SIGNER.sub("", _SIGNER_BEFORE.sub("", key))
    if "类" in key:  # (after the signers: …18号　A类　签发人：陈立新)
        key = _REPLY_CLASS.sub("", key)
    return _without_number_label(key).strip("()")


def bare_doc_number(key: str) -> DocNumber | None:
    """The 发文字号 of a folded line that prints it without its brackets (``DocNumber.parse_bare``),
    with its label or 签发人 as a number line may print them, or in brackets under the title:
    ``南政发2024年3号``, ``文号:桐政办发2024-31号``, ``桐政函2024年15号签发人:刘建国``, ``(南政发2024年3号)``."""
    if not key.endswith(("号", "类", ")")) and "签发人" not in key:
        return None  # (asked of every line: a number without brackets ends with its 号, or its bracket)
    return DocNumber.parse_bare(_number_part(key))


def is_doc_number_line(key: str) -> bool:
    """The whole line is a 发文字号, optionally with a 登记号 or 签发人 (or a reply's class, A类):
    ``平政办发(2023)7号``; a label before it is allowed (``文号：平政办发〔2023〕11号``); or printed
    without its brackets (``bare_doc_number``: 南政发2024年3号)."""
    key = _number_part(key)
    if "准字" in key:
        return False  # (a publication permit's number on the cover: 湘内资准字（2024）第0123号)
    if not DOC_NUMBER_HINT.search(key):
        # no year in brackets: the common line, passed over quickly (but a number without them)
        return key.endswith("号") and DocNumber.parse_bare(key) is not None
    spans = [m.span() for m in islice(doc_number_matches(key), 2)]  # (joint documents print two; found from each year)
    if not spans:
        return False
    rest = "".join(key[a:b] for a, b in zip((0, *(end for _, end in spans)), (*(start for start, _ in spans), len(key))))
    rest = REGISTRATION_PATTERN.sub("", rest, count=1).strip("()")
    # (or a mark or two OCR left beside it: 青政办发〔2024〕9号 ', · 青政办发〔2024〕9号)
    return rest == "" or (len(rest) <= 2 and not rest.strip(_OCR_MARKS))


_OCR_MARKS = "()'\"`_|.。,;-~lI"



def is_registration_line(key: str) -> bool:
    """The whole line is a 规范性文件登记号: ``PJDR-2023-01004``, ``登记号：PJDR-2023-01004``;
    in brackets with its label inside them under the 发文字号: ``（规范性文件登记号：NPDR-2024-01002）``,
    ``〔登记编号：TXDR-2024-02005〕``."""
    return bool(REGISTRATION_PATTERN.fullmatch(_without_number_label(key.strip("()")).strip("()")))


@lru_cache(maxsize=1 << 14)
def is_header_number_line(key: str) -> bool:
    """Cached: the rules that find titles and a header ask it of the same lines again and again. A red
    head printed before the number on its line is taken too (``red_head_end``), as a single organ's
    is by the number's prefix (headertext.header_parts makes it a banner and the number)."""
    return is_doc_number_line(key) or is_registration_line(key) or number_after_red_head(key)


def number_after_red_head(key: str) -> bool:
    """A red head, then a 发文字号, the whole line (cheap check first: 文件 in it)."""
    return "文件" in key and 0 < (cut := red_head_end(key)) < len(key) and is_doc_number_line(key[cut:])


# The end of a red head (headerlines.is_banner's too): its last organ's word, then 文件.
RED_HEAD_ORGAN_END = r"(?:人民政府|办公室|政府|委员会|局)"
_RED_HEAD_END = re.compile(RED_HEAD_ORGAN_END + "文件$")
# A red head's place, opening it: 南浦县…, 中共南浦县委…, 冷水江市… (not the level alone: 县委…, 县政府…).
_PLACE_OPENS = re.compile(rf"^(?:中共)?[{HAN}]{{1,10}}?(?:县|市|区|旗|州|盟)")


def placed_red_head(key: str) -> bool:
    """A red head whose last organ is not one of ``RED_HEAD_ORGAN_END``'s words: a headquarters, a
    leading group, a department, a centre (南浦县人民政府防汛抗旱指挥部文件, 南浦县乡村振兴领导小组文件,
    中共南浦县委宣传部文件): 文件 after one organ's name or several's, opening with the place. Near
    misses: the level alone (县防指文件, a section of the issue), words that are no organ's (认真学习党的
    二十届三中全会文件), a title's opening (关于印发南浦县…文件)."""
    return (key.endswith("文件") and bool(_PLACE_OPENS.match(key)) and is_org_only(key[:-2])
            and not title_start(key))


def red_head_end(key: str) -> int:
    """Where a red head printed before the 发文字号 on its line ends (0 for none): after the first 文件
    before which the words are one organ's name or several's run together (中共南浦县委办公室南浦县人民政府
    办公室文件南办发(2024)4号, 南浦县人民政府防汛抗旱指挥部文件南汛(2024)2号: ``placed_red_head``), no
    title's opening (关于印发…文件管理办法) and no sentence's (根据…、…文件)."""
    at = key.find("文件")
    while at >= 0:
        head = key[:at + 2]
        if (_RED_HEAD_END.search(head) and is_org_only(head[:-2]) and not title_start(head)) or placed_red_head(head):
            return at + 2
        at = key.find("文件", at + 2)
    return 0


def is_org_only(key: str) -> bool:
    """The line is nothing but one or more organ names: ``湘阴县人民政府办公室``."""
    return len(key) <= 60 and key[-1:] in ORG_LAST and bool(ORG_ONLY.fullmatch(key))


_ORG_UNIT_MAX = 16


def joint_issuers_parted(key: str) -> bool:
    """Joint issuers on a title's line, parted by 、: ``中共桐溪县委办公室、桐溪县人民政府办公室``
    (each part an organ's name; run together they are ``is_org_only``'s), the line perhaps ending
    in 、 where the title wraps before the next issuer (``南浦县农业农村局、南浦县财政局、`` over
    ``南浦县林业局关于…的通知``; two organs at least on the line: one with its 、 is a list's line)."""
    parts = key.removesuffix("、").split("、")
    return len(parts) > 1 and all(is_org_only(part) for part in parts)


def is_issuer_line(key: str) -> bool:
    """An organ's name alone on its line, or an organ and its unit (国家统计局隆回调查队)."""
    return is_org_only(key) or (len(key) <= _ORG_UNIT_MAX and bool(_ORG_UNIT.fullmatch(key)))


_ORG_UNIT = re.compile(rf"{ORG}[{HAN}]{{1,8}}?(?:调查队|大队|支队|中心|站|所|处|科)")


_SIGNED = re.compile(rf"^(?P<org>(?:{ORG}){{1,4}})(?P<date>(?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}[日曰])$")  # (曰: OCR's 日)


def signed(key: str) -> tuple[str, str] | None:
    """Signature and 成文日期 on one line: ``平江县人民政府办公室 2023年7月28日``, its 附注 after
    it perhaps (``…2023年7月28日（此件主动公开）``)."""
    if not key.endswith(("日", "曰", ")", "印")):
        return None  # (the common line: arabic keeps the last character of a date)
    key = without_date_note(key)
    if not key.endswith(("日", "曰")):
        return None
    if "(" in key:
        key = seal_between(key)
    m = _SIGNED.match(arabic(key))
    return (m.group("org"), m.group("date")) if m else None


def signed_in_figures(key: str) -> tuple[str, str] | None:
    """Signature and 成文日期 in figures on one line (``松岭县人民政府 2024.4.20``), the date
    written as dates are matched. A body prints organs and days so too (a list of inspections):
    only where a signature stands does it sign (``blocks``)."""
    return signed(figure_date_at_end(key)) if key[-1:].isdigit() else None


def is_table_row(text: str) -> bool:
    return "\t" in text and ("\t" in text.strip("\t ") or text.count("\t") >= 2)  # (most lines hold no tab)


_PHRASE = re.compile(rf"[{HAN}]{{4}}")
# Markup around a slogan; the trailing run matched from its start only (linear in a long run).
_SLOGAN_MARKUP = re.compile(r"^[#*\s]+|(?<![*\s])[*\s]++$")


def is_slogan(text: str) -> bool:
    """Cover slogans: four-character phrases standing apart and nothing else: ``发布政令`` or
    ``# 发布政令 公开服务 指导工作 服务社会``."""
    tokens = _SLOGAN_MARKUP.sub("", text).split()
    return 1 <= len(tokens) <= 4 and all(_PHRASE.fullmatch(t) for t in tokens)


_TITLE_VERBS = ("关于", "印发", "转发", "批转")
_TITLE_VERB = re.compile("|".join(_TITLE_VERBS))  # (the first of them in a line: one search)
_NOT_IN_ORGANS = re.compile(rf"[^{HAN}()、]")


def title_start(key: str) -> bool:
    """A line that can open a document title: issuer(s) then 关于/印发/转发, or 关于… itself. Asked of every line: a line naming
    none of the verbs, or printing before the first one a character no organ's name holds (a body sentence's ，), is none,
    without the pattern, whose organs tried one after another cost much on a line of many (县扶贫办县信访办…)."""
    verb = _TITLE_VERB.search(key)
    if verb is None or _NOT_IN_ORGANS.search(key, 0, verb.start()):
        return False
    return bool(_TITLE_START.match(key)) or (key.count("、", 0, verb.start()) >= 4 and bool(_PARTED_START.match(key)))


# The minutes of a meeting named by who holds it, with or without the county before (县长办公会议纪要,
# 永顺县县长办公会议纪要, 县政府常务会议纪要).
_MINUTES = re.compile(rf"(?:[{HAN}]{{0,10}}?(?:县|市|区|州|旗|盟))?(?:人民政府|政府)?(?:办公室)?(?:第\d{{1,3}}次)?"
                      r"(?:(?:县长|市长|区长|州长|旗长|主任)办公|县长|市长|区长|常务|专题|办公|联席|全体)会议纪要")


def statistical_report(key: str) -> bool:
    """A 公报 a department issues (…统计公报, …主要数据公报), not the gazette's own name
    (湘阴县人民政府公报, over its publisher and its day)."""
    return doc_type_of(key) == "公报" and not is_org_only(key[:-2])


def issuer_type_title(key: str) -> bool:
    """A whole title of issuer(s) and document type without 关于: ``祁阳市人民政府森林防火封山令``,
    ``县长办公会议纪要``."""
    if key.endswith("公报") and is_org_only(key[:-2]):
        return False  # the gazette's own masthead: 祁阳市人民政府公报
    return len(key) <= 40 and (bool(_ISSUER_TYPE.match(key)) or (key.endswith("会议纪要") and bool(_MINUTES.fullmatch(key)))) \
        and not is_org_only(key)


TERMINAL = tuple("。！？!?;；:：")
CLOSERS = tuple("）)”\"』」】")
