"""Numbered lines beyond the line alone, in hard-wrapped text: a heading cut by a page break, an
item among items whose first line fills the width, a sentence cut before its closing quote."""

import pytest

from generator.blocks import build_blocks
from generator.model import Line
from generator.numbered import names_a_document
from tests.excerpts import content

# A paragraph wrapped at 29 characters: the width the lines below are measured by.
WRAPPED = """为切实做好今冬明春森林防灭火工作，有效防范化解森林火灾风
险，保护人民群众生命财产安全和森林资源安全，经县人民政府同
意，现就有关事项通知如下，请各乡镇、各部门结合实际认真贯彻
落实，确保各项措施落到实处。
"""
PAGE = "— 7 —\n云溪县人民政府公报　　　　　2024年第4期\n"
TEXT = "各乡镇要严格落实森林防灭火行政首长负责制，乡镇主要负责人为\n第一责任人。\n"


def blocks(text):
    return [(b.kind, b.text) for b in build_blocks(content(WRAPPED + text), {}) if b.kind != "furniture"][1:]


@pytest.mark.parametrize("text, heading", [
    # an outline heading longer than the line, its rest at the top of the next page
    ("一、进一步压紧压实森林防灭火党政同责和部门监管责任推动各\n" + PAGE + "项工作措施落地见效\n" + TEXT,
     "一、进一步压紧压实森林防灭火党政同责和部门监管责任推动各项工作措施落地见效"),
    ("（一）严格落实重点时段野外用火审批制度和全面加强进山入\n" + PAGE + "林人员检查登记\n" + TEXT,
     "（一）严格落实重点时段野外用火审批制度和全面加强进山入林人员检查登记"),
    # a chapter, the page's number alone between, its first article under it
    ("第三章　农村生活垃圾和生活污水处理设施的规划建设运行维护与\n— 9 —\n监督管理\n第五条　乡镇人民政府负责本辖区设施的日常管护。\n",
     "第三章农村生活垃圾和生活污水处理设施的规划建设运行维护与监督管理"),
])
def test_a_heading_cut_by_a_page_break_is_one_heading(text, heading):
    found = blocks(text)
    assert found[0] == ("heading", heading)
    assert found[1][0] in ("paragraph", "article")


@pytest.mark.parametrize("text", [
    # shorter than the line: a heading whole at the page's foot; the line after the break is no part of it
    "一、进一步压紧压实森林防灭火党政同责和部门监管\n" + PAGE + "项工作措施落地见效\n" + TEXT,
    # the line after the break ends a sentence, carries a comma, fills the width, is a caption
    "（一）严格落实重点时段野外用火审批制度和全面加强进山入\n" + PAGE + "林人员检查登记。\n" + TEXT,
    "一、进一步压紧压实森林防灭火党政同责和部门监管责任推动各\n" + PAGE + "项工作，措施落地见效\n" + TEXT,
    "一、进一步压紧压实森林防灭火党政同责和部门监管责任推动各\n" + PAGE + TEXT,
    "（一）2024年各乡镇森林防火重点区域和重点时段任务分解情况\n" + PAGE + "各乡镇森林防火任务分解表\n" + TEXT,
    # the line after the break goes on (an item's tail, a blank line under it)
    "二、《云溪县人民政府关于加强森林防火工作的通告》（云政发\n" + PAGE + "〔2019〕23号）等43件规范性文件\n\n确认继续有效。\n",
    # after the break: an organ (a task's unit, a joint signature), a table's header, the closing
    # formula, a running head in Pinyin (a review's excerpts)
    "3.深化不动产登记便民利企改革推动登记缴税一窗受理工作提速\n" + PAGE + "县自然资源局\n4.推行惠企政策免申即享。\n",
    "二、各乡镇各部门要严格落实征兵工作责任制确保圆满完成任务\n" + PAGE + "云溪县人民政府\n云溪县人民武装部\n2024年4月22日\n",
    "三、各乡镇各部门要切实加强组织领导确保各项任务落到实处到位\n" + PAGE + "特此通知\n",
    "二、加快推进农业现代化全面提升粮食等重要农产品供给保障能力\n" + PAGE + "QINGHE GONGBAO\n" + TEXT,
    "（二）分解落实重点任务建立健全工作台账定期调度工作推进情况\n" + PAGE + "序号　　重点任务　　牵头单位\n" + TEXT,
    # an article runs on as a sentence
    "第五条　乡镇人民政府负责本辖区农村生活垃圾收运设施的日常\n— 9 —\n管护\n" + TEXT,
])
def test_what_is_no_heading_cut_by_a_page_break(text):
    first = text.split("\n")[0].replace("　", "")
    assert not any(kind == "heading" and len(words) > len(first) for kind, words in blocks(text))


