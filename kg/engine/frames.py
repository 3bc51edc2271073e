"""Frames: which trigger matches of a sentence get a frame, and why the others do not.

Each trigger match gets a ``FrameResult`` with its clause span (from the clauses stage), or the reason it is not
considered: inside an attribution or a name, an auxiliary, a 'needs' word missing, a 'forbid' word near. Split from
``clauses.py`` (the clause breaks) when that module passed 500 lines.
"""

from __future__ import annotations

from kg.engine.clauses import NAMING_KINDS, auxiliary
from kg.engine.record import INTRODUCED, Discourse, FrameResult, SentenceRecord
from kg.engine.syntax import clause_span, finite, opens_clause
from kg.engine.tables import Tables
from kg.engine.verb_final import prenominal_agent
from kg.phrases import Match


def _unknown_name(rec: SentenceRecord, tm: Match, named: set[int]) -> bool:
    """A capitalized trigger word right after a capitalized word that names no actor, inside a sentence not
    written in title case, is a word of a name the gazetteer does not know ("the Russian Direct Investment
    Fund"), not the act (in a language that writes common nouns in lower case); after an actor's name it is
    still the act ("the NATO Summit")."""
    toks = rec.tokens
    k = tm.start
    if k < 2 or not toks[k].text[:1].isupper() or not toks[k - 1].text[:1].isupper() or not toks[k - 1].is_word \
            or k - 1 in named:
        return False
    words = [t for t in toks if t.is_word and t.text[:1].isalpha()]
    capitals = sum(t.text[:1].isupper() for t in words)
    return capitals * 2 < len(words)  # not a headline in title case ("US Imposes New Sanctions")


