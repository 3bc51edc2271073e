"""How a trigger reads in its sentence: as a noun or a verb, and in which voice (active, passive, or a
participle used as an adjective). The roles stage asks this first: the voice decides where the agent is."""

from __future__ import annotations

from kg.engine.record import FrameResult, SentenceRecord
from kg.engine.syntax import after, finite
from kg.engine.tables import Tables
from kg.engine.verb_final import aux_after
from kg.text import HYPHENS


def _plural_subject(tb: Tables, rec: SentenceRecord, tm) -> bool:
    """"its tanks hit positions", "their jets struck": a plural noun before a form that can be a verb is that
    verb's subject, not a modifier of a noun ("its air strikes", "the group's drone attack" have a singular one)."""
    k = tm.start - 1
    return not tb.cases and bool(rec.morphs) and rec.morphs[k].only("NOUN") and "pl" in rec.morphs[k].feats \
        and "verb" in tm.features[0]


def noun_form(tb: Tables, rec: SentenceRecord, f: FrameResult) -> bool:
    """A trigger form that can be a noun is one after a determiner, a possessive or an actor adjective."""
    toks = rec.tokens
    tm = f.match
    determiners, clitics = tb.markers["determiners"], tb.markers["possessive_clitic"]
    if toks[tm.start].low in tb.markers["comitative_fused"]:
        return True  # "mithilfe": a preposition and its noun in one word
    if not tb.cases and not tb.settings.get("verb_second") and rec.morphs and tm.start > 0 \
            and rec.morphs[tm.end - 1].only("NOUN") \
            and not any(rec.morphs[k].is_("VERB", "AUX") for k in range(tm.start, tm.end)) \
            and (toks[tm.start - 1].low in tb.markers["complementizer"]
                 or any(cm.end == tm.start for cm in rec.cues.get("speech", ()))):
        return True  # "said military cooperation between Iran and Russia is …": a reported clause opened by a
        # word with no verb reading opens with its subject, a noun
    prev = toks[tm.start - 1] if tm.start > 0 else None
    noun_ctx = prev is not None and (prev.low in determiners or prev.low in clitics
                                     or prev.low in tb.markers["any_determiners"]  # "in any war with NATO"
                                     or prev.low in tb.markers["leading"]  # "the US-led strikes"
                                     or any(m.end == tm.start and m.kind in ("adjectives", "body")
                                            for m in rec.mentions)
                                     or (tm.start >= 2 and (toks[tm.start - 2].low in determiners
                                                            or toks[tm.start - 2].low in clitics)
                                         and prev.is_word and prev.text[:1].islower()
                                         and not _plural_subject(tb, rec, tm))  # "an overnight attack",
                                     # "the group's cross-border assault"
                                     or _premodified(tb, rec, tm)  # "last night's massive drone assault"
                                     or (tm.start >= 2 and toks[tm.start - 2].low in tb.markers["prepositions"]
                                         and prev.is_word and prev.text[:1].islower() and bool(rec.morphs)
                                         and (rec.morphs[tm.start - 1].is_("ADJ")
                                              or "ppas" in rec.morphs[tm.start - 1].feats
                                              or rec.morphs[tm.start - 1].only("NOUN"))  # "in missile transfers"
                                         and not rec.morphs[tm.start - 1].is_("ADV"))  # "extends to armed attacks"
                                     or bool(rec.morphs) and rec.morphs[tm.start - 1].only("ADP")
                                     and prev.low not in tb.markers["genitive_marker"]  # "under fire"
                                     or bool(rec.morphs) and not tb.cases and rec.morphs[tm.start - 1].is_("ADP")
                                     and rec.morphs[tm.start].is_("NOUN") and "pl" in rec.morphs[tm.start].feats
                                     and prev.low not in tb.markers["genitive_marker"]  # "after attacks on Saudi
                                     # sites": no finite verb right after a preposition that may open a clause
                                     or any(m.end == tm.start and m.kind in ("names", "metonyms") and m.start > 0
                                            and (toks[m.start - 1].low in determiners
                                                 or bool(rec.morphs) and rec.morphs[m.start - 1].only("ADP"))
                                            for m in rec.mentions)  # "rafts of UN sanctions", "the US strikes"
                                     or _light_verb_name(tb, rec, f)
                                     or _name_led_subject(tb, rec, f))
    if tm.start == 0 and not tb.cases and rec.morphs and rec.morphs[0].is_("NOUN") and "pl" in rec.morphs[0].feats:
        noun_ctx = True  # "Sanctions imposed on Iran by Canada …", "Strikes hit Kyiv": no verb opens a sentence
        # in the third person; a plural noun does
    if tm.start == 1 and not tb.cases and rec.morphs and rec.morphs[0].only("ADJ") and rec.morphs[1].is_("NOUN") \
            and "pl" in rec.morphs[1].feats:
        noun_ctx = True  # nor after an adjective opening it: "Similar sanctions were imposed by X on Y"
    if not noun_ctx and tb.cases and rec.morphs and "ger" in rec.morphs[tm.start].feats \
            and "nom" in rec.morphs[tm.start].cases and not any(t.is_word for t in toks[f.clause[0]:tm.start]) \
            and any(finite(rec.morphs[k]) for k in range(tm.end, f.clause[1])):
        noun_ctx = True  # "Wtargnięcie Rosji do … stanowi naruszenie": a verbal noun that opens its clause, with the
        # clause's verb after it, is that verb's subject, a noun (not "w niszczeniu …" after a preposition)
    if not noun_ctx and prev is not None and not tb.cases and rec.morphs and rec.morphs[tm.start].is_("NOUN") \
            and "pl" in rec.morphs[tm.start].feats and (prev.low in tb.markers["complementizer"] or any(
                cm.end == tm.start for cm in rec.cues.get("speech", ()))) \
            and tm.end < len(toks) and toks[tm.end].low in tb.markers["agent"] | tb.markers["from"]:
        noun_ctx = True  # "Biden says strikes from the US …", "said that attacks by Israel …": nor does one open
        # a reported clause (with its agent after it; "said attacks on Israel would go on" keeps the speaker's)
    if not noun_ctx and prev is not None and not tb.cases and rec.morphs and rec.morphs[tm.start].is_("NOUN") \
            and "pl" in rec.morphs[tm.start].feats and f.relation == "attacks" and _lexical_verb(rec, tm.start - 1) \
            and not any(cm.end == tm.start for cm in rec.cues.get("speech", ())):
        noun_ctx = True  # "Qatar condemned attacks on Saudi Arabia": a plural right after a verb is its object (not
        # after a verb of saying: "said attacks on Israel would go on" keeps the speaker's side)
    if not noun_ctx and prev is not None and not tb.cases and rec.morphs and rec.morphs[tm.start].is_("NOUN") \
            and any(cm.end <= tm.start <= cm.end + 4 and all(t.text in HYPHENS or t.is_word and t.text[:1].islower()
                                                           for t in toks[cm.end:tm.start])
                    for cm in rec.cues.get("defend", ())):
        noun_ctx = True  # "had repelled (dawn) attacks by M23", "fended off strikes": what one repels is a
        # noun
    if not noun_ctx and prev is not None and not tb.cases and rec.morphs and rec.morphs[tm.start].is_("NOUN") \
            and any(cm.end <= tm.start <= cm.end + 2 and all(
                rec.morphs[k].is_("ADJ", "ADV") and toks[k].text[:1].islower() for k in range(cm.end, tm.start))
                    for cm in rec.cues.get("inverse", ())):
        noun_ctx = True  # "faces daily attacks from …", "received strong support from …": what an inverse verb
        # takes is a noun
    if not noun_ctx and prev is not None and not tb.cases and rec.morphs and rec.morphs[tm.start].is_("NOUN") \
            and "pl" in rec.morphs[tm.start].feats and f.relation == "attacks" and tm.end < len(toks) \
            and toks[tm.end].low in tb.markers["locative"] and any(
                cm.end < tm.start <= cm.end + 2 and all(
                    rec.morphs[k].is_("ADJ", "ADV") and toks[k].text[:1].islower() for k in range(cm.end, tm.start))
                for cm in rec.cues.get("light_verbs", ())):
        noun_ctx = True  # "conducted daily strikes in …", "carried out nightly raids": what a light verb does, past
        # an adjective the analyser may also read as an adverb, is a plural noun, not a verb of its own, when a
        # place follows it, which the verb reading cannot take ("began naval exercises off …", "after Vilnius
        # launched heavy strikes on Belarus" keep the verb reading, which takes its object)
    if not noun_ctx and prev is not None and not tb.cases and not tb.settings.get("capitalized_nouns") \
            and rec.morphs and rec.morphs[tm.start].is_("NOUN") and prev.is_word and prev.text[:1].islower() \
            and rec.morphs[tm.start - 1].is_("ADJ") and not rec.morphs[tm.start - 1].is_("VERB", "ADV") \
            and tm.start >= 2 and (rec.morphs[tm.start - 2].feats & {"ger", "pact"} and rec.morphs[tm.start - 2].is_(
                "VERB") or any(m.end == tm.start - 1 and m.kind == "adjectives" for m in rec.mentions)):
        noun_ctx = True  # "organizing international sanctions against …", "Russian aerial attacks": after an -ing verb
        # or an actor's adjective, an adjective qualifies a noun, no finite verb whose subject is the nearest actor
        # before it (after a finite verb the verb reading shares that verb's subject: "began naval exercises off …")
    if not noun_ctx and not tb.cases and rec.morphs and rec.morphs[tm.start].is_("NOUN") \
            and "pl" in rec.morphs[tm.start].feats and tm.end == tm.start + 1 and tm.end + 1 < len(toks) \
            and toks[tm.end].low in tb.markers["agent"] and any(
                g.start in (tm.end + 1, tm.end + 2) and g.mentions[0].kind != "adjectives" or g.start == tm.end + 1
                for g in rec.groups):
        noun_ctx = True  # "following recent attacks by Chilean troops on …": a verb in the active voice takes no
        # agent right after it; the plural is a noun whose agent follows
    if not noun_ctx and prev is not None and not tb.cases and prev.low in tb.markers["listed_determiners"] \
            and rec.morphs and rec.morphs[tm.start].is_("NOUN"):
        noun_ctx = True  # "condemned these attacks on Sudan": after a plural demonstrative no verb agrees
    if noun_ctx and prev is not None and prev.low in tb.markers["adjunct"] and "prp" in tm.features[0] and any(
            g.start == tm.end and g.mentions[0].kind != "adjectives" for g in rec.groups):
        noun_ctx = False  # "after meeting Macron": a gerund with its object, not "after the meeting"
    if _answered_gerund(tb, rec, tm):
        return True
    feats = frozenset().union(*tm.features)
    if not feats and len(tm.tokens) > 1 and rec.morphs and toks[tm.start].low in tb.markers["comitative"] \
            and rec.morphs[tm.tokens[-1]].only("NOUN"):
        return True  # a literal phrase from "with" to a noun ("mit Hilfe", "mit der Unterstützung") is a noun (not
        # "zu unerwünschten Personen erklärt", a verb's complement)
    if not feats and len(tm.tokens) > 1 and noun_ctx and rec.morphs \
            and any(cm.end == tm.end for cm in rec.cues.get("relation_nouns", ())) \
            and not any(rec.morphs[k].is_("AUX") or rec.morphs[k].only("VERB") for k in range(tm.start, tm.end)):
        return True  # "its close allies", "the staunch allies": a literal phrase with no inflected word, after a
        # determiner or possessive and ending in a noun of a tie, is a noun phrase (not "are close allies")
    head = tm.features[0] if tm.features[0] & {"noun", "verb"} else feats  # "naruszył … przestrzeń": a verb
    if not head & {"noun", "verb"} and rec.morphs and tm.end - tm.start == 1:
        # a word the inflection tables do not know ("peacekeepers", "battlegroup"): the analyser's reading,
        # but not after "to" or an auxiliary or pronoun ("to bankroll Ukraine", "they bankroll")
        verbal = prev is not None and (rec.morphs[tm.start - 1].is_("AUX", "PRON", "PART")
                                       or prev.low in tb.markers["infinitive_marker"])
        # ("Washington's ally, Qatar"): a noun too where the words before make it one
        # a common noun opening the sentence may read as a name too ("Walki Izraela z Hezbollahem trwają")
        opening = all(not t.is_word for t in toks[:tm.start]) and rec.morphs[tm.start].only("NOUN", "PROPN")
        # "Russian shelling in Kherson", "the shelling": a gerund right after an actor adjective or a determiner is
        # a noun too (not after a preposition or a name: "by arming Kyiv", "Ukraine targeting officials")
        nominal = rec.morphs[tm.start].is_("NOUN") or "ger" in rec.morphs[tm.start].feats and not tb.cases and (
            prev.low in determiners or prev.low in clitics
            or any(m.end == tm.start and m.kind == "adjectives" for m in rec.mentions))
        return (rec.morphs[tm.start].only("NOUN") or opening or noun_ctx and nominal) and not verbal
    if f.relation == "attacks" and "noun" in head and "verb" in head and "prp" not in head and prev is not None \
            and not tb.cases and rec.morphs and rec.morphs[tm.start - 1].only("ADP") \
            and prev.low in tb.markers["genitive_marker"]:
        return True  # "after 30 years of war in eastern Congo": no verb but a gerund follows "of" (an attack noun;
        # "rafts of sanctions targeting Moscow" keeps its verb reading, which finds the relative's agent)
    if "prp" in head and "noun" not in head and prev is not None and not tb.cases and rec.morphs \
            and (rec.morphs[tm.start - 1].only("DET") and prev.low in tb.markers["determiners"]
                 or prev.low in clitics and tm.start >= 2 and rec.tokens[tm.start - 2].is_word):
        return True  # "ahead of a meeting between …", "their meeting": an -ing form after an article is a noun,
        # as after a possessive ("Israel's killing of the commander")
    return "noun" in head and ("verb" not in head or noun_ctx)


