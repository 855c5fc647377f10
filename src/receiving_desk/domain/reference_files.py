"""Read a reference-data CSV: header row, UTF-8 with or without BOM, `,` or `;` (sniffed from
the header line), quoted cells may span lines. Rows keep the file line they start on, so a
problem is named as file:line."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from receiving_desk.domain import shopify_export as shopify
from receiving_desk.domain.reference_rows import (
    FileRefused,
    Kind,
    Problem,
    Row,
    _t,
    missing_columns,
    problem,
)


@dataclass
class Source:
    path: Path
    header: list[str]
    rows: list[Row]
    format: str  # "csv" or the platform export it was read as
    columns: dict[str, str] = field(default_factory=dict)  # desk column -> the file's name

    def column(self, name: str) -> str:
        return self.columns.get(name, name)


def _delimiter(first_line: str) -> str:
    # The header names have neither separator inside them in every format read here, so
    # whichever occurs more in the header line is the separator.
    return ";" if first_line.count(";") > first_line.count(",") else ","


def _lines(text: str) -> Iterator[tuple[int, list[str]]]:
    first = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first), strict=True)
    line = 1
    try:
        for cells in reader:
            yield line, cells
            line = reader.line_num + 1
    except csv.Error as exc:
        raise FileRefused(problem(reader.line_num, "", _t("not CSV: {error}"), error=exc)) from None


def read_source(path: Path, kind: Kind) -> Source:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FileRefused(Problem(0, "", exc.strerror or str(exc))) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        utf8 = _t("not UTF-8 text (save the file as UTF-8)")
        raise FileRefused(problem(line, "", utf8)) from None
    lines = _lines(text)
    try:
        _, header = next(lines)
    except StopIteration:
        raise FileRefused(problem(1, "", _t("empty file: a header row is needed"))) from None
    header = [name.strip() for name in header]
    raw = [(line, cells) for line, cells in lines if any(c.strip() for c in cells)]
    for line, cells in raw:
        if len(cells) > len(header):
            raise FileRefused(
                problem(
                    line,
                    "",
                    _t("{cells} cells, the header has {header}"),
                    cells=len(cells),
                    header=len(header),
                )
            )
    rows: list[Row] = [(line, dict(zip(header, cells, strict=False))) for line, cells in raw]
    if kind is Kind.PRODUCTS and shopify.is_product_export(header):
        products = shopify.product_rows(rows)
        return Source(path, header, products, "shopify-products", shopify.columns(header))
    missing = missing_columns(kind, header)
    if missing:
        raise FileRefused(
            problem(1, "", _t("missing column(s): {columns}"), columns=", ".join(missing))
        )
    return Source(path, header, rows, "csv")
