"""Tables of contents from real excerpts: leaders, tabs, list markers, wraps, slogans."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.normalize import fold
from generator.model import TocEntry
from generator.tocentries import issuer_over_entries
from generator.toc import parse_toc
from generator.tocmatch import DocRef, reconcile
from tests.excerpts import content

PINGJIANG = """目 录

县 政 府 办 文 件

平江县人民政府办公室关于印发《打好发展“六仗”促进建筑业高质量发展的实施办法》的通知

平政办发〔2023〕7号 PJDR—2023—01004..... (1)

平江县人民政府办公室关于做好我县2024年度城乡居民基本医疗保险参保缴费工作的通知

平政办函〔2023〕35号 PJDR—2023—01006..... (49)
"""

QIYANG = """## 目 录

### 市政府文件

- 祁阳市人民政府关于公布 2024 年规范性文件清理结果的  
决定（祁政发（2024）4 号 QYDR—2024—00006）……………（3）
- 祁阳市人民政府关于开展城区农贸市场及周边环境秩序  
专项整治的通告  
（祁政通（2024）9 号 QYDR—2024—00010）……………（14）

# 发布政令 公开服务 指导工作 服务社会

## 市政府办公室文件

祁阳市人民政府办公室关于印发《祁阳市建筑垃圾专项整治行动实施方案》的通知

（祁政办函〔2024〕19号）……………（22）

## 编辑出版

《祁阳市人民政府公报》
"""

XIANGYIN = """目 录

【县政府办文件】

关于印发《全县道路交通事故预防暨“冬季攻势”行动方案》的通知

发布政令

公开政务

指导工作

（湘阴政办发〔2024〕22号）\t66
关于印发《湘阴县重污染天气应急预案（2024修订版）》的通知\t
（湘阴政办发〔2024〕23号 XYDR-2024-01002）\t69
"""

YOUXIAN = """目 录

- 1.攸县人民政府办公室关于印发《攸县“攸惠贷”风险补偿资金管理
办法》的通知.....1
- 3.攸县人民政府办公室关于印发《攸县实施〈株洲市管控和查处违
法建设办法〉细则》《攸县实施〈株洲市管控和查处违法用地办
法〉细则》的通知.....115
"""


def parse(text):
    lines = content(text)
    return parse_toc(lines, 0, len(lines) - 1), lines


def test_dot_leaders_and_numbers_on_the_next_line():
    toc, _ = parse(PINGJIANG)
    assert [(e.title, e.doc_number, e.registration_number, e.section, e.page) for e in toc.entries] == [
        ("平江县人民政府办公室关于印发《打好发展“六仗”促进建筑业高质量发展的实施办法》的通知",
         "平政办发〔2023〕7号", "PJDR-2023-01004", "县政府办文件", 1),
        ("平江县人民政府办公室关于做好我县2024年度城乡居民基本医疗保险参保缴费工作的通知",
         "平政办函〔2023〕35号", "PJDR-2023-01006", "县政府办文件", 49),
    ]


# Each entry's 文号 and page on lines of their own (a review's gazette, laid out as some
# counties print their contents).
PAGES_ALONE = """目　　录

县政府文件

安仁县人民政府关于印发《安仁县耕地保护激励办法》的通知

安政发〔2024〕11号

1

安仁县人民政府关于同意设立安仁县稻田公园管理服务中心的批复

安政函〔2024〕28号

6

县政府办公室文件

安仁县人民政府办公室关于进一步加强城区停车秩序管理的通知

7
"""


def test_numbers_and_pages_on_lines_of_their_own():
    toc, _ = parse(PAGES_ALONE)
    assert [(e.title, e.doc_number, e.section, e.page) for e in toc.entries] == [
        ("安仁县人民政府关于印发《安仁县耕地保护激励办法》的通知", "安政发〔2024〕11号", "县政府文件", 1),
        ("安仁县人民政府关于同意设立安仁县稻田公园管理服务中心的批复", "安政函〔2024〕28号", "县政府文件", 6),
        ("安仁县人民政府办公室关于进一步加强城区停车秩序管理的通知", None, "县政府办公室文件", 7),
    ]


def test_a_page_alone_after_a_bracketed_number():
    text = """目　　录

汝城县人民政府关于做好2024年防汛工作的通知

（汝政发〔2024〕9号）

1

汝城县人民政府专题会议纪要

8
"""
    toc, _ = parse(text)
    assert [(e.title, e.doc_number, e.page) for e in toc.entries] == [
        ("汝城县人民政府关于做好2024年防汛工作的通知", "汝政发〔2024〕9号", 1), ("汝城县人民政府专题会议纪要", None, 8)]


def test_contents_entries_with_their_numbers_are_not_documents():
    """Title, 文号, page, next title: a contents entry, however much its 文号 looks like a header's."""
    from generator.titles import find_titles

    assert find_titles(content(PAGES_ALONE)) == []


def test_markdown_list_wrapped_entries_slogans_and_colophon():
    toc, lines = parse(QIYANG)
    got = [(e.title, e.doc_number, e.section, e.page, e.first, e.last) for e in toc.entries]
    assert got == [
        ("祁阳市人民政府关于公布2024年规范性文件清理结果的决定", "祁政发〔2024〕4号", "市政府文件", 3, 5, 6),
        ("祁阳市人民政府关于开展城区农贸市场及周边环境秩序专项整治的通告", "祁政通〔2024〕9号", "市政府文件",
         14, 7, 9),
        ("祁阳市人民政府办公室关于印发《祁阳市建筑垃圾专项整治行动实施方案》的通知", "祁政办函〔2024〕19号",
         "市政府办公室文件", 22, 15, 17),
    ]
    assert lines[toc.last].no == 17  # the colophon (编辑出版) is not part of the contents


def test_tabs_and_slogans_between_an_entrys_lines():
    toc, _ = parse(XIANGYIN)
    assert [(e.title, e.doc_number, e.registration_number, e.page) for e in toc.entries] == [
        ("关于印发《全县道路交通事故预防暨“冬季攻势”行动方案》的通知", "湘阴政办发〔2024〕22号", None, 66),
        ("关于印发《湘阴县重污染天气应急预案（2024修订版）》的通知", "湘阴政办发〔2024〕23号",
         "XYDR-2024-01002", 69),
    ]


def test_numbered_list_with_wrapped_titles():
    toc, _ = parse(YOUXIAN)
    assert [(e.title, e.page) for e in toc.entries] == [
        ("攸县人民政府办公室关于印发《攸县“攸惠贷”风险补偿资金管理办法》的通知", 1),
        ("攸县人民政府办公室关于印发《攸县实施〈株洲市管控和查处违法建设办法〉细则》"
         "《攸县实施〈株洲市管控和查处违法用地办法〉细则》的通知", 115),
    ]


def test_reconcile_by_number_then_title_and_report_the_rest():
    toc, _ = parse(PINGJIANG)
    docs = [
        DocRef("d1", "平江县人民政府办公室关于印发《打好发展“六仗”促进建筑业高质量发展发展的实施办法》的通知",
               "平政办发〔2023〕7号", "PJDR-2023-01004", 56),
        DocRef("d2", "平江县人民政府办公室关于做好我县2024年度城乡居民基本医疗保险参保缴费工作的通知",
               None, None, 563),
        DocRef("d3", "平江县人民政府办公室关于印发《别的办法》的通知", "平政办发〔2023〕99号", None, 900),
    ]
    entries, by_doc, diags = reconcile(toc.entries, docs)
    assert [e.document for e in entries] == ["d1", "d2"]
    assert by_doc["d2"].doc_number == "平政办函〔2023〕35号"
    assert [(d.code, d.line) for d in diags] == [("document-not-in-toc", 900)]


def test_reconcile_reports_entries_without_documents():
    toc, _ = parse(PINGJIANG)
    entries, by_doc, diags = reconcile(toc.entries, [])
    assert [d.code for d in diags] == ["toc-entry-unmatched", "toc-entry-unmatched"]
    assert by_doc == {}



@pytest.mark.parametrize("line, page", [
    ("平江县人民政府关于加强管理的通知" + "…" * 500 + "12", 12),
    ("平江县人民政府关于加强管理的通知" + " " * 500 + "12", 12),
    ("平江县人民政府关于加强管理的通知" + "……" + "...." + "7", 7),    # two kinds of leader in a row
    ("平江县人民政府关于加强管理的通知\t\t 第3页", 3),
    ("平江县人民政府关于加强管理的通知 / 9", 9),
    ("平江县人民政府关于加强管理的通知" + "." * 500 + "（P 4）", 4),
    # a range of pages, its dash of any width: the first page
    ("平江县人民政府关于印发规划的通知……………（1—14）", 1), ("平江县人民政府关于印发规划的通知……………1-14", 1),
    ("平江县人民政府关于印发规划的通知……………（15～18）", 15),
    # the leader lost: one space or none between the title's 文种 and its page (probe review 3)
    ("白水县人民政府关于印发安全生产工作要点的通知　1", 1), ("白水县人民政府关于印发安全生产工作要点的通知 12", 12),
    ("白水县人民政府关于表彰先进集体的决定5", 5), ("白水县人民政府关于表彰先进集体的决定（第5页）", 5),
    ("关于2024年第1号", None), ("白水县人民政府关于表彰先进集体的决定", None), ("全县共下发通知5", None),
    # no leader ever printed: the page in brackets after the title's 文种, or after its numbers in brackets
    ("南浦县财政局关于印发南浦县政府采购内部控制管理办法的通知（6）", 6),
    ("南浦县人民政府关于公布重点建设项目名单的通知（南政发〔2024〕9号）（1）", 1),
    ("南浦县财政局关于印发采购管理办法的通知（NPDR-2024-02001）（6）", 6),
    ("南浦县人民政府关于印发实施办法的通知（南政发〔2024〕10号　NPDR-2024-01003）（13）", 13),
    # near misses: a bracket holding no number, a suffix in words, no title before the page
    ("南浦县人民政府关于公布名单的通知（二）", None),
    # a year in brackets is the title's: the page is the bracket after it (probe session 9)
    ("南浦县人民政府关于公布名单的通知（2024年）（3）", 3),
    ("南浦县人民政府关于公布名单的通知（2024）", None), ("安排项目资金的通知（3）", None),
    ("全县共下发通知（南政发〔2024〕9号）（3）", None), ("关于2024年项目（南政发〔2024〕9号）（3）", None),
    # the page in 〔〕 or 【】, after a leader, a tab or the title (probe review 8)
    ("南浦县人民政府办公室关于做好春耕生产工作的通知……………〔14〕", 14),
    ("南浦县人民政府关于公布项目名录的决定\t【17】", 17), ("南浦县人民政府关于印发工作方案的通知〔1〕", 1),
])
def test_long_leaders_still_give_the_page(line, page):
    from generator.normalize import fold
    from generator.toclines import toc_page

    assert toc_page(line, fold(line)) == page


