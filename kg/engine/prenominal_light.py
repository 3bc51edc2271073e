"""The agent of a light verb's participle before a trigger noun (German, ``prenominal_agent``): "die von der EU
verhängten Sanktionen gegen Russland", "der von Russland gegen die Ukraine geführte Krieg". Kept apart from
kg.engine.verb_final, whose participle rule reads verb triggers; kg.engine.roles_noun asks this one for nouns.
"""

from __future__ import annotations

from kg.engine.record import FrameResult, Group, SentenceRecord
from kg.engine.syntax import finite, prep
from kg.engine.tables import Tables, derived
from kg.engine.voice import noun_form


def prenominal_light_agent(tb: Tables, rec: SentenceRecord, f: FrameResult) -> tuple[Group | None, Group | None]:
    """The agent of a light verb's participle standing before a trigger noun as its adjective ("die von der EU
    verhängten Sanktionen gegen Russland", "der von Russland geführte Krieg", "die von Chile gestartete
    Offensive"): who imposed, waged or launched it is the noun's subject. Only a light verb of the lexicon
    ("die von Moskau kritisierten Sanktionen" names a critic, not who imposed them). The noun's marked object
    may stand between the agent and the participle ("die von der EU gegen Russland verhängten Sanktionen"):
    then it is the second of the pair, else None."""
    if not tb.settings.get("prenominal_agent") or not rec.morphs:
        return None, None
    toks = rec.tokens
    lo = f.clause[0]
    light, endings = _light_forms(tb), tb.markers["attributive_endings"]
    j = f.match.start - 1
    while j > lo and toks[j].text[:1].islower() and (rec.morphs[j].only("ADJ") or rec.morphs[j].only("ADV") and (
            rec.morphs[j + 1].is_("ADJ"))) and not _participle_of(toks[j].low, light, endings):
        j -= 1  # "die von der EU verhängten neuen Sanktionen", "die von den USA angekündigte bislang größte
        # Waffenlieferung": adjectives, and adverbs of adjectives, between participle and noun
    if j <= lo or not toks[j].text[:1].islower() or not _participle_of(toks[j].low, light, endings):
        return None, None
    marked = tb.object_markers[f.index] - {""} - tb.markers["agent"]

    def lower(k: int, end: int) -> bool:  # lower-case words only: a preposition, an article, adjectives
        return all(t.is_word and t.text[:1].islower() for t in toks[k:end])

    dated = tb.chunk_rules.not_apposed  # "die von Chile im Mai gestartete Offensive": a day or month between

    def timed(k: int, end: int) -> bool:
        return all(t.is_word and (t.text[:1].islower() or t.low in dated) or t.text.isdigit() for t in toks[k:end])

    for g in reversed(rec.groups):
        if not (lo <= g.start and g.end <= j) or prep(tb, rec, g.start, lo) not in tb.markers["agent"]:
            continue
        if j - g.end <= 2 and lower(g.end, j) or j - g.end <= 4 and timed(g.end, j) \
                and any(t.low in dated for t in toks[g.end:j]):
            return g, None
        obj = next((o for o in rec.groups if o.start > g.end and o.end <= j), None)
        if obj is not None and j - obj.end <= 2 and lower(g.end, obj.start) and lower(obj.end, j) \
                and prep(tb, rec, obj.start, g.end) in marked:
            return g, obj
    return None, None


def judged_prenominal(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """The object of a verb that judges an act ("verurteilte die von Russland durchgeführten Angriffe auf die
    Ukraine", "hat die von Peru im Mai gestartete Offensive gegen Bolivien verurteilt"): the agent of
    the light verb's participle before the act noun (the critic's target, not the act's), when the act's phrase
    opens right after the verb or closes its clause before the verb; else None."""
    if f.is_noun or not rec.morphs:
        return None
    toks = rec.tokens
    for g in rec.frames:
        if g.clause != f.clause or g.match.start == f.match.start or g.failure is not None \
                or not noun_form(tb, rec, g):
            continue
        agent = prenominal_light_agent(tb, rec, g)[0]
        if agent is None:
            continue
        k = agent.start - 1
        while k > 0 and toks[k].low in tb.markers["determiners"]:
            k -= 1  # "die von der EU verhängten …": the agent's own article
        art = k - 1  # the article opening the act's phrase, before the agent's "von"
        if art < f.clause[0] or toks[art].low not in tb.markers["determiners"]:
            continue
        if f.match.end <= art <= f.match.end + 1 or g.match.end <= f.match.start and not any(
                finite(m) for m in rec.morphs[g.match.end:f.match.start]):
            return agent
    return None


def _light_forms(tb: Tables) -> frozenset[str]:
    """The single-word forms of the lexicon's light verbs."""
    return derived(tb, "light_verb_forms", lambda m: frozenset(
        w.lstrip("=").lower() for w in tb.compiled.lexicon.words.get("light_verbs", ()) if " " not in w.strip()))


def _participle_of(low: str, light: frozenset[str], endings: frozenset[str]) -> bool:
    """Whether ``low`` is an attributive form of a light verb's participle ("geführte" of "geführt")."""
    return any(low.endswith(e) and low[:-len(e)] in light for e in endings)
