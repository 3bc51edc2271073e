"""The light verb that governs a trigger noun ("launched an attack", "nałożyła sankcje", "verhängte Sanktionen"):
which verb before the noun is one, and whose subject becomes the noun's (or, for an inverse verb, "received drones
from Iran", its object). Split from ``roles_noun`` (one job: the governing verb)."""

from __future__ import annotations

from kg.engine.clauses import auxiliary
from kg.engine.dates import date_tokens
from kg.engine.genitives import in_prep_phrase
from kg.engine.noun_modifiers import governs
from kg.engine.record import Discourse, FrameResult, Group, SentenceRecord
from kg.engine.roles_verb import coordinated_subject, dropped_subject
from kg.engine.syntax import antecedent, left_subject, prep
from kg.engine.tables import Tables
from kg.engine.verb_final import head_prep


def only_named(tb: Tables, rec: SentenceRecord, lv, k: int) -> bool:
    """A verb of saying that is also a light verb ("bezeichnete") and names the trigger noun as something
    ("bezeichnete die Sanktionen der USA als illegal") does not do the noun's act; after 'als' it does
    ("bezeichnete Russland als Aggressor")."""
    toks = rec.tokens
    as_role = tb.markers["as_role"]
    if not as_role or not any(sp.start == lv.start for sp in rec.cues.get("speech", ())):
        return False
    hi = next((j for j in range(k, len(toks)) if j in rec.breaks or toks[j].text == ","), len(toks))
    return not any(t.low in as_role for t in toks[lv.end:k]) and any(t.low in as_role for t in toks[k:hi])


def participle_at(rec: SentenceRecord, k: int) -> bool:
    """A light verb used as a participle modifying a noun ("prowadzące", "leading") has no subject of its own."""
    return bool(rec.morphs) and "pact" in rec.morphs[k].feats and not rec.morphs[k].feats & {"fin", "past"} \
        and k > 0 and rec.morphs[k - 1].is_("NOUN")


def attributive(tb: Tables, rec: SentenceRecord, lv, before: int) -> bool:
    """In a verb-second language a light verb inflected before its noun, after an article or a preposition
    with at most adverbs between, is an attributive participle ("gegen einen kürzlich genehmigten
    Waffenverkauf der USA"): the noun's act is not the clause subject's."""
    toks = rec.tokens
    if not tb.settings.get("verb_second") or lv.end != before or lv.end - lv.start != 1:
        return False
    if not toks[lv.start].low.endswith(("e", "en", "er", "es", "em")):
        return False
    j = lv.start - 1
    while j >= 0 and lv.start - j <= 3 and toks[j].is_word and toks[j].text[:1].islower() \
            and toks[j].low not in tb.markers["determiners"] and toks[j].low not in tb.markers["prepositions"]:
        j -= 1
    return j >= 0 and (toks[j].low in tb.markers["determiners"] or toks[j].low in tb.markers["prepositions"])


def left_of_light_verb(tb: Tables, rec: SentenceRecord, lo: int, k: int) -> Group | None:
    """The subject on the left of a light verb at ``k``; in a verb-second language not an actor inside a
    fronted prepositional phrase ("Nach dem Beginn des russischen Angriffskrieges verhängte die EU …":
    the subject stands after the verb)."""
    s = left_subject(tb, rec, lo, k, nominative=tb.cases)
    if s is None or not tb.settings.get("verb_second"):
        return s
    if head_prep(tb, rec, s, lo) is not None:
        return None
    # the genitive chain up to the phrase it hangs on ("nach dem Beginn des russischen …")
    return None if in_prep_phrase(rec, s.start, lo, steps=3) else s


