"""Lines of a document's header beside its title and numbers, and the block kind of each: the
order numbers of 令 and 公告, a 纪要's number and its office-and-date line, the 发文机关标志, the
section headings of the issue, 题注 (an adoption note, a speech's note), and the titles of
interpretations of a policy."""

from __future__ import annotations

import re

from .furniture import is_issue_line, is_page_mark, is_web_chrome
from .rulelines import is_border
from .identifiers import HAO_LOOKALIKES, DocNumber, arabic
from .imprintlines import imprint
from .model import Line
from .normalize import NAME_CHAR, NAME_HAN, fold
from .patterns import (
    HAN,
    ORG_ONLY,
    RED_HEAD_ORGAN_END,
    SECTION_NAME,
    doc_type_of,
    is_date_line,
    is_doc_number_line,
    is_header_number_line,
    is_issuer_line,
    is_org_only,
    is_registration_line,
    is_signer_line,
    number_after_red_head,
    placed_red_head,
)
from .marklines import is_copy_number, is_urgency_line, is_validity_term
from .personlines import codeless_signed_number, is_byline, signers_wrapped, speaker_named_alone
from .runs import before_furniture
from .toclines import is_other_script
from .portal import (
    is_portal_field,
    is_portal_label,
    is_portal_number,
    is_portal_registration,
    is_portal_number_label,
    is_time_in_words,
    portal_row,
    web_info_fields,
)

# 令 and 公告 numbers without a 机关代字: 第1号, （第1号）, 2024年第2号, 〔2024〕第1号, 纪要 〔2023〕12号;
# the year's and without 第, as some counties number their orders: 2024年3号, （2024年3号）; 第5号 with its 号 as
# OCR reads it (第5亏: HAO_LOOKALIKES).
_ORDER_NUMBER = re.compile(
    r"^(?:\((?:19|20)\d{2}\)第?[\d一二三四五六七八九十百零〇]{1,5}号"
    rf"|\(?(?:(?:19|20)\d{{2}}年)?第[\d一二三四五六七八九十百零〇]{{1,5}}[号{HAO_LOOKALIKES}]\)?"
    r"|\(?(?:19|20)\d{2}年\d{1,4}号\)?)$")
# A 纪要's own number under its title: 第6期, （第6期）, 〔2024〕第18次.
_MINUTES_NUMBER = re.compile(r"^\(?(?:\((?:19|20)\d{2}\))?第[\d一二三四五六七八九十百零〇]{1,4}[期次]\)?$")
# The issuing office and the date on one line, under a 纪要's banner: 桂东县人民政府办公室　2024年6月14日.
_ORG_DATE = re.compile(rf"^(?P<org>{ORG_ONLY.pattern})(?P<date>(?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}[日曰])$")


def org_and_date(key: str) -> tuple[str, str] | None:
    """(office, date) of a line that prints both: 桂东县人民政府办公室　2024年6月14日."""
    m = _ORG_DATE.match(arabic(key))
    return (m.group("org"), m.group("date")) if m else None


def is_order_number(key: str) -> bool:
    """The number of a 令 or 公告 under its title: ``第1号``, ``2024年第2号``, ``〔2024〕3号``, and
    the year's without 第: ``2024年3号``; a number without its 机关代字 beside its 签发人
    (``codeless_signed_number``). Not a day (2024年3月5号), nor a number with its 机关代字."""
    return bool(_ORDER_NUMBER.match(key)) or codeless_signed_number(key)


def codeless_number(key: str) -> bool:
    """A number in brackets that prints no 机关代字, its 签发人 beside it or not: ``〔2024〕3号``,
    ``〔2024〕3号　签发人：王五`` (under a red head, the header's number line)."""
    return key.startswith("(") and is_order_number(key)


def is_minutes_number(key: str) -> bool:
    """A 纪要's number: ``第6期``, ``〔2024〕第18次``."""
    return bool(_MINUTES_NUMBER.match(key))


_BANNER = re.compile(rf"^(?:[{HAN}()]{{2,40}}?){RED_HEAD_ORGAN_END}文件$"
                     rf"|^中共[{HAN}]{{2,20}}?[县市区旗州]委文件$")  # (the Party committee's: 中共南浦县委文件)


