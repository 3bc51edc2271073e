"""Roles: the subject and the object of each trigger, by general rules of news syntax.

This stage decides what a trigger is — a verb, a noun ("the invasion"), a
passive ("was attacked by"), a participle used as an adjective ("frozen
Russian assets"), or a speaker frame ("X said Y committed war crimes") — and
hands it to the rules for that shape: ``roles_verb`` (subjects of verbs,
passives, dropped subjects, speakers), ``roles_noun`` (what attaches to a
noun) and ``roles_object`` (objects, for every shape). Each rule that finds a
role adds its name to ``FrameResult.how``, which claims keep as evidence.
"""

from __future__ import annotations

from kg.engine.apposition import compound_object, owners_named
from kg.engine.behalf import behalf_objects, owned_objects
from kg.engine.comitative import HELPING, co_agent, comitative_owner
from kg.engine.hyphens import border_pair, compound_agent, format_roles, hyphen_pair, joint_target
from kg.engine.judged import judged_agents
from kg.engine.objects import verb_object
from kg.engine.participles import (
    attributive_participles,
    modifies_noun_before,
    names_its_noun,
    patient_participle,
    predicated_of,
)
from kg.engine.record import Discourse, FrameResult, Group, SentenceRecord
from kg.engine.retaliation import answered_attacks, responder_target
from kg.engine.roles_after import settle
from kg.engine.roles_control import (
    THANKED_FOR,
    accuser_text,
    caused_subjects,
    control_at,
    coordinated_gerunds,
    possessor_infinitives,
    threatened_subject,
)
from kg.engine.roles_control import controller as find_controller
from kg.engine.roles_goods import beneficiary_place, goods_origin, impersonal_goods, mission_ground
from kg.engine.roles_noun import noun_subject
from kg.engine.roles_object import find_object, middle_field
from kg.engine.roles_passive import passive_roles
from kg.engine.roles_recipient import recipient_roles, sent_against
from kg.engine.roles_speech import speaker_roles
from kg.engine.roles_verb import dropped_subject, verb_subject
from kg.engine.shared_roles import copy_roles, role_inputs
from kg.engine.source_phrases import names_after
from kg.engine.syntax import after, left_subject
from kg.engine.tables import Tables
from kg.engine.talks import impersonal_deal
from kg.engine.targets import attack_target, captured_from
from kg.engine.threat_objects import threat_contents
from kg.engine.verb_final import fronted_event, fronted_object, head_prep, prenominal_agent, verb_late
from kg.engine.voice import noun_form, voice
from kg.text import HYPHENS


def roles(tb: Tables, rec: SentenceRecord, disc: Discourse) -> SentenceRecord:
    """Subject and object groups of every frame that passed the filters."""
    # a trigger after a control preposition waits for the frames after it: "hatte Nordkorea für die
    # Unterstützung gedankt" (verb-final) has its controller last
    controlled = [f for f in rec.frames if f.failure is None and control_at(tb, rec, f) is not None]
    # a charge before the accusation verb that closes its clause waits for it: "hat dem Sudan die
    # Bombardierung tschadischer Dörfer vorgeworfen" (the accused is the verb's object)
    charged = [f for f in rec.frames if f.failure is None and f not in controlled and _charge_before_verb(tb, rec, f)]
    last: tuple[tuple | None, FrameResult | None] = (None, None)  # the inputs and frame whose roles were found last
    for f in [f for f in rec.frames if f.failure is None and f not in controlled and f not in charged] \
            + charged + controlled:
        key = role_inputs(tb, f)
        if key is not None and key == last[0]:
            copy_roles(rec, last[1], f)  # a twin of the frame just before: the same roles
        else:
            frame_roles(tb, rec, disc, f)
        last = key, f
    for f in rec.frames:  # a noun told from the receiving side ("wojna obronna z Rosją"): its roles swap
        if f.failure is None and f.is_noun and f.trigger.frame == "recipient":
            f.subject, f.object = f.object, f.subject
            f.how.append("recipient")
            if f.relation == "attacks":
                sent_against(tb, rec, f)  # "shot down Houthi missiles aimed at Israel": not the shooter
    caused_subjects(tb, rec)  # "helped the rebels launch an offensive": the rebels' act
    possessor_infinitives(tb, rec)  # "of its plan to strike Israel": the possessor's act
    coordinated_gerunds(tb, rec)  # "of targeting civilians and conducting airstrikes": one doer
    attributive_participles(tb, rec)
    judged_agents(tb, rec)  # "potępiła aneksję Krymu przez Rosję", "nałożyła sankcje za ataki Rosji": the act's agent
    threat_contents(tb, rec)
    answered_attacks(tb, rec)
    behalf_objects(tb, rec)  # "at the request of Peru": for whom, not against whom
    owned_objects(tb, rec)  # "attacked Peru's ally Bolivia": Bolivia
    settle(tb, rec)
    return rec


