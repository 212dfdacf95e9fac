"""htmllines.html_lines_parted: a web page's HTML run onto one line is read a line a block."""

import pytest

from generator.htmllines import html_lines_parted
from generator.model import Line
from generator.normalize import fold

PAGE = ("<html><head><title>青溪县人民政府公报</title><style>p { text-indent: 2em; }</style></head><body>"
        "<h2>青溪县人民政府关于做好春季森林防火工作的通知</h2><p>青政发〔2024〕5号</p><p>各乡镇人民政府：</p>"
        "<p>现将有关事项通知如下。</p><table><tr><td><p>乡镇</p></td><td>护林员</td></tr><tr><td>城关镇</td>"
        "<td>25</td></tr></table><p>青溪县人民政府<br>2024年3月5日</p></body></html>")


def _line(text, no=7):
    return Line(no, text, fold(text))


def test_a_page_on_one_line_is_read_a_line_a_block():
    out, notes = html_lines_parted([_line("青溪县人民政府公报"), _line(PAGE, 8), _line("此页无正文", 9)])
    parted = [line for line in out if line.no == 8]
    assert "".join(line.text for line in parted) == PAGE  # (every character kept, in order)
    shown = [line.key for line in parted if line.key]
    assert shown == [fold(t) for t in ("青溪县人民政府公报", "青溪县人民政府关于做好春季森林防火工作的通知", "青政发〔2024〕5号",
                                       "各乡镇人民政府：", "现将有关事项通知如下。", "乡镇护林员", "城关镇25", "青溪县人民政府",
                                       "2024年3月5日")]
    assert not any("text-indent" in line.key for line in parted)  # (the style's rules: no text)
    assert [line.place for line in out] == list(range(7, 7 + len(out))) and out[-1].no == 9
    assert [(d.code, d.line) for d in notes] == [("html-run-on-one-line", 8)]


@pytest.mark.parametrize("text", [
    "<p>青溪县人民政府关于做好春季森林防火工作的通知</p>",  # one block a line: as it is
    "<tr><td><p>1</p></td><td><p>加快推进县城污水管网改造</p></td><td><p>县住建局</p></td><td><p>2024年10月底前</p></td></tr>",
    "43\t<div>健全社会化服务体系，加强病虫害测报</div> <div>稳定粮食种植面积，着力提高粮食产量</div> <div>推进高标准农田建设</div>",
    "各乡镇要在网页中用<p>、<div>和<br>标记段落，确保政务公开栏目的内容清晰可读，不得出现乱码。",  # a sentence naming tags
    # (one table whole, as a converter writes each on a line: htmltables reads its rows)
    "<table><tr><td>序号</td><td>项目名称</td><td>建设内容</td></tr><tr><td>1</td><td>青溪大桥<br>改造工程</td>"
    "<td><p>新建桥梁1座</p><p>长320米</p></td></tr><tr><td>2</td><td>县城污水管网工程</td><td>管网12公里</td></tr></table>",
])
def test_a_line_that_is_no_page_run_together_is_left(text):
    out, notes = html_lines_parted([_line(text)])
    assert [line.text for line in out] == [text] and notes == []


def test_a_page_holding_a_table_is_still_parted():
    """A page run onto one line that holds a table among its paragraphs is parted (not one table whole)."""
    text = ("<h2>青溪县人民政府办公室关于公布2024年度县级重点建设项目的通知</h2><p>青政办发〔2024〕12号</p>"
            "<table><tr><td>序号</td><td>项目名称</td></tr><tr><td>1</td><td>青溪大桥改造工程</td></tr></table>"
            "<p>青溪县人民政府办公室</p>")
    out, notes = html_lines_parted([_line(text)])
    assert len(out) > 1 and [d.code for d in notes] == ["html-run-on-one-line"]
