"""The object of a verb, phrase by phrase after it: the direct object's actor, the owner of a phrase
that names none ("pozycje Hezbollahu", "a depot used by Hezbollah"), an attack's place, or an actor
in a prepositional phrase with one of the trigger's object markers.

Split from ``kg.engine.syntax`` (the queries every stage shares): only the role stages look for objects.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.engine.apposition import apposed_actor, apposed_place, listed_apposition
from kg.engine.free_phrases import free_relative, participle_absolutes, same_asides
from kg.engine.list_ends import list_end
from kg.engine.presence import absolute_spans
from kg.engine.record import Group, SentenceRecord
from kg.engine.source_phrases import names_after
from kg.engine.syntax import approximate, complex_prep, examples_of, finite, prep
from kg.engine.tables import Tables
from kg.lexicon_keys import TITLES
from kg.text import HYPHENS

#: Relations whose noun names what the subject gives (support, solidarity): its genitive owner is the giver.
_GIVEN = frozenset({"supports"})

#: Relations of handing something over: in a language with cases, a bare dative actor after the thing handed
#: over is its recipient ("przekażą systemy IRIS-T Ukrainie", "przekazała sprzęt energetyczny Mołdawii").
_HANDED = frozenset({"suppliesWeaponsTo", "providesAidTo"})


#: Per trigger list and relation: the list itself (so a reused id is never mistaken for it) and its nouns.
_GIVEN_NOUNS: dict[tuple[int, str], tuple[object, frozenset[str]]] = {}


def _given_nouns(tb: Tables, relation: str) -> frozenset[str]:
    """The nouns of what a relation gives ("Unterstützung", "Solidarität"): its noun triggers whose genitive is
    the object ("die Unterstützung der Ukraine"), one word each."""
    triggers = tb.triggers
    key = (id(triggers), relation)
    hit = _GIVEN_NOUNS.get(key)
    if hit is None or hit[0] is not triggers:
        hit = (triggers, frozenset(w for t in triggers if t.relation == relation and t.genitive == "object"
                                   for w in t.words if not w.startswith("=") and " " not in w))
        _GIVEN_NOUNS[key] = hit
    return hit[1]


def verb_object(tb: Tables, rec: SentenceRecord, start: int, hi: int, markers: Iterable[str],
                skip: Group | None = None, located: bool = False, own: Iterable[int] = (),
                same: str | None = None, reacting: bool = False) -> Group | None:
    """The object of a verb, phrase by phrase after it.

    A bare noun phrase is the direct object when the trigger takes one: the
    actor it names, else the actor it is the genitive or "of" of ("pozycje
    Hezbollahu", "targets of Hamas"), else — for attacks (``located``) — the
    place a "w"/"in" phrase after it names ("a base in Syria"); a bare phrase
    that names no actor fills the slot, and farther bare actors belong to
    something else (a preposition among the trigger's own tokens ``own`` counts as
    none). A prepositional phrase with one of ``markers`` is the object; other
    prepositional phrases are adjuncts and passed over. The search stops at the
    next finite verb: another predicate begins there. A verb ``reacting`` to an event (condemning,
    praising) whose bare object is another relation's noun naming no actor leaves the phrases after
    it to that noun ("condemned the attack on Kyiv": Kyiv is attacked, not condemned).
    """
    wanted = set(markers)
    gaz = tb.gazetteer
    skip_codes = {gaz[a].code for a in skip.actors} if skip is not None else set()
    phrases = rec.phrases
    morphs = rec.morphs
    toks = rec.tokens
    direct_filled = past_noun = unnamed_foe = False
    k = start
    attributed = {j for cm in rec.cues.get("attribution", ())
                  for j in range(cm.start, cm.end + names_after(tb, rec, cm))}
    other = {j for m in rec.triggers if m.start >= start and not own_trigger(m, own, start)
             and morphs[m.start].is_("NOUN") and tb.triggers[m.payload].relation != same
             for j in range(m.start, m.end)}  # nouns, not "to launch"; with ``same``, of another relation
    # "militant groups such as Hamas": the noun that gives examples and its "such as" are no phrase of their
    # own; the names after them stand for the noun
    such = {j for cm in rec.cues.get("such_as", ()) if cm.start >= start for j in range(cm.start, cm.end)}
    same_nouns: set[int] = set()
    if same is not None:  # "in military aid to Kyiv": a word of the same relation's noun is that noun's
        other -= {j for m in rec.triggers if tb.triggers[m.payload].relation == same for j in range(m.start, m.end)}
        if same in _GIVEN:
            given = _given_nouns(tb, same)
            same_nouns = {j for j in range(start, min(hi, len(toks))) if toks[j].text in given
                          or morphs[j].lemma in given}
    witnessing = (absolute_spans(tb, rec) if rec.cues.get("attendance") else []) + participle_absolutes(tb, rec) \
        + same_asides(tb, rec)  # "– wie auch Russland –": that name does the act too, it is no object
    # "struck on what it said were Hamas sites": the relative's words are passed over, the phrase it names takes
    # the preposition before it
    named: dict[int, tuple[int, str]] = {}
    for np in phrases:  # the first phrase after the relative is the named one ("Hamas" of "Hamas command posts")
        fr = free_relative(tb, rec, np.start, start) if np.start >= start and (
            np.prep is None or toks[np.prep].low in tb.markers["as_role"]) else None  # "what it described as …"
        if fr and all(opens != fr[0] for opens, _ in named.values()):
            named[np.start] = fr
    relative = {j for at, (opens, _) in named.items() for j in range(opens, at)}
    for i, np in enumerate(phrases):
        if any(w <= np.start < e for w, e in witnessing):
            continue  # "signed the accord, with Blinken in attendance": a witness, not a partner
        if np.start in relative:
            continue
        if np.end <= start or np.attach is not None and np.rel in ("gen", "of") and \
                phrases[np.attach].start >= start and not _of_skipped(phrases[np.attach], skip, np, wanted, toks):
            continue  # the genitive of a phrase after the verb: found through that phrase's owner
        if np.start < start:  # a phrase the trigger ends inside ("Krieg in der Ukraine", "bankrolled Hamas")
            g = _group_in(rec, start, np.end)
            if g is not None and "" in wanted and not (g is skip or skip_codes and all(
                    gaz[a].code in skip_codes for a in g.actors)):
                return g
            continue
        if np.start >= hi:
            break
        including = rec.cues.get("including", ())
        if any(cm.start <= np.start and np.end <= cm.end for cm in including):
            continue  # "oskarżali m.in. Polskę": the abbreviation's letters are no phrase, its examples follow it
        if tb.cases and np.prep is None and any(cm.end == np.start for cm in including) \
                and {"nom"} <= morphs[np.head].cases and "acc" not in morphs[np.head].cases:
            break  # "inicjatywę poparły m.in. Finlandia i Dania": a nominative after it is the verb's late subject
        if past_noun:
            break  # past another relation's noun: its phrases are its own
        if k < np.start:  # words between the last phrase and this one (none, mostly)
            if any(finite(morphs[j]) and j not in such and j not in relative and not _reduced_relative(tb, rec, j)
                   for j in range(k, np.start)) or any(
                    toks[j].low in tb.markers["coordination"] and j + 1 < np.start and morphs[j + 1].only("AUX")
                    and "fin" in morphs[j + 1].feats for j in range(k, np.start)) or any(
                    toks[j].text == "," and j + 1 < len(toks) and morphs[j + 1].is_("VERB")
                    and not morphs[j + 1].is_("NOUN", "ADJ", "ADP") for j in range(k, np.start)):
                break  # a new predicate, or ", affirming …": an adjunct clause of its own
            if any("infmark" in morphs[j].feats and j + 1 < np.start and morphs[j + 1].only("VERB")
                   for j in range(k, np.start)):
                break  # "weapons from Cairo to fight the rebels in the east": the purpose clause's object
            if any(toks[j].low in tb.markers["control"] and j + 1 < len(toks) and morphs[j + 1].only("VERB")
                   for j in range(k, np.start)):
                break  # "accused Mkrtychev of negotiating with …": what follows is the gerund's
            if direct_filled and any(j in other for j in range(k, np.start)):
                break  # past another relation's noun: "over their support for Russia" is that noun's
        gap = range(k, np.head)  # (a participle may open the phrase: "objętej mandatem")
        k = np.end
        if tb.cases and np.prep is None and (direct_filled or np.start > start) and any(
                "ppas" in morphs[j].feats and morphs[j].is_("ADJ") and toks[j].text[:1].islower() and j > start
                and morphs[j - 1].is_("NOUN", "ADJ", "PROPN") and not morphs[j - 1].is_("VERB") for j in gap) \
                and not any(cm.start <= j < cm.end for cm in rec.cues.get("owned_by", ()) for j in gap):
            continue  # "do strefy objętej mandatem ONZ": a bare phrase after a participle is that participle's
        if np.start in attributed or np.prep is not None and np.prep in attributed:
            continue  # "nach Angaben der US-Regierung", "according to Kyiv": who says it, not an argument
        if skip is not None and skip.start < np.start and np.end <= skip.end:
            continue  # "griffen Israel und die USA den Iran an": a later conjunct of the subject, no object
        if np.prep is None and np.end < len(toks) and approximate(tb, rec, np.end):
            continue  # "more" of "hit more than a dozen Hezbollah sites": the count's comparative is no object
        g = _group_in(rec, np.start, np.end, bool(tb.settings.get("capitalized_nouns")))
        if g is None and np.rel == "poss" and np.attach is not None and any(
                m.compound and np.start <= m.start < np.end for m in rec.mentions):
            continue  # "supports Russia's neighbour Finland": the owner only modifies; the owned phrase is the object
        if g is None and any(cm.start <= np.head < cm.end for cm in rec.cues.get("neighbour_nouns", ())) and any(
                m.start == np.end and m.kind in ("names", "metonyms") for m in rec.mentions):
            continue  # "wspiera ukraińskiego sąsiada Mołdawię": the name set beside the noun is the object
        if g is not None and np.rel == "poss" and np.attach is not None and _not_acting(rec, phrases[np.attach]):
            g = None  # "Georgia's former prime minister", "China's state-owned companies": not the state
        if g is not None and (g is skip or skip_codes and all(gaz[a].code in skip_codes for a in g.actors)):
            continue
        own_prep = np.prep is not None and (np.prep < start or np.prep in own)  # "invasion of" holds its "of"
        if np.prep is not None and not own_prep and np.prep in other:
            continue  # "podziękował w czasie wojny z Rosją": the "z" is the war noun's, its enemy not thanked
        p = (complex_prep(rec, np.prep) or toks[np.prep].low) if np.prep is not None and not own_prep else None
        if p is not None and approximate(tb, rec, np.prep):
            p = None  # "struck over 30 Houthi targets": a count's approximation governs nothing
        if np.start in named:  # the relative's preposition ('' right after the verb: its direct object)
            p = named[np.start][1]
        if g is None and any(j in such for j in range(np.start, np.end + 1)):
            continue  # "militant groups" in "militant groups such as Hamas": its examples fill its place
        if np.prep is not None and np.prep in such and examples_of(rec, np.prep) is not None:
            p = prep(tb, rec, np.start, start)  # the examples take the noun's preposition (none: direct object)
        found = g if g is not None else _owner(rec, i, tb.markers["coordination"])  # "Israeli cities": Israel
        if p is not None and g is None and np.end - np.start == 1 and toks[np.head].low in tb.governing:
            # "w sprawie wniosku Albanii", "w kierunku Polski": the noun of a complex preposition is the
            # preposition, and the phrase in its genitive the object it marks
            p = toks[np.head].low
            nxt = next((j for j, q in enumerate(phrases) if q.attach == i and q.rel == "gen"), None)
            found = None if nxt is None else _group_in(rec, phrases[nxt].start, phrases[nxt].end) or _owner(
                rec, nxt, tb.markers["coordination"])
        if g is None and same in _GIVEN and np.head in same_nouns and morphs[np.head].is_("NOUN"):
            found = None  # "sicherte Moldau die Solidarität Rumäniens zu": the owner of the act's own noun acts
        if g is None and found is not None and skip is not None and not skip.resolved and skip.start >= start \
                and all(gaz[a].code in skip_codes for a in found.actors):
            continue  # "stießen Truppen des Tschad auf … vor": the subject's phrase after the verb, not its object
        past_noun = past_noun or ((p is not None or reacting and found is None) and any(
            j in other for j in range(np.start, np.end)))  # past another relation's noun: its phrases are its own
        if p is None:
            if tb.cases and found is None and np.prep is None and morphs[np.head].cases == {"inst"} \
                    and same != "threatens":
                continue  # "zaatakował dronami Izrael", "ratyfikował większością głosów wniosek …": the means or
                # manner in the instrumental is no object and leaves the slot to the accusative after it (one
                # that names an actor stays: "zagroził zniszczeniem Izraela"); a threat's instrumental is the
                # act it threatens, and what hangs on it is that act's ("grozi wstrzymaniem dostaw dla Litwy")
            if direct_filled and "" in wanted and g is not None and same in _HANDED and tb.cases \
                    and g.mentions[0].kind in ("names", "metonyms", "body") and _dative_only(morphs[np.head]):
                # "przekażą systemy obrony powietrznej Ukrainie": a name, not a coreference noun ("broń wrogim
                # Indiom reżimom": the regimes are hostile to India, not India)
                return g
            if "" not in wanted or direct_filled:
                continue
            if found is None and all(toks[j].text.isdigit() for j in np.span()):
                continue  # a bare year is an adjunct of time: "bombardierte 1999 Serbien"
            if found is not None and np.start > 0 and joins(tb, rec, np.start - 1) and (e := list_end(
                    tb, rec, max(np.end, found.end))) < len(toks) and finite(morphs[e]):
                break  # "Chile protested and Peru sanctioned Bolivia", "…, and Japan and Korea offered help": the
                # subject of a clause of its own
            if found is not None and found.mentions[0].kind != "pronoun":
                return found
            listed = listed_apposition(tb, rec, i) if found is None else None
            if listed is not None:  # "seized two key cities, Goma and Bukavu": the list is the noun
                return listed
            conjunct = (_titled_person(rec, np) or office_holder(tb, rec, i)
                         or _conjunct_actor(tb, rec, np.end)) if found is None else None
            found = apposed_actor(rec, i) if found is None else None
            if found is not None:  # "summoned Nurul Islam, Bangladesh's envoy,": the name the apposition places
                return found
            if conjunct is not None:  # "oskarża Zachód i Kijów": an actor coordinated with an unnamed object;
                return conjunct  # "dziękuję prezydentowi Joe Bidenowi": the person an office before the name is
            direct_filled = True
            if located and own_prep and toks[np.prep].low in tb.markers["from"] and "inst" in morphs[np.head].cases:
                unnamed_foe = True  # "walczy z dżihadystami w Kamerunie": the place of a fight, not its target
                continue
            if located:
                owner = owned_by(rec, np.end, hi) or relative_owner(tb, rec, np.end)
                if owner is not None:
                    return owner  # "struck a depot in southern Lebanon used by Hezbollah": the owner is hit
                loc = _located(tb, rec, i) or apposed_place(tb, rec, i)
                if loc is not None:
                    return loc
            continue
        if p in wanted and found is None:
            found = office_holder(tb, rec, i)  # "rozmów między sekretarzem generalnym Markiem Rutte a …"
        if p in wanted and found is not None and not (unnamed_foe and p in tb.markers["within"]):
            return found
        if located and found is None and p in tb.markers["from"] and not direct_filled \
                and "inst" in morphs[np.head].cases:
            unnamed_foe = True  # "w walce z bojownikami w Mali": likewise, the "z" not the trigger's own
    return None


def handed_dative(tb: Tables, rec: SentenceRecord, f, hi: int) -> Group | None:
    """The bare dative name after a handing-over noun and the goods in its genitive ("o przekazaniu czołgów
    Leopard 2 Ukrainie", "dostaw amunicji artyleryjskiej Izraelowi"): the recipient, as after such a verb. Only
    words of one noun phrase stand between: no preposition, punctuation or verb."""
    if not tb.cases or f.relation not in _HANDED or not rec.morphs:
        return None
    toks, morphs = rec.tokens, rec.morphs
    k = f.match.end
    if k >= hi or not morphs[k].is_("NOUN") or "gen" not in morphs[k].cases:
        return None  # the goods come first, in the genitive
    for j in range(k + 1, min(hi, k + 7)):
        g = next((g for g in rec.groups if g.start == j), None)
        if g is not None:
            m = g.mentions[0]
            if m.kind in ("names", "metonyms") and toks[j].text[:1].isupper() and g is not f.subject \
                    and _dative_only(morphs[m.end - 1]):
                return g
            return None
        if not toks[j].is_word or toks[j].low in tb.markers["prepositions"] or finite(morphs[j]) \
                or morphs[j].is_("VERB", "ADP", "CCONJ", "SCONJ"):
            return None
    return None


def _dative_only(m) -> bool:
    """A word that can only be a dative (of the cases a bare phrase takes): not a nominative, accusative or
    genitive, which would be a subject, a second thing handed over or an owner ("Ukrainie", "Kijowowi")."""
    return "dat" in m.cases and not m.cases & {"nom", "acc", "gen"}


def _titled_person(rec: SentenceRecord, np) -> Group | None:
    """The person named right after a bare office with no actor of its own ("prezydentowi Joe Bidenowi",
    "the president Emmanuel Macron"): that person's group."""
    if not any(cm.start <= np.head < cm.end for c in TITLES for cm in rec.cues.get(c, ())):
        return None
    g = next((g for g in rec.groups if g.start == np.end), None)
    if g is None or g.mentions[0].kind != "names" or not rec.tokens[g.start].text[:1].isupper():
        return None
    return g


def office_holder(tb: Tables, rec: SentenceRecord, i: int) -> Group | None:
    """The person named right after an office and its genitives, none of which names an actor ("z sekretarzem
    stanu Antonym Blinkenem", "między ministrem spraw zagranicznych Wangiem Yi a …"): in a language with cases
    the name in the office's case stands beside it, so the office is that person."""
    phrases = rec.phrases
    np = phrases[i]
    if not tb.cases or not any(cm.start <= np.head < cm.end for cm in rec.cues.get("role", ())):
        return None
    end, at = np.end, i
    for j in range(i + 1, len(phrases)):  # the office's own genitive chain: "spraw zagranicznych", "stanu Antonym"
        if phrases[j].attach != at or phrases[j].rel != "gen" or phrases[j].start != end:
            break
        end, at = phrases[j].end, j
    g = next((g for g in rec.groups if g.start <= end < g.end or g.start == end), None)
    if g is None or g.start < np.start or g.mentions[0].kind != "names" \
            or tb.gazetteer[g.mentions[0].actors[0]].type != "Person" or not rec.morphs \
            or not rec.morphs[np.head].cases & rec.morphs[g.mentions[0].end - 1].cases:
        return None
    return g


def _conjunct_actor(tb: Tables, rec: SentenceRecord, k: int) -> Group | None:
    """The actor a coordinating word at ``k`` (not a comma, nor one that may open a clause of its own) joins
    to the bare phrase before it: the second object of "oskarża Zachód i Kijów", "blamed the West and Kyiv"."""
    toks = rec.tokens
    m_ = tb.markers
    if k + 1 >= len(toks) or toks[k].low not in m_["coordination"] or not toks[k].is_word \
            or toks[k].low in m_["adversative"]:
        return None
    g = next((g for g in rec.groups if g.start == k + 1), None)
    if g is None or g.mentions[0].kind in ("adjectives", "pronoun") or g.mentions[-1].possessive:
        return None
    return g


def owned_by(rec: SentenceRecord, k: int, hi: int) -> Group | None:
    """The actor a participle of use or ownership after token ``k`` names ("a depot used by Hezbollah",
    "a base belonging to the militia", "obiekt należący do Hezbollahu"): the owner of what was hit. A place
    phrase may stand between ("a facility in southern Lebanon used by …")."""
    for cm in rec.cues.get("owned_by", ()):
        if k <= cm.start <= k + 5 and cm.end < hi and all(t.is_word for t in rec.tokens[k:cm.start]):
            g = next((g for g in rec.groups if cm.end <= g.start <= cm.end + 1 and g.start < hi), None)
            if g is not None and g.mentions[-1].compound and g.end < len(rec.tokens) \
                    and rec.tokens[g.end].text in HYPHENS:
                return None  # "used by Iran-backed militias": the name only modifies ("związane z Hezbollahem" names)
            return g
    return None


def relative_owner(tb: Tables, rec: SentenceRecord, k: int) -> Group | None:
    """The actor of a relative clause on what an attack hit, when the clause ends in a verb of use or ownership
    (the lexicon's ``owned_by`` at its end, auxiliaries after it): "bombardierte Ziele, die mit der Miliz in
    Verbindung stehen", "griff Stellungen an, die von der Armee genutzt werden". The comma at ``k`` opens it."""
    toks, morphs = rec.tokens, rec.morphs
    if not morphs or k + 1 >= len(toks) or toks[k].text != "," or toks[k + 1].low not in tb.markers["relative_article"]:
        return None
    for cm in rec.cues.get("owned_by", ()):
        if cm.start <= k + 1:
            continue
        j = cm.end
        while j < len(toks) and morphs[j].is_("AUX"):
            j += 1
        if any(not t.is_word for t in toks[k + 1:cm.start]) or (j < len(toks) and toks[j].is_word):
            continue  # the cue closes the relative clause
        return next((g for g in rec.groups if k + 1 < g.start and g.end <= cm.start), None)
    return None


def own_trigger(m, own: Iterable[int], start: int) -> bool:
    """Whether a trigger match is the frame's own (its tokens) or ends where the search starts."""
    return bool(set(m.tokens) & set(own)) or m.end == start


def _not_acting(rec: SentenceRecord, np) -> bool:
    """A phrase headed by a private noun or a former official ("former prime minister", "companies")."""
    cues = [cm for c in ("private", "former") for cm in rec.cues.get(c, ())]
    return any(np.start <= cm.start < np.end for cm in cues)


def _group_in(rec: SentenceRecord, a: int, b: int, capitalized_nouns: bool = False) -> Group | None:
    """The group of a phrase: the one its head belongs to ("its ally Hungary"), else the first. A name
    hyphenated to a word after it only modifies that word ("a US-brokered deal"), but with
    ``capitalized_nouns`` a name hyphenated to a noun is its owner ("griff Hisbollah-Kämpfer an"); a name that is
    an adjective's complement ("wrogie USA państwa") only describes the noun."""
    toks = rec.tokens
    inside = [g for g in rec.groups if a <= g.start < b and not (g.mentions and all(m.compound for m in g.mentions))
              and not (g.end + 1 < b and toks[g.end].text in HYPHENS
                       and not (capitalized_nouns and toks[g.end + 1].text[:1].isupper()))]
    if len(inside) > 1:
        headed = [g for g in inside if not g.mentions[-1].possessive]
        return headed[-1] if headed else inside[0]
    return inside[0] if inside else None


def _adjectival(g: Group) -> bool:
    """A group of actor adjectives only ("Russian" in "Russian flags"): it modifies, it is not an argument."""
    return all(m.kind == "adjectives" for m in g.mentions)


def _owner(rec: SentenceRecord, i: int, coordination: frozenset[str] | set[str] = frozenset()) -> Group | None:
    """The actor a phrase is the genitive/of/possessor of, one or two links down. Coordinated heads share
    the genitive of the last ("die Souveränität und territoriale Integrität Moldaus", "the sovereignty and
    territorial integrity of Ukraine"): a phrase with none of its own takes that of a bare conjunct right
    after it that names no actor itself."""
    phrases = rec.phrases
    own = _owner_chain(rec, i)
    while own is None and i + 1 < len(phrases):  # "die Souveränität, Unabhängigkeit und Einheit Moldaus"
        nxt = phrases[i + 1]
        between = rec.tokens[phrases[i].end:nxt.start]
        if nxt.prep is not None or nxt.attach is not None or len(between) != 1 or between[0].low not in coordination:
            return None
        inner = _group_in(rec, nxt.start, nxt.end)
        if inner is not None:  # "und Einheit Moldaus" read as one phrase: its trailing name; "und Russland": none
            return inner if rec.tokens[nxt.start].text[:1].isupper() and inner.start > nxt.start \
                and not any(m.kind == "adjectives" for m in inner.mentions) else None
        i += 1
        own = _owner_chain(rec, i)
    return own


def _owner_chain(rec: SentenceRecord, i: int) -> Group | None:
    phrases = rec.phrases
    at = i
    for _ in range(2):
        nxt = next((j for j, np in enumerate(phrases) if np.attach == at and np.rel in ("gen", "of", "poss")), None)
        if nxt is None:
            return None
        g = _group_in(rec, phrases[nxt].start, phrases[nxt].end)
        if g is not None:  # "imports of Russian aluminium" are Russia's
            return g
        at = nxt
    return None


def _located(tb: Tables, rec: SentenceRecord, i: int) -> Group | None:
    """'a military base in Syria': the place a 'w'/'in' phrase right after phrase ``i`` names."""
    phrases = rec.phrases
    if i + 1 >= len(phrases):
        return None
    nxt = phrases[i + 1]
    end = phrases[i].end
    while end < nxt.start and rec.tokens[end].text in QUOTES:
        end += 1  # 'griff „militärische Ziele“ nahe Damaskus an': the closing quote is no gap
    if nxt.prep is None or nxt.prep != end or rec.tokens[nxt.prep].low not in (
            tb.markers["within"] | tb.markers["locative"]):
        return None  # "in", and the German contraction "im" ("griff Ziele im Libanon an"), "near", …
    g = _group_in(rec, nxt.start, nxt.end)
    return g if g is not None and not _adjectival(g) else None


def pronoun_event(tb: Tables, rec: SentenceRecord, k: int, hi: int, trigger_at: int | None = None) -> bool:
    """Whether token ``k`` is a pronoun that takes up the last act ("condemned it", "called it a provocation",
    "nazwał to prowokacją"): one of ``event_pronoun`` that ends its phrase (a punctuation mark, "and", a
    preposition, an article, "als", or the trigger at ``trigger_at`` follows), so not the subject of a clause
    ("said it would respond", "condemned what it described")."""
    toks = rec.tokens
    m_ = tb.markers
    if k >= hi or toks[k].low not in m_["event_pronoun"] or any(m.start <= k < m.end for m in rec.mentions):
        return False
    j = k + 1
    while j < hi and j != trigger_at and rec.morphs and rec.morphs[j].only("ADJ"):
        j += 1  # "nazwała to poważną prowokacją"
    return j >= hi or j == trigger_at or not toks[j].is_word or toks[j].low in (
        m_["coordination"] | m_["prepositions"] | m_["determiners"] | m_["as_role"])


def event_word(tb: Tables, rec: SentenceRecord, k: int, hi: int) -> int | None:
    """The event noun ("the attack", "a serious violation", "die jüngste Provokation", "rażące naruszenie")
    heading the noun phrase that starts at token ``k``, or None: articles, quotation marks, adjectives,
    adverbs and numbers may stand before it, nothing else (not "the attack's victims in Israel" reaching
    past the phrase, and not another noun first: "the ministry's decision" is a ministry's)."""
    toks = rec.tokens
    event = tb.markers["event"]
    determiners = tb.markers["determiners"]
    j = k
    while j < hi and j - k < 7:
        tk = toks[j]
        if tk.low in event and not any(m.start <= j < m.end for m in rec.mentions):
            return j
        if tk.low in determiners or tk.text in QUOTES or rec.morphs and tk.is_word and (
                rec.morphs[j].only("ADJ") or rec.morphs[j].only("ADV") or rec.morphs[j].only("NUM")):
            j += 1
            continue
        return None
    return None


#: Quotation marks that may stand inside a noun phrase ("a “serious violation”", "„Provokation“ der USA").
QUOTES = frozenset("\"„“”«»‚‘’")


def _reduced_relative(tb: Tables, rec: SentenceRecord, j: int) -> bool:
    """A past form right after a noun with its agent next ("the remarks made by China's envoy", "the sanctions
    imposed by the EU") is a participle modifying that noun, not the finite verb of a new predicate: the
    phrases after it still belong to the verb's object."""
    toks = rec.tokens
    return "ppas" in rec.morphs[j].feats and 0 < j < len(toks) - 1 and toks[j - 1].is_word \
        and toks[j + 1].low in tb.markers["agent"]


def joins(tb: Tables, rec: SentenceRecord, k: int) -> bool:
    """Whether token ``k`` is a coordinating conjunction ("and", "i", "oraz", "und"): a word of the lexicon's
    ``coordination`` that the morphology reads as one (not a comma, not "także" or "wraz")."""
    return rec.tokens[k].low in tb.markers["coordination"] and bool(rec.morphs) and rec.morphs[k].is_("CCONJ")


def _of_skipped(owner, skip: Group | None, np, wanted: set[str], toks) -> bool:
    """Whether a marked phrase read as the genitive of the subject that stands after the verb is an argument of
    the verb instead ("Dafür bekommt Slowenien von Deutschland Panzer": a name takes no 'von' genitive here)."""
    return skip is not None and np.prep is not None and toks[np.prep].low in wanted and toks[np.prep].low != "" \
        and skip.start <= owner.start and owner.end <= skip.end and skip.mentions[0].kind == "names"
