"""The records the engine passes between its stages.

A ``SentenceRecord`` is everything the analysis of one sentence produces:
each stage reads the fields earlier stages filled and fills its own, so a
stage can be run, printed (``kg explain``) and tested on its own, and nothing
about a sentence is kept on a long-lived object. ``Discourse`` is what earlier
sentences of the same article established; it is passed explicitly and only
the discourse stage changes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.actors import Actor
from kg.engine.chunks import NP
from kg.engine.morphology import Morph
from kg.lexicon import Trigger
from kg.phrases import Match
from kg.records import Article, Claim, PlaceRef
from kg.text import Token

if TYPE_CHECKING:
    from kg.engine.dates import DateMention, Scene

#: Ids of the actors an article introduced itself start with this ("~sergei-ryabkov"): no data id does.
INTRODUCED = "~"

#: A frame's actor pair: subject id, object id, whether a role came from coreference.
Pair = tuple[str, str, bool]


@dataclass(slots=True)
class Mention:
    """One way the sentence names actors: a name, an adjective, a body, or a coreference phrase."""

    start: int  # token indices in the sentence
    end: int
    actors: tuple[str, ...]  # one actor, or several for "both countries" and collectives
    kind: str  # names, metonyms, demonyms, adjectives, body, pair, regime, bloc, group, pronoun, ...
    feats: frozenset[str] = frozenset()  # the cases the matched form can have (nom, gen, ...)
    possessive: bool = False  # followed by "'s"
    resolved: bool = False  # came from coreference, not from a name
    via: str = ""  # for explanation: how a coreference mention found its actors
    compound: bool = False  # hyphenated to a participle or noun ("Iran-backed"): a modifier, never a clause role


@dataclass(slots=True)
class Group:
    """Coordinated mentions that share a role: 'the US, South Korea and Japan'."""

    mentions: list[Mention]

    @property
    def start(self) -> int:
        return self.mentions[0].start

    @property
    def end(self) -> int:
        return self.mentions[-1].end

    @property
    def actors(self) -> list[str]:
        out: list[str] = []
        for m in self.mentions:
            for a in m.actors:
                if a not in out:
                    out.append(a)
        return out

    @property
    def resolved(self) -> bool:
        return any(m.resolved for m in self.mentions)


#: Why a trigger gave no claim; ``FrameResult.failure`` holds one of these keys.
FAILURES = {
    "in-attribution": "the trigger word is part of an attribution phrase",
    "in-name": "the trigger word is part of a name or a coreference phrase",
    "needs": "none of the trigger's 'needs' words is in the clause",
    "forbid": "a 'forbid' word of the trigger is near it",
    "auxiliary": "the trigger is an auxiliary forming a past participle's tense",
    "no-subject": "no subject found",
    "no-object": "no object found",
    "no-roles": "neither a subject nor an object found",
    "no-agent": "a participle used as an adjective, with no agent named",
    "no-parties": "the pair rule found no two distinct parties",
    "pairs-dropped": "every pair was dropped (a place as subject, or the same actor twice)",
    "private-agent": "the subject is a crowd named by its country's adjective (protesters, a mob): people who do "
                     "not act for their state",
    "abstract-target": "the object is only the owner of a plan, words or standing ('torpedoed the EU's plan'): "
                       "nothing struck",
    "defence": "the object is another side's attack (its agent named by an adjective or a genitive): the "
               "subject fights it off, a defender, not an attacker",
}


@dataclass(slots=True)
class FrameResult:
    """What one trigger match became: its clause, roles, pairs, modality and claims, or why it failed."""

    match: Match
    trigger: Trigger
    index: int  # the trigger's index in the lexicon (and in the compiled per-trigger tables)
    clause: tuple[int, int] = (0, 0)  # token span of the trigger's clause
    window_start: int = 0  # 'needs' are looked for from here: the clause before is included
    near: tuple[int, int] = (0, 0)  # token span where 'forbid' words are looked for (and, where negation follows
    # the verb, negation words: "Berlin schickt keine Soldaten", "Ungarn unterstützte den Vorschlag nicht")
    failure: str | None = None  # a key of FAILURES; None while (and when) the frame holds
    detail: str = ""  # the failure in words, for explanation
    is_noun: bool = False  # the trigger reads as a noun ("the invasion"), not a verb
    voice: str = "active"  # active | passive | adjectival | speaker
    subject: Group | None = None
    object: Group | None = None
    how: list[str] = field(default_factory=list)  # which rules found the roles (Claim.evidence)
    relative_at: int | None = None  # "the campaign that Israel launched": the relative pronoun
    pairs: list[tuple[str, str, bool]] = field(default_factory=list)  # subject, object, resolved
    modality: str | None = None  # asserted | negated | denied | hypothetical | demanded | question
    modality_by: str = ""  # the words that decided it, for explanation
    hedged: bool = False
    alleged_by: Group | None = None  # "X accused Y of arming Z": who alleges this frame's event
    alleged_text: str | None = None  # the accuser's words when they name no actor ("Western officials")
    status: str = "done"  # done | ongoing | pledged (kg.engine.status); orthogonal to modality
    status_by: str = ""  # the words that decided it, for explanation
    cameo: str | None = None  # the CAMEO code of its claims: the trigger's, or its intent code when pledged
    place: PlaceRef | None = None  # where the act happened, when the clause names a place (kg.engine.place)
    claims: list[Claim] = field(default_factory=list)
    date: DateMention | None = None  # when it happened, as the text says (kg.engine.dates)
    date_from: str = ""  # where that date was: clause, relative clause, sentence, paragraph
    #: the trigger's relation, copied once (the rules ask it of every frame, hundreds of thousands of times per
    #: hundred articles: a field, not a property)
    relation: str = field(init=False, repr=False, compare=False, default="")

    def __post_init__(self) -> None:
        self.relation = self.trigger.relation

    @property
    def rule(self) -> str:
        return self.trigger.rule

    @property
    def considered(self) -> bool:
        """Whether role finding ran for it: it is not inside an attribution or a name, and its
        'needs' and 'forbid' words allowed it."""
        return self.failure not in ("in-attribution", "in-name", "needs", "forbid")

    def fail(self, failure: str, detail: str = "") -> None:
        self.failure = failure
        self.detail = detail or FAILURES[failure]


@dataclass(slots=True)
class SentenceRecord:
    """Everything the analysis of one sentence produces, filled stage by stage (see pipeline.STAGES)."""

    article: Article
    lang: str
    index: int  # 1-based position of the sentence in the article
    start: int  # character offsets in the article text
    end: int
    text: str
    tokens: list[Token] = field(default_factory=list)
    morphs: list[Morph] = field(default_factory=list)  # per token: parts of speech and features
    cues: dict[str, list[Match]] = field(default_factory=dict)  # cue concept -> matches
    context: dict[tuple[str, int], list[tuple[int, int]]] = field(default_factory=dict)  # multi-word needs/forbid
    sources: list[Match] = field(default_factory=list)  # news agencies named in the sentence
    triggers: list[Match] = field(default_factory=list)  # relation triggers (longest of a relation kept)
    trigger_tokens: frozenset[int] = frozenset()
    mentions: list[Mention] = field(default_factory=list)
    #: tokens claimed by name mentions when the mentions stage ended: coreference phrases may not
    #: overlap them. Bodies grown from adjectives ("rosyjskie ... MSZ") are not in it.
    taken: list[bool] = field(default_factory=list)
    surnames: dict[str, str] = field(default_factory=dict)  # learned here: folded surname -> person
    names: dict[str, str] = field(default_factory=dict)  # learned here: name key -> person it introduced
    groups: list[Group] = field(default_factory=list)
    phrases: list[NP] = field(default_factory=list)  # base noun phrases with prepositions and attachments
    parties_before: list[str] = field(default_factory=list)  # the article's last parties named together
    talks_before: list[str] = field(default_factory=list)  # the parties of the article's last talks or deal
    affront_before: list[str] = field(default_factory=list)  # the agent and target of its last attack or sanction
    dispute_before: list[str] = field(default_factory=list)  # the two sides of its last accusation, threat or attack
    meetings_before: list[list[str]] = field(default_factory=list)  # the parties of each of its talks, the last last
    attacks_before: list[tuple[str, str]] = field(default_factory=list)  # the article's attacks told, oldest first

    @property
    def conflict_before(self) -> list[str]:
        """The two sides of the article's last attack told (whom a mediator mediates between)."""
        return list(self.attacks_before[-1]) if self.attacks_before else []
    breaks: set[int] = field(default_factory=set)  # tokens that end a clause
    resumes: dict[int, int] = field(default_factory=dict)  # comma closing ", which …," -> the pronoun
    # comma closing a subordinate clause that opens a (reported) clause -> its subordinator ("that while …,")
    subordinates: dict[int, int] = field(default_factory=dict)
    attribution: str | None = None  # "according to Reuters": who says the (first attributed) conjunct
    attributions: list[tuple[int, int, str]] = field(default_factory=list)  # token span -> who says it
    conjuncts: list[tuple[int, int]] = field(default_factory=list)  # conjunct clauses ("A, and B")
    frames: list[FrameResult] = field(default_factory=list)  # one per trigger match, in order
    claims: list[Claim] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)  # date expressions, resolved (kg.engine.dates)
    present: bool = False  # the sentence says it is about now ("obecnie", "currently")
    scene: Scene | None = None  # a date in the first clause before any trigger: it dates the sentence


