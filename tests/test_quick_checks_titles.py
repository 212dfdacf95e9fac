"""The quick checks ``find_titles`` asks before its rules give what those rules give, on text made
of the pieces the rules look for (the parse of the samples and the bench, compared by hash, holds
them on real text)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from generator import titles
from generator.model import Line
from generator.normalize import fold
from generator.titleline import TRAILERS_LAST, without_trailing_number

# A title's words, the numbers, days and web page's buttons printed after it, brackets and gaps.
TRAILER_PIECES = ["平江县人民政府", "关于", "的通知", "纪要", "令", "公告", "第3号", "号", "〔2024〕", "南政发", "(", ")", "（", "）",
                  "2024年7月26日", "日", "【", "】", "[", "]", "字体:大 中 小", "打印", "关闭", "分享", "窗口", "首页", "小", "印",
                  "  ", " ", "\u3000\u3000", "\t", "县商务局:", "。"]
TITLES = ["平江县人民政府关于春耕生产的通知", "平江县人民政府令", "平江县人民政府公告", "县政府第19次常务会议纪要", "在全县大会上的讲话",
          "【平江县人民政府关于春耕生产的通知】", "工作。", ""]
GAPS = ["", " ", "  ", "\u3000\u3000", "\t"]
TRAILERS = ["南政发〔2024〕3号", "第3号", "(第3号)", "〔2024〕3号", "2024年3号", "(2024年7月26日)", "（2024年7月26日）",
            "（南政函〔2024〕18号）", "【字体:大 中 小】", "【打印】", "关闭窗口", "分享", "首页"]
trailer_texts = st.one_of(
    st.lists(st.sampled_from(TRAILER_PIECES), max_size=10).map("".join),
    st.tuples(st.sampled_from(TITLES), st.lists(st.tuples(st.sampled_from(GAPS), st.sampled_from(TRAILERS)), max_size=2),
              st.sampled_from(["", " ", "\u3000"])).map(lambda t: t[0] + "".join(g + x for g, x in t[1]) + t[2]))


@settings(max_examples=1500, deadline=None)
@given(trailer_texts, trailer_texts)
def test_without_trailing_number_keeps_every_line_its_quick_check_passes_over(text, under):
    """A line whose last character is none of ``TRAILERS_LAST`` and that holds no 【】 is the
    line ``without_trailing_number`` returns, whatever stands under it."""
    line, nxt = Line(1, text, fold(text)), Line(2, under, fold(under))
    if text.rstrip()[-1:] in TRAILERS_LAST or "【" in text or "】" in text:
        return
    assert without_trailing_number(line, nxt) is line
    assert without_trailing_number(line) is line


@settings(max_examples=500, deadline=None)
@given(st.lists(trailer_texts, max_size=6))
def test_read_as_titles_is_every_line_without_its_trailing_number(texts):
    content = [Line(k + 1, text, fold(text)) for k, text in enumerate(texts)]
    expected = [without_trailing_number(line, titles._under(content, k) if line.text.rstrip().endswith(("号", "号)", "号）")) else None)
                for k, line in enumerate(content)]
    assert titles._read_as_titles(content) == expected


# Keys made of what ``find_titles``' first checks look at: dashes, 一, a 文种's last character, brackets.
KEY_PIECES = ["平江县", "关于", "的通知", "纪要", "讲话", "-", "--", "一", "(试行)", ")", "》", "工作。", "2024-01-05", "通", "知", "号", "\n"]
keys = st.lists(st.sampled_from(KEY_PIECES), max_size=5).map("".join)


def _asked_by_the_loop(keys: list[str], untyped: dict[str, int], end: int) -> bool:
    """The lines the loop of ``find_titles`` (no news item) goes past its first checks for."""
    key = keys[end]
    return (end + 1 < len(keys) and keys[end + 1][:1] in "-一") or key[:1] in "-一" \
        or titles.may_end_a_title(key) or (end > 0 and keys[end - 1].endswith("-")) or key in untyped


@settings(max_examples=1500, deadline=None)
@given(st.lists(keys, max_size=8), st.lists(keys, max_size=2))
def test_ends_to_ask_holds_every_line_the_loop_reads_on(texts, named):
    content = [Line(k + 1, text, text) for k, text in enumerate(texts)]
    untyped = {key: 0 for key in named}
    asked = titles._ends_to_ask(content, untyped)
    assert asked == sorted(set(asked))
    assert all(end in asked for end in range(len(texts)) if _asked_by_the_loop(texts, untyped, end))


@settings(max_examples=1500, deadline=None)
@given(st.lists(keys, max_size=8), st.lists(st.sampled_from(["-", "--", "一", "通知", "(", "-\n", "..", "…"]), min_size=1, max_size=3))
def test_key_scan_finds_the_lines_that_hold_a_word(texts, words):
    from generator.keyscan import KeyScan
    words = [word for word in words if "\n" not in word] or ["-"]
    assert KeyScan(texts).holding(*words) == [i for i, key in enumerate(texts) if any(word in key for word in words)]
