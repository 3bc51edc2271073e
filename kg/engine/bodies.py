"""Bodies grown from names and adjectives: "Minister spraw zagranicznych Francji", "the Russian foreign ministry",
"strona północnokoreańska", a body seated in a capital, and the words other states' press uses for its own
bodies (``generic_bodies``). Split from ``mentions.py``, which calls them in order."""

from __future__ import annotations

from kg.engine.leader_body import leaders_body
from kg.engine.record import Discourse, Mention, SentenceRecord
from kg.engine.syntax import finite
from kg.engine.tables import Tables
from kg.morph import CASES
from kg.phrases import Match
from kg.text import HYPHENS


def name_bodies(tb: Tables, rec: SentenceRecord, out: list[Mention]) -> None:
    """'rosyjskie MSZ', 'prezydent Tajwanu', 'rząd w Budapeszcie': a body noun before a name is its body."""
    bodies = rec.cues.get("body", ())
    if not bodies:
        return  # nothing to grow into (most sentences)
    body_at_end = {b.end: b for b in bodies}
    missions = {b.end for b in rec.cues.get("mission", ())}
    loyal = {cm.end: cm for cm in rec.cues.get("allegiance", ())}
    for m in out:
        if loyal and _loyal_body(tb, rec, m, out, body_at_end, loyal):
            continue
        grown = True
        while grown:  # "chargé d'affaires ambasady Rosji": a body of a body
            grown = _grow_body(tb, rec, m, out, body_at_end, missions) or leaders_body(tb, rec, m, out, body_at_end)


def _loyal_body(tb: Tables, rec: SentenceRecord, m: Mention, out: list[Mention], body_at_end: dict,
                loyal: dict) -> bool:
    """"Forces loyal to Haftar", "troops loyal to the government in Damascus": a body noun right before a phrase
    of allegiance and the name after it (an article between) is that name's body; whether ``m`` grew."""
    toks = rec.tokens
    if m.end + 1 < len(toks) and toks[m.end].text in HYPHENS and toks[m.end + 1].text[:1].islower():
        return False  # "loyal to the UN-backed government": the name only qualifies the noun after it
    k = m.start - int(m.start > 0 and toks[m.start - 1].low in tb.markers["definite"])
    cm = loyal.get(k)
    if cm is None or m.kind not in ("names", "metonyms", "body") or cm.start not in body_at_end:
        return False
    b = body_at_end[cm.start]
    if any(o is not m and o.start < m.start and o.end >= b.start for o in out):
        return False  # "Russian troops loyal to …": the body has an owner of its own
    m.kind, m.start, m.feats = "body", b.start, CASES
    return True


