"""The report's codes, figure labels and column titles as the user's language writes them.

The report (services) keeps codes and English labels; the view translates them here, with
the same English texts as source strings (context "ReportNames"), so the PDF's English and
the screen say the same thing."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from receiving_desk.domain.rma import ReturnReason
from receiving_desk.domain.rules import Disposition
from receiving_desk.gui.messages import disposition_text, reason_text
from receiving_desk.services.report_names import NAMES, humanize

CONTEXT = "ReportNames"

# The English texts a report shows that are not codes: marked here for the translators.
LABELS = (
    QT_TRANSLATE_NOOP("ReportNames", "Parcels received"),
    QT_TRANSLATE_NOOP("ReportNames", "Units inspected"),
    QT_TRANSLATE_NOOP("ReportNames", "Active clerk time"),
    QT_TRANSLATE_NOOP("ReportNames", "Units per clerk-hour"),
    QT_TRANSLATE_NOOP("ReportNames", "Units returned to stock"),
    QT_TRANSLATE_NOOP("ReportNames", "Value returned to stock"),
    QT_TRANSLATE_NOOP("ReportNames", "Refund recommendations"),
    QT_TRANSLATE_NOOP("ReportNames", "Refund value"),
    QT_TRANSLATE_NOOP("ReportNames", "Returns flagged"),
    QT_TRANSLATE_NOOP("ReportNames", "Returns with fraud indicators"),
    QT_TRANSLATE_NOOP("ReportNames", "Outside the return window"),
    QT_TRANSLATE_NOOP("ReportNames", "Accepted by leniency"),
    QT_TRANSLATE_NOOP("ReportNames", "Supervisor overrides"),
    QT_TRANSLATE_NOOP("ReportNames", "Voided returns"),
    QT_TRANSLATE_NOOP("ReportNames", "Labels printed"),
    QT_TRANSLATE_NOOP("ReportNames", "Reprints"),
    QT_TRANSLATE_NOOP("ReportNames", "Sync backlog"),
    QT_TRANSLATE_NOOP("ReportNames", "Oldest unsent"),
)
CODES = (
    QT_TRANSLATE_NOOP("ReportNames", "Not declared"),
    QT_TRANSLATE_NOOP("ReportNames", "Wrong item"),
    QT_TRANSLATE_NOOP("ReportNames", "Undeclared extra item"),
    QT_TRANSLATE_NOOP("ReportNames", "Missing item"),
    QT_TRANSLATE_NOOP("ReportNames", "Empty box"),
    QT_TRANSLATE_NOOP("ReportNames", "Quantity short"),
    QT_TRANSLATE_NOOP("ReportNames", "Quantity over"),
    QT_TRANSLATE_NOOP("ReportNames", "Serial number mismatch"),
    QT_TRANSLATE_NOOP("ReportNames", "No return authorization"),
    QT_TRANSLATE_NOOP("ReportNames", "Full refund"),
    QT_TRANSLATE_NOOP("ReportNames", "Partial refund"),
    QT_TRANSLATE_NOOP("ReportNames", "No refund"),
    QT_TRANSLATE_NOOP("ReportNames", "Inside the window"),
    QT_TRANSLATE_NOOP("ReportNames", "Late, accepted by leniency"),
    QT_TRANSLATE_NOOP("ReportNames", "Outside the window"),
    QT_TRANSLATE_NOOP("ReportNames", "Open"),
    QT_TRANSLATE_NOOP("ReportNames", "Completed"),
    QT_TRANSLATE_NOOP("ReportNames", "Voided"),
    QT_TRANSLATE_NOOP("ReportNames", "Set aside"),
    QT_TRANSLATE_NOOP("ReportNames", "Return voided"),
    QT_TRANSLATE_NOOP("ReportNames", "Disposition overridden"),
    QT_TRANSLATE_NOOP("ReportNames", "Scan undone"),
    QT_TRANSLATE_NOOP("ReportNames", "Unit cancelled"),
    QT_TRANSLATE_NOOP("ReportNames", "Parcel set aside"),
    QT_TRANSLATE_NOOP("ReportNames", "Unknown category"),
    QT_TRANSLATE_NOOP("ReportNames", "Electronics"),
    QT_TRANSLATE_NOOP("ReportNames", "Apparel"),
    QT_TRANSLATE_NOOP("ReportNames", "Footwear"),
    QT_TRANSLATE_NOOP("ReportNames", "Home"),
    QT_TRANSLATE_NOOP("ReportNames", "Toys"),
    QT_TRANSLATE_NOOP("ReportNames", "Beauty"),
    QT_TRANSLATE_NOOP("ReportNames", "Books"),
    QT_TRANSLATE_NOOP("ReportNames", "Tools"),
)


def label_text(english: str) -> str:
    """A figure label, column or table title of the report, translated."""
    return QCoreApplication.translate(CONTEXT, english)


def code_text(code: str) -> str:
    """A code the report counts by, as the user's language names it."""
    if code in Disposition.__members__.values():
        return disposition_text(Disposition(code))
    if code in ReturnReason.__members__.values():
        return reason_text(ReturnReason(code))
    return label_text(NAMES.get(code) or humanize(code))