def frames(tb: Tables, rec: SentenceRecord, disc: Discourse) -> SentenceRecord:
    """One frame per trigger match: its clause, or why it is not considered."""
    toks = rec.tokens
    comp = tb.compiled
    # the words of an attribution phrase, not what stands in its gap ("officials met in Bangkok" meets)
    attrib = {k for cm in rec.cues.get("attribution", ()) for k in cm.tokens}
    named = {k for m in rec.mentions if m.kind in NAMING_KINDS for k in range(m.start, m.end)}
    needs_named: set[int] | None = None  # the words of names that no 'needs' word counts in (when first asked)
    listed = {k for g in rec.groups for k in range(g.start, g.end)}  # a comma inside a list of actors cuts nothing
    purpose = {k for cm in rec.cues.get("fight_against", ()) for k in range(cm.start, cm.end)}
    # a diplomat's title of several words is no trigger ("the charge d'affaires" makes no charge)
    titles = {k for cm in rec.cues.get("mission", ()) if cm.end - cm.start > 1 for k in range(cm.start, cm.end)}
    out: list[FrameResult] = []
    triggers = tb.triggers
    capitalized_nouns = tb.settings.get("capitalized_nouns")
    windows: dict[tuple[int, int], set[str]] = {}
    for tm in rec.triggers:
        i = tm.payload
        f = FrameResult(tm, triggers[i], i)
        out.append(f)
        words = set(tm.tokens)
        if attrib and attrib & words:
            f.fail("in-attribution")
            continue
        if words <= named or words <= titles or not capitalized_nouns and _unknown_name(rec, tm, named):
            f.fail("in-name")
            continue
        if capitalized_nouns and _lower_noun(rec, tm):
            f.fail("not-a-noun", "a noun trigger written in lower case is a verb form here ('als Russland … angriff')")
            continue
        if capitalized_nouns and _capital_verb(rec, tm, f.trigger.words):
            f.fail("not-a-verb", "a verb trigger written with a capital inside the sentence is a noun ('der Angriff')")
            continue
        if f.relation == "attacks" and any(cm.start <= tm.start < cm.end for cm in rec.cues.get("internal_war", ())):
            f.fail("forbid", "a war within one state ('wojna domowa', 'civil war'): no one attacks the state it is in")
            continue
        lo, hi = clause_span(rec, tm.start, tm.end)
        # "signed a defence pact amid tensions with Beijing": the circumstances after the trigger hold no party of it
        hi = min([hi] + [cm.start for cm in rec.cues.get("circumstance", ()) if tm.end <= cm.start < hi])
        plo, _ = clause_span(rec, max(0, lo - 1), max(0, lo - 1))
        f.clause, f.window_start = (lo, hi), plo
        if len(tm.tokens) == 1 and auxiliary(rec, tm.start, tm.end, hi):
            word = rec.tokens[tm.start].text
            f.fail("auxiliary", f"'{word}' before a past participle forms a tense: it has nothing of its own")
            continue
        # with the clause before (a relative's antecedent); words of a name do not count
        # ("the Rapid Support Forces" needs no troops sent to it)
        needs = rec.context.get(("needs", i), ())
        if comp.needs[i] or needs or f.trigger.needs:  # needs of phrases only: none matched is none met
            if needs_named is None:
                needs_named = _needs_named(tb, rec, named)
            pre_needs = prenominal_agent(tb, rec, f) if len(tm.tokens) == 1 else None
            wlo, whi = plo, hi  # where a phrase of the needs must stand
            if pre_needs is not None and pre_needs[1] is not None:
                # "die von Ruanda unterstützte Terrorgruppe M23 hat eine humanitäre Krise ausgelöst": an
                # attributive participle's needs stand in its own phrase, not in the clause it modifies a noun of
                a = pre_needs[0].start  # back past the agent's "von" to the article the participle's phrase
                while a > lo and toks[a].low not in tb.markers["agent"]:  # opens with ("die mit Milliarden von
                    a -= 1  # den USA unterstützte Ukraine")
                while a > lo and toks[a - 1].text != "," and toks[a].low not in tb.markers["determiners"]:
                    a -= 1
                window = {tk.low for k, tk in enumerate(toks[a:pre_needs[1].end], a) if k not in needs_named}
                wlo, whi = a, pre_needs[1].end  # "die vom Iran unterstützte Miliz greift mit Raketen an"
            else:
                window = windows.get((plo, hi))  # the triggers of one clause share its words
            if window is None:
                window = windows[plo, hi] = {tk.low for k, tk in enumerate(toks[plo:hi], plo) if k not in needs_named}
            if not (not comp.needs[i].isdisjoint(window)
                    or any(wlo <= a and b <= whi for a, b in needs)
                    or _compound_need(tb, window, comp.needs[i])
                    or f.trigger.persons and _person_after(tb, rec, tm.end, hi)):
                f.fail("needs", _needs_detail(f.trigger.needs))
                continue
        nlo, nhi = max(lo, tm.start - 6), min(hi, tm.end + 6)
        # a figure does not push what it counts out of reach ("Chile przekaże od 20 do 40 mln baryłek ropy")
        nhi = min(hi, nhi + sum(1 for tk in toks[tm.end:nhi] if tk.text[:1].isdigit()))
        if tb.settings.get("verb_second") and len(tm.tokens) > 1 and tm.end < len(toks) and toks[tm.end].text == ",":
            nhi = tm.end  # "warf Kanada vor, nicht genug zu tun": a separable verb closed by its particle ends
            # its clause; the negation after the comma belongs to the charge
        # not across a comma before the trigger: "In response to the attack, NATO deployed troops"
        # (a comma inside a list of actors cuts nothing: "Troops from Chile, Peru and Brazil arrived in Haiti")
        nlo = max([nlo] + [k + 1 for k in range(nlo, tm.start) if toks[k].text == "," and k not in listed])
        # nor across the words that open the act a measure punishes: "sanctions in response to Russian attacks"
        nlo = max([nlo] + [cm.end for cm in rec.cues.get("punished_for", ()) if nlo <= cm.start and cm.end <= tm.start
                           and any(tb.triggers[m.payload].relation == "sanctions" and nlo <= m.start
                                   and m.end <= cm.start for m in rec.triggers)])
        nlo = _adjunct_start(tb, rec, f, nlo)
        nlo, nhi = _own_clause(tb, rec, tm, nlo, nhi)
        g = next((g for g in rec.groups if g.start - 2 < nlo < g.end and g.end <= tm.start), None)
        if g is not None and len(g.mentions) > 1:  # the whole list, and the noun it follows ("Troops from …",
            # "die Aufnahme Schwedens und Finnlands in das Bündnis")
            nlo = max(lo, g.start - 2 if g.start > 1 and toks[g.start - 1].low in tb.markers["from"] else g.start - 1)
        pre = prenominal_agent(tb, rec, f) if comp.forbid[i] else None
        if pre is not None and pre[1] is not None:  # "die vom Iran unterstützte Hisbollah feuerte Raketen":
            nhi = min(nhi, pre[1].end)  # the participle's phrase ends with its noun; the rest is the clause's
        # backing by an army is still backing; help by soldiers is troops, not aid ("żołnierze pomagają")
        bodies = _agent_bodies(tb, rec, nlo, tm.start) if comp.forbid[i] and f.relation == "supports" else frozenset()
        near = comp.forbid[i] & {tk.low for k, tk in enumerate(toks[nlo:nhi], nlo)
                                 if k not in purpose and k not in bodies} \
            if comp.forbid[i] else frozenset()  # "im Kampf gegen": whom the side fights, no reversal
        f.near = (nlo, nhi)
        if comp.forbid[i] and not near and tb.settings.get("verb_second"):
            near = comp.forbid[i] & {_final_verb(toks, tm.end, hi)}  # "…, eine Invasion in … zu planen"
        if comp.forbid[i] and not near and tb.settings.get("verb_second") and rec.morphs \
                and not rec.morphs[tm.start].is_("VERB", "AUX"):
            near = comp.forbid[i] & {_second_verb(rec, lo, tm.start)}  # "Spanien zahlt für … einen hohen Preis"
        if comp.forbid[i] and not near and tb.settings.get("verb_second") and toks[tm.start].text[:1].islower() \
                and not any(t.is_word for t in toks[tm.end:hi]):
            # "sollen Litauen Panzer im Wert von 80 Millionen Euro liefern": the clause-final verb governs the
            # nouns of its middle field (a backing army is still no forbidden word: "von der Armee unterstützt")
            agents = _agent_bodies(tb, rec, lo, tm.start) if f.relation == "supports" else bodies
            near = comp.forbid[i] & _middle_nouns(rec, lo, tm.start, purpose | agents)
        # a forbidden phrase may open the next clause ("warned X that a …": a caution, not a threat)
        plo_, phi_ = max(0, tm.start - 6), tm.end + 6
        phrases = [(a, b) for a, b in rec.context.get(("forbid", i), ()) if plo_ <= a and b <= phi_]
        if phrases and _coordinated_verb(tb, rec, tm.start):
            # "agreed to expand rail links and signed a deal": a phrase before a verb that a coordinator opens
            # is the first predicate's; the second predicate is an act of its own
            phrases = [(a, b) for a, b in phrases if b > tm.start]
        if near or phrases:
            words = sorted(near) + [rec.text[toks[a].start:toks[b - 1].end] for a, b in phrases]
            f.fail("forbid", "forbidden word near the trigger: " + ", ".join(words))
    rec.frames = out
    return rec


