"""Writing claims for machines (JSON Lines) and for people (a table)."""

from __future__ import annotations

import json
import shutil
import textwrap
from collections.abc import Iterable
from typing import TextIO

from kg.records import RELATIONS, Claim


def claims_jsonl(claims: Iterable[Claim], out: TextIO) -> None:
    """One JSON object per claim, keys in a fixed order: the ``kg extract`` contract."""
    for c in claims:
        out.write(json.dumps(c.to_dict(), ensure_ascii=False) + "\n")


def _mark(c: Claim) -> str:
    marks = []
    if c.negated:
        marks.append(c.modality.upper())
    if c.status != "done" and c.relation in RELATIONS:
        marks.append(c.status)
    if c.hedged:
        marks.append("hedged")
    if c.attributed_to:
        marks.append(f"per {c.attributed_to}")
    if c.event_date:
        marks.append(c.event_date + (f" to {c.event_end}" if c.event_end else ""))
    elif c.event_text:
        marks.append(f"“{c.event_text}”, undated")
    return ", ".join(marks)


def claims_table(claims: Iterable[Claim], out: TextIO, show_all: bool = True) -> None:
    """A readable table: one block per article, one row per claim, the evidence under it. The
    last line says how many claims it left out, so that its count never reads as another total."""
    width = max(60, min(shutil.get_terminal_size((120, 20)).columns, 160))
    doc = None
    n = negated = structural = 0
    for c in claims:
        if not show_all and c.negated:
            negated += 1
            continue
        if not show_all and c.relation not in RELATIONS:
            structural += 1
            continue
        if c.doc != doc:
            out.write("" if doc is None else "\n")  # a blank line between articles, none before the first
            doc = c.doc
            out.write(f"== {doc}" + (f" — {c.title}" if c.title else "") + f" [{c.lang}]"
                      + "".join(f" · {x}" for x in (c.source, c.published) if x) + "\n")
        n += 1
        row = f"{c.subject.label} ({c.subject.code})  {c.relation}  {c.object.label} ({c.object.code})"
        mark = _mark(c)
        out.write(f"  {row}" + (f"   [{mark}]" if mark else "") + f"   {c.confidence:.2f} {c.rule}\n")
        quote = " ".join(c.sentence.split())
        for line in textwrap.wrap(f"“{quote}”", width - 6, max_lines=3, placeholder=" …"):
            out.write(f"      {line}\n")
    sep = "" if doc is None else "\n"  # the count follows the last article after a blank line; alone, it opens
    if negated or structural:
        hidden = ", ".join(f"{k} {what}" for k, what in ((negated, "not asserted"), (structural, "structural")) if k)
        out.write(f"{sep}{n} of {n + negated + structural} claims shown ({hidden}: --all shows them)\n")
    else:
        out.write(f"{sep}{n} claim{'' if n == 1 else 's'}\n")
