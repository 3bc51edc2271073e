"""Coreference: phrases that name actors by reference to what came before.

"oba kraje" / "both countries" (the two actors just named), "the regime",
"the bloc", "the group" (the last state, organization, armed group named),
"gość" (the other party of the last meeting), "tam" / "there", pronouns
(this sentence's subject, else the topic) and "its spokesperson" (the
topic's body). Every mention made here is ``resolved`` and says in ``via``
where its actors came from. The stage reads the discourse, never changes it.
"""

from __future__ import annotations

from kg.engine.agreement import PLURAL, SINGULAR, number, plural_antecedent, plural_topic, singular_of
from kg.engine.bodies import placed_counterpart
from kg.engine.described_states import bare_refers, the_state, this_state
from kg.engine.first_person import first_person_speaker
from kg.engine.group_descriptions import own_groups
from kg.engine.home_army import home_army, owner_named_after
from kg.engine.object_pronouns import object_it, object_pronoun
from kg.engine.pair_phrases import coordinated_pair, pair, parties
from kg.engine.possessives import HOSTILE, addressee, helped_one, owner_of_possessive, punished_one
from kg.engine.record import Discourse, Mention, SentenceRecord
from kg.engine.speaker import narration_start, postposed_speaker
from kg.engine.syntax import finite, prep
from kg.engine.tables import Tables
from kg.engine.verb_second import after_prefield
from kg.lexicon import TITLES
from kg.morph import CASES
from kg.phrases import Match

#: Coreference concepts, in the order they are resolved.
CONCEPTS = ("pair", "parties", "regime", "bloc", "group", "object_it", "pronoun", "first_person", "object_pronoun",
            "there", "this_state", "described_state", "the_state", "partners", "guest", "document", "latter",
            "former_named", "home_army", *TITLES)
_LAST_OF_TYPE = {"regime": "State", "group": "ArmedGroup", "bloc": "Organization"}