_TITLE_PIECES = ["平江县", "人民政府", "办公室", "关于", "印发", "做好", "春季", "森林防火", "工作", "的通知",
                 "的决定", "令", "(第1号)", "2024年", "实施方案", "的批复"]
_titles = st.lists(st.sampled_from(_TITLE_PIECES), min_size=0, max_size=6).map("".join)


@settings(max_examples=300, deadline=None)
@given(_titles, st.lists(_titles, max_size=6))
def test_the_most_similar_document_is_the_first_of_the_best(title, others):
    """Matching an entry skips titles by difflib's upper bounds; it finds what scoring every
    document and taking the first of the best finds."""
    from generator.tocmatch import SIMILAR, DocRef, _most_similar, title_similarity

    docs = [DocRef(f"d{i}", t, None, None, i) for i, t in enumerate(others)]
    scored = sorted(((title_similarity(title, d.title), d) for d in docs), key=lambda pair: -pair[0])
    score, found = _most_similar(title, docs)
    if scored and scored[0][0] >= SIMILAR:
        assert (score, found) == scored[0]
    else:
        assert found is None or score < SIMILAR


@pytest.mark.parametrize("key,page", [
    ("云溪县人民政府关于加强耕地保护的通知(1)", 1), ("云溪县人民政府关于加强耕地保护的通知3", 3),
    ("云溪县人民政府关于印发《办法》的通知(12)", 12),
    # not a page: no 文种 before the number, a 令's number
    ("2024年第3期", None), ("云溪县人民政府令(第1号)", None), ("平政发(2024)5号", None),
])
def test_page_printed_after_the_title_without_a_leader(key, page):
    from generator.tocpages import page_after_title

    assert page_after_title(key) == page


@pytest.mark.parametrize("text,back", [
    ("封底", True), ("平江县人民政府公报编辑委员会", True), ("编辑委员会", True), ("编委会", True),
    ("《澧县人民政府公报》是由澧县人民政府主办、澧县人民政府办公室编辑出版的政府出版物。", True),
    ("本刊刊登的文件与正式文件具有同等效力。", True),
    ("县安全生产委员会", False), ("《澧县人民政府公报》2024年第3期", False), ("本次检查发现问题12个。", False),
    # the year's index in its last issue (probe review 3)
    ("《横峰县人民政府公报》2024年总目录", True), ("横峰县人民政府公报2024年度总目录", True), ("总目录", True),
    ("附件：总目录", False),
    # the board's heading citing the gazette in 《》; near misses: a title or a sentence naming it
    ("《桐溪县人民政府公报》编辑委员会", True), ("《桐溪县人民政府公报》编委会", True),
    ("《桐溪县人民政府公报》编辑部", True), ("桐溪县人民政府公报编辑部", True),  # the board's office
    ("《桐溪县志》编辑部", False), ("编辑部", False), ("请与《桐溪县人民政府公报》编辑部联系", False),
    ("关于调整《桐溪县人民政府公报》编辑委员会组成人员的通知", False),
    ("《桐溪县人民政府公报》编辑委员会负责审定每期稿件。", False), ("《桐溪县志》编辑委员会", False),
    # what the gazette asks of its readers, under its heading (probe review 8); not a word alone or a title
    ("2025年度《桐溪县人民政府公报》征订启事", True), ("桐溪县人民政府公报征稿启事", True), ("《桐溪县人民政府公报》稿约", True),
    ("征稿启事", True), ("投稿须知", True), ("稿约", True),
    ("征订", False), ("投稿", False), ("关于做好2025年度党报党刊征订工作的通知", False), ("征稿启事：欢迎投稿。", False),
    # what the gazette says of the texts it prints (session 12); not a sentence citing it
    ("《松岭县人民政府公报》刊登的规范性文件为标准文本，与正式文件具有同等效力。", True),
    ("《松岭县人民政府公报》所刊文件与正式文件具有同等效力", True),
    ("在《松岭县人民政府公报》刊登的文件，视为已公开。", False),
    # what it tells its readers, under its heading; not a letter to others
    ("致读者", True), ("敬告读者", True), ("致广大读者", True), ("致全县广大农民朋友的一封信", False), ("读者", False),
])
def test_back_heading(text, back):
    """What opens the back matter once the last document is dated (segment.layout checks that)."""
    from generator.backmatter import is_back_heading
    assert is_back_heading(fold(text)) is back


def _entry(title, number=None, first=1):
    from generator.model import TocEntry
    return TocEntry(title, number, None, None, None, first, first)


@pytest.mark.parametrize("entries,docs,linked", [
    # the same title, the 文号 misprinted in the contents: linked (the body's number wins)
    ([("关于表彰见义勇为先进个人的通报", "湘政发〔2024〕2011号")],
     [("d1", "湘阴县人民政府关于表彰见义勇为先进个人的通报", "湘政发〔2024〕11号")], ["d1"]),
    # an entry whose document is missing does not take the one a later entry names exactly
    ([("桂阳县人民政府关于张建华等同志职务任免的通知", None), ("桂阳县人民政府关于李卫东等同志职务任免的通知", None)],
     [("d1", "桂阳县人民政府关于李卫东等同志职务任免的通知", None)], [None, "d1"]),
    # alike titles with different 文号: not the same document
    ([("桂阳县人民政府关于张建华等同志职务任免的通知", "桂政任〔2024〕5号")],
     [("d1", "桂阳县人民政府关于李卫东等同志职务任免的通知", "桂政任〔2024〕6号")], [None]),
    # the occasion after a dash, the speaker in brackets
    ([("政府工作报告——2024年1月9日在冷水江市第十八届人民代表大会第四次会议上", None), ("政府工作报告（市长　肖群）", None)],
     [("d1", "政府工作报告", None), ("d2", "政府工作报告", None)], ["d1", "d2"]),
])
def test_reconcile_sure_matches_first(entries, docs, linked):
    refs = [DocRef(i, t, n, None, 100 + k) for k, (i, t, n) in enumerate(docs)]
    out, _, _ = reconcile(tuple(_entry(t, n, k + 1) for k, (t, n) in enumerate(entries)), refs)
    assert [e.document for e in out] == linked


@pytest.mark.parametrize("entry,title,same", [
    ("政府工作报告——2024年1月9日在冷水江市第十八届人民代表大会第四次会议上", "政府工作报告", True),
    ("政府工作报告（市长　肖群）", "政府工作报告", True),
    ("关于印发《嘉禾县城区道路命名方案》的通知", "嘉禾县人民政府关于印发〈嘉禾县城区道路命名方案〉的通知", True),
    ("青溪县人民政府关于做好防汛工作的通知（二）", "青溪县人民政府关于做好防汛工作的通知", False),  # a part of a series
    ("平江县城区停车场管理办法的通知（节选）", "平江县城区停车场管理办法的通知", False),  # said: toc-title-differs
    ("平江县人民政府令（第1号）", "平江县人民政府令", True),  # a 令's or 公告's number in brackets
    ("南浦县人民政府公告（〔2024〕第3号）", "南浦县人民政府公告", True),
    ("南浦县人民政府公告（〔2024〕3号）", "南浦县人民政府公告", True),
    ("南浦县人民政府公告（2024年第3号）", "南浦县人民政府公告", True),
    ("南浦县人民政府公告（南政告〔2024〕3号）", "南浦县人民政府公告", False),  # a 文号 (read apart by toc)
    ("南浦县人民政府公告（3号）", "南浦县人民政府公告", False),
    ("南浦县人民政府令　第8号", "南浦县人民政府令", True),  # the number after a space, unbracketed
    ("南浦县人民政府公告　2024年第3号", "南浦县人民政府公告", True),
    ("在全县安全生产工作会议上的讲话　刘振华", "在全县安全生产工作会议上的讲话", True),  # the speaker after the title
    ("在全县经济工作会议上的讲话　县委副书记、县长　陈建华", "在全县经济工作会议上的讲话", True),
    ("政府工作报告　县长　陈建华", "政府工作报告", True),
    # the speaker after the day or the occasion in brackets
    ("在全县经济工作会议上的讲话（2024年1月10日）　县长　陈志明", "在全县经济工作会议上的讲话", True),
    ("政府工作报告（2024年1月15日）　代县长　陈志明", "政府工作报告", True),
    ("在全县经济工作会议上的讲话（二）　县长　陈志明", "在全县经济工作会议上的讲话", False),  # a part
    ("关于全县中小学校布局调整的调研报告（2024年3月）　县教育局", "关于全县中小学校布局调整的调研报告", False),
    ("政府工作报告摘要", "政府工作报告", False),  # near misses: words that name no speaker, an organ
    ("在全县安全生产工作会议上的讲话精神", "在全县安全生产工作会议上的讲话", False),
    ("关于全县中小学校布局调整的调研报告　县教育局", "关于全县中小学校布局调整的调研报告", False),
    # the government or its office named short in the entry, in full in the title
    ("县政府令（第5号）", "青溪县人民政府令", True), ("县政府令　第5号", "青溪县人民政府令", True),
    ("县政府公告（2024年第1号）", "青溪县人民政府公告", True),
    ("县政府办关于印发青溪县防汛抗旱应急预案的通知", "青溪县人民政府办公室关于印发青溪县防汛抗旱应急预案的通知", True),
    ("县人民政府关于做好春季森林防火工作的通知", "青溪县人民政府关于做好春季森林防火工作的通知", True),
    ("永州市道县人民政府令（第2号）", "县政府令", True),
    ("县财政局　县农业农村局关于下达补贴资金的通知", "青溪县财政局　青溪县农业农村局关于下达补贴资金的通知", True),
    ("湖南省人民政府关于做好防汛工作的通知", "省人民政府关于做好防汛工作的通知", True),
    ("县财政局关于下达补贴资金的通知", "青溪县农业农村局关于下达补贴资金的通知", False),
    # near misses: another level, the office against the government, another organ, a 办法
    ("市政府令（第5号）", "青溪县人民政府令", False), ("县政府办公室公告", "青溪县人民政府公告", False),
    ("中共青溪县委青溪县人民政府关于表彰先进的决定", "县政府关于表彰先进的决定", False),
    ("县政府办法", "青溪县人民政府办公室法", False),
    # a title forwarding or about the government's act, printed without its own issuer, is no title of the government's
    ("转发市人民政府关于加强森林防火工作的通知", "市人民政府关于加强森林防火工作的通知", False),
    ("印发县人民政府工作规则的通知", "县人民政府工作规则的通知", False),
    # (nor is the verb taken for the place of the issuer after it: 转发 of 转发市…, of 转发省…)
    ("转发省人民政府关于加强防汛工作的通知", "湖南省人民政府关于加强防汛工作的通知", False),
])
def test_same_title(entry, title, same):
    from generator.tocmatch import title_similarity
    assert (title_similarity(entry, title) == 1.0) is same


