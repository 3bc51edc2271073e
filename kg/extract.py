"""From text to claims: mentions, triggers, roles, modality and coreference.

The engine is language-blind. For every sentence it finds actor mentions
(gazetteer) and relation triggers (lexicon), then, for each trigger, picks
the subject and the object by a few general rules of news syntax:

* a verb's subject is the nearest actor to its left in the same clause that
  is not inside a prepositional phrase; in Polish a nominative actor after
  the verb also works ("ogłosiły Wielka Brytania i Francja"), and a
  subject-less (pro-drop or impersonal "oskarżono") clause takes the
  subject of the discourse so far;
* a noun's subject is attached to it: an adjective or possessive before it
  ("rosyjska inwazja", "Russia's invasion"), a genitive after it ("wizyta
  Ławrowa"), a marked phrase ("dostawy z Iranu", "support from"), or the
  subject of a light verb that governs it ("ogłosił sankcje", "launched an
  attack");
* a passive takes its subject from the agent ("przez", "by") and its object
  from the left;
* the object is the first actor after the trigger whose preposition is one
  the trigger allows ("do", "na", "against", or none for a direct object);
  coordinated actors ("USA, Koreę Południową i Japonię") all take the role;
* symmetric relations pair a coordinated subject ("Polska i Ukraina
  podpisały"), a "with"/"z" phrase, or the two actors of the clause.

Negation, denial, hypotheticals, demands and questions turn a claim into a
negated one; hedges and attributions are kept on it. All the words these
rules look for come from the lexicon files.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.actors import Actor, Gazetteer, default_gazetteer
from kg.lexicon import Compiled, Trigger, compiled
from kg.phrases import Match
from kg.records import RELATIONS, SYMMETRIC, ActorRef, Article, Claim
from kg.text import Token, split_sentences, tokenize

STRUCTURAL_POSITIONS = {"head_of_state": "leaderOf", "head_of_government": "leaderOf", "leader": "leaderOf"}


@dataclass
class Mention:
    start: int  # token indices in the sentence
    end: int
    actors: tuple[str, ...]  # one actor, or two for "both countries"
    kind: str  # names, metonyms, demonyms, adjectives, body, pair, regime, pronoun
    feats: frozenset[str] = frozenset()
    possessive: bool = False
    resolved: bool = False  # came from coreference, not from a name


@dataclass
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


@dataclass
class Discourse:
    """What earlier sentences of the article established, for coreference."""

    subject: list[str] = field(default_factory=list)  # actor ids of the last subject
    recent: list[str] = field(default_factory=list)  # top-level actor ids, most recent last
    counts: dict[str, int] = field(default_factory=dict)  # top-level actor id -> mentions so far
    last_sentence: list[str] = field(default_factory=list)  # top-level actors of the previous sentence
    agent: list[str] = field(default_factory=list)  # who attacked/launched/sanctioned last
    surnames: dict[str, str] = field(default_factory=dict)  # folded surname -> person named in full before
    meeting: list[str] = field(default_factory=list)  # the two parties of the last meeting (host and guest)
    last_claim: Claim | None = None  # for "similar steps", "followed suit"
    person: str | None = None


class Extractor:
    """Extract claims from articles in one language."""

    def __init__(self, lang: str, gazetteer: Gazetteer | None = None):
        self.lang = lang
        self.c: Compiled = compiled(lang)
        self.gaz = gazetteer or default_gazetteer()
        self.lex = self.c.lexicon
        self.m = self.c.markers
        self.cases = self.lex.settings.get("cases", False)  # nouns show case: trust the nominative
        self.pro_drop = self.lex.settings.get("pro_drop", False)  # subjects may go unsaid

    # --- mentions ----------------------------------------------------------------------
    def _mentions(self, toks: list[Token], cues: dict[str, list[Match]], disc: Discourse) -> list[Mention]:
        out: list[Mention] = []
        taken = [False] * len(toks)
        for sm in self.c.blockers.find_longest(toks):  # "Polska Agencja Prasowa", "Gulf of Finland"
            for k in range(sm.start, sm.end):
                taken[k] = True
        for mt in self.c.actors.find_longest(toks):
            if any(taken[mt.start:mt.end]):
                continue
            aid, kind = mt.payload
            if aid not in self.gaz:
                continue
            feats = frozenset().union(*mt.features) if kind == "adjectives" else _cases(mt.features)
            members = self.gaz[aid].members
            out.append(Mention(mt.start, mt.end, members or (aid,), kind, feats))  # "the Baltic states"
            for k in range(mt.start, mt.end):
                taken[k] = True
            if self.gaz[aid].type == "Person" and mt.end - mt.start > 1:
                # later in the article "Kim" or "Svyrydenko" alone means this person
                for k in (mt.tokens[0], mt.tokens[-1]):
                    if len(toks[k].text) >= 3 and toks[k].text[:1].isupper():
                        disc.surnames.setdefault(toks[k].norm, aid)
        for k, tok in enumerate(toks):
            if not taken[k] and tok.text[:1].isupper() and tok.norm in disc.surnames:
                out.append(Mention(k, k + 1, (disc.surnames[tok.norm],), "names", frozenset()))
                taken[k] = True
        out = [m for m in out if not (m.end + 1 < len(toks) and toks[m.end].text in "-‐"
                                      and toks[m.end + 1].low in self.m["origin"])]  # "Liberian-flagged"
        taken = [any(m.start <= k < m.end for m in out) for k in range(len(toks))]

        # "rosyjskie MSZ", "the Russian foreign ministry": an adjective plus a body noun.
        body_starts = {b.start: b for b in cues.get("body", ())}
        from kg.morph import CASES

        body_at_end = {b.end: b for b in cues.get("body", ())}
        for m in out:
            cases = m.feats & CASES
            genitive = "gen" in cases and "nom" not in cases  # Polish: "prezydent Tajwanu"
            of_marker = m.start > 0 and toks[m.start - 1].low in self.m["genitive_marker"]  # "president of"
            seat = (m.start > 1 and m.start - 1 in body_at_end and (
                (m.kind == "metonyms" and toks[m.start - 1].low in self.m["within"])  # "rząd w Budapeszcie"
                or toks[m.start - 1].low in self.m["from"]))  # "żołnierze z Korei Północnej"
            if m.kind in ("names", "metonyms", "body") and self.gaz[m.actors[0]].type != "Person" and (
                    genitive or of_marker or seat):  # also "Jednostki chińskiej straży przybrzeżnej"
                for gap in ((1,) if of_marker or seat else (0, 1, 2, 3)):  # "Minister spraw zagranicznych Francji"
                    b = body_at_end.get(m.start - gap)
                    if b is not None and not self._trigger_tokens & set(range(b.start, m.start)) and (
                            gap == 0 or all(tk.is_word and tk.low not in self.m["prepositions"]
                                            for tk in toks[m.start - gap:m.start]) or of_marker or seat) and not any(
                            o.start < m.start and o.end > b.start for o in out if o is not m) and (
                            True):
                        m.kind, m.start, m.feats = "body", b.start, CASES
                        break
        group_starts = {c.start for c in cues.get("group", ())}
        out = [m for m in out if not (m.kind == "adjectives" and m.end in group_starts)]  # "libańskie ugrupowanie"
        for k in range(len(taken)):
            taken[k] = any(m.start <= k < m.end for m in out)
        body_ends = {b.end: b for b in cues.get("body", ())}
        for m in out:
            if m.kind == "adjectives" and m.start in body_ends:  # "strona północnokoreańska"
                m.kind, m.start = "body", body_ends[m.start].start
                continue
            if m.kind == "adjectives":
                for k in range(m.end, min(m.end + 3, len(toks))):
                    if k in body_starts and not self._trigger_tokens & set(range(k, body_starts[k].end)):
                        m.kind, m.end = "body", body_starts[k].end
                        break
                    if not toks[k].is_word or taken[k]:
                        break
        # "Its spokesperson", "jego rzecznik": a possessive pronoun before a body noun is the topic's body
        for pm in cues.get("possessive_pronoun", ()):
            b = next((b for b in cues.get("body", ()) if pm.end <= b.start <= pm.end + 1), None)
            if b is not None and disc.subject and not any(taken[pm.start:b.end]):
                out.append(Mention(pm.start, b.end, tuple(disc.subject), "body", resolved=True))
                for k in range(pm.start, b.end):
                    taken[k] = True
        # Coreference phrases: "oba kraje", "the regime", "he".
        for concept in ("pair", "regime", "bloc", "group", "pronoun", "object_pronoun", "there", "guest"):
            for cm in cues.get(concept, ()):
                if any(taken[cm.start:cm.end]):
                    continue
                nxt = cm.end
                if concept in ("regime", "pair", "guest") and nxt < len(toks) and taken[nxt]:
                    continue  # "the regime of Kim Jong Un", "przywódcy UE": the name is the mention
                actors: tuple[str, ...] = ()
                if concept == "pair":
                    here_list = _distinct_recent([self._top(a) for m in out if m.end <= cm.start and not m.resolved
                                                  for a in m.actors if self.gaz[a].type != "Place"], 3)
                    if len(here_list) == 2:  # "Kim met Shoigu, and the two countries signed …"
                        out.append(Mention(cm.start, cm.end, tuple(here_list), concept, resolved=True))
                        for k in range(cm.start, cm.end):
                            taken[k] = True
                        continue
                    here = {self._top(a) for m in out if m.end <= cm.start for a in m.actors}
                    near = _distinct_recent([a for a in disc.last_sentence if a not in here], 3)
                    if len(near) == 2:  # the two actors just named
                        actors = tuple(near)
                        out.append(Mention(cm.start, cm.end, actors, concept, resolved=True))
                        for k in range(cm.start, cm.end):
                            taken[k] = True
                        continue
                    counts = dict(disc.counts)
                    for m in out:
                        if m.end <= cm.start:
                            for a in m.actors:
                                counts[self._top(a)] = counts.get(self._top(a), 0) + 1
                    actors = self._main_pair(counts, disc.recent)
                elif concept in ("regime", "group", "bloc"):
                    kind = {"regime": "State", "group": "ArmedGroup", "bloc": "Organization"}[concept]
                    found = [a for a in disc.recent if self.gaz[a].type == kind]
                    actors = (found[-1],) if found else ()
                elif concept == "guest":  # "Putin dziękował gościowi": the other party of the last meeting
                    actors = tuple(disc.meeting)
                elif concept == "there":  # "przekazała Ukrainie …, a rząd wysłał tam pomoc"
                    before = [a for m in out if m.end <= cm.start for a in m.actors
                              if self.gaz[a].type in ("State", "Place")]
                    first = before[0] if before else None
                    cands = [a for a in before if a != first] or [a for a in disc.recent
                                                                  if self.gaz[a].type == "State"]
                    actors = (cands[-1],) if cands else ()
                elif concept == "object_pronoun":
                    actors = (disc.person,) if disc.person else ()
                else:
                    # "Macron travelled to Nuuk, where he met …": this sentence's subject, else the topic
                    earlier = [m for m in out if m.end <= cm.start and not m.resolved and m.kind != "adjectives"
                               and not m.possessive and self._prep(toks, m.start, 0) is None]
                    actors = earlier[0].actors if earlier else tuple(disc.subject)
                if actors:
                    out.append(Mention(cm.start, cm.end, actors, concept, resolved=True))
                    for k in range(cm.start, cm.end):
                        taken[k] = True
        for m in out:
            if m.end < len(toks) and toks[m.end].text in ("'s", "’s"):
                m.possessive = True  # "Russia's invasion", "the militant group's assault"
        return sorted(out, key=lambda m: m.start)

    def _main_pair(self, counts: dict[str, int], recent: list[str]) -> tuple[str, ...]:
        """The two actors an article is about so far: most mentioned, then most recent."""
        order = {a: i for i, a in enumerate(recent)}
        ranked = sorted(counts, key=lambda a: (-counts[a], -order.get(a, len(recent))))
        states = [a for a in ranked if self.gaz[a].type == "State"]  # "oba państwa": states first
        others = [a for a in ranked if self.gaz[a].type not in ("State", "Place")]
        pair = (states + others)[:2]
        return tuple(pair) if len(pair) == 2 else ()

    def _top(self, aid: str) -> str:
        return self.gaz.top(self.gaz[aid]).id

    def _groups(self, toks: list[Token], mentions: list[Mention]) -> list[Group]:
        groups: list[Group] = []
        joiners = self.m["coordination"] | self.m["determiners"]
        speakers = {cm.start for cm in self._cues.get("speech", ())}
        for m in mentions:
            if groups:
                prev = groups[-1].mentions[-1]
                between = toks[prev.end:m.start]
                said = m.end in speakers and any(t.text == "," for t in between)  # "…, Seoul says"
                apposition = not between and {self._top(a) for a in prev.actors} == {self._top(a) for a in m.actors}
                repeated = any(t.low in self.m["coordination"] for t in between) and all(
                    t.low in joiners or t.low in self.m["prepositions"] for t in between)  # "do Polski i do Litwy"
                coordinated = any(t.low in self.m["coordination"] for t in between)  # not "Russland die Ukraine"
                if apposition or (between and coordinated and (all(t.low in joiners for t in between) or repeated)
                                  and not prev.possessive and not said):
                    groups[-1].mentions.append(m)
                    continue
            groups.append(Group([m]))
        return groups

    def _prep(self, toks: list[Token], start: int, floor: int) -> str | None:
        """The preposition governing a mention that starts at token ``start``."""
        preps = self.m["prepositions"] | self.m["agent"]
        k = start - 1
        while k >= floor and toks[k].low in self.m["determiners"] and toks[k].low not in preps:
            k -= 1  # "to the Kursk region"
        if k >= floor and toks[k].low in preps:
            return toks[k].low
        return None

    # --- clauses -------------------------------------------------------------------------
    def _clause(self, toks: list[Token], breaks: set[int], i: int, j: int) -> tuple[int, int]:
        lo = i
        while lo > 0 and lo - 1 not in breaks:
            lo -= 1
        hi = j
        while hi < len(toks) and hi not in breaks:
            hi += 1
        return lo, hi

    # --- roles ---------------------------------------------------------------------------
    def _left_subject(self, toks, groups, lo: int, before: int, markers=(), nominative=False) -> Group | None:
        for g in reversed(groups):
            if g.end > before or g.start < lo:
                continue
            if nominative and not self._can_be_nominative(g):
                continue  # "Teheran, sojusznik Hezbollahu, oświadczył": not the genitive
            p = self._prep(toks, g.start, lo)
            if p is None or p in markers:
                head = self._apposition_head(toks, groups, g, lo, before)
                return head if head is not None else g
        return None

    def _apposition_head(self, toks, groups, g: Group, lo: int, before: int) -> Group | None:
        """'Polska, członek NATO, poparła': the actor before an appositive phrase set off by commas."""
        k = g.start - 1
        while k >= lo and k > g.start - 4 and toks[k].text != ",":
            k -= 1
        if k < lo or toks[k].text != "," or not any(t.text == "," for t in toks[g.end:before]):
            return None
        return next((h for h in groups if h.end == k and h.start >= lo and not h.mentions[-1].possessive
                     and self._prep(toks, h.start, lo) is None), None)

    def _antecedent(self, toks, groups, lo: int) -> Group | None:
        """The subject a clause inherits: 'Zełenski, który rozmawiał', 'Iran, which denied …, reiterated'."""
        if lo <= 0 or not (toks[lo - 1].low in self.m["relative"] or lo - 1 in self._resumes):
            return None
        k = self._resumes.get(lo - 1, lo - 1)
        while k > 0 and toks[k - 1].text in (",", ")"):
            if toks[k - 1].text == ")":  # "Wspólnota … (ECOWAS), która": skip the parenthesis
                k = next((j for j in range(k - 1, -1, -1) if toks[j].text == "("), k - 1)
            else:
                k -= 1
        return next((g for g in groups if g.end == k), None)

    @staticmethod
    def _can_be_nominative(g: Group) -> bool:
        from kg.morph import CASES

        m = g.mentions[0]
        cases = m.feats & CASES
        return not cases or "nom" in cases or m.kind in ("pair", "regime", "group", "pronoun", "topic")

    def _after(self, toks, groups, after: int, hi: int, markers: Iterable[str], skip=None,
               first_only: bool = False, direct_within: int | None = None) -> Group | None:
        """The first group after ``after`` whose preposition is one of ``markers``.

        A group with no preposition (a direct object, "") counts only within
        ``direct_within`` tokens: farther, it belongs to another phrase
        ("potępiły próbę jako naruszenie rezolucji ONZ").
        """
        wanted = set(markers)
        skip_codes = {self.gaz[a].code for a in skip.actors} if skip is not None else set()
        for g in groups:
            if g.start < after or g.start >= hi or g is skip:
                continue
            if skip_codes and all(self.gaz[a].code in skip_codes for a in g.actors):
                continue  # "ostrzegła, że KRLD użyje środków wobec Waszyngtonu": not herself
            p = self._prep(toks, g.start, after)
            if p is None and "" in wanted and g.mentions[0].kind != "pronoun":  # "he", "oni": never objects
                if direct_within is None or g.start - after <= direct_within:
                    return g
            elif p is not None and p in wanted:
                return g
            if first_only:
                return None
        return None

    def _fold_markers(self, markers: Iterable[str]) -> set[str]:
        from kg.text import lower

        return {lower(m) for m in markers}

    def _roles(self, toks, groups, mentions, t: Trigger, tm: Match, lo: int, hi: int,
               cues: dict[str, list[Match]], disc: Discourse):
        """Subject and object groups for one trigger, and how they were found."""
        feats = frozenset().union(*tm.features)
        how: list[str] = []
        obj_markers = self._fold_markers(t.object_markers)
        subj_markers = self._fold_markers(t.subject_markers)
        before = tm.start
        prev = toks[tm.start - 1] if tm.start > 0 else None
        noun_ctx = prev is not None and (prev.low in self.m["determiners"] or prev.text in ("'s", "’s")
                                         or any(m.end == tm.start and m.kind in ("adjectives", "body")
                                                for m in mentions)
                                         or (tm.start >= 2 and toks[tm.start - 2].low in self.m["determiners"]
                                             and prev.is_word and prev.text[:1].islower()))  # "an overnight attack"
        head = tm.features[0] if tm.features[0] & {"noun", "verb"} else feats  # "naruszył … przestrzeń": a verb
        is_noun = "noun" in head and ("verb" not in head or noun_ctx)
        if t.frame == "speaker":
            return (*self._speaker_roles(toks, groups, tm, hi, obj_markers, disc), is_noun)
        passive = "ppas" in feats and len(tm.tokens) == 1 and any(  # "was committed to" is an idiom
            toks[k].low in self.m["passive_aux"] for k in range(max(lo, tm.start - 3), min(hi, tm.end + 2)))
        if not passive and self.lex.settings.get("passive_by_auxiliary") and "noun" not in tm.features[0]:
            # "Die Ukraine wurde von Russland angegriffen"
            aux = [k for k in range(lo, tm.start) if toks[k].low in self.m["passive_aux"]]
            passive = bool(aux) and self._after(toks, groups, aux[0], hi, self.m["agent"]) is not None
        subj = obj = None
        adjectival = ("ppas" in feats and not passive and self.cases
                      and not feats & {"noun", "imps", "inf"} and "verb" in feats
                      and all("ppas" in f or "adj" in f or not f for f in tm.features))
        if ("ppas" in feats and not passive and tm.end < len(toks) and toks[tm.end].low in self.m["reduced"]
                and tm.start > 0 and toks[tm.start - 1].is_word):
            adjectival = True  # "companies accused of smuggling", "troops stationed in"
        if adjectival:
            # "zamrożone rosyjskie aktywa": a participle used as an adjective says who did
            # nothing unless an agent is named ("wspierani przez Iran")
            subj = self._after(toks, groups, tm.end, hi, self.m["agent"])
            if subj is None:
                return None, None, ["adjectival"], False
            obj = self._left_subject(toks, groups, lo, before) or self._after(
                toks, groups, tm.end, hi, obj_markers, skip=subj)
            return subj, obj, ["adjectival-agent"], False
        if passive:
            subj = self._after(toks, groups, tm.end, hi, self.m["agent"])
            if subj is None and self.lex.settings.get("object_before_verb"):
                subj = self._after(toks, groups, lo, tm.start, self.m["agent"])  # "wurde von Russland angegriffen"
            left = self._left_subject(toks, groups, lo, before)
            if subj is None and left is not None and left.mentions[-1].kind == "body" and t.relation in (
                    "deploysTroopsTo", "suppliesWeaponsTo", "attacks"):
                # "British troops are stationed in Estonia", "Russian missiles were fired at Kyiv"
                obj = self._after(toks, groups, tm.end, hi, obj_markers - {""}, skip=left)
                return left, obj, ["passive-theme"], False
            obj = left
            if obj is None:
                obj = self._after(toks, groups, tm.end, hi, obj_markers - {""}, skip=subj)
            how.append("passive")
        elif is_noun:
            # attached adjective / possessive / body right before the noun
            glue = self.m["within"] | self.m["determiners"]
            for g in reversed(groups):
                if g.end <= before and before - g.end <= 2 and g.start >= lo:
                    between = toks[g.end:before]
                    modifier = (g.mentions[-1].kind in ("names", "metonyms") and bool(self.m["genitive_marker"])
                                and (g.end == before or (g.end + 1 == before and toks[g.end].text in "-‐")))
                    # English "a G7 price cap", "US sanctions"; German "EU-Sanktionen"
                    if (g.mentions[-1].kind in ("adjectives", "body") or g.mentions[-1].possessive or modifier) and all(
                            tok.is_word or tok.text in ("'s", "’s", "-", "‐") for tok in between):
                        subj = g
                        how.append("attached")
                    elif (between and all(tok.low in glue for tok in between)
                          and any(tok.low in self.m["within"] for tok in between)
                          and g.mentions[-1].kind != "adjectives"):
                        subj = g  # "Rosji w wojnie z Ukrainą", "Russia in its war against"
                        how.append("attached-pp")
                    break
            lv_near = next((lv for lv in cues.get("light_verbs", ()) if lo <= lv.start and
                            0 <= tm.start - lv.end <= 2), None)
            if subj is None and lv_near is not None:
                s_lv = self._left_subject(toks, groups, lo, lv_near.start)
                if s_lv is not None:  # "Pekin odpowiedział oskarżeniem Waszyngtonu"
                    subj = s_lv
                    how.append("light-verb")
            if subj is None and t.genitive == "subject":
                # Polish genitive ("wizyta Ławrowa"); English needs "of" ("the visit of Lavrov")
                gen = set(self.m["genitive_marker"]) or {""}
                g = self._after(toks, groups, tm.end, min(hi, tm.end + 2), gen, first_only=True)
                if g is not None and g.start <= tm.end + 1 and g.mentions[0].kind != "adjectives" and (
                        _has_case(g, "gen")):
                    subj = g
                    how.append("genitive")
            if subj is None and subj_markers:
                subj = self._after(toks, groups, tm.end, hi, subj_markers)
                if subj is not None:
                    how.append("marked")
            rel_at = next((k for k in (tm.end, tm.end + 1, hi, hi + 1) if k < len(toks) - 1
                           and toks[k].low in self.m["relative"]
                           and all(not tok.is_word for tok in toks[min(k, tm.end if k <= tm.end + 1 else hi):k])),
                          None)
            if subj is None and rel_at is not None:
                # "the campaign that Israel launched against Iran", "wojna, którą Rosja prowadzi",
                # "embargo na ukraińskie zboże, które Polska wprowadziła"
                k = rel_at + 1
                g = next((g for g in groups if g.start == k), None)
                if g is not None and any(lv.start == g.end for lv in cues.get("light_verbs", ())):
                    subj = g
                    how.append("relative")
            if subj is None and self.cases:
                # "Solidarność z Manilą wyraziły Japonia i Australia": noun, light verb, then the subject
                lv = next((lv for lv in cues.get("light_verbs", ()) if tm.end <= lv.start < hi), None)
                if lv is not None:
                    g = self._after(toks, groups, lv.end, hi, {""}, first_only=True)
                    if g is not None and "nom" in g.mentions[0].feats and g.mentions[0].kind != "adjectives":
                        subj = g
                        how.append("inverted-light-verb")
                        if obj is None:
                            obj = self._after(toks, groups, tm.end, lv.start, obj_markers, skip=g)
            in_pp = self._prep(toks, tm.start, lo) is not None  # "w odwecie za sprzedaż broni": not the object
            if subj is None and not in_pp:
                for concept in ("light_verbs", "inverse"):
                    for lv in cues.get(concept, ()):
                        if lo <= lv.start < before and lv.end <= before:
                            s = self._left_subject(toks, groups, lo, lv.start) or self._antecedent(toks, groups, lo)
                            if s is None and self.lex.settings.get("verb_second"):
                                # "Am Montag verhängte die EU neue Sanktionen": right after the verb
                                s = next((g for g in groups if lv.end <= g.start < before
                                          and self._prep(toks, g.start, lv.end) is None), None)
                            if s is None and concept == "light_verbs":
                                s = self._dropped_subject(toks, groups, mentions, lv, lo, frozenset(), disc)
                            if s is not None and concept == "inverse":
                                obj = s
                                how.append("inverse")
                            elif s is not None:
                                subj = s
                                how.append("light-verb")
                            break
                    if subj is not None or obj is not None:
                        break
        else:
            subj, inv_obj, tag = self._verb_subject(toks, groups, mentions, tm, lo, hi, before, feats,
                                                    obj_markers, disc)
            if tag:
                how.append(tag)
            obj = obj or inv_obj
        if subj is None and not is_noun and not passive:
            subj = self._dropped_subject(toks, groups, mentions, tm, lo, feats, disc)
            if subj is not None:
                how.append("dropped")
        if (obj is None and subj is not None and not is_noun and not passive
                and self.lex.settings.get("object_before_verb")):
            # verb-final clauses: "Die Bundesregierung hat vier russische Diplomaten ausgewiesen"
            for g in groups:
                if subj.end <= g.start and g.end <= tm.start and g is not subj:
                    p = self._prep(toks, g.start, subj.end)
                    if (p is None and "" in obj_markers) or (p is not None and p in obj_markers):
                        obj = g
                        how.append("object-before-verb")
                        break
        if obj is None and t.relation in ("accuses", "praises", "threatens") and disc.agent and any(
                toks[k].low in self.m["event"] for k in range(tm.end, min(hi, tm.end + 2))) and (
                subj is None or set(disc.agent) != set(subj.actors)):
            k = next(k for k in range(tm.end, min(hi, tm.end + 2)) if toks[k].low in self.m["event"])
            near = self._after(toks, groups, tm.end, k + 3, {""}, first_only=True)
            if near is None:  # "potępiły próbę jako naruszenie rezolucji ONZ": the test's author
                obj = Group([Mention(k, k + 1, tuple(disc.agent), "event", resolved=True)])
                how.append("event")
        if obj is None:
            skip = subj
            if is_noun and t.genitive == "object":
                g = self._after(toks, groups, tm.end, min(hi, tm.end + 3), {""}, skip=skip, first_only=True)
                if g is not None and all(tok.low in self.m["determiners"] or tok.low in self.m["genitive_marker"]
                                         for tok in toks[tm.end:g.start]):
                    obj = g  # "okupacja Ukrainy", "Invasion der Ukraine"; not "Invasion hat Polen"
            if obj is None and how[-1:] == ["relative"] and rel_at is not None and rel_at <= tm.end + 1:
                rhi = self._clause(toks, self._breaks, subj.end, subj.end)[1]
                obj = self._after(toks, groups, subj.end, rhi, obj_markers - {""}, skip=skip)
            if obj is None:
                if is_noun and "" in obj_markers:
                    # a noun's bare object is a genitive right after it ("inwazja Ukrainy" is rare;
                    # "poparcie Rosji"); farther actors need a preposition
                    obj = self._after(toks, groups, tm.end, hi, obj_markers - {""}, skip=skip)
                    g = self._after(toks, groups, tm.end, min(hi, tm.end + 2), {""}, skip=skip,
                                    first_only=True)
                    if g is not None and (obj is None or g.start < obj.start) and all(
                            tok.low in self.m["determiners"] or tok.low in self.m["genitive_marker"]
                            or not tok.is_word or tok.text[:1].islower() and not self.m["genitive_marker"]
                            for tok in toks[tm.end:g.start]):
                        obj = g  # not "Seit der Invasion hat Polen …": a verb stands between
                else:
                    inside = [g for g in groups if tm.tokens[0] < g.start and g.end <= tm.end and g is not skip
                              and not set(range(g.start, g.end)) & set(tm.tokens)] if t.gap else []
                    if inside and "" in obj_markers:
                        obj = inside[0]  # "violated Estonian airspace": the owner sits inside the phrase
                    elif t.relation in SYMMETRIC and obj_markers & self.m["within"]:
                        # a partner beats a place: "spotkał się w Kairze z Arakczim"
                        obj = (self._after(toks, groups, tm.end, hi, obj_markers - self.m["within"], skip=skip,
                                           direct_within=8)
                               or self._after(toks, groups, tm.end, hi, obj_markers, skip=skip, direct_within=8))
                    else:
                        obj = self._after(toks, groups, tm.end, hi, obj_markers, skip=skip, direct_within=8)
            if obj is None and not is_noun and t.relation in ("threatens", "accuses") and tm.end < len(toks) and (
                    toks[tm.end].low in self.m["complementizer"]
                    or (toks[tm.end].text == "," and tm.end + 1 < len(toks)
                        and toks[tm.end + 1].low in self.m["complementizer"])):
                # "warned that British troops would be legitimate targets", "ostrzegła, że … wobec Seulu"
                k = tm.end + (1 if toks[tm.end].low in self.m["complementizer"] else 2)
                if k < len(toks) and k in self._breaks:  # "zagroził, że jeśli Bejrut nie rozbroi …"
                    k += 1
                chi = self._clause(toks, self._breaks, k, k)[1]
                if chi <= k + 1:
                    chi = self._clause(toks, self._breaks, chi + 1, chi + 1)[1]
                obj = self._after(toks, groups, k, chi, {""} | obj_markers | set(self.m["prepositions"]),
                                  skip=subj)
                acting = {m.start for m in self._raw_matches if m.start < chi and self.lex.triggers[m.payload].relation
                          in ("attacks", "deploysTroopsTo", "suppliesWeaponsTo", "sanctions")}
                if obj is not None and any(obj.end <= a <= obj.end + 4 for a in acting):
                    obj = None  # "warned that Russia may attack": a warning about Russia, not to it
                if obj is not None:
                    how.append("warned-that")
            if obj is None and t.relation in ("accuses", "praises", "supports", "threatens") and disc.agent:
                # "Tokio i Seul potępiły próbę", "Qatar condemned the strike": the event's agent;
                # "naloty nie pozostaną bez odpowiedzi": the event as the clause's subject
                nxt = [k for k in range(tm.end, min(hi, tm.end + 3)) if toks[k].low in self.m["event"]]
                if not nxt and t.relation == "threatens":
                    nxt = [k for k in range(lo, tm.start) if toks[k].low in self.m["event"]]
                if nxt and (subj is None or set(disc.agent) != set(subj.actors)):
                    obj = Group([Mention(nxt[0], nxt[0] + 1, tuple(disc.agent), "event", resolved=True)])
                    how.append("event")
            if obj is None and subj is not None and t.relation in ("attacks", "deploysTroopsTo"):
                places = [g for g in groups if g.end <= tm.start and g is not subj
                          and all(self.gaz[a].type == "Place" for a in g.actors)]
                if places:
                    obj = places[-1]  # "w obwodzie kurskim, gdzie doszło do ukraińskiego wtargnięcia"
                    how.append("place")
        return subj, obj, how, is_noun

    def _verb_subject(self, toks, groups, mentions, tm: Match, lo: int, hi: int, before: int, feats,
                      obj_markers, disc: Discourse):
        """A verb's subject: antecedent of a nominative relative, the nearest (nominative) actor on the
        left, the subject of the governing clause, or, with free word order, a nominative after the verb
        (then the object may stand on the left: "Decyzję Berlina poparła Polska")."""
        if lo > 0 and toks[lo - 1].low in self.m["relative_subject"]:
            subj = self._antecedent(toks, groups, lo)  # "Hezbollah, który ostrzeliwał Izrael"
            if subj is not None:
                return subj, None, "antecedent"
        if self.lex.settings.get("verb_second"):
            # the clause's first actor ("Die Bundesregierung hat vier russische Diplomaten ausgewiesen"),
            # else the actor right after the finite verb ("Am Montag griff Russland die Ukraine an")
            first = next((g for g in groups if lo <= g.start and g.end <= before
                          and g.mentions[0].kind != "adjectives" and self._prep(toks, g.start, lo) is None
                          and not any(t.text == "," for t in toks[g.end:before])), None)
            if first is not None:
                return first, None, "first"
            left = self._left_subject(toks, groups, lo, before)
            if left is not None:
                return left, None, "left"
            after = next((g for g in groups if tm.tokens[0] < g.start < hi
                          and self._prep(toks, g.start, tm.tokens[0] + 1) is None
                          and not set(range(g.start, g.end)) & set(tm.tokens)), None)
            if after is not None:
                return after, None, "after-verb"
            return None, None, ""
        subj = self._adjunct_subject(toks, groups, tm)
        if subj is not None:
            return subj, None, "adjunct"
        subj = self._left_subject(toks, groups, lo, before, nominative=self.cases)
        if subj is not None:
            return subj, None, "left"
        if lo > 0 and toks[lo - 1].low in self.m["complementizer"] and self.pro_drop:
            # "Teheran oświadczył, że popiera ...": the subject of the saying clause
            plo, _ = self._clause(toks, self._breaks, lo - 1, lo - 1)
            subj = self._left_subject(toks, groups, plo, lo - 1, nominative=True)
            return subj, None, "governing" if subj is not None else ""
        subj = self._antecedent(toks, groups, lo)
        if subj is not None:
            return subj, None, "antecedent"
        clause_initial = tm.start - lo <= 3 and not any(lo <= m.start < tm.start for m in mentions)
        if not self.cases or "imps" in feats or (disc.subject and clause_initial):
            return None, None, ""
        g = self._after(toks, groups, tm.end, hi, {""})
        counted = g is not None and g.start > 0 and (
            toks[g.start - 1].text[:1].isdigit() or toks[g.start - 1].low in self.m["quantifiers"])
        if g is None or not ("nom" in g.mentions[0].feats or counted) or (
                g.mentions[0].kind == "adjectives" and not counted):  # "wleciało 19 rosyjskich dronów"
            return None, None, ""
        obj = None
        for left in reversed(groups):  # object-verb-subject: "Do Polski przybyli żołnierze"
            if lo <= left.start and left.end <= tm.start and all(
                    self.gaz[a].code not in {self.gaz[b].code for b in g.actors} for a in left.actors):
                p = self._prep(toks, left.start, lo)
                if (p is None and "" in obj_markers) or (p is not None and p in obj_markers):
                    obj = left
                break
        return g, obj, "inverted"

    def _adjunct_subject(self, toks, groups, tm: Match) -> Group | None:
        """"Saar said …, accusing Ankara of …": an -ing clause after a comma shares the sentence's subject."""
        if tm.start == 0 or toks[tm.start - 1].text != "," or "prp" not in tm.features[0]:
            return None
        return next((g for g in groups if g.end <= tm.start and self._prep(toks, g.start, 0) is None
                     and g.mentions[0].kind != "adjectives" and not g.mentions[-1].possessive), None)

    def _dropped_subject(self, toks, groups, mentions, tm: Match, lo: int, feats, disc: Discourse):
        """The subject a Polish clause leaves unsaid ("…, ale ostrzegł Warszawę", "Oskarżono USA").

        First the subject of an earlier clause of the same sentence, then the
        discourse subject. Only for impersonal forms and clause-initial verbs.
        """
        clause_initial = tm.start - lo <= 3 and not any(lo <= m.start < tm.start for m in mentions)
        k = tm.start - 1
        while k > lo and toks[k].low in self.m["auxiliaries"]:  # "and has also threatened"
            k -= 1
        coordinated = k >= 0 and toks[k].low in self.m["coordination"] and lo > 0
        if coordinated and "imps" not in feats:  # "X accused Helsinki of piracy and warned that …"
            earlier = next((g for g in groups if g.end <= k and self._prep(toks, g.start, 0) is None
                            and g.mentions[0].kind != "adjectives" and not g.mentions[-1].possessive
                            and (not self.cases or self._can_be_nominative(g))), None)
            if earlier is not None:
                return earlier
        if not ("imps" in feats or (self.pro_drop and clause_initial)):
            return None
        if "imps" not in feats and lo > 0:
            earlier = self._left_subject(toks, groups, 0, lo, nominative=True)
            if earlier is not None:
                return earlier
        if disc.subject:
            return Group([Mention(tm.start, tm.start, tuple(disc.subject), "topic", resolved=True)])
        return None

    def _speaker_roles(self, toks, groups, tm: Match, hi: int, obj_markers, disc: Discourse):
        """'Kyiv said North Korean soldiers committed war crimes': Kyiv accuses North Korea."""
        speech = [cm for cm in self._cues.get("speech", ()) if cm.end <= tm.start]
        if not speech:
            return None, None, []
        sp = speech[-1]
        how = ["speaker"]
        subj = self._left_subject(toks, groups, 0, sp.start)
        if subj is None:
            subj = self._after(toks, groups, sp.end, tm.start, {""})
            if subj is not None and self._left_subject(toks, groups, subj.end, tm.start) is None:
                subj = None  # the only actor after the verb is what is said, not who says it
        if subj is None and disc.subject:
            subj = Group([Mention(sp.start, sp.start, tuple(disc.subject), "topic", resolved=True)])
            how.append("discourse")
        obj = next((g for g in groups if sp.end <= g.start and g.end <= tm.start
                    and self._prep(toks, g.start, sp.end) is None), None)
        if obj is None and disc.agent and any(toks[k].low in self.m["event"] for k in range(sp.end, tm.start)):
            obj = Group([Mention(sp.end, sp.end, tuple(disc.agent), "event", resolved=True)])  # "called the strikes"
            how.append("event")
        if obj is not None and subj is not None and set(obj.actors) == set(subj.actors):
            obj = None
        return subj, obj, how

    # --- modality ------------------------------------------------------------------------
    def _modality(self, toks, tm: Match, lo: int, cues, sentence_text: str) -> tuple[str, bool]:
        if sentence_text.rstrip().rstrip("\"”»'’)").endswith("?"):
            return "question", False
        neg = self.m["negation"]
        first = max(lo, tm.start - 4)
        for k in range(tm.start - 1, first - 1, -1):  # never across punctuation ("talks failed, and warned")
            if not toks[k].is_word:
                first = k + 1
                break
        for k in range(first, tm.start):
            if toks[k].low in neg and not (k + 1 < len(toks) and toks[k + 1].low in self.m["not_negating"]):
                return "negated", False
        if self.lex.settings.get("negation_follows_verb"):
            for k in range(tm.start + 1, min(len(toks), tm.end + 4)):  # "schickt keine Soldaten"
                if not toks[k].is_word:
                    break
                if toks[k].low in neg and not (k + 1 < len(toks) and toks[k + 1].low in self.m["not_negating"]):
                    return "negated", False
        if "neg" in tm.features[0] and toks[tm.start].norm.startswith("nie"):
            return "negated", False
        scope = lo
        while scope > 0 and toks[scope - 1].low in self.m["complementizer"]:
            scope, _ = self._clause(toks, self._breaks, scope - 1, scope - 1)  # "nie wyklucza, że ..."
        for concept, mod in (("denial", "denied"), ("demand", "demanded")):
            for cm in cues.get(concept, ()):
                if scope <= cm.start and cm.end <= tm.start:
                    return mod, False
        for cm in cues.get("hypothetical", ()):
            if scope <= cm.start and cm.end <= tm.start or (tm.start - cm.end <= 3 and cm.end <= tm.start):
                return "hypothetical", False
        suffixes = self.lex.words["conditional_endings"]
        if suffixes and any(tok.low.endswith(suffixes) and len(tok.low) > 5
                            for tok in toks[scope:min(len(toks), tm.end + 1)]):
            return "hypothetical", False  # "wciągnęłoby Unię w wojnę": a conditional verb
            if self._is_noun and tm.end <= cm.start < min(self._hi, tm.end + 8):
                return "hypothetical", False  # the noun is the subject of "would", "could"
        hedged = bool(cues.get("hedge"))
        return "asserted", hedged

    def _attribution(self, toks, cues, mentions, sources) -> str | None:
        for cm in cues.get("attribution", ()):
            for s in sources:
                if cm.end <= s.start <= cm.end + 3:
                    return self.gaz.sources[s.payload].label()
            for m in mentions:
                if cm.end <= m.start <= cm.end + 3 and not m.resolved:
                    return self.gaz[m.actors[0]].label("en")
        return None

    # --- sentences and articles ---------------------------------------------------------
    def sentence_claims(self, art: Article, s_start: int, s_end: int, disc: Discourse,
                        seen: dict[str, tuple[int, int, str]] | None = None) -> list[Claim]:
        """Claims of one sentence; ``seen`` collects the actors it names (for structural facts)."""
        text = art.text[s_start:s_end]
        toks = tokenize(text)
        if not toks:
            return []
        cues: dict[str, list[Match]] = {}
        for cm in self.c.cues.find_all(toks):
            cues.setdefault(cm.payload, []).append(cm)
        self._cues = cues
        raw_matches = self._raw_matches = self._trigger_matches(toks)
        self._trigger_tokens = {k for m in raw_matches for k in range(m.start, m.end)}
        mentions = self._mentions(toks, cues, disc)
        if seen is not None:
            for m in mentions:
                if not m.resolved:
                    for aid in m.actors:
                        seen.setdefault(aid, (s_start, s_end, text))
        groups = self._groups(toks, mentions)
        breaks = {k for k, tk in enumerate(toks) if tk.low in self.m["clause_break"]}
        for cm in cues.get("clause_break", ()):
            breaks.update(range(cm.start, cm.end))
        self._resumes: dict[int, int] = {}  # comma closing ", which …," -> index of the relative pronoun
        for k, tk in enumerate(toks):
            if tk.low in self.m["relative"] and k > 0 and toks[k - 1].text == ",":
                close = next((j for j in range(k + 1, len(toks)) if toks[j].text == "," or j in breaks), None)
                if close is not None and toks[close].text == ",":
                    breaks.add(close)
                    self._resumes[close] = k
        self._breaks = breaks
        sources = self.c.sources.find_longest(toks)
        attributed = self._attribution(toks, cues, mentions, sources)
        claims: list[Claim] = []
        first_subject: list[str] | None = None
        last_agent: list[str] | None = None
        context: dict[tuple[str, int], list[tuple[int, int]]] = {}
        for cm in self.c.context.find_all(toks):
            context.setdefault(cm.payload, []).append((cm.start, cm.end))
        attrib = {k for cm in cues.get("attribution", ()) for k in range(cm.start, cm.end)}
        named = {k for m in mentions if m.kind in ("names", "metonyms", "bloc", "regime", "group", "pair")
                 for k in range(m.start, m.end)}  # "Sojusz" (NATO), "the alliance" (NATO again): not alliances
        matches = [m for m in raw_matches if not attrib & set(m.tokens) and not set(m.tokens) <= named]
        for tm in matches:
            t = self.lex.triggers[tm.payload]
            lo, hi = self._clause(toks, breaks, tm.start, tm.end)
            plo, _ = self._clause(toks, breaks, max(0, lo - 1), max(0, lo - 1))
            window = {tk.low for tk in toks[plo:hi]}  # with the clause before: a relative's antecedent
            i = tm.payload
            if (self.c.needs[i] or context.get(("needs", i))) and not (
                    window & self.c.needs[i]
                    or any(plo <= a and b <= hi for a, b in context.get(("needs", i), ()))):
                continue
            nlo, nhi = max(lo, tm.start - 6), min(hi, tm.end + 6)
            if self.c.forbid[i] & {tk.low for tk in toks[nlo:nhi]} or any(
                    nlo <= a and b <= nhi for a, b in context.get(("forbid", i), ())):
                continue
            subj, obj, how, is_noun = self._roles(toks, groups, mentions, t, tm, lo, hi, cues, disc)
            self._is_noun, self._hi = is_noun, hi
            if subj is not None and t.relation in ("attacks", "threatens", "sanctions", "deploysTroopsTo",
                                                   "suppliesWeaponsTo") and not subj.resolved:
                last_agent = subj.actors  # who did the last thing an accusation may refer to
            pairs = self._pairs(t, subj, obj, groups, lo, hi, toks)
            if not pairs:
                continue
            modality, hedged = self._modality(toks, tm, lo, cues, text)
            trig_text = text[toks[tm.start].start:toks[tm.end - 1].end]
            for s_id, o_id, resolved in pairs:
                sa, oa = self.gaz[s_id], self.gaz[o_id]
                if sa.type == "Place" or sa.code == oa.code:
                    continue
                conf = t.confidence - (0.1 if resolved else 0) - (0.1 if hedged else 0)
                claims.append(Claim(
                    doc=art.doc, relation=t.relation, subject=sa.ref(), object=self._object_ref(oa),
                    sentence=text, start=s_start, end=s_end, lang=self.lang, rule=t.rule, trigger=trig_text,
                    negated=modality != "asserted", hedged=hedged, modality=modality,
                    attributed_to=attributed, confidence=max(0.1, conf), title=art.title, url=art.url,
                    published=art.published, source=art.source, evidence=how,
                ))
            if first_subject is None and subj is not None and any(not c.negated for c in claims):
                first_subject = subj.actors
        claims.extend(self._same_again(art, toks, groups, cues, disc, text, s_start, s_end, attributed))
        main_claims = [c for c in claims if not c.negated and c.relation in RELATIONS
                       and not {"attached", "genitive", "marked", "attached-pp"} & set(c.evidence)]
        if main_claims:  # the sentence's first (main-clause) relation is what "similar steps" repeat
            disc.last_claim = min(main_claims, key=lambda c: c.trigger and text.find(c.trigger))
        for c in claims:
            if not c.negated and c.relation == "meetsWith":
                disc.meeting = [c.subject.id, c.object.id]
            if not c.negated:
                for a in (c.subject.id, c.object.id):
                    if a in self.gaz:
                        top = self._top(a)
                        disc.counts[top] = disc.counts.get(top, 0) + 2
        if last_agent:
            disc.agent = last_agent
        first_trigger = min((m.start for m in matches), default=len(toks))
        self._update(disc, mentions, [g for g in groups if g.start < first_trigger], first_subject, toks)
        return claims

    def _same_again(self, art, toks, groups, cues, disc, text, s_start, s_end, attributed) -> list[Claim]:
        """'Podobne kroki ogłosiły Wielka Brytania i Francja', 'Britain followed suit': the last relation again."""
        last = disc.last_claim
        if last is None or not cues.get("same_again"):
            return []
        cm = cues["same_again"][0]
        out = []
        for g in groups:
            if self._prep(toks, g.start, 0) is not None or g.mentions[0].kind == "adjectives":
                continue
            for a in g.actors:
                sa = self.gaz[a]
                if sa.code in (last.object.code, last.subject.code) or sa.type == "Place":
                    continue
                out.append(Claim(
                    doc=art.doc, relation=last.relation, subject=sa.ref(), object=last.object, sentence=text,
                    start=s_start, end=s_end, lang=self.lang, rule=last.rule, trigger=text[toks[cm.start].start:
                                                                                            toks[cm.end - 1].end],
                    attributed_to=attributed, confidence=max(0.1, last.confidence - 0.1), title=art.title,
                    url=art.url, published=art.published, source=art.source, evidence=["same-again"],
                ))
        return out

    def _object_ref(self, a: Actor) -> ActorRef:
        """A place stands for its state in a claim ("the Kursk region" -> Russia)."""
        if a.type == "Place":
            return self.gaz.top(a).ref()
        return a.ref()

    def _pairs(self, t: Trigger, subj: Group | None, obj: Group | None, groups, lo, hi, toks):
        out: list[tuple[str, str, bool]] = []
        if t.mutual:  # "walki między armią izraelską a Hezbollahem": each attacks the other
            members = [a for g in (subj, obj) if g is not None for a in g.actors]
            codes = {self.gaz[a].code for a in members}
            if len(codes) == 2:
                resolved = any(g is not None and g.resolved for g in (subj, obj))
                return [(a, b, resolved) for a in members for b in members
                        if self.gaz[a].code != self.gaz[b].code]
            return []
        if t.relation in SYMMETRIC:
            members: list[str] = []
            resolved = False
            for g in (subj, obj):
                if g is not None:
                    members += [a for a in g.actors if a not in members]
                    resolved = resolved or g.resolved
            if len({self.gaz[a].code for a in members}) < 2:
                # "Podpisano porozumienie" / "talks in Tokyo": the actors of the clause
                members = []
                allowed = self._fold_markers(t.object_markers) | self._fold_markers(t.subject_markers)
                for g in groups:
                    p = self._prep(toks, g.start, lo)
                    if lo <= g.start and g.end <= hi and (p is None or p in allowed):
                        # not "ma dla Waszyngtonu znaczenie wobec potęgi Chin": other roles, not parties
                        members += [a for m in g.mentions if m.kind != "adjectives" for a in m.actors
                                    if a not in members]
                if len({self.gaz[a].code for a in members}) != 2:
                    return []
            # "Mali, Burkina Faso i Niger utworzyły sojusz", "Alijew i Paszynian spotkali się z Trumpem":
            # co-subjects take part with each other and with every object; objects only with the subjects
            # ("odwiedzał Bamako, Wagadugu i Niamey" is three visits)
            if subj is not None and obj is not None and len({self.gaz[a].code for a in subj.actors}) >= 1:
                side_a, side_b = subj.actors, [a for a in obj.actors if a not in subj.actors]
                pairs = [(a, b) for a in side_a for b in side_b]
                pairs += [(a, b) for i, a in enumerate(side_a) for b in side_a[i + 1:]]
            else:
                pairs = [(a, b) for i, a in enumerate(members) for b in members[i + 1:]]
            for a, b in pairs:
                if self.gaz[a].code != self.gaz[b].code:
                    out.append((a, b, resolved))
            return out
        if obj is None and subj is not None and len({self.gaz[a].code for a in subj.actors}) >= 2 and any(
                lo <= cm.start < hi for cm in self._cues.get("reciprocal", ())):
            # "India and Pakistan expelled each other's diplomats"
            return [(a, b, subj.resolved) for a in subj.actors for b in subj.actors
                    if self.gaz[a].code != self.gaz[b].code]
        if subj is None or obj is None:
            return []
        for a in subj.actors:
            for b in obj.actors:
                out.append((a, b, subj.resolved or obj.resolved))
        return out

    def _trigger_matches(self, toks: list[Token]) -> list[Match]:
        found = self.c.triggers.find_all(toks)
        # Of triggers of the same relation that overlap, keep the longest.
        found.sort(key=lambda m: (-(m.end - m.start), m.start))
        kept: list[Match] = []
        for m in found:
            rel = self.lex.triggers[m.payload].relation
            if any(self.lex.triggers[k.payload].relation == rel and k.start <= m.start and m.end <= k.end
                   and (k.end - k.start) > (m.end - m.start) for k in kept):
                continue  # "wojna przeciwko" beats "wojna"; same spans all stay (needs decide)
            kept.append(m)
        return sorted(kept, key=lambda m: (m.start, m.payload))

    def _update(self, disc: Discourse, mentions, groups, first_subject, toks) -> None:
        disc.last_sentence = [self._top(a) for m in mentions if not m.resolved for a in m.actors
                              if self.gaz[a].type != "Place"]
        for m in mentions:
            for a in m.actors:
                top = self._top(a)
                if not m.resolved:
                    disc.counts[top] = disc.counts.get(top, 0) + 1
                if top in disc.recent:
                    disc.recent.remove(top)
                disc.recent.append(top)
                if self.gaz[a].type == "Person":
                    disc.person = a
        # The topic is the main clause's subject ("Rzecznik chińskiego MSZ stwierdził, że …"), not the
        # subject of what it reports; without one, the subject of the sentence's first claim.
        first_break = min(self._breaks, default=len(toks))
        main = next((g for g in groups if g.start < first_break and self._prep(toks, g.start, 0) is None
                     and g.mentions[0].kind != "adjectives" and (not g.resolved or g.mentions[0].kind == "pair")
                     and (not self.cases or self._can_be_nominative(g))), None)
        if main is not None:
            disc.subject = main.actors
        elif first_subject:
            disc.subject = first_subject

    def structural(self, art: Article, mentions_seen: dict[str, tuple[int, int, str]]) -> list[Claim]:
        """leaderOf / officialOf for the persons and bodies an article names (from the gazetteer)."""
        out = self._membership(art, mentions_seen)
        for aid, (s, e, sent) in sorted(mentions_seen.items()):
            a = self.gaz[aid]
            if not a.acts_for:
                continue
            rel = STRUCTURAL_POSITIONS.get(a.position or "", "officialOf")
            out.append(Claim(
                doc=art.doc, relation=rel, subject=a.ref(), object=self.gaz[a.acts_for].ref(),
                sentence=sent, start=s, end=e, lang=self.lang, rule="gazetteer:" + (a.position or "body"),
                confidence=1.0, title=art.title, url=art.url, published=art.published, source=art.source,
            ))
        return out

    def article_claims(self, art: Article) -> list[Claim]:
        disc = Discourse()
        claims: list[Claim] = []
        seen: dict[str, tuple[int, int, str]] = {}
        for s, e in split_sentences(art.text, self.m["abbreviations"]):
            claims.extend(self.sentence_claims(art, s, e, disc, seen))
        claims.extend(self.structural(art, seen))
        return dedupe(claims)

    def _membership(self, art: Article, seen: dict[str, tuple[int, int, str]]) -> list[Claim]:
        """memberOf for a state and an organization that the same article names (from the gazetteer)."""
        out = []
        for aid, (s, e, sent) in sorted(seen.items()):
            a = self.gaz[aid]
            for org in a.member_of:
                if org in seen and org in self.gaz:
                    out.append(Claim(
                        doc=art.doc, relation="memberOf", subject=a.ref(), object=self.gaz[org].ref(),
                        sentence=sent, start=s, end=e, lang=self.lang, rule="gazetteer:member_of", confidence=1.0,
                        title=art.title, url=art.url, published=art.published, source=art.source,
                    ))
        return out


