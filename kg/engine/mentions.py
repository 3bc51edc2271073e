"""Mentions: where the sentence names actors (gazetteer names, surnames, bodies).

Names come from the gazetteer's phrase index, longest first; tokens of
news agencies and geographic features ("Gulf of Finland") are never actors.
A person named in full teaches the article their surname. A name can grow
into a body: "Minister spraw zagranicznych Francji", "the Russian foreign
ministry", "strona północnokoreańska". Coreference phrases come next, in
``coreference``.

Persons and bodies the data does not know but the article introduces ("Russia's
deputy foreign minister Sergei Ryabkov", "the Syrian interior ministry") become
actors of the article and are named again later, in any inflected form
(``kg.engine.introduced``).
"""

from __future__ import annotations

from kg.engine import introduced
from kg.engine.bodies import adjective_bodies, generic_body, name_bodies, seated_bodies
from kg.engine.common_names import common_noun
from kg.engine.fronted_place import fronted_place_bodies
from kg.engine.introduced import covered, keys_of, name_end, name_endings, name_key
from kg.engine.neighbours import neighbour_owners
from kg.engine.record import Discourse, Mention, SentenceRecord
from kg.engine.tables import Tables
from kg.morph import CASES
from kg.text import HYPHENS


def _cases(features: tuple[frozenset[str], ...]) -> frozenset[str]:
    """The cases a multi-word name can be in: what its words agree on (all cases when unknown)."""
    out: frozenset[str] | None = None
    for f in features:
        c = f & CASES
        if c:
            out = c if out is None else (out & c) or out
    return out if out is not None else CASES


