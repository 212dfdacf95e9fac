"""The back matter's rules on lines (generator/backmatter.py), from the cases' excerpts."""

import pytest

from generator.backmatter import (NEWS_HEADING, attachments_walk, back_headings, named_headline_under, closes_the_issue, corrects_an_issue, issue_closes_from, heads_a_correction, opens_own_staff, outside_attachments, speaks_of_itself,
                                  staff_and_colophon)
from generator.model import Line
from generator.normalize import fold


def _lines(*texts: str) -> list[Line]:
    return [Line(no, text, fold(text)) for no, text in enumerate(texts, start=1)]


@pytest.mark.parametrize("texts,heads", [
    (("更　正", "本刊2024年第2期刊登的《南浦县人民政府关于公布2024年县级重点建设项目的通知》中，“2023年”应为“2024年”，特此更正。",
      "本刊编辑部"), True),
    (("勘误", "《南浦县人民政府公报》2024年第2期第5页第3行“县水务局”应为“县水利局”。"), True),
    (("更正启事", "— 12 —", "南浦县人民政府公报2024年第1期刊发的…有误，现更正如下："), True),
    (("【更正】", "本报上期刊登的…"), True),
    # a document's correction of its own text, or a heading of a body, is not the gazette's
    (("更正", "县人民政府办公室：", "我局报送的材料有误，现更正如下。"), False),
    (("关于更正《南浦县城区停车管理办法》的通知", "本刊2024年第2期刊登的…"), False),
    (("更正", "各乡镇人民政府："), False),
    # an errata table under its heading: page, line, error, correction
    (("勘误表", "页码\t行\t误\t正", "3\t5\t2023年\t2024年"), True),
    (("勘误表", "序号\t文件名称\t备注"), False),
    # its text citing the issue and page, not the gazette; run into its heading; or without a heading
    (("更正声明", "2024年第2期第15页刊登的《松岭县人民政府关于公布2024年县级重点建设项目的通知》落款日期“2024年2月5日”",
      "应为“2024年2月15日”。特此更正。"), True),
    (("更正：上期第7页刊登的《松岭县人民政府关于印发松岭县城区停车管理办法的通知》文号“松政发〔2024〕2号”",
      "应为“松政发〔2024〕3号”，特此更正。"), True),
    (("【更正】2024年第2期第15页“县水务局”应为“县水利局”。",), True),
    (("2024年第3期第12页刊登的《松岭县人民政府关于调整县城区出租车运价的通知》中“起步价9元”", "应为“起步价8元”，特此更正。"), True),
    (("我刊2024年第2期第15页“2023年”应为“2024年”，特此更正。",), True),
    (("关于《松岭县人民政府关于公布2024年县级重点建设项目的通知》的更正", "上期第15页刊登的…落款日期“2024年2月5日”",
      "应为“2024年2月15日”。特此更正。"), True),
    (("关于本刊2024年第2期有关内容的勘误", "《松岭县人民政府公报》2024年第2期第5页“县水务局”应为“县水利局”。"), True),
    # a document correcting its own, titled as a notice; a title naming a correction, a body under it
    (("关于更正《松岭县城区停车管理办法》的通知", "本刊2024年第2期刊登的…"), False),
    (("关于做好信息更正工作的说明", "各乡镇人民政府："), False),
    # a notice's own words on a correction, an issue named in a body, a date line
    (("更正：", "我局报送的材料有误，现更正如下。"), False),
    (("2024年第2期培训班定于4月1日开班。",), False),
    (("2024年3月12日",), False),
])
def test_heads_a_correction(texts, heads):
    assert heads_a_correction(_lines(*texts), 0) is heads


@pytest.mark.parametrize("text,corrects", [
    ("2024年第2期第15页刊登的…落款日期“2024年2月5日”应为“2024年2月15日”。特此更正。", True),
    ("上期第7页文号有误，更正为“松政发〔2024〕3号”。", True),
    ("我局报送的材料有误，现更正如下。", False), ("第3期培训班结业。", False),
])
def test_corrects_an_issue(text, corrects):
    assert corrects_an_issue(fold(text)) is corrects


@pytest.mark.parametrize("text,opens", [
    ("编委会主任：李建华", True), ("编委会副主任：王小明　刘芳", True), ("本期责任编辑：孙丽", True), ("本期校对：周敏", True),
    # a notice's committee, a post alone
    ("主　任：陈建国　县长", False), ("主编：王小兵", False), ("责任编辑：刘芳", False),
])
def test_opens_own_staff(text, opens):
    assert opens_own_staff(fold(text)) is opens