def _answered_gerund(tb: Tables, rec: SentenceRecord, tm) -> bool:
    """An -ing form or noun after a verb of answering and its "to", past lowercase adjectives ("responded to
    (unprovoked) firing from India", "reacted to shelling by Azerbaijan"): what is answered, a noun, not a verb
    whose subject is the one answering."""
    toks = rec.tokens
    if tb.cases or not rec.morphs or not ("ger" in rec.morphs[tm.start].feats or rec.morphs[tm.start].is_("NOUN")):
        return False
    k = tm.start - 1
    while k > 0 and toks[k].text[:1].islower() and rec.morphs[k].only("ADJ"):
        k -= 1
    return k > 0 and toks[k].low in tb.markers["answered"] and any(cm.end == k and rec.morphs[cm.start].is_("VERB")
                                                for cm in rec.cues.get("retaliation", ()))


def _lexical_verb(rec: SentenceRecord, k: int) -> bool:
    """A word that can only be a full verb in the past or a finite form ("condemned", "reported"), not an
    auxiliary, a noun or an adjective it could also be."""
    m = rec.morphs[k]
    return m.only("VERB") and bool(m.feats & {"past", "fin"}) and rec.tokens[k].text[:1].islower()


def _premodified(tb: Tables, rec: SentenceRecord, tm) -> bool:
    """"last night's massive drone assault", "the large-scale missile attacks", "Wednesday's US drone
    strike": a determiner or possessive, then two or three lower-case adjectives or nouns (or a name and a
    noun), then the trigger: a noun phrase, its trigger the head."""
    if tb.cases or not rec.morphs or _plural_subject(tb, rec, tm):
        return False
    toks = rec.tokens
    opener = tb.markers["determiners"] | tb.markers["possessive_clitic"]
    k = tm.start - 1
    while k > max(-1, tm.start - 4):
        if toks[k].low in opener:
            return k < tm.start - 2  # one word between: the older check above
        name = next((m for m in rec.mentions if m.start <= k < m.end and m.kind in ("names", "metonyms")), None)
        if name is not None:  # "Wednesday's US drone strike", "the week's US strikes", "a large-scale Hamas attack"
            j = name.start - 1
            while j > name.start - 3 and j >= 0 and toks[j].is_word and toks[j].text[:1].islower() \
                    and rec.morphs[j].is_("ADJ", "NOUN") and not rec.morphs[j].is_("VERB") \
                    and toks[j].low not in opener:
                j -= 1
            return j >= 0 and toks[j].low in opener
        m = rec.morphs[k]
        participle = k > 0 and toks[k - 1].low in opener and "ppas" in m.feats
        # "a sustained artillery assault", not "X's army began war"
        if not (toks[k].is_word and toks[k].text[:1].islower() and (m.is_("ADJ", "NOUN") or participle)) \
                or m.only("VERB") and not participle:
            return False
        k -= 1
    return False


