"""Acts judged or punished: a verb whose object is another relation's act takes that act's agent.

Condemning an act blames whoever does it, not the one it befalls ("Kanada potępiła zajęcie Krymu przez
Rosję", "condemned the recognition of Palestine by Ireland"); a measure taken for an act falls on its agent
("nałożyła sankcje za ataki Rosji na Ukrainę", "imposed sanctions over Iran's strikes on Israel"). Both read
the act from a trigger noun whose own frame found its agent, then hand that agent to the judging frame
unless it is the judge itself. The lexicon's ``punished_for`` lists the words that open a measure's reason.
"""

from __future__ import annotations

from kg.engine.noun_modifiers import act_modifiers
from kg.engine.record import FrameResult, Group, SentenceRecord
from kg.engine.syntax import after, noun_agents
from kg.engine.tables import Tables
from kg.engine.verb_final import act_before_verb

#: Relations whose verb may take an act of another relation as its object ("condemned the annexation").
JUDGING = ("accuses",)
#: Acts whose agent is the one judged: condemning a recognition, an aid or a weapons delivery blames the one who
#: gives it, not the one it goes to.
JUDGED = ("attacks", "sanctions", "threatens", "deploysTroopsTo", "suppliesWeaponsTo", "supports", "providesAidTo")
#: Acts whose agent a measure taken "for" them punishes: a state's own hostile acts. Not arms sales or support,
#: whose sanctions fall on the firms and persons involved (ANNOTATION rule 10: "Beijing imposed sanctions in
#: response to US arms sales to Taiwan" sanctions defence firms, not the United States).
PUNISHED = ("attacks", "deploysTroopsTo", "threatens")


def judged_agents(tb: Tables, rec: SentenceRecord) -> None:
    """Give every judging verb and every measure with a reason phrase the agent of the act they take."""
    event_agents(tb, rec)
    punished_agents(tb, rec)
    threatened_for(tb, rec)


def _acts(rec: SentenceRecord, f: FrameResult, relations: tuple[str, ...], lo: int, hi: int):
    """Trigger nouns of ``relations`` from token ``lo`` to ``hi`` (inclusive) whose frame found its agent, in order."""
    return (g for g in rec.frames if g is not f and g.failure is None and g.is_noun and g.subject is not None
            and g.relation in relations and lo <= g.match.start <= hi)


def _blame(tb: Tables, f: FrameResult, agent: Group | None, how: str) -> None:
    """Make ``agent`` the frame's object, unless it names no one but the judge itself."""
    gaz = tb.gazetteer
    if agent is None or {gaz[a].code for a in agent.actors} <= {gaz[a].code for a in f.subject.actors}:
        return
    f.object = agent
    f.how.append(how)


def event_agents(tb: Tables, rec: SentenceRecord) -> None:
    """An accusation whose object is a hostile act named right after the verb judges the act's agent:
    "Kanada potępiła zajęcie Krymu przez Rosję", "Litwa potępiła naruszenie jej przestrzeni przez
    Białoruś" (not the act's victim, whatever actor stands nearer)."""
    for f in rec.frames:
        if f.failure is not None or f.relation not in JUDGING or f.is_noun or f.subject is None:
            continue
        k = f.match.end
        if k < len(rec.tokens) and rec.tokens[k].low in tb.object_markers[f.index] - {""} and k + 1 < len(rec.tokens):
            k += 1  # "zareagowała na prowokację Rosji"
        while k < len(rec.tokens) and rec.morphs and rec.morphs[k].is_("ADJ", "DET", "ADV") and not any(
                m.start <= k < m.end for m in rec.mentions):
            k += 1  # "potępiła brutalną aneksję"
        act = next((g for g in _acts(rec, f, JUDGED, k, k) if g.subject is not f.subject), None)
        if act is None:  # "condemned Thursday's drone incursion by Russia": the act noun ends its phrase
            act = next((g for g in _acts(rec, f, JUDGED, k + 1, k + 5) if g.subject is not f.subject
                        and act_modifiers(tb, rec, k, g.match.start, g.subject)), None)
        if act is None and f.object is not None:
            # "Działania militarne Rosji przeciwko Ukrainie potępił minister": the object taken is the victim
            # of a hostile act named by a noun (here fronted); the accused is that act's agent
            act = next((g for g in _acts(rec, f, JUDGED, 0, len(rec.tokens))
                        if g.object is f.object and g.subject is not f.subject), None)
        if act is None and f.object is None:  # the verb closes its clause: the act noun stands before it
            act = act_before_verb(tb, rec, f, JUDGED)
        agent = act.subject if act is not None else judged_noun_agent(tb, rec, f, k)
        if agent is None and f.object is not None and (_victim_only(tb, rec, f, k) or _harmed_only(tb, rec, f, k)):
            f.object = None  # "condemned the invasion of Ukraine", "potępiła okupację Krymu": the one the act
            f.how.append("victim-only")  # befell is not the one blamed, and the text names no agent
            continue
        _blame(tb, f, agent, "act-agent")


def _victim_only(tb: Tables, rec: SentenceRecord, f: FrameResult, k: int) -> bool:
    """Whether the judging verb's object is only the victim of a hostile act the noun at ``k`` names, a noun
    whose own frame found that victim and no agent: the object was taken from inside the act's phrase."""
    return _befallen(tb, rec, f, JUDGED, k, k, agentless=True) is not None


