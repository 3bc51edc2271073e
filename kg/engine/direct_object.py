"""The object of a trigger by position and preposition: a noun's genitive or the first actor after it
with a preposition it allows, the owner inside a gapped phrase, a partner before a place; and the object
two coordinated verbs share ("condemned and sanctioned Belarus")."""

from __future__ import annotations

from kg.engine.free_phrases import free_relative
from kg.engine.genitives import criticized_owner, in_prep_phrase, owner_of_phrase_at
from kg.engine.hidden_objects import expelled, unnamed_target, with_case
from kg.engine.objects import handed_dative, joins, office_holder, owned_by, relative_owner, verb_object
from kg.engine.record import FrameResult, Group, SentenceRecord
from kg.engine.syntax import after, apposed, can_be_nominative, clause_span, finite, other_case, prep
from kg.engine.tables import Tables
from kg.records import SYMMETRIC

#: Relations whose marked object may be a noun owned by the actor: "Angriffe auf Stellungen der Huthi", "Sanktionen
#: gegen Richter des Strafgerichtshofs", "sanctions on members of the junta".
_LOCATED = ("attacks", "sanctions")


def direct_object(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """The object by position and preposition."""
    toks = rec.tokens
    tm = f.match
    hi = f.clause[1]
    t = f.trigger
    m_ = tb.markers
    obj_markers = tb.object_markers[f.index]
    skip = f.subject
    if f.is_noun and in_prep_phrase(rec, tm.start, own=False):
        hi = _main_verb_after(tb, rec, f, hi)  # "Na marginesie szczytu G20 Macron spotkał się z …": the verb's
    if f.is_noun and t.gap and len(tm.tokens) > 1:
        # the owner inside a gapped noun phrase: "naruszenie jej/estońskiej przestrzeni powietrznej"
        inside = next((g for g in rec.groups if tm.start < g.start and g.end <= tm.end and g is not skip
                       and not set(range(g.start, g.end)) & set(tm.tokens)), None)
        if inside is not None:
            return inside
    if not f.is_noun and t.gap and len(tm.tokens) > 1 and rec.morphs and tb.cases:
        # the act between a gapped verb idiom's words, in the genitive of a negated verb: "nie pozostawi tej
        # decyzji Rygi bez odpowiedzi" answers Riga's act
        inside = next((g for g in rec.groups if tm.tokens[0] < g.start and g.end <= tm.tokens[-1] and g is not skip
                       and not set(range(g.start, g.end)) & set(tm.tokens)
                       and "gen" in rec.morphs[g.end - 1].cases and prep(tb, rec, g.start, tm.tokens[0]) is None), None)
        if inside is not None:
            return inside
    if f.is_noun and t.genitive == "object":
        g = after(tb, rec, tm.end, min(hi, tm.end + 3), {""}, skip=skip, first_only=True)
        if g is not None and all(tok.low in m_["determiners"] or tok.low in m_["genitive_marker"]
                                 for tok in toks[tm.end:g.start]):
            return g  # "okupacja Ukrainy", "Invasion der Ukraine"; not "Invasion hat Polen"
    if f.how[-1:] == ["relative"] and f.relative_at is not None and all(
            not t.is_word for t in toks[tm.end:f.relative_at]):
        rhi = clause_span(rec, skip.end, skip.end)[1]
        obj = after(tb, rec, skip.end, rhi, obj_markers - {""}, skip=skip)
        if obj is not None:
            return obj
    if f.is_noun and "" in obj_markers and skip is not None and f.how[-1:] == ["agent"] and tb.cases:
        late = _genitive_after_agent(tb, rec, f, skip)
        if late is not None:
            return late
    if f.is_noun and t.genitive == "subject" and skip is not None and skip.mentions[-1].possessive \
            and skip.end <= tm.start and m_["genitive_marker"]:
        # "Iran's support of Hamas", "their backing of Kyiv": with the possessor its subject, the noun's
        # "of" phrase is its object
        g = after(tb, rec, tm.end, min(hi, tm.end + 3), set(m_["genitive_marker"]), skip=skip, first_only=True)
        if g is not None and all(tok.low in m_["determiners"] or tok.low in m_["genitive_marker"]
                                 for tok in toks[tm.end:g.start]):
            return g
    if f.is_noun and "" in obj_markers:
        # a noun's bare object is a genitive right after it ("poparcie Rosji"); farther actors need
        # a preposition, and stand before a verb with an object of its own when the noun is that clause's
        # subject ("Russia's war has pushed Finland into NATO": "into NATO" is the pushing's; not "was aimed at")
        inside = {i for g in rec.groups if g.start >= tm.end for fr in [free_relative(tb, rec, g.start, tm.end)] if fr
                  for i in range(fr[0], g.start)}  # "on what it said were …": the relative's verbs are no clause's
        reach = next((k for k in range(tm.end, hi) if _verb_at(rec, k) and k not in inside and not any(
            g.start <= k < g.end for g in rec.groups) and any(
            k < g.start <= k + 2 and g is not skip and prep(tb, rec, g.start, k) is None for g in rec.groups)), hi)
        reach = min(reach, _main_verb_after(tb, rec, f, reach))
        reach = next((k for k in range(tm.end + 1, reach) if rec.morphs and toks[k - 1].text == ","
                      and "pcon" in rec.morphs[k].feats), reach)  # "…, odcinając dostawy do Węgier": its own clause
        obj = after(tb, rec, tm.end, reach, obj_markers - {""}, skip=skip, located=t.relation in _LOCATED)
        owner = criticized_owner(tb, rec, f, reach, obj_markers - {""}, skip) if t.relation == "accuses" else None
        if owner is not None and (obj is None or owner.start < obj.start):
            # "Protest gegen das Vorgehen Serbiens gegenüber Bosnien": the owner of what is protested, not a
            # phrase hanging on that act
            obj = owner
        if obj is not None and t.relation == "attacks" and unnamed_target(
                tb, rec, tm.end, obj.start, m_["from"]) \
                and prep(tb, rec, obj.start, tm.end) in m_["within"]:
            obj = None  # "w boju z dżihadystami w Mali": the place of a fight against someone unnamed, not its target
        if obj is not None and t.relation == "attacks" and tb.cases and prep(tb, rec, obj.start, tm.end) in m_["from"] \
                and not with_case(rec, obj.start):
            # "atak ze Strefy Gazy na południowy Izrael": "z" with a genitive is where the attack came from; the
            # target is the marked phrase after it
            later = after(tb, rec, obj.end, reach, obj_markers - {""} - m_["from"], skip=skip, located=True)
            if later is not None:
                obj = later
        g = after(tb, rec, tm.end, min(hi, tm.end + 2), {""}, skip=skip, first_only=True)
        own_prep = toks[tm.end - 1].low in m_["prepositions"]  # "atak na wschodnią Ukrainę": the trigger's case
        if g is not None and (obj is None or g.start < obj.start) and not apposed(tb, rec, tm.end, g) \
                and (own_prep or not other_case(rec, g)) \
                and not any(tok.is_word and tok.low in m_["coordination"] for tok in toks[tm.end:g.start]) \
                and not any(_verb_at(rec, k) for k in range(tm.end, g.start)) and all(
                tok.low in m_["determiners"] or tok.low in m_["genitive_marker"]
                or not tok.is_word or tok.text[:1].islower() and not m_["genitive_marker"]
                for tok in toks[tm.end:g.start]):
            obj = g  # not "Seit der Invasion hat Polen …": a verb stands between; nor "sankcje i litewskie wsparcie":
            # after a coordination word the name is the next conjunct's
        if g is None and own_prep:  # "rozmów między sekretarzem generalnym Markiem Rutte a …": the office is its holder
            i = next((i for i, np in enumerate(rec.phrases) if np.start == tm.end), None)
            held = office_holder(tb, rec, i) if i is not None else None
            if held is None and i is not None and tb.chunk_rules.apposition:
                # "Gefechte zwischen den Nachbarstaaten Indien und Pakistan": the names set beside the
                # phrase's noun head it (close apposition), and take the trigger's preposition
                held = next((g for g in rec.groups if g.start == rec.phrases[i].head > tm.end), None)
            if held is not None and held is not skip and (obj is None or held.start < obj.start):
                obj = held
        if t.relation == "attacks" and obj is not None and obj is not g and tb.cases \
                and prep(tb, rec, obj.start, tm.end) in m_["within"]:
            # "nalot na bazy powiązane z milicją Hezbollahu w Syrii": the owner of what was hit, not its place
            hit = next((np for np in rec.phrases if tm.end <= np.start and np.end <= obj.start and (
                np.prep is None and np.start == tm.end or np.prep is not None and toks[np.prep].low in obj_markers)),
                None)
            used = owned_by(rec, hit.end, obj.start) if hit is not None else None
            if used is not None and used is not skip:
                obj = used
        if t.relation == "attacks" and skip is not None and obj is not None and obj is not g and tb.cases \
                and prep(tb, rec, obj.start, tm.end) in m_["within"]:
            # "ostrzał obiektów wojskowych Hezbollahu w Libanie": the owner of the noun's genitive target,
            # not the place it lies in
            owner = owner_of_phrase_at(rec, tm.start, obj.start)
            if owner is not None and owner is not skip:
                obj = owner
        if obj is None:
            obj = handed_dative(tb, rec, f, reach)  # "o przekazaniu czołgów Leopard Ukrainie"
        if obj is None and t.relation == "sanctions":
            obj = expelled(tb, rec, f, skip)  # "o wydaleniu z Rosji trzech estońskich konsulów"
        if obj is None and t.relation == "attacks" and rec.tokens[tm.end - 1].low in m_["prepositions"]:
            obj = owner_of_phrase_at(rec, tm.end, hi)  # "atak na infrastrukturę energetyczną Ukrainy"
        if obj is None and t.relation == "attacks":
            obj = owned_by(rec, tm.end, hi)  # "strikes on a depot used by Hezbollah"
        return obj
    target_after = not tb.cases and not tb.settings.get("verb_second") and toks[tm.tokens[-1]].low in m_["prepositions"]
    if t.gap and len(tm.tokens) > 1 and not target_after:  # "fired Iranian rockets at Israel": after "at"
        # "violated Estonian airspace", "sicherte Armenien ihre Unterstützung zu": the object sits
        # inside the phrase, phrase by phrase ("nach Angaben der US-Regierung" is an adjunct)
        inside = verb_object(tb, rec, tm.tokens[0] + 1, tm.tokens[-1], obj_markers, skip=skip, own=tm.tokens,
                             same=f.relation, located=t.relation in _LOCATED)
        # a noun of the same relation in the gap is the same act; "griff Ziele im Libanon an": the place
        if inside is not None and not set(range(inside.start, inside.end)) & set(tm.tokens):
            return inside
        if inside is None and t.relation == "attacks" and tm.tokens[-1] - tm.tokens[0] > 1:
            owner = relative_owner(tb, rec, tm.end)  # "griff Stellungen an, die von der Miliz genutzt werden"
            if owner is not None:
                return owner
    if t.relation in SYMMETRIC and obj_markers & m_["within"]:
        # a partner beats a place: "spotkał się w Kairze z Arakczim"
        return (verb_object(tb, rec, tm.end, hi, obj_markers - m_["within"], skip=skip)
                or verb_object(tb, rec, tm.end, hi, obj_markers, skip=skip))
    if tb.settings.get("verb_second") and rec.morphs:
        # a participle closing its clause (auxiliaries after it, then a comma) has no object after it: "nachdem
        # Schiffe in Gewässer eingedrungen waren, die Tokio beansprucht" (the comma opens a relative clause)
        j = tm.end
        while j < hi and rec.morphs[j].is_("AUX"):
            j += 1
        if tm.end < j < hi and rec.tokens[j].text == ",":
            hi = j
    # a noun of the same relation after the verb is the same act: "pledged $5 million in aid to Ukraine"
    return verb_object(tb, rec, tm.end, hi, obj_markers, skip=skip, located=t.relation in _LOCATED,
                       same=t.relation, reacting=t.relation in ("accuses", "praises"))


def _main_verb_after(tb: Tables, rec: SentenceRecord, f: FrameResult, hi: int) -> int:
    """Where the clause's own predicate begins after a noun inside a fronted prepositional phrase: at the
    first verb after a bare nominative actor ("W odpowiedzi na ostrzał Hezbollahu Izrael zaatakował cele w
    Libanie": what follows the verb is Israel's, not the shelling's target); ``hi`` otherwise."""
    tm = f.match
    if not tb.cases or not rec.morphs or (prep(tb, rec, tm.start, f.clause[0], phrase=False) is None
                                          and not in_prep_phrase(rec, tm.start, own=False)):
        return hi
    for k in range(tm.end, hi):
        if _verb_at(rec, k) and any(tm.end < g.start and g.end <= k and g is not f.subject and can_be_nominative(g)
                                    and g.mentions[0].kind != "adjectives" and prep(tb, rec, g.start, tm.end) is None
                                    for g in rec.groups):
            return k
    return hi


def _verb_at(rec: SentenceRecord, k: int) -> bool:
    """An auxiliary or a finite or past verb at token ``k`` that cannot be read as a noun, adjective or
    preposition."""
    if not rec.morphs:
        return False
    m = rec.morphs[k]
    if "-" in rec.tokens[k].text or k > 0 and rec.tokens[k - 1].text == "-":
        return False  # "Iran-backed": a compound adjective
    return (m.is_("AUX") or m.is_("VERB") and bool(m.feats & {"fin", "past", "praet"})) and not m.is_(
        "NOUN", "ADJ", "ADP", "PROPN")


def _genitive_after_agent(tb: Tables, rec: SentenceRecord, f: FrameResult, agent: Group) -> Group | None:
    """"ostrzelanie przez Rosję ukraińskiego konwoju", "zestrzelenie przez Turcję rosyjskiego myśliwca": a verbal
    noun's agent may stand between it and its genitive object; the genitive right after the agent is the object."""
    toks = rec.tokens
    tm = f.match
    if agent.start != tm.end + 1 or toks[tm.end].low not in tb.markers["agent"]:
        return None
    g = after(tb, rec, agent.end, min(f.clause[1], agent.end + 3), {""}, skip=agent, first_only=True)
    if g is None or "gen" not in g.mentions[0].feats or g.mentions[0].kind == "pronoun":
        return None
    if not all(tok.is_word and tok.text[:1].islower() and not finite(rec.morphs[j])
               for j, tok in enumerate(toks[agent.end:g.start], agent.end)):
        return None  # only the genitive's own words ("pozycji ukraińskich") between
    f.how.append("genitive-after-agent")
    return g


def shared_object(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """'Canada condemned and sanctioned Belarus', 'Iran wspiera i zbroi Hezbollah', 'verurteilte und
    sanktionierte Belarus': a verb joined by a coordinating word to a finite verb right after it, with no
    object of its own, shares that verb's object, the first actor after it, when the first verb allows its
    preposition (a bare object for both: "protested and summoned the Russian envoy")."""
    if f.is_noun or not rec.morphs:
        return None
    tm = f.match
    hi = f.clause[1]
    k = tm.end
    joined = False
    # (in a cased language a comma before the conjunction too: "skrytykowała, a następnie objęła sankcjami
    # Mołdawię"; in English a comma there opens a clause of its own)
    while k < min(hi, tm.end + 3) and (joins(tb, rec, k) or rec.morphs[k].only("ADV") or (
            tb.cases and rec.tokens[k].text == "," and k == tm.end and k + 1 < hi and joins(tb, rec, k + 1))):
        joined = joined or joins(tb, rec, k)
        k += 1
    if not joined or k >= hi or not (rec.morphs[k].is_("VERB") and rec.morphs[k].feats & {"fin", "past"}):
        return None
    if any(sp.start == k for sp in rec.cues.get("speech", ())):
        return None  # "had no right to reactivate sanctions and said Russia and China …": a saying takes a clause
    # past the second verb's own words when it is a trigger ("objęła sankcjami Białoruś")
    end = max([m.end for m in rec.triggers if m.start == k] + [k + 1])
    first = next((g for g in rec.groups if g.start >= end and g.end <= hi), None)
    if first is None or first is f.subject:
        return None
    obj = verb_object(tb, rec, end, hi, tb.object_markers[f.index], skip=f.subject,
                      located=f.trigger.relation == "attacks")
    return obj if obj is first else None

