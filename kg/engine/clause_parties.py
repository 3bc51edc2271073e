"""The parties of a meeting, an alliance or a deal that its own roles do not name: the actors of its clause that no
other preposition governs ("Podpisano porozumienie", "talks in Tokyo"). Split from ``pairs``."""

from __future__ import annotations

from kg.engine.genitives import owned_in_phrase
from kg.engine.morphology import CASES
from kg.engine.noun_attached import within_organization
from kg.engine.record import FrameResult, Group, SentenceRecord
from kg.engine.syntax import clause_span, finite, prep
from kg.engine.tables import Tables


def clause_parties(tb: Tables, rec: SentenceRecord, f: FrameResult) -> tuple[list[str], bool]:
    """"Podpisano porozumienie" / "talks in Tokyo": the actors of the clause that no other
    preposition governs (not "ma dla Waszyngtonu znaczenie wobec potęgi Chin": other roles), and
    whether they all come from one coordinated group (then three or more are the parties too)."""
    from kg.engine.said_after import quoted_speaker, speech_after

    lo, hi = f.clause
    if f.is_noun and f.relation == "alliedWith" and f.subject is not None and f.subject.end == f.match.start \
            and f.subject.mentions[-1].kind == "possessor" \
            and rec.tokens[f.match.end - 1].low in tb.markers["member_plurals"] \
            and not _named_after(rec, f.match.end):
        return [], False  # "Der Iran und seine Verbündeten griffen Israel an": allies of his, not named
        # (but "Belgrade and its allies Rome and Lisbon": those allies)
    if interview(tb, rec, f):
        return [], False  # "powiedział w rozmowie z RMF FM", "im Gespräch mit der ARD": a news outlet's interview
    if f.is_noun and f.relative_at is not None and f.relative_at >= hi and f.relative_at in rec.resumes:
        # "ein Treffen, an dem X und Y teilnahmen": the relative clause right after the noun names its parties
        hi = max(hi, clause_span(rec, f.relative_at + 1, f.relative_at + 1)[1])
    said = [cm.end for cm in rec.cues.get("speech", ()) if lo < cm.start and cm.end <= f.match.start
            and rec.tokens[cm.start - 1].is_word]  # a subject right before it, not "– …– oświadczył minister"
    if said and rec.morphs and any(said[-1] <= g.start and g.end <= f.match.start and any(
            finite(rec.morphs[k]) for k in range(g.end, f.match.start)) for g in rec.groups):
        # "Beijing said Taipei would pay a price for the visit": who says it takes no part in the noun
        # (but "Kenya and Uganda said the talks went well": the sayers are its parties; "Russia calls
        # Iran its partner": no clause of its own)
        lo = said[-1]
    if not f.is_noun:  # "visited the island, again angering Beijing" (but "talks were held, bringing together …")
        hi = _before_participle_clause(rec, f.match.end, hi)
    else:  # "X, Y and Z formed an alliance, isolating W": parties named before the participle are all of them
        cut = _before_participle_clause(rec, f.match.end, hi)
        if cut < hi and len({a for g in rec.groups if lo <= g.start and g.end <= cut
                             for m in g.mentions if m.kind != "adjectives" for a in m.actors}) >= 2:
            hi = cut
    hi = min([hi] + [cm.start for cm in rec.cues.get("sequel", ()) if f.match.end <= cm.start < hi])
    judged = judged_at(tb, rec, f, lo, hi)
    if judged is not None:  # "Pekin potępił wizytę spikerki USA": who condemns the visit takes no part in it
        lo = judged
    allowed = tb.object_markers[f.index] | tb.subject_markers[f.index]
    members: list[str] = []
    groups = 0
    later = speech_after(tb, rec, f.match.end)
    speaker = quoted_speaker(tb, rec, later) if later is not None else None  # "…, Seoul's ministry said"
    if speaker is not None and not any(not t.is_word for t in rec.tokens[f.match.end:speaker.start]):
        speaker = None  # "Teheran, sojusznik Hezbollahu, oświadczył": an apposition, not the one who says it
    examples = {cm.end for cm in rec.cues.get("including", ())}
    topic = topic_at(rec, f)
    shut = {tb.top(a) for g in rec.groups if excluded(rec, g) for a in g.actors}
    for g in rec.groups:
        if all(m.kind == "there" for m in g.mentions):
            continue  # "the summit being held there", "odbywającego się tam szczytu": the venue, no party
        if within_organization(tb, rec, f, g):
            continue  # "Polen und Litauen sind Nato-Verbündete": the body they are allies in
        if topic_owner(tb, rec, g):
            continue  # "omówił kwestię Cypru na spotkaniu z Erdoganem": the question's owner is what was discussed
        if dealings_partner(tb, rec, f, g):
            continue  # "rozmawiał o stosunkach z Rosją": the topic's partner
        if excluded(rec, g) or shut and {tb.top(a) for a in g.actors} <= shut:
            continue  # "agreed to bar Myanmar's generals from the group's meetings": kept out, no party, however
            # named ("strained relations with Uganda, excluding Kampala from the talks")
        if _described_by(tb, rec, f, g):
            continue  # "z premierem Serbii, sojusznika Rosji": whose ally the one met is, no party
        if topic is not None and topic[0] <= g.start < topic[1] and not any(
                cm.end == g.start for cm in rec.cues.get("bilateral", ())):
            continue  # "Rozmowa z Macronem dotyczyła Ukrainy": what the talks were about (but "dotyczyła
            # współpracy polsko-francuskiej": the two whose dealings they were about held them)
        if (g.start in examples or g.start - 1 in examples) and g.start > f.match.end and rec.morphs and any(
                finite(rec.morphs[k]) for k in range(f.match.end, g.start)):
            continue  # "… cooperation … angered countries including Greece": another verb's examples, no parties
        p = prep(tb, rec, g.start, lo)
        helper = p in tb.markers["comitative_fused"]
        if helper:
            p = None  # "mithilfe der USA und anderer Verbündeter": the helper acts with the subject
        if p is None and tb.cases:
            # "W trakcie spotkania szef MSZ podkreślił … w obliczu postawy Rosji": a genitive inside another
            # prepositional phrase is no party of the noun
            p = owned_in_phrase(tb, rec, g.start, lo, f.match.start)
        if p is None and apposed_place(rec, g, allowed):
            continue  # "talked in the Omani capital, Muscat": the capital named again, still the venue
        if p is None and tb.cases and g.mentions[0].feats & CASES == {"dat"}:
            continue  # "Po wizycie mediatorów w Grecji rząd przedstawił Cyprowi plan": a dative is another verb's
        if p is not None and tb.cases and p in tb.markers["comitative"] and p in tb.markers["from"] \
                and g.mentions[0].feats & CASES and "inst" not in g.mentions[0].feats:
            continue  # "gdy wracał z Brukseli … rozmawiał z Dudą": 'z' with a genitive is where one came from
        if p is None and tb.settings.get("verb_second") and not helper:
            p = phrase_prep(tb, rec, g.start, lo, f.match)  # "auf Strafmaßnahmen gegen Beamte des …"
        if p is not None and p in tb.markers["agent"] and _passive_agent(tb, rec, g, lo, f):
            p = None  # "was announced by the Polish minister after talks with his Czech counterpart": the agent
            # of the clause's passive verb is its subject, a party of the talks as much as an active subject
        if lo <= g.start and g.end <= hi and (p is None or p in allowed) and g is not speaker:
            found = [a for m in g.mentions if m.kind != "adjectives" for a in m.actors if a not in members]
            members += found
            groups += bool(found)
    return members, groups == 1


