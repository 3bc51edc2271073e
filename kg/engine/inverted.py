"""Word order past the subject on the left: a fronted object that does not agree with its verb, a verb after
a dash whose subject follows it, and a clause whose own subject the gazetteer does not know.

With free word order a name before the verb may be its object ("Kijów odwiedzili premier Polski i …"):
in a language with cases, a singular name in a form that may be accusative before a plural verb is that
verb's fronted object, and the nominative phrase after the verb is the subject. A genitive inside an
adjunct before an inverted verb ("Porozumienie wynegocjowane przy udziale Egiptu podpisały …") belongs to
that adjunct, not to the verb.
"""

from __future__ import annotations

from kg.engine.objects import verb_object
from kg.engine.record import FrameResult, Group, SentenceRecord
from kg.engine.speaker import DASHES, QUOTES
from kg.engine.syntax import after, finite, left_subject, prep
from kg.engine.tables import Tables


def number_of(rec: SentenceRecord, k: int) -> set[str]:
    """The grammatical numbers token ``k`` can have."""
    return set(rec.morphs[k].feats) & {"sg", "pl"}


def subject_number(rec: SentenceRecord, k: int) -> set[str]:
    """The numbers noun ``k`` can have as a subject, where the analyser tells them apart from its other
    cases ("Kijów" is singular there, a plural only as the genitive of another word); else its numbers."""
    feats = rec.morphs[k].feats
    return {n for n in ("sg", "pl") if f"nom-{n}" in feats} or number_of(rec, k)


def disagreeing_subject(tb: Tables, rec: SentenceRecord, f: FrameResult, left: Group) -> Group | None:
    """A single singular name before a plural verb that may be accusative does not agree with it: in a
    language with cases it is the fronted object, and the nominative phrase after the verb is the subject
    ("Kijów odwiedzili premier Polski i …"); None when no such phrase follows."""
    tm = f.match
    if not tb.cases or not rec.morphs or len(left.mentions) != 1 or left.mentions[0].kind not in _BARE:
        return None
    m = left.mentions[0]
    verb = tm.tokens[0]
    if "acc" not in m.feats:
        return None
    g = after(tb, rec, tm.end, f.clause[1], {""})
    if g is not None and g.mentions[0].kind not in ("adjectives", "pronoun") and "nom" in g.mentions[0].feats \
            and g.start - tm.end <= 3 \
            and not any(t.low in tb.markers["prepositions"] for t in rec.tokens[tm.end:g.start]) \
            and _nominative_only(rec, g, verb):
        return g  # "Iran potępił prezydent USA", "Kijów odwiedził szef MSZ Francji": only a subject after the verb
    if not (subject_number(rec, m.end - 1) == {"sg"} and number_of(rec, verb) == {"pl"}
            or agreement(rec, m.start, m.end, verb) is False):
        return None  # (a past verb's gender too: "Iran skrytykowała Francja", "Pakistan oskarżyły Indie")
    if g is None or "nom" not in g.mentions[0].feats or g.mentions[0].kind == "adjectives" or (
            g.mentions[0].kind in _BARE and "acc" in g.mentions[0].feats and not agreement(rec, g.start, g.end, verb)):
        return None  # "Bojownicy Hezbollahu ostrzelali Izrael": a name after the verb in the accusative is its object
    return g


def only_nominative(tb: Tables, rec: SentenceRecord, g: Group | None) -> bool:
    """Whether a group after the verb has a bare name whose form is only a subject's ("Komisja Europejska", not
    "Komisję"): coordinated with it, the whole group is the subject, not the object of a dropped one."""
    return g is not None and bool(rec.morphs) and any(
        m.kind in ("names", "metonyms") and "nom" in m.feats and "acc" not in m.feats and "nom" in
        rec.morphs[m.end - 1].cases and "acc" not in rec.morphs[m.end - 1].cases for m in g.mentions)


def _nominative_only(rec: SentenceRecord, g: Group, verb: int) -> bool:
    """Whether the first noun of group ``g`` agrees with past or present verb ``verb`` only in the nominative:
    in the forms the verb agrees with, it cannot be an accusative object ("prezydent" after "potępił")."""
    k = next((k for k in range(g.start, g.end) if any(f.startswith("nom-agree-") for f in rec.morphs[k].feats)),
             None)
    if k is None:
        return False
    wanted = {f[9:] for f in rec.morphs[verb].feats if f.startswith("nom-verb-")}
    nominative = {f[10:] for f in rec.morphs[k].feats if f.startswith("nom-agree-")} & wanted
    accusative = {f[8:] for f in rec.morphs[k].feats if f.startswith("nom-acc-")} & wanted
    return bool(nominative) and not accusative


