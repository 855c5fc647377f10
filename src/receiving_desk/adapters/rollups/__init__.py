"""Daily report roll-ups: per UTC day, what the reports would count over that day's raw rows,
kept beside the raw tables on the desk (SQLite) and centrally (PostgreSQL).

- tables.py: the roll-up tables and the dirty-day list, defined once for both schemas;
- triggers.py: SQL triggers that mark a UTC day dirty in the very transaction that changes a
  row it counts (any code path: use cases, imports, the central merge, a hand-made fix);
- refresh.py: recomputes dirty days from the raw rows with the report's own conditions;
- (adapters/reports/rollup_source.py reads them: clean whole days from the roll-ups, the
  range's partial edge days and any dirty day from the raw rows.)
"""
