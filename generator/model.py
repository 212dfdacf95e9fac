"""The parse model: small frozen dataclasses, no I/O.

Every value that comes from a gazette keeps the source line numbers it was read from, so that
any field can be traced back to the text a reader sees.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .issueparts import part_english, part_shown
from .specialissues import special_english
from .slotstate import tuple_state


@tuple_state
@dataclass(frozen=True, slots=True)
class Line:
    """One source line. ``no`` is 1-based and counts the source file's own line ends."""

    no: int
    text: str  # cleaned for display: invisible characters removed, trailing space stripped
    key: str  # folded for matching only (see normalize.fold)
    page_break: bool = False  # the source line carried a form feed (a page break)
    joined: int = 0  # the source line joined onto this one (a number or date cut in two: cutlines)
    # a line the file prints at the top of its pages, its section's running head (sectionheads)
    running_head: bool = False
    # The line's place in the text as read (``spacing.places``): its number, but in a text
    # printed double-spaced, where the blank line under every line is the layout's, not the
    # text's, those blank lines are not counted. 0: its number.
    at: int = 0
    # Where the line stands in the text as read: two lines are adjacent, or a blank line the text
    # prints stands between them, by their places (``spacing.places``): ``at``, or its number.
    # (Set once here, not a property: the rules ask it close to a million times a parse.)
    place: int = field(init=False, repr=False, compare=False)
    blank: bool = field(init=False, repr=False, compare=False)  # no visible text (an empty key)
    # What page furniture the line is (``furniture.page_kind``), kept on its first asking: the
    # rules ask it of the same lines a few hundred thousand times a parse. -1: not asked yet.
    page: int = field(init=False, repr=False, compare=False)

    def __init__(self, no: int, text: str, key: str, page_break: bool = False, joined: int = 0,
                 running_head: bool = False, at: int = 0) -> None:
        # (each slot's own setter, which object.__setattr__, as a frozen dataclass sets its
        # fields, looks up and calls: a line is made a hundred thousand times a parse)
        _set_no(self, no)
        _set_text(self, text)
        _set_key(self, key)
        _set_page_break(self, page_break)
        _set_joined(self, joined)
        _set_running_head(self, running_head)
        _set_at(self, at)
        _set_place(self, at or no)
        _set_blank(self, not key)
        _set_page(self, -1)

    @property
    def last(self) -> int:
        """The last source line this line holds."""
        return self.joined or self.no


(_set_no, _set_text, _set_key, _set_page_break, _set_joined, _set_running_head, _set_at, _set_place, _set_blank,
 _set_page) = (vars(Line)[name].__set__ for name in ("no", "text", "key", "page_break", "joined", "running_head", "at",
                                                    "place", "blank", "page"))


@tuple_state
@dataclass(frozen=True, slots=True)
class SourceText:
    path: str
    sha256: str
    encoding: str
    lines: tuple[Line, ...]
    count: int | None = None  # lines in the source, kept when ``lines`` are let go (``without_lines``)
    damaged: tuple[int, ...] = ()  # lines holding bytes the encoding could not read (shown as U+FFFD)
    second: tuple[int, ...] = ()  # lines read in the second of two encodings (``utf-8+gb18030``)
    repaired: tuple[int, ...] = ()  # lines decoded twice, read again as printed (``twicedecoded``)
    notes: tuple["Diagnostic", ...] = ()  # what else ingest read otherwise than as given (padding, line ends)

    @property
    def line_count(self) -> int:
        return self.count if self.count is not None else len(self.lines)

    @property
    def shown(self) -> str:
        """The path as it is published: a file name the file system gives as bytes that are not
        UTF-8 (held by Python as lone surrogates, which no output can encode) shows them as
        ``\\xff`` escapes. ``path`` stays the one to read the file by."""
        return self.path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")

    def without_lines(self) -> "SourceText":
        """The same source without its lines, for the stages after the parse, which need only
        their number: a corpus of thousands of gazettes need not hold every line in memory."""
        return replace(self, lines=(), count=self.line_count)

    @property
    def content(self) -> tuple[Line, ...]:
        return tuple(line for line in self.lines if not line.blank)


@tuple_state
@dataclass(frozen=True, slots=True)
class Diagnostic:
    code: str
    severity: str  # "error" | "warning" | "info"
    message: str
    line: int | None = None
    excerpt: str | None = None

    def to_dict(self) -> dict:
        return {
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
            "line": self.line,
            "excerpt": self.excerpt,
        }


@tuple_state
@dataclass(frozen=True, slots=True)
class Segment:
    kind: str  # front | toc | document | back | duplicate
    first: int
    last: int
    document: str | None = None

    def to_dict(self) -> dict:
        out = {"kind": self.kind, "lines": [self.first, self.last]}
        if self.document is not None:
            out["document"] = self.document
        return out