def _name_led_subject(tb: Tables, rec: SentenceRecord, f: FrameResult) -> bool:
    """"Hamas attacks in southern Israel killed two soldiers": a name opening the clause, a form that may be
    a plural noun or a verb, a preposition, and then a finite verb before any conjunction or comma. Read as a
    verb the trigger would leave that later verb without a subject, so it is the noun its name modifies. After
    a full verb that does not report speech the name and trigger are that verb's object ("cite Hezbollah
    attacks in northern Israel as the cause"): a noun phrase too."""
    toks, tm = rec.tokens, f.match
    lo, hi = f.clause
    if tb.cases or not rec.morphs or tm.end - tm.start != 1 or tm.end + 1 >= hi \
            or toks[tm.end].low not in tb.markers["prepositions"] or "pl" not in rec.morphs[tm.start].feats \
            or not rec.morphs[tm.start].is_("NOUN"):
        return False
    name = next((m for m in rec.mentions if m.end == tm.start and m.kind in ("names", "metonyms")), None)
    if name is None or name.start > lo and not _object_of_verb(rec, name.start):
        return False
    if name.start > lo:
        return True  # "condemned Hamas attacks in southern Israel": the object of a verb is a noun phrase
    stops = tb.markers["clause_break"] | tb.markers["coordination"]
    for k in range(tm.end + 1, hi):
        m = rec.morphs[k]
        if not toks[k].is_word or toks[k].low in stops or m.is_("SCONJ", "CCONJ", "PRON"):
            return False
        if m.is_("VERB", "AUX") and not m.is_("PROPN", "ADP") and (
                "past" in m.feats or "fin" in m.feats and not m.is_("NOUN", "ADJ")):  # "left", not "talks"
            return True
    return False


