"""Where a list of names ends: the tests the groups stage asks before joining a name to the group before it.

A comma or "and" between two names joins a list ("Chile, Peru and Bolivia") unless what follows opens a clause
of its own ("Russia shelled Kharkiv, Ukraine condemned it", "Russia shipped arms to Syria and Iran sent drones"),
closes a relative clause, sets a comparison ("…, wie auch Russland"), or the first name only sets the scene or
witnesses. Each test takes the sentence record and the two mentions with the tokens between; split from
``groups``.
"""

from __future__ import annotations

from kg.engine.record import Group, Mention, SentenceRecord
from kg.engine.speaker import DASHES
from kg.engine.syntax import prep
from kg.engine.tables import Tables
from kg.text import HYPHENS, Token


def postposed_same(tb: Tables, rec: SentenceRecord, g: Group, m: Mention, between: list[Token]) -> bool:
    """"Ägypten unterstützt Haftar, wie auch Russland.": after a comma, a phrase of the lexicon's ``same_here``
    with a name that ends its clause, after a single name a verb came before, gives the clause's act to that name
    (``claims.same_here``); it is no second object of the clause (but "die USA, wie auch Kanada, verurteilten"
    and "verurteilten China, Iran, wie auch Russland" are lists)."""
    toks, morphs = rec.tokens, rec.morphs
    cm = next((cm for cm in rec.cues.get("same_here", ()) if cm.end == m.start and cm.start > 0
               and toks[cm.start - 1].text == ","), None)
    if cm is None or not morphs or len(between) < 2 or between[0].text != "," or len(g.mentions) > 1:
        return False
    if tb.cases and m.feats and "nom" not in m.feats:
        return False  # "zaatakowała Ukrainę, tak jak Gruzję": a name that cannot be a subject is a second object
    return (m.end == len(toks) or not toks[m.end].is_word) and any(
        mo.is_("VERB") and mo.feats & {"fin", "past"} for mo in morphs[:g.start])


def relative_closed(tb: Tables, rec: SentenceRecord, g: Group, between: list[Token]) -> bool:
    """"Belarus, which backs Moscow, and Hungary signed a deal": the comma before "and" closes the relative
    clause a comma opened before the one name so far, so the name after "and" joins the relative clause's
    antecedent, not the name inside it (a list inside the clause goes on: "which backs Hamas, Hezbollah and …")."""
    toks = rec.tokens
    if len(g.mentions) != 1 or len(between) != 2 or between[0].text != "," or between[1].text == "," \
            or between[1].low not in tb.markers["coordination"]:
        return False
    k = g.start - 1
    while k > 0 and toks[k].text != ",":
        if toks[k].low in tb.markers["relative"] and toks[k - 1].text == ",":
            return True
        k -= 1
    return False


def opens_clause(tb: Tables, rec: SentenceRecord, m: Mention, between: list) -> bool:
    """"…odcięły wsparcie dla Nigru, a Stany Zjednoczone zapowiedziały …": after an adversative word, a
    name followed by its own finite verb opens a new clause; it is not coordinated with the name before.
    The word may also follow the name, after a comma ("…die Polisario, Marokko dagegen beansprucht …")."""
    toks, morphs = rec.tokens, rec.morphs
    adversative = tb.markers["adversative"]
    after = [t.text for t in between if t.low not in tb.markers["determiners"]] == [","] and m.end < len(toks) \
        and toks[m.end].low in adversative  # also "…, die Türkei dagegen …"
    if not morphs or not (after or any(t.low in adversative for t in between)):
        return False
    if after and any(x.start == m.end + 1 for x in rec.mentions):
        return False  # "między Japonią, Kanadą a Meksykiem": 'a' joins the list's last name, opens no clause
    if after and m.end + 1 < len(toks) and toks[m.end + 1].low in tb.markers["determiners"]:
        return True  # "…, Ankara dagegen die Einheitsregierung": a gapped clause, its verb the one before
    if tb.cases and not any(t.text == "," for t in between):
        return False  # a clause after 'a'/'aber' takes a comma; "między Peru a Chile toczą się …" is one phrase
    for k in range(m.end + after, min(len(toks), m.end + 3 + after)):
        if morphs[k].is_("VERB") and not morphs[k].is_("NOUN", "ADJ", "ADP") and morphs[k].feats & {"fin", "past"} \
                and not morphs[k].feats & {"1", "2"}:  # a name's verb is in the third person ("z udziałem": no verb)
            return True
        if not toks[k].is_word:
            return False
    return False


def body_then_adjective(prev: Mention, m: Mention, between: list) -> bool:
    """"According to the Indian army, Pakistani shelling killed …", "Według indyjskiej armii, pakistański ostrzał":
    after a comma alone, an adjective opens a phrase of its own; a body with its own noun is no conjunct of it
    (adjectives share the noun after them: "Indian, Pakistani and Chinese troops")."""
    return [t.text for t in between] == [","] and prev.kind == "body" and m.kind == "adjectives"


