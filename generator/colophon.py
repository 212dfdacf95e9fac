"""The colophon of an issue (编辑出版, 主办单位：…, 准印证号：…, printed as lines of fields, as a table of
two columns or one cell a line) and what only the issue's end prints (免费赠阅, （本期共印1000份）,
——本期结束——), told line by line for the back matter (``backmatter``), the segmenter and the
contents (``toc``)."""

from __future__ import annotations

import re

from .model import Line
from .normalize import HAN

# Words only an issue's end prints, a line each: 免费赠阅, （本期共印1000份）, 本期公报共印800份,
# ——本期结束——, （本期终）, 【本期完】.
# (and what it says of itself at its end: （本刊为内部资料，仅供参阅）)
_END_WORDS = (r"免费赠阅$|\(?本期(?:公报)?共印\d+[份册本]\)?$|[-(]*本期(?:结束|完|终)[-)]*$"
              r"|\(?本刊(?:为|系|属)内部(?:资料|刊物)(?:[,;][^()。]{1,12})?\)?$")
_COLOPHON = re.compile(
    r"^(?:编辑出版|赠阅范围|发送范围|编辑部|准印证|\(?内部资料|" + _END_WORDS
    + rf"|[{HAN}]{{2,14}}准印证号?:|《.{{2,30}}公报》$|[{HAN}]{{2,20}}公报编辑部$"
    r"|(?:主办|主管|承办|协办|编辑|编印|出版|印刷|(?:本期)?发行|地址|本刊地址|通讯地址|电话|联系电话|邮编|"
    r"邮政编码|邮箱|电子邮箱|传真|网址|投稿|(?:本期)?印数|(?:本期)?(?:责任|执行)编辑)(?:单位|地址)?:)")  # (主编：… alone may close a board a notice forms)
# The printing permit's number printed alone, without its label (湘内资准字第K2024-006号, （湘）内资准字…).
_PERMIT = rf"\(?[{HAN}]{{1,2}}\)?内资准字第?[0-9A-Za-z()\-]{{3,20}}号?$"
# What only the issue's end prints, enough alone under the last document's date: 免费赠阅,
# 内部资料　免费交流 (in brackets too; 免费赠阅, 免费赠送), 发送范围：…, （本期共印1000份）, ——本期结束——;
# its printing permit (准印证号：…, 湖南省连续性内部资料准印证号：…) and its print run (印数：800份).
_ISSUE_END = re.compile(r"^(?:赠阅范围|(?:本期)?发送范围|\(?内部资料(?:,?(?:免费交流|免费赠阅|免费赠送|注意保存))?\)?$|" + _END_WORDS
                        + rf"|准印证号?:|[{HAN}]{{2,14}}准印证号?:|{_PERMIT}|(?:本期)?印数:\d+[份册本]$)")
_COLOPHON_HEADING = re.compile(r"^(?:编辑出版|赠阅范围|编辑部|《.{2,30}公报》)$")


def is_issue_end(key: str) -> bool:
    """A line that only the issue's end prints (``_ISSUE_END``)."""
    return bool(_ISSUE_END.match(key))


def is_colophon(key: str) -> bool:
    """A line of the gazette's colophon: ``编辑出版``, ``主办单位：…``, ``《平江县人民政府公报》``,
    ``湖南省连续性内部资料准印证号：…``, ``平江县人民政府公报编辑部``."""
    return bool(_COLOPHON.match(key))


# The colophon's fields: several of them on one line make it a colophon whatever its length
# (编辑：…　地址：…　电话：…　印数：800份).
_COLOPHON_FIELD = re.compile(r"(?:主办|主管|承办|协办|编辑|编印|出版|印刷|发行|地址|电话|邮编|邮政编码|邮箱|传真|网址|印数)"
                             r"(?:单位|地址)?:")


# The colophon printed as a table of two columns, a field a row: its name (letter-spaced perhaps), a gap
# (a tab, or spaces), its value (主　　办⇥松岭县人民政府办公室, 电话  0739-1234567): the key, which drops
# the gap, runs them together.
_COLOPHON_ROW = re.compile(r"\s*(?:主\s*办|主\s*管|承\s*办|协\s*办|编\s*辑(?:\s*出\s*版)?|编\s*印|出\s*版|印\s*刷|发\s*行"
                           r"|地\s*址|电\s*话|邮\s*编|邮政编码|电子邮箱|邮\s*箱|传\s*真|网\s*址|印\s*数|准印证号?)"
                           r"(?:\s*单\s*位)?[\t \u3000]+(?=\S)")
_ROW_OPENS = frozenset("主承协编出印发地电邮传网准")
_CELL_GAP = re.compile(r"\t|[ \u3000]{2,}")


def is_colophon_row(line: Line) -> bool:
    """A row of the colophon printed as a table (``_COLOPHON_ROW``), its field's name apart from its
    one value (not a form's row of labels and blanks: 地址⇥⇥邮编⇥, its empty cells between two tabs)."""
    if line.key[:1] not in _ROW_OPENS or not ("\t" in line.text or " " in line.text or "\u3000" in line.text):
        return False
    row = _COLOPHON_ROW.match(line.text)
    return row is not None and row.group().count("\t") <= 1 and _CELL_GAP.search(line.text.rstrip(), row.end()) is None


# …or printed one cell a line, each field's name alone over its value: the names only the colophon
# prints (主办单位 / 松岭县人民政府办公室, 编　印 / …), not an address's or a phone's (a form's too).
_COLOPHON_LABEL = re.compile(r"(?:主办|主管|承办|协办|编辑出版|编印|出版|印刷)(?:单位)?|准印证号?")


def colophon_label_at(lines: list[Line], k: int) -> bool:
    """``lines[k]`` is the name alone of one of the colophon's fields (``_COLOPHON_LABEL``) over its
    value, a short line that is no other field's name."""
    return lines[k].key[:1] in _ROW_OPENS and _COLOPHON_LABEL.fullmatch(lines[k].key) is not None \
        and k + 1 < len(lines) and 0 < len(lines[k + 1].key) <= 30 and "。" not in lines[k + 1].key \
        and _COLOPHON_LABEL.fullmatch(lines[k + 1].key) is None


def colophon_fields(key: str) -> int:
    """How many of the colophon's fields the line prints."""
    return len(_COLOPHON_FIELD.findall(key)) if ":" in key else 0


def is_colophon_heading(key: str) -> bool:
    return bool(_COLOPHON_HEADING.match(key))


__all__ = ["colophon_fields", "colophon_label_at", "is_colophon", "is_colophon_heading", "is_colophon_row", "is_issue_end"]
