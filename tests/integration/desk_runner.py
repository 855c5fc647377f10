"""A real desk process without a screen, for the crash tests (`python -m
tests.integration.desk_runner station.toml`).

It is the desk as the GUI composes it, minus the widgets: the station file read by
`load_config`, `bootstrap` (store, print queue and its workers, syncer), the scanners through
the scan feed (serial reader, framing, scan journal) and one thread that hands each journaled
scan to the desk in arrival order, as the GUI's store executor does. The clerk's keyboard is
stdin (`PIN <digits>`, `QUIT`); what the screen would show is one JSON line per handled input
on stdout. A fault point (RECEIVING_DESK_FAULT) kills it wherever the test asks.
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
from receiving_desk.adapters.scanners.reader import ScannerStatus
from receiving_desk.adapters.store.journal import JournaledScan
from receiving_desk.bootstrap import bootstrap
from receiving_desk.config import load_config
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
            {"sku": u.sku, "graded": u.grade is not None, "lpn": u.lpn} for u in view.parcel.units
        ]
    return {"event": result.event.value, "step": view.step.value, "units": units}


def main(station_file: str) -> None:
    config = load_config(Path(station_file))
    services = bootstrap(config)
    desk = services.new_desk()
    inputs: queue.Queue[tuple[str, str]] = queue.Queue()

    def on_scan(journaled: JournaledScan) -> None:
        inputs.put(("scan", journaled.scan.data))

    def on_status(status: ScannerStatus) -> None:
        say("scanner", state=str(status.state))

    def keyboard() -> None:
        for line in sys.stdin:
            word, _, rest = line.strip().partition(" ")
            inputs.put((word.lower(), rest))
        inputs.put(("quit", ""))

    feed = ScanFeed(services.engine, config.scanners)
    feed.start(on_scan, on_status)
    services.syncer.start()
    threading.Thread(target=keyboard, daemon=True).start()
    say("started")
    while True:
        kind, text = inputs.get()
        if kind == "quit":
            break
        try:
            result = desk.submit_pin(text) if kind == "pin" else desk.scan(text)
        except DeskError as error:
            say("refused", input=text if kind == "scan" else "PIN", code=error.code.value)
            continue
        say("result", input=text if kind == "scan" else "PIN", **shown(result))
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
