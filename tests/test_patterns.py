"""Line rules, each a table of real lines from county gazettes (folded before testing)."""

import pytest

from generator import patterns as p
from generator import attachmentlines, notelines, numbering, personlines, portal, toclines
from generator.normalize import HAN, fold
from generator.imprintlines import imprint


# Page numbers as the sample gazettes print them between pages (one rule for the title finder,
# the table runs and the body blocks): (line, a page number, certainly nothing else).
PAGE_LINES = [
    ("— 3 —", True, True), ("-12-", True, True), ("—— 7 ——", True, True), ("－ 5 －", True, True),
    ("第3页", True, True), ("第 3 页 共 10 页", True, True), ("第3页共10页", True, True),
    ("3", True, False), ("— 3", True, False), ("12页", True, False),
    ("2023年第5期", False, False), ("第三章", False, False), ("3.5", False, False),
    ("第12号", False, False), ("— 3 — 附件", False, False), ("12345", False, False),
    ("·5·", True, True), ("• 12 •", True, True), ("·一·", False, False),
    # the page of the pages, as a PDF viewer or a browser prints it; not a fraction
    ("12 / 48", True, False), ("Page 15", True, True), ("Page 15 of 48", True, True),
    ("第12页/共48页", True, True), ("3/4", False, False), ("Page", False, False), ("12 / 48 名", False, False),
    ("（2）", False, False),  # a list's number alone (a false-positive review: not a page's)
    ("（下转第4页）", True, True), ("（上接第2页）", True, True), ("（详见第4页）", False, False),  # text carried on
    ("- 1 2 -", True, True), ("— 1 2 —", True, True), ("- 1  2 -", False, False), ("1 2", False, False),  # digits set apart
]


@pytest.mark.parametrize("text,number,mark", PAGE_LINES)
def test_page_numbers(text, number, mark):
    from generator.pagemarks import PAGE_MARK, PAGE_NUMBER
    assert bool(PAGE_NUMBER.match(text)) is number
    assert bool(PAGE_MARK.match(text)) is mark
    assert not mark or number  # a mark is always a page number


def test_one_range_of_han_characters():
    # rare characters of names (Extension A, compatibility ideographs) count as Han everywhere
    import re

    assert p.HAN == HAN
    for ch in ("县", "㙟", "䶮", "\uf900"):
        assert re.fullmatch(f"[{HAN}]", ch), ch


@pytest.mark.parametrize("text,expected", [
    ("平政办发〔2023〕7号", True),
    ("祁政通〔2024〕8 号", True),
    ("湘阴政发〔2024〕11 号", True),
    ("（湘阴政发〔2024〕10号 XYDR-2024-00003）", True),
    ("旺府办发〔2024〕21号　　　　登记号：WCDR-2024-02004", True),  # the number, then the labelled 登记号
    ("登记号：WCDR-2024-02004　旺府办发〔2024〕21号", True),
    ("平政办发〔2023〕7号 PJDR—2023—01004..... (1)", False),
    ("根据《湖南省规范性文件管理办法》（湘政办发〔2023〕31号）", False),
    ("2023年7月28日", False),
    # without its brackets, alone or with its label or 签发人; not a sentence citing one, nor an
    # order's number by the year
    ("南政发2024年3号", True),
    ("文号：桐政办发2024-31号", True),
    ("桐政函2024年15号　　　签发人：刘建国", True),
    ("签发人：刘建国　　南政办函2024年12号", True), ("（南政发2024年3号）", True),
    ("根据南政发2024年3号文件精神", False),
    ("2024年第3号", False),
    # a publication permit's number on the cover or in the colophon is no 发文字号
    ("湘内资准字（2024）第0123号", False), ("湘新出内资准字〔2024〕第12号", False),
    ("准印证号：湘内资准字（2024）第0123号", False),
])
def test_doc_number_line(text, expected):
    assert p.is_doc_number_line(fold(text)) is expected


@pytest.mark.parametrize("text,expected", [
    ("PJDR—2023—01004", True), ("XYDR-2024-01002", True), ("ZZYXDR—2023—01001", True),
    ("（联系人：刘铁辉，联系电话：13974021191）。XYDR-", False), ("QYDR", False),
    ("备案号：ZJBC06-2024-0012", True),  # as Zhejiang labels it (probe review 4)
    ("规范性文件统一登记号：HFDR-2024-00002", True), ("统一登记号：HFDR-2024-01003", True),
    ("统一登记号：", False), ("统一登记号：无", False),
])
def test_registration_line(text, expected):
    assert p.is_registration_line(fold(text)) is expected


@pytest.mark.parametrize("text,expected", [
    ("各乡镇人民政府（街道办事处），平江高新区，县直各单位：", True),
    ("各镇人民政府、街道办事处，市直有关单位：", True),
    ("市直有关单位，中央、省、永州市驻祁有关单位：", True),
    ("各乡镇党委、乡镇人民政府，文星街道党工委、文星街道办事处，县直及驻县各单位：", True),
    ("县人民政府决定：", False),  # opens the body of an appointment notice
    ("平江高新区管委会：", True),
    ("岳阳市人民政府：", True),
    ("为切实做好今年防汛工作，现将有关事项通知如下：", False),
    ("建筑垃圾处理方案应当包括以下内容：", False),
    ("附件：平江县海绵城市建设部门单位责任分工", False),
    ("现就 2024 年油茶采摘秩序的有关事项通告如下：", False),
    # one people's organisation by its short name, or its office (probe review 3)
    ("县政协：", True), ("县妇联：", True), ("县工商联：", True), ("县科协：", True), ("县政协办公室：", True),
    ("主要任务和责任分工如下：", False), ("联系人：张三", False),
    ("李明代表：", True), ("王红委员：", True),  # the deputy a reply to a suggestion answers
    # units of pastoral and border regions, and the governments a reply names (probe review 4)
    ("宝日陶亥苏木：", True), ("巴音宝力格嘎查：", True), ("伊金霍洛旗：", True), ("兴安盟行政公署：", True),
    ("锡林郭勒盟行署：", True), ("红旗林场：", True), ("伊犁哈萨克自治州：", True),
    ("具体时间安排如下：", False), ("分会场：", False), ("点城市为宁波市：", False),
    ("解读机关：", False), ("解读单位：", False), ("解读部门：", False),  # an interpretation's labels
    # a speech's salutation to those present, as 同志们：is (a work report's 各位代表：)
    ("各位代表：", False), ("各位委员、同志们：", False), ("各位来宾：", False), ("同志们：", False),
    # a report's salutation to a standing committee's meeting, persons by their offices (a probe of whole
    # gazettes); a deputy or member a reply answers, the committee's bodies are addressees
    ("主任、各位副主任、秘书长、各位委员：", False), ("主任、副主任、秘书长、各位委员：", False),
    ("李明代表：", True), ("王红委员：", True), ("县人大常委会各工作委员会：", True),
    # opening with 尊敬的: a work report's salutation (no 主送), a reply's deputy (its 主送)
    ("尊敬的各位代表：", False), ("尊敬的主任、各位副主任、秘书长、各位委员：", False), ("尊敬的各位来宾：", False),
    ("尊敬的赵春梅代表：", True), ("尊敬的王红委员：", True),
    # a democratic party's county branch a reply to its 提案 answers
    ("农工党青溪县总支：", True), ("民革青溪县支部：", True), ("九三学社青溪县支社：", True),
])
def test_recipients(text, expected):
    assert p.is_recipients(fold(text)) is expected


@pytest.mark.parametrize("text,names", [
    ("主送：巴彦淖尔市人民政府", "巴彦淖尔市人民政府"),
    ("主送机关：市人民政府办公室。", "市人民政府办公室"),
    ("主送：各位代表请于会后提交意见。", None),  # a sentence, not names
    ("主要任务：加强组织领导", None),
])
def test_labelled_recipients(text, names):
    assert p.labelled_recipients(fold(text)) == names


@pytest.mark.parametrize("text,expected", [
    ("2023年7月28日印发", ("", "2023年7月28日")),
    ("2023 年 10 月 11 日印发", ("", "2023年10月11日")),
    ("平江县人民政府办公室 2023年7月28日印发", ("平江县人民政府办公室", "2023年7月28日")),
    ("2023年7月28日", None),
    ("编印：资溪县人民政府办公室　2024年3月6日印发", ("资溪县人民政府办公室", "2024年3月6日")),  # under a label
    # the day first, or the organ and the day under the label 印发 (probe review 4)
    ("2024年4月10日印发　　　　达拉特旗人民政府办公室", ("达拉特旗人民政府办公室", "2024年4月10日")),
    ("印发：达拉特旗人民政府办公室　　2024年4月25日", ("达拉特旗人民政府办公室", "2024年4月25日")),
    ("2024年4月10日印发的通知要求各单位", None), ("印发：各乡镇人民政府", None),
    # the day first and 印发 after the organ; not a sentence (its day and the organ's words), nor the month alone
    ("2024年8月2日　　南浦县人民政府办公室印发", ("南浦县人民政府办公室", "2024年8月2日")),
    ("二〇二四年八月二日　南浦县人民政府办公室印发", ("南浦县人民政府办公室", "2024年8月2日")),
    ("2024年8月2日经县人民政府同意，由县人民政府办公室印发", None), ("2024年8月　南浦县人民政府办公室印发", None),
    # the organ and the day as two labelled fields; not one field alone, nor the day first
    ("印发机关：桐溪县人民政府办公室　　印发日期：2024年2月1日", ("桐溪县人民政府办公室", "2024年2月1日")),
    ("印发单位：桐溪县人民政府办公室　印发时间：二〇二四年二月六日", ("桐溪县人民政府办公室", "2024年2月6日")),
    ("印发机关：桐溪县人民政府办公室", None), ("印发机关：桐溪县人民政府办公室　　印发日期：2024年2月", None),
    # 曰 for the day's 日, as OCR reads it (probe of the eighth session), in each form; not 曰 after a month
    ("青溪县人民政府办公室　　2024年8月27曰印发", ("青溪县人民政府办公室", "2024年8月27曰")),
    ("青溪县人民政府办公室　二〇二四年八月二十七曰印发", ("青溪县人民政府办公室", "2024年8月27日")),
    ("2024年9月3曰印发　青溪县人民政府办公室", ("青溪县人民政府办公室", "2024年9月3曰")),
    ("2024年8月曰印发", None),
    # the day in figures, as a web page's copy prints it (probe of the tenth session), in each form;
    # not figures that are no day (a section's number 2.5.1, a span 2024-2025)
    ("松岭县人民政府办公室　　　　2024.5.21印发", ("松岭县人民政府办公室", "2024年5月21日")),
    ("印发机关：松岭县人民政府办公室　　印发日期：2024-05-28", ("松岭县人民政府办公室", "2024年5月28日")),
    ("2024/5/21印发　松岭县人民政府办公室", ("松岭县人民政府办公室", "2024年5月21日")),
    ("印发：松岭县人民政府办公室　2024-05-21", ("松岭县人民政府办公室", "2024年5月21日")),
    ("松岭县人民政府办公室　2024.5.2.1印发", None), ("松岭县人民政府办公室　2024-2025印发", None),
    ("按照2024.5.21印发的方案执行", None),
])
def test_imprint(text, expected):
    assert imprint(fold(text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("二〇二三年三月十五日", True), ("二○二三年三月十六日", True), ("2023 年 12 月 10 日", True),
    ("二〇二三年第二期", False), ("三月十五日", False),
    # zeros and 日 as extraction and OCR give them: a Latin O, a digit 0, 曰
    ("二O二四年三月十二日", True), ("二0二四年三月十二日", True), ("2024年3月12曰", True),
    ("0000年3月12日", False),
    # letters OCR reads for digits
    ("2024年2月1O日", True), ("2O24年4月15日", True), ("2024年3月l5日", True), ("lOOO年l月l日", False),
    # in figures alone, as web pages and some printers give the 成文日期 (one separator, twice)
    ("2024.4.18", True), ("2024-04-18", True), ("2024/4/18", True), ("２０２４．４．１８", True),
    ("2024.4.18（此件公开发布）", True), ("2024.4-18", False), ("2024.4", False), ("12.4.18", False),
    ("2024.4.18起", False), ("3024.4.18", False),
    # the seal's mark after the date, as OCR leaves it or a copy prints the word; not after a month,
    # nor a form's blank date
    ("2024年6月3日（印）", True), ("2024年6月3日（盖章）", True), ("二〇二四年六月三日（公章）", True),
    ("2024年6月（盖章）", False), ("年　月　日（盖章）", False), ("2024年6月3日盖章", False),
    # the contact a web page's copy runs onto the date's line, after the publication note or alone
    # (probe of the tenth session); not a contact after a month, nor a sentence in brackets
    ("2024年3月6日（联系人：李明，电话：0731-12345678）", True),
    ("2024年3月9日（此件公开发布）（联系人：王敏，联系电话：0731-87654321）", True),
    ("2024年3月9日（此件公开发布。联系人：王敏，联系电话：0731-87654321）", True),
    ("2024年3月（联系人：李明，电话：0731-12345678）", False), ("2024年3月6日（联系人另行通知）", False),
])
def test_date_line(text, expected):
    assert p.is_date_line(fold(text)) is expected