def _adjunct_start(tb: Tables, rec: SentenceRecord, f: FrameResult, nlo: int) -> int:
    """Where the words that may forbid a noun trigger begin when the noun stands in a prepositional phrase right
    after its clause's verb: "Do ataku dronów doszło w dniu szczytu premierów": the drones are the
    verb's, and the meeting only dates it."""
    toks, k = rec.tokens, f.match.start
    if not tb.cases or not rec.morphs or not rec.morphs[k].only("NOUN"):
        return nlo
    verb = next((j for j in range(k - 1, nlo - 1, -1) if finite(rec.morphs[j])), None)
    if verb is None or verb + 1 >= k or toks[verb + 1].low not in tb.markers["prepositions"]:
        return nlo
    if any(not toks[j].is_word for j in range(verb + 1, k)):
        return nlo
    return verb  # the verb itself may still forbid it ("wezwało na rozmowę", "dąży do zawarcia")


def _needs_named(tb: Tables, rec: SentenceRecord, named: set[int]) -> set[int]:
    """The words of names (``named``) that no word a trigger needs counts in."""
    # a state's own armed body may name what a trigger needs ("die Bundeswehr ist im Kosovo stationiert",
    # "the Israel Defense Forces deployed"); an armed group's name does not ("the Rapid Support Forces")
    state_bodies = {k for m in rec.mentions if m.kind == "names" and all(
        tb.gazetteer[a].type == "Organization" and tb.gazetteer[a].acts_for for a in m.actors)
        for k in range(m.start, m.end)}
    # the office of a person the article introduces is no part of the name: "wies den ruandischen Botschafter
    # Vincent Karega aus" needs a diplomat, and the office names one
    office = {k for c in ("role", "body") for cm in rec.cues.get(c, ()) for k in range(cm.start, cm.end)}
    introduced_office = {k for m in rec.mentions if m.kind in NAMING_KINDS and m.actors
                         and all(a.startswith(INTRODUCED) for a in m.actors)
                         for k in range(m.start, m.end) if k in office}
    return named - state_bodies - introduced_office


