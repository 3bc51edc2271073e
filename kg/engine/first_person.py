"""Who 'we' and 'our' ('my', 'nasz', 'wir') are: whoever says the sentence's quote, named after it ('"We will
respond," the ministry said'), by the owner of the sayer's title or by the body of the sayer's office ('said a
spokesman for the navy'); else the subject of a verb of saying before it; else the discourse topic. Split from
``coreference.py``, which resolves the first person with it."""

from __future__ import annotations

from kg.engine.record import Discourse, Mention, SentenceRecord
from kg.engine.speaker import names_no_one
from kg.engine.tables import Tables
from kg.phrases import Match


def first_person_speaker(tb: Tables, rec: SentenceRecord, disc: Discourse, cm: Match) -> tuple[tuple[str, ...], str]:
    """'we', 'nasz': whoever says the sentence's quote ('"We will respond," the ministry said'), else
    the subject of a verb of saying before it, else the topic."""
    from kg.engine.said_after import speech_after

    later = speech_after(tb, rec, cm.end)
    if later is not None:
        toks = rec.tokens
        clitic = tb.markers["possessive_clitic"]
        m = next((m for m in rec.mentions if later.end <= m.start <= later.end + 3 and not m.resolved
                  and all(t.is_word for t in toks[later.end:m.start])), None) or next(
            (m for m in reversed(rec.mentions) if m.end <= later.start and later.start - m.end <= 1), None) or next(
            # '"We warn …," Iran's foreign minister said': the owner of the sayer's title
            (m for m in reversed(rec.mentions) if cm.end < m.start and m.end < later.start <= m.end + 4
             and toks[m.end].low in clitic
             and all(t.is_word and t.text[:1].islower() for t in toks[m.end + 1:later.start])), None)
        if m is None:  # '"…," said a spokesman for the Ukrainian navy': the body of the sayer's office
            m = office_of_after(tb, rec, later.end)
        if m is not None:
            return m.actors, "the speaker of the quote"
        if disc.speaker is not None and names_no_one(tb, rec, later):
            # "– Nasz kraj … – zapewnił.": the narration's last subject
            return tuple(disc.speaker), "the subject of the narration before the quote"
    if later is None and disc.quote_ahead:  # '"… to nasi sojusznicy. …" – podkreślił minister': where it closes
        return tuple(disc.quote_ahead), "the speaker named where the quote closes"
    named = [m for m in rec.mentions if m.end <= cm.start and not m.resolved and m.kind != "adjectives"]
    said = [sp for sp in rec.cues.get("speech", ()) if sp.end <= cm.start]
    if said and named and named[0].end <= said[-1].start:
        return named[0].actors, "the subject of the verb of saying"
    return tuple(disc.subject), "the topic (the discourse subject)"


def office_of_after(tb: Tables, rec: SentenceRecord, k: int) -> Mention | None:
    """The actor of an office named right after token ``k`` ("said a spokesman for the Georgian government", "said
    the foreign minister of Chile"): an article, the office, one preposition, an article, then the actor."""
    toks = rec.tokens
    j = k + (k < len(toks) and toks[k].low in tb.markers["determiners"])
    office = next((c for c in rec.cues.get("role", ()) if c.start == j), None)
    if office is None:
        return None
    j = office.end
    if j >= len(toks) or toks[j].low not in tb.markers["prepositions"]:
        return None
    j += 1
    j += j < len(toks) and toks[j].low in tb.markers["determiners"]
    return next((m for m in rec.mentions if m.start == j and not m.resolved and not m.possessive), None)
