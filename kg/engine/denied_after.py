"""A denial closing the sentence after the act it denies: ", an allegation Kampala denies", ", which Kigali
denies", ", was Kampala bestreitet", ", czemu Kampala zaprzecza". The denial has nothing of its own after it,
so it takes up what the sentence told before it; when the one who denies is the act's doer (named, or a pronoun
that stands for it), the act is denied by the accused (ANNOTATION rule 10), not asserted.
"""

from __future__ import annotations

from kg.engine.prospects import span
from kg.engine.record import FrameResult, SentenceRecord
from kg.engine.tables import Tables
from kg.records import SYMMETRIC


def denied_after(tb: Tables, rec: SentenceRecord, f: FrameResult) -> str | None:
    """The words of a denial after the frame's act, past a comma, that closes the sentence (only adverbs after
    it) and whose subject is the act's doer; None when there is none."""
    if f.subject is None or not rec.morphs or f.relation == "accuses" or f.relation in SYMMETRIC:
        return None  # (a charge denied was still made: "accuse X of …, an allegation they deny"; a meeting where
        # it was made is no allegation)
    toks = rec.tokens
    doers = {tb.top(a) for a in f.subject.actors}
    for cm in rec.cues.get("denial", ()):
        commas = [k for k in range(f.match.end, cm.start) if toks[k].text == ","]
        if not commas:
            continue
        if any(t.is_word and not rec.morphs[k].only("ADV") for k, t in enumerate(toks[cm.end:], cm.end)):
            continue  # "…, but Kampala denies sending troops": the denial's own object
        denier = next((g for g in reversed(rec.groups) if commas[-1] < g.start and g.end <= cm.start), None)
        if (denier is None or any(
                t.low in tb.markers["subject_pronouns"] for t in toks[commas[-1] + 1:cm.start])):
            # "…, an accusation it denies", "…, czemu zaprzecza": a pronoun, or none, stands for the one the
            # charge is made against, the act's doer
            return span(rec, cm.start, cm.end)
        if denier is not None and doers & {tb.top(a) for a in denier.actors}:
            return span(rec, cm.start, cm.end)
    return None