def coreference(tb: Tables, rec: SentenceRecord, disc: Discourse) -> SentenceRecord:
    """Add the mentions of coreference phrases, mark possessives ("Russia's"), sort by position."""
    toks = rec.tokens
    out = rec.mentions
    taken = rec.taken
    cues = rec.cues
    for pm in cues.get("possessive_pronoun", ()):  # "its spokesperson", "jego rzecznik": the topic's body
        b = next((b for b in cues.get("body", ()) if pm.end <= b.start <= pm.end + 1), None)
        own = _own_state_end(tb, rec, pm.end)
        if own is not None and not any(taken[pm.start:own]):
            # "Selenskyj sagte, sein Land …", "in ihr Land": the state of the one the possessive means
            owner, via = owner_of_possessive(tb, rec, disc, pm.start)
            states = tuple(dict.fromkeys(t for t in (tb.top(a) for a in owner) if tb.gazetteer[t].type == "State"))
            if states:
                out.append(Mention(pm.start, own, states, "this_state", resolved=True, via=f"the state of {via}"))
                for k in range(pm.start, own):
                    taken[k] = True
        elif b is not None and not any(taken[pm.start:b.end]) and not placed_counterpart(tb, rec, b) and (
                owner_via := owner_of_possessive(tb, rec, disc, pm.start))[0]:
            # "The Houthis have escalated their drone attacks": the subject named before it in this
            # sentence, else the topic (also in an article's first sentence: "Nepal says Chinese troops
            # attacked its army")
            owner, via = owner_via
            out.append(Mention(pm.start, b.end, owner, "body", resolved=True, via="its owner's body: " + via))
            for k in range(pm.start, b.end):
                taken[k] = True
        elif b is None and not any(taken[pm.start:pm.end]) and any(
                m.tokens[0] < pm.start and pm.end <= m.tokens[-1] or _before(rec, pm.end, m.start)
                or m.end == pm.start and tb.triggers[m.payload].relation in HOSTILE and not _phrase_at(rec, pm.start)
                for m in rec.triggers):
            # inside a trigger phrase or right before a trigger noun ("entering its airspace", "jego
            # rozmów z Grossim", "mit ihrem größten Manöver"): the owner is the sentence's subject, else the topic
            # "its war": the agent; "violated its airspace"; after a demand, the one addressed
            agent = any(_before(rec, pm.end, m.start) for m in rec.triggers)
            owner, via = addressee(rec, pm.start) if agent else ((), "")
            if agent and not owner:
                owner, via = punished_one(tb, rec, pm.start)
            if agent and not owner:
                owner, via = helped_one(tb, rec, pm.start)
            if not owner:
                owner, via = owner_of_possessive(tb, rec, disc, pm.start, clause_first=agent)
            if owner:
                out.append(Mention(pm.start, pm.end, owner, "possessor", possessive=True, resolved=True, via=via))
                for k in range(pm.start, pm.end):
                    taken[k] = True
        elif b is None and not any(taken[pm.start:pm.end]) and _before_infinitive(rec, pm.end):
            # "informed Washington of its plan to strike Israel": the one whose plan it is, the sentence's subject;
            # but "told Washington to drop its plan to …": the one told, who is to drop it
            ctl = _infinitive_controller(rec, pm.start)
            owner, via = (ctl.actors, "the one the infinitive before it is said of") if ctl is not None else \
                owner_of_possessive(tb, rec, disc, pm.start)
            if owner:
                out.append(Mention(pm.start, pm.end, owner, "possessor", possessive=True, resolved=True, via=via))
                for k in range(pm.start, pm.end):
                    taken[k] = True
    _relative_bodies(tb, rec)
    own_groups(tb, rec, disc)  # "the Lebanese militant group": a group, never the state
    for concept in CONCEPTS:
        for cm in cues.get(concept, ()):
            if any(taken[cm.start:cm.end]):
                continue
            nxt = cm.end
            if concept in ("regime", "group", "pair", "parties", "guest", "this_state", "described_state", *TITLES) \
                    and nxt < len(toks) and (taken[nxt] or concept == "group" and owner_named_after(tb, rec, nxt)):
                continue  # "the regime of Kim Jong Un", "przywódcy UE", "der Nachbarstaat Polen": the name is it
                # ("die Kämpfer der TPLF": the genitive after the article names their group)
            if concept == "the_state" and not bare_refers(tb, rec, cm):
                continue  # "żaden kraj", "naszego kraju": no state named again
            if concept in ("this_state", "the_state") and _named_after(tb, rec, nxt):
                continue  # "the Kingdom of Denmark", "das Nachbarland Polen": the name is the mention
            if concept in TITLES and nxt < len(toks) and toks[nxt].is_word and (
                    toks[nxt].low in tb.markers["prepositions"] or toks[nxt].text[:1].isupper()):
                continue  # "the president of the commission", "prezydent Tokajew": someone else named
            if concept == "document" and (cm.start != next((k for k, t in enumerate(toks) if t.is_word), -1)
                                          or not rec.morphs or nxt >= len(toks) or not finite(rec.morphs[nxt])
                                          or any(sp.start == nxt for sp in cues.get("speech", ()))):
                continue  # only the subject that opens the sentence, its verb right after: "The statement criticizes"
                # (not "The statement said …": what it says is told by the narration's speaker already)
            if concept in ("latter", "former_named") and nxt < len(toks) and toks[nxt].is_word and rec.morphs \
                    and rec.morphs[nxt].is_("NOUN", "PROPN", "ADJ") \
                    and toks[nxt].low not in tb.markers["possessive_clitic"]:
                continue  # "the former Soviet republic", "the former minister": an adjective, no pronoun
            if concept == "parties" and _described(tb, rec, cm.start):
                continue  # "zachodni przywódcy", "European leaders": a description, not the parties named
            if concept == "object_pronoun" and rec.morphs and nxt < len(toks) and rec.morphs[nxt].is_("NOUN") \
                    and any(pm.start == cm.start for pm in cues.get("possessive_pronoun", ())) and not (
                        toks[cm.start].low in tb.markers["state_pronouns"] and cm.start > 0
                        and rec.morphs[cm.start - 1].is_("VERB")):
                continue  # "Jego stanowisko poparł …": a possessive before its noun, not "him" (but "przekazała jej
                # setki czołgów": right after a verb, a state's pronoun is its object)
            if concept == "object_pronoun" and toks[cm.start].low in tb.markers["definite"] and rec.morphs \
                    and nxt < len(toks) and (rec.morphs[nxt].is_("NOUN", "PROPN", "NUM") or rec.morphs[nxt].is_(
                        "ADJ") and toks[nxt].low.endswith("en")):
                continue  # "diesem Land", "diesem neuen Abkommen": a demonstrative before its noun, not "him"
                # ("diesem weitere Hilfe": the adjective does not agree, it opens the object)
            actors, via = _resolve(tb, rec, disc, concept, cm)
            if actors:
                start = _body_from(tb, rec, cm.start) if concept in ("pair", "parties") else cm.start
                if rec.morphs and cm.end - start > 1 and rec.morphs[start].only("ADP"):
                    start += 1  # "im Nachbarland": a fused preposition governs the mention
                out.append(Mention(start, cm.end, actors, concept, resolved=True, via=via))
                for k in range(start, cm.end):
                    taken[k] = True
    for m in out:
        if m.end < len(toks) and toks[m.end].low in tb.markers["possessive_clitic"]:
            m.possessive = True  # "Russia's invasion", "the militant group's assault"
    rec.mentions = sorted(out, key=lambda m: m.start)
    return rec