@tuple_state
@dataclass(frozen=True, slots=True)
class TocEntry:
    title: str
    doc_number: str | None
    registration_number: str | None
    section: str | None
    page: int | None
    first: int
    last: int
    document: str | None = None
    day: str | None = None  # the day the entry prints in brackets after its title (2024-03-05), matched against the documents'

    def to_dict(self) -> dict:
        return {
            "title": self.title,
            "doc_number": self.doc_number,
            "registration_number": self.registration_number,
            "section": self.section,
            "page": self.page,
            "document": self.document,
            "lines": [self.first, self.last],
        }


@tuple_state
@dataclass(frozen=True, slots=True)
class Block:
    """A unit of a document's body. ``kind`` names what the lines are, see blocks.py."""

    kind: str
    text: str
    first: int
    last: int
    level: int | None = None
    marker: str | None = None
    rows: tuple[tuple[str, ...], ...] | None = None
    row_lines: tuple[int, ...] | None = None  # source line of each row of a table block
    breaks: tuple[int, ...] = ()  # rows of a table block that follow a page break (form feed)
    # rows of a table block that are the page's: a section's running head (sectionheads), a line
    # whose kind is furniture (附件 printed again at a page's top: linekinds.attachment_label_again)
    furniture: tuple[int, ...] = ()
    table: str | None = None  # id of the table assembled from this block

    def __init__(self, kind: str, text: str, first: int, last: int, level: int | None = None,
                 marker: str | None = None, rows: tuple[tuple[str, ...], ...] | None = None,
                 row_lines: tuple[int, ...] | None = None, breaks: tuple[int, ...] = (),
                 furniture: tuple[int, ...] = (), table: str | None = None) -> None:
        # (each slot's own setter, as Line's: tens of thousands of blocks are made, and made
        # again by replace(), a parse)
        _set_kind(self, kind)
        _set_block_text(self, text)
        _set_first(self, first)
        _set_last(self, last)
        _set_level(self, level)
        _set_marker(self, marker)
        _set_rows(self, rows)
        _set_row_lines(self, row_lines)
        _set_breaks(self, breaks)
        _set_furniture(self, furniture)
        _set_table(self, table)

    def to_dict(self) -> dict:
        out: dict = {"type": self.kind}
        if self.table is not None:
            out["table"] = self.table
        if self.level is not None:
            out["level"] = self.level
        if self.marker is not None:
            out["marker"] = self.marker
        if self.rows is not None:
            out["rows"] = [list(row) for row in self.rows]
        else:
            out["text"] = self.text
        out["lines"] = [self.first, self.last]
        return out


(_set_kind, _set_block_text, _set_first, _set_last, _set_level, _set_marker, _set_rows, _set_row_lines, _set_breaks,
 _set_furniture, _set_table) = (vars(Block)[name].__set__ for name in ("kind", "text", "first", "last", "level", "marker",
                                                                      "rows", "row_lines", "breaks", "furniture",
                                                                      "table"))


@tuple_state
@dataclass(frozen=True, slots=True)
class Attachment:
    number: int | None
    title: str | None
    first: int | None = None
    last: int | None = None
    # A part of an attachment listed on its own (附件1-2, 1-2．): its number within the attachment
    # (2; ``number`` is the attachment's, 1); None for an attachment listed whole.
    part: int | None = None

    def to_dict(self) -> dict:
        return {
            "number": self.number,
            "part": self.part,
            "title": self.title,
            "lines": [self.first, self.last] if self.first is not None else None,
        }


