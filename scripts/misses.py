"""Where the engine lost each gold edge it missed: a diagnosis by stage, not a score.

For every gold edge (ANNOTATION.md's JSON Lines: ``doc``, ``lang``, ``edges``) that ``kg extract``
does not give, it looks at the article's sentences as ``kg explain`` sees them and puts the miss in
one bucket:

* ``no sentence names both`` — the two actors never meet in one sentence (after coreference): a
  discourse miss (pronouns, "the two leaders", an event taken up later);
* ``both named, no trigger`` — a sentence names both, but no trigger of the relation fired: a
  lexicon miss (wording not covered);
* ``trigger: failed REASON`` — a trigger of the relation fired in such a sentence and its frame
  failed (``no-object``, ``no-parties``, ``needs``, ``forbid`` … as ``kg explain`` names them), or
  made a claim between other actors (``made X>Y``): an argument-finding miss.

Counting misses this way says which stage to work on before reading sentences one by one.

    python scripts/misses.py --gold GOLD.jsonl --texts DIR [--lang pl] [-v]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

from kg import extract_article
from kg.explain import explain_article
from kg.ingest import iter_articles
from kg.records import SYMMETRIC


def _codes(code: str) -> set[str]:
    return set(code.split("|"))


def _sentence_views(explanations) -> list[tuple[set[str], set[str], list, list, str]]:
    """Per sentence: codes named (mentions and coreference), relations triggered, failed frames, claims, text."""
    views = []
    for ex in explanations:
        st = ex.stages
        named = {a.get("code") for m in st.get("mentions") or [] for a in m.get("actors", [])}
        named |= {a.get("code") for link in (st.get("coreference") or {}).get("links", [])
                  for a in link.get("actors") or []}
        relations = {t["relation"] for t in st.get("triggers") or []}
        claims = st.get("claims") or {}
        failed = [(f["relation"], f["failure"]) for f in claims.get("failed", [])]
        made = [(c["relation"], c["subject"].get("code"), c["object"].get("code")) for c in claims.get("claims", [])]
        views.append((named, relations, failed, made, ex.text))
    return views


def bucket(edge: list[str], views) -> tuple[str, str]:
    """(the stage the edge was lost at, the detail: every failure reason and the claims made instead)."""
    subject, relation, obj = _codes(edge[0]), edge[1], _codes(edge[2])
    both = [v for v in views if v[0] & subject and v[0] & obj]
    if not both:
        return "no sentence names both", ""
    if not any(relation in v[1] for v in both):
        return "both named, no trigger", ""
    failures = sorted({why for v in both for rel, why in v[2] if rel == relation})
    made = sorted({f"{s}>{o}" for v in both for rel, s, o in v[3] if rel == relation})
    detail = " ".join(x for x in ("failed " + ",".join(failures) if failures else "",
                                  "made " + ",".join(made) if made else "") if x)
    if failures:
        return f"trigger: failed {failures[0]}", detail
    return ("trigger: made a claim between others", detail) if made else ("trigger: no frame", "")


def _found(claims) -> set[tuple[str, str, str]]:
    dicts = [c.to_dict() for c in claims]
    return {(c["subject"].get("code"), c["relation"], c["object"].get("code")) for c in dicts if not c.get("negated")}


def _hit(edge: list[str], found) -> bool:
    subject, relation, obj = _codes(edge[0]), edge[1], _codes(edge[2])
    return any(r == relation and ((s in subject and o in obj) or (relation in SYMMETRIC and s in obj and o in subject))
               for s, r, o in found)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", required=True)
    ap.add_argument("--texts", required=True, help="folder of the articles the gold names")
    ap.add_argument("--lang")
    ap.add_argument("-v", action="store_true", help="list every miss with its bucket")
    ap.add_argument("--sentences", action="store_true", help="with -v, also print the sentences naming both actors")
    a = ap.parse_args()
    try:
        run(a)
    except (OSError, json.JSONDecodeError) as e:  # a wrong path or a broken gold file: one line, no traceback
        why = e.strerror if isinstance(e, OSError) else e
        raise SystemExit(f"misses: {getattr(e, 'filename', None) or a.gold}: {why}") from None


def run(a: argparse.Namespace) -> None:
    """Count (and with -v list) the misses of the gold file's articles."""
    buckets: Counter[str] = Counter()
    by_relation: dict[str, Counter[str]] = defaultdict(Counter)
    for line in Path(a.gold).read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        if a.lang and gold.get("lang") != a.lang:
            continue
        article = next(iter_articles([Path(a.texts) / gold["doc"]]))
        found = _found(extract_article(article))
        views = None
        for edge in gold["edges"]:
            if _hit(edge, found):
                continue
            views = views if views is not None else _sentence_views(explain_article(article))
            stage, detail = bucket(edge, views)
            buckets[stage] += 1
            by_relation[edge[1]][stage] += 1
            if a.v:
                print(f"{gold['doc']}\t{' '.join(edge)}\t{stage}" + (f" ({detail})" if detail else ""))
                if a.sentences:
                    for v in views:
                        if v[0] & _codes(edge[0]) and v[0] & _codes(edge[2]):
                            print("\t\t" + " ".join(v[4].split()))
    print(f"{sum(buckets.values())} misses")
    for b, n in buckets.most_common():
        print(f"{n:4d}  {b}")
    for relation in sorted(by_relation):
        print(f"  {relation}: " + ", ".join(f"{b} {n}" for b, n in by_relation[relation].most_common()))


if __name__ == "__main__":
    main()
