"""Labels of a document's elements OCR read with a look-alike character (``lookalikes``)."""

import pytest

from generator.lookalikes import labels_read
from generator.normalize import clean, fold


LOOKALIKES = [
    ("附仵：桐溪县春季森林防火工作方案", "附件：桐溪县春季森林防火工作方案"),
    ("附仵2", "附件2"),
    ("附　仵：1．…", "附　件：1．…"),  # (a letter-spaced line, the spaces kept)
    ("抄迭：县委办公室，县人大常委会办公室。", "抄送：县委办公室，县人大常委会办公室。"),
    ("抄 迭：县委办公室", "抄 送：县委办公室"),
    ("桐溪县人民政府办公室　　2025年1月20日印友", "桐溪县人民政府办公室　　2025年1月20日印发"),
    ("2025年1月20日印友（共印60份）", "2025年1月20日印发（共印60份）"),
    # near misses: the characters in words, 印友 after no day
    ("防止因人员更迭影响工作衔接", "防止因人员更迭影响工作衔接"),
    ("推进技术迭代升级", "推进技术迭代升级"),
    ("仵建国同志任县水利局局长", "仵建国同志任县水利局局长"),
    ("加强与周边县区友好协作", "加强与周边县区友好协作"),
    ("2025年1月20日印友谊路改造方案", "2025年1月20日印友谊路改造方案"),
    ("县印友商会", "县印友商会"),
    # the label's colon read as a semicolon, opening the line
    ("附件;松岭县城乡居民基本医疗保险实施办法", "附件：松岭县城乡居民基本医疗保险实施办法"),
    ("附件2；松岭县…名单", "附件2：松岭县…名单"), ("抄送;县委办公室，县人大常委会办公室。", "抄送：县委办公室，县人大常委会办公室。"),
    ("附仵;方案", "附件：方案"),
    # near misses: words opening with the label's characters, the label inside a sentence
    ("附件材料；请于3月底前报送", "附件材料；请于3月底前报送"), ("抄送单位名单；", "抄送单位名单；"),
    ("具体要求详见附件;", "具体要求详见附件;"),
    # 入 for 人 in an organ's name (probe of the eighth session)
    ("青溪县入民政府关于表彰2023年度安全生产先进单位的决定", "青溪县人民政府关于表彰2023年度安全生产先进单位的决定"),
    ("各乡镇入民政府，县直各单位：", "各乡镇人民政府，县直各单位："),
    ("抄送：县入大常委会办公室，县入民法院，县入民检察院。", "抄送：县人大常委会办公室，县人民法院，县人民检察院。"),
    ("青 溪 县 入 民 政 府", "青 溪 县 人 民 政 府"), ("中华入民共和国行政许可法", "中华人民共和国行政许可法"),
    # near misses: 入 in words before 民 or 大
    ("将安全生产纳入民生实事考核", "将安全生产纳入民生实事考核"), ("收入民政救助对象", "收入民政救助对象"),
    ("全县入大学新生资助", "全县入大学新生资助"), ("群众进入大厅办事", "群众进入大厅办事"),
    ("县入民营企业调研", "县入民营企业调研"),
    # 午 for a year's 年 (probe of the eighth session)
    ("2024午11月4日", "2024年11月4日"), ("二〇二四午十一月六日", "二〇二四年十一月六日"),
    ("2024午第11期（总第70期）", "2024年第11期（总第70期）"), ("关于表彰2023午度先进单位的决定", "关于表彰2023年度先进单位的决定"),
    ("青溪县人民政府办公室　2024 午 11 月 7 日印发", "青溪县人民政府办公室　2024 年 11 月 7 日印发"),
    # near misses: 午 in words, after no year
    ("每日上午10时前报送", "每日上午10时前报送"), ("2024年11月4日中午", "2024年11月4日中午"),
    ("截至12午11时", "截至12午11时"), ("2024午餐补助", "2024午餐补助"),
]


@pytest.mark.parametrize("text,read", LOOKALIKES)
def test_labels_read_with_a_look_alike_character(text, read):
    assert labels_read(text) == read


@pytest.mark.parametrize("text,read", LOOKALIKES)
def test_clean_asks_labels_read_of_every_line_it_reads(text, read):
    """``clean`` asks ``labels_read`` only of lines holding what its rules look for first (入 before
    民, 大 or a space; a semicolon on a line opening with 附 or 抄): none it would read is passed by."""
    assert clean(text) == clean(read)


def test_the_label_is_printed_and_matched_as_read():
    assert clean("抄迭：县委办公室  ") == "抄送：县委办公室"
    assert fold("附 仵：方案").startswith("附件:")
    assert clean(clean("附仵：方案")) == clean("附仵：方案")


@pytest.mark.parametrize("text,names", [
    # a comma OCR read as a dot between two names of a 主送 or 抄送 list
    ("各乡镇人民政府.县直各单位.县属各企业", ("各乡镇人民政府", "县直各单位", "县属各企业")),
    ("县委办公室．县人大常委会办公室，县政协办公室。", ("县委办公室", "县人大常委会办公室", "县政协办公室")),
    # near misses: a dot by a figure, a name's middle dot
    ("县第1.5期工程指挥部", ("县第1.5期工程指挥部",)),
    ("阿依古丽·买买提，县民政局", ("阿依古丽·买买提", "县民政局")),
])
def test_list_names_parted_by_a_dot_ocr_read_for_a_comma(text, names):
    from generator.recipientnames import split_names

    assert split_names(text) == names


@pytest.mark.parametrize("text, read", [
    ("一一一一一一一一一一", "━━━━━━━━━━"),                 # the red rule OCR read as 一
    ("一 一 一 一 一 一", "━━━━━━"),                       # its pieces a space apart
    ("一一一一一", "一一一一一"),                           # five: too few for a rule
    ("各项工作一一落实到位。", "各项工作一一落实到位。"),       # a word of the language
    ("一一一一一一一二", "一一一一一一一二"),                 # not 一 alone
])
def test_a_rule_read_as_the_numeral_yi(text, read):
    assert clean(text) == read