@pytest.mark.parametrize("entries,docs,linked", [
    # the rule a 令 promulgates, printed under it as a caption: the entry goes to the 令
    ([("青禾县人民政府令（第3号）", None), ("青禾县城市绿化管理办法", None)],
     [("d1", "青禾县人民政府令", ("青禾县城市绿化管理办法",), ())], ["d1", "d1"]),
    # the plan a notice issues, named by the contents instead of the notice
    ([("青禾县农村人居环境整治提升行动方案", None)],
     [("d1", "青禾县人民政府办公室关于印发《青禾县农村人居环境整治提升行动方案》的通知", (),
       ("青禾县农村人居环境整治提升行动方案",))], ["d1"]),
    # a document of its own with that title wins over the part another one prints
    ([("青禾县城市绿化管理办法", None)],
     [("d1", "青禾县人民政府令", ("青禾县城市绿化管理办法",), ()), ("d2", "青禾县城市绿化管理办法", (), ())], ["d2"]),
    # the document that prints the rule wins over one whose title names it first
    ([("青石县城区停车管理办法", None)],
     [("d1", "青石县人民政府关于发布《青石县城区停车管理办法》的决定", (), ("青石县城区停车管理办法",)),
      ("d2", "青石县人民政府令", ("青石县城区停车管理办法",), ())], ["d2"]),
    # a part's short caption does not end every title it ends
    ([("青禾县人民政府关于做好汛期安全工作的实施方案", None)],
     [("d1", "青禾县人民政府办公室关于印发通知", ("实施方案",), ())], [None]),
    # a short entry does not end every part it ends
    ([("实施方案", None)],
     [("d1", "青禾县人民政府令", ("青禾县农村人居环境整治实施方案",), ())], [None]),
    # a part with another title: the entry stays unmatched
    ([("青禾县城市绿化管理办法", None)],
     [("d1", "青禾县人民政府令", ("青禾县城市供水管理办法",), ())], [None]),
])
def test_an_entry_that_names_a_part_of_a_document(entries, docs, linked):
    refs = [DocRef(i, t, None, None, 100 + k, parts, issued) for k, (i, t, parts, issued) in enumerate(docs)]
    out, by_doc, diagnostics = reconcile(tuple(_entry(t, n, k + 1) for k, (t, n) in enumerate(entries)), refs)
    assert [e.document for e in out] == linked
    codes = {d.code for d in diagnostics}
    assert ("toc-entry-unmatched" in codes) is (None in linked)
    # an entry linked by a part gives its document nothing (no 文号, no title): only its own does
    by_part = {d.line for d in diagnostics if d.code == "toc-entry-names-a-part"}
    assert all(by_doc.get(e.document) is not e for e in out if e.first in by_part)
    assert len(by_part) == sum(1 for e in out if e.document and by_doc.get(e.document) is not e)


# A notice's attached plan, then a second plan the parse takes for a caption of the same notice
# (no 文号, no signature): its contents entry still says that no document in the body is it.
MERGED = """青石县人民政府公报
2024年第4期
目　　录
青石县人民政府办公室关于印发《青石县2024年政务公开工作要点》的通知……1
青石县2024年优化营商环境工作要点……………………………………5
青石县人民政府办公室关于印发《青石县2024年政务公开工作要点》的通知
青政办发〔2024〕20号
各乡镇人民政府，县直各单位：
《青石县2024年政务公开工作要点》已经县人民政府同意，现印发给你们，请认真贯彻落实。
青石县人民政府办公室
2024年5月6日
青石县2024年政务公开工作要点
一、加强政策解读
各单位要做好政策解读工作。
青石县2024年优化营商环境工作要点
一、优化政务服务
推进政务服务事项“一网通办”。
"""


def test_a_caption_inside_a_notice_is_no_part_a_contents_entry_names():
    """Only a 令's caption is the rule it promulgates; another document's caption may be a
    document the parse did not tell apart, which the contents entry should keep saying."""
    from generator.pipeline import parse_bytes

    result = parse_bytes(MERGED.encode("utf-8"), "merged.txt")
    unmatched = [d for d in result.diagnostics if d.code == "toc-entry-unmatched"]
    assert [d.excerpt for d in unmatched] == ["青石县2024年优化营商环境工作要点"]
    assert result.toc[1].document is None


@pytest.mark.parametrize("text, section", [
    ("县政府函件", True), ("政务动态", True), ("领导讲话", True), ("公告公示", True), ("县政府文件", True),
    # an entry's own title whose page may stand on the next line
    ("汝城县人民政府专题会议纪要", False), ("在全县经济工作会议上的讲话", False), ("平江县人民政府公告", False),
])
def test_what_names_a_section_of_the_contents(text, section):
    from generator.model import Line
    from generator.normalize import fold
    from generator.toc import is_section_heading

    assert is_section_heading(Line(1, text, fold(text)), False) is section


@pytest.mark.parametrize("text, colophon, fields", [
    ("编辑：平江县人民政府办公室　地址：平江县汉昌镇东街1号　电话：0730-6221234　印数：800份", True, 4),
    ("湖南省连续性内部资料准印证号：岳阳（2023）第012号", True, 0), ("平江县人民政府公报编辑部", True, 0),
    ("请将材料报送县政府办公室，地址：平江县汉昌镇东街1号。", False, 1),  # a sentence with an address
    ("一、内部资料须经审批，取得准印证后方可印制，并在封底标明：", False, 0),  # a body's words
    # the short colophon at an issue's end (probe review 3)
    ("免费赠阅", True, 0), ("发送范围：县四套班子领导，各乡镇，县直各单位", True, 0), ("（本期共印1000份）", True, 0),
    ("印数：800册", True, 1), ("——本期结束——", True, 0),
    ("主编：周涛", False, 0),  # (the last of a board a notice forms: 主编：…, 副主编：…, a review's find)
    ("免费赠阅的图书已发放到各乡镇。", False, 0), ("主编单位要按时报送。", False, 0),
    # the issue's editors over the colophon (tenth session)
    ("责任编辑：张　伟　　校对：李　华", True, 1), ("本期责任编辑：张伟", True, 1), ("执行编辑：李华", True, 1),
    ("责任编辑要认真审核稿件。", False, 0),
])
def test_colophon_lines(text, colophon, fields):
    from generator.normalize import fold
    from generator.colophon import colophon_fields, is_colophon

    assert is_colophon(fold(text)) is colophon and colophon_fields(fold(text)) == fields


@pytest.mark.parametrize("text, end", [
    ("免费赠阅", True), ("内部资料　免费交流", True), ("发送范围：各乡镇", True), ("（本期共印1000份）", True),
    ("——本期结束——", True), ("内部资料须经审批后印制", False), ("主编：周涛", False), ("电话：0794-7372101", False), ("（共印50份）", False),
    # what the gazette says of itself at its end (probe review 6)
    ("（本刊为内部资料，仅供参阅）", True), ("本刊系内部资料", True),
    ("本刊为内部资料，请勿在互联网上转载，违者依法追究责任。", False), ("（本刊为内部资料）的规定", False),
    # the permit's number alone, the print run and distribution labelled 本期 (fourteenth session)
    ("湘内资准字第K2024-006号", True), ("（湘）内资准字第2023-018号", True), ("本期印数：600份", True),
    ("本期发送范围：县四大家领导，各乡镇人民政府", True),
    ("各单位须取得湘内资准字第K2024号准印证后印制。", False), ("本期印数较上期增加。", False),
])
def test_what_only_an_issues_end_prints(text, end):
    from generator.normalize import fold
    from generator.backmatter import is_issue_end

    assert is_issue_end(fold(text)) is end



@pytest.mark.parametrize("text, page", [
    ("平江县人民政府办公室关于做好2024年防汛工作的通知（15—18）", 15),  # a range, no leaders
    ("平江县人民政府关于做好防汛工作的通知（3）", 3),
    ("平江县人民政府关于印发规划的通知（2024—2026）", None),  # years, not pages
    # a year alone in brackets is the title's (probe session 9); the page is what follows it
    ("青溪县人民政府关于印发青溪县重点项目投资计划的通知（2024）", None),
    ("青溪县人民政府关于表彰安全生产先进单位的决定〔2024〕", None),
    ("青溪县人民政府关于表彰安全生产先进单位的决定〔2024〕　　　4", 4),
    ("青溪县人民政府关于印发青溪县重点项目投资计划的通知（2024）（5）", 5),
    ("平江县人民政府关于做好防汛工作的通知（312）", 312),
])
def test_a_page_printed_after_the_title_without_leaders(text, page):
    from generator.normalize import fold
    from generator.tocpages import page_after_title

    assert page_after_title(fold(text)) == page