def _body_from(tb: Tables, rec: SentenceRecord, k: int) -> int:
    """Where the mention of a pair phrase at ``k`` starts: at a body noun before "from" ("a delegation from
    the two countries", "Delegationen aus beiden Ländern": their delegations, as for a name), else at ``k``."""
    toks = rec.tokens
    if k < 2 or toks[k - 1].low not in tb.markers["from"] or rec.taken[k - 2]:
        return k
    body = next((b for b in rec.cues.get("body", ()) if b.end == k - 1), None)
    return body.start if body is not None and not any(rec.taken[body.start:k]) else k


def _resolve(tb: Tables, rec: SentenceRecord, disc: Discourse, concept: str,
             cm: Match) -> tuple[tuple[str, ...], str]:
    """The actors one coreference phrase stands for, and where they came from."""
    gaz = tb.gazetteer
    out = rec.mentions
    if concept == "document":
        return tuple(disc.speaker or ()), "the last speaker, who issued it"
    if concept == "home_army":
        return home_army(tb, rec, disc, cm)
    if concept == "pair":
        return pair(tb, rec, disc, cm)
    if concept == "parties":
        return parties(tb, rec, disc, cm)
    if concept == "group" and disc.descriptors.get(group_lemma(rec, cm.end - 1)):
        # "jemeńskich rebeliantów Huti … Rebelianci ostrzelali": the group this noun was set beside
        return (disc.descriptors[group_lemma(rec, cm.end - 1)],), "the group this noun named before"
    if concept in _LAST_OF_TYPE:
        kind = _LAST_OF_TYPE[concept]
        quoted = concept == "regime" and 0 < narration_start(rec) and cm.start < narration_start(rec)
        speaker = {tb.top(a) for a in first_person_speaker(tb, rec, disc, cm)[0] if a in gaz} if quoted else set()
        last = disc.attacks[-1] if disc.attacks else None
        enemy = last[0] if len(speaker) == 1 and last is not None and last[1] in speaker else None
        if enemy is not None and enemy not in speaker and enemy in gaz and gaz[enemy].type == kind:
            # '"The regime will be punished," Khamenei said': the speaker's enemy, who attacked its state last
            return (enemy,), "the attacker of the last attack, on the quote's speaker"
        # "a war between Israel and Hamas that began with the militant group's assault": one named
        # earlier in this sentence is the last one named
        here = [a for m in out if m.end <= cm.start and not m.resolved for a in m.actors]
        found = [a for a in (*disc.recent, *here) if gaz[a].type == kind]
        # "Japan condemned the regime": not the sentence's subject, named before it with no preposition
        first = next((m for m in out if m.end <= cm.start and not m.resolved), None)
        own = {tb.top(a) for a in first.actors} if first is not None and prep(tb, rec, first.start, 0) is None \
            and not first.possessive and first.kind != "adjectives" and _own_clause(tb, rec, first, cm.start) else set()
        other = [a for a in found if tb.top(a) not in own]
        via = f"the last {kind} named"
        if other and other != found:
            found, via = other, f"the last {kind} named, not the sentence's subject"
        topic = [a for a in disc.subject if a in gaz and gaz[a].type == kind]
        if concept == "group" and len(topic) == 1 and topic[0] in found[-3:] and tb.top(topic[0]) not in own \
                and not any(gaz[a].type == kind for a in here):  # states named on the way do not count
            # "The Houthis began strikes after Israel's war with Hamas started. The militant group …": the group
            # the narration was about, not one named on the way
            return (topic[0],), "the group that was the topic"
        if found and tb.top(found[-1]) in speaker:  # no one calls their own government "the regime"
            return (), "not the quote's speaker"
        return ((found[-1],) if found else ()), via
    if concept in TITLES:  # "Merz reiste nach Kiew. Der Kanzler sicherte …": the last person of that office
        here = {a for m in out if m.end <= cm.start for a in m.actors}
        titled = disc.titled.get(title_stem(rec, cm))
        if titled is not None and titled not in here:  # "Premier Morawiecki … z kanclerzem Scholzem … premier"
            return (titled,), "the last person the article named with this title"
        found = next((p for p in reversed(disc.persons) if p in gaz and gaz[p].position == TITLES[concept]
                      and p not in here), None)
        return ((found,) if found else ()), f"the last {TITLES[concept].replace('_', ' ')} named"
    if concept in ("latter", "former_named"):  # "X and Y clashed after X struck the latter's camps": Y
        return _of_two(tb, rec, disc, cm, concept == "latter")
    if concept == "guest":  # "Putin dziękował gościowi": the other party of the last meeting
        here = _meeting_here(tb, rec, cm.start)
        if here:  # "a meeting between Lula and Boric ended with Lula thanking his guest": this one
            return here, "the parties of the meeting named before in this sentence"
        return tuple(disc.meeting), "the parties of the last meeting"
    if concept == "there" and _existential(tb, rec, cm):
        return (), "an existential 'there' ('there was no consensus'), no place"
    if concept == "there":  # "przekazała Ukrainie …, a rząd wysłał tam pomoc"
        before = [a for m in out if m.end <= cm.start for a in m.actors if gaz[a].type in ("State", "Place")]
        first = before[0] if before else None
        cands = [a for a in before if a != first]
        via = "a place or state named before in this sentence"
        if not cands:
            cands = [a for a in disc.recent if gaz[a].type == "State"]
            via = "the last state named"
        return ((cands[-1],) if cands else ()), via
    if concept in ("this_state", "described_state"):  # "dieses Landes", "das ostafrikanische Land"
        return this_state(tb, rec, disc, cm)
    if concept == "the_state":
        return the_state(tb, rec, disc, cm)
    if concept == "partners":
        return _partners(tb, rec, disc, cm)
    if concept == "first_person":
        return first_person_speaker(tb, rec, disc, cm)
    if concept == "pronoun" and 0 < (ns := narration_start(rec)) <= cm.start and disc.speaker is not None:
        # '"We will keep helping Ukraine," he said.': the narration's last subject, not an actor quoted; but
        # one the narration names before the pronoun is it ('"…", verkündete die Armee, bevor sie …')
        named = next((m for m in out if ns <= m.start and m.end <= cm.start and not m.resolved
                      and m.kind != "adjectives" and prep(tb, rec, m.start, 0) is None), None)
        if named is not None:
            return named.actors, "the speaker named after the quote"
        return tuple(disc.speaker), "the subject of the narration before the quote"
    if concept == "pronoun" and disc.speaker is not None and postposed_speaker(tb, rec, cm.start):
        # "Sollte Berlin nachlegen, werde Russland härter antworten, warnte sie": the one who says the clause
        # before, named before the sentence, not an actor of what she says
        return tuple(disc.speaker), "the subject of the narration before the reported clause"
    if concept == "object_it":
        return object_it(tb, rec, disc, cm)
    if concept == "object_pronoun":
        return object_pronoun(tb, rec, disc, cm, out)
    # "Macron travelled to Nuuk, where he met …": this sentence's subject, else the topic.
    # (Possessives are marked only after this stage, so 'not m.possessive' holds for every mention here.)
    earlier = [m for m in out if m.end <= cm.start and not m.resolved and m.kind != "adjectives"
               and not m.possessive and not m.compound and prep(tb, rec, m.start, 0) is None]
    num = number(tb, rec, cm.start) if concept == "pronoun" else None
    if earlier and concept == "pronoun" and tb.settings.get("verb_second") \
            and after_prefield(rec, earlier, cm.start):
        earlier = []  # "Kanada und Mexiko wirft er vor": the prefield before the verb is its object, not "er"
    if earlier:
        if num == PLURAL:  # "X posed with Y and Z as they …"; not "the EU … because they supply"
            found = plural_antecedent(tb, rec, earlier, cm.start)
            if found is not None:
                return found
            pair2 = coordinated_pair(tb, out, rec, cm.start)
            if pair2 and tb.top(earlier[0].actors[0]) in pair2 and len(
                    {gaz[a].code for m in earlier for a in m.actors if a in gaz}) == 1:
                # "a call took place between Tamim and Biden, where they discussed …": both of the pair a
                # preposition governs, not the second alone
                return pair2, "the two actors named together before it"
        actors, via = earlier[0].actors, "this sentence's first subject"
        persons = [m for m in earlier if m.actors and all(gaz[a].type == "Person" for a in m.actors if a in gaz)]
        if num == SINGULAR and concept == "pronoun" and persons and not any(m is earlier[0] for m in persons):
            # "China and Russia declared … when Putin visited Beijing before he sent troops": "he" is a person,
            # the last one the sentence named, not its first subject, a state
            actors, via = persons[-1].actors, "the last person named in this sentence"
    else:
        actors, via = tuple(disc.subject), "the topic (the discourse subject)"
        if num == PLURAL:  # "Lithuania had proposed the meeting. They also …": a state is no 'they', its set is
            actors, via = plural_topic(tb, disc, actors) or (actors, via)
    if num == SINGULAR:  # "he" is never two states: of a pair of leaders, the last one named
        return singular_of(tb, rec, disc, actors, cm.start) or (actors, via)
    return actors, via


