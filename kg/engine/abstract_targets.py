"""Abstract targets: an attack verb whose object is an actor's plan, words or standing ("Hungary torpedoed the
EU's plan", "the campaign targeted Moldova's elections", "Beijing attacked Washington's policy") strikes no
one: the object's owner only says whose the thing is. The lexicon's ``abstract_target`` words are such
things; a possessor before one (up to two words between: "the EU's new aid plan") is no target."""

from __future__ import annotations

from kg.engine.record import SentenceRecord
from kg.engine.tables import Tables

#: Words a possessor and the abstract noun it owns may have between them ("the EU's new aid plan").
_REACH = 2


def abstract_targets(tb: Tables, rec: SentenceRecord) -> None:
    """Fail the attack verbs whose object is only the owner of an abstract thing."""
    heads = {cm.start for cm in rec.cues.get("abstract_target", ())}
    if not heads:
        return
    clitics = tb.markers["possessive_clitic"]
    toks = rec.tokens
    for f in rec.frames:
        if f.failure is not None or f.relation != "attacks" or f.is_noun or f.object is None \
                or f.object.start < f.match.end:
            continue
        last = f.object.mentions[-1]
        if not last.possessive:
            continue
        k = last.end
        while k < len(toks) and toks[k].low in clitics:
            k += 1
        head = next((j for j in range(k, min(len(toks), k + _REACH + 1)) if j in heads), None)
        if head is not None and all(toks[j].is_word for j in range(k, head)):
            f.fail("abstract-target")
