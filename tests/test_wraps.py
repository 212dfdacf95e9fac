"""Lines cut by the wrap (generator/wraps.py): a sentence cut after an instrument's word."""

import pytest

from generator.model import Line
from generator.normalize import fold
from generator.wraps import continues, sentence_cut_at_a_word


def _line(at: int, text: str) -> Line:
    return Line(at, text, fold(text), False, at=at)


@pytest.mark.parametrize("text,nxt,step,expected", [
    ("　　为切实做好今年春耕生产工作，根据省、市有关文件精神和相关规定", "和本县实际情况，现就有关事项通知如下：", 1, True),
    ("时汇总本乡镇春耕生产进度情况，如实填写春耕生产进度情况统计表", "并于每周五前报送县农业农村局。", 1, True),
    ("青溪县关于稳住经济大盘，推动高质量发展的若干措施", "为稳住经济大盘，结合我县实际，制定以下措施。", 2, False),  # (apart)
    ("青溪县关于稳住经济大盘，推动高质量发展的若干措施", "为稳住经济大盘，结合我县实际，制定以下措施。", 1, False),  # (short)
    ("时汇总本乡镇春耕生产进度情况，如实填写春耕生产进度情况统计表", "一、各乡镇要按时报送。", 1, False),  # (numbered)
    ("青溪县2024年农村公路建设和改造提升重点项目计划安排情况统计表", "序号", 1, False),  # (no comma)
])
def test_sentence_cut_at_a_word(text, nxt, step, expected):
    assert sentence_cut_at_a_word(_line(1, text), _line(1 + step, nxt), 30) is expected


def test_a_sentence_cut_after_its_word_goes_on():
    above = _line(1, "时汇总本乡镇春耕生产进度情况，如实填写春耕生产进度情况统计表")
    assert continues(above, _line(2, "并于每周五前报送县农业农村局。"), 30)
    assert not continues(above, _line(2, "并于每周五前报送县农业农村局。"), None)


@pytest.mark.parametrize("above,below,expected", [
    ("　　列席：县政府办公室、县发展和改革局、县财政局、审计局主要负责同志", "　　会议研究了以下事项：", False),
    ("　　列席：县政府办公室、县发展和改革局、县财政局、审计局有关负责人", "　　会议研究了以下事项：", False),
    ("　　列席：县政府办公室、县发展和改革局、县财政局、县审计局主要负", "责同志", True),  # (cut inside)
    ("　　会议要求各乡镇组织党员干部和有关人员认真学习，并向广大群众同志", "宣传有关精神。", True),  # (no attendance)
])
def test_an_attendance_line_closed_by_its_comrades(above, below, expected):
    assert continues(_line(1, above), _line(2, below), 32) is expected


@pytest.mark.parametrize("text,caption", [
    # a chart's caption by its number, its image not in the text (a 统计公报's), and a table's naming a span of years
    ("图1　2019—2023年全县地区生产总值及其增长速度", True), ("图2　2023年全县三次产业结构", True),
    ("表1　2019～2023年规模以上工业增加值", True), ("表2　2024年一季度全县主要经济指标", True),
    # a sentence on the chart or the table, a heading numbered so
    ("图1所标注的城区烟花爆竹禁止燃放区域及周边的居民住宅小区和学校医院等地", False),
    ("表2中的数据为各乡镇上报的初步统计数据", False), ("图3显示全县地区生产总值逐年增长", False),
    ("图1显示，全县地区生产总值逐年增长", False), ("表3中数据显示，全县财政收入稳步增长。", False),
])
def test_a_chart_or_table_caption_by_its_number(text, caption):
    from generator.wraps import is_caption

    assert is_caption(fold(text)) is caption


def test_outline_headings_of_clauses_set_no_narrow_width():
    from generator.wraps import wrap_width

    texts = ["一、2023年工作回顾", "（一）坚持稳中求进，经济运行持续向好", "全县地区生产总值完成186.4亿元，增长5.6%；规模以上工业增加值增长7.2%。",
             "（二）坚持项目为王，发展后劲不断增强", "全年实施重点项目120个，完成投资86亿元，为历年最多。",
             "（三）坚持民生为本，群众福祉持续增进", "全年民生支出占一般公共预算支出的78.2%，十件民生实事全面完成。"]
    assert wrap_width([_line(at, text) for at, text in enumerate(texts)]) is None
    # a text a phone's width wrapped, its lines of prose cut inside their sentences: its width
    prose = ["为切实做好今年春耕生产工作，根据省、", "市有关文件精神，现就有关事项通知如下", "：一、各乡镇要高度重视，切实加强组织", "领导，层层压实责任，确保各项措施落到", "实处。"]
    assert wrap_width([_line(at, text) for at, text in enumerate(prose)]) == 18


