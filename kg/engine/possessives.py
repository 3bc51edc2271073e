"""Whose 'its', 'their', 'jego', 'ihr' is: the sentence's first subject named before it, else the topic; not the
doer of a hostile act it follows ("Israel and the US attacked its sites"), not its own clause's subject where the
language has a reflexive possessive ("w związku z jej agresją"); the one a demand addresses ("called on Rwanda to end
its support"); the one a measure falls on ("sanctions against Russia for escalating its war").

Split from ``kg.engine.coreference``, which asks it for a possessive pronoun's owner.
"""

from __future__ import annotations

from kg.engine.helped_war import HELP
from kg.engine.record import Discourse, Mention, SentenceRecord
from kg.engine.syntax import clause_span, prep
from kg.engine.tables import Tables


def addressee(rec: SentenceRecord, k: int) -> tuple[tuple[str, ...], str]:
    """'its' before an act after a demand ("called on Rwanda to end its support"): the one addressed, the
    last actor between the demand and the pronoun."""
    demand = [cm for cm in rec.cues.get("demand", ()) if cm.end <= k]
    if not demand:
        return (), ""
    d = demand[-1]
    named = [m for m in rec.mentions if d.end <= m.start and m.end <= k and not m.resolved and m.kind != "adjectives"]
    return (named[-1].actors, "the one the demand addresses") if named else ((), "")


def helped_one(tb: Tables, rec: SentenceRecord, k: int) -> tuple[tuple[str, ...], str]:
    """'its' before a war noun after an act of material help ("accused Iran of sending drones to Russia for its war
    on Ukraine"): the war of the one helped, the last actor named between the help word and the pronoun, a few
    words before it with no comma between."""
    toks = rec.tokens
    if in_time_span(tb, rec, k):
        return (), ""  # "aided the rebels in Chad since the start of its war": the war of the clause's subject
    war = next((tm for tm in rec.triggers if tm.start > k and all(t.is_word for t in toks[k:tm.start])
                and tm.start - k <= 3), None)
    if war is None or tb.triggers[war.payload].relation != "attacks":
        return (), ""
    helps = [tm for tm in rec.triggers if tm.end <= k and tb.triggers[tm.payload].relation in HELP
             and not (rec.morphs and rec.morphs[tm.start].is_("AUX"))]  # not "has been forced to turn to …"
    if not helps:
        return (), ""
    named = [m for m in rec.mentions if helps[-1].end <= m.start and m.end <= k and not m.resolved
             and m.kind != "adjectives"]
    if not named or k - named[-1].end > 6 or not all(t.is_word for t in toks[named[-1].end:k]):
        return (), ""
    return named[-1].actors, "the one the help before it goes to"


def punished_one(tb: Tables, rec: SentenceRecord, k: int) -> tuple[tuple[str, ...], str]:
    """'its' in a gerund phrase of a measure's reason right after the one it falls on ("sanctions against Russia
    for escalating its aggression", "criticised Minsk over hosting its drills"): the one punished, named right
    before 'for' / 'over', does the act, not the sentence's subject."""
    toks = rec.tokens
    for cm in rec.cues.get("punished_for", ()):
        if not (cm.end < k <= cm.end + 2) or not all(t.is_word for t in toks[cm.end:k]) \
                or not (toks[cm.end].low.endswith("ing") or rec.morphs and "ger" in rec.morphs[cm.end].feats):
            continue
        before = cm.start - 1 if cm.start > 0 and toks[cm.start - 1].text == "," else cm.start
        named = next((m for m in rec.mentions if m.end in (cm.start, before) and not m.resolved
                      and m.kind in ("names", "metonyms")), None)
        if named is not None:
            return named.actors, "the one the measure falls on"
    return (), ""