@pytest.mark.parametrize("text, title", [
    # a page in 〔〕 or 【】 right after the title is taken off it, as one in （） is (probe review 8)
    ("南浦县人民政府关于印发南浦县河长制工作方案的通知〔1〕", "南浦县人民政府关于印发南浦县河长制工作方案的通知"),
    ("南浦县人民政府办公室关于印发南浦县森林防火工作方案的通知【21】", "南浦县人民政府办公室关于印发南浦县森林防火工作方案的通知"),
    ("南浦县人民政府关于做好防汛工作的通知（3）", "南浦县人民政府关于做好防汛工作的通知"),
    # a bracket after words that end no title stays
    ("南浦县人民政府关于印发规划的通知　南政发〔2024〕", "南浦县人民政府关于印发规划的通知　南政发〔2024〕"),
    ("2024年南浦县政府大事记【3】", "2024年南浦县政府大事记【3】"),
    # a year in brackets is the title's, no page (probe session 9)
    ("青溪县人民政府关于印发青溪县重点项目投资计划的通知（2024）", "青溪县人民政府关于印发青溪县重点项目投资计划的通知（2024）"),
    ("青溪县人民政府关于表彰安全生产先进单位的决定〔2024〕", "青溪县人民政府关于表彰安全生产先进单位的决定〔2024〕"),
])
def test_a_page_in_any_brackets_taken_off_the_title(text, title):
    from generator.tocpages import without_bare_page

    assert without_bare_page(text) == title


@pytest.mark.parametrize("text, nxt, section", [
    # a section named by the kind of its documents and who issues them (probe review 4)
    ("区政府通告", "江岸区人民政府关于禁止燃放烟花爆竹的通告……3", True),
    ("县政府令", "江岸区人民政府令（第3号）……1", True),
    ("区政府常务会议纪要", "城关区人民政府第18次常务会议纪要……20", True),
    ("任免通知", "关于王某某等同志职务任免的通知……9", True),
    ("县政府公告", "3", False),  # a short entry, its page on the next line
    ("平江县人民政府公告", "平江县人民政府关于……的通知……5", False),
    # the entries numbered by the contents (a probe of whole gazettes): the number passed over; not
    # a short entry whose number and page follow it
    ("◆ 县政府令 ◆", "1．南浦县人民政府令（第5号）南浦县城镇燃气管理办法 …… 1", True),
    ("县政府公告", "2. 南浦县人民政府关于禁止燃放烟花爆竹的公告……3", True),
    ("县政府令", "1．（2024年第1号）……1", False),
    # the section numbered as the other sections are (probe session 9)
    ("二、政府令", "3.梅川县人民政府令（第5号）……5", True), ("（二）县政府令", "3.梅川县人民政府令（第5号）……5", True),
    ("三、县政府通告", "梅川县人民政府关于禁止燃放烟花爆竹的通告……7", True),
    ("（二）县政府令", "（2024年第1号）……1", False),
])
def test_a_section_named_by_its_documents_kind(text, nxt, section):
    from generator.model import Line
    from generator.normalize import fold
    from generator.toc import is_section_heading

    assert is_section_heading(Line(1, text, fold(text)), False, Line(2, nxt, fold(nxt))) is section


@pytest.mark.parametrize("text, leader_and_page", [
    ("..... (1)", True), ("……………（11）", True), ("6..... (49)", True), ("009）……………（11）", True),
    ("（7）", False),  # a page alone is read by the contents' own loop, not as a leader's line
    ("平政办发〔2023〕8号 PJDR—2023—01005..... (7)", False),  # an entry's whole number line
    ("二、工作措施……3", False), ("2024年……", False),
    # the entry's numbers in brackets, then its page in brackets, no leader (its title above)
    ("（南政发〔2024〕10号　NPDR-2024-01003）（3）", True), ("（NPDR-2024-01003）（13）", True),
    ("（南政发〔2024〕10号）", False), ("（2024年）（3）", False),
])
def test_a_contents_entrys_leader_and_page_on_a_line_of_their_own(text, leader_and_page):
    from generator.toclines import is_leader_and_page
    from generator.model import Line

    assert is_leader_and_page(Line(1, text, fold(text))) is leader_and_page


@pytest.mark.parametrize("text, ends", [
    ("平政办发〔2023〕8号 PJDR—2023—01005.....", True), ("（平政办函〔2023〕35号）……", True),
    ("附件：", False), ("2023—2025", False),
    # a sentence ending in an ellipsis, a Markdown underline (a review's excerpts): no leader
    ("根据国务院办公厅通知精神，现将春节放假安排公告如下……", False), ("共计3...", False), ("----------", False),
])
def test_a_line_that_ends_in_a_leader(text, ends):
    from generator.toclines import ends_in_leader

    assert ends_in_leader(fold(text)) is ends


@pytest.mark.parametrize("lines,entries", [
    # a 通告 listed as printed: banner, number (bare or bracketed), subject: one entry
    (["桐岭县人民政府通告", "桐政告〔2024〕2号", "关于禁止在城区燃放烟花爆竹的通告"],
     [("关于禁止在城区燃放烟花爆竹的通告", "桐政告〔2024〕2号")]),
    (["桐岭县人民政府通告", "（桐政告〔2024〕2号）", "关于禁止在城区燃放烟花爆竹的通告"],
     [("关于禁止在城区燃放烟花爆竹的通告", "桐政告〔2024〕2号")]),
    # a 通告 titled by its banner, then a notice of another kind: two entries
    (["桐岭县人民政府通告", "（桐政告〔2024〕2号）", "关于做好防汛工作的通知"],
     [("桐岭县人民政府通告", "桐政告〔2024〕2号"), ("关于做好防汛工作的通知", None)]),
    # then a 通告 with its own number: two entries
    (["桐岭县人民政府通告", "（桐政告〔2024〕2号）", "关于禁止燃放烟花爆竹的通告（桐政告〔2024〕3号）"],
     [("桐岭县人民政府通告", "桐政告〔2024〕2号"), ("关于禁止燃放烟花爆竹的通告", "桐政告〔2024〕3号")]),
    # the banner's issuer naming itself in the subject: one entry
    (["桐岭县人民政府通告", "桐政告〔2024〕2号", "桐岭县人民政府关于禁止在城区燃放烟花爆竹的通告"],
     [("桐岭县人民政府关于禁止在城区燃放烟花爆竹的通告", "桐政告〔2024〕2号")]),
    # then another organ's 通告 without a number: two entries
    (["桐岭县人民政府通告", "桐政告〔2024〕7号", "桐岭县公安局关于城区道路交通管制的通告"],
     [("桐岭县人民政府通告", "桐政告〔2024〕7号"), ("桐岭县公安局关于城区道路交通管制的通告", None)]),
])
def test_a_notice_listed_under_its_banner_and_number(lines, entries):
    toc, _ = parse("目　录\n" + "\n".join(lines))
    assert [(e.title, e.doc_number) for e in toc.entries] == entries


@pytest.mark.parametrize("lines,entries", [
    # an unmarked section's name after a whole entry (its 文种 printed, no number or page after it)
    (["县政府文件", "桐岭县人民政府关于同意设立桐岭县城东幼儿园的批复", "县政府通告", "关于禁止在城区燃放烟花爆竹的通告"],
     [("桐岭县人民政府关于同意设立桐岭县城东幼儿园的批复", "县政府文件"), ("关于禁止在城区燃放烟花爆竹的通告", "县政府通告")]),
    (["县政府通告", "桐岭县人民政府通告", "桐政告〔2025〕6号", "关于禁止在城区燃放烟花爆竹的通告", "县政府办文件",
      "桐岭县人民政府办公室关于做好春耕生产工作的通知", "桐政办发〔2025〕5号"],
     [("关于禁止在城区燃放烟花爆竹的通告", "县政府通告"), ("桐岭县人民政府办公室关于做好春耕生产工作的通知", "县政府办文件")]),
    # a title's wrapped line is no section, however it ends
    (["县政府文件", "桐岭县人民政府关于印发《桐岭县城区养犬管理", "办法》的通知", "桐政发〔2024〕30号"],
     [("桐岭县人民政府关于印发《桐岭县城区养犬管理办法》的通知", "县政府文件")]),
])
def test_a_section_name_after_a_whole_entry(lines, entries):
    toc, _ = parse("目　录\n" + "\n".join(lines))
    assert [(e.title, e.section) for e in toc.entries] == entries


@pytest.mark.parametrize("text", [
    "平江县人民政府办公室关于印发《实施办法》的通知平政办发〔2023〕7号",
    "平江县人民政府办公室关于印发《实施办法》的通知平政办发〖2023〗7号",  # brackets a font or OCR gives
    "平江县人民政府办公室关于印发《实施办法》的通知（平政办发﹝2023﹞7号）",
    "平江县人民政府办公室关于印发《实施办法》的通知 平政办发【2023】7号 PJDR―2023―01004",
    "平江县人民政府办公室关于印发《实施办法》的通知 PJDR─2023─01004",
    "平江县人民政府办公室关于印发《实施办法》的通知（PJDR一2023一01004）",
    "平江县人民政府办公室关于印发《实施办法》的通知 PJDR_2023_01004",
    # the year's 年 inside the bracket, 第 before the serial, its leading zeros (probe of the tenth session)
    "平江县人民政府办公室关于印发《实施办法》的通知平政办发〔2023年〕7号",
    "平江县人民政府办公室关于印发《实施办法》的通知 平政办发〔2023〕第7号",
    "平江县人民政府办公室关于印发《实施办法》的通知（平政办发〔2023〕007号）",
    "平江县人民政府办公室关于印发《实施办法》的通知 平政办发［2023年］第07号 PJDR-2023-01004",
])
def test_an_entrys_numbers_come_off_its_title_in_every_print(text):
    from generator.tocnumbers import without_numbers

    assert without_numbers(text) == "平江县人民政府办公室关于印发《实施办法》的通知"


# Leaders some typesetters print in characters the text keeps (the key folds them to dots):
# full-width dots, midline ellipses, two-dot leaders, katakana middle dots (probe review hO).
@pytest.mark.parametrize("leader", ["．" * 12, "⋯" * 8 + " ", "‥" * 10, "・" * 10])
def test_leaders_of_full_width_dots_and_midline_ellipses(leader):
    toc, _ = parse("目　　录\n\n县政府文件\n\n南浦县人民政府关于公布县级权责清单的通知" + leader + "３\n")
    assert [(e.title, e.page) for e in toc.entries] == [("南浦县人民政府关于公布县级权责清单的通知", 3)]


