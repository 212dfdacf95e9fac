"""centredcells: a group's name printed on the middle row of its group, the first cells above and
below it empty (a merged first cell centred)."""

import pytest

from generator.centredcells import centred_names, groups


@pytest.mark.parametrize("named,count,spans", [
    ([1, 4, 6], 7, [(0, 2), (3, 5), (6, 6)]),  # groups of 3, 3 and 1 (基础设施, 社会事业, 产业发展)
    ([1, 4], 6, [(0, 2), (3, 5)]),
    ([1, 3], 5, [(0, 2), (3, 4)]),  # 3, then 2 with its name on its first row
    ([2, 6], 8, [(0, 4), (5, 7)]),  # 5, then 3
    ([1, 6], 7, None),  # four rows between the names and none after: not centred
    ([1, 2], 6, None),  # one row over the first name, three under the second
])
def test_groups_split_where_each_name_is_centred(named, count, spans):
    assert groups(named, count) == spans


def _rows(firsts, numbered=False):
    return [([str(k + 1)] if numbered else []) + [v, f"项目{k}", "100"] for k, v in enumerate(firsts)]


@pytest.mark.parametrize("firsts,numbered,want", [
    ([None, "基础设施", None, None, "社会事业", None], False, ["基础设施"] * 3 + ["社会事业"] * 3),
    ([None, "基础设施", None, None, "社会事业", None], True, ["基础设施"] * 3 + ["社会事业"] * 3),
    # near misses: the first row names its group (printed on its first row); one name; figures
    (["基础设施", None, None, "社会事业", None, None], False, ["基础设施", None, None, "社会事业", None, None]),
    ([None, "基础设施", None], False, [None, "基础设施", None]),
    ([None, "12", None, None, "15", None], False, [None, "12", None, None, "15", None]),
])
def test_centred_names_fill_their_groups(firsts, numbered, want):
    data = _rows(firsts, numbered)
    lines = list(range(10, 10 + len(data)))
    centred_names(data, lines, {no: row[0] for no, row in zip(lines, data)})
    assert [row[1 if numbered else 0] for row in data] == want


def test_groups_read_in_linear_time(monkeypatch):
    # a long table of groups of three, each name centred: each name's choices are asked a bounded
    # number of times (counted, not timed; the split was copied once a choice, quadratic)
    import generator.centredcells as centredcells
    calls = []
    real = centredcells._belows
    monkeypatch.setattr(centredcells, "_belows", lambda *a: calls.append(1) or real(*a))
    names = 20000
    spans = groups(list(range(1, 3 * names, 3)), 3 * names)
    assert spans is not None and spans[:2] == [(0, 2), (3, 5)] and len(spans) == names
    assert len(calls) <= 3 * names