def test_imprint_in_chinese_numerals():
    assert imprint(fold("平江县人民政府办公室　　二○二三年三月十六日印发")) == ("平江县人民政府办公室", "2023年3月16日")


@pytest.mark.parametrize("text,expected", [
    ("规范性文件登记号：PJDR—2023—01010", True), ("登记号：XYDR-2024-01002", True), ("PJDR", False),
    # in brackets with the label inside them (probe review hO)
    ("（规范性文件登记号：NPDR－2024－01002）", True), ("〔登记编号：TXDR-2024-02005〕", True),
    ("（规范性文件登记号由县司法局统一编制）", False), ("（登记号：见附件）", False),
    # the label naming the region that registers, or the number 统一
    ("松岭县规范性文件登记号：SLDR-2024-02001", True), ("湖南省规范性文件统一登记号：NPDR-2024-01001", True),
    ("统一登记号：NPDR-2024-01001", True), ("本办法的县规范性文件登记号为SLDR-2024-01002", False),
    ("松岭县规范性文件登记号：待定", False),
    # the paper named 行政规范性文件, the number 登记编号, 备案号 or 备案登记号 (probe of the tenth session);
    # not 编号 alone, nor a label before other words
    ("行政规范性文件登记号：SLDR-2024-01001", True), ("行政规范性文件统一编号：ZJSP01-2024-0002", True),
    ("规范性文件登记编号：SLDR-2024-01003", True), ("规范性文件备案号：SLDR-2024-01004", True),
    ("备案登记号：SLDR-2024-01005", True), ("湖南省行政规范性文件统一登记号：HNPR-2024-01001", True),
    ("编号：SLDR-2024-01006", False), ("行政规范性文件登记号：待定", False),
])
def test_labelled_registration(text, expected):
    assert p.is_registration_line(fold(text)) is expected


@pytest.mark.parametrize("text,expected", [
    ("文号：平政办发〔2023〕11号", True), ("平政发〔2023〕16号　　签发人：李四、王五", True),
    ("青政发〔2024〕17号          签发人：周建国  王建华", True),  # two signers set apart by spaces
    ("平政办发(2023)第10号", True), ("签发人：李四", False),
    # the 签发人 printed before the number (an upward document's header), one signer or several
    ("签发人：王立新　　清政发〔2024〕16号", True), ("签发人：王立新、刘芳\t清政发〔2024〕17号", True),
    ("签发人：王立新　　2024年6月3日", False), ("签发人：王立新同志负责清政发〔2024〕16号文件的落实", False),
    # a mark or two OCR left beside the number; not a word
    ("青政办发〔2024〕9号 '", True), ("· 青政办发〔2024〕9号", True), ("青政办发〔2024〕9号 l", True),
    ("青政办发〔2024〕9号。", True), ("青政办发〔2024〕9号文", False), ("青政办发〔2024〕9号。特此", False),
    # the 签发人's colon lost, a gap in its place (probe of the tenth session), after the number or before it
    ("松政报〔2024〕1号　　　　签发人　王立新", True), ("签发人　王立新　　　　松政报〔2024〕2号", True),
    ("松政报〔2024〕5号　　签发人 王立新、李强", True), ("签发人　王立新", False),
])
def test_labelled_doc_number(text, expected):
    assert p.is_doc_number_line(fold(text)) is expected


@pytest.mark.parametrize("text,expected", [
    ("签发人：李四、王五", True), ("签发人：周建国  王建华", True),
    # the colon lost, a gap in its place (probe of the tenth session); not a form's field
    ("签发人　王立新", True), ("签发人 王立新　李强", True), ("签发人签字", False), ("签发人意见", False),
    ("签发人：", False),
    # a word going on from 签发人 (a sentence or a heading of the body): no signer; a name is
    ("签发人员名单", False), ("签发人应当对文件内容负责", False), ("签发人的职责", False),
    ("签发人对文件负责", False), ("签发人须为单位主要负责人", False), ("签发人是单位负责人", False),
    ("签发人王立新", True), ("签发人　应勇", True), ("签发人：王立新", True),
    # a longer word made with 签发人 (a list's or a rule's heading: twelfth session), no name after it
    ("签发人名单", False), ("签发人名册", False), ("签发人制度", False), ("签发人分工情况", False),
    ("签发人　信建国", True), ("签发人：名单", True),  # (a name opening with 信; after the colon, what it names)
    # a reply's class before it, its number on the line above (fourteenth session's review)
    ("A类　签发人：陈立新", True), ("（B类）　签发人：李卫国", True), ("A类", False), ("D类　签发人：陈立新", False),
    ("签发人：周建华　A类", True), ("签发人：周建华（C类）", True),
])
def test_signer_line(text, expected):
    assert p.is_signer_line(fold(text)) is expected


# Fields of a portal's document page copied as a row of cells: (line as printed, the fields
# read, whether it carries the 发文字号).
PORTAL_ROWS = [
    ("索引号\t431626000/2023-00123\t分类\t综合政务", [("索引号", "431626000/2023-00123"), ("分类", "综合政务")],
     False),
    ("文号\t平政办发〔2023〕10号\t发布日期\t2023-06-05", [("文号", "平政办发〔2023〕10号"), ("发布日期", "2023-06-05")],
     True),
    ("发文字号\t平政发〔2023〕5号", [("发文字号", "平政发〔2023〕5号")], True),
    ("发布机构：平江县人民政府    文号：平政发〔2023〕5号", [("发布机构", "平江县人民政府"), ("文号", "平政发〔2023〕5号")],
     True),
    ("分类\t\t发文字号\t无", [("分类", ""), ("发文字号", "无")], False),
    ("成文日期：2023年06月02日　　发布日期：2023年06月05日",
     [("成文日期", "2023年06月02日"), ("发布日期", "2023年06月05日")], False),
    # not a row of fields: a table's header, a table row, a line without cells, a label alone
    ("文号\t标题\t状态", None, False), ("序号\t文号\t标题", None, False), ("文号：平政办发〔2023〕10号", None, True),
    ("1\t平政发〔2023〕5号\t继续有效", None, False), ("标题\t", None, False),
    ("| 发文字号 | 云政发〔2024〕9号 | 发布日期 | 2024年05月28日 |",
     [("发文字号", "云政发〔2024〕9号"), ("发布日期", "2024年05月28日")], True),  # a Markdown table's row
    ("| --- | --- | --- | --- |", None, False), ("| 序号 | 文号 | 标题 |", None, False),
    # the number without the brackets around its year, in a row or alone after its label; not a
    # year and a number after no 机关代字
    ("索引号：431100-2024-00013　　发文字号：南政办函 2024 12号",
     [("索引号", "431100-2024-00013"), ("发文字号", "南政办函 2024 12号")], True),
    ("文号：南政发2024年3号", None, True),
    ("索引号：431100-2024-00013　　发文字号：县政府2024年3号",
     [("索引号", "431100-2024-00013"), ("发文字号", "县政府2024年3号")], False),
    # each label with its colon in a cell, its value in the next; labels set apart letter by
    # letter (cut in two at a wide gap: 文　　号); an empty field's label beside the next label
    ("发布日期：\t2024-04-12\t文　　号：\t广政规〔2024〕1号", [("发布日期", "2024-04-12"), ("文号", "广政规〔2024〕1号")],
     True),
    ("索 引 号：\t11532627MB1A23456K/2024-00045\t主题分类：\t国土资源、能源",
     [("索引号", "11532627MB1A23456K/2024-00045"), ("主题分类", "国土资源、能源")], False),
    ("有 效 性：\t有效\t统一编号：\tYNWS00-2024-0001", [("有效性", "有效"), ("统一编号", "YNWS00-2024-0001")], False),
    ("主题分类：\t发文字号：\t广政规〔2024〕1号", [("主题分类", ""), ("发文字号", "广政规〔2024〕1号")], True),
    ("文　　号\t标　　题\t状态", None, False),  # (a table's header, its titles set apart)
    ("文件编号\t东政发〔2024〕8号\t有效期\t5年", [("文件编号", "东政发〔2024〕8号"), ("有效期", "5年")], True),
]


@pytest.mark.parametrize("text,registration", [
    ("有 效 性：\t有效\t统一编号：\tYNWS00-2024-0001", True), ("登记号\tSLDR-2024-01002\t有效性\t有效", True),
    ("规范性文件统一编号：ZJAC07-2024-0005　　有效性：有效", True),
    ("有 效 性：\t有效\t统一编号：\t无", False), ("索引号\t431626000/2023-00123\t分类\t综合政务", False),
    ("统一编号：YNWS00-2024-0001", False),  # (a field alone on its line: is_registration_line's)
])
def test_portal_registration(text, registration):
    assert portal.is_portal_registration(text) is registration


