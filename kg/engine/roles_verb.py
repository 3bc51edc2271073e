"""Subjects of verbs: active verbs, passives and subjects left unsaid (speakers: ``kg.engine.roles_speech``).

The rules, in the order they are tried for an active verb: the antecedent
of a nominative relative pronoun ("Hezbollah, który ostrzeliwał"); in
verb-second languages the clause's first actor or the one right after the
verb; the subject of the sentence for an -ing adjunct ("…, accusing
Ankara"); the nearest (nominative) actor on the left; the subject of the
saying clause in pro-drop languages ("Teheran oświadczył, że popiera");
the antecedent of any relative; and, with free word order, a nominative
after the verb ("ogłosiły Wielka Brytania i Francja").
"""

from __future__ import annotations

from kg.engine.adjunct_subject import adjunct_subject
from kg.engine.clauses import subordinate_subject
from kg.engine.inverted import (
    after_dash,
    agreeing_left_subject,
    agreement,
    clitic_then_subject,
    converb_roles,
    disagreeing_subject,
    genitive_in_adjunct,
    number_of,
    only_nominative,
    reported_own_subject,
    subject_number,
    unknown_subject,
)
from kg.engine.record import Discourse, FrameResult, Group, Mention, SentenceRecord
from kg.engine.relative_object import cased_relative_object, object_relative, relative_own_subject
from kg.engine.roles_control import purpose_subject
from kg.engine.said_after import quoted_speaker, speech_after
from kg.engine.speaker import names_no_one, quote_speaker
from kg.engine.syntax import (
    after,
    antecedent,
    can_be_nominative,
    clause_span,
    finite,
    left_subject,
    prep,
)
from kg.engine.tables import Tables, phrases_of
from kg.engine.tense_switch import sayer_of_switch
from kg.engine.verb_final import governing_accusation, infinitive_subject
from kg.engine.verb_second import object_relative_article, verb_second_subject
from kg.phrases import Match


