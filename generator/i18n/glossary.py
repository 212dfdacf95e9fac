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
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from pypinyin import lazy_pinyin

from ..identifiers import chinese_small_number
from ..normalize import HAN_WIDE, fold

KINDS = ("column", "region", "authority", "body", "doc_type", "section", "term")
# The kinds a phrase is composed from, in order of preference when two give the same length.
PHRASE_KINDS = ("term", "doc_type", "region", "authority", "section", "column")
HAN = re.compile(f"[{HAN_WIDE}]")

# Grammatical words of titles and captions: 的 links a modifier and is not translated.
FUNCTION_WORDS = {"的": "", "和": "and", "与": "and", "及": "and", "以及": "and", "暨": "and", "或": "or",
                  "等": "etc.", "之": "", "关于": "on", "对": "on", "在": "in", "同志": ""}
_FUNCTION_WORDS_LONGEST_FIRST = tuple(sorted(FUNCTION_WORDS, key=len, reverse=True))
PUNCTUATION = {"（": " (", "）": ") ", "(": " (", ")": ") ", "、": ", ", "，": ", ", "；": "; ", "：": ": ",
               "“": " “", "”": "” ", "‘": " ‘", "’": "’ ", "《": " ", "》": " ", "〈": " ", "〉": " ",
               "<": " ", ">": " ", "—": "–", "－": "–", "-": "–", "~": "–", "～": "–", "/": " / ", "·": " ",
               "．": ".", "。": ". "}
_ORDINAL_UNITS = {"号": None, "次": "", "届": "", "批": "Batch", "季度": "Quarter", "期": "Issue", "轮": "Round",
                  "章": "Chapter", "条": "Article", "款": "Paragraph", "项": "Item", "部分": "Part", "阶段": "Stage",
                  "组": "Group", "名": "Place"}
_CN_NUMBER = "〇零一二三四五六七八九十百两"


def _number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    try:
        return chinese_small_number(text.replace("两", "二"))
    except (KeyError, ValueError):
        return None


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _render_ordinal(m: re.Match) -> str | None:
    n = _number(m.group(1))
    if n is None:
        return None
    unit = _ORDINAL_UNITS[m.group(2)]
    if unit is None:
        return f"No. {n}"
    return f"{ordinal(n)} {unit}".strip()


def _render_doc_number(m: re.Match) -> str:
    """A 发文字号 as English-language citations print it: 湘政办发〔2024〕12号 → Xiang Zheng Ban Fa
    [2024] No. 12 (the 机关代字 syllable by syllable)."""
    return f"{pinyin(m.group(1))} [{m.group(2)}] No. {int(m.group(3))}"


def _render_circled(m: re.Match) -> str:
    return f"({int(unicodedata.numeric(m.group(0)))})"


# Tokens read by rule before the glossary is looked at, in order: (name, pattern, rendering).
TOKEN_RULES = (
    ("doc_number", re.compile(rf"([{HAN_WIDE}]{{1,10}})\(((?:19|20)\d{{2}})\)第?(\d{{1,5}})号"), _render_doc_number),
    ("years", re.compile(r"((?:19|20)\d{2})年?[—–\-－~～至到]((?:19|20)\d{2})年?度?"),
     lambda m: f"{m.group(1)}–{m.group(2)}"),
    ("year", re.compile(r"((?:19|20)\d{2})年(度)?"), lambda m: m.group(1) + (" Annual" if m.group(2) else "")),
    ("ordinal", re.compile(rf"第([0-9]+|[{_CN_NUMBER}]{{1,4}})({'|'.join(sorted(_ORDINAL_UNITS, key=len, reverse=True))})"),
     _render_ordinal),
    ("circled", re.compile("[①-⑳]"), _render_circled),
    ("latin", re.compile(r"[0-9A-Za-z][0-9A-Za-z.+&'-]*"), lambda m: m.group(0)),
)
# A list marker at the start of a phrase or after a separator: 一、 → 1.
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
        """Compose English for a phrase: numbers, years, ordinals and document numbers by rule,
        then the glossary's words, longest match first; a run of characters that matches nothing
        is given in Pinyin and makes the result automatic."""
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
                marker = _number(m.group(1)) if m else None
                if marker is not None:
                    flush()
                    words.append(f"{marker}.")
                    i = m.end()
                    continue
            rendered = None
            for _, pattern, render in TOKEN_RULES:
                m = pattern.match(text, i)
                if m and (rendered := render(m)) is not None:
                    break
            if rendered is not None:
                flush()
                words.append(rendered)
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
            found, j = self._longest_at(text, i)
            if found is not None:
                flush()
                words.append(found)
                i = j
                continue
            function = next((w for w in _FUNCTION_WORDS_LONGEST_FIRST if text.startswith(w, i)), None)
            if function is not None:
                flush()
                words.append(FUNCTION_WORDS[function])
                i += len(function)
            elif HAN.match(ch):
                unknown.append(ch)
                i += 1
            else:
                flush()
                words.append(ch)
                i += 1
        flush()
        return tidy(" ".join(words)), automatic

    def _longest_at(self, text: str, i: int) -> tuple[str | None, int]:
        for j in range(min(len(text), i + self._longest), i, -1):
            found = self._phrases.get(text[i:j])
            if found:
                return found, j
        return None, i


