"""Ingest: the only stage that reads. Bytes → decoded, line-numbered ``SourceText``.

Encodings accepted: UTF-8 with or without BOM, UTF-16 (LE/BE) with BOM or without (told by
which byte order reads as text), UTF-32 with BOM, GB18030 (a superset of GBK and GB2312); lines
a tool decoded twice (UTF-8 or GB18030 read as Latin-1 or Windows-1252 and saved as UTF-8) are
read as printed (``twicedecoded``). Line ends: LF, CRLF or CR; line numbers always count the source file's lines.
Tabs an exporter made runs of spaces (4 a tab, or to stops of 8) are made tabs again (``tabstops``).
Text with a few bytes its encoding cannot read (a download cut inside a character, a stray byte)
is read with each such byte shown as U+FFFD and its lines listed (``SourceText.damaged``: the parse
reports them); more than one such byte in ``DAMAGE_RATIO`` non-ASCII characters, and the text is
not in that encoding. Input that is empty, binary or undecodable raises ``UnusableInput`` with a
one-line reason.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
from itertools import count
from pathlib import Path

from .cleanlines import clean_lines
from .letterspacing import letters_unspaced, spaced_text
from .mixedlines import mixed_text
from .model import Diagnostic, Line, SourceText
from .normalize import fold
from .pagescripts import scripts_blanked
from .tabstops import tabs_restored
from .twicedecoded import lines_read_again

_LINE_END = re.compile(r"\r\n|\r|\n")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # (before UTF-16's: its mark opens with UTF-16 LE's)
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class UnusableInput(Exception):
    """The input cannot be read as a gazette at all (empty, binary, undecodable)."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


HEAD_BYTES = 4096  # what is read first, to tell binary input before reading it all
_NUL_PROBLEM = "contains NUL bytes and reads as text in no encoding (binary)"

# The characters gazette text is made of: ASCII and Latin-1, general punctuation, circled
# numbers, box drawing, CJK punctuation and ideographs (extension A too), full-width forms.
_TEXT_CHAR = re.compile("[\t\n\r\x0b\x0c\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u2460-\u24ff"
                        "\u2500-\u257f\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff5e\uffe0-\uffe6]")
_CHINESE_CHAR = re.compile("[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff5e\uffe0-\uffe6]")
TEXT_SHARE = 0.9  # of a UTF-16 head's characters, for it to be text in that byte order
CHINESE_SHARE = 0.2  # ... of which Chinese ideographs and punctuation (a gazette's are over half)


def utf16_without_bom(data: bytes) -> str | None:
    """The codec of Chinese UTF-16 text written without a byte-order mark (``utf-16-le`` or
    ``utf-16-be``): the byte order in which the first characters hold a line end, at least
    ``TEXT_SHARE`` of them are characters of text and ``CHINESE_SHARE`` Chinese. The other order
    reads Chinese as Hangul and other scripts and ASCII as ideographs U+xx00 without a line end,
    and noise reads as text in neither (about a third of random pairs are ideographs, and the
    rest mostly not text). None: not UTF-16."""
    head = data[:HEAD_BYTES]
    head = head[:len(head) - len(head) % 2]
    if b"\x00" not in head:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        sample = head.decode(codec, errors="replace")
        if (("\n" in sample or "\r" in sample) and len(_TEXT_CHAR.findall(sample)) >= TEXT_SHARE * len(sample)
                and len(_CHINESE_CHAR.findall(sample)) >= CHINESE_SHARE * len(sample)):
            return codec
    return None


def binary_head(data: bytes) -> bool:
    """More NUL bytes at the start of input than a few stray ones (at least 9), in input that
    opens with no UTF-16 byte-order mark and is not UTF-16 text without one: binary. (A few NULs are controls that text extracted from a PDF can hold; the text is
    read and ``normalize.clean`` takes them out.)"""
    return (data[:HEAD_BYTES].count(0) > 8 and not data.startswith(tuple(bom for bom, _ in _BOMS))
            and utf16_without_bom(data) is None)


# Files of other formats an office may save with a .txt name, by their first bytes: what they are
# and what to do (each refused with it, where reading them as text would give noise).
_FORMATS = (
    (b"%PDF-", "a PDF", "extract its text first, e.g. pdftotext -layout"),
    (b"PK\x03\x04", "a zip archive (a .docx, .xlsx or .zip)", "save the document as plain text (UTF-8)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word or Excel file (.doc, .xls, .wps)",
     "save the document as plain text (UTF-8)"),
    (b"{\\rtf", "RTF (a word processor's file)", "save the document as plain text (UTF-8)"),
    (b"\x1f\x8b", "gzip-compressed", "decompress it first"),
    (b"\x89PNG", "a PNG image", "read its text with OCR first"),
    (b"\xff\xd8\xff", "a JPEG image", "read its text with OCR first"),
)