def _not_the_subjects(tb: Tables, rec: SentenceRecord, k: int) -> tuple[str, ...]:
    """In a language with a reflexive possessive (Polish 'swój'), the plain one ('jego', 'jej', 'ich': the
    lexicon's ``other_possessive``) never means its own clause's subject: "UE przedłuża sankcje wobec Rosji
    w związku z jej agresją" is Russia's aggression. The nearest actor named before it other than that
    subject; nothing when the clause names no subject before it."""
    if rec.tokens[k].low not in tb.markers["other_possessive"]:
        return ()
    lo, _ = clause_span(rec, k, k)
    subjects = {a for m in rec.mentions if lo <= m.start and m.end <= k and not m.resolved
                and m.kind != "adjectives" and prep(tb, rec, m.start, lo) is None for a in m.actors}
    if not subjects:
        return ()
    others = [m for m in rec.mentions if m.end <= k and not m.resolved and m.kind != "adjectives"
              and not set(m.actors) & subjects]
    return others[-1].actors if others else ()


def _with_conjuncts(tb: Tables, rec: SentenceRecord, first: Mention, articles: bool = False) -> tuple[str, ...]:
    """The actors of a subject with those coordinated right before it ("Qatar and Egypt … their efforts":
    both, also when a fronted phrase made the first conjunct look governed by its preposition); with
    ``articles``, also across an article before a conjunct ("Israel and the United States")."""
    actors = list(first.actors)
    cur = first
    joining = tb.markers["coordination"] | (tb.markers["determiners"] if articles else frozenset())
    for m in reversed([m for m in rec.mentions if m.end <= first.start and not m.resolved]):
        between = rec.tokens[m.end:cur.start]
        if not between or not all(t.low in joining for t in between) or m.kind == "adjectives" or not any(
                t.low in tb.markers["coordination"] for t in between):
            break
        actors[:0] = [a for a in m.actors if a not in actors]
        cur = m
    return tuple(actors)


#: Relations no actor does to itself: a possessive right after their verb is someone else's.
HOSTILE = frozenset({"attacks", "threatens", "sanctions", "accuses"})


def owner_of_possessive(tb: Tables, rec: SentenceRecord, disc: Discourse, k: int,
                         clause_first: bool = False) -> tuple[tuple[str, ...], str]:
    """'its', 'their', 'jej': the sentence's first subject named before it (with ``clause_first``, the
    nearest actor before it outside prepositional phrases), else the topic."""
    other = _not_the_subjects(tb, rec, k)
    if other:
        return other, "the nearest actor before it other than its clause's subject"
    agent = tb.markers["agent"]
    named = [m for m in rec.mentions if m.end <= k and not m.resolved and m.kind not in ("adjectives",)
             and (prep(tb, rec, m.start, 0) is None and not _listed_after_preposition(tb, rec, m)
                  or clause_first and prep(tb, rec, m.start, 0) in agent)]  # "kidnapped by Hamas during its attack"
    # in agent position ("its war", "its talks with"): the nearest actor before it that no preposition
    # governs ("supported Ukraine in its talks" is Ukraine's; "turn to North Korea … its war" is not NK's)
    if clause_first and in_time_span(tb, rec, k):
        clause_first = False  # "has struck Hezbollah since the start of its war": the subject's war
    first = (named[-1] if named and clause_first else None) or (named[0] if named else None)
    if first is not None and not clause_first:
        first = _reported_subject(tb, rec, named, k) or first
    if first is not None:
        # inside a trigger phrase ("had violated its airspace"): not its doer, the actor right before
        # the trigger, but the nearest other one ("Poland alleged Belarusian helicopters had violated its");
        # nor right after a hostile verb ("the US said Iran had attacked its bases": no one strikes its own)
        trig = next((m for m in rec.triggers if (not clause_first and m.tokens[0] < k < m.tokens[-1])
                     or (m.end == k and tb.triggers[m.payload].relation in HOSTILE)), None)
        doer = next((m for m in reversed(rec.mentions) if trig is not None and m.end <= trig.start
                     and not m.resolved), None)
        doers = set(_with_conjuncts(tb, rec, doer, articles=True)) if doer is not None else set()
        # (all of a list: "Israel and the US attacked its sites")
        if doer is not None and doers & set(first.actors):
            other = next((m for m in reversed(named) if not set(m.actors) & doers), None)
            if other is not None:
                return other.actors, "the nearest actor before it other than the act's doer"
    owners = _with_conjuncts(tb, rec, first) if first is not None else ()
    sg = tb.markers["singular_pronouns"]
    if owners and not ((rec.tokens[k].low in sg or rec.tokens[k].text in sg)
                       and len({tb.gazetteer[a].code for a in owners}) > 1):
        # (a singular possessive is never two states: "Er wählte Chile und Peru als Ziele seiner Besuche")
        return owners, "the sentence's subject"
    if tb.settings.get("verb_second") and k > 0 and prep(tb, rec, k, 0) is not None and not any(
            m.end <= k for m in rec.mentions):
        # a fronted phrase before the verb: its possessive is the subject's, named after the verb ("Mit ihrem
        # größten Manöver übten Chinas Streitkräfte …")
        after = next((m for m in rec.mentions if m.start > k and not m.resolved and m.kind != "adjectives"
                      and prep(tb, rec, m.start, 0) is None), None)
        if after is not None:
            return after.actors, "the subject after the verb"
    return tuple(disc.subject), "the topic (the discourse subject)"