ITEMS = "（一）抓好农村厕所革命。各乡镇要按照因地制宜、分类施策的原\n则，稳步推进农村户厕改造。\n"
HEADINGS = "（一）加强督查考核\n县农业农村局要会同有关部门定期开展督查，督查结果纳入年度\n绩效考核。\n"
AT_THE_WIDTH = ("（二）加强农村人居环境整治提升工作统筹推进各项重点任务落\n"
                "实，各乡镇要对照年度目标任务逐项建立工作台账，明确责任人和\n完成时限，确保按期完成。\n")


@pytest.mark.parametrize("text, kind", [
    # among items (a sentence on their line): an item, all three lines of it
    (ITEMS + AT_THE_WIDTH, "list_item"),
    (AT_THE_WIDTH + ITEMS.replace("（一）", "（三）"), "list_item"),
    # among headings (short, no sentence's punctuation): a heading as long as the width
    (HEADINGS + AT_THE_WIDTH, "heading"),
    (ITEMS + HEADINGS.replace("（一）", "（三）") + AT_THE_WIDTH.replace("（二）", "（四）"), "heading"),
    # alone of its rank, or its items under another parent (一、 between): left a heading
    (AT_THE_WIDTH, "heading"),
    (ITEMS + "二、强化保障\n" + AT_THE_WIDTH, "heading"),
    # among headings that end with their full stop or question, a sentence alone on the line
    ("（一）完善县城商业设施。\n改造提升县城商业中心和农贸市场。\n" + AT_THE_WIDTH, "heading"),
    ("（一）《实施办法》的适用范围是什么？\n本办法适用于本县行政区域内的城乡居民。\n" + AT_THE_WIDTH, "heading"),
])
def test_a_numbered_line_at_the_width_among_items_is_an_item(text, kind):
    found = [k for k, words in blocks(text) if words.startswith(AT_THE_WIDTH[:6]) or words.startswith("（四）")]
    assert found[0] == kind


@pytest.mark.parametrize("text, paragraphs", [
    # a sentence ending at the width, the next line opening with the quote that closes it
    ("县委农村工作会议强调，要坚持“先建机制、后建工程，建管并重。\n”各乡镇要结合实际制定工作方案，明确工作目标和时间节点。\n", 1),
    ("本办法所称农村生活垃圾，是指农村居民在日常生活中产生的垃圾；\n）以及农村集贸市场产生的垃圾。\n", 1),
    # an opening quote, or a full line after a sentence that ends at the width: a new paragraph
    ("县委农村工作会议强调，要坚持先建机制、后建工程，建管并重。\n“三个一批”工作要同步推进，各乡镇要结合实际制定工作方案。\n", 2),
    ("各乡镇要建立村庄保洁制度，落实保洁人员和经费，做到日产日清。\n各村要将村庄清洁纳入村规民约，引导农户落实门前三包责任。\n", 2),
])
def test_a_line_opening_with_a_closing_mark_goes_on_the_line_above(text, paragraphs):
    assert [k for k, _ in blocks(text)].count("paragraph") == paragraphs


