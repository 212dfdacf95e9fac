"""Unit tests of titleconfirmation's rules, from gazette excerpts."""

import pytest

from generator.titleconfirmation import addressed_under_its_number
from tests.excerpts import content


_DATE = "2024年3月5日"


@pytest.mark.parametrize("lines,end,start", [
    # a title without issuer or 关于 after a document's date, its 文号 alone under it, the 主送 under that
    ([_DATE, "“十四五”松岭县生态环境保护规划", "松政发〔2024〕15号", "各乡镇人民政府，县直各单位："], 1, 1),
    ([_DATE, "2024年松岭县国民经济和社会发展计划执行情况的报告", "松政发〔2024〕17号", "县人大常委会："], 1, 1),
    # its organ alone over it; not the signature of a text whose date was lost
    ([_DATE, "松岭县人民政府办公室", "2024年松岭县政务公开工作要点", "松政办发〔2024〕14号", "各乡镇人民政府："], 2, 1),
    (["现印发给你们，请遵照执行。", "松岭县人民政府办公室", "2024年松岭县政务公开工作要点", "松政办发〔2024〕14号",
      "各乡镇人民政府："], 2, None),
    # its 文号 but no 主送 under it (a list of titles, each with its number), or no 文号 at all
    ([_DATE, "“十四五”松岭县生态环境保护规划", "松政发〔2024〕15号", "一、规划背景"], 1, None),
    ([_DATE, "“十四五”松岭县生态环境保护规划", "各乡镇人民政府，县直各单位："], 1, None),
    # its organ over it under a regulation's last article, which no organ signs under
    (["第二条　本规定自2024年7月1日起施行。", "松岭县人民政府办公室", "2024年松岭县政务公开工作要点", "松政办发〔2024〕14号",
      "各乡镇人民政府："], 2, 1),
    # a reply titled …局 / 对…的答复, its 签发人 alone between the number and the 主送
    ([_DATE, "青溪县卫生健康局", "对县政协十二届三次会议第77号提案的答复", "青卫健函〔2024〕41号", "签发人：谭丽华", "县政协提案委员会："], 2, 1),
    # under a sentence that introduces it (…印发给你们…：): quoted
    ([_DATE, "现将以下规划印发给你们，请认真组织实施：", "“十四五”松岭县生态环境保护规划", "松政发〔2024〕15号", "各乡镇人民政府，县直各单位："], 2, None),
])
def test_a_title_without_issuer_addressed_under_its_number(lines, end, start):
    assert addressed_under_its_number(content("\n\n".join(lines) + "\n"), end) == start



@pytest.mark.parametrize("texts,start,end,confirmed", [
    # a 公报 under its organ alone and over its day: its title on one line or wrapped
    (("青溪县人民政府", "2024年3月12日", "青溪县统计局", "青溪县2023年国民经济和社会发展统计公报", "2024年3月20日", "2023年，全县经济持续恢复。"), 3, 3, True),
    (("青溪县人民政府", "2024年3月12日", "青溪县生态环境局", "青溪县2023年生态环境", "状况公报", "2024年6月5日", "2023年，全县生态环境质量持续改善。"), 3, 4, True),
    # the organ the signature of a document whose date is over it: no title's issuer (confirmed otherwise, if at all)
    (("请认真贯彻执行。", "2024年3月12日", "青溪县统计局", "青溪县2023年国民经济和社会发展统计公报", "2024年3月20日", "2023年，全县经济持续恢复。"), 3, 3, False),
])
def test_a_bulletin_under_its_organ_over_its_day(texts, start, end, confirmed):
    from generator.model import Line
    from generator.normalize import fold
    from generator.titleconfirmation import title_confirmation

    content = [Line(no, text, fold(text)) for no, text in enumerate(texts, start=1)]
    assert (title_confirmation(content, start, end) == "issuers-over") is confirmed


