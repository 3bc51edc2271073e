"""Groups: coordinated mentions that share a role ("the US, South Korea and Japan").

Mentions join the group before them when only coordination words and
determiners stand between ("do Polski i do Litwy" too), or when they name the
same actor right after it (apposition). Not across a possessive ("Russia's
and …") nor a speaker after a comma ("…, Seoul says"). So do the genitives of two
coordinated offices in the same case ("z prezydentem Finlandii i szefem MSZ
Szwecji"), in a language with cases. Members listed after an
organization ("państw NATO, w tym Łotwy i Estonii") take its place: the
organization's mention keeps its position and case but names the members.
A possessor right before another actor ("Afghanistan's Taliban") is in no group: the
actor it owns takes the role, its phrase starting at the owner.
"""

from __future__ import annotations

from dataclasses import replace

from kg.engine.clauses import determiner_breaks, fronted_subordinate_end, infinitive_opener, relative_opener
from kg.engine.fused_articles import case_clash
from kg.engine.gapping import opens_comparison, opens_gapped
from kg.engine.list_ends import (
    and_then_clause,
    body_then_adjective,
    comma_then_clause,
    fronted_place,
    fronted_witness,
    opens_clause,
    postposed_same,
    relative_closed,
)
from kg.engine.office_lists import adjectives_before, office_state_then_person, offices_coordinated, title_before
from kg.engine.record import Discourse, Group, Mention, SentenceRecord
from kg.engine.source_phrases import source_mentions
from kg.engine.tables import Tables, derived, phrases_of
from kg.text import HYPHENS, Token