@tuple_state
@dataclass(frozen=True, slots=True)
class Gazette:
    title: str | None = None
    region: str | None = None
    government: str | None = None
    year: int | None = None
    issue: int | None = None
    # A combined issue (合刊: 2024年第5—6期) is its first number and its last (issue 5, issue_last
    # 6); a single issue has no last.
    issue_last: int | None = None
    # An issue printed in parts, a file each (2024年第3期（上）, （下）): this file's part, 上, 中 or
    # 下, or a numeral 一 … 九 (issueparts); None for an issue printed whole.
    part: str | None = None
    # A supplement or special issue (2024年增刊, 2024年第3期（增刊）): 增刊, 特刊 or 专刊 (specialissues);
    # None for a numbered issue. Its issue is its own number, None when it prints none.
    special: str | None = None
    cumulative_issue: int | None = None
    publish_date: str | None = None
    division_code: str | None = None
    parent_region: str | None = None

    def to_dict(self) -> dict:
        return {
            "title": self.title,
            "region": self.region,
            "government": self.government,
            "year": self.year,
            "issue": self.issue,
            "issue_last": self.issue_last,
            "part": self.part,
            "special": self.special,
            "cumulative_issue": self.cumulative_issue,
            "publish_date": self.publish_date,
            "division_code": self.division_code,
            "parent_region": self.parent_region,
        }

    def issue_shown(self) -> str:
        """The issue as a label prints it: its number (3), a combined issue's first and last
        (合刊 第5—6期: 5–6), nothing when not read."""
        if self.issue is None:
            return ""
        return f"{self.issue}–{self.issue_last}" if self.issue_last else str(self.issue)

    def issue_number(self) -> str:
        """The issue as a list of issues shows it: 3, 5–6, a part's 3（下）, a supplement's 3（增刊）,
        or 增刊 for one printed without a number; empty when not read."""
        special = (f"（{self.special}）" if self.issue is not None else self.special) if self.special else ""
        return self.issue_shown() + part_shown(self.part) + special

    def issue_number_en(self) -> str:
        """The same in English: 3, 3, last part, 3 (supplement), supplement."""
        special = special_english(self.special)
        special = (f" ({special})" if self.issue is not None else special) if special else ""
        return self.issue_shown() + part_english(self.part) + special

    def issue_label(self) -> str:
        """The issue as the cover prints it: 2024年第3期, 2024年第5–6期, a part's 2024年第3期（下）, a
        supplement's 2024年第3期（增刊） or 2024年增刊; empty when the year or the issue is not read."""
        if self.year and self.special and not self.issue:
            return f"{self.year}年{self.special}"
        if not (self.year and self.issue):
            return ""
        special = f"（{self.special}）" if self.special else ""
        return f"{self.year}年第{self.issue_shown()}期{part_shown(self.part)}{special}"

    def issue_label_en(self) -> str:
        """The issue in English: 2024 No. 3, a part's 2024 No. 3, last part, a supplement's 2024 No. 3
        (supplement) or 2024 supplement; empty when not read."""
        if self.year and self.special and not self.issue:
            return f"{self.year} {special_english(self.special)}"
        if not (self.year and self.issue):
            return ""
        special = f" ({special_english(self.special)})" if self.special else ""
        return f"{self.year} No. {self.issue_shown()}{part_english(self.part)}{special}"


@tuple_state
@dataclass(frozen=True, slots=True)
class Document:
    id: str
    seq: int
    title: str
    doc_type: str | None
    doc_number: str | None
    doc_number_parts: dict | None
    registration_number: str | None
    issuer: tuple[str, ...]
    date: str | None
    printed_date: str | None
    printed_by: str | None
    recipients: tuple[str, ...]
    cc: tuple[str, ...]
    note: str | None
    attachments: tuple[Attachment, ...]
    section: str | None
    first: int
    last: int
    duplicate: tuple[int, int] | None
    blocks: tuple[Block, ...]
    tables: tuple = field(default=())  # tables.Table
    effective_date: str | None = None  # the day it takes effect, as its text states (施行日期: effective.py)

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "seq": self.seq,
            "title": self.title,
            "doc_type": self.doc_type,
            "doc_number": self.doc_number,
            "doc_number_parts": self.doc_number_parts,
            "registration_number": self.registration_number,
            "issuer": list(self.issuer),
            "date": self.date,
            "printed_date": self.printed_date,
            "printed_by": self.printed_by,
            "effective_date": self.effective_date,
            "recipients": list(self.recipients),
            "cc": list(self.cc),
            "note": self.note,
            "attachments": [a.to_dict() for a in self.attachments],
            "section": self.section,
            "lines": [self.first, self.last],
            "duplicate_lines": list(self.duplicate) if self.duplicate else None,
            "blocks": [b.to_dict() for b in self.blocks],
            "tables": [t.to_dict() for t in self.tables],
        }


@tuple_state
@dataclass(frozen=True, slots=True)
class ParseResult:
    source: SourceText
    gazette: Gazette
    toc: tuple[TocEntry, ...]
    documents: tuple[Document, ...]
    segments: tuple[Segment, ...]
    diagnostics: tuple[Diagnostic, ...]
    # Other files of the corpus that carry the same issue, without their lines (collate.py).
    copies: tuple[SourceText, ...] = ()

    def to_dict(self) -> dict:
        out = {
            "source": {
                "path": self.source.shown,
                "sha256": self.source.sha256,
                "encoding": self.source.encoding,
                "lines": self.source.line_count,
            },
            "gazette": self.gazette.to_dict(),
            "toc": [t.to_dict() for t in self.toc],
            "documents": [d.to_dict() for d in self.documents],
            "segments": [s.to_dict() for s in self.segments],
            "diagnostics": [d.to_dict() for d in self.diagnostics],
        }
        if self.copies:
            out["copies"] = [{"path": c.shown, "sha256": c.sha256, "lines": c.line_count} for c in self.copies]
        return out