def _charge_before_verb(tb: Tables, rec: SentenceRecord, f: FrameResult) -> bool:
    """A trigger noun followed in its clause by a verb of accusing."""
    return any(g is not f and g.failure is None and g.relation == "accuses" and g.clause == f.clause
               and g.match.start >= f.match.end and not noun_form(tb, rec, g)
               for g in rec.frames) and noun_form(tb, rec, f)


def frame_roles(tb: Tables, rec: SentenceRecord, disc: Discourse, f: FrameResult) -> None:
    """Fill ``f.subject``, ``f.object`` and ``f.how`` for one trigger."""
    toks = rec.tokens
    tm = f.match
    lo, hi = f.clause
    feats = frozenset().union(*tm.features)
    f.is_noun = is_noun = noun_form(tb, rec, f)
    if f.trigger.frame == "speaker":
        f.voice = "speaker"
        f.subject, f.object, f.how = speaker_roles(tb, rec, disc, f)
        return
    f.voice = voice(tb, rec, f, feats)
    if f.trigger.frame == "recipient" and not is_noun:
        recipient_roles(tb, rec, disc, f, feats)
        return
    agent = _participle_agent(tb, rec, f)
    if agent is not None:
        # "against invading Russian forces", "the attacking Israeli troops": the forces do it
        f.voice, f.subject, f.how = "adjectival", agent, ["participle-agent"]
        f.object = after(tb, rec, agent.end, hi, tb.object_markers[f.index] - {""}, skip=agent)
        return
    if patient_participle(tb, rec, f) or format_roles(tb, rec, f):
        return  # "für die angegriffene Ukraine": no act of the subject; "w formacie Turcja–USA–Ukraina": its sides
    applies, owner = _modified_noun(rec, f)
    if applies:
        # "siły walczące z somalijskimi władzami": the participle's noun fights, not the clause's subject
        f.voice, f.subject, f.how = "adjectival", owner, ["modified-noun"]
        if owner is not None:
            f.object = verb_object(tb, rec, tm.end, hi, tb.object_markers[f.index], skip=owner)
        return
    hyphened = hyphen_pair(rec, f)
    if hyphened is None and f.trigger.mutual and f.relation == "attacks":
        hyphened = border_pair(rec, f)  # "clashes on the Thai-Cambodian border": the two sides of the border
    if hyphened is not None:
        # "the Israel-Hamas war", "U.S.-Iran talks", "the Ethiopian-Eritrean war": the two sides
        f.subject, f.object = hyphened
        f.how = ["hyphen-pair"]
        target = joint_target(tb, rec, f, hyphened)
        if target is not None:
            # "amerykańsko-izraelskie bombardowania w Teheranie": two agents of one act against a third
            f.subject, f.object = Group([*hyphened[0].mentions, *hyphened[1].mentions]), target
            f.how = ["hyphen-agents"]
        elif f.relation == "attacks" and (tb.cases and hyphened[0].mentions[0].kind == "adjectives" and not any(
                cm.start <= f.match.start < cm.end for cm in rec.cues.get("fighting", ())) or any(
                cm.start <= f.match.start < cm.end for cm in rec.cues.get("joint_acts", ()))):
            # "brytyjsko-amerykańska operacja", "the US-UK strikes": a joint act of the two, not a war between them
            f.fail("no-parties", "two sides of one joint act, no war between them")
        return
    if f.trigger.frame == "pair":
        _pair_roles(tb, rec, disc, f)
        return
    compound = compound_agent(rec, f)
    if compound is not None:
        # "Iran-backed Houthis", "a US-brokered deal": the name before the hyphen did it to what follows
        f.voice, f.subject = "compound", compound
        chained = tm.end + 1 < len(toks) and toks[tm.end + 1].text in HYPHENS  # "US-backed Kurdish-led SDF units"
        f.object = compound_object(rec, tm.end, verb_object(tb, rec, tm.end, hi, {""}, skip=compound) or (
            next((g for g in rec.groups if tm.end < g.start < hi), None) if chained else None),
            tb.markers["coordination"])
        if f.object is None:  # "between Israel and Iran-backed Hezbollah": the last of a list it stands in
            f.object = next((Group([m]) for g in rec.groups for m in g.mentions
                             if g.start < tm.end and m.start == tm.end), None)
        f.how = ["compound"]
        return
    pre = prenominal_agent(tb, rec, f)
    if pre is not None:  # "die von Ruanda unterstützte Rebellengruppe M23"
        f.voice, (f.subject, f.object), f.how = "adjectival", pre, ["prenominal-agent"]
        return
    if f.voice == "adjectival":
        # "zamrożone rosyjskie aktywa": a participle used as an adjective says who did
        # nothing unless an agent is named ("wspierani przez Iran")
        own_agent = toks[tm.end - 1].low in tb.markers["agent"]  # "=wspierany przez" holds its "przez"
        own_agent = own_agent or tb.cases and len(tm.tokens) > 1 and "inst" in tm.features[-1]  # "objęte sankcjami UE"
        subj = next((g for g in rec.groups if g.start == tm.end), None) if own_agent else None
        subj = subj or after(tb, rec, tm.end, hi, tb.markers["agent"])
        if subj is not None and not own_agent and rec.morphs and any(
                "ppas" in rec.morphs[k].feats for k in range(tm.end, subj.start)):
            subj = None  # "Uzbrojone grupy kontrolowane przez rząd Serbii": another participle's agent
        if subj is None:
            f.how = ["adjectival"]
            return
        f.subject = subj
        # before its noun ("wspierany przez Iran Hezbollah"): the phrase after the agent; after its
        # noun ("bojownicy wspierani przez Teheran", "a deal brokered by the EU"): the phrase before
        nxt = next((g for g in rec.groups if g.start == subj.end), None)
        before_noun = nxt is not None or (subj.end < len(toks) and rec.morphs and rec.morphs[subj.end].is_("NOUN"))
        opening = not any(t.is_word for t in toks[:tm.start]) and subj.end < len(toks) and toks[subj.end].text == ","
        if opening:
            # "Backed by Tehran, the rebels hold …": a participle opening the sentence is said of the subject
            # right after its comma
            f.object = next((g for g in rec.groups if g.start > subj.end and all(
                t.low in tb.markers["determiners"] for t in toks[subj.end + 1:g.start])), None)
        elif nxt is None and (pred := predicated_of(tb, rec, f)) is not None:
            f.object = pred  # "Naddniestrze to wspierany przez Rosję region": the copula's subject
        elif before_noun and (tm.start == lo or not modifies_noun_before(tb, rec, tm.start)
                              or names_its_noun(tb, rec, tm.start, nxt)):
            f.object = nxt or verb_object(tb, rec, subj.end, hi, {""}, skip=subj)
        elif lo < tm.start and toks[tm.start - 1].low in tb.markers["passive_aux"] and not before_noun:
            # "Rebelianci M23 są wspierani przez Rwandę": a predicate after its auxiliary; the clause's subject
            f.object = left_subject(tb, rec, lo, tm.start - 1, nominative=tb.cases)
        elif _after_noun_phrase(rec, lo, tm.start):
            # "the rebels, backed by Rwanda": what it modifies; "the resolution, backed by the US, …
            # Tehran": a noun that names no actor, and no actor further on takes its place
            f.object = _left_noun_group(rec, lo, tm.start)
        else:
            # after a noun that names no actor ("Rebelianci wspierani przez Iran zaatakowali statki Arabii
            # Saudyjskiej"), the participle's object is that noun, and nothing farther
            after_noun = tm.start > lo and rec.morphs and rec.morphs[tm.start - 1].only("NOUN")
            f.object = _left_noun_group(rec, lo, tm.start) or (None if after_noun else after(
                tb, rec, tm.end, hi, tb.object_markers[f.index], skip=subj))
        f.how = ["adjectival-agent"]
        return
    passive = f.voice == "passive"
    controller = find_controller(tb, rec, f)
    if controller is not None:
        f.subject = controller.object  # "accused Kenya of funnelling weapons": Kenya funnels them; None
        f.how.append("alleged" if controller.relation == "accuses" else "controlled")  # for a non-actor
        f.alleged_by = controller.subject if controller.relation == "accuses" else None
        if controller.relation == "accuses" and controller.subject is None:
            f.alleged_text = accuser_text(rec, controller)
    elif passive:
        if passive_roles(tb, rec, f, disc):
            return  # "British troops are stationed in Estonia": nothing more to find
    elif is_noun:
        noun_subject(tb, rec, disc, f)
    else:
        subj, inv_obj, tag = verb_subject(tb, rec, disc, f, feats)
        if tag:
            f.how.append(tag)
        f.subject = subj
        f.object = f.object or inv_obj
        fronted = fronted_event(tb, rec, f)
        if fronted is not None:  # "Russlands Angriff kritisierte auch Polen"
            f.subject, f.object = fronted
            f.how.append("fronted-event")
    if f.subject is None and not is_noun and not passive and controller is None:
        f.subject = dropped_subject(tb, rec, disc, tm, lo, feats)
        if f.subject is not None:
            f.how.append("dropped")
        f.subject = impersonal_deal(tb, rec, f, feats) or f.subject  # "Osiągnięto porozumienie": the last parties
    if f.subject is not None and not passive and controller is None:
        co = co_agent(tb, rec, f)
        if co is not None:  # "Katar hatte gemeinsam mit Ägypten … vermittelt": both mediate
            f.subject = Group(f.subject.mentions + co.mentions)
            f.how.append("co-agent")
    if (f.object is None and f.subject is not None and not is_noun and not passive
            and tb.settings.get("object_before_verb")):
        _object_before_verb(tb, rec, f)
    find_object(tb, rec, disc, f)
    taken_from = captured_from(tb, rec, f) if f.relation == "attacks" else None
    if taken_from is not None:  # "hatten Manbidsch von der Miliz IS erobert": IS is attacked, Manbij is where
        f.object = taken_from
        f.how.append("captured-from")
    # "gegen Russlands Verbündeten Belarus": Belarus (not the place a mission's compound names: "Litauen-Einsatz",
    # nor the state a measure's compound names: "der Russland-Sanktionen der EU" are against Russia)
    named = owners_named(tb, rec, f.object) if not {"compound-place", "compound-target"} & set(f.how) else f.object
    f.object, f.how = (named, [*f.how, "owners-named"]) if named is not f.object else (f.object, f.how)
    if f.object is None and is_noun and f.relation == "threatens" and f.subject is not None:
        # "Polen wies die Drohungen Russlands zurück", "… die russischen Drohungen zurück": Poland is threatened
        f.object = threatened_subject(tb, rec, f)
        if f.object is not None:
            f.how.append("threatened-subject")
    if f.object is not None and f.relation == "deploysTroopsTo":
        f.object = mission_ground(tb, rec, f, f.object)  # "to an African Union mission in Somalia"
    if is_noun and f.relation in ("providesAidTo", "suppliesWeaponsTo"):
        goods_origin(tb, rec, f)
    if not is_noun and "imps" in feats and f.relation in ("deploysTroopsTo", "suppliesWeaponsTo") and (
            f.subject is None or f.subject.start < lo):  # not a subject inherited from the clause before
        impersonal_goods(tb, rec, f)  # "Na Litwę wysłano niemieckich żołnierzy"
    if f.object is None and f.relation == "providesAidTo":
        f.object = beneficiary_place(tb, rec, f)  # "Hilfe für die Menschen im Gazastreifen"
        if f.object is not None:
            f.how.append("beneficiary")
    if "agent" in f.how and f.object is not None and rec.morphs and any(
            "pact" in rec.morphs[k].feats for k in range(f.match.end, f.object.start)):
        f.object = None  # "naruszenie przestrzeni państwa należącego do NATO przez Rosję": not NATO's
    if f.object is None and not passive:
        f.object = fronted_object(tb, rec, f)  # "In Armenien sind russische Soldaten stationiert"
        if f.object is not None:
            f.how.append("fronted-object")
    if f.object is None and f.relation == "attacks" and (is_noun or not passive and controller is None):
        target = attack_target(tb, rec, f)  # "Ukraina była celem rosyjskiego ataku": what it hit
        if target is not None and (f.subject is target or f.subject is None):
            # "Kyiv was the target of a Russian drone attack": the attack is the one named before it
            f.subject = next((g for g in rec.groups if target.end < g.start and g.end <= f.match.start), None)
        if target is not None and f.subject is not None:
            f.object = target
            f.how.append("target-of")
    if f.object is None and f.relation == "attacks" and is_noun:
        f.object = responder_target(tb, rec, f)  # "Iran odpowiedział na izraelski atak": Iran was hit
        if f.object is not None:
            f.how.append("answered-by")
    if f.object is None and f.subject is not None and is_noun and f.relation in HELPING:
        owner = comitative_owner(tb, rec, f)
        if owner is not None:  # "Egypt, with the support of the US, mediated": the US supports Egypt
            f.object = owner
            f.how.append("comitative")
    if f.object is None and controller is not None and controller.relation == "accuses" and \
            f.relation == "attacks" and controller.subject is not None and f.subject is not None and \
            tb.settings.get("cases"):
        # "Armenia oskarża Azerbejdżan o ostrzał przygranicznych wsi": an alleged attack with no target of its
        # own hit the accuser
        f.object = controller.subject
        f.how.append("accuser-target")
    if f.object is None and controller is not None and controller.relation == "praises" and \
            f.relation in THANKED_FOR and not f.trigger.mediation:  # "for brokering the truce": a mediator
        f.object = controller.subject  # "thanked North Korea for its support": North Korea supports the thanker
        f.how.append("thanked")