@pytest.mark.parametrize("text,fields,number", PORTAL_ROWS)
def test_portal_row(text, fields, number):
    assert portal.portal_row(text) == fields
    assert portal.is_portal_number(fold(text), text) is number


@pytest.mark.parametrize("text,label,number_label", [
    ("索引号：", True, False), ("发文字号", True, True), ("文号：", True, True), ("时　　效：", True, False),
    ("发文字号：云政发〔2024〕9号", False, False), ("索引号码", False, False), ("云溪县人民政府", False, False),
    ("主 题 词：", True, False), ("关键词", True, False),  # labels a portal may leave empty
])
def test_portal_label_alone(text, label, number_label):
    assert portal.is_portal_label(fold(text)) is label
    assert portal.is_portal_number_label(fold(text)) is number_label


@pytest.mark.parametrize("text,fields", [
    # what a portal's news page prints under a title: how many fields
    ("时间：2024-06-01　　来源：县政府办", 2), ("日期：2024-06-01 浏览次数：1057", 2),
    ("作者：县政府办 发布时间：2024-06-01", 2), ("【发布时间：2024-06-01】【来源：县政府办】", 2),
    ("[2024-06-01] 来源：县政府办", 2), ("2024-06-01 来源：县政府办", 2), ("浏览次数：1057", 1),
    ("阅读量：1.2万", 1), ("责任编辑：张三", 1), ("编辑：张三　审核：李四", 2),
    ("时间：2024-06-03　来源：本站　作者：县政府办　浏览量：2,481", 4),  # (浏览量 counted too)
    # a meeting's time and place (a 纪要's first lines), a date alone, a document's own fields
    ("时间：2024年6月1日上午9时", 0), ("时间：上午9时　地点：县政府三楼会议室", 0), ("2024-06-01", 0),
    ("地点：县政府常务会议室", 0), ("发文字号：云政发〔2024〕9号", 0),
    # one a line: the author, the count of readers, the day alone after 时间
    ("作者：县政府办", 1), ("阅读：326", 1), ("时间：2023-06-08", 1),
    ("时间：2023年06月08日", 0),  # a meeting's too: a web page's only beside other fields (headerspan)
    ("阅读：《条例》第三章", 0),
])
def test_web_page_fields(text, fields):
    assert portal.web_info_fields(fold(text)) == fields


@pytest.mark.parametrize("lines,count", [
    (["来源：县政府办公室　　发布时间：2024-03-20　　浏览次数：311"], 3),  # one line, three fields
    (["来源：县政府办公室　发布时间：2024-03-22"], 2),
    # the time of day after the day, its colons no label's
    (["发布时间：2024-07-01 16:20　来源：县自然资源局　浏览次数：889"], 3),
    (["时间：2024-07-03 09:15:42　来源：县林业和草原局"], 2),
    (["会议时间：2024年7月5日 16:20　地点：县政府三楼会议室"], 0),  # a meeting's, in a body
    # other sites' spellings: 浏览量, 点击量, 信息来源, the day in words with its time
    (["日期：2024-06-13　浏览量：1,286"], 2), (["文章来源：县市场监督管理局　点击量：88"], 2),
    (["发布时间：2024年6月21日 17:30　信息来源：县住房和城乡建设局"], 2),
    (["时间：2024年7月5日　地点：县政府三楼会议室"], 0),  # a meeting's
    (["来源：县政府办公室"], 1),  # a lone 来源： (a table's or a note's as often)
    (["索引号：431627000/2024-00041", "来源：县政府办公室"], 2),
])
def test_fields_under_a_title_count_each_field_of_a_line(lines, count):
    from generator.portalfields import fields_under
    from generator.model import Line
    content = [Line(no=i + 1, text=t, key=fold(t)) for i, t in enumerate(lines)]
    assert fields_under(content, 0) == count


@pytest.mark.parametrize("text,info", [
    ("发布时间：2024-07-03 09:15　信息来源：县政府办", True),
    ("来源：县应急管理局　发布时间：2024年7月5日", True),
    ("时间：2024-07-03　来源：县政府办公室　浏览次数：311", True),
    # near misses: one field, a day alone, a meeting's time and place
    ("发布时间：2024-07-03 09:15", False), ("2024-07-03 09:15", False), ("来源：县政府办", False),
    ("会议时间：2024年7月5日　地点：县政府三楼会议室", False),
])
def test_a_news_pages_info_line(text, info):
    assert portal.news_info_line(fold(text)) is info


@pytest.mark.parametrize("text,field", [
    ("索引号：431627000/2024-00041", True), ("时效：有效", True), ("来源：县财政局", True),
    # the 登记号 as a field among the others, with its number or none
    ("登 记 号：SLDR-2024-01002", True), ("登记号：无", True),
    # labels of a 行政规范性文件's page in other provinces: its term, its file number, its unified number
    ("有效期：2024-06-13至2029-06-12", True), ("文件编号：东政发〔2024〕8号", True), ("统一编号：ZJAC07-2024-0006", True),
    ("规范性文件统一编号：ZJAC07-2024-0005", True), ("施行日期：2024-06-20", True),
    # other provinces' portals' spellings
    ("信息索引号：11510823MB0X12345A/2024-00041", True), ("发布单位：青川县人民政府", True), ("成文时间：2024-04-18", True),
    ("时效性：有效", True), ("文件状态：现行有效", True), ("效力级别：县级规范性文件", True), ("所属主题：其他", True),
    # labels a document's own text uses: an older document's 主题词, a table's 名称 and 责任部门
    ("主题词：交通　公路　养护　通知", False), ("名称：云溪县鑫达建材有限公司", False), ("责任部门：县公安局", False),
])
def test_portal_field(text, field):
    assert portal.is_portal_field(fold(text)) is field


def test_portal_number_on_its_own_line():
    assert portal.is_portal_number(fold("发文字号：平政办发〔2023〕10号"))
    assert not portal.is_portal_number(fold("发布机构：平江县人民政府"))


@pytest.mark.parametrize("text,expected", [
    ("湘阴县人民政府办公室", True), ("中共湘阴县委办公室 湘阴县人民政府办公室", True),
    ("攸县人民政府办公室", True), ("祁阳市人民政府", True),
    ("平江县海绵城市建设部门单位责任分工", False), ("县人民政府决定：", False),
    ("县人民检察院。", False),
    # people's organisations and offices by their short names, a bank's branch
    ("县妇联", True), ("县残联", True), ("县科协", True), ("县工商联", True), ("县总工会", True),
    ("县红十字会", True), ("县政协", True), ("县委编办", True), ("县政府办", True), ("中国人民银行攸县支行", True),
    ("县妇联 县残联", True), ("县委党校", True), ("攸县职业中专学校", True),
    # near misses: events and verbs that end as an organ's short name does not
    ("县第二届运动会", False), ("督办", False), ("县妇联组织开展", False),
    # an office by its short name (the level, a noun, 办), and 办 as a verb or opening a word
    ("县扶贫办", True), ("县信访办", True), ("县综治办", True), ("青溪县防汛抗旱办", True), ("县委农办", True),
    ("县督查办", True), ("县乡村振兴办", True), ("市金融办", True), ("县政府金融办", True), ("县扶贫办 县财政局", True),
    ("县督办", False), ("县承办", False), ("县举办", False), ("县里督办", False), ("县长交办", False),
    ("县纪委查办", False), ("县政府督办", False), ("县委主办", False), ("县防汛办督办", False), ("全县通办", False),
    ("县里马上就办", False), ("一网通办", False), ("县安委会办", False), ("县城市绿化管理办法", False),
    # offices of inspection and research, headquarters and committees, cooperatives by their short names
    ("县委县政府督查室", True), ("县委政策研究室", True), ("县防指", True), ("县森防指", True), ("县安委会", True),
    ("县供销社", True), ("县农村信用联社", True), ("县会议室", False), ("县防指文件", False), ("城关街道", False),
    # the task done by a body, a group or in a manner named before the verb; a noun of two words stays an office's
    ("县人大督办", False), ("县政协督办", False), ("县领导督办", False), ("县有关部门督办", False), ("县直单位主办", False),
    ("县乡两级联办", False), ("县妇联主办", False), ("县总工会主办", False), ("县四套班子督办", False),
    ("全县统一督办", False), ("县长亲自督办", False), ("县镇两级联合督办", False), ("县工商联协办", False),
    ("县城乡统筹办", True), ("县双创办", True), ("县文明创建办", True), ("县两办", True),
])
def test_org_only(text, expected):
    assert p.is_org_only(fold(text)) is expected


@pytest.mark.parametrize("text,expected", [
    ("县扶贫办关于做好2024年到户产业补助资金发放工作的通知", True), ("关于印发实施方案的通知", True),
    ("县扶贫办、县财政局关于下达衔接资金的通知", True), ("县人民政府办公室印发《…》", True),
    # a body line of many organs, with or without a verb after a comma: no title, and found so at once
    ("县扶贫办县信访办县综治办县委农办县督查办县乡村振兴办县金融办县发改局县财政局配合做好有关工作", False),
    ("县扶贫办牵头，县信访办县综治办县委农办县督查办县金融办配合，做好关于帮扶的各项工作", False),
    ("县扶贫办" * 15, False),
])
def test_title_start(text, expected, monkeypatch):
    """Asked of every line: a line that opens no title is found so without the organs' pattern,
    which tries its organs every way over a line of many (counted, not timed)."""
    asked = []
    pattern = p._TITLE_START

    class Counted:
        def match(self, key):
            asked.append(key)
            return pattern.match(key)

    monkeypatch.setattr(p, "_TITLE_START", Counted())
    assert p.title_start(fold(text)) is expected
    assert len(asked) == (1 if expected else 0)


@pytest.mark.parametrize("text,expected", [
    ("(此件主动公开)", True), ("（此件公开发布）", True), ("（责任单位：县住建局、财政局）", False),
    # the document named 本文件; the publicity's words without brackets
    ("（本文件公开发布）", True), ("（本文件主动公开，有删减）", True), ("此件主动公开", True), ("本件公开发布。", True),
    # near misses: 本文件's other notes (the 登记号's), a sentence opening with 此件
    ("（本文件登记号：WCDR-2024-01003）", False), ("（本文件自印发之日起施行）", False),
    ("此件由县应急管理局负责解释。", False), ("此件主动公开后请各单位认真执行。", False),
])
def test_note(text, expected):
    assert notelines.is_note(fold(text)) is expected


@pytest.mark.parametrize("text,expected", [
    ("信息公开选项：主动公开", True), ("公开属性：依申请公开", True), ("信息公开选项：主动公开本通知", False),
    ("公开方式：主动公开", True), ("（信息公开形式：主动公开）", True), ("公开方式：主动公开，接受社会监督", False),
    # the document named before the label; the publicity's other words
    ("（本文件公开属性：主动公开）", True), ("本文件公开方式：依申请公开", True), ("公开方式：删减后公开", True),
    ("（本文件公开属性：主动公开，请各单位认真执行）", False), ("本文件公开方式：由县政府办公室确定", False),
])
def test_publicity(text, expected):
    assert notelines.is_publicity(fold(text)) is expected