def verb_subject(tb: Tables, rec: SentenceRecord, disc: Discourse, f: FrameResult,
                 feats: frozenset[str]) -> tuple[Group | None, Group | None, str]:
    """A verb's subject, an object found on the way (object-verb-subject order) and the rule's name."""
    toks = rec.tokens
    groups = rec.groups
    tm = f.match
    lo, hi = f.clause
    before = tm.start
    if lo > 0 and toks[lo - 1].low in tb.markers["relative_subject"] and lo - 1 in rec.breaks and not (
            lo > 1 and toks[lo - 2].low in tb.markers["prepositions"]):  # not "die Provinz, in der …"
        own = relative_own_subject(tb, rec, lo, before)
        if own is not None:  # "die Hamas, die der Iran unterstützt": the pronoun is the object
            ante = antecedent(tb, rec, lo)
            return own, ante if "" in tb.object_markers[f.index] and ante is not own else None, "relative-object"
        subj = antecedent(tb, rec, lo)  # "Hezbollah, który ostrzeliwał Izrael"
        if subj is not None:
            return subj, None, "antecedent"
    late = after_dash(tb, rec, f)
    if late is not None:  # "…, inaczej poniesie konsekwencje – ostrzegł prezydent Francji": who says it follows
        return late, None, "after-dash"
    converb = converb_roles(tb, rec, f)
    if converb is not None:  # "Krytykując Chiny, szef MSZ Japonii wezwał …": the main clause's subject
        return converb[0], converb[1], "converb"
    if tb.settings.get("verb_second"):
        charge = governing_accusation(tb, rec, f)
        if charge is not None:  # "beschuldigte die Separatisten, Waffen an Taiwan zu liefern": not Beijing
            return charge.object, None, "alleged"
        subj, tag = infinitive_subject(tb, rec, f)  # "Merz kündigte an, die Ukraine zu unterstützen"
        if subj is not None:
            return subj, None, tag
        subj, obj, tag = verb_second_subject(tb, rec, f)
        if obj is None and subj is not None and "" in tb.object_markers[f.index]:
            rel = object_relative_article(tb, rec, lo)
            if rel is not None and not set(rel.actors) & set(subj.actors):
                return subj, rel, tag  # "General Haftar, dem Russland und Ägypten helfen": Haftar is helped
        return subj, obj, tag
    if tb.cases and "imps" in feats:
        # "Trzech rosyjskich dyplomatów uznano za persona non grata": the impersonal form has no subject of its
        # own (the dropped one does it); a bare actor on its left is its fronted object
        left = left_subject(tb, rec, lo, before)
        if left is not None and any(p.start <= left.start < p.end and p.rel == "gen" and p.attach is not None
                                    for p in rec.phrases):
            left = None  # "Na listę oficjeli objętych sankcjami USA wpisano …": a genitive owns no verb slot
        if left is not None and "" in tb.object_markers[f.index] and not any(
                toks[k].text in ",;:" or rec.morphs and finite(rec.morphs[k]) for k in range(left.end, before)):
            return None, left, "impersonal"
    subj = adjunct_subject(tb, rec, f)
    if subj is not None:
        return subj, None, "adjunct"
    inv = clitic_then_subject(tb, rec, f) if tb.cases else None
    if inv is not None:  # "wspiera go również Katar": the subject after the verb's clitic object
        return inv[0], inv[1], "inverted"
    shared = _shared_subject_verb(tb, rec, lo, before)
    if shared is not None:  # "MSZ wezwało ambasadora i wręczyło mu notę": the first verb's subject
        subj = left_subject(tb, rec, lo, shared, nominative=True)
        if subj is not None:
            return subj, None, "coordinated"
    subj = coordinated_subject(tb, rec, tm, lo)
    if subj is not None:
        return subj, None, "coordinated"
    subj = purpose_subject(tb, rec, tm, lo)
    if subj is not None:  # "Trump called Modi to congratulate him": the caller congratulates
        return subj, None, "purpose"
    if _private_doer(tb, rec, tm):
        return None, None, ""  # "The EU sanctioned firms supplying Russia with drones": the firms supply
    subj = left_subject(tb, rec, lo, before, nominative=tb.cases)
    if subj is not None and tb.cases and subj.mentions[0].kind == "object_pronoun" and subj.end == before:
        # "Polska poparła Ukrainę, a Węgry ją skrytykowały": a clitic right before the verb is its object
        own = left_subject(tb, rec, lo, subj.start, nominative=True)
        if own is not None and set(own.actors) != set(subj.actors):
            return own, subj, "clitic-object"
    if subj is not None and _object_before_gerund(tb, rec, subj, before):
        # "Japan praised Australia at meeting with India": the gerund after a preposition is the verb's subject's
        return left_subject(tb, rec, lo, subj.start), None, "left"
    if subj is not None and _object_of_earlier_verb(tb, rec, subj, before):
        return None, None, ""  # "The communiqué names Russia a threat and reaffirms … to support Ukraine"
    rel_obj = cased_relative_object(tb, rec, lo, tb.object_markers[f.index])
    if subj is not None and rel_obj is None:
        late = disagreeing_subject(tb, rec, f, subj)
        if late is not None:  # "Kijów odwiedzili premier Polski …": a singular before a plural verb is its object
            return late, subj if "" in tb.object_markers[f.index] else None, "inverted"
    if subj is not None and reported_own_subject(tb, rec, subj, before):
        return None, rel_obj, ""  # "Houthi officials said the strikes hit the capital": no strike of theirs
    if subj is not None:
        return subj, rel_obj, "left"
    if rel_obj is not None:
        # "Rwanda, którą oskarża …": the antecedent is no subject; one named after the verb in the nominative
        # is ("Gruzja, na którą napadła Rosja", "Rwanda, którą oskarża rząd Konga")
        late = next((g for g in groups if before < g.start < hi and prep(tb, rec, g.start, lo) is None
                     and can_be_nominative(g)), None)
        return late, rel_obj, "relative-inverted" if late is not None else ""
    if lo > 0 and toks[lo - 1].low in tb.markers["complementizer"] and tb.pro_drop:
        # "Teheran oświadczył, że popiera ...": the subject of the saying clause
        if unknown_subject(tb, rec, lo, tm.start):
            return None, None, ""  # "Rosja twierdzi, że Zachód dostarcza Ukrainie broń": a subject of its own
        plo, _ = clause_span(rec, lo - 1, lo - 1)
        subj = left_subject(tb, rec, plo, lo - 1, nominative=True)
        return subj, None, "governing" if subj is not None else ""
    both = object_relative(tb, rec, lo, tm.start)
    if both is not None:  # "Chile struck Peru, which it accuses of harbouring rebels": Chile accuses Peru
        return both[0], both[1], "object-relative"
    subj = antecedent(tb, rec, lo)
    if subj is not None:
        return subj, None, "antecedent"
    if rec.morphs and rec.morphs[tm.start].feats & {"1", "2"} and not rec.morphs[tm.start].is_("NOUN", "ADJ"):
        return None, None, ""  # "Dziękuję prezydentowi Litwy": a first or second person names no subject after it
    clause_initial = tm.start - lo <= 3 and not any(lo <= m.start < tm.start for m in rec.mentions)
    # "Jego stanowisko poparł szef MSZ Hiszpanii": a bare noun phrase before the verb is its fronted object
    fronted = next((np for np in rec.phrases if lo <= np.start and np.end <= tm.start and np.prep is None
                    and np.attach is None), None)
    if not tb.cases or "imps" in feats or (disc.subject and clause_initial and fronted is None and not only_nominative(
            tb, rec, after(tb, rec, tm.end, hi, {""}))):  # "O wycofanie zarzutów apelują władze i Komisja Europejska"
        return None, None, ""
    if toks[tm.end - 1].low in tb.markers["prepositions"] and not f.trigger.mutual:
        # "w ramach podróży do Peru i Chile": what the trigger's own preposition governs is no subject (but
        # "Sojusz między Japonią a Filipinami" names both sides)
        return None, None, ""
    g = after(tb, rec, tm.end, hi, {""})
    q = g.start - 1 if g is not None else 0
    if q > 1 and toks[q].text == "." and toks[q - 1].low in tb.markers["abbreviations"]:
        q -= 1  # "ok. 1,5 tys. żołnierzy": the abbreviation's period is no break
    counted = g is not None and g.start > 0 and (
        toks[q].text[:1].isdigit() or toks[q].low in tb.markers["quantifiers"]
        or bool(rec.morphs) and rec.morphs[q].only("NUM"))  # "przybyło dwustu żołnierzy"
    if g is None or not ("nom" in g.mentions[0].feats or counted) or (
            g.mentions[0].kind == "adjectives" and not counted):  # "wleciało 19 rosyjskich dronów"
        return None, None, ""
    if g.mentions[0].kind == "body" and not counted and rec.morphs and rec.morphs[g.start].cases and \
            "nom" not in rec.morphs[g.start].cases:
        return None, None, ""  # "… wezwało na rozmowę ambasadora Rosji": the body noun's own case is no subject's
    if not counted and rec.morphs and any(m.kind in ("names", "metonyms") and "nom" not in rec.morphs[m.start].cases
                                          and "acc" in rec.morphs[m.start].cases for m in g.mentions[1:]):
        return None, None, ""  # "odwiedził Katar oraz Arabię Saudyjską": a conjunct only accusative makes the
        # whole group the object
    if rec.morphs and len(g.mentions) == 1 and number_of(rec, tm.tokens[0]) == {"pl"} and \
            subject_number(rec, g.mentions[0].end - 1) == {"sg"}:
        return None, None, ""  # "Bojownicy Hezbollahu ostrzelali Izrael": a plural verb, a singular name
    if rec.morphs and not counted and len(g.mentions) == 1 and agreement(rec, g.start, g.end, tm.tokens[0]) is False:
        return None, None, ""  # "…, ale poparła Izrael": a name the past verb cannot agree with is its object
    obj = None
    obj_markers = tb.object_markers[f.index]
    gaz = tb.gazetteer
    owner = next((pm for pm in rec.cues.get("possessive_pronoun", ()) if fronted is not None
                  and pm.start == lo and fronted.start in (lo, lo + 1)), None)
    whose = (disc.person,) if disc.person else tuple(disc.subject)
    if owner is not None and whose and "" in obj_markers and \
            not {gaz[a].code for a in whose} & {gaz[a].code for a in g.actors}:
        # "Jego stanowisko poparł szef MSZ Hiszpanii": the owner of the fronted object, the person last
        # named, else the topic
        return g, Group([Mention(owner.start, owner.end, whose, "possessor", possessive=True,
                                 resolved=True, via="the owner of the fronted object")]), "inverted"
    for left in reversed(groups):  # object-verb-subject: "Do Polski przybyli żołnierze"
        if lo <= left.start and left.end <= tm.start and all(
                gaz[a].code not in {gaz[b].code for b in g.actors} for a in left.actors):
            p = prep(tb, rec, left.start, lo)
            if p is None and "" not in obj_markers:
                p = _owner_prep(rec, left.start, lo)  # "Na terenie Mołdawii stacjonują …": the place's phrase
            if p is None and genitive_in_adjunct(rec, left.start):
                break  # "Porozumienie wynegocjowane przy udziale Egiptu podpisały …": the adjunct's, not the object
            if (p is None and "" in obj_markers) or (p is not None and p in obj_markers):
                obj = left
            elif p is not None and left.start > lo and _hangs_on_noun(rec, left.start):
                continue  # "akcesję Finlandii do NATO poparło …": the fronted noun's own phrase, not the object
            break
    return g, obj, "inverted"


