"""A phrase index: find multi-word entries (actor names, triggers, cues) in token lists.

Every word of a phrase is expanded to its inflected forms once (``kg.morph``);
matching is then a dictionary lookup per token. One engine serves actors,
relation triggers and modality cues in every language.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kg.morph import Form, word_forms
from kg.text import Token, fold, lower

#: Punctuation a gap may pass: slashes, hyphens, dashes and quotation marks inside a separable phrase.
_SKIPPABLE = frozenset("/-–\"„“”«»‚‘’'")
#: Quote marks, which a gapped pattern skips without counting them ('pay a "horrible" price'); a lone ASCII
#: apostrophe is a single quote too ("lodged 'solemn representations' with"), or a plural's possessive mark.
_QUOTES = frozenset("\"„“”«»‚‘’'")


def _digit_group(tokens: list[Token], t: int) -> bool:
    """A comma or full stop between digits is part of a number ("sent 2,000 soldiers to help"), not punctuation."""
    return tokens[t].text in ",." and 0 < t < len(tokens) - 1 and tokens[t - 1].text.isdigit() \
        and tokens[t + 1].text.isdigit()


@dataclass(frozen=True)
class Pattern:
    slots: tuple[dict[str, frozenset[str]], ...]  # per word: folded form -> features
    payload: Any
    exact_case: tuple[bool | str, ...]  # per word: all-caps alias only in capitals; mixed-case ("LeT") as written;
    # "^": a name's capitalized word only with an initial capital
    max_gap: int = 0  # tokens allowed between words ("opowiedziała się otwarcie po stronie")
    capitalized: bool = False  # "^Sojusz": only capitalized and not sentence-initial (NATO, not "sojusz")
    exact: tuple[frozenset[str] | None, ...] = ()  # per word: for "=literal" words, the exact lower-cased forms
    particle_last: bool = False  # the last word is a separable verb's particle ("griff … an"), not a preposition
    #: per word of a common word (not a name): its forms as written, diacritics kept; a token written with
    #: diacritics must be one of them ("straciła" is no form of "strącić"), one without any folds as before
    written: tuple[frozenset[str] | None, ...] = ()


#: Not ``frozen`` (a frozen ``__init__`` costs four times as much; matches are made per sentence by the
#: thousand): never changed once made, hashed and compared by value.
@dataclass(slots=True, unsafe_hash=True)
class Match:
    start: int  # token index
    end: int  # exclusive
    payload: Any
    features: tuple[frozenset[str], ...]  # features of each matched word's form
    tokens: tuple[int, ...]  # indices of the matched words (gaps excluded)


def _split_words(phrase: str) -> list[str]:
    from kg.text import tokenize

    return [t.text for t in tokenize(phrase)]


class PhraseIndex:
    """Patterns indexed by the forms of their first word; patterns of several adjacent words
    (no gap) also by the forms of their second word, so that a common first word ("the", "der",
    "w") costs one lookup of the next token instead of a try of every pattern it starts."""

    def __init__(self, skippable: frozenset[str] = frozenset(), articles: frozenset[str] = frozenset(),
                 joiners: frozenset[str] = frozenset(), variants: tuple[tuple[str, str], ...] = ()) -> None:
        #: tokens other than words a gap may also pass (the lexicon's possessive clitic: "held Russia's
        #: government responsible")
        self._skippable = _SKIPPABLE | skippable
        #: a verb-second language's articles: the last word of a gapped pattern (a separable verb's particle)
        #: is no particle when it is an article before a word ("trafen ein Kraftwerk") or stands before an
        #: article or a capitalized noun ("griff an der Grenze", "warf vor Jahren"); ``joiners`` ("und") may
        #: follow a particle
        self._articles = articles
        self._joiners = joiners
        #: spellings the language also writes (the lexicon's ``spelling_variants``: Swiss "ss" for "ß"): a literal
        #: word matches in either
        self._variants = variants
        self._n = 0  # patterns added: a pattern's number orders its matches at one position
        # entries (number, pattern, plain, one word); plain: its first word needs no check of case,
        # literal form or capitalization
        self._heads: dict[str, list[_Entry]] = {}  # one-word and gapped patterns by first word
        self._pairs0: dict[str, list[_Entry]] = {}  # adjacent multi-word patterns by first word
        self._pairs1: dict[str, list[_Entry]] = {}  # … and by second word
        self._starts: set[str] = set()  # every first word

    def add(self, phrase: str, lang: str, payload: Any, proper: bool = False, max_gap: int = 0,
            particle_last: bool = False) -> None:
        capitalized = phrase.startswith("^")
        phrase = phrase.lstrip("^")
        literal = phrase.startswith("=")
        words = _split_words(phrase[1:] if literal else phrase)
        if not words or not any(w[:1].isalnum() for w in words):
            return
        slots, exact, literal_forms, written = [], [], [], []
        for w in words:
            lit = w.replace("’", "'").lower()
            variant = lit
            for a, b in self._variants:
                variant = variant.replace(a, b)
            literal_forms.append(frozenset({lit, variant}) if literal else None)
            forms: tuple[Form, ...] = ((w, frozenset()),) if literal else word_forms(w, lang, proper)
            written.append(None if literal or proper else frozenset(lower(f) for f, _ in forms))
            slot: dict[str, frozenset[str]] = {}
            for f, feats in forms:
                f = fold(f)  # matching ignores case and diacritics: "Lawrow" finds "Ławrow"
                slot[f] = slot.get(f, frozenset()) | feats
            slots.append(slot)
            # a short mixed-case acronym ("LeT", "JeM", "AfD") only as written: "Let me" is no group
            mixed = w.isalpha() and 2 < len(w) <= 5 and any(c.isupper() for c in w[1:]) and any(c.islower() for c in w)
            if mixed:
                exact.append(w)
            elif w.isupper() and len(w) > 1 and w.isalpha():
                exact.append(True)
            else:  # a name's capitalized word needs a capital in the text: "gaz łzawiący" is not Gaza ("Gaz")
                exact.append("^" if proper and w[:1].isupper() else False)
        pat = Pattern(tuple(slots), payload, tuple(exact), max_gap, capitalized, tuple(literal_forms),
                      particle_last and len(slots) > 1 and bool(self._articles),
                      tuple(written) if any(x is not None for x in written) else ())
        plain = not pat.exact_case[0] and not (pat.exact and pat.exact[0] is not None) and not capitalized
        entry = (self._n, pat, plain, len(slots) == 1)
        self._n += 1
        self._starts.update(pat.slots[0])
        if len(slots) > 1 and max_gap == 0:
            for f in pat.slots[0]:
                self._pairs0.setdefault(f, []).append(entry)
            for f in pat.slots[1]:
                self._pairs1.setdefault(f, []).append(entry)
        else:
            for f in pat.slots[0]:
                self._heads.setdefault(f, []).append(entry)

    def __len__(self) -> int:
        return sum(len(v) for v in self._heads.values()) + sum(len(v) for v in self._pairs0.values())

    def _try(self, pat: Pattern, tokens: list[Token], i: int) -> Match | None:
        if len(pat.slots) == 1:  # most patterns are one word: matched already
            return Match(i, i + 1, pat.payload, (pat.slots[0][tokens[i].norm],), (i,))
        if not _as_written(pat, 0, tokens[i]):
            return None
        idx, feats = [i], [pat.slots[0][tokens[i].norm]]
        j = i + 1
        for k in range(1, len(pat.slots)):
            found = None
            t, g = j - 1, 0
            while g <= pat.max_gap:  # quotes are free: 'pay a "horrible" price' is two words apart
                t += 1
                if t >= len(tokens):
                    break
                if not (pat.max_gap and tokens[t].text in _QUOTES):
                    g += 1
                if tokens[t].norm in pat.slots[k] and _case_ok(pat.exact_case[k], tokens[t]) and (
                        not pat.exact or pat.exact[k] is None or tokens[t].low in pat.exact[k]) and _as_written(
                        pat, k, tokens[t]) and not (
                        k == len(pat.slots) - 1 and pat.particle_last and self._no_particle(tokens, t)):
                    found = t
                    break
                if not tokens[t].is_word and tokens[t].text not in self._skippable and not _digit_group(tokens, t) \
                        and not (pat.particle_last and self._list_comma(tokens, t)):
                    break  # never skip over punctuation (but hyphens and quotes: 'warf … „Kriegspläne“ vor')
            if found is None:
                return None
            idx.append(found)
            feats.append(pat.slots[k][tokens[found].norm])
            j = found + 1
        return Match(i, j, pat.payload, tuple(feats), tuple(idx))

    def _list_comma(self, tokens: list[Token], t: int) -> bool:
        """Whether the comma at ``t`` parts the items of a list of nouns inside a separable verb's bracket ("griff
        Depots, Flughäfen und Häfen in Syrien an"): the word before it and every item after it end in a capitalized
        word (a German noun), items of at most five words with nothing but hyphens between, and a joining word
        ("und", "oder") closes the list. A relative clause ("Ziele, die der Miliz gehören, an") ends in its verb."""
        joiners = self._joiners - {","}
        if not joiners or t == 0 or not tokens[t].text == "," or not tokens[t - 1].text[:1].isupper():
            return False
        k = t + 1
        while True:
            j = k
            while j < len(tokens) and j - k <= 5 and (tokens[j].is_word or tokens[j].text in "-–") \
                    and tokens[j].low not in joiners:
                j += 1
            if j == k or j >= len(tokens) or j - k > 5 or not tokens[j - 1].text[:1].isupper():
                return False
            if tokens[j].low in joiners:
                return True
            if tokens[j].text != ",":
                return False
            k = j + 1

    def _no_particle(self, tokens: list[Token], t: int) -> bool:
        """Whether a gapped pattern's last word at ``t`` is a preposition or an article rather than the
        particle that closes a separable verb: "Raketen trafen ein Kraftwerk", "griff an der Grenze …"."""
        if not self._articles or t + 1 >= len(tokens) or not tokens[t + 1].is_word:
            return False
        nxt = tokens[t + 1]
        if tokens[t].low in self._articles:
            return nxt.low not in self._joiners
        return nxt.low in self._articles or nxt.text[:1].isupper()

    def find_all(self, tokens: list[Token], at: int | None = None) -> list[Match]:
        """Every match at every position (overlaps included); with ``at``, the matches that start there."""
        out: list[Match] = []
        starts, heads_by, pairs0, pairs1 = self._starts, self._heads, self._pairs0, self._pairs1
        last = len(tokens) - 1
        if at is None:
            hits = [i for i, tok in enumerate(tokens) if tok.norm in starts]
        else:
            hits = [at] if at <= last and tokens[at].norm in starts else []
        present: set[str] | None = None  # the sentence's words, when a separable phrase asks
        for i in hits:
            tok = tokens[i]
            norm = tok.norm
            # the patterns that may match at i, in the order they were added
            cands = heads_by.get(norm)
            by_first = pairs0.get(norm)
            if by_first is not None and i < last:
                nxt = tokens[i + 1].norm
                by_second = pairs1.get(nxt)
                if by_second is not None:
                    if len(by_first) <= len(by_second):
                        pairs = [e for e in by_first if nxt in e[1].slots[1]]
                    else:
                        pairs = [e for e in by_second if norm in e[1].slots[0]]
                    if pairs:
                        cands = sorted(cands + pairs, key=_seq) if cands else pairs
            if not cands:
                continue
            for _, pat, plain, single in cands:
                if not plain:
                    if pat.exact_case[0] and not _case_ok(pat.exact_case[0], tok):
                        continue
                    if pat.exact and pat.exact[0] is not None and tok.low not in pat.exact[0]:
                        continue  # "=würde" is not "wurde": literal words keep their diacritics
                    if pat.capitalized and (i == 0 or not tok.text[:1].isupper()
                                            or tokens[i - 1].text in ".!?:;\"„”«»–—-"):
                        continue
                if single:  # most patterns are one word: matched already
                    if pat.written and tok.low != norm and not _as_written(pat, 0, tok):
                        continue
                    out.append(Match(i, i + 1, pat.payload, (pat.slots[0][norm],), (i,)))
                    continue
                if pat.max_gap:  # a separable phrase whose next word is nowhere in the sentence fails
                    if present is None:  # (most do: "mit", "sich", "w" open dozens)
                        present = {t.norm for t in tokens}
                    if pat.slots[1].keys().isdisjoint(present):
                        continue
                m = self._try(pat, tokens, i)
                if m is not None:
                    out.append(m)
        return out

    def find_longest(self, tokens: list[Token]) -> list[Match]:
        """Non-overlapping matches, longest first, then leftmost."""
        cands = sorted(self.find_all(tokens), key=lambda m: (-(m.end - m.start), m.start))
        taken = [False] * len(tokens)
        out = []
        for m in cands:
            if any(taken[m.start:m.end]):
                continue
            for k in range(m.start, m.end):
                taken[k] = True
            out.append(m)
        return sorted(out, key=lambda m: m.start)


#: An index entry: the pattern's number (the order of matches at one position), the pattern, whether its
#: first word needs no check beyond its form, whether it is one word.
_Entry = tuple[int, Pattern, bool, bool]


def _seq(entry: _Entry) -> int:
    return entry[0]


def _as_written(pat: Pattern, k: int, tok: Token) -> bool:
    """Whether a token fits word ``k`` of a common-word pattern as written: a token with no diacritics folds
    to any form ("stracila" may be "strąciła"), one with diacritics must be a form as the word is written."""
    if not pat.written or pat.written[k] is None or tok.low == tok.norm:
        return True
    return tok.low in pat.written[k]


def _case_ok(exact_case: bool | str, tok) -> bool:
    """Whether a token's case fits an alias: all-caps aliases need capitals, mixed-case ones ("LeT") their own
    case, a name's capitalized word ("^") an initial capital."""
    if not exact_case:
        return True
    if exact_case == "^":
        return tok.text[:1].isupper()
    if isinstance(exact_case, str):
        return tok.text == exact_case
    return tok.is_upper
