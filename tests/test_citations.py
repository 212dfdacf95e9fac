"""What a document's text cites: each rule of ``citations`` on excerpts of county documents."""

import pytest

from generator.citations import _listed, corpus_indexes, find_citations, is_publication, issued_here, own_titles, short_names
from generator.pipeline import parse_bytes

NOTICE = """青溪县人民政府文件

青政发〔2024〕9号

青溪县人民政府关于印发《青溪县农村集体经济组织财务管理办法》的通知

各乡镇人民政府，县直各单位：
    根据《中华人民共和国村民委员会组织法》和《湖南省人民政府办公厅关于加强农村集体资产管理的意见》（湘政办发〔2023〕15号、湘政办函〔2023〕8号）精神，现将《青溪县农村集体经济组织财务管理办法》（以下简称《办法》）印发给你们，请认真贯彻执行。《办法》自印发之日起施行，《青溪县村级财务管理暂行规定》（青政发〔2019〕3号）同时废止。有关情况请在《青溪日报》上公布。

青溪县人民政府
2024年3月1日
"""


@pytest.mark.parametrize("title, own", [
    ("青溪县人民政府关于印发《青溪县城区停车管理办法》的通知", {"青溪县城区停车管理办法"}),
    ("青溪县人民政府办公室关于公布《青溪县行政许可事项清单（2023年版）》的通知", {"青溪县行政许可事项清单(2023年版)"}),
    ("青溪县人民政府办公室关于印发《青溪县甲方案》《青溪县乙办法》的通知", {"青溪县甲方案", "青溪县乙办法"}),
    ("青溪县人民政府办公室关于印发《青溪县甲方案》和《青溪县乙办法》的通知", {"青溪县甲方案", "青溪县乙办法"}),
    # forwarded: the 《…》 is another organ's document
    ("青溪县人民政府办公室关于转发《湖南省人民政府办公厅关于印发〈某办法〉的通知》的通知", set()),
    ("青溪县人民政府关于废止《青溪县城区停车管理办法》的决定", set()),
    ("青溪县人民政府关于加强森林防火工作的通知", set()),
])
def test_the_titles_a_document_issues_are_its_own(title, own):
    assert own_titles(title) == own


@pytest.mark.parametrize("texts, issued", [
    (["现将《青溪县城区停车管理办法》印发给你们，请认真贯彻执行。"], {"青溪县城区停车管理办法"}),
    (["现将《青溪县甲方案》和《青溪县乙办法》印发给你们。"], {"青溪县甲方案", "青溪县乙办法"}),
    (["现将《青溪县甲办法》（以下简称《办法》）印发给你们。"], {"青溪县甲办法"}),
    (["经县人民政府同意，现将《青溪县县级政务服务事项目录》予以公布，请认真贯彻执行。"], {"青溪县县级政务服务事项目录"}),
    (["《青溪县城区养犬管理办法》已经2024年3月1日县人民政府第10次常务会议审议通过，现予公布，自2024年5月1日起施行。"],
     {"青溪县城区养犬管理办法"}),
    # forwarded, or named in passing: another's
    (["现将《湖南省人民政府办公厅关于加强农村集体资产管理的意见》转发给你们。"], set()),
    (["根据《青溪县城区停车管理办法》，现将有关事项通知如下。"], set()),
])
def test_the_titles_a_text_says_it_issues(texts, issued):
    assert issued_here(texts) == issued


@pytest.mark.parametrize("texts, names", [
    (["现将《青溪县甲办法》（以下简称《办法》）印发给你们。"], {"办法"}),
    (["《中华人民共和国行政许可法》（简称“《许可法》”）"], {"许可法"}),
    (["根据《青溪县甲办法》第三条规定。"], set()),
])
def test_short_names_a_text_defines(texts, names):
    assert short_names(texts) == names


@pytest.mark.parametrize("title, publication", [
    ("青溪日报", True), ("青溪县人民政府公报", True), ("中国青年报社会科学杂志", True),
    ("青溪县2023年国民经济和社会发展统计公报", False), ("青溪县人民政府公报工作规范", False),
    ("关于加强农村集体资产管理的意见", False),
])
def test_publications_are_not_documents(title, publication):
    assert is_publication(title) is publication


def test_a_notice_cites_the_others_not_its_own_policy_its_short_name_or_a_newspaper():
    doc = parse_bytes(NOTICE.encode(), "notice.txt").documents[0]
    cited = [(c.title, c.doc_number) for c in find_citations(doc, {}, {}, {})]
    assert cited == [
        ("中华人民共和国村民委员会组织法", None),
        ("湖南省人民政府办公厅关于加强农村集体资产管理的意见", "湘政办发〔2023〕15号"),
        (None, "湘政办函〔2023〕8号"),  # the second number in the brackets, cited on its own
        ("青溪县村级财务管理暂行规定", "青政发〔2019〕3号"),
    ]


