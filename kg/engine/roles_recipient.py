"""Roles of a verb told from the receiving side (frame ``recipient``): "Indie kupiły od Rosji system S-400",
"Budapest wies die Vorwürfe der Slowakei zurück", "Der Plan stieß bei Polen auf Kritik": the clause's subject is
the relation's object, the actor the trigger's ``subject`` prepositions mark is its subject. Moved out of
kg.engine.roles (module size)."""

from __future__ import annotations

from kg.engine.genitives import owner_of_phrase_at
from kg.engine.noun_attached import genitive_after
from kg.engine.objects import verb_object
from kg.engine.record import Discourse, FrameResult, Group, SentenceRecord
from kg.engine.roles_verb import dropped_subject, verb_subject
from kg.engine.syntax import antecedent, prep
from kg.engine.tables import Tables
from kg.engine.verb_final import verb_late


def recipient_roles(tb: Tables, rec: SentenceRecord, disc: Discourse, f: FrameResult,
                     feats: frozenset[str]) -> None:
    """A verb told from the receiving side ("Indie kupiły od Rosji system S-400", "Ukraina otrzymała od
    UE pomoc"): its subject is the relation's object, the actor the trigger's ``subject`` prepositions
    mark ("od", "from") is the relation's subject."""
    receiver, _, tag = verb_subject(tb, rec, disc, f, feats)
    if receiver is not None and any(receiver.end <= cm.start < f.match.start for cm in rec.cues.get("speech", ())):
        # "the RSF, which UN investigators say get arms from …": those who say it receive nothing
        receiver, tag = antecedent(tb, rec, f.clause[0]), "antecedent"
    owner = _act_owner(tb, rec, f) if f.relation == "accuses" else None
    if owner is not None and (receiver is None or receiver.start > f.match.start):
        receiver, tag = owner, "act-owner"  # not "… z krytyką Tokio" read as a subject after the verb
    if receiver is not None and f.match.start < receiver.start and receiver.end <= f.match.tokens[-1]:
        receiver = None  # "Der Plan stieß bei Polen auf Kritik": a name in the trigger's gap is the giver
    if receiver is None:
        receiver = dropped_subject(tb, rec, disc, f.match, f.clause[0], feats)
    markers = tb.subject_markers[f.index]
    end = f.match.end
    start = end - 1 if rec.tokens[end - 1].low in markers else end  # "=wezwany do" holds its "do"
    giver = verb_object(tb, rec, start, f.clause[1], markers, skip=receiver)  # "do MSZ Niemiec": the owner
    if giver is None and start < len(rec.tokens) and rec.tokens[start].low in markers:
        # a body the chunker left without its genitive
        giver = next((g for g in rec.groups if start < g.start <= start + 2 and g is not receiver
                      and prep(tb, rec, g.start, start + 1) is None), None)
    if giver is None and len(f.match.tokens) > 1:  # "rejected the EU's criticism": the giver inside the gap
        inside = [g for g in rec.groups if f.match.start < g.start and g.end <= f.match.tokens[-1]
                  and g is not receiver and g.mentions[0].kind != "coreference"]
        # "stieß bei Taiwans Nachbarn China auf Kritik": an owner before the noun a name stands in apposition to
        giver = next((g for i, g in enumerate(inside) if not (
            i + 1 < len(inside) and inside[i + 1].start == g.end + 1 and rec.morphs
            and rec.morphs[g.end].only("NOUN"))), None)
    if giver is None and f.trigger.genitive == "subject":
        # "hat die volle Unterstützung Ankaras": the genitive after the received noun gives it
        giver = genitive_after(tb, rec, f)
        giver = None if giver is receiver else giver
    side = tb.markers["agent_side"]
    if giver is None and side & set(markers):
        # "uzyskał wsparcie ze strony Turcji": the side noun after 'ze' heads the giver's group
        giver = next((g for g in rec.groups if end <= g.start < min(f.clause[1], end + 6) and g is not receiver
                      and rec.tokens[g.start].low in side and rec.tokens[g.start - 1].low in tb.markers["from"]),
                     None)
    if giver is None:  # fronted: "Do MSZ Łotwy został wezwany ambasador Rosji"
        giver = next((g for g in rec.groups if f.clause[0] <= g.start and g.end <= f.match.start
                      and g is not receiver and prep(tb, rec, g.start, f.clause[0]) in markers
                      and not _in_subject_phrase(tb, rec, g, f)), None)
    if giver is None and receiver is not None and tb.settings.get("object_before_verb") and verb_late(tb, rec, f):
        # "habe Russland Raketen aus Nordkorea erhalten": the giver before a verb that stands late
        # (a body may span the preposition: "Raketen aus Nordkorea")
        codes = {tb.top(a) for a in receiver.actors}
        k = next((k for k in range(receiver.start + 1, f.match.start) if rec.tokens[k].low in markers), None)
        giver = None if k is None else next((g for g in rec.groups if k < g.end <= f.match.start and g.start <= k + 3
                                             and not {tb.top(a) for a in g.actors} & codes), None)
    f.subject, f.object = giver, receiver
    f.how = ["recipient"] + ([tag] if tag else [])
    if f.relation == "attacks":
        sent_against(tb, rec, f)


def _in_subject_phrase(tb: Tables, rec: SentenceRecord, g: Group, f: FrameResult) -> bool:
    """Whether ``g``, after its preposition, only qualifies a noun that opens the clause in a language without
    cases ("Efforts by Chile to back Peru drew praise": the agent of the subject's noun, not the one who praises)."""
    if tb.cases or not rec.morphs:
        return False
    k = g.start - 2  # the word before the preposition
    return k >= f.clause[0] and rec.morphs[k].is_("NOUN") and not rec.morphs[k].is_("VERB") and all(
        not rec.morphs[j].is_("VERB") or rec.morphs[j].is_("NOUN") for j in range(f.clause[0], k))


def sent_against(tb: Tables, rec: SentenceRecord, f: FrameResult) -> None:
    """A projectile shot down by someone it was not sent against: "Jordan shot down Iranian drones heading for
    Israel" (the lexicon's ``aimed_at``: Iran attacks Israel), "US jets helped shoot down Iranian missiles"
    (``helped_to``: the helper is no target)."""
    toks = rec.tokens
    lo, hi = f.clause
    for cm in rec.cues.get("aimed_at", ()):
        if f.match.end <= cm.start < hi:
            target = next((g for g in rec.groups if cm.end <= g.start <= cm.end + 3 and g.start < hi
                           and all(t.is_word for t in toks[cm.end:g.start])), None)
            if target is not None:
                f.object = target
                f.how.append("aimed-at")
                return
    if any(lo <= cm.start and f.match.start - 2 <= cm.end <= f.match.start for cm in rec.cues.get("helped_to", ())):
        f.object = None
        f.how.append("helper")


def _act_owner(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """The actor whose act the clause's subject names ("Decyzja Pekinu spotkała się z krytyką", "Rosyjska
    agresja spotkała się z potępieniem"): its adjective or its genitive, for a verb told from the side of
    the one criticised."""
    lo = f.clause[0]
    np = next((p for p in rec.phrases if lo <= p.start and p.end <= f.match.start and p.prep is None), None)
    if np is None:
        return None
    own = next((g for g in rec.groups if np.start <= g.start < np.end and g.mentions[0].kind == "adjectives"), None)
    return own or owner_of_phrase_at(rec, np.start, f.match.start)
