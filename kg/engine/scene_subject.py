"""A noun act told as the setting of a clause is the act of the clause's subject: a war as its time
("podczas wojny z Gruzją Rosja zajęła …", "during the war with Georgia") and an act as its manner
("w geście solidarności z Hamasem", "as an act of solidarity with Hamas"). Kept apart from
kg.engine.roles_noun, which tries these among the other ways a noun finds its subject.
"""

from __future__ import annotations

from kg.engine.clause_parties import interview
from kg.engine.dates import date_tokens
from kg.engine.record import FrameResult, Group, SentenceRecord
from kg.engine.speaker import DASHES
from kg.engine.syntax import antecedent, can_be_nominative, finite, left_subject, prep
from kg.engine.tables import Tables


def wartime_subject(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """A war told as the time of a clause ("podczas wojny z Gruzją", "od wybuchu wojny z Ukrainą", with no
    owner of its own) is the war of the clause's subject: "Podczas wojny z Gruzją Rosja zajęła …" makes Russia
    the one at war; "Armenia, która podczas wojny z Azerbejdżanem …" the relative clause's antecedent."""
    toks = rec.tokens
    lo, hi = f.clause
    k = f.match.start
    if k > lo and tb.cases and rec.morphs and not rec.morphs[k - 1].is_("ADJ") \
            and not any(c.end == k for c in rec.cues.get("wartime", ())):
        dated = date_tokens(tb, rec)
        while k - 1 > lo and k - 1 in dated:
            k -= 1  # "podczas rozpoczętej w piątek wizyty": a date between the participle and its noun
    if k > lo and rec.morphs and rec.morphs[k - 1].is_("ADJ") and not any(m.start == k - 1 for m in rec.mentions):
        k -= 1  # "podczas trwającej wojny z"
    scenes = [*rec.cues.get("wartime", ()), *(rec.cues.get("meeting_scene", ()) if f.relation == "meetsWith" else ())]
    cue = max((c for c in scenes if c.end == k and c.start >= lo), key=lambda c: c.end - c.start, default=None)
    setting = cue is None
    if setting:  # "In the fight against Hamas, Israel …", only when it opens the clause
        cue = next((c for c in rec.cues.get("setting", ()) if c.end == k and c.start >= lo), None)
    if cue is None:
        return None
    v2 = bool(tb.settings.get("verb_second"))  # "Deutschland hat im Rahmen …": the auxiliary heads it
    verb_before = next((j for j in range(lo, cue.start) if finite(rec.morphs[j]) or v2 and rec.morphs[j].only("AUX")
                        and "fin" in rec.morphs[j].feats), None) if rec.morphs else None
    if setting and (verb_before is not None or any(m.start < cue.start for m in rec.mentions if m.start >= lo)):
        return None
    if verb_before is not None:
        subj = antecedent(tb, rec, lo) or left_subject(tb, rec, lo, verb_before, nominative=True)
    else:
        # (an auxiliary heads the predicate too: "…, Kyiv will share"; a participle right after the noun is its
        # own: "Under the deal reached with Washington, …")
        aux = not tb.cases and not tb.settings.get("verb_second")  # (German: the subject follows "hat")
        verb = next((j for j in range(f.match.end, hi) if (finite(rec.morphs[j]) or aux and rec.morphs[j].only("AUX"))
                     and not (j == f.match.end and "ppas" in rec.morphs[j].feats)), None) if rec.morphs else None
        subj = None if verb is None else (left_subject(tb, rec, f.match.end, verb, nominative=True)
                                          or left_subject(tb, rec, lo, cue.start, nominative=True)
                                          or antecedent(tb, rec, lo))
        if subj is None and tb.settings.get("verb_second") and cue.start == lo and rec.morphs \
                and not interview(tb, rec, f):  # "Im Gespräch mit der ARD sagte …": an interview, no talks
            # "Beim Treffen mit Wang kritisierte Lawrow …": the subject after the verb (one that is also a
            # past participle's adjective, "verurteilte", heads the clause too)
            v2 = next((j for j in range(f.match.end, hi) if rec.morphs[j].is_("VERB") and "fin" in rec.morphs[j].feats
                       and not rec.morphs[j].is_("NOUN")), None)
            subj = None if v2 is None or (verb is not None and verb < v2) else _after_verb(tb, rec, v2, hi)
    if subj is None or not all(tok.is_word for tok in toks[cue.start:cue.end]):
        return None
    # "Podczas wojny z Ukrainą Chiny wspierały Rosję": a third actor in the clause may be the one at war
    gaz = tb.gazetteer
    enemy = next((g for g in rec.groups if g.start >= f.match.end), None)
    if enemy is None and len({gaz[a].code for a in subj.actors}) > 1:
        return None  # "X and Y affirmed cooperation during the visit": both are its parties, not one its owner
    known = {gaz[a].code for g in (subj, enemy) if g is not None for a in g.actors}
    if f.relation == "attacks" and any(gaz[a].code not in known for g in rec.groups if lo <= g.start < hi
                                       for a in g.actors):
        return None  # (a meeting is the subject's whatever else the clause names)
    f.how.append("wartime")
    return subj


def _after_verb(tb: Tables, rec: SentenceRecord, verb: int, hi: int) -> Group | None:
    """In a verb-second clause opened by the scene, the subject right after its finite verb (one word between
    at most, under no preposition, nominative by its case)."""
    g = next((g for g in rec.groups if verb < g.start < hi and g.mentions[0].kind != "adjectives"
              and prep(tb, rec, g.start, verb + 1) is None), None)
    if g is None or g.start - verb > 2 or not can_be_nominative(g):
        return None
    return g


def manner_subject(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """An act told as the manner of a clause ("w geście solidarności z Hamasem", "na znak poparcia dla
    Kijowa", "as an act of solidarity with Hamas") is the act of the clause's subject, the one who acts
    in that manner: the subject left of the clause's verb, else the relative clause's antecedent."""
    lo, _ = f.clause
    k = f.match.start
    while rec.morphs and k > lo and (rec.morphs[k - 1].only("ADJ") or "ppas" in rec.morphs[k - 1].feats):
        k -= 1  # "in a stark warning to"
    cue = next((c for c in rec.cues.get("manner", ()) if c.end == k and c.start >= lo), None)
    if cue is None or not rec.morphs or not all(tok.is_word for tok in rec.tokens[cue.start:cue.end]):
        return None
    verb = next((j for j in range(lo, cue.start) if finite(rec.morphs[j])), None)
    if verb is None:
        return _fronted_manner(tb, rec, f, cue)
    if cue.end - cue.start == 2 and rec.tokens[cue.end - 1].low in tb.markers["determiners"]:
        return None  # a bare "in a" names a manner only opening the sentence: "lost two soldiers in an attack on …"
    subj = left_subject(tb, rec, lo, verb, nominative=True) or antecedent(tb, rec, lo)
    if subj is not None:
        f.how.append("manner")
    return subj


def _fronted_manner(tb: Tables, rec: SentenceRecord, f: FrameResult, cue) -> Group | None:
    """A manner phrase opening the sentence ("In a stark warning to Israel, Iran said …", "Na znak poparcia dla
    Kijowa Warszawa …"): the subject right after the comma that closes it, before its verb."""
    toks = rec.tokens
    if cue.start != 0 and not (cue.start == f.clause[0] and toks[cue.start - 1].text in (":", *DASHES)):
        return None  # the phrase opens the sentence, or the clause after a dateline ("MADRID: Aus Protest …")
    comma = next((j for j in range(f.match.end, len(toks)) if toks[j].text == ","), None)
    verb = next((j for j in range(f.match.end, comma if comma is not None else len(toks))
                 if rec.morphs[j].is_("VERB", "AUX") and rec.morphs[j].feats & {"fin", "past"}
                 and not rec.morphs[j].is_("NOUN") and toks[j].text[:1].islower()), None)
    if verb is not None and tb.settings.get("verb_second"):
        # "Aus Protest gegen … hat Algerien seinen Botschafter abgezogen": German fronts the phrase and puts the
        # finite verb second; the subject is the bare actor right after that verb
        g = next((g for g in rec.groups if verb < g.start <= verb + 3), None)
        if g is None or prep(tb, rec, g.start, verb + 1) is not None \
                or not all(t.is_word for t in toks[verb + 1:g.start]):
            return None
        f.how.append("manner")
        return g
    if comma is None or any(finite(rec.morphs[j]) for j in range(cue.end, comma)):
        return None
    g = next((g for g in rec.groups if g.start > comma), None)
    if g is None or prep(tb, rec, g.start, comma + 1) is not None \
            or not all(t.is_word or t.low in tb.markers["possessive_clitic"] for t in toks[comma + 1:g.start]):
        return None
    f.how.append("manner")
    return g
