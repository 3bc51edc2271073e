"""The phrases that name a pair or a set of parties again: "the two countries", "both leaders",
"obaj mężczyźni", "the three nations", "the leaders". Which actors they mean is worked out from this
sentence first, then from the article's discourse (its last parties, persons and most named actors)."""

from __future__ import annotations

from kg.engine.record import Discourse, SentenceRecord
from kg.engine.state_kinds import fits, required
from kg.engine.tables import Tables
from kg.phrases import Match


def distinct_recent(ids: list[str], n: int) -> list[str]:
    """The last ``n`` distinct ids, in their original order."""
    out: list[str] = []
    for a in reversed(ids):
        if a not in out:
            out.append(a)
        if len(out) == n:
            break
    return list(reversed(out))


def pair(tb: Tables, rec: SentenceRecord, disc: Discourse, cm: Match) -> tuple[tuple[str, ...], str]:
    """'oba kraje', 'the two countries': the two actors just named, else the article's main pair."""
    gaz = tb.gazetteer
    # "Qatar said that both countries accepted a truce": whoever reports it is not one of the pair (when the
    # pair opens the reported clause)
    said = cm.start > 0 and rec.tokens[cm.start - 1].low in tb.markers["complementizer"]
    # "The EU is mediating between the two sides": the mediators named before it are not the pair either
    mediated = any(tm.end <= cm.start and tb.triggers[tm.payload].mediation for tm in rec.triggers)
    out = [m for m in rec.mentions if m.start >= cm.start] if said or mediated else rec.mentions
    here_list = distinct_recent([tb.top(a) for m in out if m.end <= cm.start and not m.resolved
                                 and not gathering_venue(tb, rec, m.start)
                                 for a in m.actors if gaz[a].type != "Place"], 3)
    if len(here_list) == 2:  # "Kim met Shoigu, and the two countries signed …"
        return tuple(here_list), "the two actors named before in this sentence"
    joined = coordinated_pair(tb, out, rec, cm.start) if len(here_list) > 2 else ()
    if joined:  # "troops from Mali and Burkina Faso … Niger …, days after hosting an official delegation from the two
        # countries"
        return joined, "the two actors named together before in this sentence"
    met = met_persons(tb, rec, disc, cm)
    if met:  # "Tamim phoned bin Salman, in coordination with Trump. In the call, the two leaders …": who met
        return met, "the two persons of the last meeting, named lately"
    persons = person_pair(tb, rec, disc, cm)
    if persons:  # "Blinken warned Wang … after the meeting of both men": the last two persons named
        return persons, "the last two persons named, of two states"
    met = _met_states(tb, rec, disc, cm)
    if met:  # "Poland's farm minister met his Ukrainian counterpart … Both ministers signed": no names the data knows
        return met, "the two sides of the article's last meeting"
    here = {tb.top(a) for m in out if m.end <= cm.start for a in m.actors}
    if not here and any(t.low in tb.markers["state_nouns"] for t in rec.tokens[cm.start:cm.end]):
        # "Egypt and Qatar mediated talks between Hamas and Israel. Both countries …": the list of two states
        two = next((ls for ls in disc.last_lists if len(ls) == 2 and all(gaz[a].type == "State" for a in ls)), None)
        if two is not None:
            return tuple(two), "the two states named together in the previous sentence"
    if not here and len(disc.last_pair) == 2:
        # "Porozumienie między oboma krajami zawarto w Departamencie Stanu. Umowę podpisali szefowie dyplomacji obu
        # krajów": the pair the sentence before named with such a phrase, not the venue it named besides
        return tuple(disc.last_pair), "the pair the previous sentence named with such a phrase"
    near = distinct_recent([a for a in disc.last_sentence if a not in here], 3)
    if len(near) == 2 and not here:  # the two actors of the sentence just before, more recent than any pair
        return tuple(near), "the two actors of the previous sentence"
    sides = _sides(tb, rec, disc, cm, near)
    if sides[0]:
        return sides
    if len(disc.parties) == 2 and (not here or here <= set(disc.parties)):
        return tuple(disc.parties), "the last two actors named together"
    last = max((m.end for m in out if m.end <= cm.start), default=0)
    toks = rec.tokens
    apart = any(toks[k].text in (",", ";") for k in range(last, cm.start)) or any(
        last <= b.start < cm.start for b in rec.cues.get("clause_break", ()))  # "…, a współpraca obu krajów"
    if len(here) == 1 and near and apart:
        # "Rosyjskie władze dziękują Koreańczykom, a współpraca obu krajów": the one actor named in an
        # earlier clause here and the first of the sentence before (its subject), not two others; in the
        # same clause it is rather the pair's counterpart ("KCNA oskarżyła oba kraje"). (Clause breaks
        # are found after this stage: a comma or a clause-break word between them stands for one.)
        return (next(iter(here)), near[0]), "the actor named here and the first of the previous sentence"
    if len(near) == 2:  # the two actors just named
        return tuple(near), "the two actors of the previous sentence"
    counts = dict(disc.counts)
    for m in out:
        if m.end <= cm.start:
            for a in m.actors:
                counts[tb.top(a)] = counts.get(tb.top(a), 0) + 1
    if any(m.end <= cm.start and gathering_venue(tb, rec, m.start) for m in out):
        # "X's minister spoke after talks at the summit in Singapore, the first such meeting of the two countries'
        # ministers": one side named here besides the venue; the article's most named actors are no better a guess
        return (), "one side named here besides the venue of the gathering"
    return main_pair(tb, counts, disc.recent), "the article's two main actors"