def _coordinated_verb(tb: Tables, rec: SentenceRecord, k: int) -> bool:
    """Whether the verb at ``k`` opens a coordinated predicate: a coordinating word ('and', 'i', 'und') right
    before it."""
    return k > 0 and bool(rec.morphs) and rec.morphs[k].is_("VERB") and rec.tokens[k - 1].is_word \
        and rec.tokens[k - 1].low in tb.markers["coordination"]


def _agent_bodies(tb: Tables, rec: SentenceRecord, lo: int, k: int) -> frozenset[int]:
    """Words before a trigger that name an actor's armed or official body as the agent ("die Armee Ruandas
    unterstütze die M23", "von der ruandischen Armee unterstützt"): the body is who acts, not the kind of act a
    forbidden word ("Armee": military support) would make it. A body that is only the subject ("Litewscy
    żołnierze stoją razem z Polakami") keeps its word: soldiers standing by a state are troops."""
    agent = tb.markers["agent"]
    by = {j for np in rec.phrases if np.prep is not None and rec.tokens[np.prep].low in agent
          for j in range(np.start, np.end)}
    out = {j for m in rec.mentions if m.kind == "body" and lo <= m.start and m.start in by
           for j in range(m.start, min(k, m.end))}
    named = {j for m in rec.mentions for j in range(m.start, m.end)}
    for np in rec.phrases:
        if lo <= np.head < k and np.head not in named and any(
                g.attach is not None and rec.phrases[g.attach] is np and g.rel == "gen" and g.start in named
                and g.end <= k for g in rec.phrases):
            out.add(np.head)  # "die Armee Ruandas": the head of a phrase whose genitive is an actor
    return frozenset(out)


def _person_after(tb: Tables, rec: SentenceRecord, k: int, hi: int) -> bool:
    """Whether a person the gazetteer knows is named after the trigger in its clause: "Xi przyjął Putina" names
    the office the trigger's 'needs' ask for ("prezydent") by the officeholder's name."""
    gaz = tb.gazetteer
    return any(k <= m.start < hi and m.actors and all(a in gaz and gaz[a].type == "Person" for a in m.actors)
               for m in rec.mentions)


def _compound_need(tb: Tables, window: set[str], needs: frozenset[str]) -> bool:
    """With ``compound_heads``, a word of the clause whose compound ends in a 'needs' word counts as that word:
    German puts the head of a compound last ("Luftabwehrsysteme", "Rüstungsabkommen", "Kampfpanzer").
    The head is a 'needs' word of at least 4 letters after at least 3 others: each such ending of each word
    is looked up in the set (a few lookups per word, not one test per 'needs' word)."""
    if not tb.settings.get("compound_heads"):
        return False
    return any(w[j:] in needs for w in window for j in range(3, len(w) - 3))


