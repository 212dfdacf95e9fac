"""The glossary (datasets/glossary.csv): English for the terms that appear in gazettes.

Columns: term, english, kind, note. Kinds:

- ``column``: table column titles;
- ``region``: regions, and the bare units used as abbreviations (县 → County);
- ``authority``: authorities and groups of addressees as printed in full;
- ``body``: the part of an authority's name after its region, as a template with ``{region}``;
- ``doc_type``: the 文种 (通知 → Notice);
- ``section``: the sections of a gazette;
- ``term``: words and phrases of titles and captions, used to compose automatic renderings.

Lookups that find nothing fall back to Hanyu Pinyin (pypinyin), marked as automatic, so that no
name is ever dropped.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from pypinyin import lazy_pinyin

from ..identifiers import chinese_small_number
from ..normalize import fold

KINDS = ("column", "region", "authority", "body", "doc_type", "section", "term")
# The kinds a phrase is composed from, in order of preference when two give the same length.
PHRASE_KINDS = ("term", "doc_type", "region", "authority", "section", "column")
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

# Grammatical words of titles and captions: 的 links a modifier and is not translated.
FUNCTION_WORDS = {"的": "", "和": "and", "与": "and", "及": "and", "以及": "and", "暨": "and", "或": "or",
                  "等": "etc.", "之": ""}
PUNCTUATION = {"（": " (", "）": ") ", "(": " (", ")": ") ", "、": ", ", "，": ", ", "；": "; ", "：": ": ",
               "“": " “", "”": "” ", "‘": " ‘", "’": "’ ", "《": " ", "》": " ", "〈": " ", "〉": " ",
               "—": "–", "－": "–", "-": "–", "~": "–", "～": "–", "/": " / ", "·": " ", "．": ".", "。": ". "}
_YEARS = re.compile(r"((?:19|20)\d{2})年?[—–\-－~～至到]((?:19|20)\d{2})年?度?")
_YEAR = re.compile(r"((?:19|20)\d{2})年(度)?")
_NUMBER = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?")
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9.+&'-]*")
# A list marker: 一、 → 1.
_LIST_MARKER = re.compile(r"([一二三四五六七八九十]{1,3})、")


class GlossaryError(ValueError):
    """A malformed glossary or translations file: names the file, the row and what is wrong."""


@dataclass(frozen=True, slots=True)
class Glossary:
    terms: dict[tuple[str, str], str]  # (kind, folded term) → English
    _phrases: dict[str, str] = field(default_factory=dict, compare=False)
    _longest: int = 0

    @classmethod
    def of(cls, terms: dict[tuple[str, str], str]) -> "Glossary":
        phrases: dict[str, str] = {}
        for kind in reversed(PHRASE_KINDS):
            for (k, term), english in terms.items():
                if k == kind:
                    phrases[term] = english
        return cls(terms, phrases, max((len(t) for t in phrases), default=0))

    def get(self, term: str, kind: str) -> str | None:
        return self.terms.get((kind, fold(term)))

    def english(self, term: str, kind: str) -> tuple[str, bool]:
        """English for ``term``; the bool says whether it is automatic: composed word by word
        (with Pinyin for what the glossary lacks) rather than found whole."""
        found = self.get(term, kind)
        if found:
            return found, False
        # Composed titles: 权力清单/项目名称, 工作任务（2）.
        m = re.fullmatch(r"(.+)[（(](\d+)[)）]", term)
        if m:
            base, auto = self.english(m.group(1), kind)
            return f"{base} ({m.group(2)})", auto
        if "/" in term:
            parts = [self.english(p, kind) for p in term.split("/")]
            return " / ".join(p[0] for p in parts), any(p[1] for p in parts)
        return self.phrase(term)[0], True

    def phrase(self, text: str) -> tuple[str, bool]:
        """Compose English for a phrase from the glossary's words, longest match first; a run of
        characters that matches nothing is given in Pinyin and makes the result automatic."""
        text = fold(text)
        words: list[str] = []
        unknown: list[str] = []
        automatic = False

        def flush() -> None:
            nonlocal automatic
            if unknown:
                words.append(pinyin_name("".join(unknown)))
                unknown.clear()
                automatic = True

        i, n = 0, len(text)
        quotes = 0
        while i < n:
            if i == 0 or text[i - 1] in "(,;:、 ":
                m = _LIST_MARKER.match(text, i)
                if m:
                    flush()
                    words.append(f"{chinese_small_number(m.group(1))}.")
                    i = m.end()
                    continue
            m = _YEARS.match(text, i) or _YEAR.match(text, i)
            if m:
                flush()
                if m.re is _YEARS:
                    words.append(f"{m.group(1)}–{m.group(2)}")
                else:
                    words.append(m.group(1) + (" Annual" if m.group(2) else ""))
                i = m.end()
                continue
            m = _NUMBER.match(text, i) or _LATIN.match(text, i)
            if m:
                flush()
                words.append(m.group(0))
                i = m.end()
                continue
            ch = text[i]
            if ch == '"':  # folded quotation marks: open and close in turn
                flush()
                words.append(" “" if quotes % 2 == 0 else "” ")
                quotes += 1
                i += 1
                continue
            if ch in PUNCTUATION or ch.isspace():
                flush()
                words.append(PUNCTUATION.get(ch, " "))
                i += 1
                continue
            for j in range(min(n, i + self._longest), i, -1):
                found = self._phrases.get(text[i:j])
                if found:
                    flush()
                    words.append(found)
                    i = j
                    break
            else:
                if ch in FUNCTION_WORDS and not unknown:
                    words.append(FUNCTION_WORDS[ch])
                elif HAN.match(ch):
                    unknown.append(ch)
                else:
                    flush()
                    words.append(ch)
                i += 1
        flush()
        return tidy(" ".join(words)), automatic


def tidy(text: str) -> str:
    """Spaces as English punctuation wants them."""
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+([,;:.)”’])", r"\1", text)
    text = re.sub(r"([(“‘])\s+", r"\1", text)
    text = re.sub(r"\s*–\s*", "–", text)
    text = re.sub(r"([,;:])(?=\S)", r"\1 ", text)
    text = re.sub(r",\s*,", ",", text)
    return text.strip(" ,;:")


def pinyin(text: str) -> str:
    """Hanyu Pinyin syllable by syllable, capitalised: 项目 → Xiang Mu."""
    words = lazy_pinyin(text, errors=lambda chars: [chars])
    return " ".join(w.capitalize() if w.isalpha() else w for w in words).strip()


def pinyin_name(text: str) -> str:
    """Pinyin of a name written as one word, as place names and brands are: 攸惠贷 → Youhuidai."""
    return "".join(w for w in lazy_pinyin(text, errors=lambda chars: [chars])).capitalize()


def person_pinyin(name: str) -> str:
    """A person's name in Pinyin, surname first: 戴志辉 → Dai Zhihui."""
    syllables = lazy_pinyin(name, errors=lambda chars: [chars])
    if len(syllables) < 2:
        return "".join(syllables).capitalize()
    return syllables[0].capitalize() + " " + "".join(syllables[1:]).capitalize()


