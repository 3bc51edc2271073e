"""``kg explain``: what each stage of the engine saw in a sentence, and why an edge was or was not drawn.

The engine runs as usual; an observer turns the sentence record into plain
data after every stage (``STAGE_VIEWS``), so what is shown is what that stage
left, before later stages added to it. ``render_text`` lays it out for a
person, ``render_json`` for tests and tools. Earlier sentences of the article
are analysed first (unseen) so that coreference works as it does in
``kg extract``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field

from kg.engine import REGISTRY, STAGES, Discourse, FrameResult, Group, Mention, SentenceRecord, Tables, tables_for
from kg.engine.pipeline import analyse_article
from kg.engine.syntax import prep
from kg.morph import CASES
from kg.records import Article

View = Callable[[Tables, SentenceRecord, Discourse], object]


class ExplainError(ValueError):
    """The input cannot be explained (no such sentence, no article); the message says why."""


@dataclass
class SentenceExplanation:
    """One sentence: its place in the article and each stage's view of it."""

    index: int
    start: int
    end: int
    text: str
    lang: str
    stages: dict[str, object] = field(default_factory=dict)  # stage name -> what it left

    def to_dict(self) -> dict:
        return {"index": self.index, "start": self.start, "end": self.end, "text": self.text, "lang": self.lang,
                "stages": self.stages}


# --- views: a stage's fields as plain data ------------------------------------------------------

def _span(rec: SentenceRecord, start: int, end: int) -> str:
    if end <= start:
        return ""
    return rec.text[rec.tokens[start].start:rec.tokens[end - 1].end]


def _actor(tb: Tables, aid: str) -> dict:
    a = tb.gazetteer[aid]
    return {"id": a.id, "label": a.label("en"), "type": a.type, "code": a.code}


def _mention(tb: Tables, rec: SentenceRecord, m: Mention) -> dict:
    feats = sorted(m.feats & CASES) if m.kind != "adjectives" else sorted(m.feats)
    return {"start": m.start, "end": m.end, "text": _span(rec, m.start, m.end), "kind": m.kind,
            "actors": [_actor(tb, a) for a in m.actors], "features": [] if feats == sorted(CASES) else feats,
            "possessive": m.possessive, "resolved": m.resolved, "via": m.via}


def _group(tb: Tables, rec: SentenceRecord, g: Group | None) -> dict | None:
    if g is None:
        return None
    return {"start": g.start, "end": g.end, "text": _span(rec, g.start, g.end) or f"({g.mentions[0].kind})",
            "actors": g.actors, "resolved": g.resolved,
            "via": "; ".join(m.via for m in g.mentions if m.via)}


def _tokens(tb: Tables, rec: SentenceRecord, disc: Discourse) -> list[dict]:
    return [{"i": i, "text": t.text, "start": t.start, "end": t.end, "classes": tb.word_classes(t)}
            for i, t in enumerate(rec.tokens)]


def _cues(tb: Tables, rec: SentenceRecord, disc: Discourse) -> dict:
    return {
        "cues": {c: [{"start": m.start, "end": m.end, "text": _span(rec, m.start, m.end)} for m in ms]
                 for c, ms in sorted(rec.cues.items())},
        "sources": [{"start": s.start, "end": s.end, "text": _span(rec, s.start, s.end),
                     "source": tb.gazetteer.sources[s.payload].label()} for s in rec.sources],
    }


def _triggers(tb: Tables, rec: SentenceRecord, disc: Discourse) -> list[dict]:
    out = []
    for m in rec.triggers:
        t = tb.triggers[m.payload]
        out.append({"start": m.start, "end": m.end, "text": _span(rec, m.start, m.end), "rule": t.rule,
                    "relation": t.relation, "features": sorted(frozenset().union(*m.features))})
    return out


def _mentions(tb: Tables, rec: SentenceRecord, disc: Discourse) -> list[dict]:
    return [_mention(tb, rec, m) for m in sorted(rec.mentions, key=lambda m: m.start)]


def _coreference(tb: Tables, rec: SentenceRecord, disc: Discourse) -> dict:
    return {"links": [_mention(tb, rec, m) for m in rec.mentions if m.resolved],
            "possessive": [_span(rec, m.start, m.end) for m in rec.mentions if m.possessive]}


