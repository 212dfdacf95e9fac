"""English renderings: the interface catalogues, the glossary, names, titles and dates."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.i18n import catalogues
from generator.i18n.english import English, english_date
from generator.i18n.glossary import Glossary, GlossaryError, load_glossary
from generator.i18n.names import authority_english, region_english
from generator.i18n.titles import render_title
from generator.normalize import HAN_WIDE, fold
from tests.conftest import ROOT, english

HAN = re.compile(f"[{HAN_WIDE}]")  # with 〇 and the supplementary planes

# A small glossary, so that the rules are tested apart from the repository's vocabulary.
TERMS = {
    ("region", "平江县"): "Pingjiang County", ("region", "县"): "County", ("region", "湘阴县"): "Xiangyin County",
    ("body", "人民政府"): "{region} People's Government",
    ("body", "人民政府办公室"): "General Office of the {region} People's Government",
    ("body", "委办公室"): "General Office of the CPC {region} Committee",
    ("body", "住建局"): "{region} Bureau of Housing and Urban-Rural Development",
    ("authority", "县直各单位"): "All County-Level Units",
    ("doc_type", "通知"): "Notice", ("doc_type", "通告"): "Public Notice", ("doc_type", "决定"): "Decision",
    ("doc_type", "令"): "Order", ("doc_type", "办法"): "Measures",
    ("term", "海绵城市"): "Sponge City", ("term", "建设"): "Construction", ("term", "工作方案"): "Work Plan",
    ("term", "规范性文件"): "Normative Documents", ("term", "清理"): "Review", ("term", "结果"): "Results",
    ("term", "城乡居民基本医疗保险"): "Basic Medical Insurance for Urban and Rural Residents",
    ("term", "参保缴费"): "Enrolment and Contributions", ("term", "管理办法"): "Administrative Measures",
    ("term", "森林防火"): "Forest Fire Prevention", ("term", "禁火令"): "Fire Ban Order",
    ("term", "试行"): "Trial", ("term", "资金"): "Funds", ("term", "风险补偿"): "Risk Compensation",
    ("column", "序号"): "No.", ("column", "项目名称"): "Item", ("column", "权力清单"): "Power List",
}


@pytest.fixture(scope="module")
def glossary():
    return Glossary.of({(k, fold(t)): v for (k, t), v in TERMS.items()})


# Interface catalogues ------------------------------------------------------------------------

def test_catalogues_have_the_same_keys_and_no_empty_or_fuzzy_message():
    assert catalogues.check_catalogues() == []
    zh, en = catalogues.load_messages("zh"), catalogues.load_messages("en")
    assert set(zh) == set(en) and len(en) > 100


def test_catalogue_check_names_a_missing_key_an_empty_and_a_fuzzy_message(tmp_path):
    (tmp_path / "zh.po").write_text('msgid "a"\nmsgstr "甲"\n\nmsgid "b"\nmsgstr "乙"\n\n'
                                    '#, fuzzy\nmsgid "c"\nmsgstr "丙"\n', encoding="utf-8")
    (tmp_path / "en.po").write_text('msgid "a"\nmsgstr ""\n\nmsgid "c"\nmsgstr "C"\n', encoding="utf-8")
    problems = catalogues.check_catalogues(tmp_path)
    assert "en.po: no message 'b'" in problems
    assert any("en.po" in p and "'a' is empty" in p for p in problems)
    assert any("zh.po" in p and "'c' is marked fuzzy" in p for p in problems)
    assert len(problems) == 3


def test_english_interface_strings_are_english():
    for key, text in catalogues.load_messages("en").items():
        if key in ("search_placeholder", "lookup_intro"):  # they quote Chinese words on purpose
            continue
        assert not HAN.search(text), (key, text)


# Glossary ------------------------------------------------------------------------------------

@pytest.mark.parametrize("term, kind, expected, automatic", [
    ("序号", "column", "No.", False),
    ("权力清单/项目名称", "column", "Power List / Item", False),   # composed header of a merged cell
    ("项目名称（2）", "column", "Item (2)", False),                 # a repeated header
    ("海绵城市建设", "column", "Sponge City Construction", True),   # composed from terms
    ("攸惠贷", "column", "Youhuidai", True),                        # no entry: Pinyin, never dropped
])
def test_glossary_lookups(glossary, term, kind, expected, automatic):
    assert glossary.english(term, kind) == (expected, automatic)


@pytest.mark.parametrize("text, expected", [
    ("2024年度城乡居民基本医疗保险参保缴费", "2024 Annual Basic Medical Insurance for Urban and Rural Residents "
                                           "Enrolment and Contributions"),
    ("2024年—2025年海绵城市建设", "2024–2025 Sponge City Construction"),
    ("风险补偿资金管理办法（试行）", "Risk Compensation Funds Administrative Measures (Trial)"),
    ("清理的结果", "Review Results"),                                 # 的 is not translated
    ("一、清理结果", "1. Review Results"),                             # a list marker
    ("“海绵城市”建设", "“Sponge City” Construction"),
])
def test_glossary_phrases(glossary, text, expected):
    assert glossary.phrase(text)[0] == expected


@pytest.mark.parametrize("row, message", [
    ("甲,A,colour,", "unknown kind 'colour'"),
    ("甲,甲乙,term,", "contains Chinese"),
    ("人民政府,People's Government,body,", "needs {region}"),
    ("abc,ABC,term,", "no Chinese to translate"),
    (",A,term,", "needs the Chinese, the English and the kind"),
])
def test_glossary_refuses_malformed_rows_naming_file_and_line(tmp_path, row, message):
    path = tmp_path / "glossary.csv"
    path.write_text("term,english,kind,note\n序号,No.,column,\n" + row + "\n", encoding="utf-8")
    with pytest.raises(GlossaryError, match=re.escape(message)) as info:
        load_glossary(path)
    assert str(path) in str(info.value)


def test_glossary_refuses_a_term_given_two_renderings(tmp_path):
    path = tmp_path / "glossary.csv"
    path.write_text("term,english,kind,note\n序号,No.,column,\n序号,Number,column,\n", encoding="utf-8")
    with pytest.raises(GlossaryError, match=r"glossary.csv:3: column '序号' is already given as 'No.'"):
        load_glossary(path)


def test_repository_glossary_and_translations_load_and_have_no_chinese_in_english():
    en = english()
    assert len(en.glossary.terms) > 500 and len(en.translations) >= 90
    assert not [v for v in en.glossary.terms.values() if HAN.search(v)]
    assert not [v for v in en.translations.values() if HAN.search(v)]


# Names ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, expected, automatic", [
    ("平江县", "Pingjiang County", False),
    ("浏阳市", "Liuyang City", True),          # not in the glossary: Pinyin and the unit
    ("沛县", "Peixian County", True),          # a one-character name keeps its unit in the Pinyin
    ("黄花镇", "Huanghua Town", True),
    ("城步苗族自治县", "Chengbumiaozu Autonomous County", True),
    ("湘阴县东塘镇", "Dongtang Town, Xiangyin County", True),   # a town of a known county
])
def test_regions(glossary, name, expected, automatic):
    assert region_english(name, glossary) == (expected, automatic)


@pytest.mark.parametrize("name, expected, automatic", [
    ("县直各单位", "All County-Level Units", False),
    # Composed from a region and a body: the English is the rule's, so it is automatic.
    ("平江县人民政府办公室", "General Office of the Pingjiang County People's Government", True),
    ("湘阴县人民政府", "Xiangyin County People's Government", True),
    ("中共湘阴县委办公室", "General Office of the CPC Xiangyin County Committee", True),
    ("县住建局", "County Bureau of Housing and Urban-Rural Development", True),
    ("浏阳市住建局", "Liuyang City Bureau of Housing and Urban-Rural Development", True),
    ("平江县人民政府、县直各单位", "Pingjiang County People's Government; All County-Level Units", True),
    ("湘阴县东塘镇人民政府", "Dongtang Town People's Government, Xiangyin County", True),
    ("湘阴县人民政府办公室、湘阴县住建局", "General Office of the Xiangyin County People's Government; "
                                         "Xiangyin County Bureau of Housing and Urban-Rural Development", True),
    ("长城航道管理处", "Changchenghangdaoguanlichu", True),
])
def test_authorities(glossary, name, expected, automatic):
    assert authority_english(name, glossary) == (expected, automatic)


# Titles --------------------------------------------------------------------------------------

TITLES = [
    # The usual shape: issuer 关于 印发《X》 的 通知.
    ("平江县人民政府办公室关于印发《平江县海绵城市建设工作方案》的通知", ("平江县人民政府办公室",),
     "Notice of the General Office of the Pingjiang County People's Government on Issuing the "
     "Pingjiang County Sponge City Construction Work Plan"),
    # 公布 … 的 决定.
    ("湘阴县人民政府关于公布规范性文件清理结果的决定", ("湘阴县人民政府",),
     "Decision of the Xiangyin County People's Government on Publishing Normative Documents Review Results"),
    # 发布 … 的 通告, the issuer not listed by the parser: read from before 关于.
    ("平江县人民政府关于发布森林防火禁火令的通告", (),
     "Public Notice of the Pingjiang County People's Government on Publishing Forest Fire Prevention "
     "Fire Ban Order"),
    # Joint issuers printed one after another.
    ("中共湘阴县委办公室湘阴县人民政府办公室关于印发《规范性文件管理办法》的通知",
     ("中共湘阴县委办公室", "湘阴县人民政府办公室"),
     "Notice of the General Office of the CPC Xiangyin County Committee and the General Office of the "
     "Xiangyin County People's Government on Issuing the Normative Documents Administrative Measures"),
    # 做好 … 工作.
    ("平江县人民政府办公室关于做好2024年度城乡居民基本医疗保险参保缴费工作的通知", ("平江县人民政府办公室",),
     "Notice of the General Office of the Pingjiang County People's Government on Effectively Carrying Out "
     "2024 Annual Basic Medical Insurance for Urban and Rural Residents Enrolment and Contributions"),
    # No issuer in the title.
    ("关于印发《海绵城市建设工作方案》的通知", ("平江县人民政府",),
     "Notice on Issuing the Sponge City Construction Work Plan"),
    # A 令 without a subject.
    ("平江县人民政府令", ("平江县人民政府",), "Order of the Pingjiang County People's Government"),
    # Not one of the 15 公文: the title is a name, read as a phrase, with its (试行).
    ("平江县风险补偿资金管理办法（试行）", (), "Pingjiang County Risk Compensation Funds Administrative Measures (Trial)"),
    # A suffix after the type.
    ("平江县人民政府关于海绵城市建设的决定（试行）", ("平江县人民政府",),
     "Decision of the Pingjiang County People's Government on Sponge City Construction (Trial)"),
    # 印发 before a quoted title that has its own 关于: the issuer is not "印发《".
    ("平江县人民政府办公室印发《关于加强海绵城市建设的管理办法》的通知", ("平江县人民政府办公室",),
     "Notice of the General Office of the Pingjiang County People's Government on Issuing the "
     "Administrative Measures on Strengthening Sponge City Construction"),
    # Two quoted titles issued together.
    ("平江县人民政府关于印发《海绵城市建设工作方案》《森林防火工作方案》的通知", ("平江县人民政府",),
     "Notice of the Pingjiang County People's Government on Issuing the Sponge City Construction Work Plan "
     "and the Forest Fire Prevention Work Plan"),
    # Appointments: people's names, surname first.
    ("湘阴县人民政府关于戴志辉等同志职务任免的通知", ("湘阴县人民政府",),
     "Notice of the Xiangyin County People's Government on Appointment and Removal of Dai Zhihui and Others"),
    ("湘阴县人民政府关于任免胡光志、李四同志职务的通知", ("湘阴县人民政府",),
     "Notice of the Xiangyin County People's Government on Appointment and Removal of Hu Guangzhi, Li Si"),
    # Quotation marks, folded to ASCII by the normaliser, come back as typographic pairs.
    ("平江县人民政府关于开展“海绵城市”建设的通知", ("平江县人民政府",),
     "Notice of the Pingjiang County People's Government on Carrying Out “Sponge City” Construction"),
]


@pytest.mark.parametrize("title, issuers, expected", TITLES)
def test_title_renderer(glossary, title, issuers, expected):
    assert render_title(title, issuers, glossary) == expected


def test_title_renderer_uses_a_curated_translation_of_the_quoted_title(glossary):
    named = {"平江县海绵城市建设工作方案": "Work Plan of Pingjiang County for Sponge City Development"}.get
    assert render_title("平江县人民政府办公室关于印发《平江县海绵城市建设工作方案》的通知", ("平江县人民政府办公室",),
                        glossary, named) == ("Notice of the General Office of the Pingjiang County People's "
                                             "Government on Issuing the Work Plan of Pingjiang County for "
                                             "Sponge City Development")


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("关于印发转发公布的通知通告决定县市人民政府办公室《》〈〉（）“”、，2024年—试行工作方案平江湘阴鑫淼"
                                              "第号次〔〕〇①\u3400\u4e00\U00020000\U0002a836 a1:")), max_size=60))
def test_title_renderer_never_fails_and_leaves_no_chinese(glossary, title):
    english_title = render_title(title, ("平江县人民政府",), glossary)
    assert not HAN.search(english_title), english_title
    assert english_title == english_title.strip()


# The English facade --------------------------------------------------------------------------

def test_curated_translations_come_first_and_say_so(glossary):
    en = English(glossary, {("title", "平江县人民政府令"): "Order of the People's Government of Pingjiang County",
                            ("caption", "任务清单"): "Task List"})
    assert en.title("平江县人民政府令").automatic is False
    assert en.title("平江县人民政府令").text == "Order of the People's Government of Pingjiang County"
    assert en.title("湘阴县人民政府令", ("湘阴县人民政府",)).automatic is True
    assert en.caption("任务清单").text == "Task List" and not en.caption("任务清单").automatic
    assert en.attachment("任务清单").text == "Task List"  # an attachment titled like a table
    assert en.caption("重点工作清单").automatic
    assert en.gazette("平江县人民政府公报").text == "Gazette of the Pingjiang County People's Government"
    assert en.doc_type("通知").text == "Notice" and not en.doc_type("通知").automatic
    assert en.caption(None) is None and en.region(None) is None


@pytest.mark.parametrize("caption, label, rest", [
    ("表1　2023年任务清单", "Table 1", "2023年任务清单"),  # (the spaces between the figures folded: 表12023年)
    ("表1 2023年任务清单", "Table 1", "2023年任务清单"),
    ("附表2：任务清单", "Annex Table 2", "任务清单"),
    ("表3-1　任务清单", "Table 3-1", "任务清单"),
    ("表任务清单", None, None),  # no number: the phrase as it is
])
def test_a_captions_number_is_read_before_its_title(glossary, caption, label, rest):
    en = English(glossary, {("caption", "任务清单"): "Task List"})
    rendered = en.caption(caption)
    if label is None:
        assert rendered.text == en.glossary.phrase(caption)[0] and rendered.automatic
    else:
        assert rendered.text == f"{label}: {en.caption(rest).text}"
        assert rendered.automatic == en.caption(rest).automatic
    assert "12023" not in rendered.text


@pytest.mark.parametrize("iso, expected", [
    ("2024-04-01", "1 April 2024"), ("2023-12-31", "31 December 2023"), ("2024-02-30", "2024-02-30"),
    (None, None),
])
def test_english_dates(iso, expected):
    assert english_date(iso) == expected


def test_every_sample_document_has_a_curated_english_title(sample):
    from tests.conftest import parsed

    for d in parsed(sample).documents:
        rendering = english().title(d.title, d.issuer)
        assert not rendering.automatic, d.title
        assert not HAN.search(rendering.text)


def test_glossary_file_is_sorted_into_known_kinds():
    import csv

    with open(ROOT / "datasets" / "glossary.csv", encoding="utf-8", newline="") as fh:
        kinds = {row["kind"] for row in csv.DictReader(fh)}
    from generator.i18n.glossary import KINDS

    assert kinds <= set(KINDS) and len(kinds) == len(KINDS)


def test_every_interface_message_is_used():
    """A message no template or module asks for is dead weight for translators. A key counts as
    asked for where code reads it from the catalogue: t.key, t["key"], messages["key"] or a
    navigation/fragment table naming it as a string."""
    package = ROOT / "generator"
    text = "".join(p.read_text(encoding="utf-8") for pattern in ("*.py", "*.j2", "*.html")
                   for p in package.rglob(pattern))
    dynamic = ("coverage_", "valid_status_")  # keys composed in templates: t["coverage_" ~ key]
    unused = [key for key in catalogues.load_messages("en")
              if not re.search(rf"""(?:\bt\.{re.escape(key)}\b|\[["']{re.escape(key)}["']\]|["']{re.escape(key)}["'])""", text)
              and not key.startswith(dynamic)]
    assert unused == []


def test_renderings_are_computed_once_and_equal_a_fresh_rendering():
    """The same authority, caption or column asked again is the rendering made the first time
    (Pinyin is not computed again), and the same as a new English's."""
    first = English.load(ROOT / "datasets" / "glossary.csv", ROOT / "datasets" / "translations.csv")
    fresh = English.load(ROOT / "datasets" / "glossary.csv", ROOT / "datasets" / "translations.csv")
    asks = [("authority", "攸县人民政府办公室"), ("authority", "某某乡人民政府"), ("caption", "攸惠贷申请表"),
            ("column", "乡镇（街道）"), ("region", "攸县"), ("doc_type", "通知"), ("cited", "关于印发某某办法的通知")]
    for method, text in asks:
        made = getattr(first, method)(text)
        assert getattr(first, method)(text) is made
        assert getattr(fresh, method)(text) == made
    assert first.caption(None) is None and first.region(None) is None


# Automatic English of unseen titles: rules about kinds ------------------------------------------

# Words a county's titles use every day, beside the small glossary above: the rules below are about
# the kinds (a place name and its unit, a region and a body, a verb and its object), not these words.
RULE_TERMS = {
    **TERMS,
    ("region", "区"): "District", ("region", "镇"): "Town", ("region", "乡"): "Township",
    ("region", "街道"): "Subdistrict",
    ("body", "水务局"): "{region} Bureau of Water Affairs", ("body", "统计局"): "{region} Bureau of Statistics",
    ("body", "政府"): "{region} Government",
    ("doc_type", "批复"): "Reply", ("doc_type", "函"): "Letter", ("doc_type", "请示"): "Request for Instructions",
    ("doc_type", "报告"): "Report",
    ("term", "县城"): "County Seat", ("term", "县城区"): "County Seat Urban Area", ("term", "城区"): "Urban Area",
    ("term", "城市"): "Urban", ("term", "城市管理"): "Urban Management", ("term", "城乡"): "Urban and Rural",
    ("term", "停车"): "Parking", ("term", "区域"): "Areas", ("term", "乡村振兴"): "Rural Revitalisation",
    ("term", "工业园区"): "Industrial Park", ("term", "县长"): "County Magistrate", ("term", "社区"): "Communities",
    ("term", "国土空间规划"): "Territorial Spatial Plan", ("term", "政府投资项目"): "Government-Invested Projects",
    ("term", "旅游区"): "Tourism District", ("term", "湿地公园"): "Wetland Park", ("term", "乡镇"): "Townships",
    ("term", "预备费"): "Reserve Fund", ("term", "名单"): "List", ("term", "全县"): "County-Wide",
    ("term", "工作会议"): "Work Conference", ("term", "政府工作报告"): "Government Work Report",
    ("term", "行政审批事项"): "Administrative Approval Items", ("term", "信访事项"): "Petition Matters",
    ("term", "复查意见"): "Review Opinions", ("term", "政务大事记"): "Chronicle of Government Affairs",
    ("term", "更名"): "Renaming", ("term", "支持"): "Supporting",
    ("term", "收回"): "Recovery", ("term", "国有建设用地"): "State-Owned Construction Land",
    ("term", "使用权"): "Use Rights", ("term", "局长"): "Director",
}


@pytest.fixture(scope="module")
def rules_glossary():
    return Glossary.of({(k, fold(t)): v for (k, t), v in RULE_TERMS.items()})


@pytest.mark.parametrize("text, expected", [
    # A place name the glossary lacks ends at its unit, though a term runs on past it (县城 of
    # 县城市): the unit is taken where the unit and the word after it reach as far as the term.
    ("青岩县城市管理办法", "Qingyan County Urban Management Measures"),
    ("云溪县城区停车管理办法", "Yunxi County Urban Area Parking Administrative Measures"),
    ("丰宁县城乡居民基本医疗保险", "Fengning County Basic Medical Insurance for Urban and Rural Residents"),
    ("云溪县城关镇国土空间规划", "Yunxi County Chengguan Town Territorial Spatial Plan"),  # 城关 is a name
    ("清水县城南社区", "Qingshui County Chengnan Community"),       # a name's unit in the singular
    ("新田县龙泉街道", "Xintian County Longquan Subdistrict"),
    ("青溪县长岭工业园区", "Qingxi County Changling Industrial Park"),  # not 县长; 长 of a name is chang
    # ... but not where the unit leaves a character no word starts (域), or a term reads further.
    ("澧水源头区域", "Lishuiyuantou Areas"),
    ("青岩乡村振兴", "Qingyan Rural Revitalisation"),
    ("清新区", "Qingxin District"),                                 # one character does not take 新区
    # A bare 县: 县 + 城市管理, but 县城区 (the urban area of the county seat) stays whole.
    ("县城市管理", "County Urban Management"),
    ("县城区停车", "County Seat Urban Area Parking"),
    # A region and a body are an authority (县 + 水务局), unless a term reads past the body.
    ("县水务局", "County Bureau of Water Affairs"),
    ("青石县统计局", "Qingshi County Bureau of Statistics"),
    ("平江县政府投资项目", "Pingjiang County Government-Invested Projects"),
    # A lake's or a mountain's name, not a county's.
    ("宁远县九嶷山旅游区", "Ningyuan County Jiuyi Mountain Tourism District"),
    ("青山湖湿地公园", "Qingshan Lake Wetland Park"),
    ("青山县", "Qingshan County"),
])
def test_place_names_end_at_their_unit(rules_glossary, text, expected):
    assert rules_glossary.phrase(text)[0] == expected


@pytest.mark.parametrize("text, expected", [
    ("2024年3月政务大事记", "March 2024 Chronicle of Government Affairs"),   # not "2024 3 Yue"
    ("2024年3月1日", "1 March 2024"),
    ("第二实验小学", "No. 2 Experimental Primary School"),                   # a numbered school
    ("第一中学更名", "No. 1 Secondary School Renaming"),
    ("十二届二次会议", "12th 2nd Session"),                                  # 届 and 次会议 without 第
    ("张某某信访事项复查意见", "Zhang Moumou Petition Matters Review Opinions"),  # a withheld name kept
    ("某某乡", "Moumou Township"),
])
def test_tokens_read_by_rule(rules_glossary, text, expected):
    assert rules_glossary.phrase(text)[0] == expected


RULE_TITLES = [
    # 同意 X 使用 Y: the verb after 同意 takes its object.
    ("清水县人民政府关于同意县水务局使用预备费的批复", ("清水县人民政府",),
     "Reply of the Qingshui County People's Government on Approving the Use of the Reserve Fund by the "
     "County Bureau of Water Affairs"),
    ("平江县人民政府关于同意平江县第一中学更名的批复", ("平江县人民政府",),
     "Reply of the Pingjiang County People's Government on Approving the Renaming of Pingjiang County "
     "No. 1 Secondary School"),
    # ... but not 使用权, the noun of the rights: the Recovery of the rights, not "the Use of the Quan".
    ("清水县人民政府关于同意收回国有建设用地使用权的批复", ("清水县人民政府",),
     "Reply of the Qingshui County People's Government on Approving the Recovery of State-Owned Construction Land "
     "Use Rights"),
    ("清水县人民政府关于同意县水务局动用预备费的批复", ("清水县人民政府",),
     "Reply of the Qingshui County People's Government on Approving the Use of the Reserve Fund by the "
     "County Bureau of Water Affairs"),
    # People: a post named after 为 or before 职务, a post confirmed after probation.
    ("清水县人民政府关于任命王海波同志为县水务局局长的通知", ("清水县人民政府",),
     "Notice of the Qingshui County People's Government on Appointment of Wang Haibo as County Bureau of Water "
     "Affairs Director"),
    ("清水县人民政府关于免去李明同志县统计局局长职务的通知", ("清水县人民政府",),
     "Notice of the Qingshui County People's Government on Removal of Li Ming from the Post of County Bureau "
     "of Statistics Director"),
    ("清水县人民政府关于陈志强同志试用期满正式任职的通知", ("清水县人民政府",),
     "Notice of the Qingshui County People's Government on Confirmation of the Appointment of Chen Zhiqiang "
     "after Probation"),
    # ... near misses: the names alone, as before.
    ("清水县人民政府关于任命王海波同志职务的通知", ("清水县人民政府",),
     "Notice of the Qingshui County People's Government on Appointment of Wang Haibo"),
    ("清水县人民政府关于免去李明同志职务的通知", ("清水县人民政府",),
     "Notice of the Qingshui County People's Government on Removal of Li Ming"),
    ("清水县人民政府关于陈志强同志任职的通知", ("清水县人民政府",),
     "Notice of the Qingshui County People's Government on Appointment of Chen Zhiqiang"),
    # 等 with a count: the first and the others (等两个: one other, in the singular).
    ("平江县人民政府关于印发《森林防火管理办法》等两个规范性文件的通知", ("平江县人民政府",),
     "Notice of the Pingjiang County People's Government on Issuing the Forest Fire Prevention Administrative "
     "Measures and One Other Normative Document"),
    ("平江县人民政府关于废止《森林防火管理办法》《海绵城市建设工作方案》等12个规范性文件的决定", ("平江县人民政府",),
     "Decision of the Pingjiang County People's Government on Repealing the Forest Fire Prevention "
     "Administrative Measures and the Sponge City Construction Work Plan and 11 Other Normative Documents"),
    ("平江县人民政府关于废止《森林防火管理办法》等三个的决定", ("平江县人民政府",),
     "Decision of the Pingjiang County People's Government on Repealing the Forest Fire Prevention "
     "Administrative Measures and Two Others"),
    # ... a near miss: 等 without a count stays "etc.".
    ("平江县人民政府关于印发《森林防火管理办法》等规范性文件的通知", ("平江县人民政府",),
     "Notice of the Pingjiang County People's Government on Issuing the Forest Fire Prevention Administrative "
     "Measures etc. Normative Documents"),
    # 关于 X 的 name, the name not a 公文 but a term: the name is the type (an issuer's or none).
    ("平江县人民政府关于海绵城市建设的工作方案（试行）", ("平江县人民政府",),
     "Work Plan of the Pingjiang County People's Government on Sponge City Construction (Trial)"),
    ("关于加强森林防火的管理办法", (), "Administrative Measures on Strengthening Forest Fire Prevention"),
    # ... near misses: a name the glossary lacks, a 关于 inside a quoted title, no 关于: a phrase, as before.
    ("平江县人民政府关于海绵城市建设的鑫淼", ("平江县人民政府",),
     "Pingjiang County People's Government on Sponge City Construction Xinmiao"),
    ("平江县人民政府印发《关于海绵城市建设的工作方案》", ("平江县人民政府",),
     "Pingjiang County People's Government Yinfa Work Plan on Sponge City Construction"),
    ("平江县海绵城市建设工作方案", (), "Pingjiang County Sponge City Construction Work Plan"),
    # 申请将 X 纳入 Y: including X in Y.
    ("平江县人民政府关于申请将平江县纳入海绵城市建设名单的请示", ("平江县人民政府",),
     "Request for Instructions of the Pingjiang County People's Government on Applying for the Inclusion "
     "of Pingjiang County in Sponge City Construction List"),
    ("平江县人民政府关于商请支持平江县海绵城市建设的函", ("平江县人民政府",),
     "Letter of the Pingjiang County People's Government on Requesting Support for Pingjiang County "
     "Sponge City Construction"),
    ("平江县人民政府办公室关于报送海绵城市建设工作方案的通知", ("平江县人民政府办公室",),
     "Notice of the General Office of the Pingjiang County People's Government on Submitting Sponge City "
     "Construction Work Plan"),
    ("平江县人民政府关于宣布《森林防火管理办法》失效的决定", ("平江县人民政府",),
     "Decision of the Pingjiang County People's Government on Declaring the Forest Fire Prevention "
     "Administrative Measures Invalid"),
    # 对 X 的函 with a withheld name.
    ("平江县人民政府关于对张某某信访事项复查意见的函", ("平江县人民政府",),
     "Letter of the Pingjiang County People's Government on Zhang Moumou Petition Matters Review Opinions"),
    # A speech: 在 X 上的讲话.
    ("在全县海绵城市建设工作会议上的讲话", (), "Speech at the County-Wide Sponge City Construction Work Conference"),
    # A type that ends a term is not the title's type: 政府工作报告 is a name.
    ("政府工作报告", (), "Government Work Report"),
    # A numbered part: （二） → (2).
    ("平江县人民政府关于调整行政审批事项的通知（二）", ("平江县人民政府",),
     "Notice of the Pingjiang County People's Government on Adjusting Administrative Approval Items (2)"),
]


@pytest.mark.parametrize("title, issuers, expected", RULE_TITLES)
def test_title_rules_about_kinds(rules_glossary, title, issuers, expected):
    assert render_title(title, issuers, rules_glossary) == expected