def groups(tb: Tables, rec: SentenceRecord, disc: Discourse) -> SentenceRecord:
    """Fold the sentence's mentions into coordinated groups."""
    toks = rec.tokens
    coordination = tb.markers["coordination"]
    prepositions = tb.markers["prepositions"]
    joiners = derived(tb, "joiners", lambda m: m["coordination"] | m["determiners"])
    speakers = {cm.start for cm in rec.cues.get("speech", ())}
    offices = {k for cm in rec.cues.get("role", ()) for k in range(cm.start, cm.end)}
    including = {(cm.start, cm.end) for cm in rec.cues.get("including", ())}
    clause: list = []  # the clause breaks and the end of a fronted clause, worked out when first needed

    def breaks_and_fronted() -> tuple[frozenset[int], int | None]:
        if not clause:
            clause.append(frozenset(k for k, t in enumerate(toks) if t.low in tb.markers["clause_break"])
                          - determiner_breaks(rec))
            clause.append(fronted_subordinate_end(tb, rec))  # "If Iran attacks Israel, the United States …": no list
        return clause[0], clause[1]

    out: list[Group] = []
    sources = {id(m) for m in source_mentions(tb, rec)}  # "nach südkoreanischen Angaben": who says it, no role
    ms = [m for m in rec.mentions if id(m) not in sources] if sources else rec.mentions
    # "Pakistan, Afghanistan's Taliban": a possessor right before another actor only says whose it is;
    # the actor it owns takes its place in the group
    owner_of = {id(ms[i + 1]): m for i, m in enumerate(ms[:-1]) if m.possessive and not ms[i + 1].compound and (
        ms[i + 1].start == m.end + 1 or _modifiers_only(rec, m.end + 1, ms[i + 1].start)  # not "Libya's UN-backed"
        or _qualified_tie(tb, rec, m, ms[i + 1].start))
        and not (i and _topic_modifier(tb, rec, ms[i + 1]) and ms[i - 1].end < m.start
                 and toks[ms[i - 1].end].low in tb.markers["coordination"])}
    owners = {id(m) for m in owner_of.values()}
    held: list[Group] = []  # names hyphenated to a participle ("Iran-backed"), in no list
    modifiers: set[int] = set()
    placed = _participle_places(tb, rec, ms)
    for m in ms:
        if id(m) in owners:
            continue
        if id(m) in placed:  # "między Turcją a działającą w Iraku PKK": the place only says where the next one acts
            held.append(Group([m]))
            modifiers.update(range(placed[id(m)], m.end))
            continue
        if id(m) in owner_of:  # the owned actor's phrase starts at its owner: "into Russia's Kursk region"
            m = replace(m, start=owner_of[id(m)].start)
        if out and m.compound and not out[-1].mentions[-1].compound:
            # "between Israel and the Iran-backed group": the name only qualifies the noun after it; the
            # list goes on past it ("Israel and Iran-backed Hezbollah")
            held.append(Group([m]))
            modifiers.update(range(m.start, m.end + 2))
            continue
        if out and _bracketed_remark(tb, rec, out[-1].mentions[-1], m):
            # "Kenya (an AU member) and Uganda": a remark in brackets after a listed actor; the actor it names
            # is in no group and takes no role, and the list goes on past the closing bracket
            modifiers.update(range(out[-1].mentions[-1].end, toks_close(toks, m.end) + 1))
            continue
        if out:
            prev = out[-1].mentions[-1]
            between = _phrases_as_one(tb, [t for k, t in enumerate(toks[prev.end:m.start], prev.end)
                                           if k not in modifiers])
            if between and between[0].text == "." and toks[prev.end - 1].low in tb.markers["abbreviations"]:
                between = between[1:]  # "prezydent Korei Płd. Jun Suk Jeol": the abbreviation's full stop
            between = [t for j, t in enumerate(between)  # "Russland bzw. Belarus": a joiner's own full stop
                       if not (t.text == "." and j and between[j - 1].low in tb.markers["abbreviations"])]
            if len(between) >= 3 and between[0].text in HYPHENS and between[0].start == toks[prev.end - 1].end \
                    and any(b.start == prev.end + 1 for b in rec.cues.get("body", ())):
                between = between[2:]  # "M23-Kämpfer und ruandische Truppen": the name's own body noun
            opened = [t.text for t in between] == ["("] and {tb.top(a) for a in m.actors} < {
                tb.top(a) for a in out[-1].actors}  # members, not an abbreviation: "Organizacja … (NATO)"
            if [t.text for t in between] == ["("] and m.end + 1 < len(toks) and toks[m.end].text == ")" \
                    and all(t.text.isupper() for t in toks[m.start:m.end]) \
                    and toks[m.end + 1].is_word and toks[m.end + 1].low in coordination \
                    and not _phrase_after(tb, rec, m.end + 2) and {
                    tb.top(a) for a in m.actors} == {tb.top(a) for a in prev.actors}:
                # "die Vereinigten Arabischen Emirate (VAE) und Ägypten": the name's abbreviation in brackets is
                # the same mention again, and the list goes on past the closing bracket (an abbreviation only: a
                # state in brackets after a person, "Baiba Braze (Lettland) und …", glosses a list of its own)
                out[-1].mentions.append(m)
                continue
            if opened or len(between) == 2 and between[0].text == ")" and between[1].text != "," \
                    and between[1].low in coordination and any(t.text == "(" for t in toks[out[-1].start:prev.end]):
                # "The E3 (Germany, France and Britain) and China": the names in brackets list the group's
                # members, and the list goes on past the closing bracket
                between = between[1:]
                if opened:
                    out[-1].mentions.append(m)
                    continue
            if between and between[0].text == "(" and [t.text for t in between].count("(") == 1:
                close = next(k for k in range(prev.end, m.start) if toks[k].text in ")(" and k > prev.end
                             or k == m.start - 1)
                rest = toks[close + 1:m.start]
                if toks[close].text == ")" and rest and all(t.text == "," or t.low in coordination for t in rest) \
                        and sum(t.low in coordination for t in rest) <= 1 and m.kind == "names" \
                        and any(t.is_word and t.text[:1].islower() for t in toks[prev.end + 1:close]):
                    # "Haftara wspiera Rosja (która zaprzecza …), Egipt i Francja": a remark in brackets inside a
                    # list; the list goes on past the closing bracket
                    out[-1].mentions.append(m)
                    continue
            if not between and len(out[-1].mentions) == 1 and prev.kind == "names" and not prev.possessive \
                    and set(m.actors) < set(prev.actors):
                # "die baltischen Staaten Estland und Lettland": the names right after a set of states are the
                # ones meant, not the whole set
                out[-1] = Group([replace(m, start=prev.start)])
                continue
            if _members(tb, out[-1], m, including, between):
                out[-1] = Group([replace(prev, actors=m.actors, via="its members named after it"), m])
                continue
            named = 0
            while named < len(between) and rec.morphs and between[named].text[:1].isupper() and \
                    rec.morphs[prev.end + named].only("PROPN"):
                named += 1  # "Irans Außenminister Abbas Araqchi sowie …": the name the office is followed by
            if named and any(t.low in coordination for t in between[named:]):
                between = between[named:]
            titled = title_before(tb, rec, offices, prev.end, m) or adjectives_before(tb, rec, prev.end, m.start)
            if titled and any(t.low in coordination for t in between[:-titled]):
                between = between[:-titled]  # "Scholz, Kremlchef Wladimir Putin und …": the next one's office;
                # "the army and the paramilitary RSF": its adjectives

            if office_state_then_person(tb, rec, out, m, between):
                held.append(out.pop())  # "President Macron of France and Chancellor Scholz of Germany met": the
                out[-1].mentions.append(m)  # state only says whose office; the persons make the list
                continue

            def said(prev: Mention = prev, m: Mention = m, between: list = between) -> bool:
                """Whether a new clause starts between the two (asked only when they could be coordinated)."""
                breaks, fronted = breaks_and_fronted()
                opens = any(t.text == "," for t in between) and any(  # "…, Seoul says", "…, UN experts said"
                    m.end + j in speakers and all(t.is_word and t.text[:1].islower() for t in toks[m.end:m.end + j])
                    for j in range(3))
                opens = opens or fronted is not None and prev.end <= fronted < m.start
                opens = opens or any(relative_opener(tb, rec, k, breaks) is not None  # "Russland, das die Ukraine …"
                                     or tb.settings.get("verb_second") and infinitive_opener(tb, rec, k, breaks)
                                     for k in range(prev.end, m.start))  # "wirft Moskau vor, Polen angegriffen zu …"
                opens = opens or fronted_place(tb, rec, out, m, between) or opens_clause(tb, rec, m, between)
                opens = opens or fronted_witness(rec, out, between) or opens_gapped(tb, rec, m, between)
                opens = opens or opens_comparison(tb, rec, out[-1].start, m)  # "…, podobnie jak Meksyk"
                opens = opens or comma_then_clause(tb, rec, out[-1], m, between) \
                    or body_then_adjective(prev, m, between) or and_then_clause(tb, rec, prev, m, between)
                opens = opens or relative_closed(tb, rec, out[-1], between)
                opens = opens or postposed_same(tb, rec, out[-1], m, between)  # "…, wie auch Russland."
                # "…, której wojska": the relative pronoun's body opens a clause of its own
                return bool(opens or m.start > 0 and toks[m.start - 1].low in tb.markers["relative_possessive"])

            apposition = not between and {tb.top(a) for a in prev.actors} == {tb.top(a) for a in m.actors} \
                and not _scene_then_person(tb, rec, prev, m)
            if not between and prev.kind == "body" and not prev.resolved and m.kind == "names" and len(m.actors) == 1 \
                    and tb.gazetteer[m.actors[0]].type == "Person" and not apposition \
                    and {tb.gazetteer[a].code for a in m.actors} != {tb.gazetteer[a].code for a in prev.actors} \
                    and (m.end - m.start >= 2 or tb.gazetteer[tb.top(m.actors[0])].type == "ArmedGroup") \
                    and not _scene_then_person(tb, rec, prev, m):
                # "Premier Holandii Mark Rutte": the office the text gives a person named in full is the one
                # the person acts in, whatever the person holds now (not "empfing der Präsident Odongo": a
                # surname alone after an office is that office's object); a person who leads an armed group or
                # movement keeps it ("Libyens General X" for a warlord: his own force, not the state; by his surname
                # alone too: "dem abtrünnigen libyschen General Haftar")
                if tb.gazetteer[tb.top(m.actors[0])].type != "ArmedGroup":
                    out[-1].mentions.append(replace(m, actors=prev.actors, via="the office named before it"))
                else:
                    out[-1].mentions[-1] = replace(m, start=prev.start, via="the leader the office names")
                continue
            # "a Saudi-Emirati-led coalition": both lead what the chain's last name leads
            apposition = apposition or m.possessive and prev.kind == m.kind == "adjectives" and len(between) == 1 \
                and between[0].text in HYPHENS and between[0].start == toks[prev.end - 1].end \
                and toks[m.start].start == between[0].end
            first_and = next((j for j, t in enumerate(between) if t.low in coordination), len(between))
            # after a comma alone, only the list's own preposition again ("do Polski, do Litwy"), not another
            # ("with Washington, after Russia and Ukraine met"); after "and" any ("in Mali und im Niger")
            gov = _governing(tb, rec, out[-1].start) if all(t.text == "," for t in between[:-1]) else ""
            own = _governing(tb, rec, out[-1].start)
            repeated = first_and < len(between) and all(  # "do Polski i do Litwy"; not a verb's particle
                t.low in joiners or j > first_and and t.low in prepositions  # before it: "wirft X vor, die Y …"
                and (gov == "" or gov is not None and t.low.rstrip("e") == gov.rstrip("e"))
                # the list's own preposition again, contracted or not ("in Mali und im Niger", "an X und am Y");
                # not another one ("Gespräche zwischen Oslo und Bern sowie über die Fischerei": a topic)
                and (own is None or t.low[:1] == own[:1])
                for j, t in enumerate(between))
            owned = _owned_body(tb, rec, prev, m.start) if prev.possessive else 0
            if owned:  # "between Sudan's army and the RSF": the owner's body is the owner in the list
                between = between[owned:]
            coordinated = any(t.low in coordination for t in between)  # not "Russland die Ukraine"
            if len(between) >= 2 and between[0].text == "," and between[1].low in tb.markers["indefinite"] and not any(
                    t.low in coordination and t.text != "," for t in between):
                coordinated = False  # "Medvedev, a Putin ally, …": an apposition, no second item of a list
            # "the war against Ukraine and Moscow's attacks on Moldova": a possessor after "and" opens a phrase of
            # its own when the name before it is a preposition's object (not "Britain and France's support")
            coordinated = coordinated and not (m.possessive and not prev.possessive and out[-1].start > 0
                                               and toks[out[-1].start - 1].low in prepositions)
            if coordinated and case_clash(rec, out[-1].start, prev.end, m.start):
                coordinated = False
                if len(out) >= 2 and len(out[-1].mentions) == 1 and out[-2].mentions[-1].end == out[-1].start - 1 \
                        and all(t.low in joiners for t in between) and not said():
                    # "die Hamas im Gazastreifen und die Hisbollah": the place says where the first acts; the
                    # article after "und" goes on the list of the phrase before the place
                    held.append(out.pop())
                    out[-1].mentions.append(m)
                    continue
            if prev.kind == "object_pronoun" and between and all(t.low in tb.markers["auxiliaries"] for t in between):
                out.append(Group([m]))  # "wspiera go również Katar": the clitic is the object, the name after the
                continue  # adverb 'also' the verb's subject, not a second object coordinated with it
            if apposition or (between and coordinated and (all(t.low in joiners for t in between) or repeated
                                                           or offices_coordinated(tb, rec, out[-1], m))
                              and (not prev.possessive or owned) and not said()):
                if owned:
                    out[-1].mentions[-1] = replace(prev, possessive=False, via="the body it owns")
                out[-1].mentions.append(m)
                continue
        out.append(Group([m]))
    rec.groups = sorted(out + held, key=lambda g: g.mentions[0].start) if held else out
    rec.parties_before = list(disc.parties)  # read by pairs; only the discourse stage changes the discourse
    rec.talks_before = list(disc.talks)
    rec.affront_before = list(disc.affront)
    rec.dispute_before = list(disc.dispute)
    rec.meetings_before = [list(m) for m in disc.meetings]
    rec.attacks_before = list(disc.attacks)
    return rec


