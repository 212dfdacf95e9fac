"""A township or a 街道 named bare as a document's organ: only where a title's issuer stands, and
over the date of a document its title names so (generator/townissuers.py)."""

import pytest

from generator.issuers import issuers_apart, title_issuers
from generator.normalize import fold
from generator.patterns import title_start
from generator.signaturelines import town_signs
from generator.townissuers import is_bare_town, town_ends, town_in_full


@pytest.mark.parametrize("key, want", [
    ("城关街道", True),
    ("青石镇", True),
    ("江口瑶族乡", True),
    ("宝日陶亥苏木", True),
    ("青溪县城关镇", True),
    ("各乡镇", False),  # all of them, no organ
    ("全镇", False),
    ("本街道", False),
    ("乡镇街道", False),
    ("城关镇、青石镇、白沙镇", False),  # a list of places
    ("城关街道办事处", False),  # an organ's full name: patterns.ORG's
    ("镇", False),
])
def test_is_bare_town(key, want):
    assert is_bare_town(key) is want


@pytest.mark.parametrize("line, title, want", [
    ("城关街道", "城关街道关于开展2024年度安全生产大检查的通知", True),
    ("青石镇", "青石镇关于进一步加强森林防火工作的通知", True),
    ("青溪县城关镇", "青溪县城关镇关于印发《城关镇2024年防汛应急预案》的通知", True),
    ("白沙镇", "青石镇关于进一步加强森林防火工作的通知", False),  # another town (a list's last)
    ("城关镇", "城关镇人民政府关于进一步加强森林防火工作的通知", False),  # the title names its organ in full
    ("青石镇", "关于进一步加强森林防火工作的通知", False),  # the title names no issuer
    ("青溪县应急管理局城关街道", "青溪县应急管理局、城关街道关于联合开展城区消防安全专项整治的通知", True),  # joint
    ("青溪县水利局青石镇", "青溪县水利局青石镇关于联合开展河道清淤工作的通知", True),
    ("青溪县应急管理局", "青溪县应急管理局、城关街道关于联合开展城区消防安全专项整治的通知", False),  # (no town: linerules')
])
def test_town_signs(line, title, want):
    assert town_signs(line, title) is want


@pytest.mark.parametrize("line, want", [
    ("城关街道关于开展2024年度安全生产大检查的通知", True),
    ("江口瑶族乡关于做好2024年春耕生产工作的通知", True),
    ("青溪县城关镇关于印发《城关镇2024年防汛应急预案》的通知", True),
    ("县人民政府、城关镇关于联合开展消防安全检查的通知", True),  # joint, the town bare
    ("各乡镇关于落实防汛责任的报告汇总", False),
    ("全镇关于秸秆禁烧工作的情况", False),
    ("城关镇、青石镇、白沙镇", False),
    ("城关镇、青山镇关于耕地保护的做法值得推广", False),  # places listed before 关于: a town only last after organs
    ("青石镇白沙镇关于联合开展河道清淤工作的通知", False),
])
def test_title_opens_with_a_bare_town(line, want):
    assert title_start(fold(line)) is want


@pytest.mark.parametrize("key, after, want", [
    ("青石镇", "白沙镇关于联合开展河道清淤工作的通知", True),  # joint issuers apart by a gap
    ("城关镇", "县水利局", True),
    ("城关镇", "", True),
    ("城关镇", "人民政府关于开展消防安全检查的通知", False),  # one name a gap cuts
    ("城关街道", "办事处", False),
    ("青石镇", "党委", False),
    ("县水利局", "城关镇", False),  # no town
])
def test_town_ends(key, after, want):
    assert town_ends(key, after) is want


@pytest.mark.parametrize("title, want", [
    (["县人民政府、城关镇关于联合开展消防安全检查的通知"], ("县人民政府", "城关镇")),
    (["城关镇、青石镇关于联合开展消防安全检查的通知"], ("城关镇", "青石镇")),
    (["县应急管理局 城关街道关于开展消防安全检查的通知"], ("县应急管理局", "城关街道")),
    (["城关镇 人民政府关于开展消防安全检查的通知"], ("城关镇人民政府",)),
    (["城关街道关于开展2024年度安全生产大检查的通知"], ("城关街道",)),
])
def test_title_issuers_with_a_town_bare(title, want):
    assert title_issuers(title) == want


@pytest.mark.parametrize("text, want", [
    ("青溪县水利局　青石镇关于联合开展河道清淤工作的通知", "青溪县水利局 青石镇关于联合开展河道清淤工作的通知"),
    ("城关镇　人民政府关于开展消防安全检查的通知", None),  # one name cut by the gap
])
def test_issuers_apart_with_towns(text, want):
    assert issuers_apart(text) == want


@pytest.mark.parametrize("short, full, want", [
    ("青石镇", "青石镇人民政府", True),
    ("城关街道", "青溪县城关街道办事处", True),  # (its county before it)
    ("青石镇", "青石镇党委", False),  # the party's committee, another organ
    ("青石镇", "白沙镇人民政府", False),
    ("城关镇", "青溪县新城关镇人民政府", False),  # another town's name ending alike
    ("县财政局", "青溪县财政局人民政府", False),  # no town
])
def test_town_in_full(short, full, want):
    assert town_in_full(short, full) is want