def _object_of_verb(rec: SentenceRecord, k: int) -> bool:
    """Whether the word before token ``k`` is a full verb, not one of speech, that takes ``k`` as its object
    (after "says" a clause may begin: "says Hamas attacks in the south")."""
    speech = {j for cm in rec.cues.get("speech", ()) for j in range(cm.start, cm.end)}
    m = rec.morphs[k - 1]
    return k - 1 not in speech and m.is_("VERB") and not m.is_("AUX", "NOUN", "ADJ", "ADP", "PROPN")


def _other_finite(rec: SentenceRecord, f: FrameResult) -> bool:
    """Whether the trigger's clause has a finite verb besides it: a form that is past tense and participle
    alike ("clashed", "sided") before "with"/"of" reduces a relative clause only when the clause has its
    own verb ("Turkey has troops stationed in Syria", "drones armed with explosives hit Haifa"); alone
    it is the clause's verb ("India clashed with China"). Before the trigger the verb must be nothing
    else; after it, a form that may also be a noun counts ("hit"), but not inside an actor's name."""
    lo, hi = f.clause
    tm = f.match
    named = {k for g in rec.groups for k in range(g.start, g.end)}
    for k in range(lo, hi):
        if tm.start <= k < tm.end or k in named:
            continue
        m = rec.morphs[k]
        if not (m.is_("VERB", "AUX") and m.feats & {"fin", "past"}):
            continue
        if k > tm.start or not m.is_("NOUN", "ADJ", "ADP", "PROPN"):
            return True
    return False