@dataclass
class Discourse:
    """What earlier sentences of the article established, for coreference (one per article)."""

    subject: list[str] = field(default_factory=list)  # actor ids of the last subject (the topic)
    recent: list[str] = field(default_factory=list)  # top-level actor ids, most recent last
    counts: dict[str, int] = field(default_factory=dict)  # top-level actor id -> weight of mentions so far
    last_sentence: list[str] = field(default_factory=list)  # top-level actors of the previous sentence
    last_pair: list[str] = field(default_factory=list)  # the two a pair phrase of the previous sentence stood for
    agent: list[str] = field(default_factory=list)  # who attacked/launched/sanctioned last
    attacker: list[str] = field(default_factory=list)  # who attacked last: what "the attack" refers to
    decider: list[str] = field(default_factory=list)  # the clause subject of the last such act: "the move"
    surnames: dict[str, str] = field(default_factory=dict)  # folded surname -> person named in full before
    meeting: list[str] = field(default_factory=list)  # the two parties of the last meeting (host and guest)
    meeting_age: int = 0  # sentences told since the one of the last meeting (0: the sentence just before)
    parties: list[str] = field(default_factory=list)  # the last actors named acting together ("the leaders")
    #: every set of actors named acting together so far, most recent last ("the three nations": the last set of three)
    party_sets: list[list[str]] = field(default_factory=list)
    #: the last list of two or more actors named, whatever its role ("tariffs on Canada and Mexico"): "those countries"
    listed: list[str] = field(default_factory=list)
    #: the lists of two or more actors the sentence just before named, in order ("Egypt and Qatar … between Hamas
    #: and Israel"): "both countries" after it are the list of two states
    last_lists: list[list[str]] = field(default_factory=list)
    #: every list of two or more actors named so far, whatever its role, most recent last ("the military governments
    #: of Mali, Niger and Burkina Faso … the three nations": the last list of three)
    lists_seen: list[list[str]] = field(default_factory=list)
    talks: list[str] = field(default_factory=list)  # the parties of the last talks or deal ("attended the talks")
    #: whether those talks were named as a summit (1), or told in a sentence about a summit (2, enough for
    #: "slammed the summit"); "attended the summit" needs 1: a meeting on a summit's sidelines is not it
    talks_summit: int = 0
    #: of those parties, the ones who only came (a visit's or an arrival's subjects, never its host): "kritisierte
    #: die Reise" judges the visitors
    talks_visitors: list[str] = field(default_factory=list)
    affront: list[str] = field(default_factory=list)  # the agent and target of the last attack or sanction told
    dispute: list[str] = field(default_factory=list)  # the two sides of the last accusation, threat or attack told
    meetings: list[list[str]] = field(default_factory=list)  # the parties of every talks or deal told, the last last
    attacks: list[tuple[str, str]] = field(default_factory=list)  # (agent, target) of every attack told, oldest first
    last_claim: Claim | None = None  # for "similar steps", "followed suit"
    person: str | None = None  # the last person named (for "him", "mu")
    #: the narration's last main-clause subject, who says a quote whose verb names no one ("– … –
    #: zapewnił."); [] for a person the data does not know, None before any (kg.engine.speaker)
    speaker: list[str] | None = None
    #: the speaker a quote of several sentences names after it closes ("„… Polska prowokuje. … To
    #: prowokacja" – powiedział Łukaszenka."), for the sentences inside it before the closing one
    #: (kg.engine.speaker.quote_ahead); None outside such a quote
    quote_ahead: list[str] | None = None
    persons: list[str] = field(default_factory=list)  # persons named, most recent last (for "der Kanzler")
    #: the person the article last named right after each title word, by the word's stem ("premi", "kancl",
    #: "chanc"): a bare title later means that person ("Premier Morawiecki … z kanclerzem Scholzem. … premier")
    titled: dict[str, str] = field(default_factory=dict)
    named: dict[str, tuple[int, int, str]] = field(default_factory=dict)  # actor -> first sentence naming it
    deniers: set[str] = field(default_factory=set)  # top actors that deny something in the article
    scene: Scene | None = None  # the last sentence scene: a date later sentences of its paragraph may share
    #: persons and bodies the article introduced that the data does not know ("Russia's deputy foreign
    #: minister Sergei Ryabkov"): actors for the rest of the article (the mentions stage adds them as it
    #: meets them, since the same sentence's claims name them), and the keys of their names, inflection
    #: stripped ("Ławrowem" -> "ławrow"), by which later sentences name them
    actors: dict[str, Actor] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    #: group nouns an article set beside an armed group's name ("rebeliantów Huti", "Houthi rebels"), by
    #: lemma: later the bare noun ("rebelianci", "the rebels") means that group, however recent another
    descriptors: dict[str, str] = field(default_factory=dict)
    #: the armed group an article named with a state's adjective ("the Lebanese militant group Hezbollah",
    #: "palestyński Hamas"), by the state's id: later "the Lebanese group" means that group, not Lebanon
    homes: dict[str, str] = field(default_factory=dict)
