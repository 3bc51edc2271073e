"""Modality: whether a claim is asserted (who says it: ``kg.engine.attribution``).

A question mark makes every claim of the sentence a question. Within the
trigger's clause, a negation word right before it ("nie", "not"), or after
it in languages that say so ("schickt keine Soldaten"), or a negated form
("niepoparcie") negates it; a denial, a demand or a hypothetical cue before
it in its clause — or in the clause that governs a reported one ("nie
wyklucza, że …") — makes it denied, demanded or hypothetical, as does a
conditional verb ending. A hedge anywhere keeps it asserted but hedged.
An attribution cue followed by a news agency or an actor names who says it. Attributions
and hedges at the start or end of a sentence cover all of it; inside, only the conjunct
clause that carries them ("A sent jets, and B – according to PAP – tanks": PAP speaks for B),
and denials, demands and hypotheticals never reach into a later conjunct.
"""

from __future__ import annotations

from kg.engine.attribution import conjunct_start, covers
from kg.engine.clauses import infinitive_opener
from kg.engine.denied_after import denied_after
from kg.engine.negation_words import (
    adverbial_without,
    middle_field_negation,
    negated_at,
    negating_head,
    own_conjunct,
    stopping_negated,
    verb_between,
)
from kg.engine.prospects import (
    advocated,
    any_word,
    deal_as_goal,
    definite_event,
    feared_words,
    likely_future,
    modal_predicate,
    opposed_act,
    presupposed,
    reads_as_noun,
    span,
    threat_content,
    threat_verb,
    worked_on,
)
from kg.engine.record import Discourse, FrameResult, SentenceRecord
from kg.engine.speaker import QUOTES, narration_start
from kg.engine.status import occasion_between
from kg.engine.syntax import clause_span
from kg.engine.tables import Tables
from kg.engine.targets import attack_target
from kg.engine.verb_final import finite_at, fronted_demand, fronted_modality, zu_infinitive
from kg.engine.voice import relative_subject_before
from kg.phrases import Match


def modality(tb: Tables, rec: SentenceRecord, disc: Discourse) -> SentenceRecord:
    """The modality of every frame that gave pairs."""
    for f in rec.frames:
        if f.failure is None and f.pairs:
            f.modality, f.hedged, f.modality_by = frame_modality(tb, rec, f)
            if "answered-attack" in f.how and f.modality == "hypothetical":
                # "droht … nach dem Drohnenangriff mit Vergeltung": the threat is of the answer; the attack it
                # answers happened
                f.modality = "asserted"
    return rec


#: Acts a noun may name as a prospect, whose mood is the mood of the verb they are the subject of.
_PROSPECTS = ("providesAidTo", "suppliesWeaponsTo", "deploysTroopsTo")