def toks_close(toks: list[Token], k: int) -> int:
    """The closing bracket at or after ``k``."""
    return next(j for j in range(k, len(toks)) if toks[j].text == ")")


def _bracketed_remark(tb: Tables, rec: SentenceRecord, prev: Mention, m: Mention) -> bool:
    """Whether ``m`` stands in a remark in brackets right after ``prev`` ("Kenya (an AU member) and …", "Kenya (a
    member of the AU), Uganda …"): lower-case words in it, no other bracket, and a comma or a coordination word
    after the closing bracket, with a name after that (the list goes on)."""
    toks = rec.tokens
    o = prev.end
    if o >= m.start or toks[o].text != "(" or any(t.text in "()" for t in toks[o + 1:m.start]):
        return False
    c = next((j for j in range(m.end, len(toks)) if toks[j].text in "()"), None)
    if c is None or toks[c].text != ")" or c + 2 >= len(toks) or any(t.text == "(" for t in toks[m.end:c]):
        return False
    after = toks[c + 1]
    return (after.text == "," or after.low in tb.markers["coordination"]) and any(
        t.is_word and t.text[:1].islower() and t.low not in tb.markers["coordination"] for t in toks[o + 1:c]) \
        and any(n.start in (c + 2, c + 3) for n in rec.mentions)


