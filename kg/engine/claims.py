"""Claims: ``Claim`` records from the frames' pairs, "the same again", witnesses, structural facts, dedupe.

A pair becomes a claim unless its subject is a place or both sides are the
same state; a place as object stands for its state ("the Kursk region" ->
Russia). Confidence drops for roles found by coreference and for hedges.
"Podobne kroki ogłosiły Wielka Brytania i Francja" / "Britain followed
suit" repeats the article's last main relation with new subjects.
Structural facts (leaderOf, officialOf, memberOf) come from the gazetteer
for the actors an article names.
"""

from __future__ import annotations

from dataclasses import replace

from kg.actors import Actor
from kg.cameo import cameo_table
from kg.engine.attribution import frame_attribution
from kg.engine.presence import witness_claims
from kg.engine.prospects import reads_as_noun
from kg.engine.record import INTRODUCED, Discourse, FrameResult, Mention, SentenceRecord
from kg.engine.status import governing_pledge
from kg.engine.syntax import clause_span, closes_at, prep
from kg.engine.tables import Tables
from kg.engine.verb_final import zu_infinitive
from kg.records import ActorRef, Article, Claim

STRUCTURAL_POSITIONS = {"head_of_state": "leaderOf", "head_of_government": "leaderOf", "leader": "leaderOf"}


def claims(tb: Tables, rec: SentenceRecord, disc: Discourse) -> SentenceRecord:
    """The sentence's claims: each frame's, in trigger order, then 'the same again'."""
    out = []
    for f in rec.frames:
        if f.failure is None and f.pairs:
            f.claims = frame_claims(tb, rec, f)
            if not f.claims:
                f.fail("pairs-dropped")
            out.extend(f.claims)
    out.extend(same_here(tb, rec))
    out.extend(same_again(tb, rec, disc))
    out.extend(witness_claims(tb, rec, out))  # "signed in the presence of Trump"
    rec.claims = out
    return rec


#: ``Actor.ref()`` of the data's actors, made once each (a claim names two; the reference is immutable). An
#: actor an article introduced is never kept: it belongs to that article.
_REFS: dict[int, tuple[Actor, ActorRef]] = {}


def actor_ref(a: Actor) -> ActorRef:
    """``a.ref()``, made once per actor of the data."""
    hit = _REFS.get(id(a))
    if hit is not None and hit[0] is a:
        return hit[1]
    ref = a.ref()
    if not a.id.startswith(INTRODUCED):
        if len(_REFS) >= 100_000:  # bounded: a process that loads many data folders stays flat
            _REFS.clear()
        _REFS[id(a)] = (a, ref)
    return ref


def object_ref(tb: Tables, a: Actor) -> ActorRef:
    """A place stands for its state in a claim ("the Kursk region" -> Russia)."""
    if a.type == "Place":
        return actor_ref(tb.gazetteer.top(a))
    return actor_ref(a)


