"""centredcells: a group's name printed on the middle row of its group, the first cells above and
below it empty (a merged first cell centred)."""

import pytest

from generator.centredcells import centred_names, groups, numbered_groups


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


@pytest.mark.parametrize("numbers,starts", [
    (["1", "1", "2", "3", "1", "2", "3"], [0, 1, 4]),  # groups of 1, 3, 3 numbered each from 1
    (["1", "2", "1", "2", "3", "1"], [0, 2, 5]),
    (["1", "2", "3", "4"], None),  # numbered once through: no groups
    (["1", "2", "4", "1"], None),  # a number skipped
    (["1", None, "1"], None),  # a row without its number
    (["1", "2", "1、"], None),
])
def test_numbered_groups(numbers, starts):
    assert numbered_groups(numbers) == starts


def _numbered_rows(names, numbers, first):
    return [([n, v] if first else [v, n]) + [f"项目{k}", "100"] for k, (v, n) in enumerate(zip(names, numbers))]


@pytest.mark.parametrize("names,numbers,first,want", [
    # 类别⇥序号: a first group of one row, then names centred on their groups of three
    (["基础设施", None, "社会事业", None, None, "产业发展", None], ["1", "1", "2", "3", "1", "2", "3"], False,
     ["基础设施"] + ["社会事业"] * 3 + ["产业发展"] * 3),
    # 序号⇥类别: the names in the second column, each on one row of its group
    ([None, "基础设施", None, "社会事业", None, "产业发展"], ["1", "2", "1", "2", "3", "1"], True,
     ["基础设施"] * 2 + ["社会事业"] * 3 + ["产业发展"]),
    # near misses: a group numbered without a name, two names in one group, figures for names
    (["基础设施", None, None, None, None, "产业发展", None], ["1", "1", "2", "3", "1", "2", "3"], False,
     ["基础设施", None, None, None, None, "产业发展", None]),
    (["基础设施", "社会事业", "产业发展", None], ["1", "1", "2", "3"], False, ["基础设施", "社会事业", "产业发展", None]),
    (["12", None, "15", None, None], ["1", "1", "2", "3", "1"], False, ["12", None, "15", None, None]),
])
def test_names_of_groups_numbered_from_one_each(names, numbers, first, want):
    data = _numbered_rows(names, numbers, first)
    lines = list(range(10, 10 + len(data)))
    centred_names(data, lines, {no: row[0] for no, row in zip(lines, data)})
    assert [row[1 if first else 0] for row in data] == want


@pytest.mark.parametrize("names,closed,want", [
    # a 小计 (its line) after each group: groups of 1, 3 and 3, the later names centred
    (["基础设施", None, "社会事业", None, None, "产业发展", None], [11, 15],
     ["基础设施"] + ["社会事业"] * 3 + ["产业发展"] * 3),
    (["基础设施", None, "社会事业", None, None, "产业发展", None], [11, 15, 19],  # (the last group's 小计 too)
     ["基础设施"] + ["社会事业"] * 3 + ["产业发展"] * 3),
    # near misses: a group without a name; two names in a group (rows of names, not a category)
    (["基础设施", None, None, None, None, "产业发展", None], [11, 15],
     ["基础设施", None, None, None, None, "产业发展", None]),
    (["城关镇", "南江镇", "长寿镇", None], [11], ["城关镇", "南江镇", "长寿镇", None]),
])
def test_names_of_groups_each_closed_by_a_subtotal(names, closed, want):
    data = [[v, f"项目{k}", "100"] for k, v in enumerate(names)]
    lines = [no for no in range(10, 30) if no not in closed][:len(data)]  # (the rows' lines, the 小计's between)
    centred_names(data, lines, {no: row[0] for no, row in zip(lines, data)}, closed)
    assert [row[0] for row in data] == want


def test_names_beside_the_rows_numbers_of_groups_each_closed_by_a_subtotal():
    names = ["基础设施", None, "社会事业", None, None, "产业发展", None]
    data = [[str(k + 1), v, f"项目{k}", "100"] for k, v in enumerate(names)]
    lines = [10, 12, 13, 14, 16, 17, 18]  # (小计 on lines 11, 15 and 19)
    centred_names(data, lines, {no: row[0] for no, row in zip(lines, data)}, [11, 15, 19])
    assert [row[1] for row in data] == ["基础设施"] + ["社会事业"] * 3 + ["产业发展"] * 3


# Names alone on a line between two rows (``between``: the row under each) beside names on rows,
# each centred on its group: a group of an even number of rows with its name between its two
# middle rows, the first group a single row; near misses: a name between rows off its group's
# centre, one name alone (a cell's wrapped end), a figure.
@pytest.mark.parametrize("firsts,between,want", [
    ([None, "基础设施", None, None, None, None, "产业发展", None], {4: "社会事业"},
     ["基础设施"] * 3 + ["社会事业"] * 2 + ["产业发展"] * 3),
    (["基础设施", None, None, None, "产业发展", None], {2: "社会事业"},
     ["基础设施"] + ["社会事业"] * 2 + ["产业发展"] * 3),
    ([None, None, None, None, None, None], {3: "社会事业", 5: "产业发展"}, None),
    ([None, None, None, None, None, None], {3: "二期工程"}, None),
    (["12", None, None, None, "15", None], {2: "社会事业"}, None),
])
def test_names_between_rows_fill_their_groups(firsts, between, want):
    from generator.centredcells import names_between
    data = [[v, f"{k + 1}", f"项目{k}", "100"] for k, v in enumerate(firsts)]
    lines = list(range(10, 10 + len(data)))
    done = names_between(data, lines, {no: row[0] for no, row in zip(lines, data)}, between)
    assert done is (want is not None)
    assert [row[0] for row in data] == (want or firsts)


@pytest.mark.parametrize("value,above,below,between", [
    ("社会事业", None, [None, "5", "县人民医院住院综合楼", "县卫健局", "26000"], True),
    ("社会事业", "基础设施", [None, "5", "县人民医院住院综合楼", "县卫健局", "26000"], False),  # (the row above prints one)
    ("社会事业", None, ["产业发展", "5", "县人民医院住院综合楼", "县卫健局", "26000"], False),
    ("社会事业", None, None, False),  # (the table's last line)
    ("2024年底前", None, [None, "5", "县人民医院住院综合楼", "县卫健局", "26000"], False),
])
def test_a_name_alone_between_two_rows(value, above, below, between):
    from generator.centredcells import name_between_rows
    assert name_between_rows(value, above, below) is between


@pytest.mark.parametrize("data,r,cut", [
    # a project's name longer than every other of its column: cut at the column's width
    ([["基础设施", "2", "城区污水管网工程", "5000"], [None, "3", "县人民医院门诊楼改扩", "8000"],
      [None, "4", "县第三中学教学楼", "3000"]], 1, True),
    # no cell longer than all others of its column (a tie, or a longer one elsewhere): none cut
    ([[None, "3", "农村公路提质改造工程", "县交通局", "5200"], [None, "4", "县第三中学教学楼", "县教育局", "6400"],
      [None, "5", "县人民医院住院综合楼", "县卫健局", "26000"]], 1, False),
    # figures and the category's column are no cell of words cut at the width
    ([["基础设施", "1", "县图书馆", "12000"], [None, "2", "县档案馆", "500"]], 0, False),
])
def test_cut_at_its_width(data, r, cut):
    from generator.centredcells import cut_at_its_width
    assert cut_at_its_width(data, r) is cut