def _left_noun_group(rec: SentenceRecord, lo: int, k: int) -> Group | None:
    """The group of the noun phrase that ends right before token ``k`` (the noun a participle follows,
    also across a comma: "M23-Rebellen, unterstützt von Ruanda, …", "the rebels, backed by Rwanda, …")."""
    k = _past_adverbs(rec, lo, k)
    if k > lo and rec.tokens[k - 1].text == ",":
        k -= 1
    np = next((p for p in rec.phrases if p.end == k and p.start >= lo), None)
    if np is None:
        return None
    return next((g for g in rec.groups if np.start <= g.start < np.end), None)


def _past_adverbs(rec: SentenceRecord, lo: int, k: int) -> int:
    """Token ``k`` moved back over up to two lower-case adverbs right after a comma ("the rebels, allegedly backed
    by Rwanda", "the militia, long armed by Iran"): the participle still follows the noun before the comma."""
    j = k
    while rec.morphs and j > lo and k - j < 2 and rec.tokens[j - 1].text[:1].islower() \
            and rec.morphs[j - 1].only("ADV"):
        j -= 1
    return j if j < k and j > lo and rec.tokens[j - 1].text == "," else k


def _after_noun_phrase(rec: SentenceRecord, lo: int, k: int) -> bool:
    """Whether a noun phrase ends right before token ``k`` (also across a comma)."""
    k = _past_adverbs(rec, lo, k)
    if k > lo and rec.tokens[k - 1].text == ",":
        k -= 1
    return any(p.end == k and p.start >= lo for p in rec.phrases)