def frame_modality(tb: Tables, rec: SentenceRecord, f: FrameResult) -> tuple[str, bool, str]:
    """(modality, hedged, the words that decided) for one frame."""
    toks = rec.tokens
    tm = f.match
    lo = f.clause[0]
    if f.voice == "compound":
        # "attempts by the Iran-backed Houthis to …", "may strike the Iran-backed militia": a hyphen compound
        # describes its noun as it is; what the clause denies, supposes or asks is not said of it
        return "asserted", False, ""
    if rec.text.rstrip().rstrip("\"”»'’)").endswith("?"):
        return "question", False, "?"
    clitics = sum(t.low in tb.markers["possessive_clitic"] for t in toks[max(lo, tm.start - 4):tm.start])
    first = max(lo, tm.start - 4 - clitics)  # a possessor's "'s" is no word of its own
    for k in range(tm.start - 1, first - 1, -1):  # never across punctuation ("talks failed, and warned")
        if not toks[k].is_word and toks[k].low not in tb.markers["possessive_clitic"]:  # "blocked the EU's …"
            first = k + 1
            break
    for k in range(first, tm.start):
        if negated_at(tb, rec, k) and not (f.is_noun and verb_between(tb, rec, k + 1, tm.start)) \
                and not own_conjunct(rec, k, tm.start) and not stopping_negated(rec, k, tm.start) \
                and not adverbial_without(rec, k, f):
            return "negated", False, toks[k].text
    gap = next((k for k in range(tm.start + 1, tm.end) if k not in tm.tokens and negated_at(tb, rec, k)
                and not adverbial_without(rec, k, f)), None)
    if gap is not None:  # "reached no agreement", "porozumienia nie podpisano": a negation inside the phrase
        return "negated", False, toks[gap].text
    governing = negating_head(tb, rec, f)
    if governing is not None:  # "blocked a 3 billion dollar Nordic military support plan": however long its phrase
        return "negated", False, toks[governing].text
    lv = max((cm for cm in rec.cues.get("light_verbs", ()) if lo <= cm.start and cm.end <= tm.start), default=None,
             key=lambda cm: cm.end) if f.is_noun else None
    if lv is not None and tm.start - lv.end <= 3 and not verb_between(tb, rec, lv.end, tm.start) and not (
            rec.trigger_tokens & set(range(lv.end, tm.start))):
        # "did not claim responsibility for the attack": the light verb's negation, however far its noun
        for k in range(max(lo, lv.start - 3), lv.start):
            if negated_at(tb, rec, k):
                return "negated", False, toks[k].text
    if tb.settings.get("negation_follows_verb"):
        for k in range(tm.start + 1, min(len(toks), tm.end + 4)):  # "schickt keine Soldaten"
            if not toks[k].is_word:
                break
            if negated_at(tb, rec, k) and not (f.is_noun and verb_between(tb, rec, k + 1, k + 3)) \
                    and not adverbial_without(rec, k, f):
                return "negated", False, toks[k].text  # not "Russlands Krieg … nicht verurteilt"
        k = middle_field_negation(tb, rec, f)
        if k is not None:  # "Ungarn unterstützte den Vorschlag nicht", "Berlin wird keine Soldaten entsenden"
            return "negated", False, toks[k].text
    modal = modal_predicate(tb, rec, f)
    if modal is not None:  # "a Chilean raid on Peru could start a war": an act supposed, not told
        return "hypothetical", False, toks[modal].text
    possible = _possible_after(tb, rec, f)
    if possible is not None:  # "ein direktes Gespräch zwischen A und B war nicht möglich"
        return "hypothetical", False, toks[possible].text
    closing = _closing_cue(tb, rec, f)
    if closing is not None:  # "hatte mit neuen Militärschlägen gedroht": the verb that closes the clause
        return closing[0], False, closing[1]
    fronted = fronted_modality(tb, rec, f)
    if fronted is not None:  # "Die Entsendung von Soldaten schloss Merz aus"
        return fronted[0], False, fronted[1]
    asked = fronted_demand(tb, rec, f) if reads_as_noun(tb, rec, f) else None
    if asked is not None:  # "O zawieszenie broni zaapelował papież"
        return "demanded", False, asked
    if "neg" in tm.features[0] and toks[tm.start].norm.startswith(tuple(tb.lexicon.words["negative_prefix"])):
        return "negated", False, toks[tm.start].text
    feared = feared_words(tb, rec, f)
    if feared is not None:  # "Poland warned of a Russian attack on Lithuania": feared, not told as done
        return "hypothetical", False, feared
    threatened = threat_verb(tb, rec, f)
    if threatened is not None:  # "threatened new strikes on Kyiv": the act threatened, not one made
        return "hypothetical", False, threatened
    threat = threat_content(tb, rec, f)
    if threat is not None:  # "issued a threat of strikes on Peru", "the threat of an invasion"
        return "hypothetical", False, threat
    goal = deal_as_goal(tb, rec, f) or worked_on(tb, rec, f) or likely_future(rec, f)
    if goal is not None:  # "mediating between Israel and Hamas to reach a ceasefire": a goal, not a deal made
        return "hypothetical", False, goal
    opposed = opposed_act(tb, rec, f)
    if opposed is not None:  # "warned Washington against arming Taiwan"
        return "hypothetical", False, opposed
    any_det = any_word(tb, rec, f)
    if any_det is not None:  # "will respond to any aggression by Poland", "każdy atak Izraela spotka się z …"
        return "hypothetical", False, any_det
    scope = lo
    while scope > 0 and toks[scope - 1].low in tb.markers["complementizer"] and not (
            rec.morphs and not tb.cases and scope < len(toks) and rec.morphs[scope].is_("VERB", "AUX")
            and not rec.morphs[scope].is_("NOUN", "PROPN", "PRON", "DET", "ADJ")):
        # "nie wyklucza, że ..."; but "aims to end a conflict that has inflicted …": a "that" with a verb right
        # after it is a relative pronoun, its clause told as fact
        scope, _ = clause_span(rec, scope - 1, scope - 1)
    if scope > 0 and toks[scope - 1].text == "," and (
            zu_infinitive(tb, rec, f) or f.is_noun and infinitive_opener(tb, rec, scope - 1, rec.breaks)):
        # "lehnte es ab, die Ukraine zu beliefern"; a noun whose infinitive closes the clause: "bat den
        # Sicherheitsrat, Strafmaßnahmen gegen Syrien zu beschließen" (asked for, not imposed)
        scope, _ = clause_span(rec, scope - 1, scope - 1)
    scope = max(scope, conjunct_start(rec, tm.start))  # "Iran denies it, and Russia sent": not Russia's
    quote_end = narration_start(rec)
    if quote_end and not (tm.start >= quote_end and not any(t.text in QUOTES for t in toks[quote_end:tm.start])):
        quote_end = 0  # (the trigger is in the opening quote, or in another quote after it)
    if quote_end:  # '"We will not allow it" - the minister said, accusing Ankara of …': the quote's words are the
        scope = max(scope, quote_end)  # speaker's, not the mood of the narration after it
    if "after-dash" in f.how:
        scope = tm.start  # "…, inaczej Turcja może … – ostrzegł minister": what was said is not the saying
    cues = rec.cues
    given = presupposed(tb, rec, f) or definite_event(tb, rec, f) or (
        not f.is_noun and not tb.cases and relative_subject_before(rec, tm.start))
    # (an object relative without 'that' tells its act as fact: "decide whether to act before clauses of the deal
    # Iran signed with France expire")
    if given or "helped-side" in f.how:
        # (the war of the one helped is given whatever befalls the help: "bestreitet, dass X Serbien für dessen
        # Krieg gegen Kosovo Drohnen liefert")
        # "zaprzeczył, jakoby … w obliczu rosyjskiej agresji", "rejects any role in Russia's war
        # on Ukraine": the aggression is given
        scope = tm.start
    for concept, mod in (("denial", "denied"), ("demand", "demanded")):
        if concept == "denial" and _own_charge(f):
            continue  # "bestreiten die US-Vorwürfe, dass …": the charge was made, its content is denied
        for cm in cues.get(concept, ()):
            if concept == "demand" and f.subject is not None and f.subject.start >= cm.end and any(
                    cm.end <= c.start and c.end <= tm.start for c in cues.get("cessation", ())):
                continue  # "urged Russia to stop its attacks": asked to stop, the one asked goes on
            if concept == "demand" and _demand_as_subject(rec, f, cm):
                continue  # "The Omani proposal drew flak from Yemen": the demand is who acts, not what is asked
            if concept == "demand" and "wartime" in f.how:
                continue  # "forderte bei einem Treffen mit Macron eine Reaktion": the meeting is the scene, not asked
            if concept == "demand" and any(cm.end <= c.start <= cm.end + 3 for c in cues.get("mission", ())):
                continue  # "wezwało ambasadora Rosji na rozmowę, protestując …": a summons, no demand
            if scope <= cm.start and cm.end <= tm.start and not _next_verb_conjunct(tb, rec, scope, cm, tm.start):
                return mod, False, span(rec, cm.start, cm.end)
    denial = denied_after(tb, rec, f)
    if denial is not None:  # "Uganda backs the M23, an allegation Kampala denies"
        return "denied", False, denial
    backer = advocated(tb, rec, f)
    if backer is not None:  # "backed negotiations with Russia", "sprach sich für Verhandlungen mit X aus"
        return "demanded", False, backer
    # a giving or deploying noun that opens its clause is the subject of the verb after it: that verb's mood
    # is the act's ("Dostawy irańskich pocisków do Rosji groziłyby eskalacją": a prospect); an attack so
    # named is given, only its course is possible ("Die Angriffe Russlands … könnten zunehmen")
    reach = f.clause[1] if f.is_noun and f.relation in _PROSPECTS and not verb_between(
        tb, rec, lo, tm.start) and not any(toks[k].low in tb.governing for k in range(lo, tm.start)) else tm.end
    reach = max(reach, _closing_verb_group(tb, rec, f))
    for cm in cues.get("hypothetical", ()):
        if "after-dash" in f.how and cm.start < tm.start or quote_end and cm.start < quote_end:
            continue  # (after a dash or a quote: the hedges of what was said before it)
        if f.relation == "attacks" and toks[cm.start].low in tb.markers["target_noun"] and attack_target(tb, rec, f):
            continue  # "Kiew war Ziel eines Angriffs": the target it was, no goal
        if _own_charge(f) and f.object is not None and f.object.end <= cm.start and cm.end <= tm.start:
            continue  # "Indien fürchtet die Drohungen der USA": the threats feared were made
        if _reported_future(tb, rec, f, cm):
            continue  # "sagte, die USA würden Israel weiter unterstützen": "würde" for "werde", a stated plan
        condition = _condition(rec, cm) and "after-dash" not in f.how and cm.end == lo and (any(
            toks[k].low in tb.markers["coordination"] for k in range(cm.end, tm.start)) or _closes(rec, f))
        if (condition or scope <= cm.start and cm.end <= tm.start
                or (tm.start - cm.end <= 3 and cm.end <= tm.start and not given)
                or tm.end <= cm.start and cm.end <= reach) \
                and (condition or not _next_verb_conjunct(tb, rec, scope, cm, tm.start)) \
                and not (cm.end <= tm.start and occasion_between(rec, cm.end, tm)):
            # (a condition's conjunction governs every verb coordinated after it: "jeśli Iran przyjmie
            # inspektorów i podejmie rozmowy z USA")
            return "hypothetical", False, span(rec, cm.start, cm.end)
    suffixes = tb.lexicon.words["conditional_endings"]
    if suffixes:
        for tok in toks[scope:min(len(toks), max(reach, tm.end + 1))]:
            if tok.low.endswith(suffixes) and len(tok.low) > 5:
                return "hypothetical", False, tok.text  # "wciągnęłoby Unię w wojnę": a conditional verb
    hedges = [cm for cm in cues.get("hedge", ()) if covers(rec, cm, tm.start)]
    return "asserted", bool(hedges), span(rec, hedges[0].start, hedges[0].end) if hedges else ""