def _grow_body(tb: Tables, rec: SentenceRecord, m: Mention, out: list[Mention], body_at_end: dict,
               missions: set[int]) -> bool:
    """Grow ``m`` into the body noun before it; whether it grew."""
    toks = rec.tokens
    m_ = tb.markers
    cases = m.feats & CASES
    genitive = "gen" in cases and "nom" not in cases  # Polish: "prezydent Tajwanu"
    # a body grown already: its head noun in the genitive right after another body noun
    chained = m.kind == "body" and cases == CASES and bool(rec.morphs) and "gen" in rec.morphs[m.start].feats
    # a name that may be genitive right after a body noun: "do MSZ Łotwy" ("Łotwy" may also be nominative plural)
    chained = chained or (m.kind in ("names", "metonyms") and "gen" in cases and tb.cases and m.start in body_at_end
                          and toks[m.start].text[:1].isupper())
    # "president of", also "the ambassador of the United States": the article between is no gap
    the = int(m.start > 1 and toks[m.start - 1].low in m_["definite"]
              and toks[m.start - 2].low in m_["genitive_marker"])
    of_marker = m.start > the and toks[m.start - 1 - the].low in m_["genitive_marker"]
    # "officials from the United States": the article after "from" is no gap either
    the_from = int(m.start > 2 and toks[m.start - 1].low in m_["definite"] and toks[m.start - 2].low in m_["from"])
    fr = m.start - 1 - the_from  # where "from" (or "in") would stand
    seat = (fr > 0 and fr in body_at_end and (
        (m.kind == "metonyms" and not the_from and toks[fr].low in m_["within"]  # "rząd w Budapeszcie"
         and fr not in missions  # the envoy in Kyiv is not Ukraine's
         and not any(_right_before(toks, o.end, body_at_end[fr].start)
                     and (o.kind in ("adjectives", "names", "metonyms") or o.kind
                          == "body" and toks[o.end - 1].text[:1].isupper())
                     for o in out)
         # not "the Azerbaijani president in Abu Dhabi", "Hamas leaders in Cairo": the adjective's or the
         # name's actor owns the body (also one grown already: "a team of Houthi envoys in Muscat")
         and not _owned(rec, body_at_end[fr].start))  # not "seine Botschaft in Peking": the owner's
        or ((toks[fr].low in m_["from"] or toks[fr].low in m_["within"] and not the_from  # "Kollegen in Japan
             and _counterpart(tb, rec, body_at_end[fr]) and _listed(tb, rec, out, m.end))  # und Südkorea"
            and not _owned_not_counterpart(tb, rec, body_at_end[fr])
            and not any(o.end == body_at_end[fr].start and o.kind in ("adjectives", "names", "metonyms")
                        for o in out)))
    )  # "żołnierze z Korei Północnej", "envoys from Chile"; not "jej siły z Ukrainy" (withdrawn from Ukraine), nor
    # "an Indian diplomat from Canada" (the adjective's actor owns the body; 'from' says where it leaves)
    # "seinen Amtskollegen aus der Schweiz": a counterpart noun before 'from', an article, the name
    counterpart_from = (not seat and m.start > 2 and toks[m.start - 1].low in m_["determiners"]
                        and toks[m.start - 2].low in m_["from"] and m.start - 2 in body_at_end
                        and any(toks[j].low in m_["counterpart"] for j in range(body_at_end[m.start - 2].start,
                                                                                m.start - 2)))
    seat = seat or counterpart_from
    if seat:  # "Finland's president in Tallinn": a body its possessor owns already is not the seat's
        b = body_at_end.get(m.start - 1)
        seat = b is None or b.start < 1 or toks[b.start - 1].low not in m_["possessive_clitic"]
    # "officials of the UN-backed government": a name hyphenated to a participle only qualifies the noun after it,
    # which the body noun is of ("the US-led coalition" is the leader's, and grows)
    qualifier = m.end + 1 < len(toks) and toks[m.end].text in HYPHENS and toks[m.end].start == toks[m.end - 1].end \
        and toks[m.end + 1].text[:1].islower() and toks[m.end + 1].low not in m_["leading"]
    if m.kind in ("names", "metonyms", "body") and tb.gazetteer[m.actors[0]].type != "Person" and not qualifier and (
            genitive or of_marker or seat or chained):  # also "Jednostki chińskiej straży przybrzeżnej"
        gaps = (0,) if chained and not (genitive or of_marker or seat) else (
            (2,) if counterpart_from else (1 + the,) if of_marker else (1 + the_from,) if seat
            else (0, 1, 2, 3))  # "Minister spraw zagranicznych Francji"
        for gap in gaps:
            b = body_at_end.get(m.start - gap)
            if b is not None and b.start < m.start and not rec.trigger_tokens & set(range(b.start, m.start)) and (
                    gap == 0 or all(tk.is_word and tk.low not in m_["prepositions"] or _abbreviation_dot(tb, toks, j)
                                    for j, tk in enumerate(toks[m.start - gap:m.start], m.start - gap))
                    or of_marker or seat) and not (
                    rec.morphs and any(finite(rec.morphs[j]) for j in range(m.start - gap, m.start))
                    ) and not any(
                    o.start < m.start and o.end > b.start for o in out if o is not m):
                m.kind, m.start, m.feats = "body", b.start, CASES
                return True
    return False


def _abbreviation_dot(tb: Tables, toks, j: int) -> bool:
    """Whether the token at ``j`` is the period of an abbreviation ("przedstawiciel ds. zagranicznych Unii": the
    office's 'do spraw' stands between the body noun and its owner)."""
    return toks[j].text == "." and j > 0 and toks[j - 1].low in tb.markers["abbreviations"]


def _owned_not_counterpart(tb: Tables, rec: SentenceRecord, body: Match) -> bool:
    """Whether a body noun is owned ("jej siły") and is no counterpart noun: "his counterparts from Chile",
    "seinen Amtskollegen aus Chile" are Chile's officials whoever's counterparts they are."""
    if _counterpart(tb, rec, body):
        return False
    return _owned(rec, body.start)


def _listed(tb: Tables, rec: SentenceRecord, mentions: list[Mention], end: int) -> bool:
    """Whether another name follows the one ending at ``end`` in a list ("in Japan und Südkorea"): counterparts
    "in" two states are those states' officials; "in" one place may be only where they met."""
    toks = rec.tokens
    return end + 1 < len(toks) and toks[end].low in tb.markers["coordination"] and any(
        m.start in (end + 1, end + 2) for m in mentions)


def _counterpart(tb: Tables, rec: SentenceRecord, body: Match) -> bool:
    """Whether a body noun is a counterpart noun ("Amtskollegen"): its state is the one named after it."""
    return any(rec.tokens[j].low in tb.markers["counterpart"] for j in range(body.start, body.end))


def _owned(rec: SentenceRecord, k: int) -> bool:
    """Whether a possessive determiner stands right before token ``k`` ("jej sił", "swoje wojska"): the body
    noun then belongs to that owner, and a "z X" after it names where from, not whose."""
    return k > 0 and bool(rec.morphs) and rec.morphs[k - 1].is_("DET") and "poss" in rec.morphs[k - 1].feats


def _right_before(toks, end: int, start: int) -> bool:
    """Whether a mention ending at ``end`` stands right before a body noun at ``start``, or hyphened to it
    ("US-Behörden")."""
    return end == start or end == start - 1 and toks[end].text in HYPHENS