@pytest.mark.parametrize("text,expected", [
    ("（联系人：李华，电话：0851-23456700）", True), ("(联系人:王敏;联系电话:23456789)", True),
    ("（联系单位：县教育局）", True), ("（联系人：王敏）", True),
    ("联系人：王敏　　联系电话：0851-23456789", False),  # a body's contact line, no brackets
    ("（联系人：李华，电话：0851-23456700）请于6月25日前报送。", False),
    ("（联系群众）", False),
    # the publicity and the contact in one pair of brackets
    ("（此件公开发布。联系人：王敏，联系电话：0851-23456789）", True), ("（此件主动公开，联系人：王敏）", True),
    ("（此件公开发布）", False),  # the publicity alone: is_note's
    ("（此件请于6月25日前报送县政府办公室，逾期不候。联系人：王敏）", False),  # a sentence before it
])
def test_contact_note(text, expected):
    assert notelines.is_contact_note(fold(text)) is expected


@pytest.mark.parametrize("text,expected", [
    ("联系人：张　丽　　联系电话：0745-2345678", True), ("联系人：李强，电话：13907451234", True),
    ("联系人：李强；手机：13907451234", True), ("联系人：王敏　　联系电话：0851-23456789/23456790", True),
    # more than a person and a number: an e-mail beside them, a sentence after them, an office
    # for a person, the contact in brackets (is_contact_note's)
    ("联系人：张丽　　联系电话：0745-2345678　　电子邮箱：slzfb@163.com", False),
    ("联系人：张丽，联系电话：0745-2345678。请各单位按时报送。", False),
    ("联系人：县政府办公室综合股，联系电话：0745-2345678", False),
    ("（联系人：李华，电话：0851-23456700）", False), ("联系人：张丽", False),
])
def test_contact_line(text, expected):
    assert notelines.is_contact_line(fold(text)) is expected


@pytest.mark.parametrize("text,expected", [
    ("抄送：市应急管理局，县委办。", True), ("抄报：市人民政府。", True), ("分送：各乡镇。", True),
    # the label naming what it lists
    ("抄送单位：市应急管理局，县委办。", True), ("抄送机关：县委办。", True), ("抄报单位：市人力资源和社会保障局。", True),
    ("抄发：各乡镇人民政府，县直各单位。", True),  # (to the units below, as older documents print it)
    # near misses: the words inside a sentence, a label of something else
    ("请各单位将值班安排抄送单位：县应急管理局。", False), ("抄送范围由县政府办公室确定。", False),
])
def test_cc_line(text, expected):
    assert notelines.is_cc(fold(text)) is expected


@pytest.mark.parametrize("text,expected", [
    ("主题词：安全生产　春节　通知", True), ("主题词：农业　春耕生产　通知", True), ("主 题 词：林业　会议　批复", True),
    # near misses: the label alone (a portal's empty field), a sentence opening with the word, the
    # word inside a sentence
    ("主题词：", False), ("主题词：围绕乡村振兴，开展主题教育活动。", False), ("本次活动主题词：奋进", False),
])
def test_subject_words_line(text, expected):
    assert notelines.is_subject_words(fold(text)) is expected


def test_a_contact_line_keeps_its_fields_apart():
    assert notelines.contact_fields("　　联系人：王　敏　　联系电话：0851-23456789") == "联系人：王敏 联系电话：0851-23456789"
    assert notelines.contact_fields("（此件公开发布）") is None


@pytest.mark.parametrize("text,expected", [
    ("发布政令", True), ("# 发布政令 公开服务 指导工作 服务社会", True),
    ("关于公布规范性文件清理结果的决定", False), ("编辑：陈晶星", False), ("第 2 期", False),
])
def test_slogan(text, expected):
    assert p.is_slogan(text) is expected


@pytest.mark.parametrize("text,page", [
    ("平政办发〔2023〕7号 PJDR—2023—01004..... (1)", 1),
    ("（祁政通（2024）7 号 QYDR—2024—00009）……………（11）", 11),
    ("（湘阴政发〔2024〕11号）.....12", 12),
    ("（湘阴政办发〔2024〕22号）\t66", 66),
    ("展的若干措施》的通知.....183", 183),
    ("河长名单的通知 ………………… 第1页", 1),
    ("应急预案》的通知 …… 3-8", 3),
    ("停车管理办法》的通知（攸政办发〔2023〕2号）·····P5", 5),
    ("开展安全生产大检查的通知  /  9", 9),
    ("青溪县人民政府关于调整县城区出租车运价的通知  青政发〔2024〕2号  3", 3),  # two spaces after a 文号
    ("关于划定禁止燃放烟花爆竹区域的通告  （5）", 5),  # after a 文种
    ("关于加强农村饮水安全工作的通知……………（l5）", 15),  # OCR's letters for figures in the page
    ("关于加强农村饮水安全工作的通知……………（2O）", 20), ("关于印发工作方案的通知.....lO3", 103),
    ("关于印发森林防火工作方案的通知……………（l）", 1), ("关于印发森林防火工作方案的通知.....I", 1),  # page 1 as a letter
    ("关于加强农村饮水安全工作的通知……………（III）", None), ("关于加强农村饮水安全工作的通知……（O）", None),
    ("县长   李明   lO", None),  # letters alone are no page (but 1 as l or I)
    ("城关镇  3", None), ("完成投资  12", None),  # two spaces after other words: no leader
    ("一、发展目标", None),
    ("全年完成 3-5 个项目", None),
    ("占比 1/3", None),
    ("到 2025 年，我县建筑业实现总产值 70 亿元", None),
])
def test_toc_page(text, page):
    assert toclines.toc_page(text, fold(text)) == page


@pytest.mark.parametrize("text,expected", [
    ("第一章 总则", ("chapter", 1, "第一章")),
    ("第二十一条 本办法从 2023 年 2 月 1 日起施行。", ("article", 3, "第二十一条")),
    ("一、发展目标", ("outline", 1, "一、")),
    ("（一）加大财政扶持力度", ("outline", 2, "(一)")),
    ("(二) 加强项目建设全流程闭环管理。", ("outline", 2, "(二)")),
    ("1. **鼓励企业转型升级。**", ("outline", 3, "1.")),
    ("1、重点路段。", ("outline", 3, "1、")),
    ("（1）对县民政局认定的特困人员", ("outline", 4, "(1)")),
    ("①工业源减排措施。", ("outline", 5, "①")),
    ("4.2.1 预警级别", ("decimal", 3, "4.2.1")),
    ("1.1 编制目的", ("decimal", 2, "1.1")),
    ("2024年9月8日", None),
    ("380元/人", None),
    # the rest of a sentence cut at the wrap (probe review 4): a figure, a chapter, an article
    # or an item cited; numbers counted (一、二级…) are left a heading's
    ("3.1%，其中民生支出占比达到78.5%，比上年提高", None),
    ("12.4个百分点。", None),
    ("2.68万人", None),
    ("一、二〇二三年工作回顾", ("outline", 1, "一、")), ("一、二级公路养护", ("outline", 1, "一、")),
    ("2.2　万物互联感知体系", ("decimal", 2, "2.2")),
    ("第十条第一款的规定予以处罚；情节严重的，依照本办法", None),
    ("第四章的规定处理；具体程序按照本办法", None),
    ("第五条之规定", None),
    ("第二十条第（一）项", None), ("第二十条第(五)项", None),  # an item cited (an annual report's caption)
    ("第二十条　本办法自2024年1月1日起施行。", ("article", 3, "第二十条")),
    ("第四章　法律责任", ("chapter", 1, "第四章")),
    ("（一）项的规定处理。", None),
    ("（一）项目建设", ("outline", 2, "(一)")),
    # headings whose words open like those (false-positive review)
    ("三、一级响应", ("outline", 1, "三、")), ("五、二次供水设施改造", ("outline", 1, "五、")),
    ("第二条　第三方评估机构应当独立开展评估。", ("article", 3, "第二条")),
    ("第三章　第一节　总体要求", ("chapter", 1, "第三章")), ("（一）目的意义", ("outline", 2, "(一)")),
    ("1.1　个人信息保护", ("decimal", 2, "1.1")), ("2.3　元数据管理", ("decimal", 2, "2.3")),
    # a plan's parts over its chapters, a report's (fourteenth session): read as chapters
    ("第一篇　开启全面建设社会主义现代化新征程", ("chapter", 1, "第一篇")), ("第二部分　2024年工作安排", ("chapter", 1, "第二部分")),
    ("第一部分的规定", None),
])
def test_numbering(text, expected):
    assert numbering.numbering(fold(text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("附件", (True, None)), ("附件1", (True, 1)), ("附件 2", (True, 2)), ("## 附件 1", (True, 1)),
    ("附件一", (True, 1)), ("附件三", (True, 3)), ("附件：2024年度城乡居民医保征缴任务数", (False, None)),
    ("附件2-1", (True, 2)), ("附件2-2：", (True, 2)), ("附件一-1", (False, None)),  # the parts of attachment 2
    ("附表", (True, None)), ("附表1", (True, 1)), ("附表：征收土地明细表", (False, None)),  # a table attached
    # its number closed by a point or a 、 (tenth session): not the word alone so closed
    ("附件2．", (True, 2)), ("附件4、", (True, 4)), ("附件二、", (True, 2)), ("附件.", (False, None)), ("附件、", (False, None)),
])
def test_attachment_heading(text, expected):
    assert attachmentlines.attachment_heading(fold(text)) == expected


@pytest.mark.parametrize("text,number", [("二十一", 21), ("十", 10), ("三十三", 33), ("一百零五", 105),
                                         ("12", 12), ("甲", None)])
def test_cn_to_int(text, number):
    assert numbering.cn_to_int(text) == number


@pytest.mark.parametrize("text,doc_type", [
    ("平江县人民政府办公室关于印发《办法》的通知", "通知"),
    ("祁阳市人民政府关于公布2024年规范性文件清理结果的决定", "决定"),
    ("关于表彰2024年度见义勇为先进个人的通报", "通报"),
    ("祁阳市人民政府森林防火封山令", "令"),
    ("湘阴县重污染天气应急预案", None),
    # a year in brackets after the 文种 (probe session 9): the title's, no page
    ("青溪县人民政府关于印发青溪县重点项目投资计划的通知（2024）", "通知"),
    ("青溪县人民政府关于表彰安全生产先进单位的决定〔2024〕", "决定"),
    ("青溪县人民政府办公室关于公布权责清单的通知（2024年度）", "通知"),
    ("青溪县人民政府关于印发青溪县重点项目投资计划的通知（24）", None),  # a page, no year
    ("青溪县人民政府关于印发青溪县重点项目投资计划的通知（3024）", None),
])
def test_doc_type(text, doc_type):
    assert p.doc_type_of(fold(text)) == doc_type


