"""A document run onto one line (its line ends lost) parted into the lines a careful reader sees."""

import pytest

from generator.model import Line
from generator.normalize import fold
from generator.runondocs import run_on_parts, split_run_on_documents

_BODY = "现将《南浦县河长制工作方案》印发给你们，请认真贯彻执行。各乡镇要切实加强组织领导，确保各项任务落到实处。"


@pytest.mark.parametrize("text, parts", [
    # red head, number, title, 主送, body, organ, date
    ("南浦县人民政府文件南政发〔2024〕1号南浦县人民政府关于印发南浦县河长制工作方案的通知各乡镇人民政府，县直各单位：" + _BODY
     + "南浦县人民政府2024年3月1日",
     ["南浦县人民政府文件", "南政发〔2024〕1号", "南浦县人民政府关于印发南浦县河长制工作方案的通知", "各乡镇人民政府，县直各单位：",
      _BODY, "南浦县人民政府", "2024年3月1日"]),
    # the title before its number; the 附注 after the date
    ("南浦县人民政府关于公布第二批县级非物质文化遗产代表性项目名录的决定南政发〔2024〕3号各乡镇人民政府，县直各单位：" + _BODY
     + "南浦县人民政府2024年3月8日（此件主动公开）",
     ["南浦县人民政府关于公布第二批县级非物质文化遗产代表性项目名录的决定", "南政发〔2024〕3号", "各乡镇人民政府，县直各单位：", _BODY,
      "南浦县人民政府", "2024年3月8日（此件主动公开）"]),
    # no red head; the 抄送 and the 印发 line after the date; a day inside the body is not the date
    ("南政办函〔2024〕12号南浦县人民政府办公室关于同意设立南浦县城东社区的批复城东街道办事处：你办《关于设立城东社区的请示》收悉。"
     "请于2024年4月1日前完成挂牌。此复。南浦县人民政府办公室2024年3月12日抄送：县民政局。南浦县人民政府办公室2024年3月12日印发",
     ["南政办函〔2024〕12号", "南浦县人民政府办公室关于同意设立南浦县城东社区的批复", "城东街道办事处：",
      "你办《关于设立城东社区的请示》收悉。请于2024年4月1日前完成挂牌。此复。", "南浦县人民政府办公室", "2024年3月12日", "抄送：县民政局。",
      "南浦县人民政府办公室2024年3月12日印发"]),
    # the title, then its number in brackets; the 附件说明 before the signature, each attachment a line
    ("南浦县人民政府办公室关于同意设立城东社区的批复（南政办函〔2024〕12号）城东街道办事处：你办《关于设立城东社区的请示》收悉。"
     "此复。南浦县人民政府办公室2024年3月12日",
     ["南浦县人民政府办公室关于同意设立城东社区的批复", "（南政办函〔2024〕12号）", "城东街道办事处：", "你办《关于设立城东社区的请示》收悉。此复。",
      "南浦县人民政府办公室", "2024年3月12日"]),
    ("南浦县人民政府文件南政发〔2024〕5号南浦县人民政府关于印发南浦县森林防火工作方案的通知各乡镇人民政府，县直各单位：" + _BODY
     + "附件：1.南浦县森林防火工作方案2.南浦县森林防火责任人名单南浦县人民政府2024年3月15日",
     ["南浦县人民政府文件", "南政发〔2024〕5号", "南浦县人民政府关于印发南浦县森林防火工作方案的通知", "各乡镇人民政府，县直各单位：", _BODY,
      "附件：1.南浦县森林防火工作方案", "2.南浦县森林防火责任人名单", "南浦县人民政府", "2024年3月15日"]),
    # the header and the first sentences only (no closing on the line): the header parted, the rest one part
    ("南浦县人民政府文件　南政发〔2024〕1号　南浦县人民政府关于印发南浦县河长制工作方案的通知　各乡镇人民政府，县直各单位：" + _BODY,
     ["南浦县人民政府文件", "南政发〔2024〕1号", "南浦县人民政府关于印发南浦县河长制工作方案的通知", "各乡镇人民政府，县直各单位：", _BODY]),
    # a day in words whose month is 元月; a contact or a 附注 set apart by spaces after the day
    ("南政办函〔2024〕8号南浦县人民政府办公室关于做好春节期间有关工作的通知各乡镇人民政府，县直各单位：" + _BODY
     + "南浦县人民政府办公室二〇二四年元月五日",
     ["南政办函〔2024〕8号", "南浦县人民政府办公室关于做好春节期间有关工作的通知", "各乡镇人民政府，县直各单位：", _BODY,
      "南浦县人民政府办公室", "二〇二四年元月五日"]),
    ("南政函〔2024〕5号南浦县人民政府关于申请下达农村公路建设补助资金的请示市交通运输局：" + _BODY
     + "　　南浦县人民政府　　2024年1月10日　　联系人：张丽　　联系电话：0745-2345678",
     ["南政函〔2024〕5号", "南浦县人民政府关于申请下达农村公路建设补助资金的请示", "市交通运输局：", _BODY,
      "南浦县人民政府", "2024年1月10日", "联系人：张丽　　联系电话：0745-2345678"]),
    ("南政发〔2024〕2号南浦县人民政府关于公布县级重点建设项目的通知各乡镇人民政府，县直各单位：" + _BODY
     + "　　南浦县人民政府　　2024年1月16日　　（此件公开发布）",
     ["南政发〔2024〕2号", "南浦县人民政府关于公布县级重点建设项目的通知", "各乡镇人民政府，县直各单位：", _BODY,
      "南浦县人民政府", "2024年1月16日", "（此件公开发布）"]),
    # no 主送 (a 决定 to the public), its title before its number; its 主送 and 抄送 in the 版记 after the day
    ("南浦县人民政府关于加强森林防火工作的决定南政发〔2024〕9号为做好森林防火工作，县人民政府决定如下：一、严格野外用火管理。"
     "南浦县人民政府2024年3月18日主送：各乡镇人民政府。抄送：市林业局。南浦县人民政府办公室2024年3月19日印发",
     ["南浦县人民政府关于加强森林防火工作的决定", "南政发〔2024〕9号", "为做好森林防火工作，县人民政府决定如下：一、严格野外用火管理。",
      "南浦县人民政府", "2024年3月18日", "主送：各乡镇人民政府。", "抄送：市林业局。", "南浦县人民政府办公室2024年3月19日印发"]),
    # addressees that are schools, or a 苏木
    ("南教发〔2024〕5号南浦县教育局关于做好春季学期开学工作的通知各乡镇中心学校，县直各学校：" + _BODY + "南浦县教育局2024年2月20日",
     ["南教发〔2024〕5号", "南浦县教育局关于做好春季学期开学工作的通知", "各乡镇中心学校，县直各学校：", _BODY, "南浦县教育局", "2024年2月20日"]),
    # near misses without 主送: no closing found; a 主送 not read after a 签发人 (the title before the number)
    ("南浦县人民政府关于加强森林防火工作的决定南政发〔2024〕9号为做好森林防火工作，县人民政府决定如下：一、严格野外用火管理。" + _BODY, None),
    ("南浦县人民政府关于申请列入示范县的请示南政呈〔2024〕6号　　签发人：王明市人民政府：为加快推进乡村振兴，恳请列入示范县。妥否，请批示。"
     "南浦县人民政府2024年7月10日", None),
    # the plan a notice issues after the day, no 附件 label: its heading (quoted in the body) and its text
    ("南政办发〔2024〕12号南浦县人民政府办公室关于印发南浦县城市更新行动方案的通知各乡镇人民政府，县直各单位：《南浦县城市更新行动方案》"
     "已经县人民政府同意，现印发给你们。南浦县人民政府办公室2024年4月2日南浦县城市更新行动方案为加快推进城市更新，制定本方案。",
     ["南政办发〔2024〕12号", "南浦县人民政府办公室关于印发南浦县城市更新行动方案的通知", "各乡镇人民政府，县直各单位：",
      "《南浦县城市更新行动方案》已经县人民政府同意，现印发给你们。", "南浦县人民政府办公室", "2024年4月2日", "南浦县城市更新行动方案",
      "为加快推进城市更新，制定本方案。"]),
    # near misses: a sentence citing a number, a portal's row, a title without 主送, words before a colon that name no addressee
    ("根据《南浦县人民政府关于印发南浦县河长制工作方案的通知》（南政发〔2024〕1号）要求，现将有关事项通知如下：" + _BODY, None),
    ("发文字号：南政发〔2024〕1号　　标题：南浦县人民政府关于印发南浦县河长制工作方案的通知　　发布日期：2024年3月1日" + _BODY, None),
    ("南政发〔2024〕1号南浦县人民政府关于印发南浦县河长制工作方案的通知为进一步加强河湖管理保护，现通知如下：" + _BODY, None),
    ("南浦县人民政府文件南政发〔2024〕1号南浦县人民政府关于印发南浦县河长制工作方案的通知各乡镇人民政府，县直各单位：", None),
    ("南浦县人民政府关于印发南浦县河长制工作方案的通知", None),
    # a paragraph citing a title and its number, then what it asked of whom before a colon: a
    # sentence's words before 各 (要求, 请) are no addressee's name
    ("县人民政府办公室关于开展2024年安全生产大检查的通知（南政办发〔2024〕8号）要求各乡镇人民政府、县直各单位：" + _BODY, None),
    ("县人民政府关于印发南浦县河长制工作方案的通知（南政发〔2024〕1号）请各乡镇人民政府，县直各单位：" + _BODY, None),
    # a 主送 of bodies of the public service (hospitals, schools, kindergartens, a teaching office)
    ("南卫发〔2024〕6号南浦县卫生健康局关于印发南浦县院感防控工作方案的通知县人民医院，县中医院，各乡镇卫生院：" + _BODY,
     ["南卫发〔2024〕6号", "南浦县卫生健康局关于印发南浦县院感防控工作方案的通知", "县人民医院，县中医院，各乡镇卫生院：", _BODY]),
    ("南教发〔2024〕9号南浦县教育局关于做好2024年中小学暑期安全工作的通知各中小学校，各幼儿园，县教研室：" + _BODY,
     ["南教发〔2024〕9号", "南浦县教育局关于做好2024年中小学暑期安全工作的通知", "各中小学校，各幼儿园，县教研室：", _BODY]),
    # near miss: a sentence's words before the colon end as no body's name does (…同意执行：)
    ("南教发〔2024〕9号南浦县教育局关于做好2024年中小学暑期安全工作的通知经局党组研究同意执行：" + _BODY, None),
    # a place or an organ before 各 names its units: a 主送 still
    ("南政办函〔2024〕7号南浦县人民政府办公室关于做好2024年防汛工作的通知各乡镇人民政府，县政府各部门，县属各国有企业：" + _BODY,
     ["南政办函〔2024〕7号", "南浦县人民政府办公室关于做好2024年防汛工作的通知", "各乡镇人民政府，县政府各部门，县属各国有企业：", _BODY]),
])
def test_the_parts_of_a_document_run_onto_one_line(text, parts):
    assert run_on_parts(text) == parts
    if parts is not None:
        assert "".join("".join(parts).split()) == "".join(text.split())  # (every character kept)


def test_parts_keep_the_line_and_have_places_of_their_own():
    text = ("南政办函〔2024〕12号南浦县人民政府办公室关于同意设立南浦县城东社区的批复城东街道办事处：你办《关于设立城东社区的请示》"
            "收悉。经研究，同意设立南浦县城东社区。此复。南浦县人民政府办公室2024年3月12日")
    lines = [Line(1, "南浦县人民政府公报", fold("南浦县人民政府公报")), Line(3, text, fold(text)), Line(5, "（本期完）", fold("（本期完）"))]
    out, diagnostics = split_run_on_documents(lines)
    assert [line.no for line in out] == [1, 3, 3, 3, 3, 3, 3, 5]
    assert [line.place for line in out] == [1, 3, 4, 5, 6, 7, 8, 10]
    assert [d.code for d in diagnostics] == ["document-run-on-one-line"] and diagnostics[0].line == 3
    assert split_run_on_documents(lines[:1] + lines[2:]) == (lines[:1] + lines[2:], [])