def _groups(tb: Tables, rec: SentenceRecord, disc: Discourse) -> list[dict]:
    return [{**_group(tb, rec, g), "preposition": prep(tb, rec, g.start, 0)} for g in rec.groups]


def _clauses(tb: Tables, rec: SentenceRecord, disc: Discourse) -> dict:
    cuts = sorted(rec.breaks)
    segments, lo = [], 0
    for b in cuts + [len(rec.tokens)]:
        if b > lo:
            segments.append({"start": lo, "end": b, "text": _span(rec, lo, b)})
        lo = b + 1
    return {"breaks": [{"i": b, "text": rec.tokens[b].text} for b in cuts],
            "resumes": [{"comma": c, "relative": r} for c, r in sorted(rec.resumes.items())],
            "segments": segments}


def _attribution(tb: Tables, rec: SentenceRecord, disc: Discourse) -> dict:
    return {"attributed_to": rec.attribution,
            "scopes": [{"start": lo, "end": hi, "text": _span(rec, lo, hi), "who": who}
                       for lo, hi, who in rec.attributions],
            "conjuncts": [{"start": lo, "end": hi, "text": _span(rec, lo, hi)} for lo, hi in rec.conjuncts
                          if hi > lo] if len(rec.conjuncts) > 1 else []}


def _frame_head(rec: SentenceRecord, n: int, f: FrameResult) -> dict:
    return {"n": n, "rule": f.rule, "relation": f.relation, "trigger": _span(rec, f.match.start, f.match.end)}


def _frames(tb: Tables, rec: SentenceRecord, disc: Discourse) -> list[dict]:
    out = []
    first: dict[object, int] = {}
    for n, f in enumerate(rec.frames, 1):
        lo, hi = f.clause
        same = first.setdefault(f.match, n)  # two words of one entry that share a form match twice
        out.append({**_frame_head(rec, n, f), "start": f.match.start, "end": f.match.end,
                    "clause": [lo, hi] if f.considered else None,
                    "clause_text": _span(rec, lo, hi) if f.considered else None,
                    "failure": f.failure, "detail": f.detail, "same_as": same if same != n else None})
    return out


def _roles(tb: Tables, rec: SentenceRecord, disc: Discourse) -> list[dict]:
    return [{**_frame_head(rec, n, f), "shape": "noun" if f.is_noun else "verb", "voice": f.voice,
             "subject": _group(tb, rec, f.subject), "object": _group(tb, rec, f.object), "how": list(f.how)}
            for n, f in enumerate(rec.frames, 1) if f.considered]


def _pairs(tb: Tables, rec: SentenceRecord, disc: Discourse) -> list[dict]:
    return [{**_frame_head(rec, n, f), "pairs": [{"subject": s, "object": o, "resolved": r} for s, o, r in f.pairs],
             "failure": f.failure, "detail": f.detail}
            for n, f in enumerate(rec.frames, 1) if f.considered]


def _modality(tb: Tables, rec: SentenceRecord, disc: Discourse) -> list[dict]:
    return [{**_frame_head(rec, n, f), "modality": f.modality, "hedged": f.hedged, "by": f.modality_by}
            for n, f in enumerate(rec.frames, 1) if f.modality is not None]


def _status(tb: Tables, rec: SentenceRecord, disc: Discourse) -> list[dict]:
    return [{**_frame_head(rec, n, f), "status": f.status, "by": f.status_by, "cameo": f.cameo}
            for n, f in enumerate(rec.frames, 1) if f.modality is not None]


def _place(tb: Tables, rec: SentenceRecord, disc: Discourse) -> list[dict]:
    return [{**_frame_head(rec, n, f), "place": f.place.to_dict()}
            for n, f in enumerate(rec.frames, 1) if f.place is not None]


def _claims(tb: Tables, rec: SentenceRecord, disc: Discourse) -> dict:
    frame_of = {id(c): n for n, f in enumerate(rec.frames, 1) for c in f.claims}
    return {
        "claims": [{**c.to_dict(), "evidence": list(c.evidence), "frame": frame_of.get(id(c))} for c in rec.claims],
        "failed": [{**_frame_head(rec, n, f), "failure": f.failure, "detail": f.detail}
                   for n, f in enumerate(rec.frames, 1) if f.failure is not None],
    }


