"""Appositions: the actor an apposition gives a name ("summoned Nurul Islam, Bangladesh's deputy envoy," is
Bangladesh's envoy), and the two sides an apposed relation noun names ("Minsk, an ally of Moscow,", "Iran,
Hezbollah's main sponsor,"). Split from ``syntax`` and ``roles_noun``."""

from __future__ import annotations

from kg.engine.record import FrameResult, Group, SentenceRecord
from kg.engine.syntax import after
from kg.engine.tables import Tables
from kg.text import HYPHENS


def apposed_actor(rec: SentenceRecord, i: int) -> Group | None:
    """An unknown name set off by an apposition that names its actor: "Nurul Islam, Bangladesh's deputy
    envoy," (the apposition closes at a comma or the sentence's end, not at a verb: "…, Uganda said")."""
    phrases = rec.phrases
    toks = rec.tokens
    np = phrases[i]
    words = [t for t in toks[np.start:np.end] if t.is_word]
    if not words or not all(t.text[:1].isupper() for t in words) or np.end >= len(toks) or toks[np.end].text != ",":
        return None
    if i + 1 >= len(phrases) or phrases[i + 1].start != np.end + 1 or phrases[i + 1].prep is not None:
        return None
    j = i + 1
    while j + 1 < len(phrases) and phrases[j].attach == j + 1 and phrases[j].rel == "poss":
        j += 1  # "Bangladesh's" hangs on "deputy envoy": the apposition is both
    app = phrases[j]
    if app.end < len(toks) and toks[app.end].is_word and not (rec.morphs and rec.morphs[app.end].is_("ADP")):
        return None
    a, b = phrases[i + 1].start, app.end
    return next((g for g in rec.groups if a <= g.start < b and not g.mentions[-1].possessive), None) or next(
        (g for g in rec.groups if a <= g.start < b), None)


def apposed_place(tb: Tables, rec: SentenceRecord, i: int) -> Group | None:
    """An unknown place name whose apposition places it in a state ("seized Zolvinsk, a town in Russia,",
    "occupied Karabakh, a territory recognized as part of Azerbaijan,"): that state, named after "in" or "part of"
    before the apposition's next comma (the lexicon's ``part_of`` phrases)."""
    phrases, toks = rec.phrases, rec.tokens
    np = phrases[i]
    words = [t for t in toks[np.start:np.end] if t.is_word]
    if not words or not all(t.text[:1].isupper() for t in words) or np.end >= len(toks) or toks[np.end].text != "," \
            or i + 1 >= len(phrases) or phrases[i + 1].start != np.end + 1 or phrases[i + 1].prep is not None \
            or not toks[phrases[i + 1].head].text[:1].islower() or not rec.morphs \
            or not rec.morphs[phrases[i + 1].head].is_("NOUN"):
        return None
    stop = next((k for k in range(phrases[i + 1].end, len(toks)) if toks[k].text in (",", ";", ".")), len(toks))
    for g in rec.groups:
        if not phrases[i + 1].end <= g.start < stop or all(m.kind == "adjectives" for m in g.mentions):
            continue
        k = g.start - 1
        while k >= 0 and toks[k].low in tb.markers["determiners"]:
            k -= 1
        if toks[k].low in tb.markers["locative"] or any(cm.end == k + 1 for cm in rec.cues.get("part_of", ())):
            return g
        return None
    return None


#: Marks that open a list set beside a noun: "two cities, Goma and Bukavu", "dwa miasta – Gomę i Bukavu", "zwei
#: Städte: Goma und Bukavu".
_LIST_OPENERS = frozenset({",", "-", "–", "—", ":"})