def _own_clause(tb: Tables, rec: SentenceRecord, first: Mention, k: int) -> bool:
    """Whether the sentence's first actor is the subject of the clause of the description at ``k``: no comma
    or clause break between them ("Hezbollah stayed quiet, but Israel struck the group's positions"), and
    no subject of another verb named between them ("Hezbollah said Israel had struck the group's …")."""
    toks = rec.tokens
    if any(toks[j].text in (",", ";", ":") for j in range(first.end, k)) or any(
            first.end <= b.start < k for b in rec.cues.get("clause_break", ())):
        return False
    return not any(first.end < m.start and m.end <= k and not m.resolved and m.kind != "adjectives"
                   and toks[m.start - 1].low not in tb.markers["coordination"] and prep(tb, rec, m.start, 0) is None
                   for m in rec.mentions)


def group_lemma(rec: SentenceRecord, k: int) -> str:
    """The dictionary form of the group noun at token ``k`` ("rebeliantom" -> "rebeliant")."""
    return rec.morphs[k].lemma if rec.morphs and rec.morphs[k].lemma else rec.tokens[k].low


def _own_state_end(tb: Tables, rec: SentenceRecord, k: int) -> int | None:
    """The end of a state's noun after a possessive and its adjectives ("sein Land", "ihr eigenes Land")."""
    j = k
    while j < len(rec.tokens) and rec.morphs and rec.morphs[j].only("ADJ"):
        j += 1
    return j + 1 if j < len(rec.tokens) and rec.tokens[j].low in tb.markers["own_state"] else None


