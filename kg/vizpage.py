"""The page of the interactive graph, assembled: template, inlined scripts, CSP, JSON blocks.

``kg.viz`` works out the page's data (``page_data``); this module puts it into kg's own
template (``kg/templates/graph.html``) with vis-network and the page's script inlined, their
hashes in the Content-Security-Policy, and the data as JSON that is safe inside a script
block. The page is produced in pieces: the graph's JSON block, whose per-claim columns may
be on disk (``kg.vizcolumns``), is streamed into the file rather than held as one string.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path

from kg.vizcolumns import Column, json_pieces
from kg.vizinput import VizError

TEMPLATES = Path(__file__).parent / "templates"
VIS_JS = TEMPLATES / "vis-network.min.js"
PAGE_JS = TEMPLATES / "page"  # the page's own script, in parts (see _app_js)
#: sha256 of the vendored vis-network file, as published on npm (see kg/templates/VENDOR.md).
VIS_JS_SHA256 = "b427322ad953d70ab75d1b798ebb8349863502f244e02de3e12a4ab7dfeddf2c"


def script_json(obj) -> str:
    """JSON that is safe inside ``<script type="application/json">`` (and inside any script)."""
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (
        s.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    )


def _vis_js() -> str:
    raw = VIS_JS.read_bytes()
    if hashlib.sha256(raw).hexdigest() != VIS_JS_SHA256:
        raise VizError(f"{VIS_JS}: not the vendored vis-network build (checksum differs)")
    js = raw.decode("utf-8")
    # The source map is not shipped: drop the comment so that no tool tries to fetch it.
    return re.sub(r"\n//# sourceMappingURL=\S*\s*$", "\n", js)


def _app_js() -> str:
    """The page's script: the parts in kg/templates/page/, in name order, in one closure."""
    parts = sorted(PAGE_JS.glob("*.js"))
    if not parts:
        raise VizError(f"{PAGE_JS}: the page's script is missing")
    return ("/* kg interactive graph. Data comes from JSON blocks and is shown with textContent only:\n"
            "   nothing from an article is ever parsed as HTML. */\n(function () {\n\"use strict\";\n"
            + "".join(p.read_text(encoding="utf-8") for p in parts) + "})();\n")


def _inline(code: str, tag: str) -> str:
    if re.search(rf"</{tag}", code, re.IGNORECASE) or "<!--" in code:
        raise VizError(f"inline {tag} contains a closing tag")
    return code


def _csp_hash(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode() + "'"


#: Where the graph's JSON goes in the rendered template: markup the template cannot hold
#: otherwise (everything else from data is escaped), replaced by the JSON written in pieces.
_GRAPH_SLOT = "<kg-graph-json/>"


def page_pieces(data: dict, evidence_block: dict, title: str, quads: list, types: list) -> Iterator[str]:
    """The page in pieces: the template rendered around the graph's JSON block, which is
    streamed (``kg.vizcolumns.json_pieces``); the columns' files are closed when it is written.
    With side files (``data["meta"]["evidence"]``) the page may load scripts of its own origin."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined
    from markupsafe import Markup

    side = "evidence" in data["meta"]
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)), autoescape=True, undefined=StrictUndefined,
        keep_trailing_newline=True,
    )
    vis_js = _inline(_vis_js(), "script")
    app_js = _inline(_app_js(), "script")
    css = _inline("".join((TEMPLATES / name).read_text(encoding="utf-8") for name in ("graph.css", "timeline.css")),
                  "style")
    csp = "; ".join([
        "default-src 'none'",
        f"script-src {_csp_hash(vis_js)} {_csp_hash(app_js)}" + (" 'self'" if side else ""),
        "style-src 'unsafe-inline'",
        "img-src data:",
        "base-uri 'none'",
        "form-action 'none'",
    ])
    page = env.get_template("graph.html").render(
        title=title, csp=csp, css=Markup(css), vis_js=Markup(vis_js), app_js=Markup(app_js),
        graph_json=Markup(_GRAPH_SLOT), evidence_json=Markup(script_json(evidence_block)),
        quads=quads, types=types,
    )
    head, slot, tail = page.partition(_GRAPH_SLOT)
    if not slot or _GRAPH_SLOT in tail:
        raise VizError("the page template must hold the graph's JSON block once")
    yield head
    try:
        yield from json_pieces(data, script_json)
    finally:
        for column in data.values():
            if isinstance(column, Column):
                column.close()
    yield tail