def test_a_policy_cited_by_its_name_links_to_the_notice_that_issued_it():
    issuing = NOTICE
    citing = NOTICE.replace("青政发〔2024〕9号", "青政发〔2024〕12号").replace(
        "关于印发《青溪县农村集体经济组织财务管理办法》的通知", "关于开展农村集体资产清查的通知").replace(
        "现将《青溪县农村集体经济组织财务管理办法》（以下简称《办法》）印发给你们",
        "请按照《青溪县农村集体经济组织财务管理办法》开展清查")
    documents = [parse_bytes(text.encode(), f"{n}.txt").documents[0] for n, text in enumerate((issuing, citing))]
    by_number, by_title = corpus_indexes(documents)
    cited = {c.title: c.cited_document for c in find_citations(documents[1], by_number, by_title, {})}
    assert cited["青溪县农村集体经济组织财务管理办法"] == documents[0].id
    assert cited["青溪县村级财务管理暂行规定"] is None


def test_a_decree_does_not_cite_the_rule_it_promulgates_and_a_citation_of_it_links_to_the_decree():
    decree = """青溪县人民政府令

第15号

    《青溪县城区养犬管理办法》已经2024年3月1日县人民政府第10次常务会议审议通过，现予公布，自2024年5月1日起施行。

县长　张明
2024年3月5日
"""
    citing = NOTICE.replace("现将《青溪县农村集体经济组织财务管理办法》（以下简称《办法》）印发给你们",
                            "请按照《青溪县城区养犬管理办法》加强管理")
    documents = [parse_bytes(text.encode(), f"{n}.txt").documents[0] for n, text in enumerate((decree, citing))]
    by_number, by_title = corpus_indexes(documents)
    assert find_citations(documents[0], by_number, by_title, {}) == []
    cited = {c.title: c.cited_document for c in find_citations(documents[1], by_number, by_title, {})}
    assert cited["青溪县城区养犬管理办法"] == documents[0].id


@pytest.mark.parametrize("text, cited", [
    ("根据《青溪县城市管理实施细则》（青政发〔2022〕6号）执行。", [("青溪县城市管理实施细则", "青政发〔2022〕6号")]),
    ("根据《青溪县城市管理实施细则》(青政发(2022)6号)执行。", [("青溪县城市管理实施细则", "青政发〔2022〕6号")]),
    ("参照《青溪县人民政府办公室关于印发青溪县泊位设置方案的通知》[青政办发[2022]8号]执行。",
     [("青溪县人民政府办公室关于印发青溪县泊位设置方案的通知", "青政办发〔2022〕8号")]),
    ("按照《青溪县市容管理办法》【青政发【2021】9号】执行。", [("青溪县市容管理办法", "青政发〔2021〕9号")]),
    ("按照《青溪县市容管理办法》【青政发〔2021〕9号】执行。", [("青溪县市容管理办法", "青政发〔2021〕9号")]),
    # a bracket after the title holding no number: the title alone
    ("依据《青溪县市容管理办法》(2022年修订)执行。", [("青溪县市容管理办法", None)]),
])
def test_a_titles_number_in_any_brackets_is_its_own(text, cited):
    doc = parse_bytes(NOTICE.replace("根据《中华人民共和国村民委员会组织法》和", text + "根据").encode(), "notice.txt").documents[0]
    assert [(c.title, c.doc_number) for c in find_citations(doc, {}, {}, {})][:len(cited)] == cited


@pytest.mark.parametrize("cited, linked", [
    ("《关于推进城市停车设施建设的意见》（青政发〔2023〕9号）", True),  # the county's own
    ("《关于推进城市停车设施建设的意见》", True),  # no number: its title alone
    ("《关于推进城市停车设施建设的意见》（湘政发〔2023〕9号）", False),  # the province's, of the same title
    ("《青溪县人民政府关于推进城市停车设施建设的意见》（湘政发〔2023〕9号）", False),
])
def test_a_title_cited_with_another_number_is_another_organs_document(cited, linked):
    own = NOTICE.replace("青政发〔2024〕9号", "青政发〔2023〕9号").replace(
        "关于印发《青溪县农村集体经济组织财务管理办法》的通知", "关于推进城市停车设施建设的意见")
    citing = NOTICE.replace("根据《中华人民共和国村民委员会组织法》和", f"根据{cited}和")
    documents = [parse_bytes(text.encode(), f"{n}.txt").documents[0] for n, text in enumerate((own, citing))]
    by_number, by_title = corpus_indexes(documents)
    first = find_citations(documents[1], by_number, by_title, {})[0]
    assert (first.cited_document == documents[0].id) is linked