def _infinitive_controller(rec: SentenceRecord, k: int):
    """The mention right before the "to" of an infinitive verb that stands right before token ``k`` ("told
    Washington to drop its …"): the one that infinitive is said of, else None."""
    if k < 3 or not rec.morphs or not rec.morphs[k - 1].is_("VERB") or "infmark" not in rec.morphs[k - 2].feats:
        return None
    return next((m for m in rec.mentions if m.end == k - 2 and not m.possessive), None)


def _before_infinitive(rec: SentenceRecord, k: int) -> bool:
    """Whether a noun (adjectives before it) from ``k`` on takes a to-infinitive ("its plan to strike")."""
    if not rec.morphs:
        return False
    j = k
    while j < len(rec.morphs) and rec.morphs[j].only("ADJ"):
        j += 1
    return j + 2 < len(rec.morphs) and rec.morphs[j].is_("NOUN") and "infmark" in rec.morphs[j + 1].feats \
        and rec.morphs[j + 2].is_("VERB")


def _before(rec: SentenceRecord, k: int, start: int) -> bool:
    """Whether only adjectives stand from ``k`` to ``start`` ("ihrem größten Manöver")."""
    return k <= start and all(rec.morphs and rec.morphs[j].only("ADJ") for j in range(k, start))


def _named_after(tb: Tables, rec: SentenceRecord, k: int) -> bool:
    """Whether an actor's name follows token ``k`` right away or after "of" ("the Kingdom of Denmark")."""
    taken = rec.taken
    if k < len(taken) and taken[k]:
        return True
    return k + 1 < len(taken) and rec.tokens[k].low in tb.markers["prepositions"] and taken[k + 1]