def _owned_body(tb: Tables, rec: SentenceRecord, prev: Mention, stop: int) -> int:
    """How many tokens after a possessive ("Sudan's army", "Iran's armed forces") are its clitic and a body
    noun it owns, when only coordination words and determiners follow them up to ``stop``; 0 otherwise."""
    toks = rec.tokens
    k = prev.end
    if k < len(toks) and toks[k].low in tb.markers["possessive_clitic"]:
        k += 1
    end = next((cm.end for cm in rec.cues.get("body", ()) if cm.start == k), None)
    if end is None or end > stop:
        return 0
    joiners = derived(tb, "joiners", lambda m: m["coordination"] | m["determiners"])
    rest = toks[end:stop]
    if not any(t.is_word and t.low in tb.markers["coordination"] for t in rest) \
            or not all(t.low in joiners for t in rest):  # not "According to Chile's foreign ministry, Peru …"
        return 0
    return end - prev.end


def _topic_modifier(tb: Tables, rec: SentenceRecord, m) -> bool:
    """A name right before a trigger noun, modifying it ("Cyprus talks", "Gaza truce"): after coordinated
    possessors ("Sánchez and Costa's Libya talks") it is what the possessors' act is about; they stay
    its parties."""
    return m.kind == "names" and bool(rec.morphs) and m.end < len(rec.morphs) and rec.morphs[m.end].is_("NOUN") \
        and any(t.start == m.end and t.end == m.end + 1 and tb.triggers[t.payload].relation == "meetsWith"
                for t in rec.triggers)  # a noun, not a verb phrase: "and Afghanistan's Taliban hold talks"