def mentions(tb: Tables, rec: SentenceRecord, disc: Discourse) -> SentenceRecord:
    """Name mentions, surnames of persons named before, and bodies grown from names and adjectives."""
    toks = rec.tokens
    gaz = tb.gazetteer
    out: list[Mention] = []
    taken = [False] * len(toks)
    for sm in tb.compiled.blockers.find_longest(toks):  # "Polska Agencja Prasowa", "Gulf of Finland"
        for k in range(sm.start, sm.end):
            taken[k] = True
    learned = rec.surnames
    for mt in tb.compiled.actors.find_longest(toks):
        if any(taken[mt.start:mt.end]):
            continue
        aid, kind = mt.payload
        if aid not in gaz:
            continue
        if _first_name(tb, rec, mt, gaz[aid]):
            continue  # "Abbas Kamel" is not Mahmoud Abbas
        feats = frozenset().union(*mt.features) if kind == "adjectives" else _cases(mt.features)
        if kind != "adjectives" and mt.end - mt.start == 1 and tb.cases and rec.morphs \
                and not toks[mt.start].text.isascii():
            # matching folds diacritics, so "Rosję" (accusative) found the forms of "Rosje" (plural) too: the
            # analyser's cases of the word as written tell
            feats = (feats & rec.morphs[mt.start].cases) or feats
        elif kind != "adjectives" and mt.end - mt.start > 1 and tb.cases and rec.morphs:
            feats = (feats & rec.morphs[mt.start].cases) or feats  # "Radę Bezpieczeństwa ONZ": its first noun's
        members = gaz[aid].members
        out.append(Mention(mt.start, mt.end, members or (aid,), kind, feats))  # "the Baltic states"
        for k in range(mt.start, mt.end):
            taken[k] = True
        if gaz[aid].type == "Person" and mt.end - mt.start > 1:
            # later in the article "Kim" or "Svyrydenko" alone means this person
            for k in (mt.tokens[0], mt.tokens[-1]):
                if len(toks[k].text) >= 3 and toks[k].text[:1].isupper() and toks[k].norm not in disc.surnames:
                    learned.setdefault(toks[k].norm, aid)
    endings = name_endings(tb)
    for k, tok in enumerate(toks):
        if taken[k] or not tok.text[:1].isupper():
            continue
        person = disc.surnames.get(tok.norm) or learned.get(tok.norm)
        if person is not None:
            out.append(Mention(k, k + 1, (person,), "names", frozenset(), via="surname"))
            taken[k] = True
            continue
        person = disc.names.get(name_key(tok.norm, endings))
        if person is not None and person in disc.actors:  # a person this article introduced
            own = keys_of(disc.actors[person], tb.lang, endings)
            end = k + 1  # the words of the name that follow: "Cze Son Hui", not "Nasrabadis Plan"
            for i in range(k + 1, name_end(toks, k, taken, frozenset())):
                if toks[i].is_word and name_key(toks[i].norm, endings) not in own:
                    break
                end = i + 1 if toks[i].is_word else end
            out.append(Mention(k, end, (person,), "names", frozenset(), via="introduced"))
            for i in range(k, end):
                taken[i] = True
    out = [m for m in out if not common_noun(tb, rec, m)]  # "ihr Bündnis", "eine Allianz": not NATO
    origin = tb.markers["origin"] | tb.markers["member_nouns"]  # "Liberian-flagged"; "als erstes G7-Land"
    out = [m for m in out if not (m.end + 1 < len(toks) and toks[m.end].text in "-‐"
                                  and toks[m.end + 1].low in origin
                                  and toks[m.end + 1].low not in tb.markers["leading"])]  # "NATO-geführte"
    plurals = tb.markers["member_plurals"]
    # (not a genitive: "die EU-Partner Ungarns" are Hungary's partners in the EU)
    starts = {m.start for m in out if m.kind == "names" and not (rec.morphs and rec.morphs[m.start].cases == {"gen"})}
    out = [m for m in out if not (m.end + 2 < len(toks) and toks[m.end].text in HYPHENS
                                  and toks[m.end + 1].low in plurals and m.end + 2 in starts)]  # "die EU-Staaten Polen"
    others = tb.markers["others"]  # "Polen und andere Nato-Staaten": some members, not the alliance
    out = [m for m in out if not (m.start > 0 and toks[m.start - 1].low in others and m.end + 1 < len(toks)
                                  and toks[m.end].text in HYPHENS and toks[m.end + 1].low in plurals)]
    out = [m for m in out if not _other_members(tb, rec, m)]  # "other NATO members", "inne państwa NATO"
    out = [m for m in out if not _city_named_group(tb, rec, m)]  # "the Lima Group", "die Lima-Gruppe"
    out = [m for m in out if not _money(tb, rec, m)]  # "US$ 500 million", "dolarów amerykańskich"
    out = [m for m in out if not generic_body(tb, rec, disc, m, out)]  # Islamabad's "Foreign Office"
    # "condemned by Greek Cypriots", "Kosovo Serbs": a name or adjective right before a people's name tells a
    # community, which is neither state
    people = {m.start: m for m in out if m.kind == "demonyms"}
    folk = {k for o in out if o.kind in ("adjectives", "names") and o.end in people
            and set(o.actors) != set(people[o.end].actors) for k in (o.start, o.end)}
    out = [m for m in out if m.start not in folk]
    for concept in ("first_person", "pronoun", "object_pronoun"):  # "US$" is no "us" either
        if rec.cues.get(concept):
            rec.cues[concept] = [cm for cm in rec.cues[concept] if not _money(tb, rec, Mention(
                cm.start, cm.end, (), "pronoun", frozenset())) and not _capitals(rec, cm.start, cm.end)]
    name_bodies(tb, rec, out)
    group_starts = {c.start for c in rec.cues.get("group", ())}
    out = [m for m in out if not (m.kind == "adjectives" and m.end in group_starts)]  # "libańskie ugrupowanie"
    out = _armed_group_origins(tb, rec, out)
    taken = covered(out, len(toks))
    adjective_bodies(tb, rec, out, taken)
    name_bodies(tb, rec, out)  # "chargé d'affaires rosyjskiej ambasady": a body noun before a grown body
    seated_bodies(tb, rec, out)
    fronted_place_bodies(tb, rec, out)  # "In China, the Ministry of Defense said …"
    out = _acting_for_the_state(rec, out, tb.markers["coordination"] if not tb.cases else None,
                                tb.markers["possessive_clitic"])
    if not tb.cases:
        out = _possessed_modifiers(tb, rec, out)
    leading = tb.markers["leading"]
    for m in out:  # "Iran-backed", "US-brokered": the name only modifies what follows the hyphen
        m.compound = m.end + 1 < len(toks) and toks[m.end].text in HYPHENS and toks[m.end + 1].text[:1].islower() \
            and toks[m.end].start == toks[m.end - 1].end  # not a dash between spaces: "w Syrii - napisał"
        if m.compound and toks[m.end + 1].low in leading:
            m.compound, m.possessive = False, True  # "the US-led coalition": the leader acts through it
    stance = tb.markers["stance_prefixes"]
    for m in out:  # "pro-Russian separatists", "anti-Israel protests": a stance towards the actor, not the actor
        if m.start > 1 and toks[m.start - 1].text in HYPHENS and toks[m.start - 2].low in stance \
                and toks[m.start - 1].start == toks[m.start - 2].end:
            m.compound = True
    _adjective_complements(tb, rec, out)
    for m in out:  # "signed the Washington Accord", "the Minsk agreements": a city names where, not a party
        m.compound = m.compound or m.kind == "metonyms" and m.start > 0 and toks[m.start - 1].low in \
            tb.markers["definite"] and any(t.start == m.end and tb.triggers[t.payload].relation == "signsAgreementWith"
                                           for t in rec.triggers)
    neighbour_owners(tb, rec, out)  # "Russia's neighbour Finland": Finland is the actor
    taken = covered(out, len(toks))
    out = introduced.persons(tb, rec, out, disc, endings)
    out = introduced.apposed_persons(tb, rec, out, disc, endings)
    introduced.bodies(tb, rec, out, disc, endings)
    for m in out:
        if m.via == "introduced":
            taken[m.start:m.end] = [True] * (m.end - m.start)
    if tb.cases:
        _leaders_take_the_case(rec, out)
    rec.mentions = out
    rec.taken = taken
    _drop_cues_inside_names(rec)
    return rec