@pytest.mark.parametrize("text, kinds", [
    # a regulation's own contents: its chapters a list, then the chapters as headings
    ("目　　录\n第一章　总则\n第二章　附则\n第一章　总　　则\n第一条　为了加强管理，制定本办法。\n第二章　附　　则\n第二条　本办法自公布之日起施行。\n",
     ["heading", "list_item", "list_item", "heading", "article", "heading", "article"]),
    # the list's lines printed with their pages, the regulation's caption between
    ("目　　录\n第一章　总则……………1\n第二章　附则……………3\n南浦县城市道路挖掘管理办法\n第一章　总　　则\n第一条　为了加强管理，制定本办法。\n",
     ["heading", "list_item", "list_item", "heading", "heading", "article"]),
    # near misses: one chapter under the word, chapters printed once (no list)
    ("目　　录\n第一章　总则\n第一条　为了加强管理，制定本办法。\n", ["heading", "heading", "article"]),
    ("第一章　总　　则\n第一条　为了加强管理，制定本办法。\n第二章　附　　则\n第二条　本办法自公布之日起施行。\n",
     ["heading", "article", "heading", "article"]),
])
def test_a_regulations_own_contents(text, kinds):
    from generator.blocks import build_blocks
    from tests.excerpts import content
    assert [b.kind for b in build_blocks(content(text), {})] == kinds


def _kinds(text):
    return [(b.kind, b.text) for b in build_blocks(content(text), {}) if b.kind != "furniture"]


@pytest.mark.parametrize("text, kinds", [
    # a plan's first level numbered with a figure alone: over its 1.1, under the last 1.x
    ("1　总则\n1.1　编制目的\n做好水旱灾害防范工作。\n1.2　适用范围\n本预案适用于全县。\n2　组织指挥体系\n县政府设立指挥部。\n",
     ["heading", "heading", "paragraph", "heading", "paragraph", "heading", "paragraph"]),
    # figures and words in a row, no decimal number nearer than another of them: a list's rows
    ("指挥部成员单位如下：\n1　县水利局\n2　县应急管理局\n3　县气象局\n", ["paragraph"] * 4),
    # a list's rows under a 1.x heading, one with brackets after its words (review 5 December):
    # the row above it is still a row, not text to look past
    ("1.3　预警信号\n防汛预警信号由低到高依次为：\n1　红色预警（Ⅰ级）\n2　橙色预警\n3　黄色预警\n4　蓝色预警（Ⅳ级）\n",
     ["heading"] + ["paragraph"] * 5),
    # none around: text (a year, a count)
    ("全县共有：\n12　个乡镇\n", ["paragraph"] * 2),
    # a sentence after the figure: text
    ("1.1　编制目的\n做好防范工作。\n2　各乡镇要做好防汛准备。\n", ["heading", "paragraph", "paragraph"]),
])
def test_first_level_headings_numbered_with_a_figure_alone(text, kinds):
    assert [k for k, _ in _kinds(text)] == kinds


@pytest.mark.parametrize("rest, following, named", [
    # a document named by its title and its 发文字号 in brackets, on its line or alone under it
    ("关于加强城区建筑垃圾管理的通知(桐建发(2019)30号)", None, True),
    ("桐溪县人民政府关于印发《桐溪县农村公路养护办法》的通知", "(桐政发(2020)5号)", True),
    ("关于印发《桐溪县农村公路养护办法》(试行)的通知(桐政发(2020)5号)", None, True),
    # a rule named by its title, which ends with its kind and no 文种 (a 废止 list's entry)
    ("桐溪县城市管理实施细则(桐政发(2018)6号)", None, True),
    ("桐溪县农村集体资产管理办法(试行)(桐政发(2017)9号)", None, True),
    ("桐溪县城市管理实施细则", "(桐政发(2018)6号)", True),
    # near misses: a title without its number, a bracket that holds no 发文字号, a number without
    # brackets under it, a number after no title
    ("关于加强城区建筑垃圾管理的意见", None, False),
    ("关于加强城区建筑垃圾管理的意见", "下一步工作安排", False),
    ("关于2024年度城区建筑垃圾管理的通知(2024年)", None, False),
    ("关于加强城区建筑垃圾管理的通知", "桐建发(2019)30号", False),
    ("加强城区建筑垃圾管理(桐建发(2019)30号)", None, False),
])
def test_a_numbered_line_naming_a_document_and_its_number_is_no_heading(rest, following, named):
    nxt = Line(2, following, following) if following is not None else None
    assert names_a_document(rest, nxt) is named


