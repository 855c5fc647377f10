"""A report as CSV: one file per table, UTF-8 with a byte-order mark (so spreadsheet software
opens CJK and Cyrillic text correctly), comma-separated, plain values (no thousands
separators; money with two decimals; empty for "not applicable")."""

from __future__ import annotations

import csv
from pathlib import Path

from receiving_desk.services.reports import Report, Value

ENCODING = "utf-8-sig"


def _plain(value: Value) -> str:
    return "" if value is None else str(value)


def about_rows(report: Report) -> list[tuple[str, str]]:
    period = report.filter.period
    return [
        ("site", report.site),
        ("report", report.scope),
        ("covers", report.covers),
        ("source", report.source),
        ("time zone", report.timezone),
        ("from (local)", report.local(period.start)),
        ("to (local)", report.local(period.end)),
        ("from (UTC)", period.start.isoformat()),
        ("to (UTC)", period.end.isoformat()),
        ("generated (local)", report.local(report.generated_at)),
    ]


def write_report_csv(report: Report, folder: Path, prefix: str = "") -> list[Path]:
    """`folder/<prefix>about.csv` and one `<prefix><table>.csv` per table; returns the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    path = folder / f"{prefix}about.csv"
    with path.open("w", encoding=ENCODING, newline="") as out:
        writer = csv.writer(out)
        writer.writerow(("field", "value"))
        writer.writerows(about_rows(report))
    written.append(path)
    for table in report.tables:
        path = folder / f"{prefix}{table.name}.csv"
        with path.open("w", encoding=ENCODING, newline="") as out:
            writer = csv.writer(out)
            writer.writerow(table.columns)
            writer.writerows([_plain(v) for v in row] for row in table.rows)
        written.append(path)
    return written
