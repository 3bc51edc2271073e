"""A trigger noun's own agent, attached to it: an adjective, possessive, body or modifier right before it
("rosyjska inwazja", "Russia's invasion", "die russische Invasion"), an actor joined by 'in', or one the
noun follows with 'als' ("mit Katar als Vermittler").

A name struck by the act ("the attacked city") is not its agent, and a body in an oblique case before a
Polish noun ("przekazał stronie białoruskiej protest") is its addressee. Split from ``roles_noun.py``, which
asks this first for every trigger noun.
"""

from __future__ import annotations

from kg.engine.governing_verb import (
    possessed,
)
from kg.engine.helped_war import HELP
from kg.engine.noun_modifiers import noun_modifier
from kg.engine.record import FrameResult, Group, SentenceRecord
from kg.engine.syntax import (
    after,
    apposed,
    finite,
    has_case,
    left_subject,
    other_case,
    prep,
)
from kg.engine.tables import Tables
from kg.text import HYPHENS

#: Quote marks that open a quoted noun after its actor adjective ('complaints of US "aggression"').
_OPENING_QUOTES = frozenset('"“„«')


def _struck_before(tb: Tables, rec: SentenceRecord, g: Group, lo: int) -> bool:
    """``g`` is in the accusative only, after an attack verb of its clause: that attack's victim ("zlikwidował
    dowódcę Hezbollahu w nalocie na Bejrut"), never the agent of the attack noun after it."""
    return bool(rec.morphs) and rec.morphs[g.start].cases == {"acc"} and any(
        lo <= m.start and m.end <= g.start and tb.triggers[m.payload].relation == "attacks"
        and rec.morphs[m.start].is_("VERB") for m in rec.triggers)


