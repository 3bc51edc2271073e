"""Witnesses: whoever a meeting or signing happens in the presence of meets its parties.

"Armenia and Azerbaijan signed the declaration in the presence of Trump", "im Beisein von Trump",
"w obecności prezydenta USA": the one present takes part in the meeting (ANNOTATION: meets, holds
talks with, visits or hosts) with each party of the sentence's meetings and signings, told the same
way (asserted, pledged, reported as they are). The lexicon's ``presence`` phrases open the witness;
the actor named right after one (after a determiner, an adjective, an office or the genitive
preposition) is the witness. The parties do not change: their own claims stand.
"""

from __future__ import annotations

from dataclasses import replace

from kg.cameo import cameo_table
from kg.engine.record import Group, SentenceRecord
from kg.engine.tables import Tables
from kg.records import Claim

#: Events a witness takes part in: meetings and signings, not their mediation.
WITNESSED = ("meetsWith", "signsAgreementWith")


def witness_claims(tb: Tables, rec: SentenceRecord, found: list[Claim]) -> list[Claim]:
    """A meetsWith claim from each witness the sentence names to each party of its meetings and
    signings (``found``: the sentence's claims so far)."""
    cues = rec.cues.get("presence", ())
    if not cues:
        return []
    events = [c for c in found if c.relation in WITNESSED and not c.negated and "presence" not in c.evidence]
    if not events:
        return []
    gaz = tb.gazetteer
    toks = rec.tokens
    # the mediators of the sentence's deal are no parties the witness meets ("the deal brokered by the US,
    # Qatar and the AU in the presence of the US Secretary of State")
    mediators = {gaz[a].code for f in rec.frames if f.failure is None and f.trigger.mediation
                 and f.subject is not None for a in f.subject.actors if a in gaz}
    out: list[Claim] = []
    for cm in cues:
        witness = _witness(tb, rec, cm.end)
        if witness is None:
            continue
        mine = {gaz[a].code for a in witness.actors}
        template = events[0]
        parties: list[str] = []
        for c in events:
            for ref in (c.subject, c.object):
                if ref.code not in mine and ref.code not in mediators and ref.id in gaz and ref.id not in parties:
                    parties.append(ref.id)
        trigger = rec.text[toks[cm.start].start:toks[cm.end - 1].end]
        told = {frozenset((c.subject.code, c.object.code)) for c in found if c.relation == "meetsWith"}
        for w in witness.actors:
            for p in parties:
                if gaz[w].code == gaz[p].code or gaz[w].type == "Place" \
                        or frozenset((gaz[w].code, gaz[p].code)) in told:
                    continue  # a meeting the sentence tells already (a trigger of the lexicon's own)
                out.append(replace(
                    template, relation="meetsWith", subject=gaz[w].ref(), object=gaz[p].ref(), trigger=trigger,
                    rule=f"{tb.lang}:meets.presence", cameo=cameo_table().defaults["meetsWith"],
                    confidence=max(0.1, template.confidence - 0.1), evidence=["presence"]))
    return out


def _witness(tb: Tables, rec: SentenceRecord, k: int) -> Group | None:
    """The group right after a presence phrase ending at ``k``: at most three words between, all of them
    lower-case words or the genitive preposition ("of the US president", "von US-Präsident Trump")."""
    toks = rec.tokens
    for g in rec.groups:
        if g.start < k:
            continue
        between = toks[k:g.start]
        if len(between) <= 3 and all(t.is_word and (t.text[:1].islower() or t.low in tb.markers["determiners"])
                                     for t in between):
            return g
        return None
    return None
