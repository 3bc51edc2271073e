"""Actors joined to a trigger by a hyphen: a pair before it names its two sides ("the
Armenia-Azerbaijan peace talks"), and so does a chain of adjectives after a meeting or deal noun
("rozmowy amerykańsko-irańskie"), which may act together against a third ("amerykańsko-izraelskie
bombardowania"), and a name hyphenated to a participle is its agent ("Iran-backed"). Kept apart
from kg.engine.roles, which calls these while it finds a frame's roles.
"""

from __future__ import annotations

from kg.engine.objects import verb_object
from kg.engine.record import FrameResult, Group, SentenceRecord
from kg.engine.tables import Tables
from kg.records import SYMMETRIC
from kg.text import PAIR_HYPHENS, hyphened

#: Hyphens and dashes that join the two sides of a compound ("Israel-Hamas", "U.S.–Iran").


def joint_target(tb: Tables, rec: SentenceRecord, f: FrameResult, pair: tuple[Group, Group]) -> Group | None:
    """A third actor (no mere place) an attack by a hyphened pair is aimed at, after the trigger: the pair
    then acts together against it."""
    if f.relation != "attacks":
        return None
    sides = {tb.gazetteer[a].code for g in pair for a in g.actors}
    g = verb_object(tb, rec, f.match.end, f.clause[1], tb.object_markers[f.index] - {""}, skip=pair[1])
    if g is None or any(tb.gazetteer[a].type == "Place" or tb.gazetteer[a].code in sides for a in g.actors):
        return None
    return g


def hyphen_pair(rec: SentenceRecord, f: FrameResult) -> tuple[Group, Group] | None:
    """Two actors joined by a hyphen right before a trigger (one lower-case modifier may come between a noun
    and them: "the Armenia-Azerbaijan peace talks"; before a verb it is the verb's subject: "the US-UK strikes
    destroyed"): the trigger's two sides."""
    toks = rec.tokens
    k = f.match.start
    second = next((g for g in rec.groups if g.end == k), None)
    if second is None and k > 0 and toks[k - 1].text[:1].islower() and toks[k - 1].is_word and not (
            rec.morphs and (rec.morphs[k - 1].is_("CCONJ", "ADP")  # "turecko-syryjskiego i dał": no modifier
                            or not rec.morphs[k].is_("NOUN", "PROPN", "ADJ"))):  # a verb: the word is its subject
        second = next((g for g in rec.groups if g.end == k - 1), None)
    if second is None or second.start < 2 or toks[second.start - 1].text not in PAIR_HYPHENS:
        return _pair_after(rec, f) if f.relation in SYMMETRIC else None
    if toks[second.start - 1].start != toks[second.start - 2].end:
        return None  # a spaced dash is punctuation, not a compound
    first = next((g for g in rec.groups if g.end == second.start - 1), None)
    if first is None or len(first.mentions) != 1:
        return None
    if f.relation in SYMMETRIC:
        # "the Japan-U.S.-ROK summit", "a Russia-Germany-France meeting": every name of the chain is a side
        chain = _chained_before(rec, first)
        if len(chain) > 1:
            return Group([m for g in chain for m in g.mentions]), second
    return first, second


def border_pair(rec: SentenceRecord, f: FrameResult) -> tuple[Group, Group] | None:
    """Two actors joined by a hyphen beside a border noun of the trigger's clause ("clashes on the Thai-Cambodian
    border", "starcia na granicy armeńsko-azerbejdżańskiej", "Gefechte an der thailändisch-kambodschanischen
    Grenze"): the two sides of a fight there, for a trigger of fighting that found no sides of its own."""
    lo, hi = f.clause
    toks = rec.tokens
    for cm in rec.cues.get("border_nouns", ()):
        if not lo <= cm.start < hi:
            continue
        second = next((g for g in rec.groups if g.end == cm.start and len(g.mentions) == 1), None)
        if second is not None and second.start >= 2 and toks[second.start - 1].text in PAIR_HYPHENS \
                and toks[second.start - 1].start == toks[second.start - 2].end:
            first = next((g for g in rec.groups if g.end == second.start - 1 and len(g.mentions) == 1), None)
            if first is not None:
                return first, second
        chain = _adjectives_from(rec, cm.end)
        if len(chain) == 2:
            return chain[0], chain[1]
    return None