def test_one_full_width_dot_in_a_title_is_no_leader():
    toc, _ = parse("目　　录\n\n南浦县人民政府关于印发南浦县2．0版营商环境改革方案的通知……………（5）\n")
    assert [(e.title, e.page) for e in toc.entries] == [("南浦县人民政府关于印发南浦县2．0版营商环境改革方案的通知", 5)]


@pytest.mark.parametrize("texts, furniture", [
    # the last entry has its page: a bare number opening the next page is the page's
    (["关于印发《桐溪县建筑垃圾管理办法》的通知", "（桐政办发〔2024〕8号）……………（1）", "\f2"], True),
    # an entry waits, and the line under the number prints its page
    (["关于印发《桐溪县城区停车管理办法》的通知", "\f3", "（桐政办发〔2024〕9号）……………（3）"], True),
    # near misses: the waiting entry's page printed alone, on the next page or not
    (["关于印发《桐溪县城区停车管理办法》的通知", "\f3", "关于做好2024年秋季森林防火工作的通知"], False),
    (["关于印发《桐溪县建筑垃圾管理办法》的通知", "（桐政办发〔2024〕8号）……………（1）", "2"], False),
])
def test_a_bare_page_number_among_the_contents_entries(texts, furniture):
    from generator.model import Line
    from generator.normalize import clean, fold
    from generator.toc import toc_page
    from generator.tocpages import page_number_between_entries

    content = [Line(k + 1, clean(t), fold(t), t.startswith("\f")) for k, t in enumerate(texts)]
    i = next(k for k, t in enumerate(texts) if fold(t).isdecimal())
    pending = toc_page(texts[i - 1], fold(texts[i - 1])) is None

    class Entry:
        page = None if pending else 1

    assert page_number_between_entries(content, i, len(content) - 1, pending, [Entry()]) is furniture


@pytest.mark.parametrize("texts, pages", [
    # the bracket left open: the page's last figure under it
    (["关于印发《桐溪县建筑垃圾专项整治行动实施方案》的通知", "（桐政办函〔2024〕19号）……………（2", "2）",
      "关于印发《桐溪县城区停车管理办法》的通知", "（桐政办函〔2024〕20号）……………（28）"], [22, 28]),
    # the page alone would come before the entry above's: its last figure under it
    (["关于表彰先进个人的通报", "（桐政发〔2024〕11号）.....15", "关于印发《桐溪县医保参保工作方案》的通知",
      "（桐政办发〔2024〕21号）.....6", "1", "关于印发《全县道路交通安全行动方案》的通知", "（桐政办发〔2024〕22号）.....66"],
     [15, 61, 66]),
    # near misses: a blank line between (the figure is not the page's rest), pages already in order
    (["关于表彰先进个人的通报", "（桐政发〔2024〕11号）.....15", "关于印发《桐溪县医保参保工作方案》的通知",
      "（桐政办发〔2024〕21号）.....6", "", "1", "关于印发《全县道路交通安全行动方案》的通知",
      "（桐政办发〔2024〕22号）.....66"], [15, 6, 66]),
    (["关于表彰先进个人的通报", "（桐政发〔2024〕11号）.....3", "关于印发《桐溪县医保参保工作方案》的通知",
      "（桐政办发〔2024〕21号）.....6", "1", "关于印发《全县道路交通安全行动方案》的通知",
      "（桐政办发〔2024〕22号）.....66"], [3, 6, 66]),
])
def test_an_entrys_page_cut_by_a_narrow_column(texts, pages):
    toc, _ = parse("目　　录\n" + "\n".join(texts) + "\n")
    assert [e.page for e in toc.entries] == pages


@pytest.mark.parametrize("entry, back, code", [
    ("2024年1—3月枫源县政务大事记", frozenset({"2024年1-3月枫源县政务大事记"}), "toc-entry-names-back-matter"),
    ("政务大事记", frozenset({"政务大事记"}), "toc-entry-names-back-matter"),
    ("新田县政务大事记（2024年1月—3月）", frozenset({"新田县政务大事记(2024年1月-3月)"}), "toc-entry-names-back-matter"),
    # near misses: no back matter, or back matter of other words (the entry's document is missing)
    ("2024年1—3月枫源县政务大事记", frozenset(), "toc-entry-unmatched"),
    ("枫源县人民政府关于表彰先进单位的通报", frozenset({"政务大事记"}), "toc-entry-unmatched"),
])
def test_an_entry_naming_the_back_matter(entry, back, code):
    from generator.tocmatch import DocRef, reconcile
    docs = [DocRef("d1", "枫源县人民政府关于做好防汛工作的通知", None, None, 100)]
    _, _, diagnostics = reconcile((_entry(entry),), docs, back)
    assert [d.code for d in diagnostics if d.code.startswith("toc-entry")] == [code]


@pytest.mark.parametrize("text, number, title", [
    # a 发文字号 without the brackets around its year, in brackets last, or alone on its line
    ("南浦县人民政府关于加强森林防火工作的通知（南政发2024年3号）", "南政发〔2024〕3号", "南浦县人民政府关于加强森林防火工作的通知"),
    ("（南政办函2024—12号）", "南政办函〔2024〕12号", ""),
    ("南浦县人民政府关于加强森林防火工作的通知（南政发〔2024〕3号）", "南政发〔2024〕3号", "南浦县人民政府关于加强森林防火工作的通知"),
    # near misses: a bracket that is no number, a year and a number in a title's words
    ("南浦县城市供水管理办法（试行）", None, "南浦县城市供水管理办法（试行）"),
    ("南浦县人民政府关于做好2024年3号台风防御工作的通知", None, "南浦县人民政府关于做好2024年3号台风防御工作的通知"),
    ("关于2024年3号台风灾后重建的报告（县政府2024年3号）", None, "关于2024年3号台风灾后重建的报告（县政府2024年3号）"),
])
def test_an_entrys_number_without_brackets_around_its_year(text, number, title):
    from generator.normalize import fold
    from generator.tocnumbers import entry_numbers, without_numbers

    assert entry_numbers(fold(text))[0] == number
    assert without_numbers(text) == title


@pytest.mark.parametrize("text, titles", [
    # an entry with no 文种 over the next numbered entry: two entries
    ("目录\n6.《松岭县农村供水工程运行管理办法》政策解读\n7.松岭县人民政府关于同意设立古里乡示范区的批复\n",
     ["《松岭县农村供水工程运行管理办法》政策解读", "松岭县人民政府关于同意设立古里乡示范区的批复"]),
    # near misses: a title wrapped onto a line that opens with no number, or with another number
    ("目录\n1.松岭县人民政府关于表彰2023年度全县\n安全生产工作先进集体的通报\n",
     ["松岭县人民政府关于表彰2023年度全县安全生产工作先进集体的通报"]),
    ("目录\n1.松岭县人民政府关于下达2024年\n4.5万亩高标准农田建设任务的通知\n",
     ["松岭县人民政府关于下达2024年4.5万亩高标准农田建设任务的通知"]),
])
def test_numbered_entries_each_open_with_their_number(text, titles):
    parsed, _ = parse(text)
    assert [e.title for e in parsed.entries] == titles


_CONTENTS = """南浦县人民政府公报
2024年第2期

目　录

南浦县人民政府关于做好春耕生产工作的通知{leader}1
南浦县人民政府办公室关于开展安全生产大检查的通知{leader}3

南政发〔2024〕5号

南浦县人民政府关于做好春耕生产工作的通知

各乡镇人民政府，县直各单位：
为做好今年春耕生产工作，现将有关事项通知如下。

南浦县人民政府
2024年2月20日

南政办发〔2024〕8号

南浦县人民政府办公室关于开展安全生产大检查的通知

各乡镇人民政府，县直各单位：
县人民政府决定在全县开展安全生产大检查。

南浦县人民政府办公室
2024年2月26日
"""


@pytest.mark.parametrize("leader", [
    "……………", "．．．．．", "⋯⋯⋯",
    # other fonts' dots, and dots, dashes or underscores a space apart (the contents were lost, or
    # their titles kept the leader)
    "∙∙∙∙∙∙", "⋅⋅⋅⋅⋅⋅", "‧‧‧‧‧‧", " . . . . . . ", ". . . . . . ", "· · · · · ", "- - - - - ", "_ _ _ _ ",
])
def test_contents_leaders_of_other_fonts_and_spaced(leader):
    from generator.pipeline import parse_bytes

    result = parse_bytes(_CONTENTS.format(leader=leader).encode("utf-8"), "x.txt")
    assert [(e.title, e.page) for e in result.toc] == [
        ("南浦县人民政府关于做好春耕生产工作的通知", 1), ("南浦县人民政府办公室关于开展安全生产大检查的通知", 3)]
    assert [e.document for e in result.toc] == [d.id for d in result.documents]


@pytest.mark.parametrize("key, index", [
    ("《桐溪县人民政府公报》2024年总目录", True), ("桐溪县人民政府公报2024年总目录", True), ("2024年度总目录", True),
    ("全年目录", True),
    # naming the span of issues it lists, before it or in brackets after it; the whole year
    ("《松岭县人民政府公报》2024年第1期-第12期总目录", True), ("总目录(2024年第1-12期)", True), ("2024年1-12期总目录", True),
    ("2024年第1期至第12期总目录", True), ("2024年全年总目录", True),
    # near misses: an entry naming the index with its page, the issue's own contents, a title holding the words
    ("《桐溪县人民政府公报》2024年总目录......(5)", False), ("目录", False), ("本期目录", False),
    ("2024年第3期目录", False), ("年总目录", False), ("总目录()", False),
    ("关于编制2024年政府信息公开总目录的通知", False),
])
def test_year_index(key, index):
    """The year's index heading ends the issue's contents (backmatter.is_year_index, on a folded key)."""
    from generator.backmatter import is_year_index

    assert is_year_index(key) is index