def _partners(tb: Tables, rec: SentenceRecord, disc: Discourse, cm: Match) -> tuple[tuple[str, ...], str]:
    """'his Asian partners', 'swoich sojuszników', 'ihre Verbündeten': the others of the last talks (else of
    the last actors named together) that the owner took part in; nothing when the owner was not among them
    ("The US and its allies slammed the summit" of two others)."""
    owner, _ = owner_of_possessive(tb, rec, disc, cm.start)
    mine = {tb.gazetteer[tb.top(a)].code for a in owner}
    for group, via in ((disc.talks, "the other parties of the owner's last talks"),
                       (disc.parties, "the others named together with the owner")):
        codes = {tb.gazetteer[a].code for a in group}
        if mine and mine <= codes and len(codes) > len(mine):
            return tuple(a for a in group if tb.gazetteer[a].code not in mine), via
    return (), ""


def _of_two(tb: Tables, rec: SentenceRecord, disc: Discourse, cm: Match,
            latter: bool) -> tuple[tuple[str, ...], str]:
    """'the latter' / 'the former': the second or the first of the last two actors named together ("A and B"),
    in this sentence before it, else in the sentence before."""
    two = coordinated_pair(tb, rec.mentions, rec, cm.start)
    via = "named together before it in this sentence"
    if not two:
        two = next((tuple(ls) for ls in disc.last_lists if len(ls) == 2), ())
        via = "named together in the sentence before"
    if len(two) != 2:
        return (), ""
    return (two[1] if latter else two[0],), f"the {'second' if latter else 'first'} of the two {via}"


