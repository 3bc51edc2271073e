"""CSV cells that a spreadsheet cannot run as formulas.

Excel, LibreOffice and Google Sheets evaluate a cell that begins with ``=``, ``+``, ``-`` or
``@`` (and some with a leading tab or carriage return) as a formula, which can compute,
fetch URLs or start programs (``=HYPERLINK(...)``, ``=cmd|' /C calc'!A0``). Article text and
actor names are untrusted, so every CSV kg writes passes its cells through ``csv_cell``: such
a cell gets a leading apostrophe, which spreadsheets show as text. Plain numbers (``-3``,
``+1.5``) are left alone: they cannot be formulas.

The change can be undone exactly (``csv_value``): a cell is prefixed when it matches
``'*[=+\\-@\\t\\r]`` (any apostrophes, then a formula character), so reading strips one
apostrophe from cells that match ``'+[=+\\-@\\t\\r]`` and nothing else.
"""

from __future__ import annotations

import re

_FORMULA = re.compile(r"'*[=+\-@\t\r]")
_ESCAPED = re.compile(r"'+[=+\-@\t\r]")
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


def csv_cell(value) -> str:
    """``value`` as a CSV cell that no spreadsheet runs as a formula."""
    s = "" if value is None else str(value)
    if _FORMULA.match(s) and not _NUMBER.fullmatch(s):
        return "'" + s
    return s


def csv_value(cell: str) -> str:
    """The value a ``csv_cell`` cell stands for (its neutralizing apostrophe removed)."""
    return cell[1:] if _ESCAPED.match(cell) else cell