@pytest.mark.parametrize("key, without", [
    ("南浦县人民政府令(第5号)南浦县城镇燃气管理办法", "南浦县人民政府令"),
    ("南浦县人民政府令第6号南浦县城市绿化管理规定", "南浦县人民政府令"),
    ("南浦县人民政府令(2024年第1号)南浦县城区养犬管理条例", "南浦县人民政府令"),
    ("县人民政府令第5号《青溪县物业管理办法》", "县人民政府令"),  # the rule in 《》, after a dash
    ("青溪县人民政府令(第5号)--《青溪县物业管理办法》", "青溪县人民政府令"),
    ("青溪县人民政府令(第5号)——《青溪县物业管理办法》", "青溪县人民政府令"),
    # near misses: no rule after the number, a title citing a 令, the number alone
    ("南浦县人民政府关于废止南浦县人民政府令(第2号)的决定", "南浦县人民政府关于废止南浦县人民政府令(第2号)的决定"),
    ("南浦县人民政府令(第5号)", "南浦县人民政府令(第5号)"),
    ("南浦县人民政府令(第5号)关于印发", "南浦县人民政府令(第5号)关于印发"),
])
def test_a_decree_entry_without_the_rule_after_its_number(key, without):
    """A contents entry printing a 令's number and the rule it promulgates names the 令 (tocmatch._without_rule)."""
    from generator.tocmatch import _without_rule

    assert _without_rule(key) == without


@pytest.mark.parametrize("line, above, page_above, page", [
    # an entry without 文种 under one printing its page in brackets with no leader
    ("2024年3月南浦县政府大事记（9）", "南浦县人民政府关于孙立军等同志职务任免的通知（8）", 8, 9),
    ("2024年3月南浦县政府大事记（6）", "《南浦县城区停车管理办法》政策解读（4）", 4, 6),
    # near misses: a page before the one above, a year, a sentence, an entry above with no page in brackets
    ("2024年3月南浦县政府大事记（3）", "南浦县人民政府关于孙立军等同志职务任免的通知（8）", 8, None),
    ("南浦县国民经济和社会发展统计公报（2024）", "南浦县人民政府关于孙立军等同志职务任免的通知（8）", 8, None),
    ("现将有关事项通知如下：（9）", "南浦县人民政府关于孙立军等同志职务任免的通知（8）", 8, None),
    ("2024年3月南浦县政府大事记（9）", "南浦县人民政府关于孙立军等同志职务任免的通知　8", 8, None),
    ("2024年3月南浦县政府大事记（9）", "南浦县人民政府关于孙立军等同志职务任免的通知（7）", 8, None),
])
def test_an_entry_without_type_paged_as_the_entry_above(line, above, page_above, page):
    from generator.normalize import fold
    from generator.tocpages import page_as_the_entry_above

    assert page_as_the_entry_above(fold(line), fold(above), page_above) == page


@pytest.mark.parametrize("text, title", [
    # a portal's page of the issue: each title with its day after a gap
    ("南浦县人民政府关于公布2024年度县级重点民生实事项目的通知　　2024-02-18", "南浦县人民政府关于公布2024年度县级重点民生实事项目的通知"),
    ("·南浦县人民政府办公室关于加强户外广告管理的通知\t2024/02/26", "·南浦县人民政府办公室关于加强户外广告管理的通知"),
    ("关于做好农村劳动力转移就业工作的通知    [2024年3月1日]", "关于做好农村劳动力转移就业工作的通知"),
    # near misses: an organ and its date (a closing), a day in brackets (a 纪要's), one space, no such day,
    # words that are no title
    ("南浦县人民政府办公室　　2024年2月26日", None), ("县人民政府第5次常务会议纪要　　（2024年2月8日）", None),
    ("关于加强户外广告管理的通知 2024-02-26", None), ("关于加强户外广告管理的通知　　2024-13-26", None),
    ("全县共印发通知　　2024-02-26", None), ("会议时间　　2024年2月26日", None),
])
def test_a_title_listed_with_its_day(text, title):
    from generator.toclines import without_listed_day

    assert without_listed_day(text) == (title if title is not None else text)


@pytest.mark.parametrize("above, pending, last", [
    ("3.南浦县人民政府办公室关于做好高温天气劳动保护工作的通知", ["4.《南浦县国土空间总体规划实施细则》政策解读"], True),
    ("3.南浦县人民政府办公室关于做好高温天气劳动保护工作的通知", ["4.南浦县2024年5月", "大事记"], True),
    # near misses: a number that does not follow, no number, more lines than a wrapped title's
    ("3.南浦县人民政府办公室关于做好高温天气劳动保护工作的通知", ["6.《南浦县国土空间总体规划实施细则》政策解读"], False),
    ("3.南浦县人民政府办公室关于做好高温天气劳动保护工作的通知", ["发布政令　指导工作"], False),
    ("南浦县人民政府办公室关于做好高温天气劳动保护工作的通知", ["4.《南浦县国土空间总体规划实施细则》政策解读"], False),
    ("3.南浦县人民政府办公室关于做好高温天气劳动保护工作的通知", ["4.南浦县", "2024年", "5月", "大事记"], False),
])
def test_the_contents_last_entry_numbered_after_the_one_above(above, pending, last):
    from generator.model import Line, TocEntry
    from generator.tocentries import last_numbered

    lines = [Line(1, above, fold(above))] + [Line(2 + k, text, fold(text)) for k, text in enumerate(pending)]
    entry = TocEntry(title=above, doc_number=None, registration_number=None, section=None, page=None, first=1, last=1)
    assert last_numbered(lines, [entry], lines[1:]) is last


@pytest.mark.parametrize("lines, titles", [
    # contents without pages: an interpretation's title is a whole entry, as a title with its 文种 is
    (["目录", "政策解读", "《南浦县国土空间总体规划实施细则》政策解读", "人事任免", "南浦县人民政府关于孙立军等同志职务任免的通知"],
     ["《南浦县国土空间总体规划实施细则》政策解读", "南浦县人民政府关于孙立军等同志职务任免的通知"]),
    (["目录", "一图读懂《南浦县城区停车管理办法》", "南浦县人民政府关于孙立军等同志职务任免的通知"],
     ["一图读懂《南浦县城区停车管理办法》", "南浦县人民政府关于孙立军等同志职务任免的通知"]),
    # near miss: an interpretation's title wrapped before its last words goes on
    (["目录", "关于《南浦县国土空间总体规划实施细则》", "的政策解读", "南浦县人民政府关于孙立军等同志职务任免的通知"],
     ["关于《南浦县国土空间总体规划实施细则》的政策解读", "南浦县人民政府关于孙立军等同志职务任免的通知"]),
])
def test_an_interpretation_is_a_whole_entry_without_a_page(lines, titles):
    toc, _ = parse("\n".join(lines) + "\n")
    assert [e.title for e in toc.entries] == titles


def test_the_headings_of_the_back_matter():
    """The heading the back matter opens with (under its section's heading, the title under it too),
    and each news item's headline after the item above has ended (probe review 8); not a sentence's
    line, a field of the colophon or a line that goes on from the one above."""
    from tests.excerpts import content
    from generator.backmatter import back_headings

    lines = content("""【政务动态】
县政府召开第12次常务会议
5月8日，县长王明主持召开县政府第12次常务会议，研究部署防汛工作。
县领导调研春耕生产工作
5月10日，副县长李华深入各乡镇调研春耕生产工作，要求各乡镇抓好
粮食生产，确保全年粮食播种面积稳定
地　址：南浦县人民路1号""")
    assert back_headings(lines, [(0, len(lines) - 1)]) == {"(政务动态)", "县政府召开第12次常务会议", "县领导调研春耕生产工作"}


@pytest.mark.parametrize("text, head", [
    # a contents page's running head (probe review 8): 目录 with the page, the gazette's name or the issue
    ("目　　录　　　　　　·Ⅰ·", True), ("目录　— 2 —", True), ("南浦县人民政府公报·目录", True),
    ("2024年第4期　　　　　目　录", True), ("《南浦县人民政府公报》2024年第4期　目录", True),
    ("2024年第4期（总第86期）　目录　·Ⅲ·", True),
    # the heading alone, an entry naming a list, the year's index, words around 目录
    ("目　录", False), ("关于印发《南浦县政务服务事项目录》的通知……3", False), ("南浦县人民政府公报2024年总目录", False),
    ("政府信息公开目录", False), ("目录管理", False),
])
def test_a_contents_pages_running_head(text, head):
    from generator.toclines import is_toc_running_head
    assert is_toc_running_head(fold(text)) is head


def _toc_entry(title: str, first: int, last: int, section: str | None = None) -> TocEntry:
    return TocEntry(title=title, doc_number=None, registration_number=None, section=section, page=1, first=first, last=last)


@pytest.mark.parametrize("entries, keys, titles", [
    # the issuer over the first entry's 关于 is each entry's under it
    ([("南浦县人民政府关于印发森林防火工作方案的通知", 1, 2, None), ("关于调整农村公路管理委员会组成人员的通知", 3, 3, None)],
     {1: "南浦县人民政府"},
     ["南浦县人民政府关于印发森林防火工作方案的通知", "南浦县人民政府关于调整农村公路管理委员会组成人员的通知"]),
    # an entry naming its own issuer ends the group; a 关于 entry after it takes no issuer
    ([("南浦县人民政府关于印发森林防火工作方案的通知", 1, 2, None), ("南浦县应急管理局关于开展大检查的通知", 3, 3, None),
      ("关于做好春耕生产工作的通知", 4, 4, None)],
     {1: "南浦县人民政府"},
     ["南浦县人民政府关于印发森林防火工作方案的通知", "南浦县应急管理局关于开展大检查的通知", "关于做好春耕生产工作的通知"]),
    # near misses: another section; a title wrapped after more than its issuer
    ([("南浦县人民政府关于印发森林防火工作方案的通知", 1, 2, "县政府文件"), ("关于做好春耕生产工作的通知", 4, 4, "部门文件")],
     {1: "南浦县人民政府"},
     ["南浦县人民政府关于印发森林防火工作方案的通知", "关于做好春耕生产工作的通知"]),
    ([("南浦县人民政府关于印发森林防火工作方案的通知", 1, 2, None), ("关于做好春耕生产工作的通知", 3, 3, None)],
     {1: "南浦县人民政府关于印发"},
     ["南浦县人民政府关于印发森林防火工作方案的通知", "关于做好春耕生产工作的通知"]),
])
def test_issuer_over_entries(entries, keys, titles):
    got = issuer_over_entries(tuple(_toc_entry(*e) for e in entries), keys)
    assert [e.title for e in got] == titles


