"""Mediators named by their role, and whom they mediate between when the sentence does not say.

"Egypt, a key mediator in the Gaza war, …", "Mediators, including Egypt and Qatar, …", "Katar, ein
wichtiger Vermittler, …", "Mediatorzy, w tym Katar, …": the actor set beside the mediation noun is
its subject. A mediator meets each party (ANNOTATION rule 7); when its sentence names no parties, they
are the parties of the article's last talks or deal, else the two sides of the last attack told (in
this sentence, else before): mediation is between those at war.
"""

from __future__ import annotations

from kg.engine.record import FrameResult, Group, SentenceRecord
from kg.engine.syntax import prep
from kg.engine.tables import Tables


def apposed_mediator(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """The actor a mediation noun stands in apposition to ("Egypt, a key mediator", "Katar, ein
    wichtiger Vermittler"), or the list its "including" phrase names ("Mediators, including Egypt and
    Qatar")."""
    toks, morphs = rec.tokens, rec.morphs
    k = f.match.start
    while k > 0 and morphs and morphs[k - 1].is_("DET", "ADJ", "ADV", "NOUN") and toks[k - 1].is_word \
            and toks[k - 1].text[:1].islower() and not morphs[k - 1].is_("VERB", "AUX") and f.match.start - k < 3:
        k -= 1  # "a key", "ein wichtiger", "kluczowy"
    if k >= 2 and toks[k - 1].text == ",":
        head = next((g for g in rec.groups if g.end == k - 1), None)
        if head is not None and prep(tb, rec, head.start, f.clause[0]) is None:
            return head
    j = f.match.end + (1 if f.match.end < len(toks) and toks[f.match.end].text == "," else 0)
    cue = next((cm for cm in rec.cues.get("including", ()) if cm.start == j), None)
    if cue is not None:
        return next((g for g in rec.groups if g.start == cue.end), None)
    return None


def sides(tb: Tables, rec: SentenceRecord, mediators: set[str]) -> list[str]:
    """Whom a mediator the sentence gives no parties mediates between: the parties of the article's last
    talks or deal, else the two sides of an attack this sentence tells, else of the last one told."""
    gaz = tb.gazetteer
    talks = [a for a in rec.talks_before if a in gaz and gaz[a].code not in mediators]
    if len({gaz[a].code for a in talks}) >= 2:
        return talks
    for f in rec.frames:
        if f.relation == "attacks" and f.subject is not None and f.object is not None:
            found = [a for g in (f.subject, f.object) for a in g.actors
                     if gaz[a].type != "Place" and gaz[a].code not in mediators]
            if len({gaz[a].code for a in found}) == 2:
                return found
    war = [a for a in rec.conflict_before if a in gaz and gaz[a].code not in mediators]
    return war if len({gaz[a].code for a in war}) == 2 else []
