"""A regulation's articles run together on one line, as a web page's copy or an extraction that lost
their line ends prints them.

``第四条　新建、改建公共建筑，应当按照规定配建停车场。第五条　鼓励社会资本投资建设公共停车场。`` is read by
a careful reader as two articles, each opening its line, and ``…配建停车场。第二章　规划与建设第六条　…``
as an article, the next chapter's heading and its first article. ``articles_run_on_parts`` parts a
line that opens with an article (or a chapter's or a section's heading and an article) before each
next article in the count (第四条 then 第五条, 第六条: no article a sentence cites, 第九条规定的…, nor
one out of the count) that opens right after a finished sentence, and before a chapter's or a
section's heading between them; only a line that ends a finished sentence (a line cut by a hard wrap
under it goes on as a whole: its last article's rest). Every character of the line is in one part; the parts keep the
line's number with places of their own (``partedlines``).
"""

from __future__ import annotations

import re

from .model import Diagnostic, Line
from .numbering import CN_NUM, cn_to_int
from .partedlines import lines_parted
from .patterns import CLOSERS, TERMINAL

# A chapter's or a section's number and its words (第二章　规划与建设, 第 三 章　附　　则), no punctuation.
_HEAD = rf"第[　 ]*+[{CN_NUM}\d]+[　 ]*+[章节][　 ]*+[^。，；：:,、（）()“”第]{{1,30}}?[　 ]*+"
# An article's number, not a citation of it (第九条规定的, 第九条之规定, 第九条规定，…, 第九条第二款), nor a
# sentence saying what an article says, as a 解读 does (第二条规定了适用范围。第三条明确了…).
_ARTICLE = (rf"第[　 ]*+(?P<n>[{CN_NUM}\d]+)[　 ]*+条(?!的|规定[的，,：:了]|之规定|[　 ]*第"
            r"|(?:主要|分别|具体|重点)?(?:明确|规定了|阐述|阐明|说明|界定|细化|强调|列举|是关于))")
_OPENING = re.compile(rf"[　 ]*+(?P<head>{_HEAD})?(?P<art>{_ARTICLE})")
_FINISHED = TERMINAL + CLOSERS  # (a line's last character: its sentence finished)
_NEXT = re.compile(rf"。[　 ]*+(?P<head>{_HEAD})?(?P<art>{_ARTICLE})")


def articles_run_on_parts(text: str) -> list[str] | None:
    """The parts of a line holding a regulation's articles run together (each article, each
    heading between), or None for any other line."""
    opening = _OPENING.match(text)
    if opening is None:
        return None
    expected = (cn_to_int(opening.group("n")) or 0) + 1
    cuts = [opening.start("art")] if opening.group("head") else []
    for m in _NEXT.finditer(text, opening.end()):
        if cn_to_int(m.group("n")) != expected:
            continue  # (out of the count: a sentence opening with an article it cites)
        cuts += [m.start("head"), m.start("art")] if m.group("head") else [m.start("art")]
        expected += 1
    if not cuts:
        return None
    bounds = [0, *cuts, len(text)]
    return [part for i, j in zip(bounds, bounds[1:]) if (part := text[i:j].strip())]


def split_articles_run_on(lines: list[Line]) -> tuple[list[Line], list[Diagnostic]]:
    """``lines`` (non-blank, in order) with each line of articles run together parted into the
    lines a careful reader sees (``articles_run_on_parts``), and an info diagnostic for each."""
    candidates = [k for k, line in enumerate(lines)
                  if line.key[:1] == "第" and "。第" in line.key and line.key.endswith(_FINISHED)]
    return lines_parted(lines, lambda k: articles_run_on_parts(lines[k].text),
                        lambda line, count: Diagnostic(
                            "articles-run-on-one-line", "info",
                            f"line {line.no} runs a regulation's articles together (their line ends lost): read "
                            f"as {count} lines, an article (or a chapter's heading) each", line.no,
                            line.text.strip()[:60]),
                        candidates) if candidates else (lines, [])


__all__ = ["articles_run_on_parts", "split_articles_run_on"]