@pytest.mark.parametrize("text,mark", [
    ("平江县人民政府公报　　2023年第15期", True),   # odd pages
    ("2024年第3期　　永兴县人民政府公报", True),     # even pages: year and number first
    ("永兴县人民政府公报·2024年第3期", True),
    ("【字体：大 中 小】　【打印本页】　【关闭窗口】", True),  # a web page's buttons
    ("【打印本页】", True), ("扫一扫在手机打开当前页", True), ("分享到：", True),
    ("上一篇：资兴市人民政府关于加强城市绿化管理的通知", True), ("字号：大 中 小", True),
    ("首页 > 政务公开 > 政府文件", True), ("版权所有：江华瑶族自治县人民政府办公室　湘ICP备05000000号", True),
    ("首页", False),
    ("【县政府文件】", False),                       # a section heading
    ("临武县第五次全国经济普查主要数据公报", False),   # a document's title, not the issue's name
    ("深圳市政府公报", True), ("成都市武侯区政报", True),
    ("2024年第3期全县工作要点", False),
    # heads with the cumulative number, a month, a dotted number, the number alone, the page
    # number on the same line, a bullet, OCR's O for 0
    ("青溪县人民政府公报 2024年第2期（总第38期）", True), ("2024年第2期（总第38期）　　青溪县人民政府公报", True),
    ("青溪县人民政府公报　　2024 年 第 2 期　　(总第 38 期)", True), ("青溪县人民政府公报 2024年第2期 总第38期", True),
    ("青溪县人民政府公报2024·2", True), ("青溪县人民政府公报　　2024年3月", True), ("青溪县人民政府公报　　第2期", True),
    ("12　　青溪县人民政府公报", True), ("— 12 —　　　　青溪县人民政府公报　　2024年第2期", True),
    ("• 青溪县人民政府公报　　2024年第2期", True), ("青溪县人民政府公报　　2O24年第2期", True),
    ("第2期", False), ("2024年3月", False), ("12　　青溪县人民政府", False),
    # page numbers between dashes as OCR reads them: 一 for the dashes, l for 1, tildes
    ("一 12 一", True), ("— l2 —", True), ("~ 12 ~", True), ("— lI —", False), ("一二一", False),
    # what else a web page prints around a document: buttons, links, trails, menus, images, footers
    ("【字体：大 中 小】【打印】【关闭】【纠错】", True), ("打印 | 关闭", True), ("打印本页　关闭窗口", True),
    ("分享到：微信 微博", True), ("扫一扫在手机上查看当前页面", True), ("字体：【大】【中】【小】", True),
    ("字号：T | T", True), ("视力保护色：", True), ("上一篇 云溪县人民政府关于加强城市绿化管理的通知", True),
    ("您当前的位置：首页 >> 政务公开 >> 县政府文件", True), ("首页 › 政务公开 › 通知公告", True),
    ("首页 » 政务公开", True), ("网站地图 | 联系我们 | 隐私声明", True),
    ("首页 | 要闻动态 | 政务公开 | 政务服务 | 互动交流", True), ("请输入关键字 搜索", True),
    ("云溪县人民政府门户网站", True), ("微信图片_20240312.jpg", True), ("点击图片查看大图", True),
    ("主办：云溪县人民政府办公室　　承办：云溪县数据资源中心", True), ("技术支持：云溪县数据资源中心", True),
    ("网站标识码：4312270001　　湘ICP备05001234号-1", True), ("您是本站第102345位访问者", True),
    ("序号|名称|数量", False), ("联系电话：0730-1234567", False), ("上一篇文章说明了问题。", False),
    ("主办单位负责组织实施。", False), ("分享", False), ("[点击查看原图]", True), ("分享：微信 微博 QQ空间", True),
    # a toolbar of several buttons on one line, in any order (probe review)
    ("【字体：大 中 小】  分享到：", True), ("分享：  微信  微博  QQ空间  【打印】", True),
    ("字号：[ 大 中 小 ]  视力保护色：  打印本页", True), ("打印", False), ("微信 微博", False),
    ("请打印后关闭窗口", False), ("关于打印分享的通知", False),
    # the page's counter of readers after its buttons (probe review hO)
    ("【字体：大 中 小】　【打印】　【关闭】　　　阅读次数：2331", True), ("【打印本页】 【关闭窗口】 浏览次数：15", True),
    ("字体：大 中 小　打印本页　（浏览：88）", True), ("阅读次数：2331", False),  # alone: a field under a title
    ("会议要求，阅读次数：3的打印材料", False), ("打印：2份", False),
    # the site's record fields in any order (probe review hO)
    ("ICP备案号：湘ICP备12345678号　　政府网站标识码：4301230001", True),
    ("湘ICP备05001234号-1　网站标识码：4312270001", True),
    ("备案号：湘ICP备05001234号，网站标识码：4312270001，请核对", False), ("相关链接：县政府网站", False),
    # the province's abbreviation masked, as a copy or a template prints it (probe review hO)
    ("ICP备案号：×ICP备12345678号　　政府网站标识码：4301230001", True),
    ("网站标识码：4301230001　＊ICP备12345678号", True),
    ("备案号：×ICP备12345678号，网站标识码：4301230001，请核对", False), ("×ICP备12345678号已注销", False),
    # what a document's own text prints that looks like a web page's furniture (a review's finds)
    ("（建立容错纠错机制）", False), ("序号|企业名称|注册资本|法定代表人", False),
    ("技术支持：县气象局负责提供火险气象等级预报，并及时发布。", False),
    ("1.县教育局网站湘ICP备05001234号-1备案信息未更新", False), ("网站标识码：4306230001 的页面打开缓慢。", False),
    ("全县各级行政机关主动公开的信息统一发布在云溪县人民政府门户网站", False),
    ("云溪县城区停车场规划布局图.jpg", False), ("首页-政务公开-政策文件", False), ("当前位置：首页 - 政务公开", True),
    ("湘公网安备43122702000123号", True), ("IMG_1234.JPG", True),
    # review 8: the page's own title with the site's section and name, the footer's 联系电话 with
    # the site's 技术支持, the heading of its links; a contact line or a title alone stays text
    ("青石县人民政府办公室关于开展燃气安全专项整治的通知_政府公报_青石县人民政府门户网站", True),
    ("关于做好防汛工作的通知_通知公告_云溪县人民政府", True),
    ("联系电话：0746-1234567　技术支持：青石县大数据中心", True), ("相关链接", True),
    ("【相关链接】", True), ("[相关链接]", True), ("（相关链接单位）", False), ("【相关链接】县政府网站", False),
    ("相关阅读", False),  # a 政策解读's own heading (a false-positive review's find)
    ("青石县人民政府办公室关于开展燃气安全专项整治的通知", False), ("联系电话：0746-1234567　联系人：张三", False),
    ("相关链接单位要按时报送材料。", False), ("附件_1_青石县人民政府", False),
    # what a copy or a converter leaves of an image alone on a line, inside a document's head too
    # (fourteenth session's probes); a word a line wraps, a cell, a heading of pictures stay text
    ("图片", True), ("image", True), ("[image]", True), ("【图像】", True), ("IMG", True),
    ("图", False), ("照片", False), ("图片新闻", False), ("图片来源：县融媒体中心", False), ("images", False),
    # the mark of a page that holds only the signature and the date
    ("（此页无正文）", True), ("(本页无正文)", True), ("此页无正文的原因", False),
    # a rule of dashes under a running head; the running head of a section, its page beside it
    ("——————————————", True), ("————", False), ("——2024年1月8日在县人代会上", False),
    ("县政府文件　　　　·5·", True), ("— 6 —      县政府办公室文件", True), ("县政府文件　　5", False),  # (a count: 县政府文件　　36, a false-positive review's find)
    ("关于清理规范性文件　　·5·", False),
    ("县政府文件", False), ("关于印发县政府文件的通知　　·5·", False),
    # the issue's running head with a page number between dots, the day of the issue or the
    # cumulative number alone (probe review 3)
    ("江永县人民政府公报　　2024年第2期　　·1·", True), ("·2·　　江永县人民政府公报", True),
    ("江永县人民政府公报\t·1·", True), ("2024年第2期　江永县人民政府公报　· 12 ·", True),
    ("南丰县人民政府公报　　　　2024年3月31日", True), ("南丰县人民政府公报（总第120期）", True),
    ("南丰县人民政府公报2024年3月31日印发的通知", False), ("江永县人民政府公报编辑部", False),
    # a combined issue's running head: both numbers, （合刊）, the cumulative numbers (probe review 6)
    ("汾川县人民政府公报　2024年第5—6期（合刊）", True), ("2024年第11～12期　临武县人民政府公报　· 7 ·", True),
    ("汾川县人民政府公报　2024年第5、6期", True), ("汾川县人民政府公报　2024年第5期（总第58—59期）", True),
    ("汾川县人民政府公报2024年第5—6期合刊出版说明", False), ("关于2024年第5—6期培训班的通知", False),
    ("县人民政府公报第5-6期培训班", False),
    # … and 合刊 without its brackets (a page-break probe of the samples)
    ("汾川县人民政府公报　2024年第5—6期合刊", True), ("— 7 —　汾川县人民政府公报　2024年第5—6期合刊", True),
    ("2024年第5—6期合刊", True), ("本期为2024年第5—6期合刊", False), ("汾川县人民政府公报合刊", False),
    # a year and both numbers, bare, are a body's line (a list of issues; a sentence cut): false-positive review
    ("2023年第1—2期", False), ("二〇二三年第十一、十二期", False), ("2024年第1—12期", False),
    ("2024年第5—6期（合刊）", True), ("2024年第5—6期（总第58—59期）", True), ("2024年第5期", True),
    # the gazette's name in book-title marks, as a page's head cites it; a sentence citing an issue, the
    # back matter's 编辑部, a contents of the year, a 统计公报 stay text
    ("《南浦县人民政府公报》2024年第2期", True), ("2024年第2期《南浦县人民政府公报》", True),
    ("— 3 —　《南浦县人民政府公报》2024年第2期（总第46期）", True),
    ("刊登于《南浦县人民政府公报》2023年第6期", False), ("《南浦县人民政府公报》编辑部", False),
    ("《横峰县人民政府公报》2024年总目录", False), ("《南浦县统计公报》2024年第2期", False),
    # the issue in brackets after the name; a sentence going on after it, the bracket left open
    ("南浦县人民政府公报（2024年第2期）", True), ("— 12 —　南浦县人民政府公报（2024年第2期）（总第46期）", True),
    ("南浦县人民政府公报（2024年第2期）刊登的", False), ("南浦县人民政府公报（2024年第2期", False),
    # the page's number in words beside the running head, after it or before it (a probe of whole gazettes);
    # (an even page's head may print the issue alone); a sentence citing the page, or going on after it, stays text
    ("南浦县人民政府公报　　2024年第2期　　第1页", True), ("第12页　南浦县人民政府公报　2024年第2期", True),
    ("南浦县人民政府公报　2024年第2期　第3页　共40页", True), ("南浦县人民政府公报 2024年第2期 第3页/共40页", True), ("《南浦县人民政府公报》2024年第2期　第3页", True),
    ("刊登于《南浦县人民政府公报》2023年第6期第3页", False), ("南浦县人民政府公报2024年第2期第3页的规定", False),
    ("2024年第2期　第3页", True), ("南浦县人民政府公报第3页至第5页", False),
    # a people's congress standing committee's gazette, its issue numbered 第N号 (a probe of whole gazettes);
    # its office, a sentence citing an issue, a 令's number without the gazette's name stay text
    ("松岭县人大常委会公报　　　　2024年第2号", True), ("·3·　松岭县人民代表大会常务委员会公报　2024年第2号（总第31号）", True),
    ("松岭县人大常委会公报（2024年第2号）", True), ("松岭县人大常委会公报编辑部", False),
    ("松岭县人大常委会公报2024年第2号刊登的决定", False), ("松岭县人民政府令　2024年第2号", False),
    # the page's number beside the running head with OCR's 一 for its dashes (probes of OCR'd pages), after it
    # or before it; a 一 on one side only, or with no figure between, or a sentence going on after it, stays text
    ("桐溪县人民政府公报 2025年第14期 一 5 一", True), ("一 6 一 桐溪县人民政府公报 2025年第14期", True),
    ("一 12 一　《桐溪县人民政府公报》2025年第14期（总第60期）", True),
    ("桐溪县人民政府公报 2025年第14期 一 5", False), ("桐溪县人民政府公报 2025年第14期一", False),
    ("桐溪县人民政府公报2025年第14期一一", False), ("桐溪县人民政府公报2025年第14期一5一的规定", False),
    # the contents' own pages in Roman figures (probe review 8); a figure alone, or a heading between dashes, stays text
    ("— Ⅰ —", True), ("·Ⅱ·", True), ("- IV -", True), ("— ii —", True), ("Ⅰ", False), ("—— 一、总则 ——", False),
    ("— Ⅰ类 —", False),
])
def test_page_marks(text, mark):
    from generator.model import Line
    from generator.furniture import is_page_mark

    assert is_page_mark(Line(1, text, fold(text))) is mark