def excluded(rec: SentenceRecord, g: Group) -> bool:
    """Whether ``g`` is the object of a verb of keeping out (the lexicon's ``exclusion``: "bar", "exclude",
    "wykluczyć"), right after it or after articles, adjectives and a title only ("not inviting military chief X"):
    kept out of the meeting, no party."""
    morphs = rec.morphs
    return bool(morphs) and any(cm.end <= g.start <= cm.end + 3 and all(
        morphs[k].is_("DET", "ADJ", "NOUN") and not morphs[k].is_("ADP", "VERB") for k in range(cm.end, g.start))
        for cm in rec.cues.get("exclusion", ()))


def _named_after(rec: SentenceRecord, k: int) -> bool:
    """Whether a name follows token ``k``, right after it or after a comma ("its allies, Rome and Lisbon")."""
    if k < len(rec.tokens) and rec.tokens[k].text == ",":
        k += 1
    return any(m.start == k for m in rec.mentions)


def _passive_agent(tb: Tables, rec: SentenceRecord, g: Group, lo: int, f: FrameResult) -> bool:
    """Whether ``g``, after an agent preposition, is the agent of a passive verb of the clause before a meeting
    noun: an auxiliary of the passive, then a past participle, then the preposition ("was announced by …"); after
    the noun, of a passive verb of attending only (the lexicon's ``attended_by``: "the summit was attended by X,
    Y and Z"; not "was condemned by X")."""
    toks, morphs = rec.tokens, rec.morphs
    if not f.is_noun or not morphs:
        return False
    late = g.end > f.match.start
    k = g.start - 1
    while k > lo and toks[k].low not in tb.markers["agent"]:
        k -= 1
    for j in range(k - 1, max(lo, k - 5), -1):  # "was made on Tuesday by", "was announced jointly by"
        if not toks[j].is_word:
            return False
        if "ppas" in morphs[j].feats and j - 1 >= lo and (toks[j - 1].low in tb.markers["passive_aux"] or (
                j - 2 >= lo and toks[j - 2].low in tb.markers["passive_aux"] and morphs[j - 1].is_("ADV"))):
            return not late or (f.match.end <= j and toks[j].low in tb.markers["attended_by"])
    return False