@pytest.mark.parametrize("text, first", [
    # an article's number alone last on its page, its words first on the next (the page's number, its running head between)
    ("第三条\n" + PAGE + "政府投资资金应当投向公共领域项目。\n第四条　县发展和改革局负责审批。\n",
     ("article", "第三条 政府投资资金应当投向公共领域项目。")),
    ("第三条\n— 7 —\n政府投资资金应当投向公共领域项目。\n第四条　县发展和改革局负责审批。\n",
     ("article", "第三条 政府投资资金应当投向公共领域项目。")),
    # a chapter's number alone so, its words on the next page
    ("第二章\n" + PAGE + "项目决策\n第四条　县发展和改革局负责审批。\n", ("heading", "第二章项目决策")),
])
def test_a_number_alone_last_on_its_page_takes_its_words_on_the_next(text, first):
    found = blocks(text)
    assert found[0] == first
    assert found[1] == ("article", "第四条 县发展和改革局负责审批。")


PLAN_CONTENTS = """青溪县“十四五”综合交通运输发展规划
目　　录
前　　言……………………………………………1
第一章　发展基础和形势要求…………………2
第一节　发展基础……………………………2
第二节　形势要求……………………………4
第二章　总体要求……………………………6
第一节　指导思想……………………………6
结  束  语……………………………………10
前　　言
　　“十四五”时期是我县开启全面建设社会主义现代化新征程的第一个五年。
第一章　发展基础和形势要求
第一节　发展基础
　　“十三五”期间，全县累计完成交通固定资产投资68.5亿元。
第二节　形势要求
　　从国内看，我国已转向高质量发展阶段。
第二章　总体要求
第一节　指导思想
　　以习近平新时代中国特色社会主义思想为指导。
结  束  语
　　蓝图已经绘就，奋进正当其时。
"""


@pytest.mark.parametrize("text, items, headings", [
    # a plan's own contents: sections numbered again under each chapter, its unnumbered parts listed
    (PLAN_CONTENTS, 7, ["青溪县“十四五”综合交通运输发展规划", "目录", "前言", "第一章发展基础和形势要求", "第一节发展基础",
                        "第二节形势要求", "第二章总体要求", "第一节指导思想", "结束语"]),
    # 前　　言 under contents that do not list it: the text's heading, no entry
    (PLAN_CONTENTS.replace("前　　言……………………………………………1\n", "").replace("结  束  语……………………………………10\n", ""), 5,
     ["青溪县“十四五”综合交通运输发展规划", "目录", "前言", "第一章发展基础和形势要求", "第一节发展基础",
      "第二节形势要求", "第二章总体要求", "第一节指导思想", "结束语"]),
])
def test_a_plans_own_contents(text, items, headings):
    got = [(b.kind, b.text) for b in build_blocks(content(text), {})]
    assert len([t for k, t in got if k == "list_item"]) == items
    assert [t for k, t in got if k == "heading"] == headings


@pytest.mark.parametrize("lines, chapters", [
    (["前　　言……………………1", "第一章　发展基础……………2", "第一节　发展基础……………2", "第二章　总体要求……………6"], True),
    (["第一章　总则……………………1", "第二章　分类投放………………3", "第三章　附则……………………9"], True),
    # an issue's contents: documents, a section's entry among them
    (["县政府文件", "青溪县人民政府关于…的通知……………………1", "青溪县人民政府关于…的决定……………………5",
      "第一章　总则……………………9"], False),
    (["前　　言……………………1"], False),  # (one entry)
])
def test_contents_that_list_chapters(lines, chapters):
    from generator.toclines import lists_chapters

    assert lists_chapters(content("\n".join(lines))) is chapters