def agreement(rec: SentenceRecord, start: int, end: int, verb: int) -> bool | None:
    """Whether the name from ``start`` to ``end`` as a subject agrees in number and gender with past verb
    ``verb`` ("Francja skrytykowała" does, "Iran skrytykowała" does not, "Stany Zjednoczone potępiły" does: its
    nouns tell); None when the analyser tells either's forms not."""
    own = {f[10:] for k in range(start, end) for f in rec.morphs[k].feats if f.startswith("nom-agree-")}
    wanted = {f[9:] for f in rec.morphs[verb].feats if f.startswith("nom-verb-")}
    if not own or not wanted:
        return None
    return bool(own & wanted)


def agreeing_left_subject(tb: Tables, rec: SentenceRecord, lo: int, before: int, verb: int) -> Group | None:
    """The nearest nominative group left of ``before`` that a past verb ``verb`` can agree with: a bare name
    whose number or gender the verb lacks is an earlier verb's object ("Holandia potępiła Chiny, lecz
    pochwaliła Iran": not "Chiny"), and the subject shared with that verb stands further left; the nearest
    when none further left agrees."""
    nearest = g = left_subject(tb, rec, lo, before, nominative=True)
    while g is not None and rec.morphs and len(g.mentions) == 1 and g.mentions[0].kind in _BARE \
            and agreement(rec, g.start, g.end, verb) is False:
        g = left_subject(tb, rec, lo, g.start, nominative=True)
    # none that agrees: the nearest still ("…, co spotkało się z krytyką": the verb's own subject is the relative)
    return g if g is not None and agreement(rec, g.start, g.end, verb) else nearest


#: Mentions that are a bare name: their own form shows their case and number (a body's does not).
_BARE = ("names", "metonyms")


def genitive_in_adjunct(rec: SentenceRecord, k: int) -> bool:
    """The phrase at token ``k`` is the genitive of a noun in a prepositional phrase ("przy udziale
    Egiptu", "w imieniu Kataru"): it belongs to that adjunct and is no bare object of the verb."""
    phrases = rec.phrases
    np = next((p for p in phrases if p.start <= k < p.end), None)
    if np is None or np.attach is None or np.rel != "gen":
        return False
    return phrases[np.attach].prep is not None