def _harmed_only(tb: Tables, rec: SentenceRecord, f: FrameResult, k: int) -> bool:
    """Whether the judging verb's object stands in the phrase of a noun of harm right after the verb (lexicon
    ``harm_nouns``: "condemned the assassination of a Hamas leader", "potępiła śmierć palestyńskich cywilów"):
    only articles, adjectives and the genitive's preposition between the noun and the object."""
    cm = next((cm for cm in rec.cues.get("harm_nouns", ()) if cm.start == k), None)
    if cm is None or not cm.end <= f.object.start <= cm.end + 3:
        return False
    return all(rec.tokens[j].low in tb.markers["genitive_marker"] | tb.markers["determiners"]
               or rec.morphs and rec.morphs[j].only("ADJ", "DET") for j in range(cm.end, f.object.start))


def judged_noun_agent(tb: Tables, rec: SentenceRecord, f: FrameResult, k: int) -> Group | None:
    """The agent a judged noun names after it when no trigger names the act: "potępiła zajęcie rosyjskich
    aktywów przez Unię", "condemned the seizure of the tanker by Iran", "die Festnahme des Journalisten durch
    Russland": within a few words of the noun, no verb, participle or punctuation between, and the object
    taken, if any, stands inside that phrase (the thing the act befell)."""
    toks = rec.tokens
    markers = noun_agents(tb)
    if not markers or k >= f.clause[1] or not rec.morphs or not rec.morphs[k].is_("NOUN") or any(
            m.start <= k < m.end for m in rec.mentions):
        return None
    g = after(tb, rec, k + 1, min(f.clause[1], k + 9), markers)
    if g is None or f.object is not None and not k < f.object.start < g.start:
        return None
    if any(not toks[j].is_word or "ppas" in rec.morphs[j].feats
           or rec.morphs[j].feats & {"fin", "past"} and not rec.morphs[j].is_("NOUN", "ADJ")
           for j in range(k + 1, g.start)):
        return None
    return g


def punished_agents(tb: Tables, rec: SentenceRecord) -> None:
    """Give a sanction with no target of its own before its reason phrase the agent of the act it punishes."""
    reasons = rec.cues.get("punished_for", ())
    for f in rec.frames:
        if f.failure is not None or f.relation != "sanctions" or f.subject is None:
            continue
        hi = f.clause[1]
        marker = next((cm for cm in reasons if f.match.end <= cm.start < min(hi, f.match.end + 4)), None)
        if marker is None or f.object is not None and f.object.start < marker.start:
            continue  # "sankcje na Rosję za ataki": the measure names its target
        act = next(_acts(rec, f, PUNISHED, marker.end, min(marker.end + 3, hi - 1)), None)
        if act is not None:
            _blame(tb, f, act.subject, "punished-act")


def threatened_for(tb: Tables, rec: SentenceRecord) -> None:
    """A threat with no one named as its target, made over an act ("drohte wegen des Abwurfs von Ballons durch
    Nordkorea mit Gegenmaßnahmen", "threatened retaliation over the shelling by Azerbaijan"), is aimed at the
    act's agent: a hostile act's noun whose frame found its agent, else a noun whose agent follows it after
    "durch"/"by", in the reason phrase the lexicon's ``punished_for`` opens inside the clause."""
    reasons = rec.cues.get("punished_for", ())
    markers = noun_agents(tb)
    for f in rec.frames:
        if f.failure is not None or f.relation != "threatens" or f.subject is None:
            continue
        lo, hi = f.clause
        for cm in reasons:
            if not (lo <= cm.start < hi and cm.end < hi and (f.subject.end <= cm.start or f.match.end <= cm.start)):
                continue
            if f.object is not None and _befallen(tb, rec, f, PUNISHED, cm.end, min(cm.end + 3, hi - 1)) is None:
                break  # the threat names its target ("threatened Israel over …")
            act = next(_acts(rec, f, PUNISHED, cm.end, min(cm.end + 3, hi - 1)), None)
            agent = act.subject if act is not None else None
            k = cm.end
            while agent is None and k < hi and rec.morphs and rec.morphs[k].is_("DET", "ADJ"):
                k += 1
            if agent is None and markers and k < hi and rec.morphs and rec.morphs[k].only("NOUN"):
                agent = after(tb, rec, k + 1, min(hi, k + 6), markers, first_only=False)
                if agent is not None and any(not rec.tokens[j].is_word for j in range(k + 1, agent.start)):
                    agent = None
            if agent is None and f.object is not None:
                f.object = None  # "vowed revenge for the killing of its commander": the victim avenged is no
                f.how.append("victim-only")  # target, and the text names no one who killed him
            if agent is not None:
                _blame(tb, f, agent, "threatened-for")
            if agent is not None or f.object is None:
                break


def _befallen(tb: Tables, rec: SentenceRecord, f: FrameResult, relations: tuple[str, ...], lo: int, hi: int,
              agentless: bool = False) -> FrameResult | None:
    """The hostile act noun of ``relations`` named from token ``lo`` to ``hi`` whose own frame took the actors of
    ``f``'s object as the one it befalls ("condemned the invasion of X", "vowed revenge for the killing of X"): the
    object ``f`` found is that act's victim. ``agentless``: only an act whose frame found no agent."""
    gaz = tb.gazetteer
    mine = {gaz[a].code for a in f.object.actors}
    return next((g for g in rec.frames if g is not f and g.is_noun and g.relation in relations
                 and g.object is not None and lo <= g.match.start <= hi and not (agentless and g.subject is not None)
                 and {gaz[a].code for a in g.object.actors} == mine), None)