def comma_then_clause(tb: Tables, rec: SentenceRecord, group: Group, m: Mention, between: list) -> bool:
    """"w dniu ataku na Ukrainę, Chiny – ustami rzeczniczki – sprzeciwiły się …": after a comma, a name
    right before a dash or its own finite verb opens a clause ("Rosja zaatakowała Ukrainę, Polska potępiła
    atak"); the one before it is no list member with it (a list of two takes "i": "na Ukrainę i Mołdawię"),
    unless commas alone already join the group before it ("Przedstawiciele USA, UE, ONZ wyrazili": a list)."""
    toks, morphs = rec.tokens, rec.morphs
    prev = group.mentions[-1]
    if not morphs or [t.text for t in between][:1] != [","] or m.end >= len(toks):
        return False
    k = m.end
    if not tb.cases:
        # "Under the deal reached with Washington, Kyiv will share …": in English a list of two takes "and", so
        # a single name right before a modal or a finite verb after a comma is the subject of the main clause
        # (only after a phrase that a preposition opens, so that an apposition's own comma stays one)
        finite_next = morphs[k].only("AUX") or morphs[k].only("VERB") and bool(morphs[k].feats & {"fin", "past"})
        if len(between) >= 2 and between[1].low in tb.markers["coordination"] and finite_next and m.actors \
                and all(t.low in tb.markers["determiners"] for t in between[2:]) \
                and m.kind in ("names", "metonyms") and not (prev.start > 0 and (
                    toks[prev.start - 1].text == "," or toks[prev.start - 1].low in tb.markers["coordination"])):
            # "Pakistan struck hideouts in Afghanistan, and the Taliban vowed retaliation": after a comma and
            # "and", a name right before its finite verb opens a clause when no list of names precedes it
            return True
        return len(between) == 1 and len(m.actors) >= 1 and m.kind in ("names", "metonyms") \
            and prev.kind in ("names", "metonyms") and finite_next and prep(tb, rec, prev.start, 0) is not None
    if len(between) != 1:
        return False
    if toks[k].text in DASHES:
        return True
    pairs = zip(group.mentions, group.mentions[1:], strict=False)
    if len(group.mentions) > 1 and all(toks[j].text == "," for a, b in pairs for j in range(a.end, b.start)):
        return False
    return morphs[k].is_("VERB") and not morphs[k].is_("NOUN", "ADJ", "ADP") and bool(morphs[k].feats & {"fin", "past"})


def and_then_clause(tb: Tables, rec: SentenceRecord, prev: Mention, m: Mention, between: list) -> bool:
    """"Russia shipped arms to Syria and Iran sent drones to Yemen": in a language without cases, after "and"
    alone, a name right before its own finite verb (adverbs between: "and Iran also sent") opens a clause
    when the name before "and" follows a finite verb of its clause and no list of names leads to it; a list
    that is the subject of the verb after it stays one ("France and Germany sent drones")."""
    toks, morphs = rec.tokens, rec.morphs
    if tb.cases or not morphs or not between \
            or [t.low for t in between if t.low not in tb.markers["determiners"]] != [between[0].low] \
            or between[0].low not in tb.markers["coordination"] or m.kind not in ("names", "metonyms") \
            or not m.actors or (prev.start > 0 and (toks[prev.start - 1].text == ","
                                                    or toks[prev.start - 1].low in tb.markers["coordination"])):
        return False
    k = m.end
    while k < len(toks) and morphs[k].only("ADV"):
        k += 1

    def finite(j: int) -> bool:
        return morphs[j].only("AUX") or morphs[j].is_("VERB") and not morphs[j].is_("NOUN", "ADJ") \
            and bool(morphs[j].feats & {"fin", "past"})
    # a verb that agrees with a plural ("Russia and Iran are", "… have") has the list for its subject
    if k >= len(toks) or not finite(k) or toks[k].low in tb.markers["plural_verbs"] \
            or "past" not in morphs[k].feats and not toks[k].low.endswith("s"):
        return False
    start = max((j + 1 for j in range(prev.start) if toks[j].text in ",;:"), default=0)
    # (not a participle inside a compound: "the French-backed SDF units and Turkey clashed")
    verb = next((j for j in range(prev.start - 1, start - 1, -1) if finite(j) and not (
        j > 0 and toks[j - 1].text in HYPHENS)), None)
    if verb is None or _object_relative(tb, rec, verb):
        return False
    # "Britain said Russia and Iran supplied …", "said cooperation between Russia and Iran is …": after a verb of
    # saying, the list is in the reported clause's subject
    said = any(cm.start <= verb < cm.end for cm in rec.cues.get("speech", ()))
    # "… after Israel and the US attacked …": a conjunction between the verb and the name opens a clause of its
    # own, whose subject the list is
    openers = tb.markers["complementizer"] | tb.markers["subordinator"] | tb.markers["relative"]
    occasion = {j for cm in rec.cues.get("occasion", ()) for j in range(cm.start, cm.end)}
    return not said and not any(t.low in openers or j in occasion or morphs[j].only("SCONJ")
                    for j, t in enumerate(toks[verb + 1:prev.start], verb + 1))