# An organ named by its level alone (县政府办公室, 市政府): how a section of the issue is called; a
# red head names the place (青石县人民政府办公室文件).
_ABBREVIATED = re.compile(r"^(?:县|市|区|旗|州)(?:人民)?政府")


def is_notice_banner(key: str) -> bool:
    """A 通告's banner: its issuer and 通告 (``某县人民政府通告``, ``通　　告`` spaced out); not a
    section of the issue named after the government's short name (``县政府通告``)."""
    return key.endswith("通告") and is_org_only(key[:-2]) and not SECTION_NAME.fullmatch(key)


def is_banner(key: str) -> bool:
    """发文机关标志 printed as a red head: ``湘阴县人民政府办公室文件``, ``南浦县乡村振兴领导小组文件``."""
    return bool(_BANNER.match(key)) or placed_red_head(key)


# Marks around a section heading of the issue: 【县政府文件】, ◆县政府办公室文件◆, ·人事任免·, ■ 县政府文件,
# 〖人事任免〗, 『县政府文件』, 〔县政府文件〕, ——县政府文件——.
SECTION_MARKS = "【】[]◆◇■□●○★☆▲△◎※·•・〖〗『』〔〕—－-"
# What a section of an issue is called (the heading may stand without marks).


# A section numbered as the contents number it: 一、县政府文件, （二）县政府办公室文件 — only the
# sections of an issue's documents by who issued them (一、规范性文件 is a report's heading).
_SECTION_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])\s*")
_NUMBERED_SECTION = re.compile(rf"[{HAN}]{{0,10}}(?:政府|办公室|部门|委员会|乡镇|街道)文件|人事任免|政策解读|政务大事记|大事记")


def section_name(text: str) -> str:
    """The words of a section heading without its marks and its number (一、县政府文件)."""
    name = text.strip(SECTION_MARKS + " \u3000")
    if "】" in name:  # 【政策解读】【图解】: the first bracket's
        name = name[:name.index("】")].strip()
    numbered = _SECTION_NUMBER.match(name)
    return name[numbered.end():] if numbered and numbered.end() < len(name) else name


def is_section_line(line: Line) -> bool:
    """A section heading of the issue printed in the body: ``【县政府办文件】``, ``◆县政府办公室文件◆``,
    ``·人事任免·``, ``■ 县政府文件``, or a section's name alone (``人事任免``); also marked a heading
    by a converter (``# 县政府办公室文件``: MinerU makes every short centred line one)."""
    raw = line.text.strip()
    if raw[:1] == "#":
        raw = raw.lstrip("#").strip()
    if len(line.key) > 20:
        return False
    if raw.startswith("【") and raw.endswith("】"):
        # (【2024年第2期】 is the cover's issue; 【打印本页】　【关闭窗口】 a web page's buttons;
        # 【政策解读】【图解】 a section and the kind of its item)
        if is_web_chrome(line.key) or is_issue_line(line.key.strip("()")) or is_header_number_line(line.key):
            return False  # (nor a number in a box: 【NPDR—2024—01003】, the 登记号 over the 发文字号)
        return raw.count("【") == 1 or bool(SECTION_NAME.fullmatch(section_name(raw)))
    numbered = _SECTION_NUMBER.match(raw)
    if numbered:  # 一、县政府文件, as the contents print the sections too
        return bool(_NUMBERED_SECTION.fullmatch(raw[numbered.end():].strip()))
    name = section_name(raw)
    if not name or not re.fullmatch(rf"[{HAN}]{{2,16}}", name):
        return False
    # Marks on both sides, or a mark before a section's name; a mark before other words is a
    # bullet (● 加强组织领导); dashes only around a section's name.
    marked_both = raw[0] in SECTION_MARKS and raw[-1] in SECTION_MARKS and raw[0] not in _DASHES
    return marked_both or bool(SECTION_NAME.fullmatch(name))


_DASHES = "—－-"  # (——加强组织领导—— may be a heading of the text: dashes mark only a section's name)