def _governing(tb: Tables, rec: SentenceRecord, k: int) -> str | None:
    """The preposition right before the phrase at ``k`` (past its articles), if any."""
    toks = rec.tokens
    k -= 1
    while k >= 0 and toks[k].low in tb.markers["determiners"]:
        k -= 1
    return toks[k].low if k >= 0 and toks[k].low in tb.markers["prepositions"] else None


def _phrases_as_one(tb: Tables, between: list[Token]) -> list[Token]:
    """The tokens between two names, a coordination phrase of several words as one token ("Chile, together
    with Peru", "Chile sowie gemeinsam mit Peru"), so that "together with" joins a list as "and" does."""
    phrases = phrases_of(tb, "coordination")
    if len(between) < 2 or not phrases:
        return between
    firsts = derived(tb, "coordination-firsts",
                     lambda m: frozenset(p.split()[0] for p in m["coordination"] if " " in p))
    out: list[Token] = []
    k = 0
    while k < len(between):
        words = next((w for w in phrases if tuple(t.low for t in between[k:k + len(w)]) == w), None) \
            if between[k].low in firsts else None  # (only a phrase's first word opens one)
        if words is None:
            out.append(between[k])
            k += 1
            continue
        last = between[k + len(words) - 1]
        out.append(replace(between[k], text=" ".join(words), end=last.end, low=" ".join(words)))
        k += len(words)
    return out


