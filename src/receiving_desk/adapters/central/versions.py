"""Which event versions the central database accepts, and the check before each push.

The central schema lists, per topic, the oldest and newest event version it can take
(table `event_versions`, kept by the central migrations). Desks map their events to central
rows themselves, so a desk may push a batch only if, for every topic in it, the version it
maps is in that range: a desk one version behind a newer central still syncs; a desk too old
or too new for it is refused with both versions named, and its messages stay in its outbox.
The check runs per batch, in the batch's transaction, before anything is written.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import psycopg
from psycopg import errors as pg_errors

ACCEPTED_SQL = "SELECT topic, min_version, max_version FROM event_versions"
Accepted = dict[str, tuple[int, int]]  # topic -> (oldest, newest) accepted version


class SyncRefused(Exception):
    """The central database will not take this desk's batch until someone upgrades one of
    the two; nothing is lost (the batch stays in the outbox) and the syncer keeps retrying."""


def _refusal(topic: str, mine: int, accepted: tuple[int, int] | None) -> str:
    if accepted is None:
        return (
            f"the central database does not accept {topic} events (this desk sends {topic} "
            f"v{mine}): upgrade the central database"
        )
    low, high = accepted
    who = "this desk" if mine < low else "the central database"
    return (
        f"the central database accepts {topic} v{low} to v{high}; this desk sends "
        f"{topic} v{mine}: upgrade {who}"
    )


def accepted(cur: psycopg.Cursor[Any]) -> Accepted:
    """The central database's accepted version range per topic."""
    try:
        cur.execute(ACCEPTED_SQL)
    except pg_errors.UndefinedTable:  # the batch's transaction is rolled back as a whole
        raise SyncRefused(
            "the central database does not list the event versions it accepts (its schema "
            "is older than this desk): upgrade the central database"
        ) from None
    return {row[0]: (row[1], row[2]) for row in cur.fetchall()}


def check(
    cur: psycopg.Cursor[Any], versions: Mapping[str, int], known: Accepted | None = None
) -> Accepted | None:
    """Raise SyncRefused unless the central database accepts every (topic, version) of a
    batch. The ranges are read in the first batch's transaction and kept for the batches
    after it (`known`): one query per sync, not one per batch."""
    if not versions:
        return known
    ranges = known if known is not None else accepted(cur)
    problems = [
        _refusal(topic, mine, ranges.get(topic))
        for topic, mine in sorted(versions.items())
        if topic not in ranges or not ranges[topic][0] <= mine <= ranges[topic][1]
    ]
    if problems:
        raise SyncRefused("; ".join(problems))
    return ranges
