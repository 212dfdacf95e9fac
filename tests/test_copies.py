"""Copies of a document in one issue (pipeline, copies.py): each document is compared only with
the documents kept before it that share its 发文字号 or its title, never with every other."""

import generator.pipeline as pipeline
from generator.pipeline import parse_bytes


def _issue(count: int, copies: tuple[int, ...]) -> bytes:
    parts = ["青溪县人民政府公报", "", "2024年第1期", ""]
    for i in [*range(1, count + 1), *copies]:
        parts += [f"青政发〔2024〕{i}号", "", f"青溪县人民政府关于第{i}项重点工作的通知", "", "各乡镇人民政府：", "",
                  f"　　现将第{i}项重点工作的有关事项通知如下。", "", "青溪县人民政府", "", "2024年3月5日", ""]
    return "\n".join(parts).encode()


def test_each_document_is_compared_only_with_those_that_share_its_number_or_title(monkeypatch):
    calls = []
    real = pipeline.same_document
    monkeypatch.setattr(pipeline, "same_document", lambda a, b: calls.append(1) or real(a, b))
    result = parse_bytes(_issue(300, copies=(7, 150, 299)), "x.txt")
    assert len(result.documents) == 300  # (the three copies recorded as such)
    assert sum(1 for d in result.diagnostics if d.code == "duplicate-copy") == 3
    assert len(calls) == 3  # (one candidate each copy; every pair of 303 documents would be 45,753)


def test_the_pages_furniture_is_no_difference_between_two_copies():
    """A page's number, running head or web page's buttons printed with one copy only."""
    from generator.copies import CopyDiff
    from generator.model import Line
    from generator.normalize import fold
    from generator.segment import DocSpan

    texts = ["关于调整县城区出租车运价的通知", "经研究，决定调整运价。", "2024年3月5日", "【打印本页】【关闭窗口】", "— 3 —",
             "关于调整县城区出租车运价的通知", "经研究，决定调整运价。", "2024年3月5日"]
    content = [Line(no, t, fold(t)) for no, t in enumerate(texts, 1)]
    diff = CopyDiff.of(content, DocSpan(0, 4, None, 0), DocSpan(5, 7, None, 5))
    assert diff.lines() == 0
