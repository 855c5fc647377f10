"""The words of an evidence pack (its PDF and the ZIP's tables), marked for the desk's one
catalogue (context "Evidence"); adapters/evidence reads them in the station's language, as
the labels' words are read (services/label_texts.py). Values — codes, SKUs, LPNs, names,
times — are never translated: only these words."""

from __future__ import annotations


def _t(text: str) -> str:
    """Marks a text for the catalogue (context "Evidence"); translated when the pack is made."""
    return text


CONTEXT = "Evidence"

TEXTS: frozenset[str] = frozenset(
    {
        # the page
        _t("Evidence pack — {code}"),
        _t("Station {station} · status {status} · pack {pack} · made {made}"),
        _t("none"),
        _t("Photos"),
        _t("Unit {seq} · {name} · SHA-256 {digest}"),
        _t("Unit {seq} · {name} — file missing from the photo folder"),
        _t("(not drawable here: see the ZIP)"),
        _t(
            "The SHA-256 of this file and of every photo are recorded at the desk and "
            "centrally: check a copy with `receiving-desk evidence verify FILE`."
        ),
        # who and when
        _t("Who and when"),
        _t("Fact"),
        _t("Value"),
        _t("Receipt"),
        _t("RMA"),
        _t("(blind receipt)"),
        _t("Station"),
        _t("Opened by"),
        _t("Opened at"),
        _t("Parcel scan"),
        _t("Status"),
        _t("Completed by"),
        _t("Completed at"),
        _t("Void reason"),
        _t("Order"),
        _t("Customer"),
        _t("Order date"),
        _t("Delivered at"),
        # declared lines
        _t("Declared by the customer"),
        _t("Line"),
        _t("SKU"),
        _t("Qty"),
        _t("Reason"),
        _t("Customer's note"),
        _t("Serial sold"),
        # scans
        _t("Scan journal while the return was open"),
        _t("Time"),
        _t("Scanner"),
        _t("AIM"),
        _t("Data"),
        _t("PINs masked. Every scan at this desk in the time the return was open."),
        # units
        _t("Units, scans and grades"),
        _t("Scanned at"),
        _t("By"),
        _t("Scan"),
        _t("Match"),
        _t("Serial"),
        _t("Grade"),
        _t("Graded by"),
        _t("Graded at"),
        _t("Conditions"),
        _t("Note"),
        _t("LPN"),
        # checklists
        _t("Checklist answers"),
        _t("Question"),
        _t("Answer"),
        # decisions
        _t("Disposition, refund and overrides"),
        _t("Disposition"),
        _t("Rule"),
        _t("Why"),
        _t("Window"),
        _t("Refund"),
        _t("Held / notes"),
        _t("Override"),
        _t("Override reason"),
        _t("Override by"),
        _t("Override at"),
        # weights
        _t("Weights"),
        _t("Weighed"),
        _t("Weight (g)"),
        _t("Expected (g)"),
        _t("Range (g)"),
        _t("Finding"),
        _t("Parcel, before opening"),
        _t("Unit {seq} ({sku})"),
        _t("within range"),
        _t("empty box"),
        _t("too light"),
        _t("too heavy"),
        _t("not weighed"),
        _t("no expected weight"),
        _t(
            "Expected: the catalog weight ± the category's tolerance (the rules' [weights]); "
            "a parcel adds its packaging."
        ),
        # grades of audited units
        _t("Grades of audited units"),
        _t("Inspection"),
        _t("Who"),
        _t("When"),
        _t("Details"),
        _t("First grade"),
        _t("Blind second grade"),
        _t("Gold calibration grade"),
        _t("Final grade (supervisor)"),
        _t("held for audit: {reason}, now {state}"),
        _t("approved at the desk of {clerk}"),
        _t("Both inspections are kept; the final grade is the one the stock and refund follow."),
        # flags, stock, labels, audit entries
        _t("Flags"),
        _t("Flag"),
        _t("Unit"),
        _t("Evidence"),
        _t("Stock movements"),
        _t("From"),
        _t("To"),
        _t("Labels printed"),
        _t("Queued"),
        _t("Label"),
        _t("Template"),
        _t("State"),
        _t("Sent"),
        _t("Attempts"),
        _t("reprint"),
        _t("Audit entries"),
        _t("Action"),
        _t("Subject"),
    }
)
