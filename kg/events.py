"""events.csv: one row per claim of the twelve relations, in the form analysts already use.

Analysts compare kg with GDELT, ICEWS and POLECAT, so the columns that have an equivalent in
GDELT 2.0's event table carry its names — ``GLOBALEVENTID`` (here the claim id), ``SQLDATE``
(the day of the event when the sentence dates it to the day, else the article's date),
``Actor1Code``/``Actor2Code`` (the state-level codes the actors lift to), ``Actor1Name``,
``Actor1CountryCode``, ``EventCode``/``EventBaseCode``/``EventRootCode``, ``QuadClass``,
``GoldsteinScale`` (from the CAMEO table, ``kg.cameo``), ``ActionGeo_FullName``,
``ActionGeo_Lat``/``ActionGeo_Long``, ``SOURCEURL`` — followed by kg's own: ``relation``,
``status``, ``modality``, ``negated``, ``hedged``, ``attributed_to``, the outlet, the
article, the place's id and state, the event's date and its precision (day, month, year) and
the article's date, ``sentence``, ``trigger``, ``rule``, ``confidence``.

Unlike GDELT, kg keeps what a source did *not* assert: negated, denied, hypothetical,
demanded and asked claims are rows too (``modality`` says which; ``negated`` is true), so
filter on ``modality == "asserted"`` for GDELT-like events. A pledge carries its intent code
(``status == "pledged"``, ``EventCode`` 03x). Structural facts (leaderOf, memberOf) are not
events and have no row. Every cell passes ``kg.spreadsheet.csv_cell``: article text cannot
become a spreadsheet formula.

Rows are rendered per article where it is extracted (``kg.fragments``) and written in
article order after the header, so the file streams like the other exports.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from kg.actors import Gazetteer
from kg.cameo import cameo_table
from kg.graph import claim_sort_key, resolve_actor
from kg.records import RELATIONS
from kg.spreadsheet import csv_cell

EVENT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor2Code", "Actor2Name",
    "Actor2CountryCode", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "ActionGeo_FullName", "ActionGeo_Lat", "ActionGeo_Long", "SOURCEURL",
    "relation", "status", "modality", "negated", "hedged", "attributed_to", "source", "doc", "lang",
    "subject", "object", "place", "place_state", "event_date", "event_precision", "published", "sentence",
    "trigger", "rule", "confidence",
)


def _actor(ref: dict, gazetteer: Gazetteer) -> tuple[str, str, str]:
    """(Actor code, name as the claim names it, country code) of a claim's actor at state level."""
    _nid, top = resolve_actor(ref, "state", gazetteer)
    code = top.get("code") or ref.get("code") or ""
    return code, ref.get("label") or ref.get("id") or "", code if top.get("type") == "State" else ""


def _place_name(place: dict, gazetteer: Gazetteer) -> str:
    """'Kharkiv, Ukraine': the place and the state it belongs to, as GDELT writes ActionGeo_FullName."""
    label = str(place.get("label") or place.get("id") or "")
    state = gazetteer.by_code(str(place["state"])) if place.get("state") else None
    return f"{label}, {state.label('en')}" if state is not None and state.label("en") != label else label


def event_rows(claims: Iterable[dict], gazetteer: Gazetteer) -> list[list]:
    """The events.csv rows of some claims (dicts of ``Claim.to_dict()``), in canonical order."""
    table = cameo_table()
    rows = []
    for c in sorted(claims, key=claim_sort_key):
        if c.get("relation") not in RELATIONS:
            continue
        code = c.get("cameo") or table.defaults[c["relation"]]
        ev = table[code] if code in table else None
        a1, a2 = _actor(c["subject"], gazetteer), _actor(c["object"], gazetteer)
        place = c.get("place") if isinstance(c.get("place"), dict) else None
        day = c.get("event_date") if c.get("event_precision") == "day" else None  # GDELT: the event's day
        date = str(day or c.get("published") or "")[:10].replace("-", "")
        rows.append([
            c.get("id"), date if len(date) == 8 and date.isdigit() else "",
            a1[0], a1[1], a1[2], a2[0], a2[1], a2[2],
            code, code[:3], code[:2], ev.quad_class if ev else "", ev.goldstein if ev else "",
            _place_name(place, gazetteer) if place else "",
            place.get("lat", "") if place else "", place.get("lon", "") if place else "",
            c.get("url") or "",
            c["relation"], c.get("status") or "done", c.get("modality") or "asserted",
            str(bool(c.get("negated"))).lower(), str(bool(c.get("hedged"))).lower(), c.get("attributed_to") or "",
            c.get("source") or "", c.get("doc") or "", c.get("lang") or "",
            c["subject"].get("id"), c["object"].get("id"), place.get("id") if place else "",
            place.get("state") or "" if place else "",
            c.get("event_date") or "", c.get("event_precision") or "", c.get("published") or "",
            " ".join(str(c.get("sentence") or "").split()), c.get("trigger") or "", c.get("rule") or "",
            c.get("confidence", ""),
        ])
    return rows


def _csv(rows: list[list]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerows([csv_cell(v) for v in row] for row in rows)
    return buf.getvalue().encode("utf-8")


def events_header() -> bytes:
    return _csv([list(EVENT_COLUMNS)])


def events_csv_rows(claims: Iterable[dict], gazetteer: Gazetteer) -> bytes:
    """The rows (no header) of some claims, as CSV bytes."""
    return _csv(event_rows(claims, gazetteer))
