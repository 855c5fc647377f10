"""Many desks (separate processes, separate local stores) syncing one central database at once;
two desks receiving halves of the same RMA (a parcel split across stations)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import URL, Engine, select, text

from receiving_desk.adapters.central import schema
from tests.integration.central_fixtures import *  # noqa: F403
from tests.integration.central_fixtures import libpq
from tests.integration.central_worker import central_totals, seed_central
from tests.seed import EARBUDS, MUG

pytestmark = pytest.mark.postgres
REPO = Path(__file__).resolve().parents[2]
OWN = 4  # whole returns per desk
HANG_GUARD_S = 600  # all desks together


def desks(
    central_engine: Engine, central_url: URL, tmp_path: Path, n: int, urls: list[URL] | None = None
) -> None:
    """n desk processes at once; desk d connects with urls[d] (default: the admin URL)."""
    plan = seed_central(central_engine, generated=n * OWN + n, skus=(EARBUDS.sku, MUG.sku))
    whole, split = plan[: n * OWN], [number for number, _ in plan[n * OWN :]]

    def url(d: int) -> str:
        found = central_url if urls is None else urls[d]
        return libpq(found).replace("postgresql://", "postgresql+psycopg://", 1)

    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
    }
    procs = []
    for d in range(n):
        mine = whole[d * OWN : (d + 1) * OWN]
        # Split parcels: desk d gets the earbuds of split RMA d, the mug of split RMA d-1.
        mine += [(split[d], [EARBUDS.sku]), (split[d - 1], [MUG.sku])]
        args = [
            "--central",
            url(d),
            "--data",
            str(tmp_path / f"desk{d}"),
            "--station",
            f"DESK-{d:02d}",
            "--plan",
            json.dumps(mine),
            "--batch",
            "7",
        ]
        procs.append(
            subprocess.Popen(
                [sys.executable, "-m", "tests.integration.central_worker", *args],
                stdout=subprocess.PIPE,
                text=True,
                cwd=REPO,
                env=env,
            )
        )
    summaries = []
    # A hang guard, not a timing window: on a loaded machine eight desk processes (each
    # migrating its own store, then working and syncing) share the cores for minutes.
    deadline = time.monotonic() + HANG_GUARD_S
    try:
        for proc in procs:
            out, _ = proc.communicate(timeout=max(1.0, deadline - time.monotonic()))
            assert proc.returncode == 0, out
            summaries.append(json.loads(out.strip().splitlines()[-1]))
    finally:
        # On a failure, no desk process is left running with an open pipe: the garbage
        # collector would report them during whichever test runs next.
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
            proc.communicate()
    returns = n * (OWN + 2)
    assert sum(s["units"] for s in summaries) == n * (OWN * 2 + 2)
    totals = central_totals(central_engine)
    assert {
        k: totals[k] for k in ("receipts", "completed", "inspections", "events", "numbering_errors")
    } == {
        "receipts": returns,
        "completed": returns,
        "inspections": sum(s["units"] for s in summaries) == n * (OWN * 2 + 2)
        and n * (OWN * 2 + 2),
        "events": sum(s["events"] for s in summaries),
        "numbering_errors": 0,
    }
    with central_engine.connect() as conn:
        seqs = dict(
            conn.execute(select(schema.desks.c.desk_id, schema.desks.c.last_desk_seq)).all()
        )
        assert seqs == {f"DESK-{d:02d}": summaries[d]["messages"] for d in range(n)}
        progress = conn.execute(
            text(
                "SELECT status, completed_receipts, received_units FROM rma_progress "
                "WHERE rma_number = ANY(:s)"
            ),
            {"s": split},
        ).all()
        # Both halves kept (two receipts), the RMA received in full from their sum.
        assert progress == [("received", 2, 2)] * n
        desks_per_split = (
            conn.execute(
                text(
                    "SELECT count(DISTINCT desk_id) FROM status_events "
                    "WHERE return_key = ANY(:s) GROUP BY return_key"
                ),
                {"s": split},
            )
            .scalars()
            .all()
        )
        assert desks_per_split == [2] * n


def test_two_desks_at_once(central_engine: Engine, central_url: URL, tmp_path: Path) -> None:
    desks(central_engine, central_url, tmp_path, 2)


@pytest.mark.slow
def test_eight_desks_at_once(central_engine: Engine, central_url: URL, tmp_path: Path) -> None:
    desks(central_engine, central_url, tmp_path, 8)