# A label over an interpretation's title: 文字解读：, 图文解读：, 政策解读：.
_INTERPRETATION_LABEL = re.compile(r"(?:文字|图文|图片|视频|政策)?解读:")


def is_interpretation_label(key: str) -> bool:
    """``文字解读：`` over the title of a policy's interpretation (the interpretation's line; 政策解读
    without its colon is a section of the issue)."""
    return key.endswith("解读:") and bool(_INTERPRETATION_LABEL.fullmatch(key))


# The title of a policy's interpretation: 关于《…办法》的解读, 《…办法》政策解读, …政策问答; or
# the kind of interpretation before the name: 一图读懂《…办法》, 图解：《…办法》.
# Or the instrument named without quotes, opening with 关于, its county or year, its kind ending its
# name: 桐溪县…参保缴费工作方案政策解读, 关于…管理办法的政策解读 (政策 said: 解读 alone after a
# name may be a body's words; not a sentence's end: 各地要加强对实施方案的政策解读).
# Or the drafter's account of it: …负责人就《…办法》答记者问, 关于《…办法》的起草说明.
_INTERPRETATION = re.compile(r"^(?:(?:关于)?《[^《》]{4,60}》(?:的)?(?:政策)?(?:解读|图解|问答|起草说明)"
                             r"|[^《》。,;:!?()]{2,30}就《[^《》]{4,60}》(?:有关问题)?答(?:记者)?问"
                             r"|(?:一图(?:读懂|看懂|解读)|图解|图说|\(?(?:政策|文件|政策文件)?(?:解读|图解)\)?):?《[^《》]{4,60}》"
                             r"|(?:关于|[^《》。,;:!?()]{0,12}?[县市区旗州盟]|(?:19|20)\d{2}年)[^《》。,;:!?()]{2,56}"
                             r"(?:办法|方案|意见|通知|规定|细则|措施|计划|规划|决定|通告|公告|条例|标准)(?:的)?政策(?:解读|问答))$")


# Who wrote an interpretation, in brackets at its end: （县住房和城乡建设局供稿）, （来源：县财政局）,
# （解读机关：县教育局　解读人：张三　联系电话：0851-1234567）. The brackets hold nothing but the
# organ and its contact: （县财政局负责）, （来源：2023年统计年鉴） are a body's.
_CREDIT_CONTACT = r"(?:[,;]?(?:解读人|联系人|撰稿人|联系电话|电话|联系方式):[^():]{1,30}){0,3}"
# Two organs or more joined by 、 write it together: （县财政局、县税务局供稿）.
_ORGANS = rf"{ORG_ONLY.pattern}(?:、{ORG_ONLY.pattern}){{0,3}}"
_CREDIT = re.compile(rf"^\((?:(?:稿件|信息)?来源|供稿(?:单位)?|撰稿(?:单位)?|解读(?:机关|单位|部门)):"
                     rf"(?P<org>{_ORGANS}){_CREDIT_CONTACT}\)$"
                     rf"|^\((?P<by>{_ORGANS})(?:供稿|提供|解读)\)$")


# The organ alone in brackets, no word of credit (（桐溪县人力资源和社会保障局）): a credit only
# under an interpretation's title (``bare``).
_CREDIT_BARE = re.compile(rf"^\((?P<org>{_ORGANS})\)$")


def interpretation_credit(key: str, bare: bool = False) -> str | None:
    """The organ an interpretation's closing line in brackets names as its author or source
    (a folded key), or None; organs that wrote it together as printed, joined by 、
    (（解读机关：县教育局、县人社局　解读人：…） → 县教育局、县人社局: ``credit_organs`` parts them).
    ``bare``: the line closes an interpretation, and the organ alone in brackets is its author too
    (（桐溪县人力资源和社会保障局））."""
    if not (key.startswith("(") and key.endswith(")")) or len(key) > 90:
        return None
    m = _CREDIT.match(key) or (_CREDIT_BARE.match(key) if bare else None)
    return (m.group("org") or m.group("by")) if m else None


def credit_organs(organs: str) -> tuple[str, ...]:
    """The organs of an interpretation's credit, each an issuer: 县财政局、县税务局 → (县财政局, 县税务局)."""
    return tuple(org for org in organs.split("、") if org)


