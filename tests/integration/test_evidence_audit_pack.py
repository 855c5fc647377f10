"""The evidence pack holds the weights and every grade of an audited unit, in the station's
language: a return weighed (an empty box's weight, a unit in range), graded, audited blind
(the grades differ) and settled by a supervisor, packed, rendered to pixels and read back —
the text by pypdfium2's text layer, and ink where that text is drawn; the ZIP carries the
same tables as files; a copy verifies and a tampered one does not; in Russian, Chinese and
Korean the headings are the catalogue's translations, drawn in glyphs the fonts have."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from receiving_desk.adapters.catalogue import Catalogue
from receiving_desk.adapters.evidence import facts
from receiving_desk.adapters.evidence.pack import MadePack, make_pack
from receiving_desk.adapters.pepper import create_pepper
from receiving_desk.adapters.printing import fonts
from receiving_desk.adapters.security import Argon2PinHasher
from receiving_desk.bootstrap import Services, bootstrap
from receiving_desk.cli import main
from receiving_desk.config import StationConfig
from receiving_desk.domain.audit_sampling import AuditSettings
from receiving_desk.domain.weights import Reading, ReadingState
from receiving_desk.services.desk import Desk
from receiving_desk.services.evidence_texts import CONTEXT, TEXTS
from tests.conftest import FixedClock
from tests.seed import CLERK, CLERK2, EARBUDS, RMA1, SUPERVISOR, item_code, seed

PARCEL_GRAMS, UNIT_GRAMS = 262, 58  # about the packaging alone; earbuds of 60 g ± 20 g
DPI = 110


@pytest.fixture
def audited(tmp_path: Path, clock: FixedClock, fast_hasher: Argon2PinHasher) -> Iterator[Services]:
    create_pepper(tmp_path / "pepper")
    config = StationConfig(
        station_id="TEST-01",
        data_dir=tmp_path / "data",
        sound=False,
        source=tmp_path / "station.toml",
        audit=AuditSettings(enabled=True, percent=100.0),
    )
    services = bootstrap(config, clock=clock, hasher=fast_hasher)
    seed(services.uow_factory, services.hasher, clock.now())
    yield services
    services.close()


def logged_in(services: Services, who: tuple[str, str, str, object]) -> Desk:
    desk = services.new_desk()
    desk.scan(who[0])
    desk.submit_pin(who[1])
    return desk


def stable(grams: int) -> Reading:
    return Reading(ReadingState.STABLE, grams, f"S S {grams} g")


def audited_return(services: Services) -> str:
    """RMA1 weighed, one unit graded A, completed; graded D blind; settled C by a supervisor."""
    first = logged_in(services, CLERK)
    first.scan(RMA1)
    first.weigh(stable(PARCEL_GRAMS))
    first.scan(item_code(EARBUDS))
    first.weigh(stable(UNIT_GRAMS))
    first.pass_all_checks()
    parcel = first.grade("A").view.parcel
    assert parcel is not None and parcel.units[-1].lpn is not None
    lpn = parcel.units[-1].lpn
    first.scan("CMD-COMPLETE")
    first.scan("CMD-CONFIRM")
    second = logged_in(services, CLERK2)
    second.scan(lpn)
    assert second.scan("CMD-GRADE-D").params["state"] == "disputed"
    boss = logged_in(services, SUPERVISOR)
    services.audits.resolve(boss.require_session(), lpn, "C", "scuffed case")
    return lpn


def pack(services: Services, out: Path, language: str) -> MadePack:
    with services.engine.connect() as conn:
        receipt_id = facts.find_receipt(conn, rma=RMA1)
    return make_pack(
        services.engine, receipt_id, out_dir=out, photo_dir=services.config.photo_dir,
        patterns=services.config.patterns, clock=services.clock, station_id="TEST-01",
        made_by=f"U-{SUPERVISOR[0]}", language=language, weights=services.rules.weights,
    )  # fmt: skip


def page_text(document: pdfium.PdfDocument) -> str:
    text = "\n".join(page.get_textpage().get_text_range() for page in document)
    return " ".join(text.replace("\r", "").split())


def inked(document: pdfium.PdfDocument, needle: str) -> float:
    """The share of dark pixels where `needle` is drawn (its first place in the pack)."""
    for page in document:
        textpage = page.get_textpage()
        searcher = textpage.search(needle, match_case=True)
        found = searcher.get_next()
        if found is None:
            continue
        start, count = found
        boxes = [textpage.get_charbox(i) for i in range(start, start + count)]
        left, bottom = min(b[0] for b in boxes), min(b[1] for b in boxes)
        right, top = max(b[2] for b in boxes), max(b[3] for b in boxes)
        image = page.render(scale=DPI / 72).to_pil().convert("L")
        height = page.get_height()
        k = DPI / 72
        crop = image.crop(
            (
                int(left * k),
                int((height - top) * k),
                int(right * k) + 1,
                int((height - bottom) * k) + 1,
            )
        )
        histogram = crop.histogram()  # 256 grey levels
        return sum(histogram[:128]) / max(sum(histogram), 1)
    raise AssertionError(f"{needle!r} is not in the pack")


def test_the_pack_shows_the_weights_and_every_grade_and_verifies(
    audited: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lpn = audited_return(audited)
    made = pack(audited, tmp_path / "out", "en")
    document = pdfium.PdfDocument(made.pdf.read_bytes())
    text = page_text(document)
    expected = audited.rules.weights.expected(EARBUDS.weight_grams or 0, EARBUDS.category)
    for shown in (
        "Weights", "Parcel, before opening", str(PARCEL_GRAMS), "empty box",
        f"Unit 1 ({EARBUDS.sku})", str(UNIT_GRAMS), f"{expected.low}–{expected.high}",
        "within range", "Grades of audited units", "First grade", "Blind second grade",
        "Final grade (supervisor)", "scuffed case", CLERK[2], CLERK2[2], SUPERVISOR[2],
    ):  # fmt: skip
        assert shown in text, shown
    # Each grade in its row, in order: first A, blind D, final C.
    grades = text[text.index("Grades of audited units") :]
    first, blind, final = (grades.index(s) for s in ("First grade", "Blind second", "Final grade"))
    assert first < blind < final
    assert f"{lpn} First grade A {CLERK[2]}" in grades
    assert f"{lpn} Blind second grade D {CLERK2[2]}" in grades
    assert f"{lpn} Final grade (supervisor) C {SUPERVISOR[2]}" in grades
    for drawn in ("Grades of audited units", str(PARCEL_GRAMS), "empty box", SUPERVISOR[2]):
        assert inked(document, drawn) > 0.04, drawn  # drawn in ink, not only in the text layer

    with zipfile.ZipFile(made.zip) as z:
        weights = list(csv.reader(io.StringIO(z.read("weights.csv").decode("utf-8-sig"))))
        graded = list(csv.reader(io.StringIO(z.read("grades.csv").decode("utf-8-sig"))))
    assert weights[0] == ["Weighed", "Weight (g)", "Expected (g)", "Range (g)", "Finding"]
    assert weights[1][0] == "Parcel, before opening" and weights[1][1] == str(PARCEL_GRAMS)
    assert weights[1][4] == "empty box" and weights[2][1:] == [
        str(UNIT_GRAMS), str(expected.grams), f"{expected.low}–{expected.high}", "within range",
    ]  # fmt: skip
    assert [(r[2], r[3]) for r in graded[1:]] == [
        ("First grade", "A"), ("Blind second grade", "D"), ("Final grade (supervisor)", "C"),
    ]  # fmt: skip
    assert graded[3][4].startswith(SUPERVISOR[2]) and graded[3][5]  # who, and when

    verify = ["--data-dir", str(audited.config.data_dir), "evidence", "verify"]
    assert main([*verify, str(made.pdf)]) == 0 and main([*verify, str(made.zip)]) == 0
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(made.zip) as src, zipfile.ZipFile(tampered, "w") as dst:
        for item in src.infolist():
            body = src.read(item)
            dst.writestr(
                item, body.replace(b",C,", b",A,") if item.filename == "grades.csv" else body
            )
    capsys.readouterr()
    assert main([*verify, str(tampered)]) == 1
    assert "the ZIP was altered" in capsys.readouterr().err


@pytest.mark.parametrize("language", ["ru", "zh_CN", "zh_TW", "ko"])
def test_the_pack_is_in_the_stations_language(
    audited: Services, tmp_path: Path, language: str
) -> None:
    audited_return(audited)
    made = pack(audited, tmp_path / "out", language)
    document = pdfium.PdfDocument(made.pdf.read_bytes())
    text = page_text(document)
    catalogue = Catalogue(language)
    for heading in ("Weights", "Grades of audited units", "Final grade (supervisor)",
                    "Who and when", "Stock movements"):  # fmt: skip
        translated = catalogue.text(CONTEXT, heading)
        assert translated != heading, heading  # translated in the catalogue
        assert " ".join(translated.split()) in text, translated
        assert inked(document, translated) > 0.04, translated
    title = catalogue.text(CONTEXT, "Evidence pack — {code}").format(code=RMA1)
    assert title in text and "Evidence pack" not in text
    # Nothing runs off the page: long headings give way within the page's width.
    for page in document:
        textpage = page.get_textpage()
        rights = [textpage.get_charbox(i)[2] for i in range(textpage.count_chars())]
        assert max(rights) <= page.get_width() - 20, language
    # Every glyph the pack draws is one the bundled fonts have (no tofu boxes).
    fonts.register_fonts()
    missing = {ch for ch in text if not ch.isspace() and not fonts.has_glyph(ch)}
    assert missing == set()


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW", "ru", "ko"])
def test_every_word_of_the_pack_is_translated(language: str) -> None:
    catalogue = Catalogue(language)
    same = sorted(t for t in TEXTS if catalogue.text(CONTEXT, t) == t)
    assert set(same) <= {"SKU", "LPN", "RMA", "AIM"}, same  # codes read the same everywhere


def test_a_brick_reads_too_heavy_for_the_parcel_and_the_unit(audited: Services) -> None:
    desk = logged_in(audited, CLERK)
    desk.scan(RMA1)
    desk.weigh(stable(4200))  # contents 1,660 g + packaging: a brick inside
    desk.scan(item_code(EARBUDS))
    desk.weigh(stable(900))  # earbuds of 60 g
    desk.pass_all_checks()
    desk.grade("A")
    with audited.engine.connect() as conn:
        receipt_id = facts.find_receipt(conn, rma=RMA1)
        gathered = facts.gather(
            conn, receipt_id, audited.config.photo_dir, audited.config.patterns, "ru",
            audited.rules.weights,
        )  # fmt: skip
    weights = next(s for s in gathered.sections if s.key == "weights")
    too_heavy = Catalogue("ru").text(CONTEXT, "too heavy")
    assert [(row[1], row[4]) for row in weights.rows] == [("4200", too_heavy), ("900", too_heavy)]
    grades = next(s for s in gathered.sections if s.key == "grades")
    assert [row[2] for row in grades.rows] == [Catalogue("ru").text(CONTEXT, "First grade")]