def _active_perfect_after(tb: Tables, rec: SentenceRecord, f: FrameResult) -> bool:
    """Whether the verb-final group the trigger's participle opens ends in a finite auxiliary that forms no
    passive ("erobert und später annektiert hat"): only participles, adverbs and coordination before it, and
    nothing but punctuation after it in the clause."""
    toks, morphs = rec.tokens, rec.morphs
    hi = f.clause[1]
    if not morphs or "ppas" not in morphs[f.match.start].feats:
        return False
    for k in range(f.match.end, hi):
        m = morphs[k]
        if m.is_("AUX") and "fin" in m.feats:
            return toks[k].low not in tb.markers["passive_aux"] and (k + 1 >= hi or not toks[k + 1].is_word)
        if not (toks[k].low in tb.markers["coordination"] or m.is_("ADV", "ADJ", "NUM") and not m.is_("NOUN", "PROPN")
                or "ppas" in m.feats):
            return False
    return False


def relative_subject_before(rec: SentenceRecord, k: int) -> bool:
    """Whether a name ending right before token ``k`` opens an object relative without 'that' after a lower-case
    common noun ("the deal Iran signed with …"): the verb after it is that relative's, active, not a participle
    said of the name ("troops stationed in" has no name before it)."""
    m = next((m for m in rec.mentions if m.end == k and m.kind != "adjectives"), None)
    if m is None or m.start == 0 or not rec.morphs:
        return False
    j = m.start - 1
    return rec.tokens[j].text.islower() and rec.morphs[j].is_("NOUN") and not rec.morphs[j].is_("ADP", "DET", "VERB")


