"""The 印发 line printed without its word 印发, last under the 抄送."""

import pytest

from generator.imprintlines import imprint_unworded
from generator.linekinds import line_kinds
from generator.model import Line
from generator.normalize import fold
from generator.unwordedimprint import unworded_imprint


@pytest.mark.parametrize("key, found", [
    ("青溪县人民政府办公室2024年3月6日", ("青溪县人民政府办公室", "2024年3月6日")),
    ("青溪县人民政府办公室二〇二四年三月十九日", ("青溪县人民政府办公室", "2024年3月19日")),
    ("2024年3月16日", ("", "2024年3月16日")),
    ("青溪县人民政府办公室2024年3月6日印发", None),  # (the word printed: imprint's)
    ("抄送:县委办,县人大办。", None),
    ("2024年3月6日召开", None),
])
def test_imprint_unworded(key, found):
    assert imprint_unworded(key) == found


def _lines(texts):
    return [Line(n, text, fold(text)) for n, text in enumerate(texts, 1)]


_BODY = ["青溪县人民政府办公室关于开展春季植树造林活动的通知", "各乡镇人民政府，县直各单位：", "现就有关事项通知如下。",
         "青溪县人民政府办公室", "2024年3月6日"]


@pytest.mark.parametrize("tail, at", [
    (["抄送：县委办，县人大办，县政协办。", "青溪县人民政府办公室　　　　2024年3月6日"], 6),
    (["抄送：县委办，县人大办。", "青溪县人民政府办公室", "2024年3月6日"], 7),  # the office over the day
    (["抄送：县委办，县人大办。", "青溪县人民政府办公室　　2024年3月6日", "（共印30份）"], 6),  # the copies under it
    (["抄送：县委办，县人大办。", "青溪县人民政府办公室　　2024年3月6日　　共印50份"], 6),  # the copies after the day
    # near misses: no 抄送 over it; the 抄送's names going on; a day alone; words under it
    (["青溪县人民政府办公室　　　　2024年3月6日"], None),
    (["抄送：县委办，县人大办，", "青溪县人民政府办公室　　　　2024年3月6日"], None),
    (["抄送：县委办，县人大办。", "2024年3月6日"], None),
    (["抄送：县委办，县人大办。", "青溪县人民政府办公室　　2024年3月6日", "附件：青溪县植树造林任务分解表"], None),
])
def test_unworded_imprint(tail, at):
    lines = _lines(_BODY + tail)
    kinds, closing = line_kinds(lines, {})
    if at is None:
        assert "imprint" not in kinds and unworded_imprint(lines, kinds, closing) is None
    else:
        assert kinds[at] == "imprint"