def other_format(head: bytes) -> str | None:
    """Why a file whose first bytes are ``head`` is no gazette text, when it is a file of another
    format (``_FORMATS``), else None."""
    for magic, kind, advice in _FORMATS:
        if head.startswith(magic):
            return f"is {kind}, not text: {advice}"
    return None


def read_source(path: str | Path) -> SourceText:
    p = Path(path)
    try:
        if p.exists() and not p.is_dir() and not p.is_file():
            # a pipe would be read until something writes to it: never
            raise UnusableInput(str(path), "is not a regular file (a pipe, socket or device), expected a text file")
        with p.open("rb") as fh:
            head = fh.read(HEAD_BYTES)
            if (problem := other_format(head)) is not None:
                raise UnusableInput(str(path), problem)
            if binary_head(head) and (os.fstat(fh.fileno()).st_size > MAX_PADDED_BYTES
                                      or binary_head(_without_padding(head)[0])):
                # a disk image, a sparse file of gigabytes: not read to its end (a short text
                # padded with zeros is read: decode leaves the padding out)
                raise UnusableInput(str(path), _NUL_PROBLEM)
            data = head + fh.read()
    except IsADirectoryError:
        raise UnusableInput(str(path), "is a directory, expected a text file") from None
    except FileNotFoundError:
        raise UnusableInput(str(path), "no such file") from None
    except PermissionError:
        raise UnusableInput(str(path), "permission denied") from None
    except OSError as exc:
        raise UnusableInput(str(path), f"cannot be read ({exc.strerror or exc})") from None
    return decode(data, str(path))


def decode(data: bytes, path: str = "<bytes>") -> SourceText:
    if not data.strip():
        raise UnusableInput(path, "is empty, expected gazette text")
    if (problem := other_format(data[:16])) is not None:
        raise UnusableInput(path, problem)
    notes: list[Diagnostic] = []
    whole, (data, padding) = data, _without_padding(data)
    if padding:
        notes.append(Diagnostic("input-padded", "info", f"{padding} NUL bytes at the end of the file (a download or "
                                "copy padded with zeros) left out", None, None))
    text, encoding, damaged, second = _decode_text(data, path)
    if _looks_binary(text):
        if "\x00" in text:
            raise UnusableInput(path, _NUL_PROBLEM)
        raise UnusableInput(path, "looks binary (control characters), expected gazette text")
    separator = other_line_end(text)
    if separator is not None:
        notes.append(Diagnostic("line-ends-other", "info", f"lines end with {_SEPARATORS[separator]} (read as line "
                                "ends: the file has next to no others)", None, None))
        text = text.replace(separator, "\n")
    raw_lines = _LINE_END.split(text) if "\r" in text else text.split("\n")
    if raw_lines and raw_lines[-1] == "":
        raw_lines.pop()
    raw_lines, repaired = lines_read_again(raw_lines, text)  # (lines decoded twice: read as printed)
    raw_lines = tabs_restored(raw_lines)  # (tabs an exporter made runs of spaces: tabs again)
    # (fold cleans first: the key of the cleaned line is the line's, and asks the same cache
    # that the rules asking fold(line.text) do)
    lines = tuple(Line(no, text, fold(text), "\x0c" in raw)
                  for no, raw, text in zip(count(1), raw_lines, clean_lines(raw_lines)))
    if spaced_text(raw_lines):  # (a text whose lines are set apart character by character: its
        # short lines too, a page's number 2 1, 附 件 1, which alone might be a row's cells)
        lines = tuple(line if (unspaced := letters_unspaced(line.text, short=True)) == line.text
                      else Line(line.no, unspaced, fold(unspaced), line.page_break) for line in lines)
    lines = scripts_blanked(lines, text)  # (a page saved whole: its scripts' and styles' lines)
    if not any(not line.blank for line in lines):
        raise UnusableInput(path, "has no visible text, expected gazette text")
    hurt = tuple(no for no, raw in enumerate(raw_lines, start=1) if "\ufffd" in raw) if damaged else ()
    return SourceText(path, hashlib.sha256(whole).hexdigest(), encoding, lines, damaged=hurt, second=second,
                      repaired=repaired, notes=tuple(notes))


MIN_PADDING = 4  # NUL bytes ending a file, at least, to be padding (UTF-16 and UTF-32 text ends with 1 to 3)
MAX_PADDED_BYTES = 16 * 2**20  # a file whose first 4 KB are text and zeros is read whole up to this size