def frame_claims(tb: Tables, rec: SentenceRecord, f: FrameResult) -> list[Claim]:
    art = rec.article
    toks = rec.tokens
    t = f.trigger
    trig_text = rec.text[toks[f.match.start].start:toks[f.match.end - 1].end]
    out = []
    attributed = frame_attribution(rec, f)  # the conjunct's attribution, not another conjunct's
    if attributed is None and f.alleged_by is not None:  # "X accused Y of …": X alleges it
        attributed = tb.gazetteer[tb.top(f.alleged_by.actors[0])].label("en")
    if attributed is None and f.alleged_text:  # "Western officials accused Tehran of …"
        attributed = f.alleged_text
    for s_id, o_id, resolved in f.pairs:
        sa, oa = tb.gazetteer[s_id], tb.gazetteer[o_id]
        if sa.type == "Place" or sa.code == oa.code:
            continue
        conf = t.confidence - (0.1 if resolved else 0) - (0.1 if f.hedged else 0)
        out.append(Claim(
            doc=art.doc, relation=t.relation, subject=actor_ref(sa), object=object_ref(tb, oa),
            sentence=rec.text, start=rec.start, end=rec.end, lang=tb.lang, rule=t.rule, trigger=trig_text,
            negated=f.modality != "asserted", hedged=f.hedged, modality=f.modality, status=f.status,
            cameo=f.cameo, place=f.place, attributed_to=attributed, confidence=max(0.1, conf),
            title=art.title, url=art.url,
            published=art.published, source=art.source, evidence=f.how,
        ))
    if f.modality in ("asserted", "hypothetical") and conditioned(tb, rec, f):
        # "jeśli rozmowy upadną, Waszyngton nałoży sankcje na Rosję", "… mogą nałożyć sankcje, jeśli …":
        # the sanctions are not a fact, the words are a threat
        out = [replace(c, negated=True, modality="hypothetical", evidence=[*c.evidence, "conditioned"]) for c in out]
        return out + [_as_threat(c, f, "condition") for c in out]
    if f.modality == "hypothetical" and resolve_cue(tb, rec, f):
        out += [_as_threat(c, f) for c in out]
    elif f.modality == "hypothetical" and warned_force(tb, rec, f):
        # "Iran warned that it could strike Israel": force its own agent warns it may use is a threat
        out += [_as_threat(c, f, "warned-force") for c in out]
    elif f.modality == "hypothetical" and f.relation == "threatens" and _resolve_before(tb, rec, f):
        # "jest gotowa użyć siły wobec Litwy", "nie wykluczają użycia siły wobec Tajwanu": a readiness for a
        # threat is that threat, said
        out = [replace(c, negated=False, modality="asserted", evidence=[*c.evidence, "resolve"]) for c in out]
    elif f.modality == "asserted" and verbal_attack(tb, rec, f):
        # "Lavrov attacked Poland over the decision", "Ławrow zaatakował Polskę": a minister attacks in words
        out = [_as_accusation(c) for c in out]
    elif f.modality == "asserted" and force_pledged(tb, rec, f):
        # "Iran vowed to strike Israel", "Israel said it would hit Iran hard": force promised is a threat
        # made, not an attack done (a promised delivery or sanction stays the act: ANNOTATION rule 2)
        out = [_as_threat(c, f, "pledged-force") for c in out]
    return out


def verbal_attack(tb: Tables, rec: SentenceRecord, f: FrameResult) -> bool:
    """An attack verb whose subject is only persons holding a speaking office ("Lavrov attacked Poland",
    "Ławrow zaatakował Polskę za tę decyzję"): an attack in words, which the press tells with the verbs of
    war. Not an attack noun ("the minister announced strikes on …": the strikes are the state's)."""
    if f.relation != "attacks" or f.subject is None or not f.subject.mentions or reads_as_noun(tb, rec, f):
        return False
    gaz = tb.gazetteer
    persons = [a for m in f.subject.mentions if m.kind != "body" for a in m.actors]
    # "Szef MSZ Rosji Siergiej Ławrow": the office's body before the name is the same person
    # a minister whose office commands the forces (the gazetteer's ``commands_forces``: defence, war) may strike with
    # them; other ministers have no army to strike with (an official, who may be a general, is left out, and a head
    # of state or government may: "Putin attacked Ukraine in 2022")
    if persons and all(gaz[a].type == "Person" and gaz[a].position == "minister" and not gaz[a].commands_forces
                       for a in persons):
        return True
    return all(_speaking_office(tb, rec, m) for m in f.subject.mentions)


def _speaking_office(tb: Tables, rec: SentenceRecord, m: Mention) -> bool:
    """A mention that names an office acting in words only (the lexicon's ``speaking_office``): a body ending in
    one ("the Russian embassy", "the Kremlin spokesman") or a possessor right before one ("China's ambassador")."""
    clitic = tb.markers["possessive_clitic"]
    toks = rec.tokens
    for cm in rec.cues.get("speaking_office", ()):
        if m.kind == "body" and m.start < cm.start and cm.end == m.end:
            return True
        k = m.end
        while k < cm.start and toks[k].low in clitic:
            k += 1
        if m.possessive and k == cm.start:
            return True
    return False


def _as_accusation(c: Claim) -> Claim:
    """The accusation an attack in words makes, with the relation's default CAMEO code."""
    return replace(c, relation="accuses", cameo=cameo_table().defaults["accuses"], evidence=[*c.evidence, "verbal"])