def seated_bodies(tb: Tables, rec: SentenceRecord, out: list[Mention]) -> None:
    """'die Machthaber im Niger', 'die Regierung in der Ukraine': a governing body (``seat_bodies``) right
    before "in" and a state is that state's body (soldiers "in Litauen" are not Lithuania's)."""
    seats = tb.markers["seat_bodies"]
    if not seats:
        return
    toks = rec.tokens
    for m in out:
        if m.kind != "names" or tb.gazetteer[m.actors[0]].type != "State":
            continue
        j = m.start - 1
        while j > 0 and toks[j].low in tb.markers["determiners"]:
            j -= 1
        if j < 1 or toks[j].low not in tb.markers["locative"] or toks[j - 1].low not in seats:
            continue
        if any(o is not m and o.start < m.start and (o.end > j - 1 or o.end == j - 2 and toks[o.end].text in HYPHENS)
               for o in out):
            continue  # the body is another's already ("die russische Regierung in …", "die US-Behörden in …")
        m.kind, m.start, m.feats = "body", j - 1, CASES


def adjective_bodies(tb: Tables, rec: SentenceRecord, out: list[Mention], taken: list[bool]) -> None:
    """'strona północnokoreańska', 'the Russian foreign ministry': an adjective grows into the body noun."""
    toks = rec.tokens
    bodies = rec.cues.get("body", ())
    body_starts = {b.start: b for b in bodies}
    body_ends = {b.end: b for b in bodies}
    private = {k for cm in rec.cues.get("private", ()) for k in range(cm.start, cm.end)}
    modifiers = bool(tb.markers["genitive_marker"])  # English: "the Kosovo prime minister", "the EU envoy"
    for m in out:
        if modifiers and m.kind in ("names", "metonyms") and m.end in body_starts and \
                tb.gazetteer[m.actors[0]].type != "Person" and not rec.trigger_tokens & set(
                    range(m.end, body_starts[m.end].end)):
            m.kind, m.end = "body", body_starts[m.end].end
            continue
        if m.kind == "adjectives" and m.end in body_starts and m.start in body_ends and not rec.trigger_tokens & set(
                range(m.end, body_starts[m.end].end)):
            # between two body nouns the adjective agrees with the one after it: "chargé d'affaires
            # rosyjskiej ambasady" (the embassy is Russian; the chargé is then its body)
            m.kind, m.end = "body", body_starts[m.end].end
            continue
        if m.kind == "adjectives" and m.start in body_ends and not any(
                o is not m and o.start < m.start and o.end > body_ends[m.start].start for o in out):
            m.kind, m.start = "body", body_ends[m.start].start  # not a body another name already holds
            continue
        if m.kind == "adjectives" and any(cm.start < m.start < cm.end for cm in rec.cues.get("attribution", ())):
            continue  # "nach ukrainischen Angaben weitere Soldaten": who says it, with its own noun
        if m.kind == "adjectives":
            for k in range(m.end, min(m.end + 3, len(toks))):
                if k > m.end and k - 1 in rec.trigger_tokens and rec.morphs and rec.morphs[k - 1].only("NOUN"):
                    break  # "Ukraińskie ataki dronów": the adjective is the attack's, not the drones'
                if k > m.end and (toks[k - 1].low in tb.markers["prepositions"] or k - 1 in private):
                    break  # "the Syrian opposition to President Assad": a body in the noun's own phrase, or after
                    # a noun that acts on its own, is not the adjective's
                if k in body_starts and not rec.trigger_tokens & set(range(k, body_starts[k].end)):
                    m.kind, m.end = "body", body_starts[k].end
                    break
                if not toks[k].is_word or taken[k]:
                    break


def generic_body(tb: Tables, rec: SentenceRecord, disc: Discourse, m: Mention, found: list[Mention]) -> bool:
    """A state's body named by words other states' press uses for their own (the lexicon's ``generic_bodies``:
    "the Foreign Office" is also Pakistan's) names no one in an article about others: one whose earlier
    sentences, or this one before it, named actors, none of that state (a dateline counts). The speaker of what
    it says is then the article's topic, as for "the foreign ministry"."""
    if not any(cm.start == m.start and cm.end == m.end for cm in rec.cues.get("generic_bodies", ())):
        return False
    gaz = tb.gazetteer
    code = {gaz[a].code for a in m.actors}
    named = {gaz[a].code for a in disc.counts if a in gaz} | {gaz[a].code for o in found if o.end <= m.start
                                                              for a in o.actors}
    return bool(named) and not code & named  # ("ISLAMABAD: The Foreign Office said …": the dateline names one)


def placed_counterpart(tb: Tables, rec: SentenceRecord, b: Match) -> bool:
    """"ihre Kollegen aus Chile", "seinen Amtskollegen in Japan und Südkorea": a counterpart noun whose states are
    named right after it is those states' officials, not the body of the possessive before it (``coreference``)."""
    toks, m_ = rec.tokens, tb.markers
    first = next((m for m in rec.mentions if m.start in (b.end + 1, b.end + 2)), None)
    return first is not None and _counterpart(tb, rec, b) and (toks[b.end].low in m_["from"] or toks[
        b.end].low in m_["within"] and _listed(tb, rec, rec.mentions, first.end))
