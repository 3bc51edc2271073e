"""Roles a trigger noun takes from the words right around it: a gerund's genitive that is its patient
("ostrzelanie Charkowa"), an actor adjective after the noun ("sankcje unijne"), and a warning noun inside a quote
that opens the sentence (its speaker, named at the verb of saying). Split from ``roles_noun.py``, which asks them."""

from __future__ import annotations

from kg.engine.record import FrameResult, Group, SentenceRecord
from kg.engine.syntax import prep
from kg.engine.tables import Tables


def patient_genitive(tb: Tables, rec: SentenceRecord, f: FrameResult, g: Group) -> bool:
    """Whether the genitive ``g`` after a trigger that is only a verb's gerund (no noun of its own: "ostrzelanie",
    "zbombardowanie", "zaatakowanie"; not "atak", "uderzenie") is its object, as the verb's accusative becomes
    the gerund's genitive: unless a marked object follows it ("wkroczenie wojsk na Ukrainę": the genitive moves)."""
    if not rec.morphs:
        return False
    m = rec.morphs[f.match.end - 1]
    if "ger" not in m.feats or "subst" in m.feats or len(f.match.tokens) > 1:
        return False
    if not tb.cases and not (g.start > f.match.end and rec.tokens[f.match.end].low in tb.markers["genitive_marker"]):
        return False  # "the killing of a Hamas commander": without cases, only the genitive's preposition marks it
    marked = tb.object_markers[f.index] - {""}
    return not any(g.end <= h.start < f.clause[1] and prep(tb, rec, h.start, g.end) in marked for h in rec.groups)


def postposed_adjective(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """An actor adjective right after a trigger noun, in the noun's case ("sankcje unijne", "atak rosyjski na
    Kijów", "pomoc amerykańska dla Ukrainy"): in a language with cases a relational adjective may follow its
    noun, and says whose act it is as it does before it."""
    if not tb.cases or not rec.morphs or not f.is_noun:
        return None
    tm = f.match
    g = next((g for g in rec.groups if g.start == tm.end and g.end <= f.clause[1]), None)
    if g is None or any(m.kind != "adjectives" for m in g.mentions):
        return None
    last = rec.morphs[tm.end - 1]
    if not last.is_("NOUN") or last.is_("ADP"):
        return None  # "ataki na amerykańskie statki": a trigger ending in its preposition governs what follows
    if g.end < len(rec.tokens) and rec.morphs[g.end].only("NOUN"):
        return None  # "zamrożenie rosyjskich rezerw": the adjective goes with the noun after it
    adj = rec.morphs[g.start]
    numbers = {"sg", "pl"}
    if last.feats & numbers and adj.feats & numbers and not last.feats & adj.feats & numbers:
        return None  # no agreement in number
    return g if last.cases & adj.cases else None


def quoted_warning(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """Who warns or threatens with a noun inside a quote that opens the sentence, its verb of saying after it
    ('"This is a warning to Israel," Iran's army chief said', '„To ostrzeżenie dla Rosji" – powiedział …'):
    the quote's speaker, named at its verb of saying."""
    from kg.engine.said_after import quoted_speaker, speech_after
    from kg.engine.speaker import narration_start

    start = narration_start(rec)
    if not start or f.match.end > start:
        return None
    sp = speech_after(tb, rec, f.match.end)
    return quoted_speaker(tb, rec, sp) if sp is not None and sp.start >= start else None