def is_portal_line(line: Line) -> bool:
    """The fields of a portal's document page: one a line (``发文字号：…``), or several in cells of
    a row (``索引号⇥431626000/2023-00123⇥分类⇥综合政务``, ``patterns.portal_row``)."""
    return is_portal_field(line.key) or portal_row(line.text) is not None


def is_portal_value(content: list[Line], k: int) -> bool:
    """``content[k]`` is the value of a portal field whose label stands alone on the line right
    above it (``索引号：`` / ``431227000/2024-00040``: a web page's table copied a cell a line), or
    above the page's furniture where a page break parts them."""
    j = before_furniture(content, k - 1)
    return j >= 0 and (j < k - 1 or content[j].place == content[k].place - 1) and is_portal_label(content[j].key) \
        and not is_portal_label(content[k].key)


def is_interpretation(key: str) -> bool:
    """The title of an interpretation of a policy, on one line (a folded key)."""
    return bool(_INTERPRETATION.match(key))


# A note of adoption or publication under a title: （2023年3月20日县人民政府第15次常务会议通过）; a
# meeting's decision over a list of appointments: （2024年9月28日县人民政府第24次常务会议决定） (a
# bracket in a body saying who decides, （由县人民政府另行决定）, names no meeting); a regulation's 令 that
# published it, named by its organ without 公布: （青溪县人民政府令第6号）.
_SUBTITLE = re.compile(r"^\([^()]{4,60}(?:通过|批准|发布|公布|修订|修正|印发|施行|会议(?:研究)?决定|政府令第[\d一二三四五六七八九十]{1,4}号)\)$")
# The note under the title of a report or speech: ——2024年1月8日在…人民代表大会第四次会议上
# (or in brackets; the date in figures or in Chinese numerals, or none; the dash as OCR reads it,
# two 一: 一一在全县经济工作会议上的讲话).
_SPEECH_NOTE = re.compile(r"^(?:-{1,2}|一一|\()[\d〇零一二三四五六七八九十年月日]{0,16}在[^。；;:()]{2,60}?会[^。；;:()]{0,10}?上"
                          r"(?:的(?:工作)?(?:报告|讲话|发言|说明))?\)?$")


def is_speech_note(key: str) -> bool:
    """The 题注 of a report or speech: where and when it was delivered."""
    return bool(_SPEECH_NOTE.match(key))


# The day alone in brackets under a title (a speech, a regulation): （2024年2月5日）.
_DATED = re.compile(r"^\((?:19|20)\d{2}年\d{1,2}月\d{1,2}日\)$")
# The month alone (a monthly list of appointments: （2024年6月））: a list a notice publishes prints
# it too, so it is a title's note only under a section of the issue (titlenotes.has_note).
_MONTH = re.compile(r"^\((?:19|20)\d{2}年\d{1,2}月\)$")


def is_month_note(key: str) -> bool:
    """The month alone in brackets under a title: ``（2024年6月）``."""
    return bool(_MONTH.match(arabic(key)))


def is_subtitle(key: str) -> bool:
    """题注 under a title: ``（2023年3月20日县人民政府第15次常务会议通过）``, a speech's note, or
    the day alone in brackets."""
    return bool(_SUBTITLE.match(key) or _DATED.match(arabic(key))) or is_speech_note(key)


_BANNER_WORDS = ("文件", "通告")  # under the organ's name in a banner over two lines
# (the label's colon lost, a gap in its place, as OCR or a text layer gives it: 签发人　王立新　　…)
_SIGNED_BEFORE = re.compile(r"^\s*签\s*发\s*人\s*(?:[:：]|\s)")


