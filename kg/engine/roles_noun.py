"""Subjects of trigger nouns: what attaches to the noun, or the verb that governs it.

In order: an adjective, possessive, body or name-modifier right before the
noun ("rosyjska inwazja", "Russia's invasion", "US sanctions"); an actor
joined by "in" ("Rosji w wojnie z"); the subject of a light verb right
before it ("ogłosił sankcje"); a genitive after it ("wizyta Ławrowa"); a
marked phrase ("dostawy z Iranu"); the subject of a relative clause after it
("the campaign that Israel launched"); a nominative after a following light
verb ("Solidarność z Manilą wyraziły Japonia i Australia"); the subject of
any light or inverse verb earlier in the clause ("Iran received drones" makes
Iran the object).
"""

from __future__ import annotations

from kg.engine.apposition import apposed_partner, modified_apposition
from kg.engine.background import presupposed, shared_subject
from kg.engine.clauses import auxiliary
from kg.engine.defiance import defied_target
from kg.engine.governing_verb import (
    agent_participle_between,
    attributive,
    charged_doer,
    ended,
    governing_verb,
    held_by_other,
    left_of_light_verb,
    listed_topic,
    means_subject,
    modal,
    only_named,
    participle_at,
    possessed,
)
from kg.engine.helped_war import HELP, helped_side
from kg.engine.imposed_measures import imposing_states
from kg.engine.mediators import apposed_mediator, named_mediators
from kg.engine.noun_agent import verbal_agent
from kg.engine.noun_attached import (
    agent_before_target,
    attached_agent,
    genitive_after,
    hyphened_target,
    within_organization,
)
from kg.engine.noun_modifiers import prepositional_complement
from kg.engine.noun_neighbours import patient_genitive, postposed_adjective, quoted_warning
from kg.engine.noun_readings import (
    as_mediator,
    charged,
    comitative_noun,
    decision_owner,
    of_patient,
    own_agent,
    relative_participants,
)
from kg.engine.participles import prenominal_agent_pl
from kg.engine.prenominal_light import prenominal_light_agent
from kg.engine.record import Discourse, FrameResult, Group, SentenceRecord
from kg.engine.roles_verb import coordinated_subject
from kg.engine.scene_subject import manner_subject, wartime_subject
from kg.engine.speaker import DASHES
from kg.engine.syntax import (
    after,
    clause_span,
    genitive_group,
    left_subject,
    measured,
    noun_agents,
    prep,
)
from kg.engine.tables import Tables
from kg.engine.verb_final import (
    agentive_genitive,
    final_light_verb,
    governing_accusation,
    light_verb_agent,
)
from kg.text import HYPHENS