def _leaders_take_the_case(rec: SentenceRecord, out: list[Mention]) -> None:
    """'Wojska pod dowództwem Rosji zaatakowały', 'koalicja kierowana przez USA': the leader after the words
    of leading (``led_by``) acts through the noun before them, so it takes that noun's cases (a genitive or
    instrumental leader is the clause's subject when the noun it leads is)."""
    for cm in rec.cues.get("led_by", ()):
        if cm.start == 0 or not rec.morphs[cm.start - 1].is_("NOUN") or not rec.morphs[cm.start - 1].cases:
            continue
        m = next((m for m in out if cm.start <= m.start <= cm.end), None)
        if m is not None:
            m.feats = frozenset(rec.morphs[cm.start - 1].cases)


def _capitals(rec: SentenceRecord, start: int, end: int) -> bool:
    """A one-word pronoun written in capitals in a sentence that is not ("US-made bombs", "the US"): a name's
    abbreviation, even where the name itself is dropped (an origin, not an actor), never "us"."""
    text = rec.tokens[start].text
    return end == start + 1 and len(text) > 1 and text.isupper() and not rec.text.isupper()


def _money(tb: Tables, rec: SentenceRecord, m: Mention) -> bool:
    """A name that only says whose money an amount is in: right before a currency ("US$ 723 million", "US
    dollars", "US-Dollar"), or an adjective right after one ("dolarów amerykańskich")."""
    toks = rec.tokens
    money = tb.markers["currency"]
    k = m.end + 1 if m.end + 1 < len(toks) and toks[m.end].text in HYPHENS else m.end
    if k < len(toks) and toks[k].low in money:
        # a currency sign counts only written onto the name ("US$"): "give Ukraine $4.5 billion" names a recipient
        return toks[k].is_word or toks[k].start == toks[k - 1].end
    return m.kind == "adjectives" and m.start > 0 and toks[m.start - 1].low in money


def _first_name(tb: Tables, rec: SentenceRecord, mt, actor) -> bool:
    """A person's one-word name right before a capitalized word the dictionary does not know is the first
    name of someone else ("intelligence chief Abbas Kamel"); a headline's verb ("Putin Meets Xi") is known."""
    toks = rec.tokens
    k = mt.end
    if actor.type != "Person" or mt.end - mt.start != 1 or tb.cases or k >= len(toks) or not rec.morphs:
        return False
    return toks[k].is_word and toks[k].text[:1].isupper() and rec.morphs[k].only("PROPN") and \
        tb.compiled.actors.find_longest(toks[k:k + 1]) == []


def _possessed_modifiers(tb: Tables, rec: SentenceRecord, out: list[Mention]) -> list[Mention]:
    """An organization's name between a possessor and its noun only qualifies that noun: "Sweden's NATO
    bid", "Russia's UN ambassador" are Sweden's and Russia's, not NATO's or the UN's."""
    toks = rec.tokens
    gaz = tb.gazetteer
    ends = {m.end for m in out}
    clitics = tb.markers["possessive_clitic"]

    def modifier(m: Mention) -> bool:
        return (m.start >= 2 and toks[m.start - 1].low in clitics and m.start - 1 in ends
                and m.end < len(toks) and toks[m.end].is_word and toks[m.end].text[:1].islower()
                and all(a in gaz and gaz[a].type == "Organization" for a in m.actors))

    return [m for m in out if not modifier(m)]