def signer_before(text: str) -> tuple[str, str] | None:
    """A 发文字号 line that prints the 签发人 before the number (``签发人：王立新　　清政发〔2024〕16号``,
    or without its brackets, ``签发人：刘建国　　南政办函2024年12号``):
    (``签发人：王立新``, ``清政发〔2024〕16号``) — the first, the text before the number as printed —,
    cut at the space between them (the key has lost
    it, and the last name would run into the 机关代字), or where no space parts them before the
    code's abbreviation and 政 or 府 (``signer_run_into_code``); None for any other line."""
    if not _SIGNED_BEFORE.match(text):
        return None
    parts = list(re.finditer(r"\S+", text))
    # The number that ends first (the lead organ's, of two organs' numbers), from the part nearest
    # to its end that starts it (a signer's name before it would pass for its 机关代字).
    for j in range(2, len(parts) + 1):
        for i in range(j - 1, 0, -1):
            number = text[parts[i].start():parts[j - 1].end()]
            if DocNumber.read(number) is not None:
                return text[:parts[i].start()].rstrip(), number
    return signer_run_into_code(text)


# The last signer's name (2–4 characters) run into the 机关代字 with no space between: the code
# opens with the county's one-character abbreviation and 政 or 府 (南政办函, 铜府发), then its year.
_RUN_INTO_CODE = re.compile(
    rf"^(\s*签\s*发\s*人\s*(?:[:：]\s*|\s+)(?:{NAME_CHAR}{{2,4}}[\s,，、]+)*{NAME_CHAR}{{2,4}}?)"
    rf"(?=[{HAN}][政府][{HAN}]{{0,4}}\s*(?:[〔(（\[【［]|(?:19|20)\d\d))")


def signer_run_into_code(text: str) -> tuple[str, str] | None:
    """A 签发人 whose last name runs into the 发文字号 with no space (``签发人：刘建国南政办函〔2024〕12号``,
    ``签发人：张敏南政发2024年15号``): cut before the county's abbreviation that opens the 机关代字 with
    政 or 府 (``签发人：刘建国``, ``南政办函〔2024〕12号``). Not cut: a code without 政 or 府 after its
    first character (签发人：刘建国南财发〔2024〕3号 does not tell where the name ends), a name of one
    character or of five."""
    m = _RUN_INTO_CODE.match(text)
    if m is None:
        return None
    number = text[m.end():].strip()
    if DocNumber.read(number) is None:
        return None
    return m.group(1).rstrip(), number


def without_signer_before(text: str) -> str:
    """The 发文字号 of a line that prints the 签发人 before it (nothing when neither a space nor the
    code's 政 or 府 tells where the name ends: 签发人：王立新清财发〔2024〕16号); any other text as it is."""
    split = signer_before(text)
    if split is None:
        return "" if _SIGNED_BEFORE.match(text) else text
    return split[1]


def banner_under_its_number(line: Line, after: Line | None, before: Line | None) -> bool:
    """The 发文机关标志 read after its 发文字号, as OCR orders a scanned page's red head by its blocks
    (桐政办发〔2025〕22号 / 桐溪县人民政府办公室文件 / 桐溪县人民政府办公室关于…的通知): the banner
    naming its organ in full, right under the number and over a title that names that organ or opens
    with 关于. Not a section of the issue (县政府文件, 【…文件】: the short name, or its marks)."""
    return before is not None and after is not None and before.place == line.place - 1 \
        and is_banner(line.key) and is_header_number_line(before.key) and not _ABBREVIATED.match(line.key) \
        and line.text.strip()[:1] not in SECTION_MARKS \
        and (after.key.startswith(line.key[:-2]) or after.key.startswith("关于"))