@pytest.mark.parametrize("lines, page", [
    # the contents' last entry's page alone over the first document's title (probe session 9)
    (["目　录", "桃源县人民政府关于王立新等同志职务任免的通知", "（桃政任〔2024〕2号）", "15"], True),
    (["目　录", "桃源县人民政府令（第5号）", "5"], True),
    (["目　录", "桃源县人民政府关于印发桃源县2024年国土绿化行动方案的通知", "1"], True),
    # a row's number in a table printed one cell a line: no contents above, or a sentence between
    (["序号", "文件名称", "文号", "1", "桃源县人民政府关于印发方案的通知", "桃政发〔2024〕3号", "2"], False),
    (["目　录", "…的通知……1", "现将有关名单公布如下。", "桃源县人民政府关于印发方案的通知", "（桃政发〔2024〕3号）", "2"], False),
    (["目　录", "序号", "2"], False),
    # the page a wrap took off its leader (the entry's title ending inside the leader's dots)
    (["目录", "云岭县人民政府关于做好2024年汛期地质灾害防治工作的通知……………", "3"], True),
    (["目录", "云岭县人民政府关于做好汛期地质灾害防治工作（二）··········", "3"], True),
    # a long leader a character cuts, its last dots ending the line: asked of its end, not searched
    (["目录", "云岭县人民政府关于做好汛期工作" + "." * 20000 + "x" + "....", "3"], True),
    (["目录", "云岭县人民政府关于做好汛期工作" + "." * 20000 + "x" + "...", "3"], False),
    # near misses: one leader's dot or two; a sentence between
    (["目录", "云岭县人民政府关于做好汛期工作的安排.", "3"], False),
    (["目录", "现将有关事项通知如下。", "云岭县人民政府关于做好汛期工作……………", "3"], False),
])
def test_a_page_alone_under_the_contents_last_entry(lines, page):
    from generator.model import Line
    from generator.normalize import fold
    from generator.tocpages import page_of_the_entry_above

    content = [Line(n + 1, text, fold(text)) for n, text in enumerate(lines)]
    assert page_of_the_entry_above(content, len(content) - 1) is page


@pytest.mark.parametrize("key, ends", [
    # an entry's title ends with its 文种, or with its numbers in brackets after it (probe session 9)
    ("枫林县应急管理局关于开展安全生产大检查的通知", True),
    ("枫林县应急管理局关于开展安全生产大检查的通知(枫应急发(2024)2号)", True),
    ("(枫应急发(2024)2号)", True),
    ("枫林县应急管理局关于开展安全生产", False), ("根据(枫应急发(2024)2号)", False),
])
def test_what_ends_a_title(key, ends):
    from generator.tocpages import ends_a_title

    assert ends_a_title(key) is ends


@pytest.mark.parametrize("text, page", [
    ("1　清江县人民政府关于印发方案的通知", 1), ("12 清江县财政局关于印发办法的通知", 12),
    # a leader between the page and the title (probe session 9)
    ("1……清江县人民政府关于印发方案的通知", 1), ("15.......清江县人民政府关于王立新等同志职务任免的通知", 15),
    # near misses: a year opening a title, a numbered entry
    ("2024年清江县政务大事记", None), ("1.清江县人民政府关于印发方案的通知", None),
])
def test_a_page_printed_before_the_title(text, page):
    from generator.tocpages import PAGE_FIRST

    m = PAGE_FIRST.match(text)
    assert (int(m.group("page")) if m else None) == page


@pytest.mark.parametrize("entry,order,agree", [
    ("青溪县人民政府令（第5号）", "第5号", True), ("县政府令　第5号", "第5号", True),
    ("青溪县人民政府令（第4号）", "第5号", False),
    ("青溪县人民政府公告（2024年第1号）", "2024年第1号", True), ("青溪县人民政府公告（2024年第1号）", "2024年第2号", False),
    ("青溪县人民政府公告（2024年第1号）", "2023年第1号", False), ("青溪县人民政府公告（第1号）", "2024年第1号", True),
    ("南浦县人民政府公告（〔2024〕第3号）", "〔2024〕第3号", True),
    # either without a number, or a number that is no 令's: they agree
    ("青溪县人民政府令", "第5号", True), ("青溪县人民政府令（第5号）", None, True),
    ("青溪县人民政府令（第五号）", "第5号", True),
])
def test_orders_agree(entry, order, agree):
    from generator.tocmatch import orders_agree
    assert orders_agree(entry, order) is agree


@pytest.mark.parametrize("a,b,differ", [
    ("青溪县人民政府关于公布2024年第一批县级非物质文化遗产代表性项目名录的通知",
     "青溪县人民政府关于公布2024年第二批县级非物质文化遗产代表性项目名录的通知", True),
    ("关于下达2023年度耕地地力保护补贴资金的通知", "关于下达2024年度耕地地力保护补贴资金的通知", True),
    # the same numbers, one left out, or written otherwise: no difference
    ("关于公布第三批名录的通知", "关于公布第3批名录的通知", False),
    ("关于公布第二批县级名录的通知", "青溪县人民政府关于公布2024年第二批县级名录的通知", False),
    ("关于做好春季森林防火工作的通知", "青溪县人民政府关于做好春季森林防火工作的通知", False),
])
def test_numbers_differ(a, b, differ):
    from generator.tocmatch import numbers_differ
    assert numbers_differ(a, b) is differ


_LEADER_PIECES = ["的通知", "……", "…", "..", ".", "·", "··", "---", "-", "_", "___", "⋯", "．．", "‥", "・・", "———", "－－－",
                  "───", "━━━", "∙∙", "⋅⋅", "‧‧", ". ", "- ", "_ ", " ", "　", "\t", "3", "(", ")", "页"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_LEADER_PIECES), max_size=10).map("".join))
def test_the_leader_at_ends_quick_check_is_the_pattern(text):
    """``_without_leader_at_end`` asks the pattern only of a line ending with a leader's character:
    the same answer as the pattern asked of every line."""
    from generator import toc
    assert toc._without_leader_at_end(text) == toc._LEADER_AT_END.sub("", text)


_PAGE_PIECES = _LEADER_PIECES + ["12", "３", "O", "l", "I", "第", "P", "（", "）", "〔", "〕", "【", "】", "［", "］", "-", "至", "页", "/"]
_pages = st.tuples(st.lists(st.sampled_from(_PAGE_PIECES), max_size=4).map("".join),
                   st.sampled_from(["……", "..", "———", "\t", "   ", " / ", "・・", " . . . "]),
                   st.sampled_from(["", "（", "〔", "【", "［", "("]), st.sampled_from(["", "第", "P"]),
                   st.sampled_from(["3", "12", "l", "I", "1O", "٣"]), st.sampled_from(["", "-5", "至8"]),
                   st.sampled_from(["", "页"]), st.sampled_from(["", "）", "〕", "】", "］", ")"]),
                   st.sampled_from(["", " ", "　", "\t"])).map("".join)


@settings(max_examples=800, deadline=None)
@given(st.one_of(st.lists(st.sampled_from(_PAGE_PIECES), max_size=10).map("".join), _pages))
def test_the_leader_and_pages_quick_check_is_the_pattern(text):
    """``_without_leader_and_page`` asks the pattern only of a line ending with what a page ends
    with: the same answer as the pattern asked of every line."""
    from generator import toc
    assert toc._without_leader_and_page(text) == toc._LEADER_TEXT.sub("", text)


# A 批转 or 转发 notice's title and the title of what it forwards: two titles, however alike
# (tocmatch._forwards); a notice's entry printed without its issuer is still the notice's.
_NOTICE = "青溪县人民政府批转县发展改革局关于2024年国民经济和社会发展计划的通知"
_FORWARDED = "县发展改革局关于2024年国民经济和社会发展计划的通知"


@pytest.mark.parametrize("a, b, same", [
    (_NOTICE, _FORWARDED, False),  # one 的通知 for both: the notice's title ends with the other's
    ("县政府办转发县财政局关于加强2024年预算执行管理的通知的通知", "县财政局关于加强2024年预算执行管理的通知", False),
    (_NOTICE, "批转县发展改革局关于2024年国民经济和社会发展计划的通知", True),  # the notice without its issuer
    ("青溪县人民政府关于做好2024年春季农业生产工作的通知", "关于做好2024年春季农业生产工作的通知", True),
])
def test_forwarding_title_is_not_the_forwarded_title(a, b, same):
    from generator.tocmatch import title_similarity
    assert (title_similarity(a, b) == 1.0) is same
    if not same:
        assert title_similarity(a, b) == 0.0


def test_forwarded_documents_entry_leaves_the_notice_to_its_own_entry():
    entries = (_entry(_FORWARDED, first=1), _entry("青溪县人民政府批转县发展改革局《关于2024年国民经济和社会发展计划》的通知", first=2))
    docs = [DocRef("d1", _NOTICE, "青政发〔2024〕3号", None, 10)]
    out, by_doc, diags = reconcile(entries, docs)
    assert [e.document for e in out] == ["d1", "d1"]
    assert by_doc["d1"].first == 2  # the notice's own entry
    assert {d.code for d in diags} == {"toc-entry-names-a-part"}


@pytest.mark.parametrize("line,title", [
    # an entry printed on a cover's page: no page's number, an entry still
    ("图片新闻…………………………封三", "图片新闻"),
    ("政务图片……………… 封二", "政务图片"),
    ("县领导调研工作掠影..........（封底）", "县领导调研工作掠影"),
])
def test_an_entry_on_a_covers_page(line, title):
    toc, _ = parse(f"目　　录\n青溪县人民政府关于印发青溪县优化营商环境若干措施的通知…………1\n{line}\n")
    assert [(e.title, e.page) for e in toc.entries] == [("青溪县人民政府关于印发青溪县优化营商环境若干措施的通知", 1), (title, None)]


@pytest.mark.parametrize("line,title,page", [
    # the speaker between the leader and the page: the entry's, not its title's
    ("政府工作报告……………………县长　王明（1）", "政府工作报告", 1),
    ("在全县经济工作会议上的讲话……………县委书记　张　华（12）", "在全县经济工作会议上的讲话", 12),
    ("关于青溪县2023年预算执行情况和2024年预算草案的报告…县财政局局长　周红　15", "关于青溪县2023年预算执行情况和2024年预算草案的报告", 15),
    # the page alone, in words, or the year's index's issue and page
    ("青溪县人民政府关于…的通知……………第3页", "青溪县人民政府关于…的通知", 3),
    ("青溪县人民政府关于…的通知……………（5）", "青溪县人民政府关于…的通知", 5),
])
def test_an_entry_naming_its_speaker_before_the_page(line, title, page):
    from generator.toclines import toc_page, toc_title

    assert toc_page(line, fold(line)) == page
    assert toc_title(fold(line)) == fold(title)