def _sides(tb: Tables, rec: SentenceRecord, disc: Discourse, cm: Match,
           near: list[str]) -> tuple[tuple[str, ...], str]:
    """A pair phrase of sides ('both sides', 'the warring parties'; its noun in the lexicon's ``side_nouns``) names
    the two sides of a conflict or of talks, not any two actors named together: "Anwar facilitated the dialogue, and
    Washington and Beijing sent their representatives. … both sides accused each other" means the two at war. The
    two actors of the sentence before (an actor naming the sides here is not one: "Borrell called on both sides"),
    else the two parties of the article's last talks of two, else the two sides of its last attack; () when
    none."""
    if not any(t.low in tb.markers["side_nouns"] for t in rec.tokens[cm.start:cm.end]):
        return (), ""
    if len(near) == 2:
        return tuple(near), "the two actors of the previous sentence, not the one naming the sides"
    talks = next((ms for ms in reversed(disc.meetings) if len(ms) == 2), None)
    if talks is not None:  # (their host, if any, is a third: the last talks of two)
        return tuple(talks), "the two parties of the article's last talks"
    if disc.attacks and disc.attacks[-1][0] != disc.attacks[-1][1]:
        return tuple(disc.attacks[-1]), "the two sides of the article's last attack"
    return (), ""


def gathering_venue(tb: Tables, rec: SentenceRecord, k: int) -> bool:
    """Whether the name at token ``k`` only places a summit: "after talks at the summit in Singapore, the first
    such meeting of both", "po szczycie w Singapurze", "beim Gipfel in Singapur" (the summit word
    right before its locative preposition)."""
    toks = rec.tokens
    j = k - 1
    while j >= 0 and rec.morphs and rec.morphs[j].only("DET"):
        j -= 1
    if j < 1 or toks[j].low not in tb.markers["locative"] | tb.markers["within"]:
        return False
    # (a summit's only: "talks in Beijing" most often have their host for a side)
    return any(cm.start <= j - 1 < cm.end for cm in rec.cues.get("summit", ()))


def coordinated_pair(tb: Tables, mentions: list, rec: SentenceRecord, k: int) -> tuple[str, ...]:
    """The last two actors named before token ``k`` joined by a coordination word alone ("Mali and Burkina
    Faso", "Polski i Litwy"), of two different states or groups; () when there is none."""
    gaz = tb.gazetteer
    named = [m for m in mentions if m.end <= k and not m.resolved]
    # "wojnach w Libii i Sudanie, gdzie popierają przeciwne strony konfliktu": the sides of a conflict are not
    # the places it is fought in
    sides = k < len(rec.tokens) and rec.tokens[k].low in tb.markers["agent_side"]
    for m1, m2 in reversed(list(zip(named, named[1:], strict=False))):
        if sides and m1.start > 0 and rec.tokens[m1.start - 1].low in tb.markers["locative"]:
            continue
        between = rec.tokens[m1.end:m2.start]
        tops = [tb.top(a) for a in (*m1.actors, *m2.actors)]
        if len(between) == 1 and between[0].low in tb.markers["coordination"] and between[0].text != "," \
                and len(m1.actors) == len(m2.actors) == 1 and len(set(tops)) == 2 \
                and all(gaz[a].type != "Place" for a in tops):
            return tuple(tops)
    return ()