def _participle_agent(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """A present participle right before a body of an actor, after a determiner or a preposition that
    marks no argument of its own ("against invading Russian forces"; not "accused of attacking
    Ukrainian troops", "by attacking"): the body is the participle's agent."""
    toks = rec.tokens
    tm = f.match
    if not rec.morphs or len(tm.tokens) != 1 or tm.start == 0 or "pact" not in rec.morphs[tm.start].feats:
        return None
    g = next((g for g in rec.groups if g.start == tm.end), None)
    if g is None or g.mentions[0].kind != "body":
        return None
    prev = toks[tm.start - 1].low
    m_ = tb.markers
    if prev in m_["determiners"] or rec.morphs[tm.start - 1].only("ADP") and prev not in (
            m_["control"] | m_["agent"] | m_["genitive_marker"]):
        return g
    return None


def _modified_noun(rec: SentenceRecord, f: FrameResult) -> tuple[bool, Group | None]:
    """A present participle right after the noun it modifies ("siły walczące z rządem", "wojska
    atakujące Kijów"): that noun does the act. Whether it applies, and the actor the noun names (None
    for a noun that names none: the act then has no subject, never the clause's)."""
    k = f.match.start
    if not rec.morphs or k <= f.clause[0] or "pact" not in rec.morphs[k].feats \
            or rec.morphs[k].feats & {"fin", "past", "ger"}:
        return False, None
    g = next((g for g in rec.groups if g.end == k), None)
    if g is not None:
        return True, g
    return rec.morphs[k - 1].only("NOUN") and rec.tokens[k - 1].text[:1].islower(), None


#: How a noun's subject is found inside its own phrase (possessor, adjective, genitive).
_OWN_PHRASE = frozenset({"attached", "genitive", "genitive-chain", "agentive-genitive"})


def _pair_roles(tb: Tables, rec: SentenceRecord, disc: Discourse, f: FrameResult) -> None:
    """A ``pair`` trigger ("the Armenia-Azerbaijan peace deal" is matched before): only the noun's own phrase
    names its sides, its owner and the partner its object preposition marks right after ("Australia's security
    treaty with Honiara", "umowa Polski z Koreą", "das Abkommen Armeniens mit Aserbaidschan"); a verb that
    governs the noun ("wants a deal with") gives nothing."""
    noun_subject(tb, rec, disc, f)
    f.object = None
    # (or a deal told as the clause's setting: "Under the deal with Washington, Kyiv will …")
    if f.subject is None or not (_OWN_PHRASE | {"wartime"}) & set(f.how):
        f.subject = None
        return
    start = max(f.match.end, f.subject.end) if f.subject.start >= f.match.end and "wartime" not in f.how \
        else f.match.end
    f.object = after(tb, rec, start, min(f.clause[1], start + 4), tb.object_markers[f.index] - {""},
                     skip=f.subject, first_only=True)
    f.how.append("own-phrase")


def _attributed_group(tb: Tables, rec: SentenceRecord, g: Group) -> bool:
    """Whether ``g`` is the actor an attribution cue names ("nach Angaben der US-Regierung", "laut Kiew"):
    only words (an article, an adjective) stand between the cue and it."""
    return any(cm.end <= g.start <= cm.end + 3 and all(t.is_word for t in rec.tokens[cm.end:g.start])
               and not any(rec.morphs and rec.morphs[j].only("NOUN") for j in range(cm.end, g.start))  # "laut
               # Berichten die Ukraine": a noun of its own is the source
               and names_after(tb, rec, cm)
               and not any(cm.end <= h.start < g.start for h in rec.groups)  # the first actor after it only
               for cm in rec.cues.get("attribution", ()))


def _object_before_verb(tb: Tables, rec: SentenceRecord, f: FrameResult) -> None:
    """Verb-final clauses: "Die Bundesregierung hat vier russische Diplomaten ausgewiesen"."""
    subj = f.subject
    if not verb_late(tb, rec, f) or "shared" in f.how:
        return  # "Katars Premier und der CIA-Chef trafen … ein": a verb in second place has its objects after it
    obj_markers = tb.object_markers[f.index]
    codes = {tb.gazetteer[a].code for a in subj.actors}
    found: list[tuple[Group, str | None]] = []
    start, lent = middle_field(tb, rec, f, max(subj.end, f.clause[0]))
    for g in rec.groups:
        if _attributed_group(tb, rec, g) or all(m.compound for m in g.mentions):
            continue  # "nach Angaben Südkoreas": who says it; "der ukrainischen Nachbarrepublik Moldau": a modifier
        if (start <= g.start or g in lent) and g.end <= f.match.start and g is not subj and not all(
                tb.gazetteer[a].code in codes for a in g.actors):  # "US-Präsident Donald Trump hat …"
            p = head_prep(tb, rec, g, subj.end)  # "unter Vermittlung der USA": the genitive's "unter"
            if (p is None and "" in obj_markers) or (p is not None and p in obj_markers):
                found.append((g, p))
    # "hat in Vilnius ein Paket für die Ukraine angekündigt": "in" may be where it was said; another marker wins
    best = next((g for g, p in found if p not in tb.markers["within"]), None) or (found[0][0] if found else None)
    f.object, f.how = (best, [*f.how, "object-before-verb"]) if best is not None else (f.object, f.how)
