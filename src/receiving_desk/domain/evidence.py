"""Evidence packs: which returns get one by themselves, and how a pack's contents are laid
out (sections of rows), so a new kind of fact (weights, a second inspection) adds a section
without touching the pack's renderer."""

from __future__ import annotations

from dataclasses import dataclass, field

from receiving_desk.domain.flags import FlagKind

# A return completed with one of these flags gets a pack at once, without anyone asking:
# what a switched item, an empty box or a brick looks like at the desk.
FRAUD_FLAGS: frozenset[FlagKind] = frozenset(
    {
        FlagKind.WRONG_ITEM,
        FlagKind.EMPTY_BOX,
        FlagKind.SERIAL_MISMATCH,
        FlagKind.MISSING_ITEM,
    }
)


class Reason:
    ON_DEMAND = "on_demand"
    FRAUD_FLAG = "fraud_flag"


@dataclass(frozen=True)
class Section:
    """One table of the pack: a title, column names and rows of printable values."""

    key: str  # stable name (the ZIP's JSON keeps sections under it)
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    note: str = ""


@dataclass(frozen=True)
class PhotoFile:
    name: str  # the stored name (the ZIP keeps it under photos/)
    unit_seq: int
    data: bytes | None  # None: the file is gone from the photo folder (the pack says so)


@dataclass(frozen=True)
class EvidenceFacts:
    """Everything the desk knows about one return, ready to print."""

    receipt_id: str
    rma_number: str | None
    station_id: str
    status: str
    sections: tuple[Section, ...]
    photos: tuple[PhotoFile, ...] = field(default=())
    language: str = ""  # the words' language (the station's); "" or English: as written

    @property
    def title_code(self) -> str:
        return self.rma_number or self.receipt_id