@pytest.mark.parametrize("text,heading", [
    ("目　录", True), ("目次", True), ("本期目录", True), ("本期要目", True), ("目录 CONTENTS", True),
    ("目录（续）", False),  # the contents going on over a page: toclines.is_toc_continued
    ("县政府文件目录", False), ("关于印发《规范性文件目录》的通知", False),
    # the word in another script beside it, as a minority region prints it (probe review 4)
    ("목록　目录", True), ("目录　ᠭᠠᠷᠴᠠᠭ", True), ("དཀར་ཆག　目录", True), ("目录（목록）", True),
    ("目录 1", False),
    # as a periodical heads its contents (probe review 8); not 导读 alone, nor a guide's heading
    ("本期导读", True), ("本 期 导 读", True), ("导读", False), ("政策导读", False), ("本期导读：防汛专刊", False),
])
def test_toc_heading(text, heading):
    assert toclines.is_toc_heading(fold(text)) is heading


@pytest.mark.parametrize("text,shown,alone", [
    ("县政府文件　ناھىيەلىك ھۆكۈمەت ھۆججەتلىرى", "县政府文件", False),
    ("县政府文件　རྫོང་སྲིད་གཞུང་གི་ཡིག་ཆ།", "县政府文件", False),
    ("غۇلجا ناھىيەلىك خەلق ھۆكۈمىتىنىڭ ئۇقتۇرۇشى", "غۇلجا ناھىيەلىك خەلق ھۆكۈمىتىنىڭ ئۇقتۇرۇشى", True),
    ("伊宁县人民政府关于做好春耕生产工作的通知……1", "伊宁县人民政府关于做好春耕生产工作的通知……1", False),
    ("- [关于加强城市管理的意见](#doc2)", "- [关于加强城市管理的意见](#doc2)", False),  # ASCII: markup
    ("---", "---", False),
    # (fifteenth session: the translation before the Chinese; a translation's own figures)
    ("시정부문건　市政府文件", "市政府文件", False),
    ("연길시인민정부 2024년 봄철 산림초원 화재예방사업을 잘할데 관한 통지", "연길시인민정부 2024년 봄철 산림초원 화재예방사업을 잘할데 관한 통지", True),
    ("༢༠༢༤ལོའི་རྫོང་སྲིད་གཞུང་གི་བརྡ་ཐོ།", "༢༠༢༤ལོའི་རྫོང་སྲིད་གཞུང་གི་བརྡ་ཐོ།", True),
    ("（一）县政府文件", "（一）县政府文件", False),
    ("— 3 —", "— 3 —", False),
    ("喀什市人民政府关于加强城市供水安全管理的通知　قەشقەر ئۇقتۇرۇشى……1", "喀什市人民政府关于加强城市供水安全管理的通知……1", False),
    ("关于印发青溪县A级景区管理办法的通知……3", "关于印发青溪县A级景区管理办法的通知……3", False),
    ("\ue234\ue2a1\ue263\ue271 \ue2b4\ue2c1", "\ue234\ue2a1\ue263\ue271 \ue2b4\ue2c1", True),  # (a font's private-use letters)
    ("青政发\ue0012024\ue0027号", "青政发\ue0012024\ue0027号", False), ("\ue0a1\ue0a2", "\ue0a1\ue0a2", False),
])
def test_a_contents_line_in_another_script(text, shown, alone):
    """A translation beside a contents line is left out of it; one on a line of its own is none
    of the contents' entries (probe review 4)."""
    assert toclines.without_other_script(text) == shown
    assert toclines.is_other_script(fold(text)) is alone


@pytest.mark.parametrize("text,org,date", [
    ("平江县人民政府办公室　2023年7月28日", "平江县人民政府办公室", "2023年7月28日"),
    ("安仁县人民政府办公室　　　二〇二三年三月二十八日", "安仁县人民政府办公室", "2023年3月28日"),
    ("安仁县人民政府办公室　　2023年3月28日（此件主动公开）", "安仁县人民政府办公室", "2023年3月28日"),  # 附注 after it
    ("请于2023年7月28日", None, None),
    # 曰 for the day's 日, as OCR reads it (probe of the eighth session); not a sentence so ending
    ("青溪县人民政府　　2024年11月4曰", "青溪县人民政府", "2024年11月4曰"), ("请于2024年11月4曰", None, None),
])
def test_signed(text, org, date):
    assert p.signed(fold(text)) == ((org, date) if org else None)


@pytest.mark.parametrize("text,seal,without", [
    ("（印）", True, "(印)"), ("印", True, "印"), ("（盖章）", True, "(盖章)"),
    ("资兴市人民政府办公室（印）", False, "资兴市人民政府办公室"),
    ("郴州市北湖区人民政府　印", False, "郴州市北湖区人民政府"),
    ("县印刷厂", False, "县印刷厂"),  # not an organ and its seal
    # an office sealing for its government (probe of the ninth session): （代章） after the name or alone
    ("青溪县人民政府办公室（代章）", False, "青溪县人民政府办公室"), ("（代章）", True, "(代章)"),
    ("请各单位代章", False, "请各单位代章"),  # no organ before it
])
def test_seal_marks(text, seal, without):
    from generator.sealwords import is_seal, without_seal
    assert is_seal(fold(text)) is seal
    assert without_seal(fold(text)) == without


def test_date_without_note_or_seal():
    assert p.without_date_note(fold("2024年3月20日印")) == "2024年3月20日"
    assert p.is_date_line(fold("2024年3月20日（印）"))
    assert not p.is_date_line(fold("2024年3月20日印发"))  # the 印发 line
    assert p.is_date_line(fold("2023年11月6日　　　　2023年11月6日"))  # under each organ of a joint document
    assert p.without_date_note(fold("2023年11月6日　　2023年11月6日")) == "2023年11月6日"
    assert not p.is_date_line(fold("2023年11月6日　　2023年12月6日"))  # two days: a period, not a date


@pytest.mark.parametrize("text,issuer", [
    ("隆回县统计局", True), ("国家统计局隆回调查队", True), ("县财政局国库集中支付中心", True),
    ("平江县人民政府常务会议纪要", False),  # a 纪要's banner
    ("湘乡市发展和改革局局长赵六", False),  # a speaker's line
])
def test_issuer_line(text, issuer):
    assert p.is_issuer_line(fold(text)) is issuer


@pytest.mark.parametrize("text,doc_type", [
    ("关于调整部分行政审批事项的通知（二）", "通知"),  # a part of a series
    ("关于2023年度安全生产工作的通报——表扬先进单位", "通报"),  # a subtitle after a dash
    ("停车管理办法的通知（试行）", "通知"),
    ("关于加强耕地保护的通知（3）", None),  # a contents entry's page
    ("花垣县第五次全国经济普查公报（第一号）", "公报"), ("花垣县第五次全国经济普查公报（第12号）", "公报"),  # one of a series
    ("关于开展检查的通知——各单位要于3月底前完成自查，并报县应急局。", None),  # a sentence after the dash
    # a corrected copy's suffix (twelfth session's second probes)
    ("关于调整县防汛抗旱指挥部成员的通知（更正）", "通知"), ("关于公布2024年县级重点建设项目的通知（更正稿）", "通知"),
    ("关于公布县级重点建设项目的通知（更正说明）", None),
])
def test_doc_type_with_what_follows_it(text, doc_type):
    assert p.doc_type_of(fold(text)) == doc_type


@pytest.mark.parametrize("text, issue", [
    ("2024年", True),  # the cover's year on a line of its own
    ("2024", True),
    ("第3期", True),
    ("第3期（总第56期）", True),
    ("2024年第3期", True),
    ("二〇二四年第三期", True),  # in Chinese numerals
    ("2O24年第3期", True),  # a digit as OCR reads it
    ("（总第56期）", False),  # the cumulative number alone says no issue
    ("2024年3月", False),  # a month is a date, not the issue
    ("第3期会议纪要", False),
    ("县政府文件", False),
])
def test_issue_line(text, issue):
    from generator.furniture import is_issue_line

    assert is_issue_line(fold(text)) is issue


@pytest.mark.parametrize("text, titled", [
    ("祁阳市人民政府通告", True),  # the issuer and the 文种 alone
    ("青石县人民政府第32次常务会议纪要", True),  # the meeting's number between them
    ("平江县人民政府2024年第5次常务会议纪要", True),
    ("青石县人民政府第三十二次常务会议纪要", True),
    ("青石县人民政府", False),  # an organ alone
    ("各乡镇人民政府要认真落实", False),  # no 文种 at its end
    # minutes named by who holds the meeting (probe review 3)
    ("县长办公会议纪要", True), ("永顺县县长办公会议纪要", True), ("县政府专题会议纪要", True),
    ("根据县长办公会议纪要", False), ("会议纪要", False),
    ("双峰县人民政府办公室2024年政府工作要点", False),  # (named in a list of titles a 决定 repeals: no title)
])
def test_a_title_of_issuer_and_type(text, titled):
    assert p.issuer_type_title(fold(text)) is titled