def _demand_as_subject(rec: SentenceRecord, f: FrameResult, cm: Match) -> bool:
    """A demand noun ("proposal", "request") right before a finite verb trigger, nothing verbal between, is that
    verb's subject: the act is told of the demand, not asked for by it."""
    m = rec.morphs
    k = f.match.start
    return bool(m) and not f.is_noun and cm.end <= k <= cm.end + 2 and finite_at(rec, k) \
        and m[cm.end - 1].only("NOUN") and all(m[j].only("ADV") for j in range(cm.end, k))


def _closing_verb_group(tb: Tables, rec: SentenceRecord, f: FrameResult) -> int:
    """Where the verb group closing a verb-final clause ends, when the trigger's verb (or the light verb of
    its noun) opens it: a modal there is the act's ("dass Russland Litauen angreifen könnte", "dass die EU
    Sanktionen verhängen könnte"); 0 elsewhere."""
    if not tb.settings.get("object_before_verb") or not rec.morphs:
        return 0
    toks = rec.tokens
    hi = f.clause[1]
    k = f.match.end
    if f.is_noun:
        lv = next((lv for lv in rec.cues.get("light_verbs", ()) if k <= lv.start < hi), None)
        if lv is None or any(toks[j].is_word and not rec.morphs[j].is_("VERB", "AUX") for j in range(lv.end, hi)):
            return 0  # the light verb must close the clause too
        k = lv.end
    start = k
    while k < hi and k - start < 3 and rec.morphs[k].is_("VERB", "AUX") and toks[k].is_word:
        k += 1
    return k if k > start and not any(toks[j].is_word for j in range(k, hi)) else 0