@pytest.mark.parametrize("texts,only", [
    (("编委会主任：李建华", "主　编：刘芳", "地址：南浦县城关镇人民路1号", "— 24 —", "印数：800份"), True),
    (("本期责任编辑：孙丽", "（内部资料　免费交流）"), True),
    (("编委会主任：李建华", "现将有关事项通知如下。"), False),
    (("编委会委员：张　伟　陈　静", "　　　　　　刘建国　王小明", "主　编：刘芳"), True),  # a post's names wrapped
])
def test_staff_and_colophon(texts, only):
    assert staff_and_colophon(_lines(*texts)) is only


@pytest.mark.parametrize("text,speaks", [
    ("欢迎登录南浦县人民政府门户网站查阅本刊电子版", True), ("本刊电子版请登录www.nanpu.gov.cn查阅", True),
    ("各乡镇要认真组织学习本刊物所载文件。", False), ("欢迎登录南浦县人民政府门户网站", False),
    ("本公报电子版请登录www.songling.gov.cn查阅", True), ("欢迎登录松岭县人民政府门户网站查阅本公报电子版", True),
    ("《松岭县人民政府公报》电子版请登录县政府门户网站查阅", True),
    ("松岭县人民政府公报", False), ("县政府办负责《松岭县人民政府公报》的编辑出版工作。", False),
])
def test_speaks_of_itself(text, speaks):
    assert speaks_of_itself(fold(text)) is speaks


_BULLETIN = "青溪县2023年国民经济和社会发展统计公报"


@pytest.mark.parametrize("text,title,speaks", [
    # a 统计公报's notes on its own figures: the document's
    ("3．本公报中部分数据来源于县发展和改革局、县财政局等部门。", _BULLETIN, False),
    ("本公报各项统计数据均为初步统计数。", _BULLETIN, False),
    ("1．本公报部分数据因四舍五入的原因，存在总计与分项合计不等的情况。", _BULLETIN, False),
    # the gazette's own lines after it, and the same notes under a document no 公报
    ("本公报电子版请登录县政府门户网站查阅", _BULLETIN, True),
    ("本公报刊登的规范性文件文本为标准文本。", _BULLETIN, True),
    ("3．本公报中部分数据来源于县发展和改革局。", "青溪县人民政府关于2024年县级重点建设项目计划的通知", True),
])
def test_a_bulletin_speaks_of_its_own_figures(text, title, speaks):
    assert speaks_of_itself(fold(text), fold(title)) is speaks


@pytest.mark.parametrize("text", ["（内部资料　免费交流）", "内部资料　免费交流", "(内部资料)"])
def test_internal_material_ends_an_issue_in_brackets_or_not(text):
    from generator.colophon import is_colophon, is_issue_end

    assert is_issue_end(fold(text)) and is_colophon(fold(text))


@pytest.mark.parametrize("text,end", [
    ("内部资料　免费赠阅", True), ("（内部资料，免费赠送）", True), ("（本期终）", True), ("【本期完】", True),
    ("本期公报共印800份", True), ("准印证号：湘内资准字K-0123号", True), ("湖南省连续性内部资料准印证号：K-0123", True),
    ("印数：800份", True),
    # a sentence on the matter, a number of copies a notice orders
    ("内部资料免费赠阅的管理办法", False), ("本期培训班结束后，各单位要及时总结。", False), ("印数：800份以上的须报备", False),
])
def test_issue_end_words_alone(text, end):
    from generator.backmatter import is_issue_end

    assert is_issue_end(fold(text)) is end


@pytest.mark.parametrize("texts,outside", [
    (("南浦县人民政府办公室", "2024年3月12日"), True),  # right under the date
    (("2024年11月20日", "附件", "2025年度《南浦县人民政府公报》征订单", "征订单位（盖章）："), False),
    (("附件：征订单", "南浦县人民政府办公室", "2024年11月20日"), True),  # (the body's list of attachments, above the date)
    (("2024年11月20日", "附件1", "征订单"), False),
    (("2024年11月20日", "附件1", "《南浦县人民政府公报》征订单"), False),
    (("2024年11月20日", "附件1：2025年度本刊征订单", "订阅份数："), False),
    # an attachment on another matter: the gazette's line under it is the gazette's
    (("2024年3月6日", "附件", "2024年县级重点项目名单", "一、青溪县城区污水处理厂提标改造项目"), True),
    (("2024年3月6日", "附件1：2024年县级重点项目名单", "一、青溪县城区污水处理厂提标改造项目"), True),
])
def test_outside_attachments(texts, outside):
    from generator.titlecontext import ends_a_document

    assert outside_attachments(_lines(*texts), ends_a_document) is outside


