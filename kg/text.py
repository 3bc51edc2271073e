"""Text primitives shared by every stage: folding, tokens, sentences.

Kept free of language knowledge: abbreviations and clause words come from the
lexicon files, so the same splitter serves Polish, English and German.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_FOLD_EXTRA = str.maketrans({"ł": "l", "Ł": "l", "ß": "ss", "ø": "o", "đ": "d", "ı": "i", "’": "'", "`": "'"})


def lower(s: str) -> str:
    """Lower-case with one apostrophe: the exact form, for function words ('że' is not 'ze')."""
    return s.replace("’", "'").replace("`", "'").lower()


@lru_cache(maxsize=1 << 17)
def fold(s: str) -> str:
    """Lower-case and strip diacritics: 'Ławrow' and 'lawrow' fold alike (cached: the same
    words come back in every sentence, and folding is a fifth of tokenizing)."""
    s = s.translate(_FOLD_EXTRA).lower()
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


#: Not ``frozen``: a frozen dataclass's ``__init__`` sets every field through ``object.__setattr__``,
#: four times the cost, and a sentence makes a token per word. Tokens are never changed after
#: ``tokenize`` makes them; they hash and compare by value as before.
@dataclass(slots=True, unsafe_hash=True)
class Token:
    text: str
    start: int  # offsets in the sentence text
    end: int
    norm: str  # folded
    low: str = ""  # lower-cased, diacritics kept
    #: a word or a number, not punctuation: ``text[:1].isalnum()``, worked out once by ``tokenize`` (the
    #: rules ask it hundreds of thousands of times per hundred articles)
    is_word: bool = False

    @property
    def is_upper(self) -> bool:
        return self.text.isupper()


#: The hyphen tokens the tokenizer splits off between a name and a word ("Iran-backed"); with the en dash, the
#: marks that join a pair of names ("the Russia–Ukraine war").
HYPHENS = frozenset("-‐")
PAIR_HYPHENS = HYPHENS | {"–"}


def hyphened(toks: list[Token], k: int) -> bool:
    """Whether token ``k`` is the second half of a hyphenated word: a hyphen touching it and the word
    before it ("backed" in "Iran-backed"). A hyphen with a space on either side is a dash, not this."""
    return (k > 1 and toks[k - 1].text in HYPHENS and toks[k - 2].end == toks[k - 1].start
            and toks[k - 1].end == toks[k].start)


# Words keep inner hyphens, dots of acronyms (U.S.) and apostrophes of names (Nuku'alofa);
# "'s" is split off so that "Russia's" gives "Russia" + "'s".
_TOKEN_RE = re.compile(
    r"(?:[A-Z]\.){2,}"  # U.S., U.K.
    r"|[A-ZĄĆĘŁŃÓŚŹŻ]\.(?= [A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż])"  # an initial before a name: "A. Duda", "E. Macronem"
    r"|'s\b|’s\b"
    r"|[A-ZĄĆĘŁŃÓŚŹŻ]\w*(?=[-‐]\w)"  # "Iran-backed", "US-led": the name stands alone
    r"|[a-ząćęłńóśźż]+[sc]ko(?=[-‐][a-ząćęłńóśźż])"  # "polsko-litewski": each state's adjective stands alone
    r"|\d+(?:,\d+)+(?!\w)"  # a decimal or thousands comma ("1,3 Milliarden", "1,300 troops") is inside the number
    r"|\w+[:*·](?:innen|in)\b"  # German gender forms "Expert:innen", "Soldat*innen" are one word, no clause break
    r"|\w+(?:[-‐]\w+)*(?:['’](?!s\b)\w+)?"
    r"|[^\w\s]",
    re.UNICODE,
)


@lru_cache(maxsize=1 << 17)
def _forms(word: str) -> tuple[str, str, bool]:
    """A word's folded and lower-cased forms and whether it is a word (cached with the word: news
    vocabulary repeats)."""
    return fold(word), lower(word), word[:1].isalnum()


def tokenize(text: str) -> list[Token]:
    out = []
    for m in _TOKEN_RE.finditer(text):
        t = m.group()
        if t == "–" and 0 < m.start() and m.end() < len(text) and text[m.start() - 1].isalnum() \
                and text[m.end()].isalnum():
            t = "-"  # "a Saudi–led coalition": an en dash set between two words is their hyphen
        if len(t) == 2 and t[1] == "." and out and out[-1].text[:1].isupper() and out[-1].is_word:
            # a middle initial ("Antony J. Blinken") stays as it was: letter and dot; only an initial after a
            # lower-case word or a mark is one token ("prezydent A. Duda": not the conjunction 'a')
            for part, at in ((t[0], m.start()), (".", m.start() + 1)):
                norm, low, word = _forms(part)
                out.append(Token(part, at, at + 1, norm, low, word))
            continue
        norm, low, word = _forms(t)
        if t in ("'", "’") and _possessive_apostrophe(text, m.start(), out):
            low = lower(t + "s")  # "Hamas' attack", "the Philippines’ claim": the possessive of a name ending in s
        out.append(Token(t, m.start(), m.end(), norm, low, word))
    return out


def _possessive_apostrophe(text: str, at: int, before: list[Token]) -> bool:
    """Whether the apostrophe at ``at`` closes a capitalized name ending in s, touching it, with a space and a
    word after it, and no single quotation mark left open before it ("'Taiwan independence' forces")."""
    prev = before[-1] if before else None
    if prev is None or prev.end != at or not prev.is_word or not prev.text[:1].isupper() \
            or not prev.text.endswith("s") or not text[at + 1:at + 2].isspace() or not text[at + 2:at + 3].isalnum():
        return False
    return not any(t.text in ("'", "‘", "’") and (t.start == 0 or text[t.start - 1].isspace()) for t in before)


#: Longer "sentences" (a table, a list or a dump without sentence punctuation) are cut, at a
#: line break, semicolon, comma or space, so that time stays proportional to the length of
#: an article: the engine's work on one sentence grows faster than the sentence. News
#: sentences are far shorter (the longest in the dev corpus has about 2,700 characters).
MAX_SENTENCE = 3000


def _bounded(start: int, end: int, text: str) -> list[tuple[int, int]]:
    """The span (start, end) of ``text``, cut into pieces of at most MAX_SENTENCE characters."""
    out = []
    while end - start > MAX_SENTENCE:
        window = text[start:start + MAX_SENTENCE]
        cut = -1
        for sep in ("\n", "; ", ", ", " "):
            cut = window.rfind(sep, MAX_SENTENCE // 2)
            if cut > 0:
                cut += len(sep.rstrip()) or 1
                break
        if cut <= 0:
            cut = MAX_SENTENCE
        piece = text[start:start + cut]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append((start + lead, start + len(piece.rstrip())))
        start += cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        out.append((start, end))
    return out


# closing quotes: ” » ’ " and the German “ and « („Unterstützung.“ Der Kreml …, »… würde.« Mittlerweile …)
# a period glued to the next sentence ("… in Poland.The new tanks …", text pasted without its spaces):
# two lower-case letters before it, a capitalized word (or an opening quote and one) after it
_SENT_END = re.compile(r"[.!?…]+[\"”»’“«)]*\s+|\n\s*\n|\n(?=[A-ZĄĆĘŁŃÓŚŹŻ„\"])"
                       r"|(?<=[a-ząćęłńóśźżäöüß]{2})\.(?=[\"“„]?[A-ZĄĆĘŁŃÓŚŹŻÄÖÜ][a-ząćęłńóśźżäöüß])")


#: most words an opening phrase that ends in a closing abbreviation may have ("Pod koniec lutego 2022 r.")
_OPENING_WORDS = 8


def _closes(words: list[str], rest: str, closing: frozenset[str], openers: frozenset[str]) -> bool:
    """Whether a closing abbreviation ends the words before a period and a capitalized word ``rest``: not
    where those words are only a phrase opening the sentence, a preposition or a number first."""
    if not words or not rest[:1].isupper() or lower(words[-1].rstrip(".")) not in closing:
        return False
    first = lower(words[0].lstrip("(\"„"))
    return not (len(words) <= _OPENING_WORDS and (first in openers or first[:1].isdigit()))


def _platform_letter(words: list[str], text: str, at: int, openers: frozenset[str]) -> bool:
    """Whether a lone capital before a period is a one-letter name after a lower-case word ("wrote on X. On
    Monday …"), not an initial: the next word is a preposition opening a sentence, no surname."""
    return len(words) >= 2 and words[-2].isalpha() and words[-2].islower() and _first_word(text, at) in openers


def _first_word(text: str, at: int) -> str:
    """The lower-cased word that starts at ``at``."""
    m = re.match(r"\w+", text[at:at + 40])
    return lower(m.group()) if m else ""


def split_sentences(text: str, abbreviations: frozenset[str] = frozenset(), closing: frozenset[str] = frozenset(),
                    openers: frozenset[str] = frozenset(), ordinal_heads: frozenset[str] = frozenset()
                    ) -> list[tuple[int, int]]:
    """Sentence spans (start, end) over ``text``.

    A period closes a sentence unless the word before it is a known
    abbreviation ("m.in.", "gen.", "Dr.") or an initial ("J. D. Vance"), or
    the next word starts in lower case. An abbreviation that also ends sentences
    (``closing``: Polish "r." of a year, "itd.") closes one before a capital,
    unless all before it is an opening phrase ("W lutym 2022 r. Rosja …": a
    preposition of ``openers`` or a number first, a few words). A number's period before a capitalized noun of
    ``ordinal_heads`` is an ordinal's ("45. Brygada Pancerna"). Blank lines and
    single line breaks before a capital (headlines, subheads) also close a
    sentence. No span is longer than MAX_SENTENCE.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        end = m.end()
        chunk = text[start:m.start() + 1]
        if "." in m.group() and not m.group().startswith(("..", "…")):
            words = chunk[:-1].split()
            last = words[-1] if words else ""
            rest = text[end:end + 1]
            if last and not _closes(words, rest, closing, openers) and (
                lower(last.rstrip(".")) in abbreviations
                or lower(last) in abbreviations
                or (len(last.strip("(\"„")) == 1 and last.strip("(\"„").isupper()
                    and not _platform_letter(words, text, end, openers))
                or last[-1:].isdigit() and rest[:1].isdigit()
                or last.isdigit() and len(last) <= 3 and _first_word(text, end) in ordinal_heads
                or (rest[:1].islower())
            ):
                continue
        seg = text[start:end]
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            spans.extend(_bounded(start + lead, start + len(seg.rstrip()), text))
        start = end
    seg = text[start:]
    if seg.strip():
        lead = len(seg) - len(seg.lstrip())
        spans.extend(_bounded(start + lead, start + len(seg.rstrip()), text))
    return spans