def _cases(features: tuple[frozenset[str], ...]) -> frozenset[str]:
    from kg.morph import CASES

    out: frozenset[str] | None = None
    for f in features:
        c = f & CASES
        if c:
            out = c if out is None else (out & c) or out
    return out if out is not None else CASES


def _has_case(g: Group, case: str) -> bool:
    """Whether the group's first mention can be in ``case`` (always, when its case is unknown)."""
    from kg.morph import CASES

    cases = g.mentions[0].feats & CASES
    return not cases or case in cases


def _distinct_recent(ids: list[str], n: int) -> list[str]:
    out: list[str] = []
    for a in reversed(ids):
        if a not in out:
            out.append(a)
        if len(out) == n:
            break
    return list(reversed(out))


def dedupe(claims: list[Claim]) -> list[Claim]:
    """One claim per (sentence, relation, subject, object, negated): the most confident."""
    best: dict[tuple, Claim] = {}
    for c in claims:
        key = (c.doc, c.start, c.relation, c.subject.id, c.object.id, c.negated)
        if key not in best or c.confidence > best[key].confidence:
            best[key] = c
    return sorted(best.values(), key=lambda c: (c.doc, c.start, c.relation, c.subject.id, c.object.id, c.negated))


# --- public API ----------------------------------------------------------------------------