def test_attachments_walk_reads_each_line_once():
    """Every line of an attachment on the gazette speaking of 本刊 asked in turn: each line is read
    once over all the asks (counted), the answers those of outside_attachments."""
    from generator.titlecontext import ends_a_document

    texts = ["2024年11月20日", "附件", "2025年度《南浦县人民政府公报》征订单"] + [f"本刊为月刊，每期定价{n}元" for n in range(1000)]
    lines = _lines(*texts)
    calls = []

    def closes(key):
        calls.append(key)
        return ends_a_document(key)

    outside = attachments_walk(lines, 0, closes)
    answers = [outside(i) for i in range(len(lines))]
    assert len(calls) == len(lines) - 1
    assert answers == [True, True] + [False] * (len(lines) - 2)
    assert [outside_attachments(lines[:i], ends_a_document) for i in (1, 2, 3, 500)] == [True, True, False, False]


@pytest.mark.parametrize("above,key,listed", [
    (("附件：勘误表", "青溪县人民政府办公室", "2024年3月6日"), "勘误表", True),
    (("附件：1.勘误表", "2.修改后的方案", "2024年3月6日"), "勘误表", True),
    # near misses: no 附件说明, or one naming another attachment
    (("青溪县人民政府办公室", "2024年3月6日"), "勘误表", False),
    (("附件：重点任务分工表", "2024年3月6日"), "勘误表", False),
])
def test_listed_attachment(above, key, listed):
    from generator.backmatter import listed_attachment

    assert listed_attachment(_lines(*above), fold(key)) is listed


@pytest.mark.parametrize("text, note", [
    ("编后语", True), ("编 后 语", True), ("【编后语】", True), ("编者按", True), ("编者按：本期公报刊登了…", True),
    ("编后记", True), ("编者的话", True), ("编辑后记", True), ("编后小记：本期公报刊登了…", True),
    ("编后语写作要求", False), ("编者按语的规范", False), ("编制说明", False), ("一、编后语", False),
])
def test_is_editors_note(text, note):
    from generator.backmatter import is_editors_note
    assert is_editors_note(fold(text)) is note


@pytest.mark.parametrize("text, prompt", [
    ("扫码关注“松岭发布”微信公众号", True), ("扫一扫　关注松岭发布", True), ("扫描二维码关注松岭县人民政府门户网站", True),
    ("长按识别二维码阅读电子版", True), ("微信扫一扫　查看本刊电子版", True), ("微信扫一扫", True),
    ("扫码", False), ("扫一扫", False), ("扫码关注公众号后，填写报名信息并上传材料。请于3月10日前完成报名", False),
    ("扫黑除恶专项斗争", False), ("关注松岭发布微信公众号", False),
])
def test_is_follow_prompt(text, prompt):
    from generator.backmatter import is_follow_prompt
    assert is_follow_prompt(fold(text)) is prompt


@pytest.mark.parametrize("text,closes", [
    ("扫描二维码阅读本期公报", True), ("扫码关注“松岭发布”微信公众号", True), ("微信扫一扫", True),
    ("本期责任编辑：李明", True), ("责任编辑：李　明　　校对：王　芳", True), ("本期编辑：李明　王芳", True),
    ("扫描下方二维码", True),  # (the first words of a prompt wrapped: issue_closes_from asks for the rest under them)
    # a body's words on a QR code, a post of a board, a sentence
    ("群众可扫描二维码进行投诉。", False), ("扫描二维码进行投诉、咨询和建议。", False), ("主编：王小兵", False),
    ("编辑：张三　审核：李四", False),
])
def test_closes_the_issue(text, closes):
    assert closes_the_issue(fold(text)) is closes


@pytest.mark.parametrize("texts,closes", [
    (("2024年4月8日", "龙潭镇　龙潭河堤　刘长春", "— 12 —", "责任编辑：李　明　　校对：王　芳"), True),
    (("2024年5月20日", "扫描二维码阅读本期公报", "（内部资料　免费交流）"), True),
    (("2024年4月8日", "本期责任编辑：李明", "地址：松岭县人民路1号"), True),
    # the last post of an attachment's board; a web page's field, printed under an earlier page too
    (("2024年4月2日", "主编：王小兵", "副主编：赵大伟", "责任编辑：刘芳"), False),
    (("2024年4月2日", "责任编辑：张三", "浏览次数：1057", "2024年4月3日", "责任编辑：李四"), False),
    # text after it
    (("2024年5月20日", "扫码关注“松岭发布”微信公众号", "各乡镇要认真组织实施。"), False),
    # the prompt wrapped over two lines; its first words alone, or over something else
    (("2024年5月20日", "扫描下方二维码", "关注“松岭发布”微信公众号"), True),
    (("2024年5月20日", "长按识别二维码", "阅读本期电子版", "（内部资料　免费交流）"), True),
    (("2024年5月20日", "扫描二维码"), False), (("2024年5月20日", "扫一扫", "填写调查问卷"), False),
])
def test_issue_closes_from(texts, closes):
    lines = _lines(*texts)
    i = max(k for k, line in enumerate(lines) if closes_the_issue(line.key))  # (the last one)
    assert issue_closes_from(lines, i, len(lines) - 1) is closes