def read_rows(path: str | Path, key: str) -> list[dict]:
    """Rows of a glossary-like CSV (``key``, english, kind, note), checked: every row needs the
    three values, a known kind where the kind is one of the glossary's, no Chinese in the English,
    and no key given two different renderings."""
    problems: list[str] = []
    rows: list[dict] = []
    seen: dict[tuple[str, str], str] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = {key, "english", "kind"} - set(reader.fieldnames or ())
        if missing:
            raise GlossaryError(f"{path}:1: the header needs the columns {key}, english, kind, note "
                                f"(missing: {', '.join(sorted(missing))})")
        for n, row in enumerate(reader, start=2):
            term, english, kind = ((row.get(c) or "").strip() for c in (key, "english", "kind"))
            problem = check_entry(term, english, kind)
            if problem:
                problems.append(f"{path}:{n}: {problem}")
                continue
            folded = (kind, fold(term))
            if folded in seen and seen[folded] != english:
                problems.append(f"{path}:{n}: {kind} {term!r} is already given as {seen[folded]!r}")
                continue
            seen[folded] = english
            rows.append({key: term, "english": english, "kind": kind, "note": (row.get("note") or "").strip()})
    if problems:
        raise GlossaryError("\n".join(problems))
    return rows


def check_entry(term: str, english: str, kind: str, kinds: tuple[str, ...] | None = None) -> str | None:
    """What is wrong with one entry, or None."""
    if not term or not english or not kind:
        return "an entry needs the Chinese, the English and the kind"
    if kinds is not None and kind not in kinds:
        return f"unknown kind {kind!r} (expected one of {', '.join(kinds)})"
    if not HAN.search(term):
        return f"{term!r} has no Chinese to translate"
    if HAN.search(english):
        return f"the English for {term!r} contains Chinese: {english!r}"
    if kind == "body" and "{region}" not in english:
        return f"the body {term!r} needs {{region}} in its English template"
    return None


def load_glossary(path: str | Path) -> Glossary:
    rows = read_rows(path, "term")
    bad = [r for r in rows if r["kind"] not in KINDS]
    if bad:
        raise GlossaryError(f"{path}: unknown kind {bad[0]['kind']!r} for {bad[0]['term']!r} "
                            f"(expected one of {', '.join(KINDS)})")
    return Glossary.of({(r["kind"], fold(r["term"])): r["english"] for r in rows})
