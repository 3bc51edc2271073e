"""Talks named again: a definite meeting or deal noun with no party of its own is the article's last talks.

"Thailand and Cambodia held talks in Kuala Lumpur. The United States attended the talks as an
observer": the discourse keeps the parties of the last talks or deal (``Discourse.talks``, filled by
the discourse stage); whoever attends, joins, hosts or mediates "the talks" meets each of them, and
whoever condemns "the summit" or "the deal" accuses them. Definite means after a word of the lexicon's
``definite`` (an article, a demonstrative), or, in a language without articles, governed by a
preposition ("uczestniczyły w rozmowach"). "The summit" is only talks told as a summit (the lexicon's
``summit``), not a meeting on its sidelines.
"""

from __future__ import annotations

from kg.engine.record import Discourse, FrameResult, Group, Mention, SentenceRecord
from kg.engine.syntax import prep
from kg.engine.tables import Tables

#: Relations whose trigger nouns name talks or a deal ("the summit", "the treaty", "the pact").
TALKS = ("meetsWith", "signsAgreementWith", "alliedWith")


def earlier_talks(tb: Tables, rec: SentenceRecord, disc: Discourse, f: FrameResult, doer: Group) -> Group | None:
    """The parties of the last talks, for a meeting frame whose clause names "the talks" from its trigger on
    ('attended the talks', 'hosted the talks', 'nahmen an den Gesprächen teil'), other than ``doer``."""
    nouns = [(g.match.start, g.index) for g in rec.frames if g.relation == "meetsWith"
             and (g is f or not g.trigger.mediation) and f.match.start <= g.match.start < f.clause[1]
             and (g is not f or f.is_noun)]
    return _parties(tb, rec, disc, f, nouns, doer, criticised=False)


def criticised_talks(tb: Tables, rec: SentenceRecord, disc: Discourse, f: FrameResult) -> Group | None:
    """'The US and its allies slammed the summit', 'skrytykował porozumienie': an accusation whose object
    is a talks or deal noun right after it accuses the parties of the last talks (not its own subject)."""
    if f.subject is None:
        return None
    tm = f.match
    nouns = [(g.match.start, g.index) for g in rec.frames if g.relation in TALKS and g is not f
             and tm.end <= g.match.start <= tm.end + 3 and g.match.start < f.clause[1]]
    return _parties(tb, rec, disc, f, nouns, f.subject, criticised=True)


def _parties(tb: Tables, rec: SentenceRecord, disc: Discourse, f: FrameResult, nouns: list[tuple[int, int]],
             doer: Group, criticised: bool) -> Group | None:
    """The first of ``nouns`` (token, trigger index) that refers back to the last talks, as a group of their
    parties other than ``doer``'s; ``criticised``: the object of an accusation, which in a language without
    articles may stand alone ("skrytykowały szczyt"), and may be a summit the talks were told with."""
    if len(disc.talks) < 2:
        return None
    toks = rec.tokens
    lo, hi = f.clause
    definite = tb.markers["definite"]
    summits = {k for cm in rec.cues.get("summit", ()) for k in range(cm.start, cm.end)}
    for k, index in nouns:
        if k in summits and not (disc.talks_summit == 1 or criticised and disc.talks_summit):
            continue  # "Erdogan, who attended the summit": not a meeting on its sidelines told last
        j = k - 1
        while j >= lo and rec.morphs and rec.morphs[j].only("ADJ", "NOUN") and toks[j].is_word and j > k - 3:
            j -= 1  # "the peace talks", "den direkten Gesprächen"
        alone = criticised and tb.cases and j == f.match.end - 1  # "potępiły szczyt": the verb's own object
        if j < lo or not (alone or toks[j].low in definite or tb.cases and toks[j].low in tb.markers["prepositions"]):
            continue
        if not alone and j > lo and (toks[j - 1].low in tb.markers["genitive_marker"]
                                     or rec.morphs and rec.morphs[j - 1].only("NOUN")):
            continue  # "the end of the talks", "Abschluss der Gespräche": not taking part
        at = j if toks[j].low in tb.markers["prepositions"] else j - 1
        if not alone and at >= lo and toks[at].low in tb.markers["from"] and not (
                tb.cases and rec.morphs and "inst" in rec.morphs[k].feats):
            continue  # "zdał relację premierowi z tej rozmowy", "returned from the talks": not taking part
        marked = tb.markers["comitative"] | tb.object_markers[index] | tb.markers["genitive_marker"] - {""}
        if k + 1 < hi and toks[k + 1].low in marked or any(k < g.start < hi and (
                g.start <= k + 3 and all(t.is_word for t in toks[k + 1:g.start])
                or prep(tb, rec, g.start, k) in marked) for g in rec.groups):
            continue  # "the talks with Iran", "w rozmowie z NBC", "the Iran talks", "the sidelines of a forum"
        gaz = tb.gazetteer
        mine = {gaz[a].code for a in doer.actors}
        visit = criticised and any(cm.start <= k < cm.end for cm in rec.cues.get("visit", ()))
        parties = tuple(a for a in (disc.talks_visitors if visit and disc.talks_visitors else disc.talks)
                        if gaz[a].code not in mine)  # "kritisierte die Reise": the visitors, not their hosts
        if parties:
            return Group([Mention(k, k + 1, parties, "event", resolved=True, via="the parties of the last talks")])
    return None


def impersonal_deal(tb: Tables, rec: SentenceRecord, f: FrameResult, feats: frozenset[str]) -> Group | None:
    """"Osiągnięto porozumienie", "Podpisano umowę": an impersonal verb of agreeing or meeting whose clause names
    no party: the parties of the article's last talks or deal, not the topic (their mediators, say)."""
    if "imps" not in feats or f.relation != "signsAgreementWith" or f.object is not None or f.subject is None \
            or f.subject.mentions[0].kind != "topic":
        return None
    gaz = tb.gazetteer
    parties = [a for a in rec.talks_before if a in gaz]
    if len({gaz[a].code for a in parties}) < 2:
        return None
    return Group([Mention(f.match.start, f.match.start, tuple(parties), "topic", resolved=True,
                          via="the parties of the last talks or deal")])