def _owner_prep(rec: SentenceRecord, k: int, lo: int) -> str | None:
    """The preposition of the phrase a genitive at token ``k`` belongs to ("na terenie Mołdawii" → 'na')."""
    np = next((p for p in rec.phrases if p.start <= k < p.end), None)
    if np is None or np.rel != "gen" or np.attach is None:
        return None
    owner = rec.phrases[np.attach]
    return rec.tokens[owner.prep].low if owner.prep is not None and owner.prep >= lo else None


def _shared_subject_verb(tb: Tables, rec: SentenceRecord, lo: int, k: int) -> int | None:
    """In a language that marks case, a finite verb right after "i"/"oraz" (and auxiliaries) shares the
    subject of the finite verb before it in the clause: where that verb stands, else None. The actor
    between the two verbs is the first verb's object ("wezwało ambasadora Rosji i wręczyło mu notę")."""
    if not (tb.cases and tb.pro_drop and rec.morphs):
        return None
    toks = rec.tokens
    j = k - 1
    while j > lo and toks[j].low in tb.markers["auxiliaries"]:
        j -= 1
    if j <= lo or toks[j].low not in tb.markers["coordination"] or not toks[j].is_word or \
            not rec.morphs[k].feats & {"fin", "past"}:
        return None
    for v in range(j - 1, lo - 1, -1):
        m = rec.morphs[v]
        if m.is_("VERB", "AUX") and not m.is_("NOUN", "ADJ") and m.feats & {"fin", "past"}:
            return v
        if not toks[v].is_word and toks[v].text != "„" and toks[v].text != "”":
            return None  # not across a comma: "Rosja, Iran i Chiny ostrzegły"
    return None