def noun_subject(tb: Tables, rec: SentenceRecord, disc: Discourse, f: FrameResult) -> None:
    """Fill the subject (and sometimes the object) of a trigger noun."""
    toks = rec.tokens
    tm = f.match
    lo, hi = f.clause
    m_ = tb.markers
    cues = rec.cues
    how = f.how
    subj = attached_agent(tb, rec, f)
    obj: Group | None = None
    hosted: Group | None = None
    owner = None
    if subj is not None and hyphened_target(tb, rec, f, subj) and (g := genitive_after(tb, rec, f)) is not None:
        obj, subj = subj, g  # "die Verlängerung der Russland-Sanktionen der EU": the EU's measures against Russia
        how.append("compound-target")
    if subj is None and (pair := agent_before_target(tb, rec, f)) is not None:
        subj, obj = pair  # "die Vorwürfe Bakus gegen Jerewan", "Kritik von Polen an Deutschland"
        how.append("agent-then-target")
    if subj is not None and within_organization(tb, rec, f, subj):
        subj = None  # "Polen und Litauen sind Nato-Verbündete": allies within NATO, not NATO's
        how.remove("attached")
    if subj is not None and f.relation == "alliedWith" and (head := modified_apposition(tb, rec, subj)) is not None:
        subj, obj = head, subj  # "Japan, a key US ally, …": the apposition's head and the name modifying its noun
        how.append("apposed-partner")
    if subj is not None and f.relation == "attacks" and tb.settings.get("capitalized_nouns") \
            and subj.end + 1 == tm.start and toks[subj.end].text in HYPHENS:
        # "der russischen Ukraine-Invasion": the adjective before the compound is the agent, the name it
        # hyphenates the target
        adj = next((g for g in rec.groups if g.end == subj.start and g.mentions[-1].kind == "adjectives"), None)
        if adj is not None:
            obj, subj = subj, adj
            how.append("compound-target")
    if subj is not None and f.relation == "deploysTroopsTo" and tb.settings.get("capitalized_nouns") \
            and subj.end + 1 == tm.start and toks[subj.end].text in HYPHENS \
            and all(tb.gazetteer[a].type == "State" for a in subj.actors):
        hosted, subj = subj, None  # "das Mandat für den Mali-Einsatz": the state hyphenated to the mission hosts it
        how.remove("attached")
        how.append("compound-place")
    if subj is not None and f.trigger.genitive == "object" and subj.mentions[-1].possessive \
            and subj.mentions[-1].kind in ("names", "metonyms") and not of_patient(tb, rec, f):
        # not "seine Solidarität": the pronoun's owner acts; nor "Algeria's expulsion of French officials"
        owner, subj = subj, None  # "Serbia's main supporter", "Ukraine's largest donor": the possessor is the object
        how.remove("attached")
    if subj is None and (post := postposed_adjective(tb, rec, f)) is not None:
        subj = post  # "sankcje unijne na Rosję", "atak rosyjski na Kijów": a relational adjective after its noun
        how.append("postposed-adjective")
    if subj is None and f.relation in HELP and comitative_noun(tb, rec, f):
        subj = genitive_after(tb, rec, f)  # "mit Hilfe der USA", "with the backing of Moscow": the helper
        if subj is not None:
            how.append("comitative-genitive")
    if subj is None:
        subj, obj = charged(tb, rec, f)  # "warf Russland den Beschuss ukrainischer Städte vor"
        if subj is not None:
            how.append("alleged")
    if subj is None:
        # "die von der EU verhängten Sanktionen gegen Russland", "die von der EU gegen Russland verhängten …"
        subj, obj = prenominal_light_agent(tb, rec, f)
        if subj is not None:
            how.append("prenominal-agent")
    if subj is None and (f.relation == "alliedWith" or f.trigger.genitive == "object"):
        subj, obj = apposed_partner(tb, rec, f, owner)  # "Doha, a key defence partner of Washington, …"
    light = frozenset(k for lv in cues.get("light_verbs", ()) for k in range(lv.start, lv.end))
    lv_near = next((lv for lv in cues.get("light_verbs", ()) if lo <= lv.start and not participle_at(rec, lv.start) and
                    not attributive(tb, rec, lv, tm.start) and 0 <= tm.start - lv.end <= 2
                    and not auxiliary(rec, lv.start, lv.end, f.clause[1], light)
                    and not possessed(tb, rec, lv.start) and not held_by_other(rec, f, lv)), None)
    if lv_near is not None and modal(rec, lv_near):
        lv_near = None  # "tematem ma być wojna w Ukrainie": 'mieć' before an infinitive governs no noun
    if lv_near is not None and only_named(tb, rec, lv_near, tm.start):
        lv_near = None  # "bezeichnete die Sanktionen der USA als illegal": the noun is what is named, not the act
    if lv_near is not None and any(t.start <= lv_near.start and t.end == tm.start for t in rec.triggers):
        lv_near = None  # "zareagowała na naruszenie" (a trigger of its own, 'zareagować na'): the act reacted to
    if lv_near is not None and tb.cases and prepositional_complement(tb, rec, lv_near, tm.start):
        lv_near = None  # "Moskwa odpowie na plany rozmieszczenia eskadry": the act answered, not Moscow's
    if lv_near is not None and (tb.cases and tm.end < len(toks) and toks[tm.end].low in m_["agent"]
                                or own_agent(tb, rec, f)):
        lv_near = None  # "potwierdził ostrzelanie przez Litwę …", "wyraził obawy wobec uznania Kosowa przez
        # Kenię", "despite repeated protests by China": the noun names its own agent, after it or its genitive
    if lv_near is not None and listed_topic(rec, lo, lv_near.start):
        lv_near = None  # "skupiły się na kilku kwestiach, w tym zwiększeniu pomocy dla Sudanu": a topic listed
    if lv_near is not None and agent_participle_between(tb, rec, lv_near.start, tm.start):
        lv_near = None  # "potępiła przeprowadzone przez Rosję ataki": the participle's agent does the act
    if lv_near is not None and any(cm.start == lv_near.start for cm in cues.get("inverse", ())) \
            and genitive_after(tb, rec, f) is not None:
        lv_near = None  # "zyskał uznanie Meksyku": what one gains is the genitive's, the gainer its object
    if lv_near is not None and f.relation == "threatens" and genitive_after(tb, rec, f) is not None:
        lv_near = None  # "hat die Drohungen Teherans zurückgewiesen": the genitive makes them, not the clause
    if lv_near is not None and f.trigger.genitive == "subject" and (g := genitive_after(tb, rec, f)) is not None \
            and (g.mentions[0].kind == "body" or tb.cases and f.relation == "deploysTroopsTo"
                 and g.mentions[0].kind in ("names", "metonyms")):
        lv_near = None  # "hatte den Einsatz nordkoreanischer Soldaten bestätigt": the troops' state sends them;
        # "plany wzmocnienia wojskowej obecności USA na Litwie": the named owner of the presence is there
    if subj is not None and obj is None and f.relation == "sanctions" and tb.settings.get("capitalized_nouns") \
            and subj.end + 1 == tm.start and toks[subj.end].text in HYPHENS:
        # "Kanada verhängte weitere Russland-Sanktionen": with a light verb whose subject is another actor, the name
        # hyphenated to the measure is its target ("die EU-Sanktionen gegen Russland" keep their agent)
        lv = next((lv for lv in cues.get("light_verbs", ()) if lo <= lv.start and 0 <= subj.start - lv.end <= 2
                   and not participle_at(rec, lv.start)), None)
        marked = tb.object_markers[f.index] - {""}
        if any(tm.end <= g.start < hi and prep(tb, rec, g.start, tm.end) in marked for g in rec.groups):
            lv = None  # "übernahm die EU-Sanktionen gegen Russland": the measure names its target
        if any(t.low in m_["as_role"] for t in toks[tm.end:hi]) and any(lo <= sp.start < hi
                                                                       for sp in cues.get("speech", ())):
            lv = None  # "hat die US-Sanktionen als illegal bezeichnet": the measure is only named, the agent stays
        s_lv = None if lv is None else left_of_light_verb(tb, rec, lo, lv.start)
        if s_lv is not None and not {tb.top(a) for a in s_lv.actors} & {tb.top(a) for a in subj.actors}:
            obj, subj = subj, s_lv
            how.append("compound-target")
    if subj is None and (subj := light_verb_agent(tb, rec, f)) is not None:
        how.append("light-verb-agent")  # "po rozpoczęciu przez Rosję inwazji na Ukrainę"
    if lv_near is not None and ended(rec, f):
        lv_near = None
    if lv_near is not None and presupposed(tb, rec, f):
        lv_near = None  # "sankcje mają związek z aneksją Krymu": a background event the verb relates to
    if (joined := imposing_states(tb, rec, f, subj)) is not None:
        subj = joined  # "Norway reimposed UN sanctions on Syria": the states impose the organisation's measures
        how.append("imposing-states")
    if subj is None and lv_near is not None:
        s_lv = charged_doer(tb, rec, f, lv_near.start)  # "accused Kyiv of launching …": the one judged
        if s_lv is None:
            s_lv = coordinated_subject(tb, rec, lv_near, lo) or left_of_light_verb(tb, rec, lo, lv_near.start)
            s_lv = shared_subject(rec, f, s_lv, lv_near.start)
        if s_lv is not None:  # "Pekin odpowiedział oskarżeniem Waszyngtonu"
            subj = s_lv
            how.append("light-verb")
    if subj is None and tb.cases and rec.morphs:
        # "Izrael nie skomentował swojego ataku na szkołę": the reflexive possessive before the noun (adjectives
        # between) is the clause's subject, its agent
        refl = next((cm for cm in cues.get("reflexive_possessive", ()) if lo <= cm.start and cm.end <= tm.start
                     and all(rec.morphs[j].only("ADJ") for j in range(cm.end, tm.start))), None)
        s_r = None if refl is None else left_of_light_verb(tb, rec, lo, refl.start)
        if s_r is not None:
            subj = s_r
            how.append("reflexive-owner")
    if subj is None and m_.get("agent_side") and f.relation in ("attacks", "accuses", "sanctions"):
        # "ostrzał Armenii ze strony Azerbejdżanu": a 'from' phrase headed by a side noun names the agent, and a
        # genitive before it is the target ("zagrożenie ze strony Rosji" is a danger someone sees, no threat)
        g = next((g for g in rec.groups if tm.end <= g.start < min(hi, tm.end + 6)
                  and toks[g.start].low in m_["agent_side"] and g.start > 0 and toks[g.start - 1].low in m_["from"]),
                 None)
        if g is not None:
            subj = g
            how.append("agent-side")
    if subj is None and f.relation in HELP and any(cm.end == tm.start for cm in cues.get("aim", ())):
        # "podejmie działania na rzecz wsparcia Ukrainy": after a preposition of aim the genitive is the
        # one helped, the clause's subject the helper
        g = genitive_after(tb, rec, f)
        if g is not None:
            obj = g
            subj = left_subject(tb, rec, lo, tm.start, nominative=True)
            how.append("aim")
    if subj is None and f.trigger.genitive == "subject":
        # Polish genitive ("wizyta Ławrowa"); English needs "of" ("the visit of Lavrov")
        g = genitive_after(tb, rec, f)
        place = g is not None and f.relation == "attacks" and all(
            tb.gazetteer[a].type == "Place" for a in g.actors)  # "ostrzał Charkowa", "aneksja Krymu": the target
        if g is not None and f.relation == "sanctions" and any(
                tm.end <= c.start < g.end for c in cues.get("sanctioned", ())):
            place = True  # "wydalenie rosyjskich dyplomatów": the expelled, the sanctions' object
        if g is not None and patient_genitive(tb, rec, f, g):
            place = True  # "zbombardowanie Teheranu", "zaatakowanie Izraela": what the act befalls
            if not tb.cases:
                obj = obj or g  # "the arming of Armenia": 'of' marks no direct object
        # (a language without cases marks the agent by its own preposition: "die Unterstützung der Ukraine durch die
        # USA", "the arming of Ukraine by Germany")
        agent = verbal_agent(tb, rec, f) if g is not None and not place and (tb.cases or tb.markers["noun_agent"]) \
            else None
        if agent is not None and agent.start > g.end:
            # "ostrzelanie Izraela przez Hezbollah", "przyjęcie premiera Kanady przez prezydenta USA": with an agent
            # of its own, a verbal noun's genitive is what the act befalls
            subj, obj = agent, g
            how.append("agent")
        elif g is not None and not place:
            subj = g
            how.append("genitive")
        elif after(tb, rec, tm.end, min(hi, tm.end + 2), set(m_["genitive_marker"]) or {""}, first_only=True) is None:
            g = genitive_group(rec, tm.tokens[-1])  # "spotkanie ministrów obrony Polski i Litwy"
            chained = g is not None and g.mentions[0].kind != "adjectives" and g.start < hi
            if chained and patient_genitive(tb, rec, f, g):
                obj = obj or g  # "the killing of the Hezbollah leader": a gerund's genitive is what the act befalls
                how.append("patient-genitive")
            elif chained:
                subj = g
                how.append("genitive-chain")
    if subj is None:
        subj = agentive_genitive(tb, rec, f)  # "die Unterstützung des Iran für Russland"
        if subj is not None:
            how.append("agentive-genitive")
    subj_markers = tb.subject_markers[f.index]
    if subj is None and subj_markers:
        subj = after(tb, rec, tm.end, hi, subj_markers)
        if subj is not None and f.relation == "sanctions" and any(
                subj.start <= c.start <= subj.end for c in cues.get("sanctioned", ())):
            subj = None  # "die Ausweisung von zwölf algerischen Diplomaten": the expelled, not who expels
        if subj is not None and not tb.cases and any(
                toks[k].low in m_["passive_aux"] and any(k < t.start < subj.start and tb.triggers[t.payload].relation
                                                         != f.relation for t in rec.triggers)
                for k in range(tm.end, subj.start)):
            subj = None  # "the strikes on Gaza were condemned by Turkey": the agent of a passive verb of another
            # relation ("an attack … was claimed by Hezbollah" keeps its agent)
        if subj is not None and tb.cases and prep(tb, rec, subj.start, tm.end) in m_["comitative"] \
                and "gen" not in subj.mentions[0].feats:
            subj = None  # "dostawy z Iranu" come from Iran; "w czasie wojny Ukrainy z Rosją" is company, no source
        if subj is not None:
            how.append("marked")
    noun_agent = noun_agents(tb)
    if subj is None and noun_agent:
        # a verbal noun's agent: "naruszenie przestrzeni powietrznej Litwy przez Białoruś", "zestrzelenie
        # przez Turcję rosyjskiego samolotu", "die Annexion der Krim durch Russland"; not the agent of a passive
        # participle between ("sił wspieranych przez"); an active one takes no agent ("naruszenie przestrzeni
        # państwa należącego do NATO przez Rosję")
        g = verbal_agent(tb, rec, f)
        if g is not None:
            subj = g
            how.append("agent")
    if subj is None and (subj := prenominal_agent_pl(tb, rec, f)) is not None:
        how.append("agent")  # "przeprowadzone przez Rosjan ataki na …": the participle's agent before the noun
    rel_at = next((k for k in (tm.end, tm.end + 1, hi, hi + 1) if k < len(toks) - 1
                   and (toks[k].low in m_["relative"] or k in rec.resumes and toks[k].is_word)
                   and all(not tok.is_word for tok in toks[min(k, tm.end if k <= tm.end + 1 else hi):k])),
                  None)
    f.relative_at = rel_at
    if subj is None and rel_at is not None:
        # "the campaign that Israel launched against Iran", "wojna, którą Rosja prowadzi",
        # "embargo na ukraińskie zboże, które Polska wprowadziła"
        rlo = rel_at + 1
        g = next((g for g in rec.groups if g.start >= rlo and all(
            t.low in m_["determiners"] for t in toks[rlo:g.start])), None)
        rhi = clause_span(rec, rlo, rlo)[1]
        late = tb.settings.get("object_before_verb")  # "der Krieg, den Russland gegen die Ukraine führt"
        if g is not None and any(lv.start == g.end or late and g.end <= lv.start < rhi
                                 for lv in cues.get("light_verbs", ())):
            subj = g
            how.append("relative")
    if subj is None:
        subj, obj = relative_participants(tb, rec, f)  # "spotkanie, w którym wzięli udział ministrowie …"
    if subj is None and tb.cases and prep(tb, rec, tm.start, lo, phrase=False) not in m_["comitative"]:
        # "Solidarność z Manilą wyraziły Japonia i Australia": noun, light verb, then the subject (not a
        # noun of company: "we współpracy z sojusznikami podejmie działania … Ukrainy")
        lv = next((lv for lv in cues.get("light_verbs", ()) if tm.end <= lv.start < hi and not any(
            toks[k].text in DASHES for k in range(tm.end, lv.start))), None)  # "– zapowiedział": a quote's verb
        if lv is not None:
            g = after(tb, rec, lv.end, hi, {""}, first_only=True)
            agent = "ppas" in rec.morphs[lv.start].feats and toks[g.start - 1].low in m_["agent"] if g else False
            if g is not None and ("nom" in g.mentions[0].feats or agent) and g.mentions[0].kind != "adjectives":
                subj = g  # (or the agent of a participle: "Działania mediacyjne prowadzone przez Szwajcarię")
                how.append("inverted-light-verb")
                if obj is None:
                    obj = after(tb, rec, tm.end, lv.start, tb.object_markers[f.index], skip=g)
    if subj is None and tb.cases and tm.start > lo and toks[tm.start - 1].low in m_["control"]:
        subj = decision_owner(tb, rec, f)  # "decyzja Ankary o wstrzymaniu handlu z Izraelem"
        if subj is not None:
            how.append("decision")
    if subj is None and prep(tb, rec, tm.start, lo, phrase=False) is not None:
        use = next((cm for cm in reversed(cues.get("instrument", ())) if lo <= cm.start and cm.end < tm.start), None)
        if use is not None:  # "Rosja wykorzystała irańskie drony do ataków na Ukrainę": the user does it
            subj = left_subject(tb, rec, lo, use.start, nominative=tb.cases)
            if subj is not None:
                how.append("instrument")
    if subj is None and (subj := means_subject(tb, rec, f)) is not None:
        how.append("means")  # "Mit neuen Zöllen auf Stahl hat Kanada …": the clause's subject acts
    if subj is None and f.relation == "attacks":
        subj = wartime_subject(tb, rec, f)  # "Podczas wojny z Gruzją Rosja zajęła …"
    if subj is None:
        subj = manner_subject(tb, rec, f)  # "ostrzeliwał Izrael w geście solidarności z Hamasem"
    if subj is None and f.relation in ("meetsWith", "signsAgreementWith"):
        # "Under the deal reached with Washington, Kyiv will …": the clause's subject is the deal's party
        subj = wartime_subject(tb, rec, f)  # "Podczas rozmowy z Putinem prezydent Turcji skrytykował …"
    in_pp = prep(tb, rec, tm.start, lo, phrase=False) is not None  # "w odwecie za sprzedaż broni": not the object
    in_pp = in_pp and not measured(tb, rec, tm.start, lo)  # "announced $30 million in aid for Gaza"
    if subj is None and (f.trigger.mediation or f.is_noun and f.relation in ("supports", "alliedWith")):
        # "Katar und Ägypten treten als Vermittler auf", "Beijing has positioned itself as a supporter of Russia"
        subj = as_mediator(tb, rec, f)
    if subj is None and f.trigger.mediation and f.is_noun and tb.settings.get("close_apposition"):
        subj = next((g for g in rec.groups if g.start == tm.end and g.mentions[0].kind != "adjectives"), None)
        if subj is not None:  # "die Vermittlerstaaten Katar und Ägypten": the names after the noun are it
            how.append("close-apposition")
    if subj is None and f.trigger.mediation and f.is_noun:
        subj = apposed_mediator(tb, rec, f)  # "Egypt, a key mediator, …", "Mediators, including Qatar, …"
        if subj is not None:
            how.append("apposed-mediator")
    if subj is None and f.trigger.mediation and f.is_noun:
        subj = named_mediators(tb, rec, f)  # "Mediators Qatar and Egypt said …", "The mediators, Qatar and Egypt, …"
        if subj is not None:
            how.append("apposed-mediator")
            obj = None if obj is subj else obj
    if subj is None and f.relation == "threatens" and f.is_noun:
        subj = quoted_warning(tb, rec, f)  # '"This is a warning to Israel," Iran's army chief said': his warning
        if subj is not None:
            how.append("speaker-after")
    if subj is None and f.relation == "attacks" and in_pp:
        target = obj or after(tb, rec, tm.end, hi, tb.object_markers[f.index], first_only=True)
        subj = helped_side(tb, rec, f, target) if target is not None else None  # "helped Russia … in the war"
    charge = governing_accusation(tb, rec, f) if subj is None and not in_pp else None
    if charge is not None:  # "warf dem Westen vor, einen Krieg gegen Belarus zu führen": the accused wages it
        subj = charge.object
        how.append("alleged")
    if subj is None and not in_pp and charge is None:
        subj, obj = final_light_verb(tb, rec, f)  # "nachdem die M23 eine Offensive gestartet hat"
        if subj is not None:
            how.append("final-light-verb")
    if subj is None and not in_pp and charge is None and not presupposed(tb, rec, f):
        subj, obj = governing_verb(tb, rec, disc, f, subj, obj)
    elif subj is not None and obj is None and owner is None and not any(
            m.start < tm.start and m.end >= tm.end and tb.triggers[m.payload].relation == f.relation
            for m in rec.triggers):
        # "Belarus came under attack from Russia", "Athens faced criticism from Ankara": the agent is marked,
        # the inverse verb's subject is the one the act is aimed at (a lexicon phrase holding both, "came under
        # fire", decides for itself)
        _, inv = governing_verb(tb, rec, disc, f, None, None, ("inverse",))
        obj = inv if inv is not subj else None
    f.subject, f.object = subj, obj or owner or hosted
    if f.object is None:
        f.object = defied_target(tb, rec, f)  # "Finland ignored Russia's warnings": aimed at Finland