def voice(tb: Tables, rec: SentenceRecord, f: FrameResult, feats: frozenset[str]) -> str:
    """passive ("was attacked", "wurde … angegriffen"), adjectival ("frozen assets") or active."""
    toks = rec.tokens
    tm = f.match
    lo, hi = f.clause
    m_ = tb.markers
    passive = "ppas" in feats and len(tm.tokens) == 1 and any(  # "was committed to" is an idiom
        toks[k].low in m_["passive_aux"] for k in range(max(lo, tm.start - 3), min(hi, tm.end + 2)))
    if not passive and tb.settings.get("passive_by_auxiliary") and "noun" not in tm.features[0]:
        # "Die Ukraine wurde von Russland angegriffen"
        aux = [k for k in range(lo, tm.start) if toks[k].low in m_["passive_aux"]]
        agent = after(tb, rec, aux[0], hi, m_["agent"]) if aux else None
        # not a "von" inside the trigger's own words: "drangen in den Luftraum von Lettland ein"
        passive = agent is not None and not tm.start <= agent.start < tm.end or aux_after(tb, rec, f)
        if passive and _active_perfect_after(tb, rec, f):
            passive = False  # "ein Gebiet, das Japan einst von China erobert und lange verwaltet hat": "von" is whence
        if not passive and len(tm.tokens) == 1 and rec.morphs and "ppas" in rec.morphs[tm.start].feats:
            # no agent named: "Stellungen der PKK wurden im Irak bombardiert", "ist … beschossen worden"
            process = [k for k in range(lo, min(hi, tm.end + 2)) if k != tm.start
                       and toks[k].low in m_["passive_aux"] and toks[k].low in m_["process_passive"]]
            # a form that is also an infinitive ("überfallen") is a passive only after a past "wurde", "worden"
            passive = bool(process) and ("inf" not in rec.morphs[tm.start].feats or any(
                rec.morphs[k].feats & {"past", "ppas"} or toks[k].low in m_["past_passive"] for k in process))
    # (with the act's noun in the instrumental after it: "banki objęte sankcjami UE", the noun owning the agent)
    instrument = [i > 0 and "inst" in ft and "ppas" in tm.features[0] for i, ft in enumerate(tm.features)]
    lead = frozenset().union(*(ft for ft, inst in zip(tm.features, instrument, strict=True) if not inst))
    adjectival = ("ppas" in feats and not passive and tb.cases
                  and not lead & {"noun", "imps", "inf"} and "verb" in feats
                  and all("ppas" in ft or "adj" in ft or not ft or inst
                          for ft, inst in zip(tm.features, instrument, strict=True)))
    if ("ppas" in feats and not passive and tm.end < len(toks) and toks[tm.end].low in m_["reduced"]
            and tm.start > 0 and toks[tm.start - 1].is_word and toks[tm.start - 1].low not in m_["relative"]
            and tm.end - tm.start == len(tm.tokens)  # "held Russia responsible for": its object inside
            and _other_finite(rec, f) and not relative_subject_before(rec, tm.start)):
        adjectival = True  # "companies accused of smuggling", "troops stationed in"
    k = tm.end + (1 if tm.end + 1 < len(toks) and rec.morphs and rec.morphs[tm.end].only("ADV") else 0)
    # "a deal brokered by the EU", also with an adverb between: "talks mediated largely by Egypt"
    agent_next = k < len(toks) and toks[k].low in m_["agent"] or toks[tm.end - 1].low in m_["agent"]
    if not passive and agent_next and ("ppas" in feats or rec.morphs and "ppas" in rec.morphs[tm.start].feats):
        adjectival = True  # "a deal brokered by the EU", "rebelianci wspierani przez Iran", "Wspierany przez"
    if not passive and not tb.cases and not tb.settings.get("verb_second") and _headline_passive(tb, rec, f, feats):
        passive = True  # "Ethiopia's ambassador expelled from Somalia": a headline drops the auxiliary
    if not passive and tb.settings.get("capitalized_nouns") and _attributive_participle(rec, f):
        adjectival = True  # "im besetzten Westjordanland", "der angegriffenen Stadt": it names the noun's state
    return "adjectival" if adjectival else "passive" if passive else "active"


