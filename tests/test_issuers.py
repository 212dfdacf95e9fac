"""issuers.issuers_in_full: the title's issuers named without their place, the signature's in full."""

import pytest

from generator.issuers import issuers_apart, issuers_in_full, issuers_over_lines, named_short, signature_issuers


@pytest.mark.parametrize("issuer,signers,expected", [
    (("县人民政府",), ("青溪县人民政府",), ("青溪县人民政府",)),
    (("县财政局", "县农业农村局"), ("青溪县财政局", "青溪县农业农村局"), ("青溪县财政局", "青溪县农业农村局")),
    (("县人民政府",), ("永州市道县人民政府",), ("永州市道县人民政府",)),
    # near misses: another organ, another count, a party committee before, the name in full already
    (("县财政局",), ("青溪县人民政府办公室",), ("县财政局",)),
    (("县财政局", "县农业农村局"), ("青溪县财政局",), ("县财政局", "县农业农村局")),
    (("县人民政府",), ("中共青溪县委青溪县人民政府",), ("县人民政府",)),
    (("县人民政府办公室",), ("青溪县委办公室青溪县人民政府办公室",), ("县人民政府办公室",)),
    (("县人民政府",), ("县委办青溪县人民政府",), ("县人民政府",)), (("县人民政府",), ("会同县人民政府",), ("会同县人民政府",)),
    (("青溪县人民政府",), ("青溪县人民政府",), ("青溪县人民政府",)),
    (("财政局",), ("青溪县财政局",), ("财政局",)),
    ((), ("青溪县人民政府",), ()),
    # named short in the title (twelfth session): the signature's full names
    (("县政府办",), ("青溪县人民政府办公室",), ("青溪县人民政府办公室",)),
    (("县委办", "县政府办"), ("中共青溪县委办公室", "青溪县人民政府办公室"), ("中共青溪县委办公室", "青溪县人民政府办公室")),
    (("县防指",), ("青溪县防汛抗旱指挥部",), ("青溪县防汛抗旱指挥部",)),
    (("县政府办",), ("青溪县人民政府",), ("县政府办",)),  # (another organ: the government, not its office)
    (("县委", "县政府"), ("中共青溪县委", "青溪县人民政府"), ("中共青溪县委", "青溪县人民政府")),  # (中共 before the place)
    (("县委",), ("中共青溪县委办公室",), ("县委",)),  # (the committee, not its office)
    # the two offices named together short (thirteenth session): the signature's two, either order
    (("县两办",), ("中共青溪县委办公室", "青溪县人民政府办公室"), ("中共青溪县委办公室", "青溪县人民政府办公室")),
    (("两办",), ("青溪县人民政府办公室", "中共青溪县委办公室"), ("青溪县人民政府办公室", "中共青溪县委办公室")),
    (("县两办",), ("中共青溪县委", "青溪县人民政府"), ("县两办",)),  # (the committee and the government)
    (("县两办",), ("中共青溪县委办公室", "松岭县人民政府办公室"), ("县两办",)),  # (two places)
    (("县两办",), ("青溪县财政局", "青溪县人民政府办公室"), ("县两办",)),
    # signed short under the title's full names: those (asked the other way round by extract)
    (("县委办公室", "县政府办公室"), ("中共青溪县委办公室", "青溪县人民政府办公室"), ("中共青溪县委办公室", "青溪县人民政府办公室")),
])
def test_issuers_in_full(issuer, signers, expected):
    assert issuers_in_full(issuer, signers) == expected


@pytest.mark.parametrize("short,full,expected", [
    ("县政府办", "青溪县人民政府办公室", True), ("县委办", "中共青溪县委办公室", True),
    ("县安委办", "青溪县安全生产委员会办公室", True), ("县防指", "青溪县防汛抗旱指挥部", True),
    ("县发改局", "青溪县发展和改革局", True), ("县安委会", "青溪县安全生产委员会", True),
    ("市政府办", "永州市人民政府办公室", True), ("县政府办", "永州市道县人民政府办公室", True),
    # near misses: the organ's own body for its office, another office, another bureau, another first word
    ("县政府", "青溪县人民政府办公室", False), ("县委", "中共青溪县委办公室", False),
    ("县政府办", "青溪县人民政府督查室", False), ("县政府办", "青溪县委办公室", False),
    ("县农办", "青溪县农业农村局", False), ("县财政局", "青溪县农业农村局", False),
    ("政府办", "青溪县人民政府办公室", False),  # (no level)
])
def test_named_short(short, full, expected):
    assert named_short(short, full) is expected


@pytest.mark.parametrize("parts,expected", [
    (["青溪县财政局", "青溪县农业农村局", "关于下达2024年农业生产发展资金的通知"],
     "青溪县财政局 青溪县农业农村局关于下达2024年农业生产发展资金的通知"),
    (["青溪县财政局", "青溪县农业农村局关于下达2024年农业生产发展资金的通知"],  # the last issuer on the verb's line
     "青溪县财政局 青溪县农业农村局关于下达2024年农业生产发展资金的通知"),
    # near misses: one organ over 关于, a name the wrap cut, issuers parted by 、, no issuers
    (["青溪县人民政府办公室", "关于做好2024年春季森林防火工作的通知"], None),
    (["江华瑶族自治县人民政府办", "公室关于做好2024年春季森林防火工作的通知"], None),
    (["青溪县财政局、", "青溪县农业农村局关于下达2024年农业生产发展资金的通知"], None),
    (["关于下达2024年农业生产发展资金", "的通知"], None),
])
def test_issuers_over_lines(parts, expected):
    assert issuers_over_lines(parts) == expected


@pytest.mark.parametrize("text,expected", [
    ("县委　县政府关于加快推进乡村全面振兴的实施意见", "县委 县政府关于加快推进乡村全面振兴的实施意见"),  # two characters each
    ("县委组织部　县人社局关于做好招募工作的通知", "县委组织部 县人社局关于做好招募工作的通知"),
    ("松 岭 县 人 民 政 府关于做好招募工作的通知", None),  # letter-spaced
    ("松岭县人民政府　办公室关于做好招募工作的通知", None),  # one name the gap cuts
])
def test_issuers_apart(text, expected):
    assert issuers_apart(text) == expected


@pytest.mark.parametrize("text, issuers", [
    ("青溪县民政局（盖章）　　　　青溪县财政局（盖章）", ("青溪县民政局", "青溪县财政局")),
    ("青溪县民政局（印）　青溪县医疗保障局（印）", ("青溪县民政局", "青溪县医疗保障局")),
    ("青溪县民政局(公章) 青溪县财政局", ("青溪县民政局", "青溪县财政局")),
    ("青溪县民政局（印章）　　青溪县财政局（印章）", ("青溪县民政局", "青溪县财政局")),
    ("青溪县民政局（印章）", ("青溪县民政局",)),
    ("青溪县人民政府办公室（印）", ("青溪县人民政府办公室",)),
    ("中共青溪县委办公室　青溪县人民政府办公室", ("中共青溪县委办公室", "青溪县人民政府办公室")),
])
def test_signature_issuers_each_with_its_seal(text, issuers):
    assert signature_issuers(text) == issuers