@pytest.mark.parametrize("rule", ["---", "***", "* * *", "___", "══════════", "──────────", "——————————", "－－－－－－"])
@pytest.mark.parametrize("between", [False, True])
def test_a_rule_under_or_between_entries_without_pages_is_no_entrys_text(rule, between):
    """A rule (Markdown's thematic break, a line of ═, ─ or ——) between the contents' entries or
    under the last of them, in contents without pages: the entries stay whole, the rule is no
    part of any, and the contents run to it."""
    first = "青溪县人民政府关于印发《青溪县城乡居民医疗救助办法》的通知"
    second = "青溪县人民政府办公室关于公布2024年县级重点项目的通知"
    text = "目　录\n" + first + "\n" + (rule + "\n" if between else "") + second + "\n" + rule + "\n"
    toc, lines = parse(text)
    assert [(e.title, e.page) for e in toc.entries] == [(first, None), (second, None)]
    assert toc.last == len(lines) - 1


@pytest.mark.parametrize("rows", [
    ("| 序号 | 文件名称 | 文号 | 页码 |", "|---|---|---|---|", "| 1 | {a} | 青政发〔2024〕5号 | 2 |", "| 2 | {b} | 青政办发〔2024〕12号 | 6 |"),
    ("| 文件名称 | 文号 | 页码 |", "| :--- | :---: | ---: |", "| {a} | 青政发〔2024〕5号 | 2 |", "| {b} | 青政办发〔2024〕12号 | 6 |"),
    ("┌──┬────┬────┬──┐", "│序号│文件名称│文号│页码│", "├──┼────┼────┼──┤", "│1│{a}│青政发〔2024〕5号│2│",
     "│2│{b}│青政办发〔2024〕12号│6│", "└──┴────┴────┴──┘"),
])
def test_contents_printed_as_a_markdown_or_drawn_table(rows):
    """Each row of contents printed as a table (a converter's Markdown, box characters) is one
    entry, its title, 文号 and page in their cells; the header and the rules are none."""
    a = "青溪县人民政府关于印发《青溪县城乡居民医疗救助办法》的通知"
    b = "青溪县人民政府办公室关于做好2024年春季森林防火工作的通知"
    toc, _ = parse("目录\n" + "\n".join(rows).format(a=a, b=b) + "\n")
    assert [(e.title, e.doc_number, e.page) for e in toc.entries] == [
        (a, "青政发〔2024〕5号", 2), (b, "青政办发〔2024〕12号", 6)]


@pytest.mark.parametrize("key, section", [
    ("县政府办公室文件", True), ("人事任免", True), ("政务信息", True), ("政务动态", True), ("公告公示", True),
    ("领导讲话", True),
    # an entry's title going on after its 文种 (its suffix, a long name ending as a section does)
    ("（试行）", False), ("青溪县2024年第一季度政务动态", False), ("其", False),
])
def test_a_sections_name_after_an_entry_whole_without_its_page(key, section):
    from generator.tocsections import names_a_section as _names_a_section

    assert _names_a_section(fold(key)) is section


def test_contents_without_pages_sectioned_by_issuer_the_chronicle_last():
    text = """目　录
县政府办公室文件
　青溪县人民政府办公室关于做好2024年春季农业生产工作的通知
　（青政办发〔2024〕8号）
人事任免
　青溪县人民政府关于张明等同志职务任免的通知
政务信息
　2024年3月青溪县政务大事记
"""
    toc, _ = parse(text)
    assert [(e.title, e.doc_number, e.section) for e in toc.entries] == [
        ("青溪县人民政府办公室关于做好2024年春季农业生产工作的通知", "青政办发〔2024〕8号", "县政府办公室文件"),
        ("青溪县人民政府关于张明等同志职务任免的通知", None, "人事任免"),
        ("2024年3月青溪县政务大事记", None, "政务信息"),
    ]


@pytest.mark.parametrize("text, nxt, section", [
    ("大事记", "青溪县2024年3月大事记……………………18", True), ("大事记", "2024年3月青溪县政务大事记……15", True),
    ("政务大事记", "2024年4月青溪县政务大事记……………22", True),
    # an entry titled 政务大事记, its page on the next line under a leader
    ("政务大事记", "……………………18", False), ("县政府大事记", "（18）", False),
])
def test_the_chronicles_section_over_its_entry(text, nxt, section):
    from generator.model import Line
    from generator.toc import is_section_heading

    assert is_section_heading(Line(1, text, fold(text)), False, Line(2, nxt, fold(nxt))) is section


@pytest.mark.parametrize("text, numbers", [
    # each entry's number bare under its page: the entry's
    ("目　　录\n【县政府文件】\n青溪县人民政府关于调整县城区公共租赁住房租金标准的通知……1\n青政发〔2024〕5号\n"
     "青溪县人民政府关于印发青溪县重点民生实事项目实施方案的通知……3\n青政发〔2024〕4号\n",
     [("青溪县人民政府关于调整县城区公共租赁住房租金标准的通知", "青政发〔2024〕5号", 1),
      ("青溪县人民政府关于印发青溪县重点民生实事项目实施方案的通知", "青政发〔2024〕4号", 3)]),
    # near miss: each number over its entry's title, the first right under the section's heading
    ("目　　录\n【县政府文件】\n青政发〔2024〕5号\n青溪县人民政府关于调整县城区公共租赁住房租金标准的通知……1\n"
     "【人事任免】\n青溪县人民政府关于张明等同志职务任免的通知……5\n青政任〔2024〕2号\n青溪县人民政府关于王芳等同志职务任免的通知……6\n",
     [("青溪县人民政府关于调整县城区公共租赁住房租金标准的通知", "青政发〔2024〕5号", 1),
      ("青溪县人民政府关于张明等同志职务任免的通知", None, 5),
      ("青溪县人民政府关于王芳等同志职务任免的通知", "青政任〔2024〕2号", 6)]),
])
def test_a_bare_number_under_an_entrys_page(text, numbers):
    toc, _ = parse(text)
    assert [(e.title, e.doc_number, e.page) for e in toc.entries] == numbers


@pytest.mark.parametrize("text, sections", [
    # a section's name with its leader and the page it opens on, over its entries
    ("目　　录\n县政府文件……………1\n青溪县人民政府关于调整县城区公共租赁住房租金标准的通知………1\n"
     "人事任免……………5\n青溪县人民政府关于张明等同志职务任免的通知………5\n",
     [("县政府文件", "青溪县人民政府关于调整县城区公共租赁住房租金标准的通知", 1),
      ("人事任免", "青溪县人民政府关于张明等同志职务任免的通知", 5)]),
    # near misses: the news' entry over an entry on a later page, the chronicle's entry last
    ("目　　录\n青溪县人民政府关于调整县城区公共租赁住房租金标准的通知………1\n政务动态……3\n"
     "青溪县人民政府办公室关于做好春耕生产工作的通知……4\n大事记………7\n",
     [(None, "青溪县人民政府关于调整县城区公共租赁住房租金标准的通知", 1), (None, "政务动态", 3),
      (None, "青溪县人民政府办公室关于做好春耕生产工作的通知", 4), (None, "大事记", 7)]),
])
def test_a_sections_name_with_its_leader_and_page(text, sections):
    toc, _ = parse(text)
    assert [(e.section, e.title, e.page) for e in toc.entries] == sections



@pytest.mark.parametrize("text, heading, running_head", [
    ("目录（2024年第4期）", True, False), ("目录(第4期)", True, False), ("目　　录", True, False),
    # a contents page's running head: the issue beside the word
    ("2024年第4期　目录", False, True), ("青溪县人民政府公报·目录", False, True),
    # near misses: an entry's words, the contents going on
    ("目录（2024年第4期）的通知", False, False), ("目录（续）", False, False),
])
def test_a_contents_heading_naming_its_issue(text, heading, running_head):
    from generator.toclines import is_toc_heading, is_toc_running_head

    assert (is_toc_heading(fold(text)), is_toc_running_head(fold(text))) == (heading, running_head)


@pytest.mark.parametrize("title,issued", [
    # in book-title marks, one or several after the verb; without them, all between the verb and 的通知
    ("青溪县人民政府办公室关于印发《青溪县企业技术改造奖补办法》的通知", ("青溪县企业技术改造奖补办法",)),
    ("青溪县人民政府办公室关于印发《青溪县企业技术改造奖补办法》《青溪县中小企业融资担保风险补偿办法》的通知",
     ("青溪县企业技术改造奖补办法", "青溪县中小企业融资担保风险补偿办法")),
    ("关于印发《青溪县A办法》和《青溪县B办法》的通知", ("青溪县A办法", "青溪县B办法")),
    ("青溪县人民政府关于印发青溪县2024年稳经济促增长实施方案的通知", ("青溪县2024年稳经济促增长实施方案",)),
    # what a notice abolishes or forwards without marks, or a title issuing nothing
    ("青溪县人民政府关于废止《青溪县企业技术改造奖补办法》的决定", ()),
    ("青溪县人民政府办公室关于转发市人民政府办公室关于加强森林防火工作的通知的通知", ()),
    ("青溪县人民政府关于进一步加强森林防火工作的通知", ()),
])
def test_issued_titles(title, issued):
    from generator.tocmatch import issued_titles

    assert issued_titles(title) == issued



def test_a_section_heading_last_with_no_entry_under_it_is_no_part_of_the_contents():
    text = """目　　录
县政府文件
青溪县人民政府关于调整县城区公共租赁住房租金标准的通知……………1
政务动态
县政府召开第16次常务会议
"""
    toc, lines = parse(text)
    assert [(e.section, e.title) for e in toc.entries] == [("县政府文件", "青溪县人民政府关于调整县城区公共租赁住房租金标准的通知")]
    assert toc.last == 2  # (the entry's line: 政务动态 heads the news after the contents)