def _of_persons(tb: Tables, rec: SentenceRecord, cm: Match) -> bool:
    """Whether the pair phrase's noun is one of persons (the lexicon's ``pair_persons``: "leaders", "ministrowie")."""
    nouns = tb.markers["pair_persons"]
    return any(t.low in nouns or t.norm in nouns for t in rec.tokens[cm.start:cm.end])


def _met_states(tb: Tables, rec: SentenceRecord, disc: Discourse, cm: Match) -> tuple[str, ...]:
    """A pair phrase of persons ('obaj ministrowie', 'the two leaders') when the article named no two persons the
    data knows ("the Polish minister met his Ukrainian counterpart"): the two sides of its last meeting, when
    this sentence names no actor before the phrase."""
    if not _of_persons(tb, rec, cm):
        return ()
    gaz = tb.gazetteer
    if any(m.end <= cm.start and not m.resolved for m in rec.mentions):
        return ()
    sides = distinct_recent([tb.top(a) for a in disc.meeting if a in gaz], 2)
    return tuple(sides) if len(sides) == 2 and all(gaz[a].type == "State" for a in sides) else ()


def person_pair(tb: Tables, rec: SentenceRecord, disc: Discourse, cm: Match) -> tuple[str, ...]:
    """'obaj mężczyźni', 'both leaders', 'beide Politiker' (a pair phrase whose noun is in the lexicon's
    ``pair_persons``): the last two persons named — in this sentence, else before — acting for two
    different states."""
    if not _of_persons(tb, rec, cm):
        return ()
    gaz = tb.gazetteer
    here = [a for m in rec.mentions if m.end <= cm.start and not m.resolved for a in m.actors
            if a in gaz and gaz[a].type == "Person"]
    found: list[str] = []
    for p in reversed(disc.persons + here):
        if p in gaz and p not in found and gaz[p].code not in {gaz[q].code for q in found} and _office(tb, rec, cm, p):
            found.append(p)
        if len(found) == 2:
            return tuple(reversed(found))
    return ()


def _office(tb: Tables, rec: SentenceRecord, cm: Match, p: str) -> bool:
    """Whether person ``p`` may be one of the pair phrase's: "both presidents" are heads of state, not the
    secretary of state who met each (a person of unknown office may be)."""
    nouns, pos = tb.markers["pair_presidents"], tb.gazetteer[p].position
    return not pos or pos == "head_of_state" or not any(t.low in nouns for t in rec.tokens[cm.start:cm.end])


def met_persons(tb: Tables, rec: SentenceRecord, disc: Discourse, cm: Match) -> tuple[str, ...]:
    """A pair phrase of persons ('both leaders', 'obaj przywódcy'): the two persons of the last meeting told,
    told in the sentence just before and they are among the last four persons named — the two who met, not
    a third person named beside their meeting ("on the basis of coordination with Trump"). () otherwise (not
    "Xi met Putin. … Blinken warned Wang. After the meeting of both men …": a meeting told earlier)."""
    if disc.meeting_age != 0 or not _of_persons(tb, rec, cm):
        return ()
    gaz = tb.gazetteer
    persons = disc.persons + [a for m in rec.mentions if m.end <= cm.start and not m.resolved for a in m.actors
                              if a in gaz and gaz[a].type == "Person"]
    codes = [gaz[a].code for a in disc.meeting if a in gaz]
    if len(set(codes)) != 2:
        return ()
    recent: list[str] = []
    for p in reversed(persons):
        if p in gaz and p not in recent:
            recent.append(p)
    recent = recent[:4]
    found = [next((p for p in recent if gaz[p].code == code and _office(tb, rec, cm, p)), None) for code in codes]
    return tuple(p for p in found if p is not None) if all(found) else ()


