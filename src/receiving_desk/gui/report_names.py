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
# Table titles, column titles and the words in cells (units of a figure, trends).
TABLE_TEXTS = (
    QT_TRANSLATE_NOOP("ReportNames", "Grader agreement (blind audits)"),
    QT_TRANSLATE_NOOP("ReportNames", "Blind audits"),
    QT_TRANSLATE_NOOP("ReportNames", "Gold calibration grades"),
    QT_TRANSLATE_NOOP("ReportNames", "Agreement %"),
    QT_TRANSLATE_NOOP("ReportNames", "Weighted kappa (quadratic), all pairs"),
    QT_TRANSLATE_NOOP("ReportNames", "Fleiss' kappa, all graders"),
    QT_TRANSLATE_NOOP("ReportNames", "Agreement per clerk"),
    QT_TRANSLATE_NOOP("ReportNames", "Audits"),
    QT_TRANSLATE_NOOP("ReportNames", "Agreed"),
    QT_TRANSLATE_NOOP("ReportNames", "Agreement per pair of clerks"),
    QT_TRANSLATE_NOOP("ReportNames", "Other clerk"),
    QT_TRANSLATE_NOOP("ReportNames", "Weighted kappa"),
    QT_TRANSLATE_NOOP("ReportNames", "Agreement per category"),
    QT_TRANSLATE_NOOP("ReportNames", "Most frequent grade confusions"),
    QT_TRANSLATE_NOOP("ReportNames", "Grades"),
    QT_TRANSLATE_NOOP("ReportNames", "Times"),
    QT_TRANSLATE_NOOP("ReportNames", "Share of disagreements %"),
    QT_TRANSLATE_NOOP("ReportNames", "Agreement by hour of the shift"),
    QT_TRANSLATE_NOOP("ReportNames", "Hour"),
    QT_TRANSLATE_NOOP("ReportNames", "Gold set: clerks against the supervisor's grade"),
    QT_TRANSLATE_NOOP("ReportNames", "Gold units"),
    QT_TRANSLATE_NOOP("ReportNames", "Summary"),
    QT_TRANSLATE_NOOP("ReportNames", "Parcels received, by state"),
    QT_TRANSLATE_NOOP("ReportNames", "Clerks: units per active hour"),
    QT_TRANSLATE_NOOP("ReportNames", "Grade mix"),
    QT_TRANSLATE_NOOP("ReportNames", "Disposition mix (after overrides)"),
    QT_TRANSLATE_NOOP("ReportNames", "Refund recommendations"),
    QT_TRANSLATE_NOOP("ReportNames", "Return window"),
    QT_TRANSLATE_NOOP("ReportNames", "Discrepancies and fraud flags (completed returns)"),
    QT_TRANSLATE_NOOP("ReportNames", "Top return reasons by product, against the previous period"),
    QT_TRANSLATE_NOOP("ReportNames", "Top return reasons by category, against the previous period"),
    QT_TRANSLATE_NOOP("ReportNames", "Products whose defect returns stand out from their category"),
    QT_TRANSLATE_NOOP("ReportNames", "Supervisor overrides"),
    QT_TRANSLATE_NOOP("ReportNames", "Latest supervisor overrides (all of them in the drill-down)"),
    QT_TRANSLATE_NOOP("ReportNames", "Voided returns"),
    QT_TRANSLATE_NOOP("ReportNames", "Audited actions"),
    QT_TRANSLATE_NOOP("ReportNames", "Figure"),
    QT_TRANSLATE_NOOP("ReportNames", "Value"),
    QT_TRANSLATE_NOOP("ReportNames", "Unit"),
    QT_TRANSLATE_NOOP("ReportNames", "State"),
    QT_TRANSLATE_NOOP("ReportNames", "Parcels"),
    QT_TRANSLATE_NOOP("ReportNames", "Clerk"),
    QT_TRANSLATE_NOOP("ReportNames", "Units"),
    QT_TRANSLATE_NOOP("ReportNames", "Active hours"),
    QT_TRANSLATE_NOOP("ReportNames", "Units per hour"),
    QT_TRANSLATE_NOOP("ReportNames", "Minutes per unit"),
    QT_TRANSLATE_NOOP("ReportNames", "Overridden %"),
    QT_TRANSLATE_NOOP("ReportNames", "Grade"),
    QT_TRANSLATE_NOOP("ReportNames", "Share %"),
    QT_TRANSLATE_NOOP("ReportNames", "Goods value"),
    QT_TRANSLATE_NOOP("ReportNames", "Refund value"),
    QT_TRANSLATE_NOOP("ReportNames", "Disposition"),
    QT_TRANSLATE_NOOP("ReportNames", "Recommendation"),
    QT_TRANSLATE_NOOP("ReportNames", "Window"),
    QT_TRANSLATE_NOOP("ReportNames", "Flag"),
    QT_TRANSLATE_NOOP("ReportNames", "Fraud indicator"),
    QT_TRANSLATE_NOOP("ReportNames", "Returns"),
    QT_TRANSLATE_NOOP("ReportNames", "SKU"),
    QT_TRANSLATE_NOOP("ReportNames", "Product"),
    QT_TRANSLATE_NOOP("ReportNames", "Category"),
    QT_TRANSLATE_NOOP("ReportNames", "Reason"),
    QT_TRANSLATE_NOOP("ReportNames", "Previous period"),
    QT_TRANSLATE_NOOP("ReportNames", "Change"),
    QT_TRANSLATE_NOOP("ReportNames", "Trend"),
    QT_TRANSLATE_NOOP("ReportNames", "Defect reasons"),
    QT_TRANSLATE_NOOP("ReportNames", "Defect share %"),
    QT_TRANSLATE_NOOP("ReportNames", "Category defect share %"),
    QT_TRANSLATE_NOOP("ReportNames", "RMA"),
    QT_TRANSLATE_NOOP("ReportNames", "Proposed"),
    QT_TRANSLATE_NOOP("ReportNames", "Chosen"),
    QT_TRANSLATE_NOOP("ReportNames", "By"),
    QT_TRANSLATE_NOOP("ReportNames", "At"),
    QT_TRANSLATE_NOOP("ReportNames", "Station"),
    QT_TRANSLATE_NOOP("ReportNames", "Opened by"),
    QT_TRANSLATE_NOOP("ReportNames", "Voided at"),
    QT_TRANSLATE_NOOP("ReportNames", "Action"),
    QT_TRANSLATE_NOOP("ReportNames", "Count"),
    QT_TRANSLATE_NOOP("ReportNames", "parcels"),
    QT_TRANSLATE_NOOP("ReportNames", "units"),
    QT_TRANSLATE_NOOP("ReportNames", "hours"),
    QT_TRANSLATE_NOOP("ReportNames", "units/hour"),
    QT_TRANSLATE_NOOP("ReportNames", "labels"),
    QT_TRANSLATE_NOOP("ReportNames", "messages"),
    QT_TRANSLATE_NOOP("ReportNames", "local time"),
    QT_TRANSLATE_NOOP("ReportNames", "yes"),
    QT_TRANSLATE_NOOP("ReportNames", "new"),
    QT_TRANSLATE_NOOP("ReportNames", "up"),
    QT_TRANSLATE_NOOP("ReportNames", "down"),
    QT_TRANSLATE_NOOP("ReportNames", "same"),
    QT_TRANSLATE_NOOP("ReportNames", "(blind)"),
)
# What only the printed report says (PDF header, CSV about.csv), from the same catalogue.
PRINTED = (
    QT_TRANSLATE_NOOP("ReportNames", "Shift report — {0}"),
    QT_TRANSLATE_NOOP("ReportNames", "Page {0} of {1}"),
    QT_TRANSLATE_NOOP("ReportNames", "{0} · generated {1}"),
    QT_TRANSLATE_NOOP("ReportNames", "none in this period"),
    QT_TRANSLATE_NOOP("ReportNames", "Grade mix (units)"),
    QT_TRANSLATE_NOOP("ReportNames", "Disposition mix (units, after overrides)"),
    QT_TRANSLATE_NOOP("ReportNames", "station {0}"),
    QT_TRANSLATE_NOOP("ReportNames", "clerk {0}"),
    QT_TRANSLATE_NOOP("ReportNames", "all stations"),
    QT_TRANSLATE_NOOP("ReportNames", "all clerks"),
    QT_TRANSLATE_NOOP("ReportNames", "local store"),
    QT_TRANSLATE_NOOP("ReportNames", "central database"),
    QT_TRANSLATE_NOOP("ReportNames", "field"),
    QT_TRANSLATE_NOOP("ReportNames", "value"),
    QT_TRANSLATE_NOOP("ReportNames", "site"),
    QT_TRANSLATE_NOOP("ReportNames", "report"),
    QT_TRANSLATE_NOOP("ReportNames", "covers"),
    QT_TRANSLATE_NOOP("ReportNames", "source"),
    QT_TRANSLATE_NOOP("ReportNames", "time zone"),
    QT_TRANSLATE_NOOP("ReportNames", "currency"),
    QT_TRANSLATE_NOOP("ReportNames", "from (local)"),
    QT_TRANSLATE_NOOP("ReportNames", "to (local)"),
    QT_TRANSLATE_NOOP("ReportNames", "from (UTC)"),
    QT_TRANSLATE_NOOP("ReportNames", "to (UTC)"),
    QT_TRANSLATE_NOOP("ReportNames", "generated (local)"),
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
    QT_TRANSLATE_NOOP("ReportNames", "Too light (weight)"),
    QT_TRANSLATE_NOOP("ReportNames", "Too heavy (weight)"),
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