def coordinated_subject(tb: Tables, rec: SentenceRecord, tm: Match, lo: int) -> Group | None:
    """"Trump criticised Madrid … and threatened to …": a verb joined by a coordinating word to an earlier
    verb of its clause shares that verb's subject, not the earlier verb's object nearest on the left."""
    toks = rec.tokens
    if not rec.morphs:
        return None
    k = tm.start - 1
    while k > lo and (toks[k].low in tb.markers["auxiliaries"] or rec.morphs[k].only("ADV")):
        k -= 1
    if k - 1 > lo and "infmark" in rec.morphs[k].feats and rec.morphs[k - 1].is_("VERB"):
        # "condemned Russia and pledged to support Ukraine": the verb that governs the infinitive
        k -= 2
        while k > lo and (toks[k].low in tb.markers["auxiliaries"] or rec.morphs[k].only("ADV")):
            k -= 1
    j = k
    while j > lo and (rec.morphs[j].only("DET", "ADJ") or rec.morphs[j].only("ADJ", "ADV")):
        j -= 1
    if j < k and rec.morphs[tm.start].is_("NOUN", "ADJ") and rec.morphs[j].is_("VERB") \
            and rec.morphs[j].feats & {"fin", "past"}:
        # "condemned the raid and promised a forceful response": the verb whose object the trigger noun is
        k = j - 1
        while k > lo and (toks[k].low in tb.markers["auxiliaries"] or rec.morphs[k].only("ADV")):
            k -= 1
    if k <= lo or not toks[k].is_word or toks[k].low not in tb.markers["coordination"] \
            or not rec.morphs[k].is_("CCONJ"):
        return None
    second = next((j for j in range(k + 1, tm.end) if rec.morphs[j].is_("VERB")), tm.start)
    sayer = sayer_of_switch(tb, rec, lo, k, second)
    if sayer is not None:  # "stated that Finland is a hostile state and blamed NATO": the one who stated
        return sayer
    verb = next((j for j in range(lo, k) if finite(rec.morphs[j]) or _verb_before_article(rec, j)), None)
    if verb is None or not any(verb < g.start and g.end <= k for g in rec.groups):
        return None  # no earlier verb, or nothing between it and "and" to mistake for the subject
    first = left_subject(tb, rec, lo, verb)
    return first if first is not None and first.mentions[0].kind != "adjectives" else None