def parties(tb: Tables, rec: SentenceRecord, disc: Discourse, cm: Match) -> tuple[tuple[str, ...], str]:
    """'the leaders', 'przywódcy trzech krajów': the parties just named together, as many as the
    phrase says — a coordinated group earlier in this sentence, else the article's last such set."""
    count = next((tb.numbers[t.norm] for t in rec.tokens[cm.start:cm.end] if t.norm in tb.numbers), None)
    gaz = tb.gazetteer
    need = required(tb, rec, cm)
    if need:
        return _described_parties(tb, rec, disc, cm, need, count)
    here = []
    for g in rec.groups:
        if g.end <= cm.start:
            tops = distinct_recent([tb.top(a) for a in g.actors if gaz[a].type != "Place"], 99)
            if len(tops) >= 2 and (count is None or len(tops) == count):
                here = tops
    if here:
        return tuple(here), "the actors named together before in this sentence"
    if any(t.low in tb.markers["listed_determiners"] for t in rec.tokens[cm.start:cm.end]):
        # "those countries", "these states", "kraje te": the last list named, whatever its role in its sentence
        # a phrase of states ("these nations") takes the last list of states only: not "NATO and Russia" after
        # "said that Norway and the Nordic countries would pay first in a war of NATO and Russia"
        states = [ls for ls in disc.last_lists if len(ls) >= 2 and all(gaz[a].type == "State" for a in ls)]
        if states and not all(gaz[a].type == "State" for a in disc.listed) \
                and (count is None or len(states[-1]) == count):
            return tuple(states[-1]), "the last states named in a list"
        if len(disc.listed) >= 2 and (count is None or len(disc.listed) == count):
            return tuple(disc.listed), "the last actors named in a list"
    if len(disc.parties) >= 2 and (count is None or len(disc.parties) == count):
        # "Lula hosted the presidents of Chile and Peru. The leaders thanked Lula": not one named after it
        later = {tb.top(a) for m in rec.mentions if m.start >= cm.end and not m.resolved for a in m.actors}
        rest = [a for a in disc.parties if tb.top(a) not in later]
        if count is None and 2 <= len(rest) < len(disc.parties):
            return tuple(rest), "the last actors named together, but for the one named after it"
        return tuple(disc.parties), "the last actors named together"
    if count is not None:
        # "the three nations" after a pair was named: the last set of that many named together
        found = next((ps for ps in reversed(disc.party_sets) if len(ps) == count), None)
        if found:
            return tuple(found), f"the last {count} actors named together"
        found = next((ls for ls in reversed(disc.lists_seen) if len(ls) == count), None)
        if found:  # "the governments of Mali, Niger and Burkina Faso … the three nations": a list in any role
            return tuple(found), f"the last {count} actors named in a list"
        recent = distinct_recent([a for a in disc.recent if gaz[a].type == "State"], count)
        if len(recent) == count:
            return tuple(recent), f"the last {count} states named"
    return (), ""


def _described_parties(tb: Tables, rec: SentenceRecord, disc: Discourse, cm: Match, need: frozenset[str],
                       count: int | None) -> tuple[tuple[str, ...], str]:
    """'the European powers', 'the Gulf states': the last set of states named together of which every one is of
    the kind the phrase names (kg.engine.state_kinds), as many as it says; none if no such set was named."""
    gaz = tb.gazetteer
    here = [[tb.top(a) for a in g.actors] for g in rec.groups if g.end <= cm.start]
    for ps in (*reversed(here), disc.parties, *reversed(disc.last_lists), *reversed(disc.party_sets)):
        tops = distinct_recent([tb.top(a) for a in ps], 99)
        if len(tops) >= 2 and (count is None or len(tops) == count) \
                and all(gaz[a].type == "State" and fits(tb, a, need) for a in tops):
            return tuple(tops), "the last states of the kind it names, named together"
    return (), "no states of the kind it names named together"


def main_pair(tb: Tables, counts: dict[str, int], recent: list[str]) -> tuple[str, ...]:
    """The two actors an article is about so far: most mentioned, then most recent; states first."""
    gaz = tb.gazetteer
    order = {a: i for i, a in enumerate(recent)}
    ranked = sorted(counts, key=lambda a: (-counts[a], -order.get(a, len(recent))))
    states = [a for a in ranked if gaz[a].type == "State"]  # "oba państwa": states first
    others = [a for a in ranked if gaz[a].type not in ("State", "Place")]
    pair = (states + others)[:2]
    return tuple(pair) if len(pair) == 2 else ()
