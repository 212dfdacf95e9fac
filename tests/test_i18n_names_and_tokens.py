"""Automatic English of unseen titles, the fourth pass: rules about kinds of names and tokens, on a
small glossary (the words are not what is tested, the kinds are)."""

from __future__ import annotations

import pytest

from generator.i18n.glossary import Glossary
from generator.i18n.names import authority_english, region_english, split_authorities
from generator.i18n.titles import render_title
from generator.normalize import fold

TERMS = {
    ("region", "县"): "County", ("region", "湘阴县"): "Xiangyin County", ("region", "市"): "City",
    ("authority", "县委"): "County Party Committee", ("authority", "县政府"): "County Government",
    ("body", "人民政府"): "{region} People's Government",
    ("body", "人民政府办公室"): "General Office of the {region} People's Government",
    ("body", "委办公室"): "General Office of the CPC {region} Committee",
    ("body", "委组织部"): "Organization Department of the CPC {region} Committee",
    ("body", "政府督查室"): "Supervision Office of the {region} Government",
    ("body", "人社局"): "{region} Bureau of Human Resources and Social Security",
    ("body", "发展改革局"): "{region} Development and Reform Bureau",
    ("doc_type", "通知"): "Notice", ("doc_type", "意见"): "Opinions", ("doc_type", "通报"): "Circular",
    ("term", "值班"): "Duty", ("term", "值守"): "Duty", ("term", "加强"): "Strengthening", ("term", "工作"): "Work",
    ("term", "招商引资"): "Investment Attraction", ("term", "先进单位"): "Outstanding Units",
    ("term", "防汛"): "Flood Control", ("term", "应急响应"): "Emergency Response", ("term", "进入"): "Entering",
    ("term", "前期工作"): "Preliminary Work", ("term", "项目"): "Projects", ("term", "督查"): "Supervision",
    ("term", "计划"): "Plan", ("term", "乡村振兴"): "Rural Revitalisation", ("term", "规范性文件"): "Normative Documents",
    ("term", "管理办法"): "Administrative Measures", ("term", "加快推进"): "Accelerating",
    ("term", "台风"): "Typhoons", ("term", "地块"): "Plots",
}


@pytest.fixture(scope="module")
def glossary():
    return Glossary.of({(k, fold(t)): v for (k, t), v in TERMS.items()})


@pytest.mark.parametrize("text, expected", [
    # A name the glossary lacks that begins with an authority it knows is not a place: 县委 + 县政府
    # is two issuers, not a county named 县委 (Xianwei County Government).
    ("县委县政府", ["县委", "县政府"]),
    ("县委组织部县人社局", ["县委组织部", "县人社局"]),
    # ... whole, or as a known region and a body (湘阴县 + 委办公室).
    ("中共湘阴县委办公室湘阴县人民政府办公室", ["中共湘阴县委办公室", "湘阴县人民政府办公室"]),
])
def test_an_authority_is_not_the_start_of_a_place_name(glossary, text, expected):
    assert split_authorities(text, glossary) == expected


@pytest.mark.parametrize("name, expected", [
    ("永州市零陵区", "Lingling District, Yongzhou City"),   # not Shilingling District, Yong Prefecture
    ("杭州市东湖区", "Donghu District, Hangzhou City"),
    ("清远市清新区", "Qingxin District, Qingyuan City"),     # one character does not take 新区
    ("攸县", "Youxian County"),                              # but takes 县
    ("新区", "Xinqu District"),                           # 新 + 区, like 攸县
])
def test_regions_within_regions(glossary, name, expected):
    assert region_english(name, glossary)[0] == expected


def test_authority_of_a_district_in_a_prefectural_city(glossary):
    assert authority_english("永州市零陵区人民政府", glossary)[0] == \
        "Lingling District People's Government, Yongzhou City"


@pytest.mark.parametrize("text, expected", [
    # A year written in Chinese figures, with the zeros county documents print (〇, ○, Greek Ο, 零).
    ("二〇〇五年度招商引资先进单位", "2005 Annual Investment Attraction Outstanding Units"),
    ("二ΟΟ五年度招商引资先进单位", "2005 Annual Investment Attraction Outstanding Units"),
    ("二○○三年防汛工作", "2003 Flood Control Work"),
    ("一九九九年防汛工作", "1999 Flood Control Work"),
    ("二零二四年防汛工作", "2024 Flood Control Work"),
    # A level in Roman figures: Level IV, not "IV Ji".
    ("进入防汛Ⅳ级应急响应", "Entering Flood Control Level IV Emergency Response"),
    # A numbered part in brackets inside a phrase.
    ("（二）前期工作项目", "(2) Preliminary Work Projects"),
    ("2023年末前期工作项目", "2023 Year-End Preliminary Work Projects"),   # not 2023 Mo
    # A number given as a name with 号, and a count of people with 名.
    ("2024年3号台风防汛工作", "2024 No. 3 Typhoons Flood Control Work"),
    ("①号地块前期工作", "No. 1 Plots Preliminary Work"),
    ("县应急管理局（3名）", "County Yingjiguanliju (3 Persons)"),
    # Two words with the same English side by side are said once (值班 + 值守: Duty, not Duty Duty).
    ("加强值班值守工作", "Strengthening Duty Work"),
])
def test_tokens_and_repeats(glossary, text, expected):
    assert glossary.phrase(text)[0] == expected