def _object_relative(tb: Tables, rec: SentenceRecord, verb: int) -> bool:
    """Whether ``verb`` is the verb of an object relative without a pronoun: a name right before it, and right
    before the name a noun its determiner opens ("the treaty Chile signed with Bolivia and Peru expires", "a 2015
    deal Iran signed with …"); the finite verb after the list is then the main clause's, not one of its own
    (not a time: "the same day Russia shipped arms to Syria and Iran sent drones")."""
    toks, morphs = rec.tokens, rec.morphs
    subj = next((m for m in rec.mentions if m.end == verb and m.kind in ("names", "metonyms")), None)
    k = subj.start - 1 if subj is not None else -1
    if k < 1 or not morphs[k].is_("NOUN") or morphs[k].is_("PROPN") or toks[k].low in tb.markers["time_nouns"]:
        return False
    k -= 1
    while k >= 0 and morphs[k].is_("ADJ", "NUM", "NOUN") and toks[k].low not in tb.markers["determiners"]:
        k -= 1
    return k >= 0 and toks[k].low in tb.markers["determiners"]


def fronted_place(tb: Tables, rec: SentenceRecord, out: list[Group], m: Mention, between: list) -> bool:
    """"In Moscow, Vladimir Putin thanked Kim": a place fronted in a prepositional phrase that opens
    the sentence, then a comma and a person, a body ("Turkish President …", "Russian officials") or "the
    leaders", is the scene, not the first of a list with it."""
    if not out or len(out[-1].mentions) != 1 or [t.text for t in between
                                                  if t.low not in tb.markers["determiners"]] != [","]:
        return False
    prev = out[-1].mentions[0]
    # "Meanwhile, in Seoul, …": a sentence adverb before the phrase (and its comma) is no part of it
    lead = 0
    while lead < prev.start and rec.morphs and (rec.morphs[lead].only("ADV") and rec.tokens[lead].text[:1].isupper()
                                                 or lead > 0 and rec.tokens[lead].text == ","):
        lead += 1
    opener = [t for t in rec.tokens[lead:prev.start] if t.low not in tb.markers["determiners"]]
    # "Meeting Erdogan in Ankara, Olaf Scholz urged …": the place closes an -ing clause that opens the sentence
    ing = bool(rec.morphs) and not tb.cases and bool(rec.morphs[0].feats & {"ger", "prp"}) and len(opener) > 1 \
        and opener[-1].low in tb.markers["prepositions"] and not any(t.text == "," for t in opener)
    preps = tb.markers["prepositions"]
    # "On a visit to Kyiv, the German chancellor …": a longer phrase opened and closed by prepositions, no verb
    phrase = len(out) == 1 and len(opener) > 1 and not tb.cases and opener[0].low in preps and opener[-1].low in preps \
        and not any(t.text == "," for t in opener) and bool(rec.morphs) \
        and not any(rec.morphs[k].is_("VERB") and not rec.morphs[k].is_("NOUN") for k in range(1, prev.start))
    if not ing and not phrase and (len(out) != 1 or len(opener) != 1 or opener[0].low not in preps):
        return False
    gaz = tb.gazetteer
    # "In the fight against Hamas, Israel has …": after a longer phrase, any actor a verb follows at once
    # is the subject of the clause the phrase opens ("In talks with Russia, Ukraine and …" stays a list)
    subject = phrase and m.end < len(rec.tokens) and rec.morphs[m.end].is_("VERB", "AUX") \
        and not rec.morphs[m.end].is_("NOUN", "ADJ")
    # "In Riga, the leaders praised …": a pair or parties phrase after it is no list member either
    return (subject or all(a in gaz and gaz[a].type == "Person" for a in m.actors)
            or m.kind in ("pair", "parties", "body")) \
        and all(a in gaz and gaz[a].type != "Person" for a in prev.actors)


def fronted_witness(rec: SentenceRecord, out: list[Group], between: list) -> bool:
    """"In the presence of the US president, Armenia and Azerbaijan signed …": the witness a presence
    phrase opening the sentence names, then a comma, is not the first of a list with the parties."""
    if len(out) != 1 or [t.text for t in between] != [","]:
        return False
    first = out[0].start
    return any(cm.start == 0 and first - cm.end <= 3 for cm in rec.cues.get("presence", ()))


def list_end(tb: Tables, rec: SentenceRecord, k: int) -> int:
    """Past a coordinated name no mention holds ("Japan and Korea"): where a list of names ending at ``k`` ends."""
    toks = rec.tokens
    while k + 1 < len(toks) and toks[k].low in tb.markers["coordination"] and rec.morphs[k + 1].only("PROPN"):
        k += 2
    return k
