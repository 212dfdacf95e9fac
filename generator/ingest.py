"""Ingest: the only stage that reads. Bytes → decoded, line-numbered ``SourceText``.

Encodings accepted: UTF-8 with or without BOM, UTF-16 (LE/BE) with BOM, GB18030 (a superset of
GBK and GB2312). Line ends: LF, CRLF or CR; line numbers always count the source file's lines.
Input that is empty, binary or undecodable raises ``UnusableInput`` with a one-line reason.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from pathlib import Path

from .model import Line, SourceText
from .normalize import clean, fold

_LINE_END = re.compile(r"\r\n|\r|\n")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class UnusableInput(Exception):
    """The input cannot be read as a gazette at all (empty, binary, undecodable)."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


def read_source(path: str | Path) -> SourceText:
    p = Path(path)
    try:
        data = p.read_bytes()
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
    text, encoding = _decode_text(data, path)
    if _looks_binary(text):
        raise UnusableInput(path, "looks binary (control characters), expected gazette text")
    raw_lines = _LINE_END.split(text)
    if raw_lines and raw_lines[-1] == "":
        raw_lines.pop()
    lines = tuple(Line(no, clean(raw), fold(raw), "\x0c" in raw)
                  for no, raw in enumerate(raw_lines, start=1))
    if not any(not line.blank for line in lines):
        raise UnusableInput(path, "has no visible text, expected gazette text")
    return SourceText(path, hashlib.sha256(data).hexdigest(), encoding, lines)


def _decode_text(data: bytes, path: str) -> tuple[str, str]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                name = "UTF-16" if codec == "utf-16" else "UTF-8"
                raise UnusableInput(path, f"starts with a {name} byte-order mark but does not "
                                          f"decode as {name}") from None
            return text.lstrip("\ufeff"), "utf-16" if codec == "utf-16" else "utf-8-sig"
    if b"\x00" in data[:4096]:
        raise UnusableInput(path, "contains NUL bytes (binary, or UTF-16 without a BOM)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError as exc:
        raise UnusableInput(
            path, f"is neither UTF-8 nor GB18030 (bad byte at offset {exc.start})"
        ) from None


# Control characters that text does not hold (tab, line ends, form and vertical feed it does).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


def _looks_binary(text: str) -> bool:
    """NUL anywhere in the first 64K characters, or more than 1 in 200 of them (at least 9)
    control characters that text does not hold."""
    sample = text[:65536]
    if "\x00" in sample:
        return True
    controls = sum(1 for _ in _CONTROL.finditer(sample))
    return controls > max(8, len(sample) // 200)