def agent_participle_between(tb: Tables, rec: SentenceRecord, a: int, b: int) -> bool:
    """A passive participle from ``a`` (the light verb itself or a word after it) up to its noun at ``b``, with its
    own agent after it ("sprzeciwia się nałożonym przez Chiny na Litwę sankcjom", "skrytykowały nałożone przez Unię
    na Rosję sankcje"): the noun's act is the agent's, not the clause subject's."""
    if not tb.cases or not rec.morphs:
        return False
    toks, morphs, agent = rec.tokens, rec.morphs, tb.markers["agent"]
    return any("ppas" in morphs[k].feats and morphs[k].is_("ADJ", "VERB") and not morphs[k].is_("NOUN")
               and toks[k + 1].low in agent for k in range(a, b - 2))


def listed_topic(rec: SentenceRecord, lo: int, k: int) -> bool:
    """Whether a noun of a question under discussion and a word that opens its list ("kwestiach, w tym", "issues,
    including") stand before the verb or verbal noun at ``k`` in its clause: what follows is a topic named, not an
    act the clause's subject does."""
    return any(t.end <= c.start <= t.end + 6 and c.end <= k and (lo <= t.start or c.start == lo)
               for t in rec.cues.get("topic_nouns", ()) for c in rec.cues.get("including", ()))  # (the list
    # may open a clause of its own: "kwestiach dzielących oba kraje — w tym …")


def ended(rec: SentenceRecord, f: FrameResult) -> bool:
    """Whether an attack noun is the object of a verb of stopping (the lexicon's ``cessation``): "talks on
    ending the war in Ukraine", "vowed to end the war": who ends a war, or talks of ending it, need not wage it."""
    return f.relation == "attacks" and any(0 <= f.match.start - cm.end <= 2 for cm in rec.cues.get("cessation", ()))


def governing_verb(tb: Tables, rec: SentenceRecord, disc: Discourse, f: FrameResult,
                    subj: Group | None, obj: Group | None,
                    concepts: tuple[str, ...] = ("light_verbs", "inverse")) -> tuple[Group | None, Group | None]:
    """The subject of a light verb before the noun ("launched an attack"), or of an inverse verb,
    which makes it the object ("Russia received drones from Iran")."""
    groups = rec.groups
    lo = f.clause[0]
    before = f.match.start
    for concept in concepts:
        # a verb before a noun cue ("nach dem Beginn des Krieges verhängte die EU …": the verb's subject)
        cues = sorted(rec.cues.get(concept, ()), key=lambda cm: bool(rec.morphs) and rec.morphs[cm.start].only("NOUN"))
        cue_tokens = frozenset(k for c in cues for k in range(c.start, c.end))
        for lv in cues:
            if possessed(tb, rec, lv.start) or held_by_other(rec, f, lv):
                continue
            if participle_at(rec, lv.start) or attributive(tb, rec, lv, before) or only_named(tb, rec, lv, before) \
                    or auxiliary(
                    rec, lv.start, lv.end, f.clause[1], cue_tokens):
                continue  # "kraje prowadzące mediację": the participle's noun; "hat … verurteilt": a tense
            if not governs(tb, rec, lv, before):
                continue  # "imposed sanctions over US arms sales", "has faced criticism"
            if modal(rec, lv):
                continue  # "rozmowy mają dotyczyć wojny": 'mieć' before an infinitive is a modal
            if listed_topic(rec, lo, lv.start):
                continue  # "skupiły się na kilku kwestiach, w tym zwiększeniu pomocy dla Sudanu": a topic listed
            if agent_participle_between(tb, rec, lv.start, before):
                continue  # "sprzeciwia się nałożonym przez Chiny na Litwę sankcjom": the participle names the agent
            if concept == "light_verbs" and ended(rec, f):
                continue
            if lo <= lv.start < before and lv.end <= before:
                # "verurteilte die indischen Angriffe und kündigte Vergeltung an": the first verb's subject
                s = (charged_doer(tb, rec, f, lv.start) or coordinated_subject(tb, rec, lv, lo)
                     or left_of_light_verb(tb, rec, lo, lv.start) or antecedent(tb, rec, lo))
                if s is None and tb.settings.get("verb_second"):
                    # "Am Montag verhängte die EU neue Sanktionen": right after the verb
                    s = next((g for g in groups if lv.end <= g.start < before
                              and prep(tb, rec, g.start, lv.end) is None), None)
                if s is None and concept == "light_verbs":
                    s = dropped_subject(tb, rec, disc, lv, lo, frozenset())
                if s is not None and concept == "inverse":
                    obj = s
                    f.how.append("inverse")
                elif s is not None:
                    subj = s
                    f.how.append("light-verb")
                break
        if subj is not None or obj is not None:
            break
    if subj is None and obj is None and "light_verbs" in concepts:
        subj = coming_from(tb, rec, f)
        if subj is not None:
            f.how.append("coming-from")
    return subj, obj