def _attributive_participle(rec: SentenceRecord, f: FrameResult) -> bool:
    """A one-word trigger read only as an adjective between an article (or a preposition fused with one) and
    the noun it modifies ("im besetzten Westjordanland"): a participle used as an attribute, no act of a subject."""
    tm, morphs = f.match, rec.morphs
    return bool(morphs) and len(tm.tokens) == 1 and tm.end - tm.start == 1 and morphs[tm.start].only("ADJ") \
        and tm.start > 0 and (morphs[tm.start - 1].only("DET") or "art" in morphs[tm.start - 1].feats) \
        and tm.end < len(morphs) and morphs[tm.end].is_("NOUN", "PROPN")


def _headline_passive(tb: Tables, rec: SentenceRecord, f: FrameResult, feats: frozenset[str]) -> bool:
    """A participle right after a common noun, followed by 'from', in a clause with no finite verb of its own
    ("ambassador expelled from Somalia", "generals banned from ASEAN"): a headline's passive, the noun the
    one acted on."""
    tm, toks, morphs = f.match, rec.tokens, rec.morphs
    return bool(morphs) and "ppas" in feats and len(tm.tokens) == 1 and tm.end - tm.start == 1 and tm.start > 0 \
        and morphs[tm.start - 1].only("NOUN") and tm.end < len(toks) and toks[tm.end].low in tb.markers["from"] \
        and not _other_finite(rec, f)


def _light_verb_name(tb: Tables, rec: SentenceRecord, f: FrameResult) -> bool:
    """A plural trigger noun after a name that a light verb governs, with at most one lower-case adjective
    between ("moved to restore major UN sanctions on …", "imposed fresh EU sanctions on …"): the verb's object, a noun,
    not a verb whose subject is the name; only with the trigger's object preposition right after it."""
    toks, k = rec.tokens, f.match.start
    if tb.cases or not rec.morphs or not rec.morphs[k].is_("NOUN") or "pl" not in rec.morphs[k].feats:
        return False
    m = next((m for m in rec.mentions if m.end == k and m.kind in ("names", "metonyms")), None)
    if m is None or m.start == 0:
        return False
    j = m.start
    if toks[j - 1].is_word and toks[j - 1].text[:1].islower() and rec.morphs[j - 1].is_("ADJ"):
        j -= 1
    if f.match.end >= len(toks) or toks[f.match.end].low not in tb.object_markers[f.index]:
        return False
    return any(cm.end == j for cm in rec.cues.get("light_verbs", ()))