@pytest.mark.parametrize("title, issuers, expected", [
    ("县委 县政府关于加快推进乡村振兴的意见", (),
     "Opinions of the County Party Committee and the County Government on Accelerating Rural Revitalisation"),
    ("县委县政府督查室关于开展督查的通报", (),
     "Circular of the County Party Committee and the Supervision Office of the County Government on Carrying "
     "Out Supervision"),
    ("中共湘阴县委办公室湘阴县人民政府办公室关于印发规范性文件管理办法的通知", (),
     "Notice of the General Office of the CPC Xiangyin County Committee and the General Office of the Xiangyin "
     "County People's Government on Issuing Normative Documents Administrative Measures"),
    # 批转: an issuer approving and forwarding a body's document, its verb printed after the issuer; the
    # forwarded title prints no type of its own, so it is the body's Document.
    ("湘阴县人民政府批转县发展改革局关于2024年项目计划的通知", (),
     "Notice of the Xiangyin County People's Government on Approving and Forwarding the Document of the County "
     "Development and Reform Bureau on 2024 Projects Plan"),
])
def test_titles_of_these_kinds(glossary, title, issuers, expected):
    assert render_title(title, issuers, glossary) == expected



@pytest.mark.parametrize("text, expected", [
    # A place name the glossary lacks, its unit and a body, where the unit and a body read as an authority
    # the glossary holds whole (县人民政府办公室): the place is the authority's, not a word before it.
    ("青岩县人民政府办公室加强值班工作", "General Office of the Qingyan County People's Government Strengthening Duty Work"),
    # ... a single character before the unit is no place here (由 + 县人民政府办公室), as before.
    ("由县人民政府办公室加强值班工作", "You General Office of the County People's Government Strengthening Duty Work"),
    # 批次 is a batch, as 批 is.
    ("第一批次前期工作项目", "1st Batch Preliminary Work Projects"),
])
def test_a_place_before_its_unit_and_a_body(text, expected):
    terms = {(k, fold(t)): v for (k, t), v in TERMS.items()}
    terms[("authority", "县人民政府办公室")] = "General Office of the County People's Government"
    assert Glossary.of(terms).phrase(text)[0] == expected


@pytest.mark.parametrize("text, expected", [
    # A town whose name's second character opens a word ending in the town's unit (望 + 城镇, 新 + 城乡,
    # 乐 + 城街道): the name ends at the unit, under its county or over its body.
    ("设立湘阴县望城镇农产品加工园区", "Establishing Xiangyin County Wangcheng Town Industrial Parks"),
    ("望城镇人民政府", "Wangcheng Town People's Government"),
    ("湘阴县新城乡人民政府", "Xiangyin County Xincheng Township People's Government"),
    ("湘阴县乐城街道农产品加工园区", "Xiangyin County Lecheng Subdistrict Industrial Parks"),
    # …or among other towns, a town's unit on the other side of its 、
    ("湘阴县城关镇、望城镇", "Xiangyin County Chengguan Town, Wangcheng Town"),
    ("调整望城镇、新城乡行政区划", "Adjusting Wangcheng Town, Xincheng Township Administrative Divisions"),
    # …not a word that goes before such a term, nor a name that runs on into a longer word, nor a name
    # with nothing to tell it is a town's
    ("湘阴县小城镇建设", "Xiangyin County Xiao Urban Areas Construction"),
    ("湘阴县各乡镇", "Xiangyin County Ge Townships"),
    ("湘阴县望城乡村振兴", "Xiangyin County Wang Urban and Rural Cunzhenxing"),
    ("推进城乡融合", "Advancing Urban and Rural Ronghe"),
    ("望城乡、乡村振兴", "Wang Urban and Rural, Rural Revitalisation"),
])
def test_a_town_whose_name_runs_into_a_word(text, expected):
    terms = {(k, fold(t)): v for (k, t), v in TERMS.items()}
    terms.update({("term", "城镇"): "Urban Areas", ("term", "城乡"): "Urban and Rural",
                  ("term", "乡镇"): "Townships", ("term", "乡村振兴"): "Rural Revitalisation",
                  ("term", "农产品加工园区"): "Industrial Parks", ("term", "推进"): "Advancing",
                  ("term", "建设"): "Construction", ("term", "设立"): "Establishing",
                  ("term", "调整"): "Adjusting", ("term", "行政区划"): "Administrative Divisions",
                  ("region", "镇"): "Town", ("region", "乡"): "Township"})
    assert Glossary.of(terms).phrase(text)[0] == expected