def test_long_outline_headings_of_clauses_set_no_width():
    from generator.wraps import wrap_width

    texts = ["（一）坚持稳中求进，全力以赴稳增长，经济运行持续向好", "全县地区生产总值完成186.4亿元，增长5.6%；规模以上工业增加值增长7.2%，固定资产投资增长8.1%。",
             "（二）坚持项目为王，全力以赴扩投资，发展后劲不断增强", "全年实施重点项目120个，完成投资86亿元，其中新开工项目45个、竣工项目38个。",
             "（三）坚持民生为本，全力以赴办实事，群众福祉持续增进", "全年民生支出占一般公共预算支出的78.2%，城镇新增就业4521人，十件民生实事全面完成。"]
    assert wrap_width([_line(at, text) for at, text in enumerate(texts)]) is None
    # numbered lines of clauses cut at the width, their rest under them no longer: the width
    cut = ["（一）坚持稳中求进，全力以赴稳增长，经济运行持", "续向好。", "（二）坚持项目为王，全力以赴扩投资，发展后劲不",
           "断增强。", "（三）坚持民生为本，全力以赴办实事，群众福祉持", "续增进。"]
    assert wrap_width([_line(at, text) for at, text in enumerate(cut)]) == 23


@pytest.mark.parametrize("above,below,expected", [
    # a session's 决议s listed a line each inside a 公告: two titles
    ("青溪县第十八届人民代表大会第四次会议关于青溪县人民政府工作报告的决议",
     "青溪县第十八届人民代表大会第四次会议关于青溪县2023年财政预算执行情况和2024年财政预算的决议", False),
    # the closing formula alone under a title a line of its own, or under a sentence cut short
    ("关于青溪县2024年国民经济和社会发展计划调整方案的决议", "特此公告。", False),
    ("经县人民政府同意，现将青溪县2024年春季森林防火工作有关事项予以", "特此通知", False),
    # after a comma the formula ends the sentence it is cut from
    ("经县人民政府同意，现将青溪县2024年春季森林防火工作有关事项公告如下，", "特此公告。", True),
    # a sentence cut after a session's name is no title
    ("青溪县第十八届人民代表大会第四次会议审议通过了青溪县人民政府工作报告", "同意报告提出的2024年工作目标。", True),
])
def test_titles_and_the_closing_formula_a_line_each(above, below, expected):
    assert continues(_line(1, above), _line(2, below), 34) is expected


@pytest.mark.parametrize("text,heading", [
    # a report's glossary after its last paragraph, under its heading alone
    ("名词解释", True), ("名词解释：", True), ("附：名词解释", True), ("《政府工作报告》名词解释", True),
    ("名词注释", True), ("名词解释（一）", True),
    ("前　　言", True), ("结　束　语", True), ("结语", True),  # (a plan's parts printed without a number)
    # a sentence speaking of one, a term's line
    ("对有关名词解释如下：", False), ("名词解释见附件。", False), ("1．“三高四新”：着力打造…", False),
])
def test_glossary_heading(text, heading):
    from generator.wraps import is_glossary_heading

    assert is_glossary_heading(fold(text)) is heading


@pytest.mark.parametrize("prev, cur, row", [
    ("2 农村饮水安全巩固提升 新建供水工程3处 县水利局 2024年10月", "3 学校食堂改造提升 改造食堂8所 县教育局 2024年9月", True),
    ("9 县人民医院 设备更新 县卫健局", "10 乡镇卫生院 设备更新 县卫健局", True),
    # near misses: not the next number, too few cells, prose that opens with a figure
    ("2 农村饮水安全巩固提升 新建供水工程3处 县水利局 2024年10月", "4 乡镇卫生院设备更新 更新设备120台（套） 县卫健局", False),
    ("2 农村饮水安全巩固提升 县水利局", "3 学校食堂改造提升 县教育局", False),
    ("全县共有2 所学校参加，分别是", "3 所幼儿园也参加了本次活动。", False),
])
def test_next_row(prev, cur, row):
    from generator.wraps import next_row
    assert next_row(prev, cur) is row


@pytest.mark.parametrize("prev, cur, width, cut", [
    ("三、各乡镇排查整治情况请于每月5日前报送县住房和城乡建设局，联系人：", "李　明，电话：0745-2236118。", 34, True),
    ("请于3月31日前将报名表报送县人力资源和社会保障局，联系电话：", "0745-2236118。", 34, True),
    # near misses: a short line (no wrap there), a lead-in over a list, the next line a label of its own
    ("报送县住建局，联系人：", "李　明，电话：0745-2236118。", 34, False),
    ("三、各乡镇排查整治情况请于每月5日前报送，有关单位联系方式如下：", "1．县住建局：0745-2236118", 34, False),
    ("三、各乡镇排查整治情况请于每月5日前报送县住房和城乡建设局，联系人：", "联系电话：0745-2236118", 34, False),
])
def test_label_cut_from_its_value(prev, cur, width, cut):
    from generator.wraps import label_cut_from_its_value
    assert label_cut_from_its_value(fold(prev), fold(cur), width) is cut