def force_pledged(tb: Tables, rec: SentenceRecord, f: FrameResult) -> bool:
    """An act of force (CAMEO root 18-20) told as a verb pledged by a future or pledge word right before it
    ("vowed to strike", "would hit", "will retaliate"), whose pledged code is a threat (root 13: 138
    'threaten with military force'): the code table says what a promise of the act is. A noun ("committed
    to exposing the war", "announced a halt to its campaign") keeps its act."""
    if f.status != "pledged" or not f.trigger.cameo or f.trigger.frame != "clause" or reads_as_noun(tb, rec, f) \
            and governing_pledge(tb, rec, f) is None:  # but "kündigte an, eine Offensive gegen X zu starten"
        return False  # "vowed to defend itself against X" (told from the side hit): the pledge is the defence
    table = cameo_table()
    if table[f.trigger.cameo].root not in ("18", "19", "20"):
        return False
    code = table.for_status(f.trigger.cameo, "pledged")
    if code is None or table[code].root != "13":
        return False
    start = f.match.start
    if tb.settings.get("perfective_future") and rec.morphs and {"fin", "perf"} <= rec.morphs[start].feats \
            and "imperf" not in rec.morphs[start].feats:
        return True  # "ostrzegli, że zaatakują okręty": a perfective present is the future
    return any(start - 2 <= cm.start < start for c in ("future", "pledge") for cm in rec.cues.get(c, ())) \
        or governing_pledge(tb, rec, f) is not None  # "schwor, gegen Israel zurückzuschlagen"


def conditioned(tb: Tables, rec: SentenceRecord, f: FrameResult) -> bool:
    """A material-conflict act (quad class 4) pledged or possible (not done) in the main clause of a
    conditional sentence: "jeśli
    Rosja nie zgodzi się na rozejm, USA nałożą na nią sankcje", "Chiny użyją siły, jeżeli Tajwan ogłosi
    niepodległość". The act inside the condition ("jeśli Rosja zaatakuje") is only a possibility."""
    if f.status == "done" or not f.trigger.cameo or cameo_table()[f.trigger.cameo].quad_class != 4:
        return False
    toks = rec.tokens
    tm = f.match
    hi = f.clause[1]
    for cm in rec.cues.get("condition", ()):
        if cm.end <= tm.start:  # the condition before: the act after the comma that closes it
            if any(t.text == "," for t in toks[cm.end:tm.start]):
                return True
        elif cm.start >= tm.end and (cm.start >= hi or toks[cm.start - 1].text == ","):  # the condition after
            return True
    for cm in rec.cues.get("condition_verb_first", ()):
        # "Sollte Teheran weiter anreichern, werden die USA den Iran angreifen": the modal first in the sentence
        # opens the condition, the comma closes it; "…, sollten die Gespräche scheitern" after the act's clause
        # (or after a colon that opens what was said: "hatte gewarnt: Sollte es zu Angriffen kommen, …")
        if (cm.start == 0 or toks[cm.start - 1].text in ":;") and cm.end <= tm.start \
                and any(t.text == "," for t in toks[cm.end:tm.start]):
            return True
        if cm.start > tm.end and toks[cm.start - 1].text == ",":
            return True
    return False


def resolve_cue(tb: Tables, rec: SentenceRecord, f: FrameResult) -> bool:
    """"London voiced readiness to impose sanctions on Iran", "Iran stands ready to strike": a
    declared readiness for a material-conflict act (quad class 4) right before it; the act's own code
    counts, not the one a perfective future makes of it ("nie zawaha się uderzyć": a pledged strike)."""
    if not _material_conflict(f):
        return False
    lo = f.clause[0]
    if lo > 0 and rec.tokens[lo - 1].text == "," and zu_infinitive(tb, rec, f):
        # "drohte, die Milizen im Norden anzugreifen": the cue closes the clause that governs the infinitive's
        plo = clause_span(rec, lo - 1, lo - 1)[0]
        if any(plo <= cm.start and cm.end == lo - 1 for cm in rec.cues.get("resolve", ())):
            return True
    return _resolve_before(tb, rec, f)