def _verb_before_article(rec: SentenceRecord, j: int) -> bool:
    """A finite form the analyser also reads as an adjective ("verurteilte") is the verb when an article
    or a name follows it: an attributive adjective stands right before its noun."""
    m = rec.morphs[j]
    return (m.is_("VERB") and not m.is_("NOUN", "ADP") and bool(m.feats & {"fin", "past"}) and j + 1 < len(rec.morphs)
            and rec.morphs[j + 1].only("DET", "PROPN", "PRON"))


def _object_of_earlier_verb(tb: Tables, rec: SentenceRecord, g: Group, before: int) -> bool:
    """Whether ``g`` is the object of a verb right before it ("names Russia …") that a coordinated verb
    follows before ``before`` ("… and reaffirms …"): then it is no subject of what that verb governs.
    Not after a verb of saying ("said Russia attacked … and threatened"), whose object is a clause;
    only in a language without cases (Polish and German mark the subject by case)."""
    if tb.cases or not rec.morphs:
        return False
    toks = rec.tokens
    k = g.start - 1
    while k >= 0 and toks[k].low in tb.markers["determiners"]:
        k -= 1
    verb = rec.morphs[k] if k >= 0 else None  # "names" may also read as a plural noun
    if verb is None or not (verb.is_("VERB") and verb.feats & {"fin", "past"}) or verb.is_("AUX") or any(
            cm.start <= k < cm.end for cm in rec.cues.get("speech", ())):
        return False
    return any(toks[j].low in tb.markers["coordination"] and rec.morphs[j].is_("CCONJ")
               and any(finite(rec.morphs[v]) for v in range(j + 1, before))
               for j in range(g.end, before))