#: the relations of a word said or done at someone that "comes from" its author ("Kritik kam aus Berlin")
_SAID = ("accuses", "threatens", "praises")


def coming_from(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """A noun of saying that is the subject of a verb of coming (the lexicon's ``coming``) has its author in the
    verb's source phrase ("aus"/"von" opening the clause or right after the verb): "Aus Moskau kommen Drohungen
    gegen Kiew", "Kritik an Ungarn kam von der EU". A source phrase after a noun is that noun's ("Warnungen an
    die Regierung von Assad")."""
    if f.relation not in _SAID:
        return None
    lo, hi = f.clause
    toks = rec.tokens
    sources = tb.markers["from"] | tb.markers["agent"]
    for cm in rec.cues.get("coming", ()):
        if not lo <= cm.start < hi:
            continue
        for g in rec.groups:
            if not lo <= g.start < hi or g.start <= f.match.start < g.end:
                continue
            p = head_prep(tb, rec, g, lo)  # "von der Regierung Kroatiens": the genitive's "von"
            if p is None or p not in sources:
                continue
            at = next(k for k in range(g.start - 1, lo - 1, -1) if toks[k].low == p)
            if at == lo or cm.end <= at and all(rec.morphs and rec.morphs[k].only("ADV") for k in range(cm.end, at)):
                return g  # adverbs may stand between: "kam zudem von der EU"
    return None


def held_by_other(rec: SentenceRecord, f: FrameResult, lv) -> bool:
    """A light verb that another trigger holds with its own noun ("nałożyła sankcje", "imposed sanctions") governs
    that noun, not a later one ("Unia nałożyła sankcje za ataki Rosji": the attacks are Russia's)."""
    return any(g is not f and g.failure is None and g.match.start <= lv.start and lv.end <= g.match.end
               and g.match.end - g.match.start > lv.end - lv.start and g.match.end <= f.match.start
               and bool(rec.morphs) and rec.morphs[g.match.end - 1].only("NOUN")  # not "agreed to"
               for g in rec.frames)


def possessed(tb: Tables, rec: SentenceRecord, k: int) -> bool:
    """Whether a light verb form stands right after a possessive ("Moscow's continued attacks", "its renewed
    offensive"): an adjective of the possessor's act then, governing nothing."""
    return k > 0 and (rec.tokens[k - 1].low in tb.markers["possessive_clitic"] or bool(rec.morphs)
                      and rec.morphs[k - 1].is_("DET") and "poss" in rec.morphs[k - 1].feats)


def modal(rec: SentenceRecord, lv) -> bool:
    """Whether a light verb cue is an auxiliary of the future right before an infinitive ("mają spotkać się",
    "ma być", the lexicon's ``future``): then it is a modal, not "mieć" of a noun ("ma wsparcie X"), and
    governs no noun after it."""
    morphs = rec.morphs
    return bool(morphs) and lv.end < len(morphs) and "inf" in morphs[lv.end].feats and any(
        cm.start == lv.start and cm.end == lv.end for cm in rec.cues.get("future", ()))


def means_subject(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """A trigger noun in a fronted phrase of means (the lexicon's ``means``, 'mit') is the act of the clause's
    subject, which a verb-second language puts right after the finite verb ("Mit harten Zöllen auf Stahl aus
    China hat Kanada …": Canada acts)."""
    toks, morphs = rec.tokens, rec.morphs
    lo, hi = f.clause
    if not morphs or not tb.settings.get("verb_second"):
        return None
    if toks[lo].low not in tb.markers["means"]:
        return _means_in_middle(tb, rec, f)
    if toks[lo + 1].low in tb.markers["determiners"] or any(
            toks[k].text == "," or k in rec.breaks for k in range(lo + 1, f.match.start)):
        return None  # "Mit der Unterstützung Frankreichs hat Polen …": a means has no article
    if any(t.low in tb.markers["means_governed"] for t in toks[f.match.end:hi]):
        return None  # "Mit Angriffen auf die Ukraine rechnet die Nato": the verb takes 'mit' itself
    verb = next((k for k in range(f.match.end, hi) if morphs[k].is_("VERB", "AUX") and "fin" in morphs[k].feats
                 or toks[k].text == ","), None)
    if verb is None or toks[verb].text == ",":
        return None
    g = next((g for g in rec.groups if g.start > verb), None)
    if g is None or prep(tb, rec, g.start, verb + 1) is not None or g.mentions[0].kind == "adjectives":
        return None
    return g if "nom" in g.mentions[0].feats else None


def charged_doer(tb: Tables, rec: SentenceRecord, f: FrameResult, k: int) -> Group | None:
    """The object of a verb of judging right before the preposition that opens a light verb's clause ("accused
    Zelensky of starting the war", "blamed Kyiv for launching the raid"), a date between them or not ("accused
    Kyiv on Friday of launching …"): the one judged does the act, not the judge."""
    if k < 2 or not rec.morphs or not {"ger", "prp"} & rec.morphs[k].feats or not rec.morphs[k - 1].is_("ADP"):
        return None
    judged = [h.object for h in rec.frames if h is not f and h.failure is None and h.object is not None
              and h.relation in ("accuses", "praises") and h.match.end <= h.object.start and h.object.end < k]
    near = next((g for g in judged if g.end == k - 1), None)
    if near is not None or not judged:
        return near
    dated = date_tokens(tb, rec)  # scanned only when something stands between
    return next((g for g in judged if all(j in dated or not rec.tokens[j].is_word for j in range(g.end, k - 1))),
                None)


def _means_in_middle(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """A trigger noun after 'mit' with no article, in the middle of a verb-second clause whose verb does not take
    'mit' itself ("China reagierte auf die Waffenlieferungen mit Sanktionen gegen die USA", "Die Ukraine
    antwortete mit Drohnenangriffen"): the act of the clause's subject, its first actor before 'mit' that no
    preposition governs."""
    toks, morphs = rec.tokens, rec.morphs
    lo, hi = f.clause
    j = f.match.start - 1
    while j > lo and morphs[j].only("ADJ") and toks[j].text[:1].islower():
        j -= 1  # "mit neuen, harten Sanktionen"
    if j <= lo or toks[j].low not in tb.markers["means"] or any(toks[k].text == "," or k in rec.breaks
                                                                 for k in range(lo + 1, j)):
        return None
    if any(t.low in tb.markers["means_governed"] for t in toks[lo:hi]) or not any(
            morphs[k].is_("VERB", "AUX") and "fin" in morphs[k].feats for k in range(lo, j)):
        return None  # "rechnet mit Angriffen": the verb takes 'mit'; none before it: not the clause's means
    g = next((g for g in rec.groups if lo <= g.start and g.end <= j and prep(tb, rec, g.start, lo) is None
              and head_prep(tb, rec, g, lo) is None and g.mentions[0].kind != "adjectives"), None)
    return g if g is not None and (not g.mentions[0].feats & {"nom", "acc", "dat", "gen"}
                                   or "nom" in g.mentions[0].feats) else None
