"""CAMEO 1.1b3 event codes: the table of the codes kg uses, and what a claim's code is.

Analysts compare kg with GDELT, ICEWS and POLECAT, which code events in CAMEO. Every
lexicon trigger names the most specific CAMEO code it implies (``cameo = "072"`` in
``kg/data/lexicon/*.toml``); this module reads the table of those codes
(``kg/ontologies/cameo.csv``: code, name, quad class, Goldstein score, the intent code
of a pledge, the kg relations that may use it) and answers the questions the engine and
the exports ask: is a code valid, which code stands for a relation when a trigger names
none, and which code a claim carries given its status — CAMEO tells a promise from the
act ("will send troops" is 0334, *express intent to provide military protection*; "sent
troops" is 074), so a pledged claim carries the intent code of its act. Codes whose act is
a statement (praise, accusation, threat) have no intent code: saying it is doing it.

The table is data (a CSV file an analyst can open), validated when loaded: codes are two
to four digits, the quad class is the one of the code's root (01-05 verbal cooperation, 06-08
material cooperation, 09-13 verbal conflict, 14-20 material conflict, as GDELT assigns
them), intent codes are in the table, and every kg relation has exactly one default code.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kg.records import RELATIONS

TABLE_PATH = Path(__file__).parent / "ontologies" / "cameo.csv"
#: GDELT's QuadClass numbers and kg's names for them (``kg.records.RELATIONS`` values).
QUAD_CLASSES = {1: "verbal_cooperation", 2: "material_cooperation", 3: "verbal_conflict", 4: "material_conflict"}
STATUSES = ("done", "ongoing", "pledged")
_CODE = re.compile(r"\d{2,4}")


class CameoError(ValueError):
    """The CAMEO table is malformed; the message names the file and line."""


@dataclass(frozen=True)
class CameoCode:
    code: str  # "072"
    name: str  # "Provide military aid"
    quad_class: int  # 1-4, as GDELT's QuadClass
    goldstein: float  # the Goldstein score of the code
    pledge: str | None  # the intent code of a promise of this act ("0332"), None for statements
    relations: tuple[str, ...]  # kg relations whose triggers may name this code

    @property
    def root(self) -> str:
        """The two-digit root code (GDELT's EventRootCode)."""
        return self.code[:2]

    @property
    def base(self) -> str:
        """The three-digit base code (GDELT's EventBaseCode)."""
        return self.code[:3]


def quad_of_root(root: str) -> int:
    """GDELT's quad class of a root code: 01-05 -> 1, 06-08 -> 2, 09-13 -> 3, 14-20 -> 4."""
    n = int(root)
    if not 1 <= n <= 20:
        raise ValueError(f"'{root}' is not a CAMEO root code (01-20)")
    return 1 if n <= 5 else 2 if n <= 8 else 3 if n <= 13 else 4


@dataclass(frozen=True)
class CameoTable:
    codes: dict[str, CameoCode]
    defaults: dict[str, str]  # relation -> the code of a trigger that names none

    def __contains__(self, code: str) -> bool:
        return code in self.codes

    def __getitem__(self, code: str) -> CameoCode:
        return self.codes[code]

    def allowed(self, code: str, relation: str) -> bool:
        """Whether a trigger of ``relation`` may name ``code``."""
        return code in self.codes and relation in self.codes[code].relations

    def for_status(self, code: str | None, status: str) -> str | None:
        """The code a claim carries: the intent code of its act when it is pledged and the act has one."""
        if code is None or status != "pledged":
            return code
        return self.codes[code].pledge or code


def _read(path: Path) -> CameoTable:
    codes: dict[str, CameoCode] = {}
    defaults: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for n, row in enumerate(rows, 2):
        where = f"{path.name}:{n}"
        code = (row.get("code") or "").strip()
        if not _CODE.fullmatch(code):
            raise CameoError(f"{where}: '{code}' is not a CAMEO code (two to four digits)")
        if code in codes:
            raise CameoError(f"{where}: code {code} twice")
        try:
            quad, goldstein = int(row["quad_class"]), float(row["goldstein"])
        except (TypeError, ValueError):
            raise CameoError(f"{where}: quad_class is 1-4 and goldstein a number") from None
        if quad != quad_of_root(code[:2]):
            raise CameoError(f"{where}: code {code} is in quad class {quad_of_root(code[:2])}, not {quad}")
        if not -10.0 <= goldstein <= 10.0:
            raise CameoError(f"{where}: a Goldstein score is between -10 and 10")
        relations = tuple((row.get("relations") or "").split())
        bad = [r for r in relations if r not in RELATIONS]
        if bad:
            raise CameoError(f"{where}: unknown relation '{bad[0]}'")
        for rel in (row.get("default_for") or "").split():
            if rel not in relations:
                raise CameoError(f"{where}: default_for {rel}, but {rel} is not among its relations")
            if rel in defaults:
                raise CameoError(f"{where}: {rel} has a default code already ({defaults[rel]})")
            defaults[rel] = code
        codes[code] = CameoCode(code, row["name"].strip(), quad, goldstein, (row.get("pledge") or "").strip() or None,
                                relations)
    for c in codes.values():
        if c.pledge is not None and c.pledge not in codes:
            raise CameoError(f"{path.name}: the pledge code {c.pledge} of {c.code} is not in the table")
    missing = [r for r in RELATIONS if r not in defaults]
    if missing:
        raise CameoError(f"{path.name}: no default code for {', '.join(missing)}")
    return CameoTable(codes, defaults)


@cache
def cameo_table(path: Path = TABLE_PATH) -> CameoTable:
    """The CAMEO table (read once)."""
    return _read(path)