@pytest.mark.parametrize("text,row", [
    ("主　　办\t松岭县人民政府办公室", True), ("编辑出版\t松岭县人民政府公报编辑部", True), ("电话  0739-1234567", True),
    ("主办单位　松岭县人民政府办公室", True), ("准印证号\t湘内资准字K-0123号", True),
    # a form's row of labels and blanks, a label alone, a sentence, a field with its colon (is_colophon's)
    ("地址\t\t邮编\t", False), ("电话\t\t传真\t", False), ("地址\t松岭县人民路1号\t电话\t1234567", False), ("地址", False),
    ("主办单位要加强对活动的安全管理。", False), ("主办：松岭县人民政府办公室", False),
])
def test_is_colophon_row(text, row):
    from generator.colophon import is_colophon_row

    assert is_colophon_row(Line(1, text, fold(text))) is row


@pytest.mark.parametrize("texts,k,label", [
    (("主办单位", "松岭县人民政府办公室", "编　　印", "松岭县人民政府公报编辑部"), 0, True),
    (("主办单位", "松岭县人民政府办公室", "编　　印", "松岭县人民政府公报编辑部"), 2, True),
    (("准印证号", "湘内资准字K-0123号"), 0, True),
    # its value, an address's or a phone's name, a name over another name or over nothing, a sentence under it
    (("主办单位", "松岭县人民政府办公室"), 1, False), (("地址", "松岭县城关镇人民路1号"), 0, False),
    (("主办单位", "承办单位"), 0, False), (("主办单位",), 0, False), (("主办", "县文旅局负责活动的组织实施。"), 0, False),
])
def test_colophon_label_at(texts, k, label):
    from generator.colophon import colophon_label_at

    assert colophon_label_at(_lines(*texts), k) is label


_NAMED = frozenset({"县政府召开第13次常务会议", "南浦县召开二季度经济运行分析会"})


@pytest.mark.parametrize("texts,named", [
    (("【政务动态】", "县政府召开第13次常务会议", "　　近日，县长王明主持召开县政府第13次常务会议，研究部署防汛工作。"), True),
    (("政务动态", "南浦县召开二季度经济运行分析会", "　　近日，县政府召开二季度经济运行分析会。"), True),
    # a headline no entry names, or another heading over a named line, is not told so
    (("政务动态", "县领导调研夏粮收购工作", "　　日前，副县长李华深入各乡镇调研。"), False),
    (("二、工作要求", "县政府召开第13次常务会议"), False),
    (("政务动态",), False),
])
def test_named_headline_under(texts, named):
    assert named_headline_under(_lines(*texts), 0, _NAMED) is named


@pytest.mark.parametrize("texts,heads", [
    # the news' heading alone, bracketed or not, over its first headline: both are headings
    (("政务动态", "南浦县召开二季度经济运行分析会", "　　近日，县政府召开二季度经济运行分析会。"),
     {"政务动态", "南浦县召开二季度经济运行分析会"}),
    (("【政务动态】", "县政府召开第13次常务会议", "　　近日，县长王明主持召开常务会议。", "县领导调研夏粮收购工作", "　　日前，副县长李华调研。"),
     {"【政务动态】", "县政府召开第13次常务会议", "县领导调研夏粮收购工作"}),
    # a colophon's heading over its fields: the heading only
    (("《南浦县人民政府公报》编委会", "主　任：王　明"), {"《南浦县人民政府公报》编委会"}),
])
def test_back_headings(texts, heads):
    content = _lines(*texts)
    assert back_headings(content, ((0, len(content) - 1),)) == frozenset(fold(t) for t in heads)


@pytest.mark.parametrize("text,news", [
    ("政务动态", True), ("【工作动态】", True), ("图片新闻", True), ("政务图片", True), ("县政府领导活动", True),
    ("政务信息", True), ("【政务信息】", True), ("政务资讯", True),
    ("图片", False), ("新闻发布会", False), ("政务信息公开", False), ("政务信息化建设", False),
])
def test_news_heading(text, news):
    assert bool(NEWS_HEADING.match(fold(text))) is news