def topic_at(rec: SentenceRecord, f: FrameResult) -> tuple[int, int] | None:
    """The span of the clause that names the topic of a meeting noun (``talk_topic``): after a verb of concern
    ("dotyczyły ochrony granicy UE"), or after the copula that follows a topic noun ("Tematem spotkania z … była
    Mołdawia"), up to the next finite verb; of a verb, only after it ("convened a meeting to address Chile's
    threats"). Not for mediation, whose dispute's sides are its parties."""
    if f.trigger.mediation or not rec.morphs:
        return None
    lo, hi = f.clause
    morphs = rec.morphs
    for cm in rec.cues.get("talk_topic", ()):
        if not lo <= cm.start < hi or not f.is_noun and cm.start < f.match.end:
            continue  # a verb's topic follows it ("met to discuss Myanmar's plan")
        start = cm.end
        if morphs[cm.start].only("NOUN"):  # the topic noun: the topic follows its copula
            start = next((k + 1 for k in range(cm.end, hi)
                          if morphs[k].is_("AUX") and morphs[k].feats & {"fin", "past"}), hi)
        end = next((k for k in range(start, hi) if finite(morphs[k])), hi)  # topics are listed with commas
        if start < end and not start <= f.match.start < end:  # "Tematem jest szczyt Trump - Putin": the topic's own
            return start, end
    return None


def apposed_place(rec: SentenceRecord, g: Group, allowed: frozenset[str] | set[str]) -> bool:
    """A capital named after a comma, right after a phrase another preposition governs ("in the Qatari
    capital, Doha"): an apposition to that phrase, so that preposition's."""
    k = g.start - 1
    if k < 1 or rec.tokens[k].text != "," or g.mentions[0].kind != "metonyms":
        return False
    np = next((np for np in rec.phrases if np.end == k), None)
    return np is not None and np.prep is not None and rec.tokens[np.prep].low not in allowed


def phrase_prep(tb: Tables, rec: SentenceRecord, k: int, lo: int, trigger) -> str | None:
    """The preposition that opens the noun phrase a German genitive at ``k`` hangs on ("gegen hohe Beamte des
    belarussischen Präsidenten" → 'gegen'): back over articles, adjectives and nouns, not past a verb, a comma,
    the trigger (its own genitive: "beim Treffen der Minister Polens") or ``lo``."""
    toks, morphs = rec.tokens, rec.morphs
    if not morphs:
        return None
    art = k - 1
    while art > lo and toks[art].text[:1].islower() and morphs[art].only("ADJ"):
        art -= 1
    if art < lo or not (morphs[art].is_("DET") and "gen" in morphs[art].cases):
        return None  # a genitive article opens it ("des belarussischen Präsidenten"), not "den US-Präsidenten"
    for j in range(art - 1, max(lo, k - 7) - 1, -1):
        if j in trigger.tokens or not toks[j].is_word or morphs[j].is_("VERB", "AUX") and not morphs[j].is_("ADJ"):
            return None
        if toks[j].low in tb.markers["prepositions"]:
            return toks[j].low
    return None


def judged_at(tb: Tables, rec: SentenceRecord, f: FrameResult, lo: int, hi: int) -> int | None:
    """Where the noun's own stretch begins when it is what a clause condemns or criticizes: after the
    accusing verb before it ("Moskwa skrytykowała wizytę …") or an accusing noun and its preposition ("Kritik an
    der Visite …"), or after a verb of naming when an accusing
    noun follows ("Pekin nazwał wizytę prowokacją"); None when nobody judges it."""
    k = f.match.start
    if not f.is_noun or not rec.morphs:
        return None
    verbs = [m.end for m in rec.triggers if lo <= m.start and m.end <= k and tb.triggers[m.payload].relation
             == "accuses" and (rec.morphs[m.start].is_("VERB") and not rec.morphs[m.start].is_("NOUN")
                               or k - m.end <= 3 and rec.tokens[m.end].low in tb.object_markers[m.payload])]
    named = any(m.start >= f.match.end and m.end <= hi and tb.triggers[m.payload].relation == "accuses"
                for m in rec.triggers)
    if named:
        verbs += [cm.end for cm in rec.cues.get("speech", ()) if lo <= cm.start and cm.end <= k]
    if not verbs:
        return None
    end = max(verbs)
    return end if all(not finite(rec.morphs[j]) for j in range(end, k)) else None


