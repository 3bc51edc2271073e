"""Read fresh articles against kg without writing a gold file first: a mining aid, not a score.

For every article of a folder it prints each sentence that names two or more different actors and gives
no claim (with the relations whose triggers fired there and why their frames failed), and with
``--claims`` also each sentence that gave claims, with them. A reader goes through the output and marks
what the sentence states under ANNOTATION.md: a missed edge shows the words that carry it and the stage
that lost it; a wrong claim shows the rule that made it. Reading many articles this way is faster than
annotating a few in full, and the families of misses it shows are wider.

    python scripts/unclaimed.py DIR [--claims]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.explain import explain_article
from kg.ingest import iter_articles


def sentence_lines(article, show_claims: bool) -> list[str]:
    """The lines of one article: a header and the sentence text, for each sentence worth reading."""
    out = []
    name = Path(article.doc).name
    for ex in explain_article(article):  # ex.index counts from 1, as kg explain --sentence does
        st = ex.stages
        named = {a.get("code") for m in st.get("mentions") or [] for a in m.get("actors", [])}
        named |= {a.get("code") for link in (st.get("coreference") or {}).get("links", [])
                  for a in link.get("actors") or []}
        named.discard(None)
        claims = st.get("claims") or {}
        made = list(dict.fromkeys(
            f'{c["subject"].get("code")} {c["relation"]} {c["object"].get("code")}'
            + (" (negated)" if c.get("negated") else "") for c in claims.get("claims", [])))
        text = " ".join(ex.text.split())
        if made and show_claims:
            out.append(f"{name}#{ex.index}\tCLAIMS {'; '.join(made)}\n\t{text}")
        elif not made and len(named) >= 2:
            fired = sorted({t["relation"] for t in st.get("triggers") or []})
            failed = sorted({f'{f["relation"]}:{f["failure"]}' for f in claims.get("failed", [])})
            out.append(f"{name}#{ex.index}\tNONE {' '.join(sorted(named))}"
                       + (f"\ttriggers {','.join(fired)}" if fired else "")
                       + (f"\tfailed {','.join(failed)}" if failed else "") + f"\n\t{text}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", help="a folder of articles (or one article)")
    ap.add_argument("--claims", action="store_true", help="also print the sentences that gave claims")
    a = ap.parse_args()
    root = Path(a.folder)
    paths = [root]  # a folder is read whole, sorted, as kg extract reads it
    for article in iter_articles(paths):
        if isinstance(article, str):  # an input that could not be read: its one-line error
            print(article, file=sys.stderr)
            continue
        for line in sentence_lines(article, a.claims):
            print(line)


if __name__ == "__main__":
    main()