_EXTRACTORS: dict[str, Extractor] = {}


def extractor(lang: str) -> Extractor:
    if lang not in _EXTRACTORS:
        _EXTRACTORS[lang] = Extractor(lang)
    return _EXTRACTORS[lang]


def extract_article(article: Article) -> list[Claim]:
    """Claims of one article (its language detected when not given)."""
    from kg.language import detect_language

    lang = article.lang or detect_language(article.text)
    if article.lang != lang:
        article = Article(**{**article.__dict__, "lang": lang})
    return extractor(lang).article_claims(article)


def extract(text: str, lang: str | None = None, doc: str = "text") -> list[Claim]:
    """Claims of a piece of text: ``kg.extract("Polska poparła Ukrainę.", lang="pl")``."""
    return extract_article(Article(doc=doc, text=text, lang=lang))


def extract_paths(paths: Iterable[str | Path], lang: str | None = None) -> tuple[list[Claim], list[str]]:
    """Claims of every article under ``paths``; unreadable inputs become error lines."""
    from kg.ingest import iter_articles

    claims: list[Claim] = []
    errors: list[str] = []
    for item in iter_articles(paths):
        if isinstance(item, str):
            errors.append(item)
            continue
        if lang:
            item = Article(**{**item.__dict__, "lang": lang})
        claims.extend(extract_article(item))
    return claims, errors
