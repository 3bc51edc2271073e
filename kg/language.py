"""Language identification for pl, en and de.

kg only needs to tell its own languages apart, in whole articles, so it
scores the share of each lexicon's ``stopwords`` among the words of a text.
This is data-driven (a new lexicon brings its own stopwords), instant, and
avoids the ~0.8 s start-up of a general identifier (py3langid measured here),
which alone would eat the per-article time budget.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from kg.datapath import DataPath, active
from kg.lexicon import load_language
from kg.tablecache import disk_cached
from kg.text import _TOKEN_RE, fold


@lru_cache(maxsize=8)
def _profiles(data: DataPath) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    return disk_cached("languages", data, lambda: _read_profiles(data), __file__)


def _read_profiles(data: DataPath) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    out = {}
    for lang in data.languages():  # a user's lexicon brings its language, and may add stopwords
        words = load_language(lang, data).words
        out[lang] = (frozenset(fold(w) for w in words.get("stopwords", ())),
                     frozenset(c.lower() for c in words.get("letters", ())))
    return out


#: Below this share of words known to the best language (its common words and letters), with enough words to
#: judge, a text is in none of the lexicon languages: news in them scores 0.25 and more, French or Spanish
#: under 0.1.
FOREIGN_SHARE = 0.12
_FOREIGN_MIN_WORDS = 12
FOREIGN_NOTICE = ("does not read as Polish, English or German (few of their common words): kg finds few or no "
                  "claims in it")


def foreign(text: str) -> bool:
    """Whether ``text`` reads as none of the lexicon languages (an article in French, Russian …), so that kg
    would find few or no claims in it and should say so."""
    return read_language(text)[1]


def read_language(text: str, default: str = "en") -> tuple[str, bool]:
    """(``detect_language(text, default)``, ``foreign(text)``) from one scoring pass: where an article's
    language is detected, whether it reads as none of them comes with it."""
    best, score, words = _best_language(text, default)
    return best, words >= _FOREIGN_MIN_WORDS and score < FOREIGN_SHARE * words or _other_script(text)


def _other_script(text: str) -> bool:
    """Whether most letters of the text are of another script than Latin (Cyrillic, Greek, Arabic, CJK …): no
    need to count common words to tell a short Russian text is none of kg's languages."""
    head = text[:2000]
    latin = other = 0
    for c in head:
        if c.isalpha():
            if ord(c) >= 0x0370:
                other += 1
            else:
                latin += 1
    return other >= 10 and other > latin


def detect_language(text: str, default: str = "en") -> str:
    """The most likely of the lexicon languages; ``default`` when nothing is known.

    Each stopword counts one; each word with a letter only that language uses
    (Polish ą, ł, ż…; German ß, ä…) counts one too, so that a short headline
    with no function words ("Polska poparła Ukrainę.") is still recognized.
    """
    return _best_language(text, default)[0]


def _best_language(text: str, default: str) -> tuple[str, int, int]:
    """(the best-scoring lexicon language or ``default``, its score, the number of words read)."""
    # The engine tokenizes the article again, sentence by sentence, so this pass is kept
    # cheap: the tokenizer's own pattern, but no Token records, and folding only the words
    # that are not plain ASCII (for those, folding is lower-casing: the pattern lets no
    # backtick into a word).
    norms, lows = [], []
    for t in _TOKEN_RE.findall(text[:5000]):
        if not t[:1].isalnum():
            continue
        low = t.lower()
        norms.append(low if t.isascii() else fold(t))
        lows.append(low)
    # each distinct word once per language, counted as often as it occurs
    norm_counts, low_counts = Counter(norms).items(), Counter(lows).items()
    best, best_score = default, 0
    for lang, (stop, letters) in sorted(_profiles(active()).items()):
        score = sum(n for w, n in norm_counts if w in stop)
        if letters:
            score += sum(n for w, n in low_counts if not letters.isdisjoint(w))
        if score > best_score:
            best, best_score = lang, score
    return best, best_score, len(norms)