@pytest.mark.parametrize("text,listed", [
    ("附件：1.名单", True), ("附件下载：", True),
    # the short label lists only where the attachment is printed after the date (blocks)
    ("附：县乡村振兴工作领导小组成员名单", False), ("附录：名单", False),
])
def test_attachment_list(text, listed):
    assert attachmentlines.is_attachment_list(fold(text)) is listed


@pytest.mark.parametrize("key, kind", [
    ("某县人民政府关于进一步优化营商环境的若干措施", "措施"), ("某县城市绿化管理办法(试行)", "办法"),
    # what a government publishes that is no 文种 (probe review 3)
    ("某县人民政府办公室关于县政协十二届二次会议第15号提案的答复", "答复"), ("关于2024年拟提拔任用干部的任前公示", "公示"),
    ("某县人民政府办公室关于文明祭祀的倡议书", "倡议书"), ("关于印章作废的声明", "声明"),
    ("关于2024年度县级预算公开的说明", "说明"), ("某县2024年政府工作要点", "要点"),
    ("某县人民政府关于表彰先进集体的决定", None), ("请各单位认真答复", "答复"), ("全县共有三个重点", None),
    ("某县人民政府办公室关于县长信箱来信的回复", "回复"), ("请于3日内回复", "回复"),  # (probe review 6)
    # an organ's correction of a document of its own (twelfth session's second probes)
    ("松岭县人民政府办公室关于《松岭县城乡环境卫生整治实施方案》的更正", "更正"), ("特此更正", None), ("现予更正", None),
    # a plan's outline and a charter (fourteenth session)
    ("青溪县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", "纲要"), ("青溪县农村集体经济组织示范章程", "章程"),
    # the years a plan covers after its name (fifteenth session)
    ("青溪县国土空间总体规划(2021-2035年)", "规划"), ("青溪县城区燃气专项规划(2021-2035)", "规划"),
    ("青溪县农村人居环境整治提升实施方案(2024-2026年)", "方案"), ("全县共完成投资(2021-2035年)", None), (")", None),
])
def test_the_kind_of_regulation_a_title_ends_with(key, kind):
    assert p.regulation_of(key) == kind


@pytest.mark.parametrize("text, signature", [
    ("县长　王建国", True), ("市　长：李　四", True), ("代理县长　王建国", True),
    # a minority name in parts, the autonomous county's head, the copy's (签名) (probe review 4)
    ("县长　艾尔肯·吐尼亚孜", True), ("县长：阿不都热合曼·阿不都克热木", True), ("旗长　巴特尔·那顺", True),
    ("自治县县长　王建国", True), ("自治旗旗长　王建国", True), ("区长　王建国（签名）", True),
    ("县长办公会议纪要", False),
    ("县长主持召开了全县安全生产工作会议", False), ("局长·副局长·科长·科员名单汇总表格", False),
    ("主任　阿不都·热合曼", False), ("副县长　阿不都·热合曼", False),  # members of a list (review)
    # a member's own post after the name, as a committee's list prints it (probe R3)
    ("主  任：张建国  县长", False), ("副主任：李  明  副县长", False), ("主任 张建国 县长", False),
    ("县  长    张建国", True), ("局长　刘长", True),
    ("# 县长　张建国", True), ("# 县人民政府", False), ("# ", False),  # (a converter's heading mark)
])
def test_a_head_signing_in_person(text, signature):
    assert personlines.is_person_signature(text) is signature


@pytest.mark.parametrize("text, parts", [
    ("县长  陈建国          2024年1月5日", ("县长  陈建国", "2024年1月5日")),
    ("县长：陈建国    2024年1月5日", ("县长：陈建国", "2024年1月5日")),
    ("代理县长　陈建国　二〇二四年一月五日", ("代理县长　陈建国", "二〇二四年一月五日")),
    ("平江县人民政府　2024年1月5日", None),  # an organ: signed()
    ("县长陈建国主持召开2024年1月5日", None), ("县长  陈建国", None),
    # 曰 for the day's 日, as OCR reads it (probe of the eighth session)
    ("县长　陈建国　　2024年11月25曰", ("县长　陈建国", "2024年11月25曰")), ("县长陈建国主持召开2024年1月5曰", None),
])
def test_a_head_and_the_day_on_one_line(text, parts):
    assert personlines.person_signed(text) == parts


@pytest.mark.parametrize("key, report", [
    ("汨罗市2023年国民经济和社会发展统计公报", True), ("花垣县第五次全国经济普查公报", True),
    ("湘阴县人民政府公报", False), ("湘阴县人民政府关于…的通知", False),
])
def test_a_report_a_department_issues_is_not_the_gazettes_name(key, report):
    assert p.statistical_report(key) is report


@pytest.mark.parametrize("key, number", [
    ("资府字〔2024〕12号　　　A类", True), ("资府字〔2024〕12号（B类）", True), ("资府字〔2024〕12号", True),
    ("A类", False), ("资府字〔2024〕12号等A类", False),
    ("青教函〔2024〕18号　　　　A类　　　　签发人：陈立新", True),  # (the class between the number and the signer)
])
def test_a_replys_class_beside_its_number(key, number):
    assert p.is_doc_number_line(fold(key)) is number


@pytest.mark.parametrize("key, mark", [
    ("（A类）", True), ("A类", True), ("答复类别：B类", True), ("特  急", True), ("D类", False), ("A类项目", False),
    # the 份号 and the 紧急程度 or 密级 on one line, either first
    ("000061　特急", True), ("000061 加急", True), ("000063　机密★1年　特急", True), ("机密★1年", True),
    ("特急　000065", True), ("机密★1年　000066", True), ("特急　份号：000065", True),
    ("特急　425000", False),  # six figures led by another digit: a postcode
    ("特急　1000065", False),  # seven figures
    ("特急通知000065", False),  # words, not a mark
])
def test_marks_over_or_under_a_title(key, mark):
    from generator.headerlines import is_urgency_line
    assert is_urgency_line(fold(key)) is mark


@pytest.mark.parametrize("text,heads", [
    ("首页 > 政务公开 > 政策文件 > 县政府办文件", True), ("当前位置：首页 > 政务公开 > 政府文件", True),
    ("首页 | 政务公开 | 政策文件 | 互动交流", True), ("请输入关键字", True),
    ("青石县人民政府办公室关于开展燃气安全专项整治的通知_政府公报_青石县人民政府门户网站", True),
    # what may stand under a page's text: its buttons, its links, its footer (probe review hO)
    ("【字体：大 中 小】　【打印】　【关闭】", False), ("下一篇：南浦县人民政府办公室关于开展爱国卫生月活动的通知", False),
    ("网站地图 | 联系我们 | 隐私声明", False), ("首页 | 网站地图 | 联系我们", False), ("扫一扫在手机打开当前页", False),
    ("首页-政务公开-政策文件", False), ("青禾县人民政府公报　2024年第3期", False),
])
def test_what_heads_a_web_page(text, heads):
    from generator.furniture import heads_a_web_page

    assert heads_a_web_page(fold(text)) is heads


@pytest.mark.parametrize("text,sites", [
    ("南浦县人民政府网　南浦县林业局", True), ("湖南省人民政府门户网站　www.hunan.gov.cn", True),
    ("中国政府网", True), ("https://www.gov.cn/", True),
    # what a page's links may name that is no site: titles, a sentence (probe review hO)
    ("攸县人民政府办公室关于印发《攸县城市管理办法》的通知", False), ("株洲市户外广告设置管理办法", False),
    ("请登录县人民政府门户网站查询。", False), ("县应急管理局微信公众号", False), ("", False),
])
def test_the_sites_a_page_links_to(text, sites):
    from generator.furniture import names_sites

    assert names_sites(text) is sites


def test_a_pages_links_naming_sites_after_the_text_are_furniture():
    """相关链接： over site names after the date is furniture, with them; over a title, text."""
    from generator.linekinds import line_kinds
    from generator.model import Line

    texts = ["2024年3月14日", "相关链接：", "南浦县人民政府网　南浦县林业局", "相关链接：南浦县应急管理局",
             "相关链接：", "南浦县人民政府关于进一步加强耕地保护工作的通知"]
    kinds, _ = line_kinds([Line(k + 1, t, fold(t)) for k, t in enumerate(texts)], {})
    assert kinds[1:4] == ["furniture"] * 3
    assert kinds[4] == "text" and kinds[5] != "furniture"


@pytest.mark.parametrize("text,kind", [
    ("登 记 号：SLDR-2024-01002", "registration_number"),  # a portal's field: the document's 登记号
    ("登记号：无", "metadata"),  # the field printed without one
    ("登记号：PJDR-2023-01004　文号：平政办发〔2023〕7号", "doc_number"),  # both numbers on the line
    ("索引号：11230722MB1234567X/2024-00252", "metadata"),
])
def test_portal_registration_field_kind(text, kind):
    from generator.headerlines import header_kind
    from generator.model import Line
    assert header_kind(Line(no=1, text=text, key=fold(text))) == kind


@pytest.mark.parametrize("text,expected", [
    ("（联系单位：县发展和改革局　联系电话：0739-8881234）", "（联系单位：县发展和改革局 联系电话：0739-8881234）"),
    ("（联系人：王　敏　　手机：13907391234）", "（联系人：王敏 手机：13907391234）"),
    ("（联系人：李华，联系电话：0739-8882345）", "（联系人：李华，联系电话：0739-8882345）"),
    # a gap between an organ's name and a person's: one space (two names, as printed)
    ("（联系人：县政府督查室　刘伟，电话：0739-8886666）", "（联系人：县政府督查室 刘伟，电话：0739-8886666）"),
    ("（联系人：县财政局　　国库股　王芳，电话：0739-8886666）", "（联系人：县财政局 国库股 王芳，电话：0739-8886666）"),
    # near misses: a gap inside a padded name, in a number, is squeezed
    ("（联系人：欧阳　科，电话：0739-8886666）", "（联系人：欧阳科，电话：0739-8886666）"),
    ("（联系人：县政府督查室，电话：0739-　8886666）", "（联系人：县政府督查室，电话：0739-8886666）"),
    # no contact in brackets
    ("（此件公开发布）", None), ("联系人：张丽　　联系电话：0745-2345678", None),
])
def test_contact_note_text(text, expected):
    assert notelines.contact_note_text(text) == expected


@pytest.mark.parametrize("text, shown", [
    ("县 长　张建国", "县长 张建国"),  # the post set apart to the name's width
    ("县　长　张建国", "县长 张建国"),
    ("县　　长", "县长"),  # the post alone over the name
    ("市　长：李　四", "市长：李四"),  # a colon after it, a name of two characters padded
    ("代理县长　王　健", "代理县长 王健"),
    ("县长张建国", "县长张建国"),  # printed without a space: as it is
    ("县人民政府", None),  # an organ
    ("主　任：张建国　县长", None),  # a member of a list, the post after the name
    # near misses: two names a gap parts keep it; a post the word goes on in is not cut
    ("主任　张三　李四", "主任 张三 李四"),
    ("主任委员　张　三", "主任委员 张三"),  # an election committee's head
    ("主任科员　张三", None),
    ("县　长　王　海　涛", "县长 王海涛"),  # a name padded a character a word
    ("县长　张建国　（签名）", "县长 张建国（签名）"),  # the copy's mark of the signature
    # marked a heading by a PDF-to-Markdown converter (probe of the thirteenth session)
    ("# 县长　张建国", "县长 张建国"), ("## 代理县长　王　健", "代理县长 王健"), ("# 县人民政府", None), ("#", None),
])
def test_person_shown(text, shown):
    assert personlines.person_shown(text) == shown