def _discourse(tb: Tables, rec: SentenceRecord, disc: Discourse) -> dict:
    last = disc.last_claim
    return {
        "topic": disc.subject, "recent": disc.recent, "counts": disc.counts, "last_sentence": disc.last_sentence,
        "agent": disc.agent, "meeting": disc.meeting, "person": disc.person, "surnames": disc.surnames,
        "last_claim": None if last is None else f"{last.subject.id} {last.relation} {last.object.id}",
    }


def _morphology(tb: Tables, rec: SentenceRecord, disc: Discourse) -> list[dict]:
    # not the analyser's subject numbers ("nom-sg"), which only the engine reads
    return [{"i": i, "text": t.text, "pos": sorted(m.pos),
             "feats": sorted(f for f in m.feats if not f.startswith("nom-")), "lemma": m.lemma}
            for i, (t, m) in enumerate(zip(rec.tokens, rec.morphs, strict=True))]


def _phrases(tb: Tables, rec: SentenceRecord, disc: Discourse) -> list[dict]:
    return [{"n": i, "text": _span(rec, np.start, np.end), "start": np.start, "end": np.end,
             "head": rec.tokens[np.head].text, "preposition": rec.tokens[np.prep].text if np.prep is not None else None,
             "cases": sorted(np.cases), "attach": np.attach, "rel": np.rel} for i, np in enumerate(rec.phrases)]


def _when(w) -> dict | None:
    return None if w is None else {"date": w.iso, "precision": w.precision}


def _dates(tb: Tables, rec: SentenceRecord, disc: Discourse) -> dict:
    art = rec.article
    return {
        "article_date": {"date": art.published, "precision": art.published_precision} if art.published else None,
        "dates": [{"start": m.start, "end": m.end, "text": m.text, "date": _when(m.dated.start),
                   "until": _when(m.dated.end), "since": m.dated.since} for m in rec.dates],
        "present": rec.present,
        "scene": rec.scene.mention.text if rec.scene is not None else None,
        "frames": [{**_frame_head(rec, n, f), "text": f.date.text, "from": f.date_from,
                    "date": _when(f.date.dated.start), "until": _when(f.date.dated.end)}
                   for n, f in enumerate(rec.frames, 1) if f.date is not None],
    }


#: For each stage, the view of the record it left.
STAGE_VIEWS: dict[str, View] = {
    "morphology": _morphology, "phrases": _phrases,
    "tokens": _tokens, "cues": _cues, "triggers": _triggers, "mentions": _mentions, "coreference": _coreference,
    "groups": _groups, "clauses": _clauses, "attribution": _attribution, "frames": _frames, "roles": _roles,
    "pairs": _pairs, "modality": _modality, "status": _status, "place": _place, "claims": _claims,
    "dates": _dates, "discourse": _discourse,
}


def _fields(rec: SentenceRecord, stage: str) -> dict:
    """A stage without a view of its own: the record fields it declares, as Python shows them."""
    return {f: repr(getattr(rec, f)) for f in REGISTRY[stage].assigns if "." not in f}


# --- running ------------------------------------------------------------------------------------

def explain_article(article: Article, sentence: int | None = None,
                    lang: str | None = None) -> list[SentenceExplanation]:
    """Explain one sentence (1-based ``sentence``) or every sentence of an article."""
    from kg.language import detect_language

    lang = lang or article.lang or detect_language(article.text)
    tb = tables_for(lang)
    disc = Discourse()
    out: list[SentenceExplanation] = []

    def watch(index: int):
        if sentence is not None and index != sentence:
            return None
        current: dict[str, object] = {}

        def observe(name: str, rec: SentenceRecord, d: Discourse) -> None:
            if not current:
                out.append(SentenceExplanation(rec.index, rec.start, rec.end, rec.text, lang, current))
            # through JSON: plain data, and a copy, so later stages cannot change what this one left
            view = STAGE_VIEWS.get(name)
            # the article's own actors ("Russia's deputy foreign minister X") are in its tables only
            data = view(tb.for_article(d.actors), rec, d) if view is not None else _fields(rec, name)
            current[name] = json.loads(json.dumps(data, default=repr))
        return observe

    count = 0
    for rec in analyse_article(tb, article, disc, watch):
        count = rec.index
        if sentence is not None and rec.index >= sentence:
            break
    if sentence is not None and not out:
        raise ExplainError(f"there is no sentence {sentence}: the text has {count} sentence(s)")
    if not out:
        raise ExplainError("there is no sentence to explain: the text is empty")
    return out