def after_dash(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """A verb right after a dash that closes what was said before it takes its subject after it ("… –
    ostrzegł prezydent Francji", "… – powiedział Łukaszenka"): the actor within a few words, no preposition."""
    toks = rec.tokens
    tm = f.match
    lo = f.clause[0]
    quoted = tm.start >= 2 and toks[tm.start - 1].text in QUOTES and toks[tm.start - 2].text in ",?!"
    # ('"…," warned the minister': a verb right after a quotation closed by its comma, as after a dash)
    if not quoted and (tm.start - 1 <= lo or toks[tm.start - 1].text not in DASHES or not rec.morphs
                       or _closes_aside(rec, lo, tm.start - 1)) or not rec.morphs or not finite(rec.morphs[tm.start]):
        return None
    # a name only in an object case is the verb's object, not the sayer ("– … – ostrzegł Rosję prezydent Litwy")
    return next((g for g in rec.groups if tm.end <= g.start <= tm.end + 5 and all(
        t.is_word for t in toks[tm.end:g.start]) and prep(tb, rec, g.start, tm.end) is None
        and not (tb.cases and rec.morphs[g.start].cases and "nom" not in rec.morphs[g.start].cases)), None)


def _closes_aside(rec: SentenceRecord, lo: int, dash: int) -> bool:
    """Whether the dash before a verb closes an aside set off after the clause's subject ("Ambasador Rosji –
    powołując się na raport – oskarżył Litwę"), not a quotation: a dash opened it right after an actor, and
    no finite verb stands between the two dashes (what is quoted says something)."""
    toks = rec.tokens
    opener = next((d for d in range(dash - 1, lo, -1) if toks[d].text in DASHES), None)
    return opener is not None and any(g.end == opener and g.start >= lo for g in rec.groups) and not any(
        finite(rec.morphs[k]) for k in range(opener + 1, dash))


def unknown_subject(tb: Tables, rec: SentenceRecord, lo: int, k: int) -> bool:
    """A noun between ``lo`` and ``k`` that names no known actor and is the clause's own subject: one only in
    the nominative ("Kurdowie"), a capitalized one that may also be accusative ("Zachód"), or a foreign name the
    analyser gives no case ("Guaido")."""
    toks = rec.tokens
    if not rec.morphs:
        return False
    named = {j for m in rec.mentions for j in range(m.start, m.end)}
    if any(rec.morphs[j].only("PROPN") and not rec.morphs[j].cases and toks[j].text[:1].isupper() and j not in named
           and prep(tb, rec, j, lo) is None for j in range(lo, k)):
        return True  # "Guaido spotka się z delegacją USA": a foreign name the analyser does not inflect
    return any(
        rec.morphs[j].is_("NOUN", "PROPN") and "nom" in rec.morphs[j].cases and toks[j].is_word
        and ("acc" not in rec.morphs[j].cases or toks[j].text[:1].isupper() and j > 0 and j not in named
             or _nominative_modifier(rec, j, lo))
        and not rec.morphs[j].is_("ADP", "VERB", "ADV", "PRON") and prep(tb, rec, j, lo) is None
        for j in range(lo, k))


def reported_own_subject(tb: Tables, rec: SentenceRecord, g: Group, k: int) -> bool:
    """Whether a verb of saying stands between the actor ``g`` and the finite verb at ``k`` and a noun phrase with
    no preposition and no actor opens the words before that verb ("Houthi officials said the strikes on the port
    hit the capital"; no comma, coordinator, other verb or 'to' between): the reported clause has a subject of its
    own, and the speaker on the left is none of its roles ("said its forces hit": the speaker's own forces)."""
    if tb.cases or not rec.morphs:
        return False
    named = {j for m in rec.mentions for j in range(m.start, m.end)}
    for sp in rec.cues.get("speech", ()):
        if not (g.end <= sp.start and sp.end <= k and rec.morphs[sp.start].is_("VERB")):
            continue
        if any(sp.end <= p.start and p.end <= k and p.prep is None and rec.morphs[p.head].is_("NOUN")
               and not any(rec.tokens[j].text in ",;" or rec.morphs[j].is_("CCONJ") or finite(rec.morphs[j])
                           or "infmark" in rec.morphs[j].feats for j in range(p.end, k))
               and not any(j in named or rec.morphs[j].is_("PRON") or "poss" in rec.morphs[j].feats
                           for j in range(p.start, p.end))
               for p in rec.phrases):  # (not "its forces": the speaker's own)
            return True
    return False


def _nominative_modifier(rec: SentenceRecord, j: int, lo: int) -> bool:
    """Whether the word before a noun that may be nominative or accusative is a modifier only nominative: "każda
    pomoc", "nowa pomoc" (the accusative would be "każdą", "nową"), so the noun is the subject."""
    if j - 1 < lo or j - 1 in rec.breaks or j in {m.start for m in rec.mentions}:
        return False
    left = rec.morphs[j - 1]
    return left.only("ADJ", "DET") and "nom" in left.cases and "acc" not in left.cases and rec.tokens[j - 1].is_word


def converb_roles(tb: Tables, rec: SentenceRecord, f: FrameResult) -> tuple[Group, Group | None] | None:
    """An adverbial participle that opens its clause ("Oskarżając Rosję o sabotaż, premier Litwy
    zapowiedział …"): in a language with cases it shares the subject of the main clause, the nominative phrase
    right after the comma that closes the participle's phrase; its own object stands before that comma."""
    toks = rec.tokens
    k = f.match.start
    lo, hi = f.clause
    if not tb.cases or not rec.morphs or "pcon" not in rec.morphs[k].feats or any(t.is_word for t in toks[lo:k]):
        return None
    comma = next((j for j in range(f.match.end, hi) if toks[j].text == ","), None)
    if comma is None:
        return None
    g = next((h for h in rec.groups if h.end > comma), None)
    obj = None
    if g is not None and g.start < comma:
        # "Wspierając Ukrainę, Polska …": the comma is no coordination of the object and the subject
        if g.start < f.match.end:
            return None
        obj = Group([m for m in g.mentions if m.end <= comma]) if any(m.end <= comma for m in g.mentions) else None
        g = Group([m for m in g.mentions if m.start > comma]) if any(m.start > comma for m in g.mentions) else None
    if g is None or g.start > comma + 3 or "nom" not in g.mentions[0].feats or g.mentions[0].kind == "adjectives" \
            or prep(tb, rec, g.start, comma + 1) is not None:
        return None
    return g, obj or verb_object(tb, rec, f.match.end, comma, tb.object_markers[f.index])


def clitic_then_subject(tb: Tables, rec: SentenceRecord, f: FrameResult) -> tuple[Group, Group | None] | None:
    """A verb, a clitic object pronoun right after it, and a nominative actor after that (an 'also' between):
    "wspiera go również Katar", "Potępiła ją także Francja". The actor after the pronoun is the subject, the
    pronoun the object, whatever a name before the verb is."""
    toks = rec.tokens
    cm = next((c for c in rec.cues.get("object_pronoun", ()) if c.start == f.match.end), None)
    if cm is None:
        return None
    j = cm.end
    while j < len(toks) and toks[j].low in tb.markers["auxiliaries"]:
        j += 1
    g = next((g for g in rec.groups if g.start == j), None)
    if g is None or "nom" not in g.mentions[0].feats or g.mentions[0].kind in ("adjectives", "object_pronoun"):
        return None
    if len(g.mentions) == 1 and number_of(rec, f.match.tokens[0]) == {"pl"} and \
            number_of(rec, g.mentions[0].end - 1) == {"sg"}:
        return None  # a plural verb and a singular name: the name is no subject
    return g, next((p for p in rec.groups if p.start == cm.start), None)