@pytest.mark.parametrize("text, listed", [
    # a 废止 list's entry: a title without book-title marks, its number in brackets after it
    ("3.青溪县城市管理实施细则（青政发〔2018〕6号）", ("青溪县城市管理实施细则", "青政发〔2018〕6号")),
    ("（二）青溪县人民政府办公室关于加强农村公路养护管理的通知(青政办发(2019)11号)；",
     ("青溪县人民政府办公室关于加强农村公路养护管理的通知", "青政办发〔2019〕11号")),
    ("4.青溪县农村集体资产管理办法（试行）（青政发〔2017〕9号）", ("青溪县农村集体资产管理办法（试行）", "青政发〔2017〕9号")),
    ("青溪县人民政府关于加强森林防火工作的通知【青政发【2021】3号】", ("青溪县人民政府关于加强森林防火工作的通知", "青政发〔2021〕3号")),
    # a notice's title naming in marks what it issues (关于印发《…》的通知), a numbered entry: the notice
    ("1.青溪县人民政府关于印发《青溪县城区养犬管理办法》的通知（青政发〔2022〕8号）",
     ("青溪县人民政府关于印发《青溪县城区养犬管理办法》的通知", "青政发〔2022〕8号")),
    ("（2）青溪县人民政府办公室关于转发《县财政局关于加强资金管理的意见》的通知(青政办发(2020)4号)；",
     ("青溪县人民政府办公室关于转发《县财政局关于加强资金管理的意见》的通知", "青政办发〔2020〕4号")),
    # near misses: a sentence, a title in its marks (_CITED's), no 文种 or kind, a bracket holding no number
    ("根据青溪县城市管理实施细则（青政发〔2018〕6号）执行。", None),
    ("3.加强管理，青溪县城市管理实施细则（青政发〔2018〕6号）", None),
    ("1.《青溪县城市管理实施细则》（青政发〔2018〕6号）", None),
    ("各单位要认真执行县人民政府关于印发《青溪县城区养犬管理办法》的通知（青政发〔2022〕8号）。", None),
    ("1.关于印发《青溪县城区养犬管理办法》（青政发〔2022〕8号）", None),
    ("二、完善城市管理工作机制（青政发〔2022〕6号）", None),
    ("一、关于加强城市管理的决定（2024年修订）", None),
])
def test_a_list_entry_naming_a_document_without_its_marks(text, listed):
    found = _listed(text)
    assert (found and (found[0], str(found[1]))) == listed


@pytest.mark.parametrize("text, cited", [
    # a title and its number, then the title alone or the number alone: one citation
    ("根据《青溪县城区停车管理办法》（青政发〔2024〕15号）制定。《青溪县城区停车管理办法》根据本决定作相应修改。",
     [("青溪县城区停车管理办法", "青政发〔2024〕15号", 1)]),
    ("根据《青溪县城区停车管理办法》（青政发〔2024〕15号）制定。按照青政发〔2024〕15号文件第五条执行。",
     [("青溪县城区停车管理办法", "青政发〔2024〕15号", 1)]),
    # the title or the number alone first, whole later: that citation, at its first place
    ("按照青政发〔2024〕15号文件执行。\n    根据《青溪县城区停车管理办法》（青政发〔2024〕15号）制定。",
     [("青溪县城区停车管理办法", "青政发〔2024〕15号", 1)]),
    ("《青溪县城区停车管理办法》修改如下。\n    根据《青溪县城区停车管理办法》（青政发〔2024〕15号）制定。",
     [("青溪县城区停车管理办法", "青政发〔2024〕15号", 1)]),
    # another document of the same title under another number: another citation
    ("根据《关于加强城市管理的通知》（青政发〔2024〕3号）和《关于加强城市管理的通知》（湘政发〔2024〕3号）。",
     [("关于加强城市管理的通知", "青政发〔2024〕3号", 1), ("关于加强城市管理的通知", "湘政发〔2024〕3号", 1)]),
])
def test_a_document_cited_again_is_one_citation(text, cited):
    body = NOTICE.split("    根据")[0] + "    " + text + "\n\n青溪县人民政府\n2024年3月1日\n"
    doc = parse_bytes(body.encode(), "notice.txt").documents[0]
    found = find_citations(doc, {}, {}, {})
    first = next(b.first for b in doc.blocks if b.kind == "paragraph")  # (the line the first mention is on)
    assert [(c.title, c.doc_number, c.line - first + 1) for c in found] == cited
    assert [c.ordinal for c in found] == list(range(1, len(found) + 1))


def test_a_documents_own_attachment_named_in_its_marks_is_no_citation():
    text = NOTICE.replace("有关情况请在《青溪日报》上公布。", "具体标准见《青溪县村级财务公开标准》（附件2）。").replace(
        "\n青溪县人民政府\n2024年3月1日\n", "\n附件：1．青溪县农村集体经济组织财务管理办法\n      2．《青溪县村级财务公开标准》\n"
        "\n青溪县人民政府\n2024年3月1日\n")
    doc = parse_bytes(text.encode(), "notice.txt").documents[0]
    assert [a.title for a in doc.attachments] == ["青溪县农村集体经济组织财务管理办法", "青溪县村级财务公开标准"]
    assert "青溪县村级财务公开标准" not in [c.title for c in find_citations(doc, {}, {}, {})]