def explain_text(text: str, lang: str | None = None, sentence: int | None = None) -> list[SentenceExplanation]:
    """Explain the sentences of a piece of text, as ``kg extract`` would read it."""
    return explain_article(Article(doc="<explain>", text=text, lang=lang), sentence)


# --- rendering ----------------------------------------------------------------------------------

def render_json(explanations: list[SentenceExplanation]) -> str:
    return json.dumps({"sentences": [e.to_dict() for e in explanations]}, ensure_ascii=False, indent=1)


def _who(g: dict | None) -> str:
    if g is None:
        return "—"
    via = f", via {g['via']}" if g.get("via") else ""
    return f"“{g['text']}” = {' + '.join(g['actors'])}{via}"


def _actors(m: dict) -> str:
    return " + ".join(f"{a['id']} ({a['label']}, {a['type']})" for a in m["actors"])


def _lines(name: str, view) -> list[str]:  # noqa: C901 - one branch per stage, each short
    if name == "tokens":
        return ["  " + "  ".join(f"{t['i']}:{t['text']}" + (f"[{','.join(t['classes'])}]" if t["classes"] else "")
                                 for t in view)]
    if name == "morphology":
        return ["  " + "  ".join(f"{t['text']}/{'|'.join(t['pos'])}"
                                 + (f".{'.'.join(t['feats'])}" if t["feats"] else "") for t in view)]
    if name == "phrases":
        return [f"  P{p['n']} “{p['text']}” head “{p['head']}”" + (f" after “{p['preposition']}”" if p["preposition"]
                                                                  else "")
                + (f" [{' '.join(p['cases'])}]" if p["cases"] else "")
                + (f"  {p['rel']} of P{p['attach']}" if p["attach"] is not None else "") for p in view]
    if name == "cues":
        out = [f"  {c}: " + ", ".join(f"“{m['text']}” {m['start']}-{m['end']}" for m in ms)
               for c, ms in view["cues"].items()]
        out += [f"  news agency: “{s['text']}” = {s['source']}" for s in view["sources"]]
        return out
    if name == "triggers":
        return [f"  “{t['text']}” {t['start']}-{t['end']}  {t['rule']} ({t['relation']})  [{' '.join(t['features'])}]"
                for t in view]
    if name == "mentions":
        return [f"  “{m['text']}” {m['start']}-{m['end']}  {m['kind']}  {_actors(m)}"
                + (f"  [{' '.join(m['features'])}]" if m["features"] else "")
                + (f"  ({m['via']})" if m["via"] else "") for m in view]
    if name == "coreference":
        out = [f"  “{m['text']}” {m['kind']} → {' + '.join(a['id'] for a in m['actors'])}  ({m['via']})"
               for m in view["links"]]
        out += [f"  possessive: “{p}”" for p in view["possessive"]]
        return out
    if name == "groups":
        return [f"  G{i}: {_who(g)}" + (f"  after “{g['preposition']}”" if g["preposition"] else "")
                for i, g in enumerate(view)]
    if name == "clauses":
        out = [f"  clause {s['start']}-{s['end']}: “{s['text']}”" for s in view["segments"]]
        out += [f"  “,” at {r['comma']} closes the relative clause of {r['relative']}" for r in view["resumes"]]
        return out
    if name == "attribution":
        out = [f"  conjunct {c['start']}-{c['end']}: “{c['text']}”" for c in view["conjuncts"]]
        return out + [f"  {a['who']} for tokens {a['start']}-{a['end']}: “{a['text']}”" for a in view["scopes"]]
    if name == "frames":
        return [f"  #{f['n']} {f['rule']} ({f['relation']}) “{f['trigger']}”"
                + (f"  clause “{f['clause_text']}”" if f["clause_text"] is not None else "")
                + (f"  (the same match as #{f['same_as']})" if f["same_as"] else "")
                + (f"\n      ✗ {f['failure']}: {f['detail']}" if f["failure"] else "") for f in view]
    if name == "roles":
        return [f"  #{f['n']} {f['shape']}, {f['voice']}: subject {_who(f['subject'])}; object {_who(f['object'])}"
                + (f"  [{', '.join(f['how'])}]" if f["how"] else "") for f in view]
    if name == "pairs":
        return [f"  #{f['n']} " + (", ".join(f"{p['subject']} → {p['object']}" + (" (coreference)" if p["resolved"]
                                                                               else "") for p in f["pairs"])
                                  or f"✗ {f['failure']}: {f['detail']}") for f in view]
    if name == "modality":
        return [f"  #{f['n']} {f['modality']}" + (f" by “{f['by']}”" if f["by"] else "")
                + (", hedged" if f["hedged"] else "") for f in view]
    if name == "status":
        return [f"  #{f['n']} {f['status']}" + (f" by {f['by']}" if f["by"] else "") + f", CAMEO {f['cameo']}"
                for f in view]
    if name == "place":
        return [f"  #{f['n']} {f['place']['label']}" + (f" ({f['place']['state']})" if f["place"]["state"] else "")
                for f in view]
    if name == "claims":
        out = [f"  {'○' if c['negated'] else '✓'} {c['subject']['id']} {c['relation']} {c['object']['id']}  "
               + (f"{c['modality']} (not an edge)" if c["negated"] else c["modality"])
               + (", hedged" if c["hedged"] else "") + (f", per {c['attributed_to']}" if c["attributed_to"] else "")
               + f", {c['status']}" + (f", CAMEO {c['cameo']}" if c.get("cameo") else "")
               + (f", in {c['place']['label']}" if c.get("place") else "")
               + f"  {c['confidence']:.2f} {c['rule']}" + (f" #{c['frame']}" if c["frame"] else "")
               + f"  [{', '.join(c['evidence'])}]" for c in view["claims"]]
        out += [f"  ✗ #{f['n']} {f['rule']} “{f['trigger']}”: {f['failure']} — {f['detail']}" for f in view["failed"]]
        return out or ["  (none)"]
    if name == "dates":
        return _date_lines(view)
    if name == "discourse":
        return [f"  {k}: {v}" for k, v in view.items() if v]
    return [f"  {view}"]  # pragma: no cover - a stage without a layout