def _possible_after(tb: Tables, rec: SentenceRecord, f: FrameResult) -> int | None:
    """The adjective of possibility (``possible_predicates``) a copula after a trigger (a noun, or a gerund read as
    a verb) predicates of it
    ("a direct meeting … was not possible", "Gespräch … war nicht möglich", "spotkanie … było niemożliwe"):
    the copula the first verb after the noun in its clause, at most a negation or two adverbs between."""
    if not rec.morphs:
        return None
    toks, morphs = rec.tokens, rec.morphs
    lo, hi = f.clause
    if tb.settings.get("verb_second") and any(toks[j].low in tb.markers["target_copula"]
                                              for j in range(lo, f.match.start)):
        # "Wegen der Lage war ein direktes Gespräch … nicht möglich": the copula before, the adjective last
        end = hi
        while end > f.match.end and not toks[end - 1].is_word:
            end -= 1
        j = end - 1
        return j if j > f.match.end and toks[j].low in tb.markers["possible_predicates"] else None
    k = next((k for k in range(f.match.end, hi) if morphs[k].is_("VERB", "AUX") and not morphs[k].is_("NOUN")
              or toks[k].low in tb.markers["target_copula"]), None)
    if k is None or toks[k].low not in tb.markers["target_copula"]:
        return None
    for j in range(k + 1, min(hi, k + 4)):
        if toks[j].low in tb.markers["possible_predicates"]:
            return j
        if not (toks[j].low in tb.markers["negation"] or morphs[j].is_("ADV")):
            return None
    return None