@pytest.mark.parametrize("text,chrome", [
    # a web page's footer: who owns the site, how to view it (no sentence)
    ("版权所有 © 南浦县人民政府　All Rights Reserved", True), ("Copyright © 2024 南浦县人民政府 版权所有", True),
    ("南浦县人民政府 版权所有", True), ("Copyright©2024 www.nanpu.gov.cn All Rights Reserved.", True),
    ("建议使用1920×1080分辨率 IE9以上版本浏览器", True), ("为获得最佳浏览效果，建议使用Chrome浏览器，分辨率1366*768", True),
    ("本站支持IPv6访问", True),
    # a list's pager, the print button
    ("共2条　首页　上一页　1　下一页　尾页", True), ("首页 上一页 1 2 3 下一页 尾页 共3页", True), ("打印此页", True),
    ("详见下一页表格。", False),
    # a pager of many links (their spaces lost in the key: 123…19, to be taken whole, never split every way)
    ("首页 上一页 " + " ".join(str(i) for i in range(1, 20)) + " 下一页 尾页 共19页", True),
    ("首页 上一页 " + " ".join(str(i) for i in range(1, 20)) + " 下一页 尾页 每页显示20条", False),
    # a document's text on copyright or browsers
    ("（三）侵犯版权所有人合法权益的，依法查处。", False), ("版权所有人合法权益受法律保护", False),
    ("建议使用新版浏览器", False), ("推荐使用国产浏览器和办公软件", False),
    # a notice's sentence wrapped on the line, going on past the browser and the resolution
    ("建议使用谷歌浏览器或360浏览器极速模式，分辨率不低于1920×1080，以免出现页面显示不全等", False),
    ("建议使用IE9以上版本浏览器，1024×768以上分辨率浏览本站", True), ("推荐使用谷歌浏览器、360浏览器极速模式", True),
    # a notice's sentence on a reporting system wrapped before its stop: an effect or a version not a viewing's
    ("建议使用谷歌浏览器登录申报系统，以免影响填报效果", False), ("建议使用IE11浏览器登录系统上传材料，上传后及时核对版本", False),
    ("建议使用Chrome浏览器以获得最佳浏览效果", True), ("建议使用IE10及以上版本浏览器", True),
    # (c) as the sign before a year; an item lettered (c), ended by no stop
    ("(C) 2024 南浦县人民政府", True), ("(c)2024 nanpu.gov.cn", True), ("(c)存在的问题及改进措施", False),
    ("（c）严禁擅自改变资金用途", False),
])
def test_web_footer_notes(text, chrome):
    from generator.furniture import is_web_chrome

    assert is_web_chrome(fold(text)) is chrome


def _kinds_after(texts, kinds):
    from generator.model import Line

    return portal.page_fields_after([Line(no, t, fold(t)) for no, t in enumerate(texts, 1)], kinds, 1)


@pytest.mark.parametrize("texts,kinds,taken", [
    # under the date: the page's fields, past its buttons
    (["云溪县人民政府办公室", "2024年4月2日", "责任编辑：张三", "浏览次数：1057"], ["org", "date", "text", "text"], [2, 3]),
    (["云溪县人民政府", "2025年1月22日", "【打印】【关闭】", "编辑：张三　审核：李四"], ["org", "date", "furniture", "text"], [3]),
    # an attachment's list of editors after the date: its own
    (["资溪县人民政府办公室", "2024年4月2日", "附件", "主编：王小兵", "责任编辑：刘芳"],
     ["org", "date", "attachment", "text", "text"], []),
    (["云溪县人民政府", "2024年4月3日", "现将有关事项补充通知如下。", "责任编辑：李四"], ["org", "date", "text", "text"], []),
    # buttons a word a line under the date; a table's cell a line after an attachment's heading is not
    (["南浦县人民政府", "2024年3月5日", "打印", "关闭", "我要纠错"], ["org", "date", "text", "text", "furniture"], [2, 3]),
    (["南浦县人民政府", "2024年3月5日", "附件", "序号", "整治方式", "1", "关闭"], ["org", "date", "attachment", "text", "text", "numbered", "text"], []),
    # a page's fields alone, one a line; a meeting's time (a 纪要's) is no page's field
    (["南浦县人民政府", "2024年3月5日", "信息来源：县政府办公室", "发布时间：2024-04-02 10:00", "阅读数：356", "来源：县政府办"],
     ["org", "date", "text", "text", "text", "text"], [2, 3, 4, 5]),
    (["南浦县人民政府", "2024年3月5日", "时间：2024年3月5日上午9时"], ["org", "date", "text"], []),
    # share targets, a list of related pages under its heading
    (["南浦县人民政府", "2024年3月5日", "微信　微博　QQ空间", "相关文章", "南浦县人民政府关于公布…的通知"],
     ["org", "date", "text", "text", "text"], [2, 3, 4]),
    (["南浦县人民政府", "2024年3月5日", "微信公众号“南浦发布”将同步推送。"], ["org", "date", "text"], []),
    # a WeChat post's earlier posts under 往期推荐, after its credits
    (["青溪县人民政府", "2024年5月9日", "编辑：刘芳　审核：陈刚", "往期推荐", "青溪县2024年中考招生政策发布"],
     ["org", "date", "text", "text", "text"], [2, 3, 4]),
])
def test_page_fields_after_the_date(texts, kinds, taken):
    assert _kinds_after(texts, kinds) == taken


@pytest.mark.parametrize("text", ["来源：南浦县人民政府办公室　　发布日期：2024-04-02　　【字号：大 中 小】"])
def test_page_fields_with_buttons_after_them_are_the_pages(text):
    from generator.headerlines import header_kind
    from generator.model import Line

    assert header_kind(Line(1, text, fold(text))) == "metadata"


@pytest.mark.parametrize("text,chrome", [
    ("[返回顶部](#top)", True), ("【返回顶部】", True), ("回到顶部", True), ("返回首页", True), ("我要纠错", True),
    ("返回原籍地", False),
    # an issue's page's links to the issues before and after it; a sentence on the next session
    ("上一期：南浦县人民政府公报2024年第2期", True), ("下一期：南浦县人民政府公报2024年第4期", True), ("下一期", True),
    ("下一期培训班将于5月举办", False),
])
def test_back_to_top_button(text, chrome):
    from generator.furniture import is_web_chrome

    assert is_web_chrome(fold(text)) is chrome


@pytest.mark.parametrize("texts,k,field", [
    # a Markdown table of fields: the rule under its only row, or between its rows
    (["| 发文字号 | 南政办发〔2024〕8号 | 成文日期 | 2024-03-12 |", "| --- | --- | --- | --- |", "各乡镇人民政府："], 1, True),
    (["| 索引号 | 431023000/2024-00123 | 发布机构 | 南浦县人民政府 |", "| --- | --- | --- | --- |",
      "| 发文字号 | 南政发〔2024〕5号 | 成文日期 | 2024-03-05 |"], 1, True),
    # a table's rule under its header of columns: no field
    (["| 序号 | 乡镇 | 任务数 |", "| --- | --- | --- |", "| 1 | 安定镇 | 120 |"], 1, False),
])
def test_rule_of_a_markdown_table_of_fields(texts, k, field):
    from generator.portalfields import is_portal_at
    from generator.model import Line

    assert is_portal_at([Line(no, t, fold(t)) for no, t in enumerate(texts, 1)], k) is field


@pytest.mark.parametrize("text,head", [
    ("南浦县人民政府公报（2024年第3、4期合刊　总第58、59期）　　3", True), ("南浦县人民政府公报（2024年第3期，总第58期）", True),
    ("南浦县人民政府公报　2024年第3期（总第58、59期）", True), ("6　南浦县人民政府公报（2024年第3期　总第58期）", True),
    ("南浦县人民政府公报（2024年第3期）刊登了该办法", False),
    # the name cut short on the even pages, the frequency after it, a special issue
    ("政府公报　2024年第3期　·6·", True), ("南浦县人民政府公报（季刊）2024年第3期", True),
    ("南浦县人民政府公报2024年第3期（增刊）", True), ("南浦县人民政府公报　2024年增刊", True), ("政府公报", False),
    # a monthly's month as its number, a year's issues bound in one
    ("青溪县人民政府公报　2024年3月号", True), ("青溪县人民政府公报　2024年汇编", True), ("青溪县人民政府公报2024年度合订本　·5·", True),
    ("青溪县人民政府公报　2024年汇编了各期文件", False),
    # a monthly's month as 月刊, an issue in financial numerals (fourteenth session's probes)
    ("青溪县人民政府公报　　2024年3月刊", True), ("青溪县人民政府公报　　2024年第叁期", True),
    ("青溪县人民政府公报　　2024年第叁期　·3·", True), ("青溪县人民政府公报月刊", False),
    # the gazette's name in another script beside it (fifteenth session's probes)
    ("喀什市人民政府公报　2024年第4期　قەشقەر شەھەرلىك خەلق ھۆكۈمىتى ئاخباراتى", True),
    ("연길시인민정부공보　延吉市人民政府公报　2024年第3期", True),
    ("قەشقەر شەھەرلىك خەلق ھۆكۈمىتى ئاخباراتى", False), ("喀什市人民政府关于…的通知　قەشقەر ئۇقتۇرۇشى", False),
    # a part of an issue printed in parts, a supplement numbered on its own (fifteenth session's review)
    ("青溪县人民政府公报　2024年第3期（下）", True), ("青溪县人民政府公报（2024年第3期上）", True),
    ("青溪县人民政府公报　2024年第3期之二　·5·", True), ("青溪县人民政府公报　2024年第3期（第二部分）", True),
    ("2024年第3期（下）　总第128期", True), ("青溪县人民政府公报（2024年增刊第2期）", True),
    ("青溪县人民政府公报2024年第3期下发的通知", False), ("青溪县人民政府公报　2024年第3期上刊登", False),
])
def test_running_head_with_its_cumulative_numbers_in_the_brackets(text, head):
    from generator.furniture import is_running_head

    assert is_running_head(fold(text)) is head


@pytest.mark.parametrize("text,rule", [
    ("---", True), ("***", True), ("* * *", True), ("___", True), ("_ _ _", True), ("|---|---|", True),
    ("***重要***", False), ("**", False), ("* 加强领导", False), ("____年__月__日", False),
])
def test_markdown_thematic_breaks_are_rules(text, rule):
    from generator.grids import is_border

    assert is_border(text) is rule
