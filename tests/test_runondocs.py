"""A document run onto one line (its line ends lost) parted into the lines a careful reader sees."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
    # an 附件说明 and the day with no organ between, no sentence before: no closing, the rest one part
    ("南浦县人民政府文件南政发〔2024〕5号南浦县人民政府关于印发南浦县森林防火工作方案的通知各乡镇人民政府，县直各单位："
     "附件：1.南浦县森林防火工作方案2.南浦县森林防火责任人名单2024年3月15日",
     ["南浦县人民政府文件", "南政发〔2024〕5号", "南浦县人民政府关于印发南浦县森林防火工作方案的通知", "各乡镇人民政府，县直各单位：",
      "附件：1.南浦县森林防火工作方案2.南浦县森林防火责任人名单2024年3月15日"]),
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
    # 此复 without its full stop; the large circle for zero; a web page's controls after the day
    ("南政函〔2024〕21号南浦县人民政府关于同意设立城东农贸市场的批复城东街道办事处：你办《关于设立城东农贸市场的请示》收悉。经研究，同意设立。"
     "此复南浦县人民政府二◯二四年五月六日【打印本页】　【关闭窗口】",
     ["南政函〔2024〕21号", "南浦县人民政府关于同意设立城东农贸市场的批复", "城东街道办事处：",
      "你办《关于设立城东农贸市场的请示》收悉。经研究，同意设立。此复", "南浦县人民政府", "二◯二四年五月六日", "【打印本页】　【关闭窗口】"]),
    # the 规范性文件登记号 in brackets after the number
    ("南浦县人民政府关于修改部分规范性文件的决定南政发〔2024〕16号（规范性文件登记号：NPDR－2024－01002）各乡镇人民政府，县政府各部门："
     + _BODY + "南浦县人民政府2024年6月20日",
     ["南浦县人民政府关于修改部分规范性文件的决定", "南政发〔2024〕16号", "（规范性文件登记号：NPDR－2024－01002）", "各乡镇人民政府，县政府各部门：",
      _BODY, "南浦县人民政府", "2024年6月20日"]),
    # a second number beside the 发文字号; the 统一登记号 labelled before it
    ("南府发〔2024〕5号　　南府规〔2024〕2号南浦县人民政府关于印发南浦县最低生活保障办法的通知各乡镇人民政府，县政府各部门：" + _BODY
     + "南浦县人民政府2024年7月2日",
     ["南府发〔2024〕5号", "南府规〔2024〕2号", "南浦县人民政府关于印发南浦县最低生活保障办法的通知", "各乡镇人民政府，县政府各部门：", _BODY,
      "南浦县人民政府", "2024年7月2日"]),
    ("规范性文件统一登记号：NPDR-2024-00007南政发〔2024〕9号南浦县人民政府关于印发南浦县住房保障办法的通知各乡镇人民政府，县政府各部门："
     + _BODY + "南浦县人民政府2024年7月9日",
     ["规范性文件统一登记号：NPDR-2024-00007", "南政发〔2024〕9号", "南浦县人民政府关于印发南浦县住房保障办法的通知", "各乡镇人民政府，县政府各部门：",
      _BODY, "南浦县人民政府", "2024年7月9日"]),
    # the 登记号 bare before the number
    ("NPDR—2024—01005南政办发〔2024〕21号南浦县人民政府办公室关于印发南浦县入市管理办法的通知各乡镇人民政府，县直各单位：" + _BODY
     + "南浦县人民政府办公室2024年8月6日",
     ["NPDR—2024—01005", "南政办发〔2024〕21号", "南浦县人民政府办公室关于印发南浦县入市管理办法的通知", "各乡镇人民政府，县直各单位：", _BODY,
      "南浦县人民政府办公室", "2024年8月6日"]),
    # a 通告 with no 主送, the number first, its title run into the body's first words (no colon on the line)
    ("南政告〔2024〕4号南浦县人民政府关于调整县城区部分道路限速标准的通告为进一步规范县城区道路通行秩序，决定调整限速标准。"
     "本通告自2024年10月1日起施行。南浦县人民政府2024年9月12日",
     ["南政告〔2024〕4号", "南浦县人民政府关于调整县城区部分道路限速标准的通告",
      "为进一步规范县城区道路通行秩序，决定调整限速标准。本通告自2024年10月1日起施行。", "南浦县人民政府", "2024年9月12日"]),
    # (and not without its closing)
    ("南政告〔2024〕4号南浦县人民政府关于调整县城区部分道路限速标准的通告为进一步规范县城区道路通行秩序，决定调整限速标准。" + _BODY, None),
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
    # no 发文字号: a title ending with its 文种 right before a 主送 ending with its colon, and a closing
    ("南浦县人民政府关于张明等同志职务任免的通知各乡镇人民政府，县直各单位：经县人民政府研究决定：任命张明为县发展和改革局副局长；"
     "免去王强的县交通运输局副局长职务。南浦县人民政府2024年3月10日",
     ["南浦县人民政府关于张明等同志职务任免的通知", "各乡镇人民政府，县直各单位：",
      "经县人民政府研究决定：任命张明为县发展和改革局副局长；免去王强的县交通运输局副局长职务。", "南浦县人民政府", "2024年3月10日"]),
    ("南浦县人民政府办公室关于做好2024年春耕生产工作的函县农业农村局：你局《关于做好2024年春耕生产工作的请示》（南农发〔2024〕5号）"
     "收悉。经县人民政府同意，原则同意你局所提工作安排。南浦县人民政府办公室2024年3月15日",
     ["南浦县人民政府办公室关于做好2024年春耕生产工作的函", "县农业农村局：",
      "你局《关于做好2024年春耕生产工作的请示》（南农发〔2024〕5号）收悉。经县人民政府同意，原则同意你局所提工作安排。",
      "南浦县人民政府办公室", "2024年3月15日"]),
    # (and not without its closing, nor when words before the colon are a sentence's)
    ("南浦县人民政府关于张明等同志职务任免的通知各乡镇人民政府，县直各单位：" + _BODY, None),
    ("南浦县人民政府关于张明等同志职务任免的通知经县人民政府研究决定：任命张明为县发展和改革局副局长。南浦县人民政府2024年3月10日",
     None),
    ("关于做好春耕生产工作的通知要求各乡镇人民政府：" + _BODY + "南浦县人民政府2024年3月10日", None),
    # no 发文字号 and no 主送: a 通告's title run into its body's first words; a red head over no number
    ("南浦县人民政府关于禁止在城区燃放烟花爆竹的通告为了保障公共安全，根据有关规定，现就有关事项通告如下：城区范围内全年禁止燃放烟花爆竹。"
     "南浦县人民政府2024年1月5日",
     ["南浦县人民政府关于禁止在城区燃放烟花爆竹的通告", "为了保障公共安全，根据有关规定，现就有关事项通告如下：城区范围内全年禁止燃放烟花爆竹。",
      "南浦县人民政府", "2024年1月5日"]),
    ("南浦县人民政府关于禁止在城区燃放烟花爆竹的通告为了保障公共安全，根据有关规定，现就有关事项通告如下：城区范围内全年禁止燃放烟花爆竹。",
     None),
    ("南浦县人民政府文件南浦县人民政府关于印发南浦县河长制工作方案的通知各乡镇人民政府，县直各单位：" + _BODY + "南浦县人民政府2024年3月1日",
     ["南浦县人民政府文件", "南浦县人民政府关于印发南浦县河长制工作方案的通知", "各乡镇人民政府，县直各单位：", _BODY, "南浦县人民政府",
      "2024年3月1日"]),
    # a request's 签发人 after its number: the names end where the title opens (the red head's organ,
    # the organ that signs, 关于)
    ("南浦县人民政府文件南政报〔2024〕3号签发人：陈建国南浦县人民政府关于申请专项债券额度的请示市人民政府：" + _BODY + "南浦县人民政府2024年3月1日",
     ["南浦县人民政府文件", "南政报〔2024〕3号", "签发人：陈建国", "南浦县人民政府关于申请专项债券额度的请示", "市人民政府：", _BODY,
      "南浦县人民政府", "2024年3月1日"]),
    ("南政报〔2024〕3号　签发人：陈建国　李明关于申请专项债券额度的请示市人民政府：" + _BODY + "南浦县人民政府2024年3月1日",
     ["南政报〔2024〕3号", "签发人：陈建国　李明", "关于申请专项债券额度的请示", "市人民政府：", _BODY, "南浦县人民政府", "2024年3月1日"]),
    ("南政报〔2024〕3号签发人：陈建国，请示如下。南浦县人民政府关于申请专项债券额度的请示市人民政府：" + _BODY, None),
    # joint issuers; a 主送 whose note in brackets names units parted by 、
    ("中共南浦县委办公室　南浦县人民政府办公室关于做好2024年元旦春节期间有关工作的通知各乡镇党委、人民政府（街道党工委、办事处），县直各单位："
     + _BODY + "中共南浦县委办公室南浦县人民政府办公室2023年12月25日",
     ["中共南浦县委办公室　南浦县人民政府办公室关于做好2024年元旦春节期间有关工作的通知", "各乡镇党委、人民政府（街道党工委、办事处），县直各单位：",
      _BODY, "中共南浦县委办公室南浦县人民政府办公室", "2023年12月25日"]),
    # a 函's head: the organ's name printed without 文件 before the number (its last characters not the 机关代字's)
    ("南浦县人民政府办公室南政办函〔2024〕16号关于商请协助做好春运交通保障工作的函县公安局、县交通运输局：" + _BODY
     + "南浦县人民政府办公室2024年1月10日",
     ["南浦县人民政府办公室", "南政办函〔2024〕16号", "关于商请协助做好春运交通保障工作的函", "县公安局、县交通运输局：", _BODY,
      "南浦县人民政府办公室", "2024年1月10日"]),
    ("中共南浦县委办公室县委办函〔2024〕3号关于商请协助做好春运交通保障工作的函县公安局、县交通运输局：" + _BODY,
     ["中共南浦县委办公室", "县委办函〔2024〕3号", "关于商请协助做好春运交通保障工作的函", "县公安局、县交通运输局：", _BODY]),
])
def test_the_parts_of_a_document_run_onto_one_line(text, parts):
    assert run_on_parts(text) == parts
    if parts is not None:
        assert "".join("".join(parts).split()) == "".join(text.split())  # (every character kept)


_LISTED = "附件：" + "".join(f"{k}.南浦县第{k}批森林防火工作方案" for k in range(1, 401))


def test_a_long_list_of_attachments_with_no_organ_after_it_is_folded_a_few_times(monkeypatch):
    """An 附件说明 with no finished sentence before it and no organ's name after its last title (the
    day right after it) is no closing; its titles' ends are not each asked for an organ after them,
    folding the rest of the list again from each (400 attachments took seconds on one line)."""
    import generator.runonclosing as closing
    calls = []
    monkeypatch.setattr(closing, "fold", lambda text: calls.append(text) or fold(text))
    header = "南浦县人民政府文件南政发〔2024〕5号南浦县人民政府关于印发南浦县森林防火工作方案的通知各乡镇人民政府，县直各单位："
    assert run_on_parts(header + _LISTED + "2024年3月15日")[-1] == _LISTED + "2024年3月15日"
    assert len(calls) <= 2
    calls.clear()
    listed = _LISTED[:_LISTED.index("25.")] + "2024年3月15日"  # (24 titles after the body's last sentence)
    assert closing.run_on_closing("请认真贯彻执行。" + listed) == ("请认真贯彻执行。" + listed, [])
    assert len(calls) <= 4  # (the last titles only, those an organ's name may follow: not 24)


def test_registration_numbers_before_the_number_are_read_in_turn_not_a_call_deeper_each():
    """Each 登记号 printed before the 发文字号 is a part of its own, a run of them read in a loop: a line of
    2,000 (a scraper's repeated field) raised RecursionError and stopped the parse."""
    document = ("南政发〔2024〕1号南浦县人民政府关于印发河长制工作方案的通知各乡镇人民政府，县直各单位：现将方案印发给你们，请认真贯彻执行。"
                "南浦县人民政府2024年3月1日")
    parts = run_on_parts("登记号：NPDR-2024-00101" * 2000 + document)
    assert parts[:2000] == ["登记号：NPDR-2024-00101"] * 2000 and parts[2000:2002] == ["南政发〔2024〕1号", "南浦县人民政府关于印发河长制工作方案的通知"]
    assert run_on_parts("登记号：NPDR-2024-00101统一登记号：NPDR-2024-00102" + document)[:3] == [
        "登记号：NPDR-2024-00101", "统一登记号：NPDR-2024-00102", "南政发〔2024〕1号"]


def test_parts_keep_the_line_and_have_places_of_their_own():
    text = ("南政办函〔2024〕12号南浦县人民政府办公室关于同意设立南浦县城东社区的批复城东街道办事处：你办《关于设立城东社区的请示》"
            "收悉。经研究，同意设立南浦县城东社区。此复。南浦县人民政府办公室2024年3月12日")
    lines = [Line(1, "南浦县人民政府公报", fold("南浦县人民政府公报")), Line(3, text, fold(text)), Line(5, "（本期完）", fold("（本期完）"))]
    out, diagnostics = split_run_on_documents(lines)
    assert [line.no for line in out] == [1, 3, 3, 3, 3, 3, 3, 5]
    assert [line.place for line in out] == [1, 3, 4, 5, 6, 7, 8, 10]
    assert [d.code for d in diagnostics] == ["document-run-on-one-line"] and diagnostics[0].line == 3
    assert split_run_on_documents(lines[:1] + lines[2:]) == (lines[:1] + lines[2:], [])


@pytest.mark.parametrize("text, parts", [
    # a list adopted by a meeting: the title, the note of its adoption, the list
    ("南浦县人民代表大会常务委员会任免名单（2024年3月28日南浦县第十八届人民代表大会常务委员会第十五次会议通过）任命：张明为南浦县人民政府"
     "发展和改革局局长；免去：王强的南浦县人民政府交通运输局局长职务。",
     ["南浦县人民代表大会常务委员会任免名单", "（2024年3月28日南浦县第十八届人民代表大会常务委员会第十五次会议通过）",
      "任命：张明为南浦县人民政府发展和改革局局长；免去：王强的南浦县人民政府交通运输局局长职务。"]),
    # a government's list under its section's label, dated by its month; a list alone under its note, numbered
    ("【人事任免】青石县人民政府任免工作人员名单（2024年6月）任命：李文华为青石县人民政府办公室副主任；赵明为青石县统计局副局长。免去：孙伟的"
     "青石县林业局副局长职务。",
     ["【人事任免】", "青石县人民政府任免工作人员名单", "（2024年6月）",
      "任命：李文华为青石县人民政府办公室副主任；赵明为青石县统计局副局长。免去：孙伟的青石县林业局副局长职务。"]),
    ("任免名单（2024年7月10日青石县第十八届人民代表大会常务委员会第二十次会议通过）一、任命胡振华为青石县人民政府副县长。二、免去彭德明的"
     "青石县人民政府副县长职务。",
     ["任免名单", "（2024年7月10日青石县第十八届人民代表大会常务委员会第二十次会议通过）",
      "一、任命胡振华为青石县人民政府副县长。二、免去彭德明的青石县人民政府副县长职务。"]),
    # a speech: the title, the speaker, the day, the salutation, the text (the speaker may be left out)
    ("在全县2024年经济工作会议上的讲话县长　陈建国（2024年1月20日）同志们：今天，我们召开全县经济工作会议，主要任务是总结2023年经济工作，"
     "部署2024年经济工作。",
     ["在全县2024年经济工作会议上的讲话", "县长　陈建国", "（2024年1月20日）", "同志们：",
      "今天，我们召开全县经济工作会议，主要任务是总结2023年经济工作，部署2024年经济工作。"]),
    ("在全县2024年经济工作会议上的讲话（二〇二四年一月二十日）各位代表，同志们：今天，我们召开全县经济工作会议，主要任务是总结2023年"
     "经济工作，部署2024年经济工作。",
     ["在全县2024年经济工作会议上的讲话", "（二〇二四年一月二十日）", "各位代表，同志们：",
      "今天，我们召开全县经济工作会议，主要任务是总结2023年经济工作，部署2024年经济工作。"]),
    # a report or a speech under a main title, its note after a dash, the speaker, the salutation
    ("政府工作报告——2024年1月10日在南浦县第十八届人民代表大会第四次会议上南浦县人民政府县长　陈建国各位代表：现在，我代表县人民政府，"
     "向大会报告工作，请予审议。",
     ["政府工作报告", "——2024年1月10日在南浦县第十八届人民代表大会第四次会议上", "南浦县人民政府县长　陈建国", "各位代表：",
      "现在，我代表县人民政府，向大会报告工作，请予审议。"]),
    ("坚定信心　真抓实干　奋力推动全县经济高质量发展——在全县经济工作会议上的讲话县委书记　李明（2024年1月5日）同志们：这次会议的"
     "主要任务是，总结2023年经济工作。",
     ["坚定信心　真抓实干　奋力推动全县经济高质量发展", "——在全县经济工作会议上的讲话", "县委书记　李明", "（2024年1月5日）",
      "同志们：", "这次会议的主要任务是，总结2023年经济工作。"]),
    # a report to a standing committee under its title (关于…的报告), its note, the speaker, the members saluted
    ("关于松岭县2023年县级财政决算的报告——2024年6月26日在松岭县第十八届人民代表大会常务委员会第十九次会议上松岭县财政局局长　赵国华主任、"
     "各位副主任、秘书长、各位委员：受县人民政府委托，现将2023年县级财政决算情况报告如下，请予审议。",
     ["关于松岭县2023年县级财政决算的报告", "——2024年6月26日在松岭县第十八届人民代表大会常务委员会第十九次会议上", "松岭县财政局局长　赵国华",
      "主任、各位副主任、秘书长、各位委员：", "受县人民政府委托，现将2023年县级财政决算情况报告如下，请予审议。"]),
    # a 纪要: its title, number, office and day, its text, each attendance line after its last sentence
    ("南浦县人民政府常务会议纪要〔2024〕3号南浦县人民政府办公室2024年3月15日2024年3月14日，县长陈建国主持召开县人民政府第25次"
     "常务会议。会议要求，各乡镇要严格落实森林防火责任。出席：陈建国　李明华　王志刚列席：县财政局主要负责同志",
     ["南浦县人民政府常务会议纪要", "〔2024〕3号", "南浦县人民政府办公室", "2024年3月15日",
      "2024年3月14日，县长陈建国主持召开县人民政府第25次常务会议。会议要求，各乡镇要严格落实森林防火责任。",
      "出席：陈建国　李明华　王志刚列席：县财政局主要负责同志"]),
    ("在全县2024年经济工作会议上的讲话（2024年1月20日）县长　陈建国同志们：今天，我们召开全县经济工作会议，主要任务是总结2023年经济工作，"
     "部署2024年经济工作。",
     ["在全县2024年经济工作会议上的讲话", "（2024年1月20日）", "县长　陈建国", "同志们：",
      "今天，我们召开全县经济工作会议，主要任务是总结2023年经济工作，部署2024年经济工作。"]),
    # an interpretation under its title, its text opening with a numbered heading or a question
    ("《南浦县城区停车管理办法》政策解读一、制定背景随着城区机动车保有量快速增长，停车难问题日益突出，有必要制定本办法。二、主要内容《办法》共二十条，"
     "明确了停车设施规划、建设和管理等内容。",
     ["《南浦县城区停车管理办法》政策解读",
      "一、制定背景随着城区机动车保有量快速增长，停车难问题日益突出，有必要制定本办法。二、主要内容《办法》共二十条，明确了停车设施规划、建设和管理等内容。"]),
    ("县民政局负责人就《南浦县城镇居民最低生活保障办法》答记者问问：《办法》出台的背景是什么？答：为进一步规范城镇居民最低生活保障工作，县民政局起草了"
     "《办法》，经县人民政府同意印发。",
     ["县民政局负责人就《南浦县城镇居民最低生活保障办法》答记者问",
      "问：《办法》出台的背景是什么？答：为进一步规范城镇居民最低生活保障工作，县民政局起草了《办法》，经县人民政府同意印发。"]),
    # a 统计公报 under its organs (the survey team beside the 统计局) and its day
    ("南浦县2023年国民经济和社会发展统计公报南浦县统计局国家统计局南浦调查队（2024年3月28日）2023年，全县经济运行持续恢复向好。一、综合初步核算，"
     "全年地区生产总值235.6亿元。",
     ["南浦县2023年国民经济和社会发展统计公报", "南浦县统计局国家统计局南浦调查队", "（2024年3月28日）",
      "2023年，全县经济运行持续恢复向好。一、综合初步核算，全年地区生产总值235.6亿元。"]),
    # the day in words as the closing's is read: the month 元月, the zero typed as a Latin O
    ("在全县2024年农村工作会议上的讲话县长　陈建国（二〇二四年元月十二日）同志们：今天，我们召开全县农村工作会议，主要任务是总结2023年农业农村"
     "工作，安排部署2024年重点任务。",
     ["在全县2024年农村工作会议上的讲话", "县长　陈建国", "（二〇二四年元月十二日）", "同志们：", "今天，我们召开全县农村工作会议，主要任务是总结2023年农业农村工作，安排部署2024年重点任务。"]),
    ("在全县2024年农村工作会议上的讲话（二O二四年一月十二日）同志们：今天，我们召开全县农村工作会议，主要任务是总结2023年农业农村工作，安排部署2024年重点任务。",
     ["在全县2024年农村工作会议上的讲话", "（二O二四年一月十二日）", "同志们：", "今天，我们召开全县农村工作会议，主要任务是总结2023年农业农村工作，安排部署2024年重点任务。"]),
    ("《南浦县城区停车管理办法》政策解读发布以来，社会各界反响热烈，县发展和改革局收到意见建议32条，已逐条研究并予以答复，有关情况已向社会公布。", None),
    # near misses: a sentence citing a speech and its day, a list's title cited in a sentence, a
    # dash in a sentence with no salutation after it, minutes cited with no office and day after
    ("坚定信心——在全县经济工作会议上，县长陈建国强调，要坚持稳中求进工作总基调，统筹推进稳增长、调结构、惠民生、防风险各项工作。",
     None),
    ("南浦县人民政府常务会议纪要〔2024〕3号明确，各乡镇要严格落实森林防火责任，加强野外用火管控，确保不发生较大森林火灾，"
     "县应急管理局负责督促检查。", None),
    ("在全县2024年经济工作会议上的讲话（2024年1月20日）中，县长陈建国强调，要坚持稳中求进工作总基调，统筹推进稳增长、调结构、惠民生、"
     "防风险各项工作。", None),
    ("南浦县人民代表大会常务委员会任免名单（2024年3月28日南浦县第十八届人民代表大会常务委员会第十五次会议通过）已在县人民政府门户网站"
     "公布，各单位要认真做好干部交接工作。", None),
])
def test_a_list_or_a_speech_run_onto_one_line(text, parts):
    assert run_on_parts(text) == parts
    if parts is not None:
        assert "".join("".join(parts).split()) == "".join(text.split())  # (every character kept)


_ORDER = "南浦县人民政府令第14号《南浦县城市绿化管理办法》已经2024年3月1日县人民政府第25次常务会议审议通过，现予公布，自2024年5月1日起施行。"


@pytest.mark.parametrize("text, parts", [
    # a 令: its title, number, text, the head who signs, the day
    (_ORDER + "县长　陈建国2024年3月20日",
     ["南浦县人民政府令", "第14号", _ORDER[12:], "县长　陈建国", "2024年3月20日"]),
    # and the rule it promulgates after the day: its title (quoted in the text), its chapters and
    # articles each a line where a careful reader sees one open (not an article a sentence cites)
    (_ORDER + "县长　陈建国2024年3月20日南浦县城市绿化管理办法第一章　总则第一条　为了促进城市绿化，制定本办法。第二条　本办法适用于"
     "城市规划区。依照本办法第五条规定处理。第二章　规划建设第一节　规划第三条　城市绿化规划应当纳入国土空间规划。",
     ["南浦县人民政府令", "第14号", _ORDER[12:], "县长　陈建国", "2024年3月20日", "南浦县城市绿化管理办法", "第一章　总则",
      "第一条　为了促进城市绿化，制定本办法。", "第二条　本办法适用于城市规划区。依照本办法第五条规定处理。", "第二章　规划建设", "第一节　规划",
      "第三条　城市绿化规划应当纳入国土空间规划。"]),
    # its number in brackets or without 第, the head's office spaced with a colon, the rule's title over its text
    ("南浦县人民政府令（2024年第3号）" + _ORDER[12:] + "县　长：李　四2024年3月20日",
     ["南浦县人民政府令", "（2024年第3号）", _ORDER[12:], "县　长：李　四", "2024年3月20日"]),
    ("南浦县人民政府令〔2024〕4号南浦县城市绿化管理办法" + _ORDER[12:] + "县长　陈建国2024年3月20日第一条　为了促进城市绿化，制定本办法。",
     ["南浦县人民政府令", "〔2024〕4号", "南浦县城市绿化管理办法", _ORDER[12:], "县长　陈建国", "2024年3月20日",
      "第一条　为了促进城市绿化，制定本办法。"]),
    # a 通告 or 公告 titled by its issuer alone, with or without its number, closing with its organ and day
    ("南浦县人民政府公告〔2024〕第3号经湖南省人民政府批准，南浦县2024年度第2批次城镇建设用地已获批准。现将征收土地有关事项公告如下："
     "征收土地范围为城关镇南塘村集体土地。特此公告。南浦县人民政府2024年5月8日",
     ["南浦县人民政府公告", "〔2024〕第3号", "经湖南省人民政府批准，南浦县2024年度第2批次城镇建设用地已获批准。现将征收土地有关事项公告如下："
      "征收土地范围为城关镇南塘村集体土地。特此公告。", "南浦县人民政府", "2024年5月8日"]),
    ("南浦县人民政府通告为加强城区道路交通安全管理，现就城区部分路段实行单向通行有关事项通告如下：自2024年3月1日起，城区解放路实行由东向西"
     "单向通行。南浦县人民政府2024年2月20日",
     ["南浦县人民政府通告", "为加强城区道路交通安全管理，现就城区部分路段实行单向通行有关事项通告如下：自2024年3月1日起，城区解放路实行由东向西单向通行。",
      "南浦县人民政府", "2024年2月20日"]),
    ("南浦县人民政府通告要求，各乡镇要加强城区道路交通安全管理，现就城区部分路段实行单向通行有关事项通告如下：城区解放路实行由东向西单向通行。",
     None),
    # the head's day in words, its zero a Latin O or its month 元月
    (_ORDER + "县长　陈建国二O二四年三月二十日", ["南浦县人民政府令", "第14号", _ORDER[12:], "县长　陈建国", "二O二四年三月二十日"]),
    (_ORDER + "县长　陈建国2024年元月20日", ["南浦县人民政府令", "第14号", _ORDER[12:], "县长　陈建国", "2024年元月20日"]),
    # near misses: no head signing; other words after the day
    (_ORDER + "南浦县人民政府2024年3月20日", None),
    (_ORDER + "县长　陈建国2024年3月20日以下为政策解读内容，供参考。", None),
])
def test_an_order_or_a_notice_titled_by_its_issuer_run_onto_one_line(text, parts):
    assert run_on_parts(text) == parts
    if parts is not None:
        assert "".join("".join(parts).split()) == "".join(text.split())  # (every character kept)


_SPACED = [  # the parts of a line a run of spaces may stand between (a title centred, a speaker set right)
    ["在全县经济工作会议上的讲话", "县长　陈建国", "（2024年1月20日）", "x"],
    ["坚定信心", "——在全县经济工作会议上的讲话", "县委书记　李明", "（2024年1月5日）", "x"],
    ["南浦县2023年国民经济和社会发展统计公报", "南浦县统计局", "（2024年3月28日）", "x"],
    ["【人事任免】", "南浦县人民政府任免工作人员名单", "（2024年6月）", "x"],
    ["南浦县人民政府常务会议纪要", "〔2024〕3号", "南浦县人民政府办公室", "x"],
    ["南浦县人民政府令", "（2024年第3号）", "《南浦县城市绿化管理办法》已经县人民政府常务会议通过，现予公布。", "县　长：李　四", "x"],
    ["南浦县人民政府公告", "〔2024〕第3号", "x"], ["南浦县人民政府文件", "南政发〔2024〕1号", "签发人：陈建国", "x"],
]


def test_runs_of_spaces_between_the_parts_are_read_in_linear_time():
    """A run of 3,000 spaces (or ideographic spaces) between the parts of a speech, a report, a
    统计公报, a list, minutes, a 令 or a numbered document: each run is taken whole from its start
    (possessive), not shared out between the patterns' spaces and a speaker's or an organ's name that
    may hold spaces (400 spaces after a report's dashed note took 5 s, 1,000 took 100 s). Run in a
    child with a timeout, so that a hang fails the test instead of stopping the suite."""
    import json
    import subprocess
    import sys

    from tests.conftest import ROOT

    code = ("import json, sys; from generator.runondocs import run_on_parts\n"
            "for parts in json.loads(sys.stdin.read()):\n"
            "    for space in (' ', '\\u3000'):\n"
            "        text = (space * 3000).join(parts)\n"
            "        found = run_on_parts(text)\n"
            "        assert found is None or ''.join(''.join(found).split()) == ''.join(text.split())\n"
            "print('ok')")
    proc = subprocess.run([sys.executable, "-c", code], input=json.dumps(_SPACED).encode(), cwd=ROOT, capture_output=True,
                          timeout=120)
    assert proc.returncode == 0 and proc.stdout.strip() == b"ok", proc.stderr.decode()[-2000:]


_NUMBER_PIECES = ["南政发", "政", "县人民政府办公室", "〔", "〕", "（", "）", "(", "2024", "第", "5", "号", " ", "　",
                  "经研究，现将", "关于", "的通知", "：", "，", "。"]
_junk = st.lists(st.sampled_from(_NUMBER_PIECES), max_size=12).map("".join)
_numbers = st.tuples(st.sampled_from(["", "南", "南政发", "县人民政府办公室南政办函", "关于", "。"]),
                     st.sampled_from("〔［[（(【﹝〖"), st.sampled_from(["2024", "1999", " 2024 ", "2124"]),
                     st.sampled_from("〕］]）)】﹞〗"), st.sampled_from(["5", "第12", " 123 ", "12345"]),
                     st.sampled_from(["号", " 号", ""])).map("".join)


@settings(max_examples=800, deadline=None)
@given(st.lists(st.one_of(_junk, _numbers), max_size=6).map("".join))
def test_the_first_number_is_the_patterns(text):
    """``_first_number`` (the year and serial found first, the code read back) finds the very
    match the pattern finds asked at each place of the line's head."""
    from generator import runondocs
    expected = runondocs._NUMBER.search(text, 0, runondocs._NUMBER_WITHIN)
    found = runondocs._first_number(text)
    assert (found and found.span()) == (expected and expected.span())