def _phrase_at(rec: SentenceRecord, k: int) -> bool:
    """Whether a coreference phrase of its own starts at token ``k`` ("its neighbour", "their partners")."""
    return any(cm.start == k for concept in CONCEPTS for cm in rec.cues.get(concept, ()))


def _meeting_here(tb: Tables, rec: SentenceRecord, k: int) -> tuple[str, ...]:
    """The parties a meeting trigger before token ``k`` names after it in this sentence, when they are two or
    more actors ("a meeting between Lula and Boric …, with Lula thanking his guest"); () otherwise."""
    gaz = tb.gazetteer
    for tm in reversed([tm for tm in rec.triggers if tm.end <= k and tb.triggers[tm.payload].relation == "meetsWith"]):
        named = [a for m in rec.mentions if tm.end <= m.start and m.end <= k and not m.resolved
                 and m.kind != "adjectives" for a in m.actors if a in gaz and gaz[a].type != "Place"]
        distinct = list(dict.fromkeys(named))
        if len({tb.top(a) for a in distinct}) >= 2:
            return tuple(distinct)
    return ()


def _described(tb: Tables, rec: SentenceRecord, k: int) -> bool:
    """Whether an adjective (not a determiner or number) stands right before token ``k``."""
    if k == 0 or not rec.morphs:
        return False
    prev, m = rec.tokens[k - 1], rec.morphs[k - 1]
    if tb.cases and rec.morphs[k].is_("NUM"):
        return False  # "ministrów spraw zagranicznych trzech krajów": the office's adjective ("trzech zachodnich")
    return m.only("ADJ") and prev.low not in tb.markers["determiners"] and prev.norm not in tb.numbers


def _relative_bodies(tb: Tables, rec: SentenceRecord) -> None:
    """"Wielka Brytania, której żołnierze stacjonują w Estonii": a body noun right after a relative pronoun
    of possession, after a comma, is the body of the actor named right before the comma."""
    toks = rec.tokens
    rel = tb.markers["relative_possessive"]
    for k in range(2, len(toks) - 1):
        if toks[k].low not in rel or toks[k - 1].text != "," or rec.taken[k]:
            continue
        b = next((b for b in rec.cues.get("body", ()) if b.start == k + 1), None)
        owner = next((m for m in rec.mentions if m.end == k - 1 and m.kind != "adjectives"), None)
        if b is None or owner is None or any(rec.taken[k:b.end]):
            continue
        cases = rec.morphs[b.start].feats & CASES if rec.morphs else frozenset()
        rec.mentions.append(Mention(b.start, b.end, owner.actors, "body", feats=frozenset(cases), resolved=True,
                                    via="the body of the antecedent of a relative possessive"))
        for j in range(k, b.end):
            rec.taken[j] = True


def title_stem(rec: SentenceRecord, cm: Match) -> str:
    """The dictionary form of a title cue's last word ("kanclerzem" -> "kanclerz", "the prime minister" ->
    "minister"), so that every case of the title finds the person named with it."""
    k = cm.end - 1
    return rec.morphs[k].lemma.lower() if rec.morphs and rec.morphs[k].lemma else rec.tokens[k].low


def _existential(tb: Tables, rec: SentenceRecord, cm: Match) -> bool:
    """Whether "there" opens an existential clause: an auxiliary or copula right after it, and no verb right before
    it but one of saying ("there was no consensus", "said there were talks"; not "the troops sent there were
    attacked")."""
    toks, morphs = rec.tokens, rec.morphs
    return toks[cm.start].low in tb.markers["existential"] and cm.end < len(toks) \
        and toks[cm.end].low in tb.markers["auxiliaries"] and bool(morphs) \
        and not (cm.start > 0 and morphs[cm.start - 1].is_("VERB") and not morphs[cm.start - 1].is_("AUX")
                 and toks[cm.start - 1].low not in tb.markers["auxiliaries"]
                 and not any(sp.end == cm.start for sp in rec.cues.get("speech", ())))

