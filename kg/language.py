"""Language identification for pl, en and de.

kg only needs to tell its own languages apart, in whole articles, so it
scores the share of each lexicon's ``stopwords`` among the words of a text.
This is data-driven (a new lexicon brings its own stopwords), instant, and
avoids the ~0.8 s start-up of a general identifier (py3langid measured here),
which alone would eat the per-article time budget.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache

from kg.lexicon import LEXICON_DIR, available_languages
from kg.text import fold, tokenize


@lru_cache(maxsize=1)
def _stopwords() -> dict[str, frozenset[str]]:
    out = {}
    for lang in available_languages():
        data = tomllib.loads((LEXICON_DIR / f"{lang}.toml").read_text(encoding="utf-8"))
        out[lang] = frozenset(fold(w) for w in data.get("words", {}).get("stopwords", []))
    return out


def detect_language(text: str, default: str = "en") -> str:
    """The most likely of the lexicon languages; ``default`` when nothing is known."""
    words = [t.norm for t in tokenize(text[:5000]) if t.is_word]
    best, best_score = default, 0
    for lang, stop in sorted(_stopwords().items()):
        score = sum(1 for w in words if w in stop)
        if score > best_score:
            best, best_score = lang, score
    return best
