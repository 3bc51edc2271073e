"""Sayers: who says a sentence told with a verb of saying or reporting.

An attribution cue names its source after it ("according to Reuters": :mod:`kg.engine.attribution`); a verb
of saying or reporting names it as its subject, before the verb ("…, Reuters reported", "the Pentagon said
that …") or after it ("…, said the Pentagon", "…, podała agencja Reutera", "„…“, sagte Scholz"). The clause
of saying either closes the sentence, after a comma, dash or quote (what comes before it is the sayer's
word), or opens it ("Reuters reported that …", "PAP podała, że …": what follows the verb is). The sayer is
a news agency the data knows, else the actor or person named right there; a sayer that names neither
("officials said") gives nothing. The claims keep the sayer as ``attributed_to``; an attribution cue in the
sentence is narrower and wins where both speak.
"""

from __future__ import annotations

from kg.engine.dates import date_tokens
from kg.engine.record import Group, SentenceRecord
from kg.engine.tables import Tables

#: Words that close a clause of saying before it: the sentence before them is what was said.
_OPENERS = frozenset(',–—-"”“»«„:')
#: Relations acted in words (and calls): a verb of saying that is also their trigger still says what follows it.
_VERBAL = frozenset({"accuses", "praises", "threatens", "supports", "meetsWith"})
#: How many words may follow the sayer in a closing clause of saying ("…, the ministry said in a statement").
_TAIL = 8


def sayer_attributions(tb: Tables, rec: SentenceRecord) -> list[tuple[int, int, str]]:
    """(first token, end token, sayer) for every clause of saying that closes or opens the sentence."""
    toks = rec.tokens
    n = len(toks)
    out: list[tuple[int, int, str]] = []
    verbs = [*rec.cues.get("speech", ()), *rec.cues.get("reporting", ())]
    for sp in sorted(verbs, key=lambda cm: cm.start):
        before = _sayer_before(tb, rec, sp.start)
        after = None if before is not None else _sayer_after(tb, rec, sp.end)
        sayer = before or after
        if sayer is None:
            continue
        who, (lo, hi) = sayer
        if before is not None:  # the clause of saying starts at the sayer's article ("the Pentagon said")
            while lo > 0 and toks[lo - 1].low in tb.markers["determiners"]:
                lo -= 1
        start, end = (lo, sp.end) if before is not None else (sp.start, hi)
        if _closes(tb, rec, start, end):
            out.append((0, start, who))
        elif before is not None and _opens(tb, rec, start) and _says_clause(tb, rec, sp):
            out.append((sp.end, n, who))  # (not "Polska przekazała Ukrainie czołgi": a verb of giving there; a
            # verb of another relation says only what its clause opens: "przekazała, że …")
    return out


def _says_clause(tb: Tables, rec: SentenceRecord, sp) -> bool:
    """Whether an opening verb of saying says what follows it: always, unless its words are also a trigger of a
    material act ("przekazała" gives as well as tells), which says only a clause it opens with a punctuation
    mark or a complementizer within a few words ("Polska przekazała, że …", "zapewnił szefa MSZ, iż …")."""
    toks = rec.tokens
    if not any(m.start < sp.end and sp.start < m.end and tb.triggers[m.payload].relation not in _VERBAL
               for m in rec.triggers):
        return True  # (a verb of judging, praising or warning says what it judges: "called X a friend")
    return sp.end < len(toks) and not toks[sp.end].is_word or any(
        t.low in tb.markers["complementizer"] for t in toks[sp.end:sp.end + 8])  # "zapewnił szefa MSZ, iż …"


def _sayer_before(tb: Tables, rec: SentenceRecord, k: int) -> tuple[str, tuple[int, int]] | None:
    """The news agency or actor right before the verb at ``k`` (one adverb may stand between: "also said")."""
    j = k
    if j > 0 and rec.morphs and rec.morphs[j - 1].only("ADV"):
        j -= 1
    named = _named_at(tb, rec, lambda start, end: end == j)
    if named is not None or not rec.morphs:
        return named
    # "South Korea's intelligence service said", "the Ukrainian air force said": a noun of a body the data has no
    # word for, owned or described by an actor
    i = j
    while i > 0 and j - i < 3 and rec.morphs[i - 1].is_("NOUN", "ADJ") and rec.tokens[i - 1].text[:1].islower():
        i -= 1
    if i == j:
        return None
    if i > 0 and rec.tokens[i - 1].low in tb.markers["possessive_clitic"]:
        i -= 1  # "South Korea 's"
    g = next((g for g in rec.groups if g.end == i and len(g.mentions) == 1 and len(g.mentions[0].actors) == 1
              and not g.mentions[0].resolved
              and (g.mentions[0].possessive or g.mentions[0].kind == "adjectives")), None)
    return (tb.gazetteer[g.mentions[0].actors[0]].label("en"), (g.start, j)) if g is not None else None


def _sayer_after(tb: Tables, rec: SentenceRecord, k: int) -> tuple[str, tuple[int, int]] | None:
    """The news agency or actor right after the verb ending at ``k``, past articles and one noun of its kind
    ("said the Pentagon", "podała agencja Reutera", "berichtete die Nachrichtenagentur dpa")."""
    toks = rec.tokens
    j = k
    while j < len(toks) and (toks[j].low in tb.markers["determiners"] or rec.morphs and rec.morphs[j].only("NOUN")
                             and toks[j].text[:1].islower()) and j < k + 2:
        j += 1
    return _named_at(tb, rec, lambda start, end: k <= start <= j)


def _named_at(tb: Tables, rec: SentenceRecord, at) -> tuple[str, tuple[int, int]] | None:
    """A news agency, else a named group, whose span ``at(start, end)`` accepts: its label and its span."""
    for s in rec.sources:
        if at(s.start, s.end):
            return tb.gazetteer.sources[s.payload].label(), (s.start, s.end)
    g = next((g for g in rec.groups if at(g.start, g.end) and _single(tb, g)), None)
    if g is not None:
        return tb.gazetteer[g.mentions[0].actors[0]].label("en"), (g.start, g.end)
    return None


def _single(tb: Tables, g: Group) -> bool:
    """One sayer, named (not a pronoun or description): "he said" tells no one the data knows here."""
    m = g.mentions[0]
    return len(g.mentions) == 1 and len(m.actors) == 1 and not m.resolved and m.kind != "adjectives"


def _closes(tb: Tables, rec: SentenceRecord, lo: int, hi: int) -> bool:
    """Whether the clause of saying at ``lo:hi`` closes the sentence: a comma, dash or quote before it, and
    after it only a few words with no verb of their own ("on Monday", "in a statement")."""
    toks = rec.tokens
    if lo < 2 or toks[lo - 1].text not in _OPENERS or not any(t.is_word for t in toks[:lo - 1]):
        return False
    tail = [j for j in range(hi, len(toks)) if toks[j].is_word]
    if len(tail) > _TAIL or rec.trigger_tokens & set(tail):
        return False
    return not any(rec.morphs and rec.morphs[j].only("VERB") for j in tail)


def _opens(tb: Tables, rec: SentenceRecord, lo: int) -> bool:
    """Whether a sayer starting at ``lo`` opens the sentence: only a date, punctuation or one article before it
    ("On Monday, the Pentagon said …", "The Kremlin said …")."""
    dated = date_tokens(tb, rec)
    toks = rec.tokens
    return all(j in dated or not toks[j].is_word or toks[j].low in tb.markers["determiners"] for j in range(lo))
