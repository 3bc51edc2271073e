"""Witnesses: whoever a meeting or signing happens in the presence of meets its parties.

"Armenia and Azerbaijan signed the declaration in the presence of Trump", "im Beisein von Trump",
"w obecności prezydenta USA": the one present takes part in the meeting (ANNOTATION: meets, holds
talks with, visits or hosts) with each party of the sentence's meetings and signings, told the same
way (asserted, pledged, reported as they are). The lexicon's ``presence`` phrases open the witness;
the actor named right after one (after a determiner, an adjective, an office or the genitive
preposition) is the witness. The parties do not change: their own claims stand. An absolute "with" closed
by an ``attendance`` phrase ("signed the accord, with Blinken in attendance") names witnesses the same way, and
its actors are no partners of the verb (``absolute_spans``).
"""

from __future__ import annotations

from dataclasses import replace

from kg.cameo import cameo_table
from kg.engine.record import Group, SentenceRecord
from kg.engine.syntax import finite
from kg.engine.tables import Tables
from kg.records import Claim

#: Events a witness takes part in: meetings and signings, not their mediation.
WITNESSED = ("meetsWith", "signsAgreementWith")


def witness_claims(tb: Tables, rec: SentenceRecord, found: list[Claim]) -> list[Claim]:
    """A meetsWith claim from each witness the sentence names to each party of its meetings and
    signings (``found``: the sentence's claims so far)."""
    cues = rec.cues.get("presence", ())
    if not cues and not rec.cues.get("attendance"):
        return []
    events = [c for c in found if c.relation in WITNESSED and not c.negated and "presence" not in c.evidence]
    if not events:
        return []
    gaz = tb.gazetteer
    # the mediators of the sentence's deal are no parties the witness meets ("the deal brokered by the US,
    # Qatar and the AU in the presence of the US Secretary of State")
    mediators = {gaz[a].code for f in rec.frames if f.failure is None and f.trigger.mediation
                 and f.subject is not None for a in f.subject.actors if a in gaz}
    out: list[Claim] = []
    spans = absolute_spans(tb, rec)
    found_witnesses = [(cm.end, _witness(tb, rec, cm.end)) for cm in cues]
    for w, e in spans:  # the mentions inside, whatever group they were folded into ("Lima, with the …")
        inside = [m for m in rec.mentions if w < m.start and m.end <= e]
        found_witnesses.append((w, Group(inside) if inside else None))
    sides = {ref.code for c in events for ref in (c.subject, c.object)}
    for at, witness in found_witnesses:
        if witness is None:
            continue
        actors = witness.actors if any(cm.end == at for cm in cues) else tuple(
            a for a in witness.actors if a in gaz and gaz[a].code not in sides)  # "both nations' ministers": sides
        mine = {gaz[a].code for a in actors}
        template = events[0]
        parties: list[str] = []
        for c in events:
            for ref in (c.subject, c.object):
                if ref.code not in mine and ref.code not in mediators and ref.id in gaz and ref.id not in parties:
                    parties.append(ref.id)
        trigger = _trigger_text(rec, at, spans, cues)
        if _co_signing(rec, at):
            # "Porozumienie podpisano również z udziałem Rosji i Chin": those taking part in the signing sign it
            relation, rule, parties = "signsAgreementWith", f"{tb.lang}:signs.participation", [
                ref.id for c in events if c.relation == "signsAgreementWith" for ref in (c.subject, c.object)
                if ref.id in gaz and ref.code not in mine]
        else:
            relation, rule = "meetsWith", f"{tb.lang}:meets.presence"
        told = {frozenset((c.subject.code, c.object.code)) for c in found if c.relation == "meetsWith"}
        for w in actors:
            for p in parties:
                if gaz[w].code == gaz[p].code or gaz[w].type == "Place" \
                        or frozenset((gaz[w].code, gaz[p].code)) in told:
                    continue  # a meeting the sentence tells already (a trigger of the lexicon's own)
                out.append(replace(
                    template, relation=relation, subject=gaz[w].ref(), object=gaz[p].ref(), trigger=trigger,
                    rule=rule, cameo=cameo_table().defaults[relation],
                    confidence=max(0.1, template.confidence - 0.1), evidence=["presence"]))
    return out


def _co_signing(rec: SentenceRecord, at: int) -> bool:
    """Whether the presence phrase ending at ``at`` is one of taking part (``participation``) that follows a verb
    of signing in its clause whose parties the sentence does not name (a deal told before): "Porozumienie podpisano
    również z udziałem Chin" makes co-signatories, where "Kongo i Rwanda podpisały porozumienie z udziałem
    prezydenta USA" (its parties named) and "wynegocjowane przy udziale Omanu podpisały …" (before the signing)
    name a witness."""
    if not any(cm.end == at for cm in rec.cues.get("participation", ())):
        return False
    return any(f.relation == "signsAgreementWith" and f.failure is None and not f.is_noun and f.pairs
               and f.clause[0] <= at < f.clause[1] and f.match.end < at
               and (f.subject is None or f.subject.resolved) for f in rec.frames)


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


def absolute_spans(tb: Tables, rec: SentenceRecord) -> list[tuple[int, int]]:
    """Absolute "with" phrases of being present: (the "with", the end of the ``attendance`` phrase) for "with
    Blinken and both ministers in attendance", "with the presidents looking on". The "with" stands at most
    sixteen words before the phrase, with no comma, clause break or finite verb between."""
    out = []
    toks = rec.tokens
    for cm in rec.cues.get("attendance", ()):
        for k in range(cm.start - 1, max(-1, cm.start - 17), -1):
            if toks[k].text == "," or k in rec.breaks or rec.morphs and finite(rec.morphs[k]):
                break
            if toks[k].low in tb.markers["comitative"] and k + 1 < cm.start:
                out.append((k, cm.end))
                break
    return out


def _trigger_text(rec: SentenceRecord, at: int, spans: list[tuple[int, int]], cues) -> str:
    """The words that name the witness: the presence phrase ending at ``at``, or the absolute "with" at ``at``."""
    toks = rec.tokens
    for cm in cues:
        if cm.end == at:
            return rec.text[toks[cm.start].start:toks[cm.end - 1].end]
    end = next(e for w, e in spans if w == at)
    return rec.text[toks[at].start:toks[end - 1].end]