def in_time_span(tb: Tables, rec: SentenceRecord, k: int) -> bool:
    """Whether the possessive at ``k`` is in the phrase of a preposition that sets the time span of the clause's
    act through the start of an act ('since the start of its war', 'seit Beginn seines Krieges'), one to three
        words between, none of them an actor ('has pounded Hamas since its attack' is Hamas's), in a clause of a hostile
    act ("has struck Hezbollah since the start of its war": the one struck owns no span of the striker's act;
    "backed Ukraine during its war" is Ukraine's)."""
    toks = rec.tokens
    if not any((tm.end <= k or tm.start > k + 3) and tb.triggers[tm.payload].relation in HOSTILE
               for tm in rec.triggers):  # (not the possessed act: "seit Beginn seines Krieges … angegriffen")
        return False
    for j in range(max(0, k - 4), k - 1):
        if toks[j].low in tb.markers["span_adjunct"] and all(t.is_word for t in toks[j + 1:k]) and not any(
                j < m.start < k for m in rec.mentions):
            return True
    return False


def _reported_subject(tb: Tables, rec: SentenceRecord, named: list[Mention], k: int) -> Mention | None:
    """The subject of the reported or coordinated clause the possessive stands in ("Canada said that Chile had
    used its air force", "Canada said Chile had moved its troops"): the last actor after the sentence's first
    subject that opens a clause of its own, after a clause-break word or a verb (articles between), with a verb
    right after it; None when there is none."""
    toks, morphs = rec.tokens, rec.morphs
    if not morphs or len(named) < 2:
        return None
    for m in reversed(named[1:]):
        j = m.start - 1
        while j > named[0].end and toks[j].low in tb.markers["determiners"]:
            j -= 1
        opens = toks[j].low in tb.markers["clause_break"] or morphs[j].is_("VERB") and not morphs[j].is_("ADP", "NOUN")
        if opens and m.end < k and morphs[m.end].is_("VERB", "AUX") and not morphs[m.end].is_("NOUN", "ADP"):
            return m
    return None


def _listed_after_preposition(tb: Tables, rec: SentenceRecord, m: Mention) -> bool:
    """Whether ``m`` is a later item of a list a preposition governs ("a foe of Israel, the US and Britain"): the
    mention before it is governed and only commas, coordination words and articles stand between."""
    toks = rec.tokens
    before = [n for n in rec.mentions if n.end <= m.start and not n.resolved]
    while before:
        n = before.pop()
        if not all(t.low in tb.markers["coordination"] or t.low in tb.markers["determiners"]
                   for t in toks[n.end:m.start]) or n.end == m.start:
            return False
        if prep(tb, rec, n.start, 0) is not None:
            return True
        m = n
    return False