def _armed_group_origins(tb: Tables, rec: SentenceRecord, out: list[Mention]) -> list[Mention]:
    """A state's adjective that only says where an armed group named right after it comes from ("the
    Lebanese group Hezbollah", "die palästinensische Hamas", "jemeńska milicja Huti") is part of the
    group's name: the group acts on its own (ANNOTATION: a non-state armed group acting on its own), not
    the state. The name's mention grows back over the adjective, so "at war with the Palestinian group
    Hamas" still finds Hamas right after its preposition. Up to two plain words may stand between; a
    trigger, a body noun or a preposition among them ("Israeli strikes", "the Lebanese army") keeps the
    adjective."""
    gaz = tb.gazetteer
    toks = rec.tokens
    groups = {m.start for m in out if m.kind == "names" and m.actors
              and all(a in gaz and gaz[a].type == "ArmedGroup" for a in m.actors)}
    if not groups:
        return out
    busy = set(rec.trigger_tokens) | {k for cm in rec.cues.get("body", ()) for k in range(cm.start, cm.end)}
    busy |= {k for k, t in enumerate(toks) if t.low in tb.markers["prepositions"]}

    def origin(m: Mention) -> int | None:
        return next((s for s in sorted(groups) if m.kind == "adjectives" and m.end <= s <= m.end + 2
                     and all(toks[k].is_word and k not in busy for k in range(m.end, s))), None)

    grown = {}
    for m in out:
        s = origin(m)
        if s is not None:
            grown[s] = m.start
    return [Mention(grown[m.start], m.end, m.actors, m.kind, m.feats, m.possessive, m.resolved, m.via)
            if m.start in grown else m for m in out if origin(m) is None]


def _acting_for_the_state(rec: SentenceRecord, out: list[Mention],
                          caseless: frozenset[str] | None = None,
                          clitics: frozenset[str] = frozenset()) -> list[Mention]:
    """Drop mentions of actors that do not act for their state: an adjective or a possessive of a private
    noun ("Chinese companies", "China's firms", "Tehran's proxies", "rosyjski oligarcha", "a Venezuelan
    vessel") and a former official ("Georgia's former prime minister", "były prezydent"). With ``caseless``
    (a language without cases: its coordinating words), lower-case nouns may stand between ("Russian
    shipping firms")."""
    private = {cm.start for cm in rec.cues.get("private", ())}
    former = {cm.end for cm in rec.cues.get("former", ())}
    toks = rec.tokens
    bodies = {k for cm in rec.cues.get("body", ()) for k in range(cm.start, cm.end)}
    kept = []
    for m in out:
        nxt = m.end
        while nxt < len(toks) and nxt - m.end < 2 and nxt not in private and toks[nxt].is_word and \
                not any(o.start == nxt for o in out) and (
                    rec.morphs and rec.morphs[nxt].is_("ADJ") or "-" in toks[nxt].text
                    or caseless and _compound_noun(rec, nxt) and nxt not in bodies):
            nxt += 1  # "Chinese state-owned companies", "rosyjskie prywatne firmy", "Russian shipping firms"
        if m.kind == "adjectives" and nxt in private:
            continue
        if nxt < len(toks) and toks[nxt].low in clitics and nxt + 1 in private and not any(
                o.start == nxt + 2 for o in out) and (not caseless or _ends_phrase(rec, nxt + 1, caseless)):
            continue  # "China's firms supplied drones": the firms act, not China (not "Iran's proxy Hezbollah",
            # nor "Sandu's national security adviser")
        if caseless and m.kind in ("names", "metonyms") and nxt in private and toks[nxt].text[:1].islower() \
                and _ends_phrase(rec, nxt, caseless):
            continue  # "sanctioned 12 U.S. defense companies": a name used as a modifier, like an adjective
        if m.kind == "body" and (m.start in former or m.start - 1 in former or any(
                f <= m.start and m.start - f <= 3 and all(t.is_word for t in toks[f:m.start]) for f in former)):
            continue
        kept.append(m)
    return kept