def _object_before_gerund(tb: Tables, rec: SentenceRecord, g: Group, before: int) -> bool:
    """Whether ``g`` is the object of a finite verb right before it and a gerund at ``before`` follows it after a
    preposition of place, no verb between ("praised Australia at meeting with India", "discussed Cyprus issue at
    meeting with Erdogan"): the gerund's phrase tells where the verb's subject acted, not what its object did (but
    "prevent Israel from invading", "accused Kenya of funnelling": the object does the act)."""
    if tb.cases or not rec.morphs or before < 1 or before - 1 < g.end:
        return False
    toks, morphs = rec.tokens, rec.morphs
    k = g.start - 1
    while k >= 0 and toks[k].low in tb.markers["determiners"]:
        k -= 1
    verb = morphs[k] if k >= 0 else None
    if verb is None or not (verb.is_("VERB") and verb.feats & {"fin", "past"}) or verb.is_("AUX") or any(
            cm.start <= k < cm.end for cm in rec.cues.get("speech", ())):
        return False
    return toks[before - 1].low in tb.markers["locative"] and "ger" in morphs[before].feats \
        and not any(finite(morphs[v]) for v in range(g.end, before))


def _private_doer(tb: Tables, rec: SentenceRecord, tm: Match) -> bool:
    """An -ing form right after a noun of private doers that names no actor ("sanctioned firms supplying Russia",
    "a network helping Iran evade sanctions"): a reduced relative whose subject is that noun, not an actor
    before it; a private doer acts for no state (ANNOTATION rule 10)."""
    if tb.cases or not rec.morphs or "prp" not in tm.features[0] or tm.start == 0:
        return False
    k = tm.start - 1
    return any(cm.end == tm.start for cm in rec.cues.get("private", ())) and not any(
        g.start <= k < g.end for g in rec.groups)


def _opening_noun_subject(rec: SentenceRecord, lo: int, at: Match) -> bool:
    """A common noun that opens the clause, may be nominative and names no actor, before a verb with no
    nominative actor after it in the clause: the verb's subject ("Brak reform grozi Ukrainie …"), not a fronted
    object whose subject follows ("Pomoc przekazała Polska")."""
    if not rec.morphs or lo >= at.start or any(m.start == lo for m in rec.mentions):
        return False
    if any(cm.start <= lo < cm.end for cms in rec.cues.values() for cm in cms):
        return False  # a noun the lexicon knows ("minister", "bezzałogowce"): an office or a weapon stands for an actor
    m = rec.morphs[lo]
    if not (m.is_("NOUN") and "nom" in m.cases and not m.is_("ADP", "ADV", "PRON", "ADJ")):
        return False
    hi = clause_span(rec, at.start, at.start)[1]
    return not any(at.end <= g.start < hi and can_be_nominative(g) and g.mentions[0].kind != "adjectives"
                   for g in rec.groups)