def _without_padding(data: bytes) -> tuple[bytes, int]:
    """``data`` without the NUL bytes that pad its end (a download preallocated with zeros, a copy
    off a disk image), and how many; UTF-16 and UTF-32 text keeps the NULs its last character
    holds."""
    core = data.rstrip(b"\x00")
    if len(data) - len(core) < MIN_PADDING or not core:
        return data, 0
    unit = 4 if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)) else \
        2 if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or utf16_without_bom(core) else 1
    core += b"\x00" * (-len(core) % unit)
    return core, len(data) - len(core)


# Characters that end lines in files that have next to no LF or CR: Word's manual line break (VT,
# as some exports give it), Unicode's line and paragraph separators (a layout program's or a
# script's export), EBCDIC's NEL. Inside a line of an ordinary file they are spaces (normalize).
_SEPARATORS = {"\u2029": "U+2029 (paragraph separator)", "\u2028": "U+2028 (line separator)",
               "\x0b": "VT (vertical tab, a word processor's line break)", "\x85": "NEL (next line)"}
SEPARATOR_SHARE = 10  # of a separator for each LF or CR, at least, and 10 in all, for it to end lines


def other_line_end(text: str) -> str | None:
    """The character that ends the text's lines when it is none of LF, CR (``_SEPARATORS``), or None."""
    ends = text.count("\n") + text.count("\r")
    for separator in _SEPARATORS:
        if separator not in text:
            continue  # (the common text: found absent faster than counted)
        count = text.count(separator)
        if count >= SEPARATOR_SHARE * max(1, ends):
            return separator
    return None


# At most one byte an encoding cannot read in this many non-ASCII characters: damaged text in
# that encoding. Text in another encoding (GB18030 read as UTF-8) or noise has far more.
DAMAGE_RATIO = 200


def _with_damage(data: bytes, codec: str) -> str | None:
    """``data`` decoded with each unreadable byte as U+FFFD, when that is a little damage; None
    when the text is not in ``codec``."""
    text = data.decode(codec, errors="replace")
    bad = text.count("\ufffd")
    wide = len(text) - len(text.encode("ascii", "ignore"))
    return text if bad * DAMAGE_RATIO <= wide else None


def _decode_text(data: bytes, path: str) -> tuple[str, str, bool, tuple[int, ...]]:
    """The text, its encoding, whether bytes it could not read were replaced, and the lines read
    in a second encoding (``mixedlines``)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            name = codec
            try:
                return data.decode(codec).lstrip("\ufeff"), name, False, ()
            except UnicodeDecodeError:
                text = _with_damage(data, codec)
            if text is None:
                label = {"utf-16": "UTF-16", "utf-32": "UTF-32"}.get(codec, "UTF-8")
                raise UnusableInput(path, f"starts with a {label} byte-order mark but does not "
                                          f"decode as {label}") from None
            return text.lstrip("\ufeff"), name, True, ()
    if binary_head(data):
        raise UnusableInput(path, _NUL_PROBLEM)
    codec = utf16_without_bom(data)
    if codec is not None:
        try:
            return data.decode(codec), codec, False, ()
        except UnicodeDecodeError:
            text = _with_damage(data, codec)
        if text is None:
            raise UnusableInput(path, f"reads as {codec.upper()} without a byte-order mark at its start, "
                                      f"but not to its end")
        return text, codec, True, ()
    try:
        return data.decode("utf-8"), "utf-8", False, ()
    except UnicodeDecodeError:
        pass
    mixed = mixed_text(data, DAMAGE_RATIO)  # (lines in UTF-8 and lines in GB18030: each read in its own)
    if mixed is not None:
        text, encodings, second = mixed
        return text, encodings, "\ufffd" in text, second
    # UTF-8 with a little damage before GB18030: GB18030 reads most UTF-8 as other characters.
    text = _with_damage(data, "utf-8")
    if text is not None:
        return text, "utf-8", True, ()
    try:
        return data.decode("gb18030"), "gb18030", False, ()
    except UnicodeDecodeError as exc:
        offset = exc.start
    text = _with_damage(data, "gb18030")
    if text is not None:
        return text, "gb18030", True, ()
    if b"\x00" in data:
        raise UnusableInput(path, _NUL_PROBLEM)
    raise UnusableInput(path, f"is neither UTF-8 nor GB18030 (bad byte at offset {offset})")


# Control characters that text does not hold (tab, line ends, form and vertical feed it does).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
_CONTROL_CHARS = [*map(chr, range(0x00, 0x09)), *map(chr, range(0x0e, 0x20))]


def _looks_binary(text: str) -> bool:
    """More than 1 in 200 of the first 64K characters (at least 9) control characters that text
    does not hold (NUL among them)."""
    sample = text[:65536]
    if not any(char in sample for char in _CONTROL_CHARS):
        return False  # (the common text: a search for each character is faster than the pattern's)
    controls = sum(1 for _ in _CONTROL.finditer(sample))
    return controls > max(8, len(sample) // 200)
