"""Barcode interpretation: what one scan costs, from payload to Interpretation.

Inputs: the verified vectors (tests/data/barcodes.json) and every published test number of
the carriers the desk claims (the public tracking-number data set it reads its rules from).
Baseline in the same run: biip.parse() on the same payloads, the GS1/GTIN library the
interpreter builds on (it answers fewer questions: no carriers, no desk patterns, no rules).

    .venv/bin/python benchmarks/interpret.py [--calls 20000]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import biip

from receiving_desk.domain.barcodes import interpret
from receiving_desk.domain.barcodes.tracking_formats import tracking_formats

VECTORS = Path(__file__).parents[1] / "tests" / "data" / "barcodes.json"


def payloads() -> list[tuple[str, str | None]]:
    vectors = json.loads(VECTORS.read_text(encoding="utf-8"))["vectors"]
    found = [(v["payload"], v.get("aim_id")) for v in vectors]
    for fmt in tracking_formats().values():
        found += [(n, "]C0") for n in (*fmt.valid, *fmt.invalid)]
    return found


def per_call(
    fn: Callable[[str, str | None], object], items: list[tuple[str, str | None]], n: int
) -> float:
    for payload, aim in items:  # warm caches (compiled regexes, the data set)
        fn(payload, aim)
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        for i in range(n):
            payload, aim = items[i % len(items)]
            fn(payload, aim)
        runs.append((time.perf_counter() - start) / n)
    return statistics.median(runs)


def _biip(payload: str, aim: str | None) -> object:
    try:
        return biip.parse((aim or "") + payload)
    except biip.ParseError:
        return None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=20000)
    args = parser.parse_args()
    items = payloads()
    ours = per_call(lambda p, a: interpret(p, a), items, args.calls)
    base = per_call(_biip, items, args.calls)
    print(f"{len(items)} payloads, {args.calls} calls per run, median of 5 runs")
    print(f"interpret()            {ours * 1e6:8.1f} µs per scan")
    print(f"baseline biip.parse()  {base * 1e6:8.1f} µs per scan")


if __name__ == "__main__":
    main()