def dropped_subject(tb: Tables, rec: SentenceRecord, disc: Discourse, at: Match, lo: int,
                    feats: frozenset[str]) -> Group | None:
    """The subject a clause leaves unsaid ("…, ale ostrzegł Warszawę", "Oskarżono USA").

    A coordinated verb takes the sentence's subject ("X accused Helsinki of
    piracy and warned that …"); otherwise only impersonal forms and, in
    pro-drop languages, clause-initial verbs: first the subject of an earlier
    clause of the same sentence, then the discourse subject.
    """
    toks = rec.tokens
    m_ = tb.markers
    applies, g = subordinate_subject(tb, rec, lo, at.start)
    if applies:  # "said that while Iran backs the talks, it reserves …": the subordinate clause's subject
        return g
    clause_initial = at.start - lo <= 3 and not any(lo <= m.start < at.start for m in rec.mentions)
    k = at.start - 1
    while k > lo and toks[k].low in m_["auxiliaries"]:  # "and has also threatened"
        k -= 1
    coordinated = k >= 0 and toks[k].low in m_["coordination"] and lo > 0
    if not coordinated and k > 0 and lo > 0 and not tb.cases and not tb.settings.get("verb_second") and rec.morphs \
            and rec.morphs[k].only("CCONJ") and rec.morphs[at.start].is_("VERB") \
            and rec.morphs[at.start].feats & {"past", "fin"}:
        coordinated = True  # "Pakistan denied the strikes but urged Kabul to …": a finite verb right after an
        # adversative conjunction shares the subject too
    if "imps" in feats and lo > 0 and toks[lo].low in m_["coordination"] and _co_agent_between(tb, rec, lo, at.start):
        # "Francja zawarła sojusz, …, a wspólnie z Belgią zbombardowano bazy rebeliantów": an impersonal verb
        # done together with someone, in a coordinated clause, has the sentence's subject as its doer
        coordinated, k = True, lo
    if coordinated and ("imps" not in feats or k == lo):
        earlier = next((g for g in rec.groups if g.end <= k and prep(tb, rec, g.start, 0) is None
                        and g.mentions[0].kind != "adjectives" and not g.mentions[-1].possessive
                        and (not tb.cases or can_be_nominative(g))), None)
        if earlier is not None:
            return earlier
    if not ("imps" in feats or (tb.pro_drop and clause_initial)):
        return None
    if "imps" not in feats and unknown_subject(tb, rec, lo, at.start):
        return None  # "Kurdowie zaatakowali Irak": a subject the gazetteer does not know is no dropped one
    if "imps" not in feats and tb.cases and _opening_noun_subject(rec, lo, at):
        return None  # "Brak reform grozi Ukrainie utratą funduszy": the opening noun, no actor, is the subject
    rel = next((j for j in range(max(0, lo - 1), at.start) if toks[j].low in m_["relative"]), None)
    if rel is not None and not (rel > 0 and toks[rel - 1].low in m_["prepositions"] and "imps" not in feats):
        return None  # "nazwał je teatrem, który pomaga Moskwie": the relative's antecedent names no actor
    # "wydało oświadczenie, w którym potępiło atak": after a preposition the relative is no subject, and
    # the verb it leaves without one is the main clause's subject's (below)
    if rec.morphs and "1" in rec.morphs[at.start].feats:
        # "Przekazaliśmy Ukrainie haubice – powiedział szef MSZ Czech": "we" are the speaker's side
        later = speech_after(tb, rec, at.end)
        speaker = quoted_speaker(tb, rec, later) if later is not None else None
        if speaker is not None:
            return speaker
        if later is not None and disc.speaker is not None and names_no_one(tb, rec, later):
            # "– Wspieramy Ukrainę – zapewnił.": the verb names no one, the narration's last subject
            # speaks (nobody known: no subject, rather than the topic)
            return quote_speaker(tb, rec, disc, at.start) if disc.speaker else None
        if later is None and disc.quote_ahead:
            # "„… Odpowiemy łagodnie. Jeśli nie zrozumieją, wzmocnimy odpowiedź" – powiedział Łukaszenka"
            return Group([Mention(at.start, at.start, tuple(disc.quote_ahead), "speaker", resolved=True,
                                  via="the speaker named where the quote closes")])
    if "imps" not in feats and lo > 0:
        earlier = agreeing_left_subject(tb, rec, 0, lo, at.start)
        if earlier is not None:
            return earlier
    if disc.subject:
        return Group([Mention(at.start, at.start, tuple(disc.subject), "topic", resolved=True, via="the topic")])
    return None


def _co_agent_between(tb: Tables, rec: SentenceRecord, lo: int, hi: int) -> bool:
    """Whether a co-agent phrase ("wspólnie z", "razem z") names an actor between ``lo`` and ``hi``."""
    toks = rec.tokens
    words = phrases_of(tb, "co_agents", several=False)
    return any(lo < g.start and g.end <= hi and any(tuple(t.low for t in toks[g.start - len(w):g.start]) == w
                                                    for w in words) for g in rec.groups)


def _hangs_on_noun(rec: SentenceRecord, k: int) -> bool:
    """Whether the prepositional phrase at token ``k`` follows a bare noun phrase that names an actor in its
    genitive ("akcesję Finlandii do NATO"): the complement of that noun, not an adjunct of the verb."""
    i = next((i for i, np in enumerate(rec.phrases) if np.start <= k < np.end), None)
    if i is None or i == 0 or rec.phrases[i].prep is None:
        return False
    before = rec.phrases[i - 1]
    return before.rel == "gen" and before.attach is not None and rec.phrases[before.attach].prep is None \
        and before.end == rec.phrases[i].prep
