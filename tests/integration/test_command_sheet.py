"""`receiving-desk command-sheet`: every command of the flow as a barcode that scans back."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import zxingcpp

from receiving_desk.bootstrap import default_rules_path
from receiving_desk.domain.rules_file import load_rules
from receiving_desk.services import commands as cmd
from tests.integration.test_label_pdf_render import decode, rasterize

RULES = load_rules(default_rules_path())


def test_the_catalogue_covers_every_action_and_parses_back() -> None:
    sheet = cmd.catalogue(RULES)
    codes = [code for code, _ in sheet]
    assert len(codes) == len(set(codes))
    actions = {cmd.parse(code.removeprefix("CMD-"))[0] for code in codes}  # type: ignore[index]
    assert actions == set(cmd.Action)  # nothing in the flow lacks a barcode
    for grade in RULES.all_grades:
        assert f"CMD-GRADE-{grade}" in codes
    for code, _ in RULES.condition_codes:
        assert f"CMD-COND-{cmd.to_code(code)}" in codes
    for category in RULES.categories:
        for check in RULES.checklist_for(category):
            assert f"CMD-CHK-{cmd.to_code(check.code)}-Y" in codes
            assert f"CMD-CHK-{cmd.to_code(check.code)}-N" in codes


def test_the_printed_sheet_decodes_to_every_command(tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "receiving_desk", "command-sheet", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "RECEIVING_DESK_LOG_DIR": str(tmp_path), "RECEIVING_DESK_CONFIG": ""},
    )
    assert done.returncode == 0, done.stderr
    expected = [code for code, _ in cmd.catalogue(RULES)]
    assert done.stdout.strip() == f"{out}: {len(expected)} command barcodes"
    seen: list[str] = []
    for image in rasterize(out.read_bytes(), 300):  # the sheet is laid out for 300 dpi
        found = decode(image)
        assert all(r.format == zxingcpp.BarcodeFormat.Code128 for r in found.values())
        seen += found
    assert sorted(seen) == sorted(expected)
