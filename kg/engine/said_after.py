"""The verb of saying after a quote, a comma or a dash ('"…," the minister said', '"…" – powiedział prezydent'),
and the speaker it names: the actor right after it, the owner of a statement, a capital where an office speaks,
or the body right before it. Split from ``roles_speech.py`` (past 500 lines); the speaker and coreference stages
ask it too."""

from __future__ import annotations

from kg.engine.office_lists import office_tokens
from kg.engine.record import Group, SentenceRecord
from kg.engine.speaker import DASHES, QUOTES
from kg.engine.syntax import prep
from kg.engine.tables import Tables
from kg.phrases import Match


def speech_after(tb: Tables, rec: SentenceRecord, k: int) -> Match | None:
    """A verb of saying after token ``k`` that follows a closing quote, a comma or a dash
    ('"…," the minister said', '"…" – powiedział prezydent')."""
    toks = rec.tokens
    # a verb of warning right after a quote or a dash says what comes before it as well ("Rosja musi wycofać
    # wojska, inaczej poniesie konsekwencje – ostrzegł prezydent Francji")
    warned = [cm for cm in rec.cues.get("warning", ()) if cm.start > k and rec.morphs
              and rec.morphs[cm.start].is_("VERB") and not rec.morphs[cm.start].is_("NOUN")
              and (toks[cm.start - 1].text in QUOTES or toks[cm.start - 1].text in DASHES)]
    demands = rec.cues.get("demand", ())
    for cm in sorted([*rec.cues.get("speech", ()), *warned], key=lambda c: c.start):
        if cm.start < k or any(dm.start == cm.start and dm.end > cm.end for dm in demands):
            continue  # (not "called for", "call on": a demand says no quote)
        if toks[cm.start - 1].text == "," and comma_participle(rec, cm.start):
            continue  # "…, saying Beijing was …", "…, mówiąc, że …": the clause's own subject says what follows
        j = cm.start - 1
        while j >= k and (toks[j].is_word or toks[j].low in tb.markers["possessive_clitic"]) and j > cm.start - 7:
            # "the Polish prime minister said", "Lithuania's foreign ministry said"
            j -= 1
        if j >= k and (toks[j].text in QUOTES or toks[j].text in DASHES or toks[j].text == ","):
            return cm
    return None


def quoted_speaker(tb: Tables, rec: SentenceRecord, sp: Match) -> Group | None:
    """Who says a quote that ends before the verb ``sp``: the actor right after the verb ("said
    Sunak", "powiedział prezydent Biden") or right before it ("…," the Kremlin said)."""
    toks = rec.tokens
    # not a place with its preposition: "ocenił przebywający w Tiranie Mark Rutte"
    g = next((g for g in rec.groups if sp.end <= g.start <= sp.end + 5
              and all(t.is_word for t in toks[sp.end:g.start]) and prep(tb, rec, g.start, sp.end) is None), None)
    if g is not None:
        return g
    att = next((cm for cm in rec.cues.get("attribution", ()) if sp.end <= cm.start <= sp.end + 1), None)
    if att is not None:  # "…" – podkreślono w komunikacie estońskiego rządu: the statement's owner
        g = next((g for g in rec.groups if att.start < g.start <= att.end + 2), None)
        if g is not None:
            return g
    if tb.settings.get("verb_second"):  # "…, hieß es aus dem armenischen Verteidigungsministerium": who it comes from
        g = next((g for g in rec.groups if sp.end < g.start <= sp.end + 5 and toks[sp.end].low in tb.markers["from"]
                  and all(t.is_word for t in toks[sp.end:g.start])), None)
        if g is not None:
            return g
    if tb.settings.get("verb_second"):
        g = _seated_speaker(tb, rec, sp)
        if g is not None:
            return g
    before = next((g for g in reversed(rec.groups) if g.end <= sp.start), None)
    if before is not None and (sp.start - before.end <= 1 and all(t.is_word for t in toks[before.end:sp.start])
                               or sp.start - before.end <= 4
                               and toks[before.end].low in tb.markers["possessive_clitic"]
                               and all(t.is_word and t.text[:1].islower() for t in toks[before.end + 1:sp.start])):
        return _sender(tb, rec, before)  # "…," the Kremlin said; "…," Lithuania's foreign ministry said
    return None


def _seated_speaker(tb: Tables, rec: SentenceRecord, sp: Match) -> Group | None:
    """"…, sagte ein Sprecher des Außenministeriums am Donnerstag in Peking": an office after the verb of
    saying and a capital after 'in' further on (past a time) say who speaks: the capital's state."""
    toks = rec.tokens
    offices = office_tokens(rec)
    for g in rec.groups:
        if not sp.end < g.start <= sp.end + 9 or g.mentions[0].kind != "metonyms" or g.start < 1 \
                or toks[g.start - 1].low not in tb.markers["within"]:
            continue
        between = range(sp.end, g.start - 1)
        times = tb.chunk_rules.not_apposed  # "am Donnerstag": a time between; not "bei seinem Besuch in Peking"
        if any(k in offices for k in between) and all(toks[k].is_word for k in between) and not any(
                h.start in between for h in rec.groups) and all(
                toks[k + 1].low in times for k in between if toks[k].low in tb.markers["prepositions"]):
            return g
    return None


def _sender(tb: Tables, rec: SentenceRecord, g: Group) -> Group:
    """The body a group after a preposition modifies ("the US Mission to the UN", "Russia's envoy at the
    OSCE"): the body that speaks, not where it is sent."""
    p = prep(tb, rec, g.start, 0)
    if p is None or p in tb.markers["genitive_marker"]:
        return g
    owner = next((h for h in reversed(rec.groups) if h.end <= g.start), None)
    if owner is None or g.start - owner.end > 4 or prep(tb, rec, owner.start, 0) is not None:
        return g
    office = owner.mentions[-1].kind == "body" or any(
        owner.end <= cm.start < g.start for c in ("body", "role", "mission") for cm in rec.cues.get(c, ())) or (
        bool(rec.morphs) and any(rec.morphs[k].is_("NOUN") for k in range(owner.end, g.start)))
    return owner if office else g


def comma_participle(rec: SentenceRecord, k: int) -> bool:
    """Whether the verb of saying at ``k`` is an -ing form (Polish "-ąc") right after a comma: its clause shares
    the sentence's subject, not the nearest actor before it ("Turkey slammed Israel, calling …")."""
    return k > 1 and rec.tokens[k - 1].text == "," and bool(rec.morphs) and rec.morphs[k].is_("VERB") \
        and bool(rec.morphs[k].feats & {"ger", "pcon"})