def _material_conflict(f: FrameResult) -> bool:
    """Whether the frame's act is material conflict (quad class 4: force, sanctions), by its trigger's code or
    the one its status made."""
    return any(code and cameo_table()[code].quad_class == 4 for code in (f.trigger.cameo, f.cameo))


def warned_force(tb: Tables, rec: SentenceRecord, f: FrameResult) -> bool:
    """A possible material-conflict act (quad class 4) in a clause after a word of warning, whose agent is the
    one who warns ("Iran warned that it could strike Israel", "Rosja ostrzegła, że może uderzyć w Litwę"); a
    warning of what another may do ("warned that Israel could strike Lebanon") threatens no one."""
    if f.subject is None or not _material_conflict(f):
        return False
    warn = [cm for cm in rec.cues.get("warning", ()) if cm.end <= f.match.start]
    if not warn:
        return False
    if any(warn[-1].end <= cm.start and f.clause[0] - 1 <= cm.start < f.match.start
           for cm in rec.cues.get("condition", ())):
        return False  # "warned that if Israel attacked Iran, the response would be swift": the act is the
        # condition of the warning, not the force warned of
    warner = next((g for g in reversed(rec.groups) if g.end <= warn[-1].start), None)
    return warner is not None and {tb.top(a) for a in warner.actors} == {tb.top(a) for a in f.subject.actors}


def _resolve_before(tb: Tables, rec: SentenceRecord, f: FrameResult) -> bool:
    """A resolve cue in the frame's clause, ending at most three words before its trigger, or closing the
    clause after it (a separable verb's particle: "schließt einen Angriff auf Taiwan nicht aus")."""
    (lo, hi), tm, toks = f.clause, f.match, rec.tokens
    return any(lo <= cm.start and cm.end <= tm.start and tm.start - cm.end <= 3 and not _looms(tb, rec, f, cm)
               or tm.end <= cm.start and cm.end <= hi and closes_at(toks, cm.end, hi)
               for cm in rec.cues.get("resolve", ()))


def _looms(tb: Tables, rec: SentenceRecord, f: FrameResult, cm) -> bool:
    """Whether the cue before an act noun says the act looms, the noun its subject: an ``impending`` verb with only
    articles that may be nominative and adjectives between ("Am Golf droht ein offener Krieg zwischen …"), and no
    particle closing the clause ("droht … einen Krieg an" threatens one)."""
    toks, morphs = rec.tokens, rec.morphs
    if not f.is_noun or not morphs or not all(t.low in tb.markers["impending"] for t in toks[cm.start:cm.end]):
        return False
    last = next((t for t in reversed(toks[f.match.end:f.clause[1]]) if t.is_word), None)
    if last is not None and last.low == "an":
        return False
    between = range(cm.end, f.match.start)
    return all(morphs[j].is_("ADJ") and not morphs[j].is_("DET") or morphs[j].is_("DET") and "nom" in morphs[j].cases
               for j in between)


def _as_threat(c: Claim, f: FrameResult, why: str = "resolve") -> Claim:
    """The threat a declared readiness or a condition makes, asserted. Its CAMEO code is the one the
    table gives a promise of the act when that is a threat (root 13: force 138, sanctions 1312, …),
    else the relation's default: the codes stay data in cameo.csv, not numbers in the engine. A threat
    is a statement, made when it is said: its status is done (see kg.engine.status)."""
    table = cameo_table()
    code = table.for_status(f.trigger.cameo or f.cameo, "pledged")
    if code is None or table[code].root != "13":
        code = table.defaults["threatens"]
    return replace(c, relation="threatens", negated=False, modality="asserted", status="done", cameo=code,
                   evidence=[*c.evidence, why])