def _ends_phrase(rec: SentenceRecord, k: int, coordination: frozenset[str]) -> bool:
    """Whether the private noun at ``k`` heads its phrase ("US firms and …"), not modifies the next noun
    ("Ukraine national security adviser")."""
    toks = rec.tokens
    return k + 1 >= len(toks) or not toks[k + 1].is_word or not rec.morphs or not rec.morphs[k + 1].is_("NOUN") \
        or toks[k + 1].low in coordination


def _compound_noun(rec: SentenceRecord, k: int) -> bool:
    """A lower-case noun or gerund that can modify the noun after it ("shipping" in "shipping firms")."""
    return bool(rec.morphs) and rec.tokens[k].text[:1].islower() and (
        rec.morphs[k].is_("NOUN") or "ger" in rec.morphs[k].feats)


#: Cue concepts whose words inside a name are part of the name ("the United States" is not "states").
_NOT_IN_NAMES = ("speech", "light_verbs", "inverse", "hedge", "demand", "hypothetical", "denial", "event",
                 "same_again", "reciprocal")


def _adjective_complements(tb: Tables, rec: SentenceRecord, out: list[Mention]) -> None:
    """'Kuba wspiera wrogie USA państwa', 'aid to states hostile to the US', 'dem Kreml nahestehende Medien': a name
    right after an adjective that takes it as its complement (only articles between), or right before one, only
    describes the noun that adjective goes with. Like a hyphen compound it modifies and takes no role."""
    found = rec.cues.get("complement_adjective")
    if not found:
        return
    determiners = tb.markers["determiners"]
    ends = {c.end for c in found}
    starts = {c.start for c in found}
    toks = rec.tokens
    for m in out:
        if m.kind == "adjectives":
            continue
        k = m.start
        while k > 0 and toks[k - 1].low in determiners:
            k -= 1
        if k in ends or m.end in starts and not _not_a_complement(tb, rec, m):
            m.compound = True


def _not_a_complement(tb: Tables, rec: SentenceRecord, m: Mention) -> bool:
    """Whether a name right before such an adjective cannot be its complement, in a language with cases: a name
    in no case the adjective takes ("nazwała Finlandię wrogim państwem": the one named hostile), or a genitive
    right after a common noun, that noun's attribute ("nazwał decyzję Finlandii wrogim krokiem": Finland's
    decision); "Rosji wrogie państwa" stays the adjective's."""
    if not (tb.cases and rec.morphs and m.feats):
        return False
    k = m.start
    if "dat" not in m.feats:
        return True
    return k > 0 and "gen" in m.feats and rec.morphs[k - 1].is_("NOUN") and rec.tokens[k - 1].text[:1].islower()


def _drop_cues_inside_names(rec: SentenceRecord) -> None:
    named = {k for m in rec.mentions if m.kind in ("names", "metonyms") for k in range(m.start, m.end)}
    if not named:
        return
    for concept in _NOT_IN_NAMES:
        found = rec.cues.get(concept)
        if found:
            rec.cues[concept] = [cm for cm in found if named.isdisjoint(range(cm.start, cm.end))]


def _other_members(tb: Tables, rec: SentenceRecord, m: Mention) -> bool:
    """Whether ``m`` names the organization of unnamed members after a word of 'other': "other NATO members"
    (the plural after the name), "inne państwa NATO" (the plural before it), the lexicon's ``other_members``."""
    toks = rec.tokens
    others, plurals = tb.markers["others"], tb.markers["other_members"]
    if m.kind != "names" or not plurals:
        return False
    after = " ".join(t.low for t in toks[m.end:m.end + 2])
    if m.start > 0 and toks[m.start - 1].low in others and m.end < len(toks) and (
            toks[m.end].low in plurals or after in plurals):
        return True
    return m.start > 1 and toks[m.start - 1].low in plurals and toks[m.start - 2].low in others


def _city_named_group(tb: Tables, rec: SentenceRecord, m: Mention) -> bool:
    """Whether the capital ``m`` (standing for its state) names a group after the city, right before one of the
    lexicon's ``name_classifiers``, hyphened or not ("the Lima Group", "die Lima-Gruppe"): a name, no actor."""
    toks = rec.tokens
    k = m.end + 1 if m.end < len(toks) and toks[m.end].text in HYPHENS else m.end
    return m.kind == "metonyms" and k < len(toks) and toks[k].low in tb.markers["name_classifiers"] \
        and toks[k].text[:1].isupper()