def attached_agent(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """An adjective, possessive, body or modifier right before the noun, an actor joined by 'in', or one
    the noun follows with 'als' ("mit Katar als Vermittler")."""
    toks = rec.tokens
    m_ = tb.markers
    lo = f.clause[0]
    before = f.match.start
    as_at = before - 1  # "mit Katar als Vermittler", "den USA als wichtigstem Waffenlieferanten"
    while as_at > lo and before - as_at <= 3 and toks[as_at].is_word and toks[as_at].text[:1].islower() \
            and toks[as_at].low not in m_["as_role"]:
        as_at -= 1
    if as_at >= 1 and toks[as_at].low in m_["as_role"]:
        g = next((g for g in rec.groups if g.end == as_at and g.start >= lo), None)
        if g is not None and f.trigger.mediation and prep(tb, rec, g.start, lo) not in (None, *m_["comitative"]) \
                and left_subject(tb, rec, lo, g.start) is not None:
            g = None  # "Katar … wegen ihrer Beziehungen zur Hamas als Vermittler": the subject's role, not Hamas's
        if g is not None and not tb.settings.get("verb_second") and prep(tb, rec, g.start, lo) not in (
                None, *m_["comitative"]):  # (German: "zwischen Peru und Spanien als wichtigstem Geldgeber")
            g = None  # "fired a drone at Israel as an act of solidarity": the target is no role
        if g is not None and g.mentions[-1].kind != "adjectives":
            f.how.append("as")
            # with words between ("zwischen Peru und Spanien als wichtigstem Geldgeber"), only the
            # actor right before "als" is sure to be the one named
            return g if as_at == before - 1 else Group([g.mentions[-1]])
    if len(f.match.tokens) > 1 and toks[before].low in m_["comitative"] and f.relation in HELP:
        return None  # "griff Russland mit Hilfe Irans … an": a trigger that opens with its preposition has no
        # attribute before it
    glue = m_["within"] | m_["determiners"]
    for g in reversed(rec.groups):
        if f.relation == "meetsWith" and g.end == before and not g.mentions[-1].possessive and any(
                o.mentions[-1].possessive and 0 <= g.start - o.end <= 1 and len(o.mentions) > 1 for o in rec.groups):
            continue  # "Spain and Portugal's Gaza talks": the name modifying the noun is the talks' topic
        # a possessor owns a longer premodified noun: "Washington's latest arms sale"
        reach = 4 if g.mentions[-1].possessive else 2
        if g.end <= before and before - g.end <= reach and g.start >= lo:
            between = toks[g.end:before]
            last = g.mentions[-1]
            # German writes a name that modifies a noun with a hyphen ("EU-Sanktionen"): "in Afghanistan
            # Krieg" is no compound
            joined = not tb.settings.get("capitalized_nouns") or prep(tb, rec, g.start, lo) is None or (
                bool(rec.morphs) and "gen" in rec.morphs[g.end - 1].cases)  # "gegen Putins Angriff": his
            modifier = (last.kind in ("names", "metonyms") and bool(m_["genitive_marker"])
                        and (g.end == before and joined or (g.end + 1 == before and (
                            toks[g.end].text in "-‐" or toks[g.end].text in _OPENING_QUOTES
                            or noun_modifier(tb, rec, g.end)))))
            # English "a G7 price cap", "US sanctions"; German "EU-Sanktionen"
            clitics = tb.markers["possessive_clitic"]
            verb_between = bool(rec.morphs) and any(  # "Das Außenministerium kritisierte die Waffenverkäufe"
                rec.morphs[k].is_("VERB", "AUX") and not rec.morphs[k].is_("ADJ", "NOUN", "PROPN", "DET", "ADP")
                and not (toks[k].low in m_["leading"] and toks[k - 1].text in HYPHENS)  # "the US-led invasion"
                and not ("ppas" in rec.morphs[k].feats and possessed(tb, rec, k))  # "Moscow's continued attacks"
                or rec.morphs[k].is_("VERB") and "fin" in rec.morphs[k].feats and toks[k + 1].low in m_["determiners"]
                for k in range(g.end, before))  # "verurteilte die Luftangriffe": no adjective stands before an article
            if last.kind == "body" and not between and prep(tb, rec, g.start, lo) is not None and not last.possessive \
                    and not _same_phrase(rec, g, before):
                return None  # "mit Irans Außenminister … Gespräche führen": a body heads its own phrase
            if any(0 <= g.start - cm.end <= 1 and not (rec.morphs and finite(rec.morphs[cm.end - 1]))
                   for cm in rec.cues.get("attribution", ())):
                return None  # "Według rosyjskich mediów ofensywa …": who tells of the act, not its owner (a verb
                # of telling takes its object: "Die Ukraine meldete russische Angriffe": Russia's)
            if last.kind == "body" and tb.cases and rec.morphs and rec.morphs[last.start].cases and \
                    rec.morphs[last.start].cases <= _OBLIQUE:
                return None  # "przekazał stronie litewskiej protest": the dative is the verb's addressee, no owner
            if last.kind == "adjectives" and tb.cases and rec.morphs and any(
                    rec.morphs[k].only("NOUN") and k not in rec.trigger_tokens for k in range(g.end, before)) \
                    and rec.morphs[last.end - 1].cases - _VOCATIVE and rec.morphs[before].cases - _VOCATIVE \
                    and not rec.morphs[last.end - 1].cases & rec.morphs[before].cases - _VOCATIVE:
                return None  # "Palestyńscy świadkowie ataku": an adjective in no case of the act noun qualifies the
                # noun between ("unijnej liście sankcji" agrees: the list's owner is the measures')
            if (last.kind in ("adjectives", "body") or last.possessive or modifier) and not verb_between and all(
                    tok.is_word or tok.text in HYPHENS or tok.low in clitics or tok.text in _OPENING_QUOTES
                    for tok in between) and not any(  # 'US "aggression"': a quote around the noun only
                    tok.low in tb.governing for tok in between):  # not "ambasadora po naruszeniu"
                f.how.append("attached")
                return g
            if (between and all(tok.low in glue for tok in between)
                    and any(tok.low in m_["within"] for tok in between) and last.kind != "adjectives"
                    and not _struck_before(tb, rec, g, lo)):
                f.how.append("attached-pp")  # "Rosji w wojnie z Ukrainą", "Russia in its war against"
                return g
            return None
    return None


#: The vocative, which news never uses but the analyser offers for most nominatives.
_VOCATIVE = frozenset({"voc"})

#: Cases of a noun that is the verb's addressee or adjunct, never the owner of the noun after it.
_OBLIQUE = frozenset({"dat", "loc", "inst"})


def _same_phrase(rec: SentenceRecord, g: Group, k: int) -> bool:
    """Whether the group stands inside the noun phrase headed at ``k``: a compound's modifier ("in a Russian
    drone attack"), not a phrase of its own."""
    return any(np.start <= g.start and np.head == k for np in rec.phrases)


def genitive_after(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """The actor in the genitive right after a trigger noun ("wizyta Ławrowa", "die Sanktionen der USA")."""
    tm = f.match
    last = rec.tokens[tm.end - 1].low
    if last in tb.markers["prepositions"] and last not in tb.markers["genitive_marker"]:
        return None  # "pomoc dla Ukrainy": a trigger ending in a preposition marks what follows, not a genitive
    gen = set(tb.markers["genitive_marker"]) or {""}
    g = after(tb, rec, tm.end, min(f.clause[1], tm.end + 2), gen, first_only=True)
    if g is not None and rec.morphs and any(rec.morphs[k].only("NUM") for k in range(tm.end, g.start)):
        return None  # "nach Beginn des Angriffs drei feindliche Jets": a counted phrase is no genitive
    if g is not None and g.start <= tm.end + 1 and g.mentions[0].kind != "adjectives" and has_case(g, "gen") \
            and not apposed(tb, rec, tm.end, g) and not other_case(rec, g) and not any(
                t.low in tb.markers["coordination"] for t in rec.tokens[tm.end:g.start]):  # "Vergeltung und Lettland"
        return g
    return None


def hyphened_target(tb: Tables, rec: SentenceRecord, f: FrameResult, g: Group) -> bool:
    """A state's full name hyphenated to a measure noun ("Russland-Sanktionen", "Iran-Sanktionen") names the state
    the measures are against, where a short form names who takes them ("EU-Sanktionen", "US-Sanktionen")."""
    toks = rec.tokens
    return f.relation == "sanctions" and bool(tb.settings.get("capitalized_nouns")) \
        and g.end + 1 == f.match.start and toks[g.end].text in HYPHENS and not toks[g.end - 1].text.isupper() \
        and g.mentions[-1].kind == "names" and all(tb.gazetteer[a].type == "State" for a in g.actors)


def within_organization(tb: Tables, rec: SentenceRecord, f: FrameResult, g: Group) -> bool:
    """An organization hyphenated to an ally noun ("Nato-Verbündete", "EU-Partner") says in which body the allies
    are, not who they are allied with: it is no party of the alliance."""
    return f.relation == "alliedWith" and bool(tb.settings.get("capitalized_nouns")) \
        and g.end + 1 == f.match.start and rec.tokens[g.end].text in HYPHENS \
        and all(tb.gazetteer[a].type == "Organization" for a in g.actors)


def agent_before_target(tb: Tables, rec: SentenceRecord, f: FrameResult) -> tuple[Group, Group] | None:
    """A judgement noun with its agent right after it, in the genitive or after 'von', and then its target after a
    preposition of the noun's object ("die Vorwürfe Bakus gegen Jerewan", "Kritik von Polen an Deutschland"): the
    agent and the target; None otherwise."""
    if f.relation != "accuses" or not tb.settings.get("capitalized_nouns") or not rec.morphs:
        return None
    tm, hi = f.match, f.clause[1]
    later = [g for g in rec.groups if tm.end <= g.start < hi and g.mentions[0].kind != "adjectives"]
    if len(later) < 2:
        return None
    agent, target = later[0], later[1]
    p = prep(tb, rec, agent.start, tm.end)
    genitive = has_case(agent, "gen") or rec.morphs[agent.start].cases == {"gen"}
    if not (p is None and genitive or p in tb.markers["agent"]) or agent.start - tm.end > 2:
        return None
    marked = tb.object_markers[f.index] - {""}
    if prep(tb, rec, target.start, agent.end) not in marked or target.start - agent.end > 3 \
            or prep(tb, rec, target.start, agent.end) in tb.markers["control"]:
        return None
    return agent, target