def tidy(text: str) -> str:
    """Spaces as English punctuation wants them."""
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+([,;:.)”’])", r"\1", text)
    text = re.sub(r"([(“‘])\s+", r"\1", text)
    text = re.sub(r"\s*–\s*", "–", text)
    text = re.sub(r"([,;])(?!\s)(?!(?<=\d,)\d)", r"\1 ", text)  # not inside 10,000
    text = re.sub(r":(?=[^\d\s])", ": ", text)
    text = re.sub(r",\s*,", ",", text)
    text = re.sub(r"(\d):\s+(\d)", r"\1:\2", text)  # 10:30
    return text.strip(" ,;:")


def _unreadable(chars: str) -> list[str]:
    """What pypinyin has no reading for: a Han character is named by its code point (never
    dropped, never left in Chinese), anything else kept."""
    return ["".join(f"U+{ord(c):04X}" if HAN.match(c) else c for c in chars)]


def pinyin(text: str) -> str:
    """Hanyu Pinyin syllable by syllable, capitalised: 项目 → Xiang Mu."""
    words = lazy_pinyin(text, errors=_unreadable, v_to_u=True)
    return " ".join(w.capitalize() if w.isalpha() else w for w in words).strip()


def pinyin_name(text: str) -> str:
    """Pinyin of a name written as one word, as place names and brands are: 攸惠贷 → Youhuidai."""
    return "".join(w for w in lazy_pinyin(text, errors=_unreadable, v_to_u=True)).capitalize()


# Surnames of two characters, and surnames read otherwise than the character usually is.
COMPOUND_SURNAMES = frozenset("欧阳 司马 诸葛 上官 东方 皇甫 令狐 夏侯 慕容 尉迟 公孙 长孙 宇文 司徒 申屠 轩辕 端木 "
                              "西门 南宫 万俟 闻人 澹台 独孤 呼延 钟离 太史 百里 东郭 左丘".split())
SURNAME_READINGS = {"单": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "区": "ou", "查": "zha", "朴": "piao",
                    "盖": "ge", "乐": "yue", "覃": "qin", "尉": "yu", "缪": "miao", "翟": "zhai", "员": "yun",
                    "召": "shao", "柏": "bai", "种": "chong", "黑": "he", "长孙": "zhangsun", "尉迟": "yuchi",
                    "万俟": "moqi", "澹台": "tantai", "重": "chong", "传": "chuan", "石": "shi", "沈": "shen"}


def person_pinyin(name: str) -> str:
    """A person's name in Pinyin, surname first, as the name is written in English: 戴志辉 → Dai
    Zhihui, 欧阳明华 → Ouyang Minghua, 单建国 → Shan Jianguo, 吕小军 → Lü Xiaojun."""
    name = name.strip()
    split = 2 if name[:2] in COMPOUND_SURNAMES and len(name) > 2 else 1
    surname, given = name[:split], name[split:]
    spoken = SURNAME_READINGS.get(surname) or "".join(lazy_pinyin(surname, v_to_u=True, errors=_unreadable))
    if not given:
        return spoken.capitalize()
    return spoken.capitalize() + " " + "".join(lazy_pinyin(given, v_to_u=True, errors=_unreadable)).capitalize()


def read_rows(path: str | Path, key: str, kinds: tuple[str, ...] | None = None) -> list[dict]:
    """Rows of a glossary-like CSV (``key``, english, kind, note), checked: every row needs the
    three values, a kind among ``kinds`` (when given), no Chinese in the English, and no key given
    two different renderings. Every problem is reported, each with its line."""
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
            problem = check_entry(term, english, kind, kinds)
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
    rows = read_rows(path, "term", KINDS)
    return Glossary.of({(r["kind"], fold(r["term"])): r["english"] for r in rows})