def same_here(tb: Tables, rec: SentenceRecord) -> list[Claim]:
    """'Canada condemned Cuba, as did Mexico', 'and so did Mexico', 'ebenso wie Mexiko': the actor right after
    the phrase does the act of the last frame before it too, to the same object (its claims with the same
    subject again, the new actor as subject). Set off as an aside between commas after the subject, or opening
    the sentence ('Canada, like Mexico, condemned Cuba', 'Like Mexico, Canada …'; also ``same_aside``): the act
    of the first frame after it."""
    toks = rec.tokens
    out: list[Claim] = []
    for cm, after in (*((cm, True) for cm in rec.cues.get("same_here", ())),
                      *((cm, False) for cm in rec.cues.get("same_aside", ()))):
        k = cm.end
        while k < len(toks) and toks[k].low in tb.markers["determiners"]:
            k += 1
        g = next((g for g in rec.groups if g.start == k and g.mentions[0].kind != "adjectives"), None)
        if g is None:
            continue
        opening = not any(t.is_word for t in toks[:cm.start])
        aside = (opening or cm.start > 0 and toks[cm.start - 1].text == ",") and g.end < len(toks) \
            and toks[g.end].text == ","
        if aside:
            # right after the verb, the verb's act ("Kanada verurteilte, wie Mexiko, den Angriff"); else the
            # act of the first frame after it
            done = [f for f in rec.frames if f.claims and (f.match.start > g.end or f.match.end == cm.start - 1)]
            last = min(done, key=lambda f: f.match.start) if done else None
        else:
            done = [f for f in rec.frames if f.claims and f.match.end <= cm.start]
            last = max(done, key=lambda f: f.match.start) if done and after else None
        if last is None:
            continue
        doer = last.claims[-1].subject.code
        for c in last.claims:
            for a in g.actors:
                sa = tb.gazetteer[a]
                if c.subject.code != doer or sa.code in (c.subject.code, c.object.code) or sa.type == "Place":
                    continue
                out.append(replace(c, subject=sa.ref(), trigger=rec.text[toks[cm.start].start:toks[cm.end - 1].end],
                                   confidence=max(0.1, c.confidence - 0.1), evidence=[*c.evidence, "same-here"]))
    return out


def same_again(tb: Tables, rec: SentenceRecord, disc: Discourse) -> list[Claim]:
    """'Podobne kroki ogłosiły Wielka Brytania i Francja', 'Britain followed suit': the last relation again."""
    last = disc.last_claim
    if last is None or not rec.cues.get("same_again") or last.relation == "meetsWith":
        return []  # talks are no step to copy: "… talks with A and B. A imposed tariffs and B weighs similar measures"
    art = rec.article
    toks = rec.tokens
    cm = rec.cues["same_again"][0]
    out = []
    for g in rec.groups:
        if prep(tb, rec, g.start, 0) is not None or g.mentions[0].kind == "adjectives":
            continue
        for a in g.actors:
            sa = tb.gazetteer[a]
            if sa.code in (last.object.code, last.subject.code) or sa.type == "Place":
                continue
            out.append(Claim(
                doc=art.doc, relation=last.relation, subject=sa.ref(), object=last.object, sentence=rec.text,
                start=rec.start, end=rec.end, lang=tb.lang, rule=last.rule,
                trigger=rec.text[toks[cm.start].start:toks[cm.end - 1].end],
                attributed_to=rec.attribution, status=last.status, cameo=last.cameo,
                confidence=max(0.1, last.confidence - 0.1), title=art.title,
                url=art.url, published=art.published, source=art.source, evidence=["same-again"],
            ))
    return out


def structural(tb: Tables, art: Article, named: dict[str, tuple[int, int, str]]) -> list[Claim]:
    """memberOf, leaderOf and officialOf for the actors an article names (from the gazetteer, or
    from the article itself for a person it introduced by office: ``mentions._introduced``)."""
    gaz = tb.gazetteer
    out = _membership(tb, art, named) + _missions(tb, art, named)
    for aid, (s, e, sent) in sorted(named.items()):
        a = gaz[aid]
        if not a.acts_for:
            continue
        rel = STRUCTURAL_POSITIONS.get(a.position or "", "officialOf")
        out.append(Claim(
            doc=art.doc, relation=rel, subject=a.ref(), object=gaz[a.acts_for].ref(),
            sentence=sent, start=s, end=e, lang=tb.lang,
            rule="article:introduced" if a.id.startswith(INTRODUCED) else "gazetteer:" + (a.position or "body"),
            confidence=1.0, title=art.title, url=art.url, published=art.published, source=art.source,
        ))
    return out