def header_kind(line: Line, after: Line | None = None, before: Line | None = None, parted: bool = False) -> str:
    """The block kind of a header line that is not part of the title (``after``: the line
    under it; ``before``: the line above it; ``parted``: a page's furniture between that line
    and this one)."""
    if is_page_mark(line) or is_border(line.text):
        return "furniture"  # (a table's rule between a portal's rows of fields: | --- | --- |)
    if (line.key in _BANNER_WORDS and before is not None and is_org_only(before.key)) or is_notice_banner(line.key) \
            or (is_org_only(line.key) and after is not None
                and (after.key in _BANNER_WORDS or (is_banner(after.key) and before is not None
                                            and (is_date_line(before.key) or bool(imprint(before.key)))))):
        return "banner"  # the red head wrapped: 青溪县人民政府 / 文件, or joint: 中共…委办公室 / …文件; a 通告's
        # banner over its subject (某县人民政府通告, 某县人民政府 / 通　　告)
    if is_portal_label(line.key) or is_urgency_line(line.key) or is_interpretation_label(line.key) \
            or is_copy_number(line.key) or is_validity_term(line.key):
        return "metadata"  # a portal field's label, its value on the next line; 特急; the 份号, 000126; 有效期至…
    if before is not None and (parted or before.place == line.place - 1) and is_portal_label(before.key):
        if is_portal_number_label(before.key) and is_doc_number_line(line.key):
            return "doc_number"
        return "registration_number" if is_registration_line(line.key) else "metadata"  # (登记号： / SLDR-2024-01002)
    if is_other_script(line.key):
        # a minority region's translation: of the red head over or under it, or of the title over its number
        return "banner" if any(x is not None and is_banner(x.key) for x in (before, after)) else "subtitle"
    if is_banner(line.key) and line.text.strip()[:1] not in SECTION_MARKS and after is not None \
            and (is_header_number_line(after.key) or is_other_script(after.key) or codeless_number(after.key) or is_signer_line(after.key)) \
            and not _ABBREVIATED.match(line.key):
        return "banner"  # 青石县人民政府文件 over its 发文字号: the document's red head, not a section
        # (or over its translation in another script, the 发文字号 under that; or over a number
        # without its code: 〔2024〕3号, its 签发人 beside it perhaps)
    if banner_under_its_number(line, after, before):
        return "banner"
    if is_section_line(line):
        return "section"
    if is_banner(line.key):
        return "banner"
    if is_signer_line(line.key):
        return "signer"
    if before is not None and not parted and signers_wrapped(before.key, line.text):
        # (a joint document's signers wrapped under the 签发人, beside the second 发文字号 or alone)
        return "doc_number" if is_doc_number_line(fold(line.text.split()[0])) else "signer"
    if is_order_number(line.key) or is_minutes_number(line.key):
        return "order_number"
    if org_and_date(line.key) or is_date_line(line.key) or is_issuer_line(line.key):
        return "metadata"  # the office and date under a 纪要's banner
    if doc_type_of(line.key) == "纪要":
        return "banner"
    if line.key.endswith(")") and web_info_fields(line.key) >= 2:
        return "metadata"  # (a page's fields with its buttons after them, 【字号：大 中 小】: no note's half)
    if is_subtitle(line.key) or is_month_note(line.key) or line.key.startswith("(") != line.key.endswith(")") \
            or (line.key.startswith("--") and after is not None and is_subtitle(line.key + after.key)) \
            or (before is not None and before.key.startswith("--") and is_subtitle(before.key + line.key)):
        return "subtitle"  # (or either half of a note wrapped onto two lines, in brackets or after a dash)
    if is_byline(line.key) or (before is not None and after is not None and is_subtitle(after.key)
                               and speaker_named_alone(before.key, line.key, after.key)):
        return "byline"  # (or the speaker's name alone under a speech's title, over its day)
    if is_portal_line(line):
        if is_portal_number(line.key, line.text) or is_doc_number_line(line.key):
            return "doc_number"  # (登记号：PJDR-2023-01004　文号：平政办发〔2023〕7号 too)
        return "registration_number" if is_registration_line(line.key) or is_portal_registration(line.text) \
            else "metadata"  # (登记号：SLDR-2024-01002; 有效性⇥有效⇥统一编号⇥YNWS01-2024-0002)
    if web_info_fields(line.key) or is_time_in_words(line.key):
        return "metadata"  # 时间：… 来源：… under a news page's title (a header line: beside other fields)
    return "doc_number" if is_doc_number_line(line.key) or number_after_red_head(line.key) else "registration_number"


__all__ = ["SECTION_MARKS", "credit_organs", "header_kind", "interpretation_credit", "is_banner", "is_interpretation", "is_portal_line", "is_portal_value", "is_minutes_number", "is_order_number",
           "is_notice_banner", "signer_before", "signer_run_into_code", "without_signer_before", "is_copy_number", "is_interpretation_label", "is_section_line", "is_speech_note", "is_subtitle", "is_urgency_line", "org_and_date", "section_name"]
