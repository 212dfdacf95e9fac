"""A web page saved whole: the lines a <script> or <style> holds (pagescripts.scripts_blanked)."""

import pytest

from generator.model import Line
from generator.normalize import fold
from generator.pagescripts import scripts_blanked


def _lines(texts):
    return tuple(Line(no, text, fold(text)) for no, text in enumerate(texts, start=1))


def _read(texts):
    return [line.key for line in scripts_blanked(_lines(texts), "\n".join(texts))]


@pytest.mark.parametrize("texts, keys", [
    # a script over several lines, after the body's last line: blank to its closing tag
    (["2024年9月20日", "<script type=\"text/javascript\">", "var _hmt = _hmt || [];", "(function() {",
      "})();</script>", "</body>"],
     ["2024年9月20日", "", "", "", "", ""]),
    # a style in the page's head, its closing tag with a tag after it
    (["<style>", "p { text-indent: 2em; }", "</style><title>松岭县人民政府公报</title>"],
     ["", "", "松岭县人民政府公报"]),
    # a comment over several lines, or a conditional one holding a script
    (["2024年9月20日", "<!--", "页面底部 版权信息", "主办单位：松岭县人民政府办公室", "-->"],
     ["2024年9月20日", "", "", "", ""]),
    (["<!--[if lt IE 9]>", "<script src=\"html5shiv.js\"></script>", "<![endif]-->", "松岭县人民政府公报"],
     ["", "", "", "松岭县人民政府公报"]),
    # what stands before the opening tag on its line is kept
    (["<p>2024年9月20日</p><script>", "var a = 1;", "</script>"],
     ["2024年9月20日", "", ""]),
])
def test_a_script_over_several_lines_is_blank(texts, keys):
    assert _read(texts) == keys


@pytest.mark.parametrize("texts", [
    # no closing tag after the opening one: no page's script (the lines are read as they are)
    ["<script>", "各乡镇人民政府，县直各单位：", "现将有关事项通知如下。"],
    # words after the opening tag on its line: a sentence naming it, not a page's script
    ["网页中的<script>标签用于嵌入脚本", "各乡镇要加强网站安全管理。", "</script>"],
    # a comment closed on its line (normalize's), a comparison
    ["<!-- 正文开始 -->", "PM2.5<35且AQI<50时为优"],
    # no script at all
    ["南浦县人民政府公报", "2024年第3期"],
])
def test_lines_left_as_they_are(texts):
    assert _read(texts) == [fold(text) for text in texts]