@pytest.mark.parametrize("texts,confirmation", [
    # a reply's 签发人 alone under its title (its class over it perhaps), the 主送 under it
    (("2024年3月15日", "青溪县财政局关于县政协十二届三次会议第45号提案办理情况的答复", "签发人：李卫国", "县政协提案委员会：",
      "你委转来的第45号提案收悉。现答复如下："), "recipients"),
    (("2024年3月15日", "青溪县水利局关于县十八届人大三次会议第60号建议的答复", "（B类）", "签发人：彭志刚", "欧阳明代表：",
      "您提出的建议收悉。现答复如下："), "recipients"),
    # the signer over the number: the number confirms it
    (("2024年3月15日", "青溪县财政局关于县政协十二届三次会议第45号提案办理情况的答复", "签发人：李卫国", "青财函〔2024〕8号",
      "县政协提案委员会："), "number-after"),
])
def test_a_reply_over_its_signer_alone(texts, confirmation):
    from generator.model import Line
    from generator.normalize import fold
    from generator.titleconfirmation import title_confirmation

    content = [Line(no, text, fold(text)) for no, text in enumerate(texts, start=1)]
    assert title_confirmation(content, 1, 1) == confirmation


_ROW = "2\t县农业农村局\t综合利用\t2024年12月底前"
_SENTENCE = "为规范住宅小区物业管理活动，现将有关事项公告如下："


@pytest.mark.parametrize("texts,confirmation", [
    # a 公告 titled by its issuer, its 文号 in brackets under it, after the last row or sentence of
    # the attachment closing the document before, a sentence opening its text
    ((_ROW, "石门县人民政府", "关于住宅小区物业管理有关事项的公告", "（石政告〔2024〕22号）", _SENTENCE), "number-after"),
    (("县水利局负责日常联络，名单报县河长办备案。", "石门县人民政府", "关于住宅小区物业管理有关事项的公告",
      "（石政告〔2024〕22号）", _SENTENCE), "number-after"),
    # its 登记号 under the number, bare or in brackets
    (("石门县人民政府", "2024年5月10日", "石门县人民政府", "关于住宅小区物业管理有关事项的公告", "（石政告〔2024〕22号）",
      "SMDR-2024-00006", _SENTENCE), "number-after"),
    ((_ROW, "石门县人民政府", "关于住宅小区物业管理有关事项的公告", "（石政告〔2024〕22号）",
      "（SMDR-2024-00006）", _SENTENCE), "number-after"),
    # right after contents without pages that name it word for word (and not when they name it not)
    (("目　　录", "石门县人民政府关于住宅小区物业管理有关事项的公告", "石门县人民政府关于河湖长制有关事项的公告", "石门县人民政府",
      "关于住宅小区物业管理有关事项的公告", "（石政告〔2024〕22号）", _SENTENCE), "number-after"),
    (("目　　录", "石门县人民政府关于燃气安全有关事项的公告", "石门县人民政府关于河湖长制有关事项的公告", "石门县人民政府",
      "关于住宅小区物业管理有关事项的公告", "（石政告〔2024〕22号）", _SENTENCE), None),
    # no number at all: named word for word by contents without pages, its text under it
    (("目　　录", "石门县人民政府关于住宅小区物业管理有关事项的公告", "石门县人民政府关于河湖长制有关事项的公告", "石门县人民政府",
      "关于住宅小区物业管理有关事项的公告", _SENTENCE), "contents"),
    # a body's list of the documents it cites: a numbered heading under the number, or a sentence
    # introducing the title
    (("现将有关情况通报如下。", "石门县人民政府", "关于住宅小区物业管理有关事项的公告", "（石政告〔2024〕22号）",
      "二、存在的问题"), None),
    (("现将以下公告转发给你们：", "石门县人民政府", "关于住宅小区物业管理有关事项的公告", "（石政告〔2024〕22号）",
      _SENTENCE), None),
])
def test_a_notice_under_its_bracketed_number(texts, confirmation):
    from generator.model import Line
    from generator.normalize import fold
    from generator.titleconfirmation import title_confirmation

    content = [Line(no, text, fold(text)) for no, text in enumerate(texts, start=1)]
    start = texts.index("石门县人民政府", 1)
    assert title_confirmation(content, start, start + 1) == confirmation
