"""A report as CSV: one file per table, packed in one ZIP named after what the report covers
(range or shift, station, clerk), so a second export never overwrites the first one's files.

Each CSV is UTF-8 with a byte-order mark (spreadsheet software then opens CJK and Cyrillic
text correctly), comma-separated, plain values: no thousands separators, money with two
decimals in the currency named in about.csv, codes as the names people read, empty for
"not applicable".

A cell a spreadsheet would run as a formula (it starts with = + - @, a tab or a carriage
return: a customer's name, a note, a scanned code can) is neutralised as the OWASP
CSV-injection guidance says: a single quote goes before it, so it opens as text. Numbers,
negative ones included, are left as they are: they are data, not formulas.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

from receiving_desk.adapters.reports.words import ReportWords, report_words
from receiving_desk.services.reports import Report, ReportTable, Value, report_file_stem

__all__ = ["about_rows", "neutralised", "report_file_stem", "table_rows", "write_report_zip"]

ENCODING = "utf-8-sig"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def neutralised(cell: str) -> str:
    """`cell` as text a spreadsheet shows and never evaluates."""
    if cell.startswith(FORMULA_START) and not NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def _plain(value: Value, coded: bool, words: ReportWords) -> str:
    if value is None:
        return ""
    if coded:
        return words.code(str(value))
    return words.label(value) if isinstance(value, str) else str(value)


def about_rows(report: Report) -> list[tuple[str, str]]:
    """What the export covers, its field names in the report's language."""
    period, words = report.filter.period, report_words(report.locale)
    rows = [
        ("site", report.site),
        ("report", words.label(report.scope)),
        ("covers", words.covers(report.filter, report.clerk_name)),
        ("source", words.label(report.source)),
        ("time zone", report.timezone),
        ("currency", report.currency),
        ("from (local)", report.local(period.start)),
        ("to (local)", report.local(period.end)),
        ("from (UTC)", period.start.isoformat()),
        ("to (UTC)", period.end.isoformat()),
        ("generated (local)", report.local(report.generated_at)),
    ]
    return [(words.label(field), value) for field, value in rows]


def _csv_bytes(header: tuple[str, ...], rows: list[list[str]]) -> bytes:
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    writer.writerow([neutralised(h) for h in header])
    writer.writerows([neutralised(cell) for cell in row] for row in rows)
    return text.getvalue().encode(ENCODING)


def table_rows(table: ReportTable, words: ReportWords | None = None) -> list[list[str]]:
    words = words or report_words("en")
    return [[_plain(v, i in table.coded, words) for i, v in enumerate(row)] for row in table.rows]


def write_report_zip(report: Report, path: Path) -> Path:
    """`path` (a .zip): about.csv and one `<table>.csv` per table; written whole or not at
    all (a temporary file renamed into place)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        words = report_words(report.locale)
        about = [list(r) for r in about_rows(report)]
        head = (words.label("field"), words.label("value"))
        archive.writestr("about.csv", _csv_bytes(head, about))
        for table in report.tables:
            columns = tuple(words.label(c) for c in table.columns)
            archive.writestr(f"{table.name}.csv", _csv_bytes(columns, table_rows(table, words)))
    partial.replace(path)
    return path