def _closing_cue(tb: Tables, rec: SentenceRecord, f: FrameResult) -> tuple[str, str] | None:
    """Verb-second languages put the full verb last after an auxiliary: a trigger noun before it
    takes its denial, demand or possibility ("Die Türkei hatte mit Militärschlägen gedroht", "hat
    Sanktionen gefordert")."""
    if not (tb.settings.get("verb_second") and rec.morphs and reads_as_noun(tb, rec, f)):
        return None
    tm = f.match
    hi = f.clause[1]
    end = hi
    while end > tm.end and not rec.tokens[end - 1].is_word:
        end -= 1
    start = end
    while start > tm.end and rec.morphs[start - 1].is_("VERB", "AUX") and not rec.morphs[start - 1].is_(
            "NOUN", "PROPN"):  # a participle may read as an adjective too ("ausgeschlossen")
        start -= 1
    if start == end or not any(finite_at(rec, k) for k in range(f.clause[0], tm.start)):
        return None  # no verb group closing the clause after an auxiliary
    for concept, mod in (("denial", "denied"), ("demand", "demanded"), ("hypothetical", "hypothetical")):
        if concept != "demand" and "threatened-subject" in f.how:
            continue  # "hat die Drohungen Moskaus zurückgewiesen": the threats were made
        for cm in rec.cues.get(concept, ()):
            if (start <= cm.start < end or tm.end <= cm.start < start < cm.end) \
                    and not _later_conjunct(tb, rec, tm.end, cm.start):  # "… nicht ausschließen"
                return mod, span(rec, cm.start, cm.end)
    return None


def _later_conjunct(tb: Tables, rec: SentenceRecord, k: int, stop: int) -> bool:
    """Whether a verb conjunct begins between ``k`` and ``stop``: "und" after a verb that closes the first one
    ("haben die Angriffe verurteilt und zur Deeskalation aufgerufen") or before a finite verb ("verurteilte
    die Attacke und forderte Teheran zur Beendigung auf"); a cue after it is that conjunct's, not the noun's."""
    toks, morphs = rec.tokens, rec.morphs
    return any(toks[j].is_word and toks[j].low in tb.markers["coordination"] and morphs[j].is_("CCONJ") and (
        morphs[j - 1].is_("VERB") and not morphs[j - 1].is_("NOUN", "PROPN") or finite_at(rec, j + 1))
        for j in range(max(k, 1), stop))


def _condition(rec: SentenceRecord, cm) -> bool:
    """Whether a hypothetical cue is a condition's conjunction ("jeśli", "if"): it opens its clause, so the verbs
    coordinated in that clause are all conditional, not only the first (asked for a verb after a coordination)."""
    return any(c.start == cm.start for c in rec.cues.get("condition", ()))