def _show_when(w: dict | None) -> str:
    return "unresolved" if w is None else f"{w['date']} ({w['precision']})"


def _date_lines(view: dict) -> list[str]:
    a = view["article_date"]
    out = [f"  article date: {_show_when(a) if a else 'unknown'}"]
    for d in view["dates"]:
        span = f" until {_show_when(d['until'])}" if d["until"] else (" until the article date" if d["since"] else "")
        out.append(f"  “{d['text']}” {d['start']}-{d['end']} = {_show_when(d['date'])}{span}")
    if view["scene"]:
        out.append(f"  scene of the sentence: “{view['scene']}”")
    if view["present"]:
        out.append("  speaks of the present: no date from earlier in the paragraph")
    out += [f"  #{f['n']} {f['rule']} “{f['trigger']}” ← “{f['text']}” ({f['from']}) = {_show_when(f['date'])}"
            + (f" until {_show_when(f['until'])}" if f["until"] else "") for f in view["frames"]]
    return out if len(out) > 1 else out + ["  (no date in the sentence)"]


def render_text(explanations: list[SentenceExplanation]) -> str:
    out: list[str] = []
    for e in explanations:
        out.append(f"== sentence {e.index} [{e.lang}] chars {e.start}-{e.end}: “{e.text}”")
        for stage in STAGES:
            if stage.name not in e.stages:
                continue
            lines = _lines(stage.name, e.stages[stage.name])
            out.append(f"-- {stage.name}: {stage.doc}")
            out.extend(lines or ["  (nothing)"])
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"
