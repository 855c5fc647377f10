"""A refused pull as the admin reads it: in the status bar (the syncer's pull) and on the setup
page (a pull asked for by hand): the first code and its pattern, then how many codes in all
and the first few, in the desk's language with its plural forms."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QApplication

from receiving_desk.domain.barcodes import DeskPatterns
from receiving_desk.domain.barcodes.site_codes import (
    CodeKind,
    UnscannableCode,
    refusal_params,
    unscannable,
)
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.gui.main_window import MainWindow
from receiving_desk.gui.messages import error_text
from receiving_desk.services.sync import SyncState, SyncStatus
from tests.gui.test_translations import installed, load

PATTERN = DeskPatterns().rma
ODD = [f"RMA-26-{n:04d}" for n in range(1, 6)]


def _refused() -> list[UnscannableCode]:
    found = unscannable(CodeKind.RMA, ODD, DeskPatterns())
    assert [p.code for p in found] == ODD  # the pattern really refuses them
    return found


def test_the_status_bar_counts_the_refused_codes_and_names_the_first(window: MainWindow) -> None:
    status = SyncStatus(SyncState.OFFLINE, last_error="x", refused_codes=tuple(_refused()))
    text = window.sync_status.text(status, datetime.now(UTC))
    assert text.startswith("Sync: OFFLINE · backlog 0 · reference data refused: ")
    assert f"The RMA number {ODD[0]} cannot be scanned" in text and PATTERN in text
    assert text.endswith(f"5 codes in all cannot be scanned: {', '.join(ODD[:3])}, ….")
    assert "last error" not in text  # the refusal is the error the admin must read


@pytest.mark.parametrize(
    ("language", "start", "counted"),
    [
        ("en", "Reference data not pulled: The RMA number", "5 codes in all cannot be scanned"),
        ("ru", "Справочники не загружены: Номер RMA", "Всего нельзя отсканировать 5 кодов"),
        ("ko", "참조 데이터를 가져오지 않았습니다: 이 데스크에서 RMA 번호", "모두 5개입니다"),
        ("zh_CN", "未拉取参考数据：此工作台无法扫描 RMA 编号", "共有 5 个代码无法扫描"),
    ],
)
def test_the_setup_pages_refusal_in_the_admins_language(
    qapp: QApplication, language: str, start: str, counted: str
) -> None:
    error = DeskError(ErrorCode.SITE_CODES_REFUSED, **refusal_params(_refused()))
    with installed(qapp, [] if language == "en" else [load(language)]):
        text = error_text(error)
    assert text.startswith(start) and ODD[0] in text and PATTERN in text
    assert counted in text and f"{', '.join(ODD[:3])}, …" in text
    assert ODD[3] not in text  # the first few, the rest counted
