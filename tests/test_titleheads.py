"""A document's own title printed again at the top of its pages (titleheads.py): a running head,
and the near misses that stay titles."""

import pytest

from generator.model import Line
from generator.normalize import fold
from generator.titleheads import marked_title_heads

TITLE = "桐溪县人民政府关于加强城乡供水安全保障工作的通知"


def _lines(*texts: str) -> list[Line]:
    return [Line(no, text, fold(text)) for no, text in enumerate(texts, start=1)]


@pytest.mark.parametrize("texts, heads", [
    # over the text going on, and over its attachment's table going on after the date
    (("桐政发〔2024〕28号", TITLE, "各乡镇人民政府，县直各单位：", "一、落实供水安全责任。", "— 12 —", TITLE,
      "建立健全供水安全工作机制。"), [6]),
    (("桐政发〔2024〕28号", TITLE, "各乡镇人民政府：", "现通知如下。", "桐溪县人民政府", "2024年8月5日", "附件",
      "序号\t工程名称\t投资", "1\t城东水厂扩建工程\t1200", "— 13 —", TITLE, "2\t青山乡供水管网延伸工程\t380"), [11]),
    # the title wrapped in the text, printed whole at the page's top
    (("桐溪县人民政府关于加强城乡供水", "安全保障工作的通知", "各乡镇人民政府：", "现通知如下。", "— 12 —", TITLE,
      "一、落实责任。"), [6]),
    # near misses: a title an entry of the contents above prints (no sentence between)
    (("目录", TITLE, "桐政发〔2024〕28号", "— 1 —", TITLE, "桐政发〔2024〕28号"), []),
    # the next document of the same title right after the one before's date
    (("青溪县人民政府通告", "为加强管理，现通告如下。", "青溪县人民政府", "2024年2月20日", "青溪县人民政府公报",
      "青溪县人民政府通告", "为做好春节期间烟花爆竹燃放管理工作，现通告如下。"), []),
    # a 令 over its number after the rule the 令 before promulgates
    (("南浦县人民政府令", "第5号", "《办法》已经审议通过，现予公布。", "县长　周建国", "2024年6月25日", "南浦县城镇燃气管理办法",
      "第一条　为加强管理，制定本办法。", "南浦县人民政府公报　2024年第7期　第3页", "南浦县人民政府令", "第6号"), []),
    # not at a page's top: a title quoted in the text stays text (no page's mark over it)
    (("桐政发〔2024〕28号", TITLE, "各乡镇人民政府：", "现通知如下。", TITLE), []),
])
def test_marked_title_heads(texts, heads):
    out = marked_title_heads(_lines(*texts))
    assert [line.no for line in out if line.running_head] == heads
