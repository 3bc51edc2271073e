"""``kg review``: one self-contained HTML page to accept or reject claims, lowest confidence first.

The page lists the claims with their sentence and the trigger marked; the analyst clicks
Accept or Reject and the page writes the ``curation.toml`` entries to paste (or downloads the
file), which the next ``kg build`` applies (``kg.curation``). There is no server: the page is
one file, its script and style inlined, under a Content-Security-Policy that allows only that
script (by hash) and no connection, like the graph page. Article text is data: JSON in a
``<script type="application/json">`` block, shown with ``textContent`` only.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from kg.curation import sentence_hash
from kg.vizpage import TEMPLATES, _csp_hash, _inline, script_json


def trigger_span(sentence: str, trigger: str) -> list[int] | None:
    """[start, end] of the trigger in the sentence (case-insensitive), else of its first word."""
    if not trigger:
        return None
    low = sentence.lower()
    for needle in (trigger, trigger.split()[0] if trigger.split() else ""):
        if not needle:
            continue
        k = low.find(needle.lower())
        if k >= 0 and len(low) == len(sentence):
            return [k, k + len(needle)]
    return None


def _actor(ref: dict) -> dict:
    return {"id": ref.get("id", ""), "label": ref.get("label") or ref.get("id", ""), "code": ref.get("code", "")}


def review_rows(claims: Iterable) -> list[dict]:
    """What the page needs of each claim, lowest confidence first (then article, position)."""
    from kg.graph import as_claim_dicts

    rows = []
    for c in as_claim_dicts(claims):
        sentence = c.get("sentence") or ""
        rows.append({
            "id": c.get("id", ""), "doc": c.get("doc", ""), "title": c.get("title") or "",
            "relation": c.get("relation", ""), "s": _actor(c.get("subject") or {}), "o": _actor(c.get("object") or {}),
            "sentence": sentence, "hash": sentence_hash(sentence), "hl": trigger_span(sentence, c.get("trigger") or ""),
            "confidence": float(c.get("confidence") or 0), "negated": bool(c.get("negated")),
            "modality": c.get("modality") or "asserted", "hedged": bool(c.get("hedged")),
            "attributed": c.get("attributed_to") or "", "rule": c.get("rule") or "", "start": int(c.get("start") or 0),
            "revised": ", ".join(c.get("revisions") or []),
        })
    rows.sort(key=lambda r: (r["confidence"], r["doc"], r["start"], r["relation"], r["s"]["id"], r["o"]["id"]))
    return rows


def render_review(claims: Iterable, title: str | None = None) -> str:
    """The whole page as one string."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined
    from markupsafe import Markup

    rows = review_rows(claims)
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=True, undefined=StrictUndefined,
                      keep_trailing_newline=True)
    js = _inline((TEMPLATES / "review.js").read_text(encoding="utf-8"), "script")
    css = _inline((TEMPLATES / "review.css").read_text(encoding="utf-8"), "style")
    csp = "; ".join([
        "default-src 'none'", f"script-src {_csp_hash(js)}", "style-src 'unsafe-inline'", "img-src data:",
        "base-uri 'none'", "form-action 'none'",
    ])
    return env.get_template("review.html").render(
        title=title or "kg review", csp=csp, css=Markup(css), js=Markup(js),
        claims_json=Markup(script_json(rows)), count=len(rows),
    )


def write_review(claims: Iterable, path: str | Path, title: str | None = None) -> Path:
    """Write the review page of ``claims`` to ``path`` (through a temporary file: never half-written)."""
    import os
    import tempfile

    html = render_review(claims, title=title)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = None
    try:
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False,
                                         suffix=".tmp") as tmp:
            tmp.write(html)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp.name, 0o666 & ~umask)  # a page like any other file, not the temporary file's 0600
        os.replace(tmp.name, path)
    except OSError as e:  # name the page asked for, not the temporary file; leave none behind
        if tmp is not None:
            Path(tmp.name).unlink(missing_ok=True)
        raise OSError(e.errno, e.strerror, str(path)) from None
    return path