def _adjectives_from(rec: SentenceRecord, k: int) -> list[Group]:
    """Adjective mentions joined by unspaced hyphens from token ``k`` on ("armeńsko-azerbejdżańskiej")."""
    toks = rec.tokens
    chain: list[Group] = []
    while True:
        g = next((h for h in rec.groups if h.start == k and len(h.mentions) == 1
                  and h.mentions[0].kind == "adjectives"), None)
        if g is None:
            break
        chain.append(g)
        k = g.end
        if k + 1 >= len(toks) or toks[k].text not in PAIR_HYPHENS or toks[k].start != toks[k - 1].end \
                or toks[k + 1].start != toks[k].end:
            break
        k += 1
    return chain


def _pair_after(rec: SentenceRecord, f: FrameResult) -> tuple[Group, Group] | None:
    """Adjectives joined by hyphens right after a meeting or deal noun, where Polish puts them
    ("negocjacje amerykańsko-irańskie", "szczyt polsko-czesko-słowacki"): every adjective of the chain is a
    side; names after the noun are a format (format_chain), not this."""
    chain = _adjectives_from(rec, f.match.end)
    if len(chain) < 2:
        return None
    return Group([m for g in chain[:-1] for m in g.mentions]), chain[-1]


def _chained_before(rec: SentenceRecord, g: Group) -> list[Group]:
    """``g`` and the single names joined to it by unspaced hyphens before it, in order."""
    toks = rec.tokens
    chain = [g]
    while True:
        k = chain[0].start
        if k < 2 or toks[k - 1].text not in PAIR_HYPHENS or toks[k - 1].start != toks[k - 2].end:
            return chain
        prev = next((h for h in rec.groups if h.end == k - 1 and len(h.mentions) == 1), None)
        if prev is None:
            return chain
        chain.insert(0, prev)


def format_chain(tb: Tables, rec: SentenceRecord, f: FrameResult) -> Group | None:
    """Names joined by hyphens into a format right after a meeting or deal noun ("rozmowy w formacie
    Turcja–USA–Ukraina", "a meeting in the Chile-Peru-Bolivia format", "Gespräche im
    Deutschland-Frankreich-Polen-Format"): all of them are its sides. Three words at most between the
    noun and the chain, none of them a name."""
    if f.relation not in SYMMETRIC:
        return None
    toks = rec.tokens
    k = f.match.end
    first = next((g for g in rec.groups if k <= g.start <= k + 3 and len(g.mentions) == 1), None)
    if first is None or any(not toks[j].is_word or toks[j].text[:1].isupper() for j in range(k, first.start)):
        return None
    chain = [first]
    while True:
        e = chain[-1].end
        if e + 1 >= len(toks) or toks[e].text not in PAIR_HYPHENS or toks[e].start != toks[e - 1].end:
            break
        nxt = next((h for h in rec.groups if h.start == e + 1 and len(h.mentions) == 1), None)
        if nxt is None:
            break
        chain.append(nxt)
    after = chain[-1].end + (chain[-1].end < len(toks) and toks[chain[-1].end].text in PAIR_HYPHENS)
    named = [toks[j].low for j in range(k, first.start)] + ([toks[after].low] if after < len(toks) else [])
    if len(chain) < 3 or not set(named) & tb.markers["format"]:  # "w formacie", "im …-Format"
        return None  # "talks on the Israel-Hamas-Hezbollah front": a topic, not a format
    return Group([m for g in chain for m in g.mentions])


def compound_agent(rec: SentenceRecord, f: FrameResult) -> Group | None:
    """The name a participle trigger is hyphenated to ("Iran-backed", "Kremlin-sponsored"); of a coordinated
    group only its last name: in "between Israel and Hamas-ally Hezbollah" Hamas is the ally, not Israel."""
    k = f.match.start
    if not hyphened(rec.tokens, k) or not rec.tokens[k].text[:1].islower():
        return None
    g = next((g for g in rec.groups if g.end == k - 1), None)
    return Group(g.mentions[-1:]) if g is not None else None


def format_roles(tb: Tables, rec: SentenceRecord, f: FrameResult) -> bool:
    """Set the sides of a meeting or deal held in a format of hyphened names ("rozmowy w formacie
    Turcja–USA–Ukraina"); whether there was one."""
    chain = format_chain(tb, rec, f)
    if chain is None:
        return False
    f.subject, f.object, f.how = Group(chain.mentions[:-1]), Group(chain.mentions[-1:]), ["format-chain"]
    return True