def _lower_noun(rec: SentenceRecord, tm) -> bool:
    """A match of a noun-only trigger on a lower-case word that does not open the sentence: German writes
    nouns capitalized, so "angriff" is the verb ("als Russland die Ukraine angriff")."""
    k = tm.start
    tok = rec.tokens[k]
    feats = tm.features[0]
    return ("noun" in feats and "verb" not in feats and tok.text[:1].islower() and k > 0
            and len(tm.tokens) == 1)


def _capital_verb(rec: SentenceRecord, tm, words: tuple[str, ...]) -> bool:
    """A one-word match of a trigger whose words are all lower case (a verb) on a capitalized word inside
    the sentence: German capitalizes nouns, so "Angriff" is not the verb form "angriff"."""
    k = tm.start
    if len(tm.tokens) != 1 or k == 0 or not rec.tokens[k].text[:1].isupper():
        return False
    if not rec.tokens[k - 1].is_word:
        return False  # after a quote, a colon or a dash a sentence may start again
    return not any(w.lstrip("=^")[:1].isupper() for w in words)


def _needs_detail(needs: tuple[str, ...]) -> str:
    shown = ", ".join(needs[:6]) + (f", … ({len(needs)} in all)" if len(needs) > 6 else "")
    return f"none of the 'needs' words ({shown}) in the clause or the clause before"


def _final_verb(toks, start: int, hi: int) -> str:
    """The last word of a verb-final clause after the trigger, when it is a verb (lower-case in German):
    it governs the whole clause however far it stands ("…, eine Invasion in die abtrünnige Region zu
    planen"), so a forbidden verb there counts as near."""
    k = hi - 1
    while k >= start and not toks[k].is_word:
        k -= 1
    return toks[k].low if k >= start and toks[k].text[:1].islower() else ""


def _second_verb(rec: SentenceRecord, lo: int, end: int) -> str:
    """The finite verb in second place of a verb-second clause, when it stands before a noun trigger at ``end``:
    it governs the middle field however far the noun stands ("Spanien zahlt für seine Annäherung an den Rivalen
    seines Nachbarn einen hohen Preis"), so a forbidden verb there counts as near."""
    toks, morphs = rec.tokens, rec.morphs
    if not morphs:
        return ""
    k = next((k for k in range(lo, end) if morphs[k].is_("VERB", "AUX")), None)
    return toks[k].low if k is not None and k - lo <= 4 else ""


def _middle_nouns(rec: SentenceRecord, lo: int, end: int, skip) -> set[str]:
    """The nouns between a verb-second clause's last verb before its final verb at ``end`` and that verb: its
    middle field, not the object of a conjunct verb before it ("hat Soldaten angegriffen und die Miliz unterstützt")."""
    toks, morphs = rec.tokens, rec.morphs
    if not morphs:
        return set()
    fin = next((k for k in range(end - 1, lo - 1, -1) if morphs[k].is_("VERB", "AUX")), None)
    if fin is None:
        return set()
    return {toks[k].low for k in range(fin + 1, end) if k not in skip and morphs[k].only("NOUN")}


def _own_clause(tb: Tables, rec: SentenceRecord, tm: Match, nlo: int, nhi: int) -> tuple[int, int]:
    """The forbid window ``nlo``..``nhi`` cut at a subordinator that opens a clause with a subject of its own:
    "threatened to attack Peru after Bolivia sanctioned it" - the threat and the sanction stand in two
    clauses, and neither one's words make the other a different act."""
    dets = tb.markers["determiners"]
    for k in range(nlo, nhi):
        if tm.start <= k < tm.end:
            continue
        g = next((g for g in rec.groups if g.start > k), None)
        if g is None or g.start >= nhi or not all(t.low in dets for t in rec.tokens[k + 1:g.start]) \
                or not opens_clause(rec, k, g.start):
            continue
        if k < tm.start:
            nlo = k
        else:
            return nlo, k
    return nlo, nhi