def _missions(tb: Tables, art: Article, named: dict[str, tuple[int, int, str]]) -> list[Claim]:
    """A peace or military mission the article names (``deployed_in`` in the gazetteer: KFOR, UNIFIL) has
    its troops in its host state: its organization deploys troops there (ANNOTATION rule 8)."""
    gaz = tb.gazetteer
    out = []
    for aid, (s, e, sent) in sorted(named.items()):
        a = gaz[aid]
        if a.deployed_in is None or a.deployed_in not in gaz:
            continue
        out.append(Claim(
            doc=art.doc, relation="deploysTroopsTo", subject=a.ref(), object=gaz[a.deployed_in].ref(),
            sentence=sent, start=s, end=e, lang=tb.lang, rule="gazetteer:deployed_in", confidence=1.0,
            cameo=cameo_table().defaults["deploysTroopsTo"],
            title=art.title, url=art.url, published=art.published, source=art.source,
        ))
    return out


def _membership(tb: Tables, art: Article, named: dict[str, tuple[int, int, str]]) -> list[Claim]:
    """memberOf for a state and an organization that the same article names."""
    gaz = tb.gazetteer
    out = []
    for aid, (s, e, sent) in sorted(named.items()):
        a = gaz[aid]
        for org in a.member_of:
            if org in named and org in gaz:
                out.append(Claim(
                    doc=art.doc, relation="memberOf", subject=a.ref(), object=gaz[org].ref(),
                    sentence=sent, start=s, end=e, lang=tb.lang, rule="gazetteer:member_of", confidence=1.0,
                    title=art.title, url=art.url, published=art.published, source=art.source,
                ))
    return out


def disputed(tb: Tables, found: list[Claim], deniers: set[str]) -> list[Claim]:
    """Allegations the accused denies somewhere in the article are denied claims, not edges
    ("Kenya was accused of funnelling weapons …; Nairobi denies it")."""
    out = []
    for c in found:
        if not c.negated and "alleged" in c.evidence and tb.top(c.subject.id) in deniers:
            c = replace(c, negated=True, modality="denied", evidence=[*c.evidence, "denied-by-accused"])
        out.append(c)
    return out


def mission_hosts(tb: Tables, found: list[Claim]) -> list[Claim]:
    """Troops sent to or serving in a mission go to the state the mission serves in: "Włoscy żołnierze służą
    w misji KFOR" deploys Italian troops to Kosovo, not to NATO (``deployed_in`` in the gazetteer)."""
    gaz = tb.gazetteer
    out = []
    for c in found:
        host = gaz[c.object.id].deployed_in if c.relation == "deploysTroopsTo" and c.object.id in gaz else None
        if host is not None and host in gaz and c.rule != "gazetteer:deployed_in" and tb.top(c.subject.id) != host:
            c = replace(c, object=gaz[host].ref(), evidence=[*c.evidence, "mission-host"])
        out.append(c)
    return out


def hostile_presence(tb: Tables, found: list[Claim]) -> list[Claim]:
    """Troops on the territory of a state their own state attacks in the same article are part of
    the attack, not a deployment with consent (ANNOTATION rule 8): "Israeli troops remain in
    southern Lebanon" in an article that tells of Israel's strikes on Lebanon is an attack."""
    attacked = {(tb.top(c.subject.id), tb.top(c.object.id)) for c in found
                if c.relation == "attacks" and not c.negated}
    if not attacked:
        return found
    code = cameo_table().defaults["attacks"]
    return [replace(c, relation="attacks", cameo=code, evidence=[*c.evidence, "hostile-presence"])
            if c.relation == "deploysTroopsTo" and not c.negated
            and (tb.top(c.subject.id), tb.top(c.object.id)) in attacked
            else c for c in found]


def dedupe(found: list[Claim]) -> list[Claim]:
    """One claim per (sentence, relation, subject, object, negated): the most confident."""
    best: dict[tuple, Claim] = {}
    for c in found:
        key = (c.doc, c.start, c.relation, c.subject.id, c.object.id, c.negated)
        if key not in best or c.confidence > best[key].confidence:
            best[key] = c
    return sorted(best.values(), key=lambda c: (c.doc, c.start, c.relation, c.subject.id, c.object.id, c.negated))
