"""CSV for readers' spreadsheets: one writer for the data downloads and the charts' data.

A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return at the start)
gets a leading apostrophe: article text is data, never a formula (CSV injection).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> object:
    """Plain values; text that would run as a formula gets a leading apostrophe; None is empty."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return "" if value is None else value


def to_csv(header: Sequence[str], rows: Iterable[Sequence[object]], numeric: Sequence[bool] = ()) -> str:
    """The table as CSV text; cells of `numeric` columns are numbers written by us, kept as they are."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([csv_cell(column) for column in header])
    for row in rows:
        writer.writerow([cell if index < len(numeric) and numeric[index] else csv_cell(cell)
                         for index, cell in enumerate(row)])
    return buffer.getvalue()
