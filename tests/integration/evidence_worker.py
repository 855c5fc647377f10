"""A desk process for the evidence-pack crash test (`python -m tests.integration.evidence_worker
DATA_DIR complete|serve`): `complete` receives RMA1 with one of its two declared units (a
missing item: a fraud flag), a photo and a grade, and completes it — a fault point may kill it
right after that commit; `serve` starts the desk again and serves the pending evidence jobs
as its start does, printing how many packs it made."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from receiving_desk.adapters.photos import PhotoStore
from receiving_desk.bootstrap import Services
from tests.integration.central_worker import clerk, open_desk
from tests.seed import EARBUDS, RMA1, item_code, seed

STATION = "EVID-01"
# A 1×1 PNG: enough to be a photo the desk stores and hashes.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de"
    "0000000c4944415408d763f8cfc000000301010018dd8db40000000049454e44ae426082"
)


def complete(data_dir: Path) -> str:
    services = open_desk(data_dir, STATION)
    try:
        return complete_on(services, data_dir)
    finally:
        services.close()


def complete_on(services: Services, data_dir: Path) -> str:
    seed(services.uow_factory, services.hasher, services.clock.now())
    session = clerk(STATION)
    receipt = services.receiving.open_parcel(session, RMA1, None, RMA1)
    services.receiving.record_item(session, receipt.id, item_code(EARBUDS), gtin14=EARBUDS.gtins[0])
    source = data_dir / "taken.png"
    source.write_bytes(PNG)
    name = PhotoStore(services.config.photo_dir).add(source)
    services.inspection.add_photo(session, receipt.id, name)
    services.inspection.grade(session, receipt.id, "B", "box dented")
    services.receiving.complete(session, receipt.id)  # a fault point may end the process here
    return receipt.id


def serve(data_dir: Path) -> int:
    services = open_desk(data_dir, STATION)
    assert services.evidence is not None
    made = services.evidence.run_pending()
    services.close()
    return len(made)


if __name__ == "__main__":
    folder, what = Path(sys.argv[1]), sys.argv[2]
    result = complete(folder) if what == "complete" else serve(folder)
    print(json.dumps({"result": result}))