def _next_verb_conjunct(tb: Tables, rec: SentenceRecord, scope: int, cm, k: int) -> bool:
    """Whether a cue belongs to a verb conjunct that ends before token ``k``: "odrzucił taki scenariusz
    i oskarżył Moskwę", "zaprzeczyła i oskarżyła Ukrainę" — a finite verb at or before the cue, then "i"
    and another finite verb before ``k``, with no reported clause in between ("nie wyklucza, że Rosja
    zaatakuje i zajmie …" stays possible)."""
    if not rec.morphs:
        return False
    toks = rec.tokens
    m_ = tb.markers
    if not any(finite_at(rec, j) for j in range(scope, cm.end)):
        return False
    for c in range(cm.end, k):
        if toks[c].low in m_["complementizer"] or c in rec.breaks:
            return False
        aux = c + 2 <= k and toks[c + 1].low in m_["auxiliaries"]
        if toks[c].is_word and toks[c].low in m_["coordination"] and (
                finite_at(rec, c + 1) or aux and finite_at(rec, c + 2)):
            return True
    # "refuted the claims, blaming Congo for the violations", "…, condemning the attacks and blaming Kigali": an
    # -ing verb in the -ing clause a comma after the cue opens is the denier's own next act, as a coordinated verb is
    ing = [j for j in range(cm.end, k + 1) if "ger" in rec.morphs[j].feats and rec.morphs[j].is_("VERB")]
    return k in ing and toks[ing[0] - 1].text == "," and all(toks[j].low not in m_["complementizer"]
                                                             for j in range(ing[0], k))


#: Relations a state's stated plan asserts ("würden … unterstützen"); an attack so told is a threat, not an act.
_PLEDGED = frozenset({"supports", "praises", "meetsWith", "alliedWith", "signsAgreementWith", "providesAidTo",
                      "suppliesWeaponsTo", "deploysTroopsTo", "sanctions"})


def _reported_future(tb: Tables, rec: SentenceRecord, f: FrameResult, cm) -> bool:
    """A "würde" that reported speech puts for "werde" ("Der Sprecher sagte, die USA würden Israel weiter
    unterstützen"): the auxiliary of the trigger verb itself, a verb of saying in the sentence, and no
    condition nor any other possibility there ("…, falls der Iran angreift", "ein Angriff würde …")."""
    toks = rec.tokens
    if f.is_noun or f.relation not in _PLEDGED or cm.end - cm.start != 1 \
            or toks[cm.start].low not in tb.markers["reported_future"]:
        return False
    if not rec.cues.get("speech") or rec.cues.get("condition"):
        return False
    if any(c is not cm and c.start != cm.start for c in rec.cues.get("hypothetical", ())):
        return False
    lo, hi = f.clause
    return lo <= cm.start < hi and not any(rec.morphs and finite_at(rec, k) and k != cm.start
                                           for k in range(min(cm.start, f.match.start) + 1, f.match.start))


def _own_charge(f: FrameResult) -> bool:
    """An accusation noun with its own agent ("die US-Vorwürfe", "the Kremlin's accusations"): denying
    it denies what it says, not that it was said; so for threats the one threatened rejects or fears
    ("hat Drohungen Moskaus zurückgewiesen", "fürchtet die Drohungen der USA")."""
    return f.is_noun and f.subject is not None and (
        f.relation == "accuses" and "attached" in f.how or "threatened-subject" in f.how)


def _closes(rec: SentenceRecord, f: FrameResult) -> bool:
    """Whether a verb trigger closes its verb-final clause ("falls Algerien zwölf Beamte inmitten der Spannungen
    ausweist"): a condition's conjunction that opens the clause governs it however far before it stands."""
    hi = f.clause[1]
    if f.is_noun or not rec.morphs:
        return False
    for k in range(f.match.end, hi):  # up to the comma that ends the condition ("… angreifen sollten, werde …")
        if not rec.tokens[k].is_word:
            return rec.tokens[k].text in ",;.:"
        if not rec.morphs[k].is_("VERB", "AUX"):
            return False
    return True