def listed_apposition(tb: Tables, rec: SentenceRecord, i: int) -> Group | None:
    """The actors a list sets beside a common noun that names none ("seized two key cities, Goma and Bukavu,",
    "ostrzelała dwa miasta – Charków i Sumy", "griff zwei Nachbarländer an: Syrien und den Libanon", "several
    towns, including Kharkiv"): they fill the noun's place. The list follows the noun's comma, dash or colon and
    ends the sentence or its own phrase (a comma, a dash); a name followed by a verb opens a clause instead
    ("…, Kyiv said")."""
    phrases, toks, morphs = rec.phrases, rec.tokens, rec.morphs
    while i + 1 < len(phrases) and phrases[i + 1].attach == i and phrases[i + 1].rel in ("gen", "of") \
            and phrases[i + 1].start == phrases[i].end and not _names(rec, phrases[i + 1]):
        i += 1  # "dwa duże | miasta": the noun the chunker hung on its numeral
    np = phrases[i]
    if not morphs or not morphs[np.head].is_("NOUN") or toks[np.head].text[:1].isupper() and np.head > 0 \
            or _names(rec, np):
        return None
    stop = np.end
    if stop < len(toks) and toks[stop].text not in _LIST_OPENERS and i + 1 < len(phrases) \
            and phrases[i + 1].start == stop + 1 and phrases[i + 1].prep == stop \
            and toks[stop].low in tb.markers["locative"] and not _names(rec, phrases[i + 1]):
        stop = phrases[i + 1].end  # "dwa miasta w regionie – Gomę i Bukavu": a place phrase of the noun between
    if stop >= len(toks) or toks[stop].text not in _LIST_OPENERS:
        return None
    k = stop + 1
    inc = next((cm for cm in rec.cues.get("including", ()) if cm.start == k), None)
    if inc is not None:
        k = inc.end
    while k < len(toks) and toks[k].low in tb.markers["determiners"]:
        k += 1
    g = next((g for g in rec.groups if g.start == k), None)
    if g is None or g.mentions[0].kind not in ("names", "metonyms") or g.mentions[-1].possessive:
        return None
    end = g.end
    if end < len(toks) and toks[end].is_word and toks[end].low not in tb.markers["coordination"]:
        return None  # "…, Ukraine's army said", "…, Russia struck": a clause of its own
    if toks[stop].text == "," and inc is None and len(g.mentions) < 2:
        return None  # one name after a comma may be a new clause's subject or an address; a list is not
    return g


def _names(rec: SentenceRecord, np) -> bool:
    """Whether a phrase names an actor."""
    return any(np.start <= m.start < np.end for m in rec.mentions)


def apposed_partner(tb: Tables, rec: SentenceRecord, f: FrameResult,
                     owner: Group | None = None) -> tuple[Group | None, Group | None]:
    """An alliance noun, or a noun whose genitive is its object, in an apposition names its two sides: the
    actor before the comma and the one its genitive or object preposition marks ("Doha, a key defence partner of
    Washington,", "Minsk, an ally of Moscow,", "Japan, the largest donor to Cambodia,")."""
    toks = rec.tokens
    k = f.match.start
    while k > 0 and f.match.start - k < 4 and rec.morphs and rec.morphs[k - 1].is_("DET", "ADJ", "ADV", "NOUN") \
            and toks[k - 1].is_word and toks[k - 1].text[:1].islower() and not rec.morphs[k - 1].is_("AUX") \
            and not (rec.morphs[k - 1].is_("VERB") and rec.morphs[k - 1].feats & {"past", "fin"}
                     and not rec.morphs[k - 1].is_("ADJ")):  # "a staunch supporter": an adjective too
        k -= 1  # "a close", "its key", "a staunch", "a key defence"
    if owner is not None and len(owner.mentions) > 1 and toks[owner.mentions[-1].start - 1].text == ",":
        # grouped with the name before its comma ("Iran, Hezbollah's main sponsor"): that name is the head
        return Group(owner.mentions[:-1]), Group(owner.mentions[-1:])
    if owner is not None:  # "Iran, Hezbollah's main sponsor,": the possessor is the partner
        k = owner.start if owner.end <= f.match.start and all(
            t.is_word or t.low in tb.markers["possessive_clitic"] for t in toks[owner.end:f.match.start]) else k
        k = _partitive_start(tb, rec, k)  # "Egypt, one of the LNA's main backers,"
        head = next((g for g in rec.groups if g.end == k - 1), None) if k >= 2 and toks[k - 1].text == "," else None
        if head is None:
            return None, None
        f.how.append("apposed-partner")
        return head, owner
    if k < 2 or k == f.match.start or toks[k - 1].text != ",":
        return None, None
    head = next((g for g in rec.groups if g.end == k - 1), None)
    gen = set(tb.markers["genitive_marker"]) | (set(tb.object_markers[f.index]) - {""})
    of = after(tb, rec, f.match.end, min(f.clause[1], f.match.end + 3), gen, first_only=True)
    if head is None or of is None or toks[f.match.end].low not in gen:
        return None, None
    f.how.append("apposed-partner")
    return head, of