def _scene_then_person(tb: Tables, rec: SentenceRecord, prev: Mention, m: Mention) -> bool:
    """"will in Moskau Putin treffen", "hat in Kiew Selenskyj empfangen": a capital after a preposition is
    the scene, and the person right after it is the next phrase, not an apposition naming the same state;
    so is a body ("w Kiszyniowie prezydent Mołdawii ostrzegła"), and after a place of a state, a region or a
    city ("na Alasce prezydent USA Donald Trump spotkał się")."""
    gaz = tb.gazetteer
    scene = prev.kind == "metonyms" or prev.kind == "names" and bool(prev.actors) and all(
        a in gaz and gaz[a].type == "Place" for a in prev.actors)
    return scene and prev.start > 0 and rec.tokens[prev.start - 1].low in tb.markers["prepositions"] \
        and bool(m.actors) and (m.kind == "body" or all(a in gaz and gaz[a].type == "Person" for a in m.actors))


def _modifiers_only(rec: SentenceRecord, a: int, b: int) -> bool:
    """Whether tokens a..b are one or two lower-case adjectives or participles ("Yemen's armed Houthi
    group", "Afghanistan's ruling Taliban"): the possessor still only says whose the actor is."""
    bodies = {k for cm in rec.cues.get("body", ()) for k in range(cm.start, cm.end)}
    return 0 < b - a <= 2 and bool(rec.morphs) and all(
        t.is_word and t.text[:1].islower() and k not in bodies and k not in rec.trigger_tokens
        and (rec.morphs[k].is_("ADJ") or "ppas" in rec.morphs[k].feats) for k, t in enumerate(rec.tokens[a:b], a))


def _qualified_tie(tb: Tables, rec: SentenceRecord, m: Mention, b: int) -> bool:
    """Whether a possessive pronoun ``m`` stands before one or two lower-case adjectives and a noun of a tie that end
    at ``b`` ("its close allies Chile", "their staunchest partners Peru and …"): the pronoun only says whose allies
    the names are, as "its allies Chile"."""
    return m.kind == "possessor" and bool(rec.morphs) \
        and any(cm.end == b and cm.end - cm.start == 1 for cm in rec.cues.get("relation_nouns", ())) \
        and 0 < b - 1 - m.end <= 2 and all(t.is_word and t.text[:1].islower() and rec.morphs[k].is_("ADJ")
                                           for k, t in enumerate(rec.tokens[m.end:b - 1], m.end))


def _members(tb: Tables, g: Group, m: Mention, including: set[tuple[int, int]],
             between: list) -> bool:
    """Whether ``m`` starts the list of members of the organization group ``g`` ends with ("NATO, w tym Łotwy")."""
    prev = g.mentions[-1]
    if len(g.mentions) != 1 or prev.possessive or m.resolved or not between:
        return False
    k = prev.end + (1 if between[0].text == "," else 0)
    if (k, m.start) not in including:
        return False
    gaz = tb.gazetteer
    return all(gaz[a].type == "Organization" for a in prev.actors if a in gaz) and all(
        a in gaz and gaz[a].type != "Organization" for a in m.actors)


def _participle_places(tb: Tables, rec: SentenceRecord, ms: list[Mention]) -> dict[int, int]:
    """Places inside an active participle's phrase between a coordination word and the name it describes ("między
    Izraelem a działającym w Libanie Hezbollahem"): each such mention (by id) and where its participle starts. The
    list goes on past it to the name."""
    toks, morphs = rec.tokens, rec.morphs
    if not morphs or not tb.cases:
        return {}
    out: dict[int, int] = {}
    for i, m in enumerate(ms[:-1]):
        k = m.start - 2  # the participle, then the preposition of place
        if k < 1 or ms[i + 1].start != m.end or toks[m.start - 1].low not in tb.markers["within"]:
            continue
        if "pact" in morphs[k].feats and morphs[k].is_("ADJ") and toks[k - 1].low in tb.markers["coordination"]:
            out[id(m)] = k
    return out


def _phrase_after(tb: Tables, rec: SentenceRecord, k: int) -> bool:
    """Whether the words at ``k`` open a phrase of their own ("… (GNA) and its leader"): a possessive pronoun."""
    return any(cm.start == k for cm in rec.cues.get("possessive_pronoun", ()))