def topic_owner(tb: Tables, rec: SentenceRecord, g: Group) -> bool:
    """Whether a named group owns a noun of a question under discussion ('topic_nouns'): right after it (its
    genitive, "kwestię Cypru", "die Frage Zyperns"; past "of", "the issue of Cyprus") or, in English, right
    before it ("the Cyprus issue")."""
    if g.mentions[0].kind not in ("names", "metonyms"):
        return False
    toks, dets = rec.tokens, tb.markers["determiners"]
    at = g.start
    while at > 0 and toks[at - 1].low in dets:  # "die Frage der Ukraine"
        at -= 1
    if at > 0 and toks[at - 1].low in tb.markers["genitive_marker"]:  # "the issue of Cyprus"
        at -= 1
    return any(cm.end == at or not tb.cases and cm.start == g.end for cm in rec.cues.get("topic_nouns", ()))


def dealings_partner(tb: Tables, rec: SentenceRecord, f: FrameResult, g: Group) -> bool:
    """'rozmawiał o stosunkach z Rosją', 'omówi relacje swojego kraju z Unią': the state after 'z' of a noun of
    dealings ('bilateral') told after the meeting word is the topic's partner, not a party of the talks."""
    if not tb.cases or g.start <= f.match.end or g.mentions[0].kind not in ("names", "metonyms"):
        return False  # "rozmawiał o współpracy z premierem Estonii": a person is whom he talked with
    at = g.start - 1
    if rec.tokens[at].low not in tb.markers["comitative"]:
        return False
    return any(f.match.end <= cm.start and at - 4 <= cm.end - 1 < at and all(
        t.is_word for t in rec.tokens[cm.end:at]) for cm in rec.cues.get("bilateral", ()))


def _before_participle_clause(rec: SentenceRecord, start: int, hi: int) -> int:
    """Where a participle clause after a comma opens, after ``start`` ("visited the island, again angering
    Beijing"): its object is the participle's, no party of the act before it; ``hi`` when none does."""
    if not rec.morphs:
        return hi
    for j in range(start, hi):
        if rec.tokens[j].text != ",":
            continue
        k = j + 1
        while k < hi and rec.morphs[k].only("ADV"):
            k += 1
        if k < hi and rec.morphs[k].is_("VERB") and "ger" in rec.morphs[k].feats \
                and not rec.morphs[k].is_("NOUN", "ADJ", "ADP"):
            return j
    return hi


def interview(tb: Tables, rec: SentenceRecord, f: FrameResult) -> bool:
    """Whether the talks noun's partner is a news outlet ("w rozmowie z RMF FM", "im Gespräch mit der ARD", "in an
    interview with CNN"): an interview, whose other actors are what was said in it, no party."""
    toks, k = rec.tokens, f.match.end
    if toks[k - 1].low not in tb.markers["comitative"]:
        if k >= len(toks) or toks[k].low not in tb.markers["comitative"]:
            return False
        k += 1
    while k < len(toks) and toks[k].low in tb.markers["determiners"]:
        k += 1
    return any(s.start == k for s in rec.sources)


def _described_by(tb: Tables, rec: SentenceRecord, f: FrameResult, g: Group) -> bool:
    """Whether ``g`` is the genitive (or "of" phrase) of another relation's trigger noun set off by a comma as an
    apposition ("z premierem Serbii, sojusznika Rosji", "Serbiens, eines Verbündeten Russlands"): that noun
    describes the actor before the comma, and its genitive is that noun's party, not the frame's."""
    np = next((p for p in rec.phrases if p.start == g.start), None)
    seen = 0
    while np is not None and np.rel in ("gen", "of") and np.attach is not None and seen < 5:
        np, seen = rec.phrases[np.attach], seen + 1
    if np is None or seen == 0 or np.prep is not None:
        return False
    k = np.start - 1
    while k > 0 and rec.tokens[k].low in tb.markers["determiners"]:
        k -= 1
    return k > 0 and rec.tokens[k].text == "," and any(
        m.start <= np.head < m.end and tb.triggers[m.payload].relation != f.relation for m in rec.triggers)