def _partitive_start(tb: Tables, rec: SentenceRecord, k: int) -> int:
    """Where a partitive ("one of", "among") before token ``k`` starts, determiners between aside; else ``k``."""
    j = k
    while j > 0 and rec.tokens[j - 1].low in tb.markers["determiners"]:
        j -= 1
    cm = next((cm for cm in rec.cues.get("partitive", ()) if cm.end == j), None)
    return k if cm is None else cm.start


def compound_object(rec: SentenceRecord, k: int, g: Group | None, coordination: frozenset[str] = frozenset()
                    ) -> Group | None:
    """What a hyphenated trigger modifies, right after it (at most two words between, no comma: in
    "Russian-occupied territories, a Pentagon spokesperson said" the territories, not the spokesperson; no
    coordinating word: in "shelling between the Russian-backed movement and Ukraine" the movement, not Ukraine),
    without an apposition that describes it: in "Hamas-ally Hezbollah, the Lebanese group" the state's
    adjective only says where Hezbollah comes from."""
    between = rec.tokens[k:g.start] if g is not None else []
    if any(t.low in coordination for t in between):
        return None
    # a hyphenated modifier counts as one word: "US-backed Kurdish-led SDF units"
    words = sum(1 for j, t in enumerate(between) if t.is_word and not (j and between[j - 1].text in HYPHENS))
    if g is None or words > 2 or not all(t.is_word or 0 < j < len(between) - 1 and t.text in HYPHENS
                                         for j, t in enumerate(between)):
        return None
    kept = []
    for m in g.mentions:
        if m.kind == "adjectives" and kept or kept and any(
                t.low in coordination for t in rec.tokens[kept[-1].end:m.start]):
            break  # "the French-backed SDF units and Turkey": the list's first, which the compound qualifies
        kept.append(m)
    return Group(kept)


def owners_named(tb: Tables, rec: SentenceRecord, g: Group | None) -> Group | None:
    """German "gegen Russlands Verbündeten Belarus", "Chinas Partner Russland": a prenominal genitive
    before a noun and a name set beside that noun; the name is the phrase's actor, the genitive only
    its owner. So too a name that only opens a hyphenated compound before another name ("den
    EU-Partner Zypern", "das Nato-Mitglied Polen"), or before its genitive ("den EU-Beitritt der
    Ukraine"): the compound says what Cyprus is, or what the Ukraine seeks. Else ``g`` itself."""
    if g is None or not tb.chunk_rules.apposition or not rec.morphs or g.mentions[-1].kind not in ("names", "metonyms"):
        return g
    toks, k = rec.tokens, g.end
    if k + 2 < len(toks) and toks[k].text in HYPHENS and toks[k + 1].is_word and toks[k + 1].text[:1].isupper() \
            and toks[k].start == toks[k - 1].end and toks[k + 1].start == toks[k].end:
        nxt = next((h for h in rec.groups if h.start == k + 2), None)
        if nxt is None and k + 3 < len(toks) and rec.morphs[k + 2].is_("DET") and "gen" in rec.morphs[k + 2].cases:
            # "den EU-Beitritt der Ukraine": the compound's genitive owns it, the name before the hyphen is its kind
            nxt = next((h for h in rec.groups if h.start == k + 3), None)
        if nxt is not None and nxt.mentions[0].kind == "names":
            return nxt
    if k + 1 >= len(toks) or rec.morphs[g.end - 1].cases != {"gen"} or rec.taken[k] \
            or not toks[k].text[:1].isupper() or not rec.morphs[k].is_("NOUN", "X", "ADJ"):
        return g
    nxt = next((h for h in rec.groups if h.start == k + 1), None)  # a genitive after it would need an article
    return nxt if nxt is not None and nxt.mentions[0].kind == "names" else g


def modified_apposition(tb: Tables, rec: SentenceRecord, g: Group) -> Group | None:
    """The head of an apposition whose noun a name modifies ("Japan, a key US ally,", "Medvedev, a Putin ally,"):
    the actor right before the comma that an indefinite article and at most two lower-case words follow up to the
    name. The name owns nothing (a possessor is ``apposed_partner``'s)."""
    toks = rec.tokens
    if g.mentions[-1].possessive:
        return None
    k = g.start
    while k > 0 and g.start - k < 3 and toks[k - 1].is_word and toks[k - 1].text[:1].islower() \
            and toks[k - 1].low not in tb.markers["indefinite"]:
        k -= 1
    if k < 3 or toks[k - 1].low not in tb.markers["indefinite"] or toks[k - 2].text != ",":
        return None
    return next((h for h in rec.groups if h.end == k - 2), None)
