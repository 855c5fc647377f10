"""A real desk process without a screen, for the crash tests (`python -m
tests.integration.desk_runner station.toml`).

It is the desk as the GUI composes it, minus the widgets: the station file read by
`load_config`, `bootstrap` (store, print queue and its workers, syncer), the scanners through
the scan feed (serial reader, framing, scan journal) and one thread that hands each journaled
scan to the desk in arrival order, as the GUI's store executor does. The clerk works by
scanner alone, log-in included (badge, then the badge card's PIN barcode); stdin only says when
the shift ends (closed: the desk prints what is queued, drains its backlog to central, stops).
What the screen would show is one JSON line per handled scan on stdout, a PIN never in it; a
scan the scanner's framing dropped (a duplicate read, noise) is a line too, so a test is told
at once instead of waiting for an answer that cannot come. A fault point
(RECEIVING_DESK_FAULT) kills it wherever the test asks.
"""

from __future__ import annotations

import json
import queue
import sys
import threading
import time
from pathlib import Path
from typing import Any

from receiving_desk.adapters.central import local_state
from receiving_desk.adapters.scanners.feed import ScanFeed
from receiving_desk.adapters.scanners.framing import Discard
from receiving_desk.adapters.scanners.reader import ScannerStatus
from receiving_desk.adapters.store.journal import JournaledScan
from receiving_desk.bootstrap import bootstrap
from receiving_desk.config import load_config
from receiving_desk.domain.barcodes.pin_scans import shown as masked
from receiving_desk.domain.errors import DeskError
from receiving_desk.services.desk_events import DeskResult

_out = threading.Lock()  # scanner threads and the desk's thread both report


def say(kind: str, **fields: Any) -> None:
    line = json.dumps({"kind": kind, **fields}, default=str) + "\n"
    with _out:
        sys.stdout.write(line)
        sys.stdout.flush()


def shown(result: DeskResult) -> dict[str, Any]:
    """What the clerk sees: the event, the step, and the parcel's units."""
    view = result.view
    units = []
    if view.parcel is not None:
        units = [
            {"sku": u.sku, "graded": u.grade is not None, "lpn": u.lpn,
             "destination": u.destination, "match": str(u.match)}
            for u in view.parcel.units
        ]  # fmt: skip
    return {"event": result.event.value, "step": view.step.value, "units": units}


def _params(error: DeskError) -> dict[str, str]:
    """What the refusal names (the code scanned, the step expected), as the screen shows it."""
    return {key: str(value) for key, value in error.params.items()}


def main(station_file: str) -> None:
    config = load_config(Path(station_file))
    services = bootstrap(config)
    desk = services.new_desk()
    patterns = config.patterns
    scans: queue.Queue[str | None] = queue.Queue()

    def on_scan(journaled: JournaledScan) -> None:
        scans.put(journaled.scan.data)

    def on_status(status: ScannerStatus) -> None:
        say("scanner", state=str(status.state))

    def on_discard(source: str, discard: Discard) -> None:
        raw = masked(discard.raw.decode("latin-1"), patterns)
        say("discarded", scanner=source, reason=discard.reason, input=raw)

    def end_of_shift() -> None:
        sys.stdin.read()  # returns when the test closes stdin
        scans.put(None)

    feed = ScanFeed(services.engine, config.scanners, patterns)
    feed.start(on_scan, on_status, on_discard=on_discard)
    services.syncer.start()
    threading.Thread(target=end_of_shift, daemon=True).start()
    say("started")
    while (data := scans.get()) is not None:
        seen = masked(data, patterns)  # a PIN card's scan is never echoed
        try:
            result = desk.scan(data)
        except DeskError as error:
            say("refused", input=seen, code=error.code.value, params=_params(error))
            continue
        say("result", input=seen, **shown(result))
    feed.stop()
    services.print_queue.wait_idle(30)
    if not config.standalone:  # the clerk leaves once central has everything
        deadline = time.monotonic() + 60
        while local_state.backlog(services.engine).count and time.monotonic() < deadline:
            services.syncer.request_sync_now()
            time.sleep(0.2)
    services.close()
    say("stopped")


if __name__ == "__main__":
    main(sys.argv[1])
