<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
    <context>
        <name>AdminDialog</name>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="247" />
            <source>Administration</source>
            <translation>관리</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="252" />
            <source>Users</source>
            <translation>사용자</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="253" />
            <source>Reference data</source>
            <translation>기준 데이터</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="255" />
            <source>Bins</source>
            <translation>보관 위치</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="257" />
            <source>Rules</source>
            <translation>규칙</translation>
        </message>
    </context>
    <context>
        <name>AdminStep</name>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="51" />
            <source>Create the admin and log in</source>
            <translation>관리자 만들고 로그인</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="52" />
            <source>Open the badge card to print it</source>
            <translation>배지 카드 열어 인쇄</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="56" />
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="57" />
            <source>Badge code</source>
            <translation>배지 코드</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="58" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="59" />
            <source>PIN again</source>
            <translation>PIN 다시 입력</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="63" />
            <source>This desk has no users yet. Create its first administrator: they log in with the badge card printed now and their PIN, and add everyone else.</source>
            <translation>이 데스크에는 아직 사용자가 없습니다. 첫 관리자를 만드세요. 관리자는 지금 인쇄하는 배지 카드와 PIN으로 로그인하고 다른 사람을 추가합니다.</translation>
        </message>
    </context>
    <context>
        <name>BackupStatusLabel</name>
        <message>
            <location filename="../../src/receiving_desk/gui/backup_status.py" line="31" />
            <source>Backup: running…</source>
            <translation>백업: 진행 중…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/backup_status.py" line="33" />
            <source>Backup: not scheduled</source>
            <translation>백업: 예약 안 됨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/backup_status.py" line="35" />
            <source>Backup: checking…</source>
            <translation>백업: 확인 중…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/backup_status.py" line="37" />
            <source>Backup: none yet</source>
            <translation>백업: 아직 없음</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/backup_status.py" line="45" />
            <source>Backup overdue: last {0}</source>
            <translation>백업 기한 지남: 마지막 {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/backup_status.py" line="46" />
            <source>Backup: {0}</source>
            <translation>백업: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/backup_status.py" line="57" />
            <source>Last error: {0}</source>
            <translation>마지막 오류: {0}</translation>
        </message>
    </context>
    <context>
        <name>BinsPage</name>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="43" />
            <source>Every zone</source>
            <translation>모든 구역</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="49" />
            <source>Bin</source>
            <translation>위치</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="49" />
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="66" />
            <source>Zone</source>
            <translation>구역</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="49" />
            <source>Description</source>
            <translation>설명</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="58" />
            <source>Print labels (ZPL, to the label printer)</source>
            <translation>라벨 인쇄 (ZPL, 라벨 프린터로)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="59" />
            <source>Save labels as PDF…</source>
            <translation>라벨을 PDF로 저장…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="60" />
            <source>Open the PDF</source>
            <translation>PDF 열기</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="71" />
            <source>Labels for the chosen bins; none chosen: every bin listed</source>
            <translation>선택한 위치의 라벨; 선택하지 않으면 목록의 모든 위치</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="115" />
            <source>Queueing %n bin label…</source>
            <translation>
                <numerusform>위치 라벨 %n장을 대기열에 넣는 중…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="117" />
            <source>Queueing %n bin labels…</source>
            <translation>
                <numerusform>위치 라벨 %n장을 대기열에 넣는 중…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="123" />
            <source>%n bin label sent to the label printer</source>
            <translation>
                <numerusform>위치 라벨 %n장을 라벨 프린터로 보냈습니다</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="125" />
            <source>%n bin labels sent to the label printer</source>
            <translation>
                <numerusform>위치 라벨 %n장을 라벨 프린터로 보냈습니다</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="149" />
            <source>Drawing %n bin label…</source>
            <translation>
                <numerusform>위치 라벨 %n장을 만드는 중…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="151" />
            <source>Drawing %n bin labels…</source>
            <translation>
                <numerusform>위치 라벨 %n장을 만드는 중…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="133" />
            <source>Save bin labels</source>
            <translation>위치 라벨 저장</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="135" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 파일 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="169" />
            <source>Bin labels saved: {0}</source>
            <translation>위치 라벨 저장됨: {0}</translation>
        </message>
    </context>
    <context>
        <name>CameraDialog</name>
        <message>
            <location filename="../../src/receiving_desk/gui/camera_dialog.py" line="33" />
            <source>Photo of the unit — {0}</source>
            <translation>제품 사진 — {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/camera_dialog.py" line="42" />
            <source>Take photo (Space)</source>
            <translation>사진 촬영 (Space)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/camera_dialog.py" line="52" />
            <source>Camera: {0}</source>
            <translation>카메라: {0}</translation>
        </message>
    </context>
    <context>
        <name>CentralForm</name>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="101" />
            <source>Standalone: this desk keeps its own data</source>
            <translation>독립 실행: 이 데스크가 자체 데이터를 보관</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="102" />
            <source>Central returns database</source>
            <translation>중앙 반품 데이터베이스</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="107" />
            <source>a file holding only the password</source>
            <translation>비밀번호만 담긴 파일</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="108" />
            <source>Choose…</source>
            <translation>선택…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="113" />
            <source>Test the connection</source>
            <translation>연결 테스트</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="114" />
            <source>Pull the reference data now</source>
            <translation>지금 기준 데이터 가져오기</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="115" />
            <source>Save</source>
            <translation>저장</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="124" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="125" />
            <source>Password file</source>
            <translation>비밀번호 파일</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="146" />
            <source>The central database's password file</source>
            <translation>중앙 데이터베이스 비밀번호 파일</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="165" />
            <source>Pulling {0}: {1} of {2} rows</source>
            <translation>{0} 가져오는 중: {2}행 중 {1}행</translation>
        </message>
    </context>
    <context>
        <name>DrillDialog</name>
        <message>
            <location filename="../../src/receiving_desk/gui/report_widgets.py" line="96" />
            <source>Returns behind the number</source>
            <translation>이 숫자에 해당하는 반품</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_widgets.py" line="103" />
            <source>Evidence pack of the selected return</source>
            <translation>선택한 반품의 증거 자료</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_widgets.py" line="106" />
            <source>Show more</source>
            <translation>더 보기</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_widgets.py" line="110" />
            <source>Close</source>
            <translation>닫기</translation>
        </message>
    </context>
    <context>
        <name>ErrorPresenter</name>
        <message>
            <location filename="../../src/receiving_desk/gui/error_presenter.py" line="93" />
            <source>Receiving Desk — unexpected error</source>
            <translation>반품 입고 데스크 — 예기치 않은 오류</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/error_presenter.py" line="96" />
            <source>Something went wrong inside the desk. Your work up to the last confirmed step is saved. Please tell your supervisor; the details are in the log.</source>
            <translation>데스크 내부에서 문제가 발생했습니다. 마지막으로 확인된 단계까지의 작업은 저장되었습니다. 관리자에게 알려 주세요. 자세한 내용은 로그에 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="38" />
            <source>Products</source>
            <translation>상품</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="39" />
            <source>Customers</source>
            <translation>고객</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="40" />
            <source>Returns (RMAs with their lines)</source>
            <translation>반품 (RMA와 그 품목)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="41" />
            <source>Bins</source>
            <translation>빈</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="57" />
            <source>a CSV file, or a Shopify products export</source>
            <translation>CSV 파일 또는 Shopify 상품 내보내기</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="58" />
            <source>Choose…</source>
            <translation>선택…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="63" />
            <source>Import the good rows and skip the bad ones</source>
            <translation>올바른 행만 가져오고 잘못된 행은 건너뛰기</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="64" />
            <source>Only check the file</source>
            <translation>파일만 검사</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="65" />
            <source>Import</source>
            <translation>가져오기</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="73" />
            <source>What</source>
            <translation>종류</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="74" />
            <source>File</source>
            <translation>파일</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="82" />
            <source>Problems (file:line: column: problem)</source>
            <translation>문제 (파일:행: 열: 문제)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="87" />
            <source>Reference data file</source>
            <translation>기준 데이터 파일</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="89" />
            <source>CSV files (*.csv *.txt)</source>
            <translation>CSV 파일 (*.csv *.txt)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="98" />
            <source>Read {0} rows; checking every row…</source>
            <translation>{0}행 읽음, 모든 행 검사 중…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="99" />
            <source>Checked {0} rows; writing…</source>
            <translation>{0}행 검사함, 쓰는 중…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="100" />
            <source>Written: {0} rows</source>
            <translation>{0}행 씀</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="112" />
            <source>Reading {0}…</source>
            <translation>{0} 읽는 중…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="141" />
            <source>%n problem: nothing imported from {0}</source>
            <translation>
                <numerusform>문제 %n개: {0}에서 아무것도 가져오지 않음</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="143" />
            <source>%n problems: nothing imported from {0}</source>
            <translation>
                <numerusform>문제 %n개: {0}에서 아무것도 가져오지 않음</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="147" />
            <source>%n row valid; nothing written (check only): {0}</source>
            <translation>
                <numerusform>%n행 유효, 쓰지 않음 (검사만): {0}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="149" />
            <source>%n rows valid; nothing written (check only): {0}</source>
            <translation>
                <numerusform>%n행 유효, 쓰지 않음 (검사만): {0}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="153" />
            <source>%n row imported from {0}; bad rows skipped on lines {1}</source>
            <translation>
                <numerusform>{0}에서 %n행 가져옴, 잘못된 행 건너뜀: {1}행</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="155" />
            <source>%n rows imported from {0}; bad rows skipped on lines {1}</source>
            <translation>
                <numerusform>{0}에서 %n행 가져옴, 잘못된 행 건너뜀: {1}행</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="159" />
            <source>%n row imported from {0}; {1} changed</source>
            <translation>
                <numerusform>{0}에서 %n행 가져옴, {1}행 변경</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="161" />
            <source>%n rows imported from {0}; {1} changed</source>
            <translation>
                <numerusform>{0}에서 %n행 가져옴, {1}행 변경</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KpiTiles</name>
        <message>
            <location filename="../../src/receiving_desk/gui/report_tiles.py" line="89" />
            <source>Double-click for the returns behind this number</source>
            <translation>더블클릭하면 이 숫자에 해당하는 반품이 표시됩니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_tiles.py" line="96" />
            <source>no figure for
the previous period</source>
            <translation>이전 기간
데이터 없음</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_tiles.py" line="100" />
            <source>same as the
previous period (0)</source>
            <translation>이전 기간과
같음 (0)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_tiles.py" line="101" />
            <source>new: none in
the previous period</source>
            <translation>신규: 이전
기간에 없음</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_tiles.py" line="104" />
            <source>%1 %2%
vs previous period (%3)</source>
            <translation>%1 %2%
이전 기간 대비 (%3)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="115" />
            <source>Receiving Desk — {0}</source>
            <translation>반품 입고 데스크 — {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="117" />
            <source>No sound: no audio device</source>
            <translation>소리 없음: 오디오 장치 없음</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="194" />
            <source>Play the demo scan script</source>
            <translation>데모 스캔 스크립트 실행</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="197" />
            <source>Administration…</source>
            <translation>관리…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="248" />
            <source>Void return</source>
            <translation>반품 무효 처리</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="249" />
            <source>Why is this return voided? (audited)</source>
            <translation>이 반품을 무효 처리하는 사유는? (감사 기록됨)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="260" />
            <location filename="../../src/receiving_desk/gui/main_window.py" line="279" />
            <source>Add a photo of the unit</source>
            <translation>제품 사진 추가</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="261" />
            <source>Camera</source>
            <translation>카메라</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="262" />
            <source>From a file…</source>
            <translation>파일에서…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="280" />
            <source>Photos (*.jpg *.jpeg *.png *.webp *.heic)</source>
            <translation>사진 (*.jpg *.jpeg *.png *.webp *.heic)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="438" />
            <source>The local database takes scans again</source>
            <translation>로컬 데이터베이스가 다시 스캔을 받습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="307" />
            <source>Sync requested</source>
            <translation>동기화를 요청했습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="92" />
            <source>Station {0}</source>
            <translation>스테이션 {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="398" />
            <source>About Receiving Desk</source>
            <translation>반품 입고 데스크 정보</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="400" />
            <source>Receiving Desk {0}
Data: {1}</source>
            <translation>반품 입고 데스크 {0}
데이터: {1}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="408" />
            <source>Logged in: {0} ({1})</source>
            <translation>로그인: {0} ({1})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="410" />
            <source>Not logged in</source>
            <translation>로그인 안 됨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="428" />
            <source>Scanner {0} disconnected — check its cable</source>
            <translation>스캐너 {0} 연결 끊김 — 케이블을 확인하세요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="431" />
            <source>Scanner {0} connected</source>
            <translation>스캐너 {0} 연결됨</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="9" />
            <source>Receiving Desk</source>
            <translation>반품 입고 데스크</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="24" />
            <source>&amp;Desk</source>
            <translation>데스크(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="34" />
            <source>&amp;Return</source>
            <translation>반품(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="41" />
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="51" />
            <source>Log &amp;out</source>
            <translation>로그아웃(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="52" />
            <source>Ctrl+L</source>
            <translation>Ctrl+L</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="55" />
            <source>&amp;Reports… (supervisor)</source>
            <translation>보고서…(관리자)(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="56" />
            <source>Ctrl+R</source>
            <translation>Ctrl+R</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="59" />
            <source>S&amp;tock…</source>
            <translation>재고(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="60" />
            <source>Ctrl+K</source>
            <translation>Ctrl+K</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="63" />
            <source>Sync &amp;now (supervisor)</source>
            <translation>지금 동기화(&amp;N) (관리자)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="64" />
            <source>Ctrl+Shift+S</source>
            <translation>Ctrl+Shift+S</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="67" />
            <source>&amp;Settings…</source>
            <translation>설정(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="68" />
            <source>Ctrl+,</source>
            <translation>Ctrl+,</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="71" />
            <source>&amp;Quit</source>
            <translation>종료(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="72" />
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="75" />
            <source>&amp;Complete return</source>
            <translation>반품 완료(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="76" />
            <source>F12</source>
            <translation>F12</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="79" />
            <source>&amp;Undo last scan</source>
            <translation>마지막 스캔 취소(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="80" />
            <source>Ctrl+Z</source>
            <translation>Ctrl+Z</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="83" />
            <source>&amp;Void return… (supervisor)</source>
            <translation>반품 무효 처리(&amp;V)… (관리자)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="84" />
            <source>Ctrl+Shift+V</source>
            <translation>Ctrl+Shift+V</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="87" />
            <source>Open &amp;log folder</source>
            <translation>로그 폴더 열기(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="90" />
            <source>&amp;About Receiving Desk</source>
            <translation>반품 입고 데스크 정보(&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>MixCharts</name>
        <message>
            <location filename="../../src/receiving_desk/gui/report_charts.py" line="110" />
            <source>Grade mix (units)</source>
            <translation>등급 분포 (제품 수)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_charts.py" line="124" />
            <source>Disposition mix (units, after overrides)</source>
            <translation>처리 분포 (제품 수, 변경 반영)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_charts.py" line="126" />
            <location filename="../../src/receiving_desk/gui/report_charts.py" line="151" />
            <source>Units</source>
            <translation>제품 수</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_charts.py" line="149" />
            <source>Units inspected per hour</source>
            <translation>시간당 검수 제품 수</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_charts.py" line="150" />
            <source>Units inspected per day</source>
            <translation>일별 검수 제품 수</translation>
        </message>
    </context>
    <context>
        <name>OverrideDialog</name>
        <message>
            <location filename="../../src/receiving_desk/gui/override_dialog.py" line="21" />
            <source>Override the disposition (supervisor, audited)</source>
            <translation>처리 방식 변경 (관리자, 감사 기록)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/override_dialog.py" line="26" />
            <source>Why (required)</source>
            <translation>사유 (필수)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/override_dialog.py" line="33" />
            <source>New disposition</source>
            <translation>새 처리 방식</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/override_dialog.py" line="34" />
            <source>Reason</source>
            <translation>사유</translation>
        </message>
    </context>
    <context>
        <name>ParcelPanel</name>
        <message>
            <location filename="../../src/receiving_desk/gui/parcel_panel.py" line="127" />
            <source>Blind receipt (no RMA)</source>
            <translation>블라인드 입고 (RMA 없음)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/parcel_panel.py" line="147" />
            <source>Inside: day {0} of {1} ({2} left)</source>
            <translation>기한 내: {1}일 중 {0}일째 ({2}일 남음)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/parcel_panel.py" line="152" />
            <source>Late: day {0} of {1}, accepted by loyalty leniency (+{2})</source>
            <translation>기한 지남: {1}일 중 {0}일째, 회원 유예로 접수 (+{2})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/parcel_panel.py" line="157" />
            <source>OUTSIDE: day {0} of {1}</source>
            <translation>기한 초과: {1}일 중 {0}일째</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/parcel_panel.py" line="203" />
            <source>Discrepancies</source>
            <translation>불일치</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/parcel_panel.py" line="215" />
            <source>→ {0} (staged)</source>
            <translation>→ {0} (임시 보관)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/parcel_panel.py" line="234" />
            <source>Unit {0}: {1} — {2} ({3})</source>
            <translation>{0}번 제품: {1} — {2} ({3})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/parcel_panel.py" line="256" />
            <source>Yes</source>
            <translation>예</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/parcel_panel.py" line="256" />
            <source>No</source>
            <translation>아니요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/parcel_panel.py" line="290" />
            <source>Unit {0} (grade {1}): {2}</source>
            <translation>{0}번 제품 ({1} 등급): {2}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/parcel_panel.py" line="294" />
            <source>(override of {0}: {1})</source>
            <translation>({0}에서 변경: {1})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/parcel_panel.py" line="299" />
            <source>Why: {0} — rule {1}, rules version {2}</source>
            <translation>사유: {0} — 규칙 {1}, 규칙 버전 {2}</translation>
        </message>
    </context>
    <context>
        <name>PrinterRow</name>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_settings.py" line="50" />
            <source>Print test label</source>
            <translation>테스트 라벨 인쇄</translation>
        </message>
    </context>
    <context>
        <name>PrinterSettingsPage</name>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_settings.py" line="87" />
            <source>Labels</source>
            <translation>라벨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_settings.py" line="88" />
            <source>Printer URL</source>
            <translation>프린터 URL</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_settings.py" line="89" />
            <source>Format</source>
            <translation>형식</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_settings.py" line="90" />
            <source>dpi</source>
            <translation>dpi</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_settings.py" line="91" />
            <source>Label size</source>
            <translation>라벨 크기</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_settings.py" line="108" />
            <source>Save and apply</source>
            <translation>저장 및 적용</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_settings.py" line="116" />
            <source>An empty row uses the default printer. Without a default, labels are written as PDF files into the station's labels folder.</source>
            <translation>빈 행은 기본 프린터를 사용합니다. 기본 프린터가 없으면 라벨은 이 스테이션의 라벨 폴더에 PDF 파일로 저장됩니다.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_settings.py" line="133" />
            <source>no printer</source>
            <translation>프린터 없음</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_settings.py" line="135" />
            <source>printing…</source>
            <translation>인쇄 중…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_settings.py" line="140" />
            <source>not printed: {0}</source>
            <translation>인쇄 실패: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_settings.py" line="146" />
            <source>printed ({0})</source>
            <translation>인쇄됨 ({0})</translation>
        </message>
    </context>
    <context>
        <name>PrinterStatus</name>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_status.py" line="28" />
            <source>, {0} waiting</source>
            <translation>, 대기 {0}건</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_status.py" line="29" />
            <source>Printer {0}: {1}</source>
            <translation>프린터 {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_status.py" line="38" />
            <source>not asked yet</source>
            <translation>아직 확인 안 함</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_status.py" line="39" />
            <source>ready</source>
            <translation>준비됨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_status.py" line="40" />
            <source>paper out</source>
            <translation>용지 없음</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_status.py" line="41" />
            <source>ribbon out</source>
            <translation>리본 없음</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_status.py" line="42" />
            <source>head open</source>
            <translation>헤드 열림</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_status.py" line="43" />
            <source>paused</source>
            <translation>일시 정지</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_status.py" line="44" />
            <source>error</source>
            <translation>오류</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_status.py" line="45" />
            <source>offline</source>
            <translation>오프라인</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_status.py" line="46" />
            <source>not responding</source>
            <translation>응답 없음</translation>
        </message>
    </context>
    <context>
        <name>ReceivingView</name>
        <message>
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="150" />
            <source>Line</source>
            <translation>행</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="151" />
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="160" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="152" />
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="161" />
            <source>Description</source>
            <translation>설명</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="153" />
            <source>Declared</source>
            <translation>신고 수량</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="154" />
            <source>Received</source>
            <translation>입고 수량</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="155" />
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="156" />
            <source>Customer's reason</source>
            <translation>고객 반품 사유</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="159" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="162" />
            <source>Match</source>
            <translation>일치 여부</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="163" />
            <source>Grade</source>
            <translation>등급</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="164" />
            <source>Disposition</source>
            <translation>처리</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="165" />
            <source>LPN</source>
            <translation>LPN</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="166" />
            <source>Bin</source>
            <translation>로케이션</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="250" />
            <source>Last scan: {0}</source>
            <translation>마지막 스캔: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="252" />
            <source>Last scan ({0}): {1}</source>
            <translation>마지막 스캔 ({0}): {1}</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="19" />
            <source>Scan your badge</source>
            <translation>사원증을 스캔하세요</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="34" />
            <source>Scan or type a barcode, then Enter</source>
            <translation>바코드를 스캔하거나 입력한 후 Enter</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="123" />
            <source>Parcel</source>
            <translation>택배</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="125" />
            <source>RMA</source>
            <translation>RMA</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="126" />
            <location filename="../../ui/receiving_view.ui" line="128" />
            <location filename="../../ui/receiving_view.ui" line="130" />
            <location filename="../../ui/receiving_view.ui" line="132" />
            <location filename="../../ui/receiving_view.ui" line="134" />
            <location filename="../../ui/receiving_view.ui" line="136" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="127" />
            <source>Order</source>
            <translation>주문</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="129" />
            <source>Customer</source>
            <translation>고객</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="131" />
            <source>Loyalty tier</source>
            <translation>회원 등급</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="133" />
            <source>Delivered</source>
            <translation>배송 완료일</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="135" />
            <source>Return window</source>
            <translation>반품 기한</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="144" />
            <source>Declared lines</source>
            <translation>신고 품목</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="152" />
            <source>Scanned units</source>
            <translation>스캔한 제품</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="58" />
            <source>Checklist</source>
            <translation>체크리스트</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="64" />
            <source>Found condition</source>
            <translation>확인된 상태</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="70" />
            <source>Current unit</source>
            <translation>현재 제품</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="82" />
            <source>Note (optional), saved with the grade</source>
            <translation>메모(선택), 등급과 함께 저장</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="87" />
            <source>Add photo…</source>
            <translation>사진 추가…</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="166" />
            <source>A — as new [1]</source>
            <translation>A — 새 제품 수준 [1]</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="167" />
            <source>B — open box [2]</source>
            <translation>B — 오픈박스 [2]</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="168" />
            <source>C — worn [3]</source>
            <translation>C — 사용감 있음 [3]</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="169" />
            <source>D — defective [4]</source>
            <translation>D — 불량 [4]</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="170" />
            <source>Scrap [5]</source>
            <translation>스크랩 [5]</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="180" />
            <source>Override… (supervisor)</source>
            <translation>처리 변경… (관리자)</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="181" />
            <source>Set aside</source>
            <translation>보류</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="182" />
            <source>Undo last scan [Ctrl+Z]</source>
            <translation>마지막 스캔 취소 [Ctrl+Z]</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="183" />
            <source>Complete return [F12]</source>
            <translation>반품 완료 [F12]</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="184" />
            <source>Complete anyway</source>
            <translation>그래도 완료</translation>
        </message>
    </context>
    <context>
        <name>ReportExporter</name>
        <message>
            <location filename="../../src/receiving_desk/gui/report_export.py" line="57" />
            <source>Export failed: %1</source>
            <translation>내보내기 실패: %1</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_export.py" line="66" />
            <source>Saved %1</source>
            <translation>저장됨: %1</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_export.py" line="70" />
            <source>Saved %1 CSV files in %2</source>
            <translation>CSV 파일 %1개를 %2에 저장했습니다</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/report_export.py" line="80" />
            <source>Printed %n page</source>
            <translation>
                <numerusform>%n페이지 인쇄함</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/report_export.py" line="82" />
            <source>Printed %n pages</source>
            <translation>
                <numerusform>%n페이지 인쇄함</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_export.py" line="99" />
            <source>Export PDF</source>
            <translation>PDF 내보내기</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_export.py" line="105" />
            <source>Export CSV (one ZIP file)</source>
            <translation>CSV 내보내기 (ZIP 파일 하나)</translation>
        </message>
    </context>
    <context>
        <name>ReportNames</name>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="20" />
            <source>Parcels received</source>
            <translation>입고된 택배</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="21" />
            <source>Units inspected</source>
            <translation>검수한 제품 수</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="22" />
            <source>Active clerk time</source>
            <translation>작업자 실작업 시간</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="23" />
            <source>Units per clerk-hour</source>
            <translation>작업자 시간당 제품 수</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="24" />
            <source>Units returned to stock</source>
            <translation>재입고 제품 수</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="25" />
            <source>Value returned to stock</source>
            <translation>재입고 금액</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="26" />
            <location filename="../../src/receiving_desk/gui/report_names.py" line="67" />
            <source>Refund recommendations</source>
            <translation>환불 권고</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="27" />
            <location filename="../../src/receiving_desk/gui/report_names.py" line="91" />
            <source>Refund value</source>
            <translation>환불 금액</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="28" />
            <source>Returns flagged</source>
            <translation>플래그된 반품</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="29" />
            <source>Returns with fraud indicators</source>
            <translation>사기 징후가 있는 반품</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="30" />
            <source>Outside the return window</source>
            <translation>반품 기한 초과</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="31" />
            <source>Accepted by leniency</source>
            <translation>유예로 접수</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="32" />
            <location filename="../../src/receiving_desk/gui/report_names.py" line="73" />
            <source>Supervisor overrides</source>
            <translation>관리자 처리 변경</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="33" />
            <location filename="../../src/receiving_desk/gui/report_names.py" line="75" />
            <source>Voided returns</source>
            <translation>무효 처리된 반품</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="34" />
            <source>Labels printed</source>
            <translation>인쇄된 라벨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="35" />
            <source>Reprints</source>
            <translation>재인쇄</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="36" />
            <source>Sync backlog</source>
            <translation>동기화 대기</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="37" />
            <source>Oldest unsent</source>
            <translation>가장 오래된 미전송</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="41" />
            <source>Grader agreement (blind audits)</source>
            <translation>등급 일치도(블라인드 감사)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="42" />
            <source>Blind audits</source>
            <translation>블라인드 감사</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="43" />
            <source>Gold calibration grades</source>
            <translation>골드 보정 등급</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="44" />
            <source>Agreement %</source>
            <translation>일치율 %</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="45" />
            <source>Weighted kappa (quadratic), all pairs</source>
            <translation>가중 카파(이차), 전체 쌍</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="46" />
            <source>Fleiss' kappa, all graders</source>
            <translation>Fleiss 카파, 전체 평가자</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="47" />
            <source>Agreement per clerk</source>
            <translation>직원별 일치도</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="48" />
            <source>Audits</source>
            <translation>감사 수</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="49" />
            <source>Agreed</source>
            <translation>일치</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="50" />
            <source>Agreement per pair of clerks</source>
            <translation>직원 쌍별 일치도</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="51" />
            <source>Other clerk</source>
            <translation>다른 직원</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="52" />
            <source>Weighted kappa</source>
            <translation>가중 카파</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="53" />
            <source>Agreement per category</source>
            <translation>카테고리별 일치도</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="54" />
            <source>Most frequent grade confusions</source>
            <translation>가장 잦은 등급 혼동</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="55" />
            <source>Grades</source>
            <translation>등급</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="56" />
            <source>Times</source>
            <translation>횟수</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="57" />
            <source>Share of disagreements %</source>
            <translation>불일치 중 비율 %</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="58" />
            <source>Agreement by hour of the shift</source>
            <translation>교대 시간대별 일치도</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="59" />
            <source>Hour</source>
            <translation>시간</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="60" />
            <source>Gold set: clerks against the supervisor's grade</source>
            <translation>골드 세트: 직원 대 감독자 등급</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="61" />
            <source>Gold units</source>
            <translation>골드 단위</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="62" />
            <source>Summary</source>
            <translation>요약</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="63" />
            <source>Parcels received, by state</source>
            <translation>입고된 택배 (상태별)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="64" />
            <source>Clerks: units per active hour</source>
            <translation>작업자: 실작업 시간당 제품 수</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="65" />
            <source>Grade mix</source>
            <translation>등급 분포</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="66" />
            <source>Disposition mix (after overrides)</source>
            <translation>처리 분포 (변경 반영)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="68" />
            <source>Return window</source>
            <translation>반품 기한</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="69" />
            <source>Discrepancies and fraud flags (completed returns)</source>
            <translation>불일치 및 사기 플래그 (완료된 반품)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="70" />
            <source>Top return reasons by product, against the previous period</source>
            <translation>상품별 주요 반품 사유 (이전 기간 대비)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="71" />
            <source>Top return reasons by category, against the previous period</source>
            <translation>카테고리별 주요 반품 사유 (이전 기간 대비)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="72" />
            <source>Products whose defect returns stand out from their category</source>
            <translation>카테고리 대비 불량 반품이 두드러진 상품</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="74" />
            <source>Latest supervisor overrides (all of them in the drill-down)</source>
            <translation>최근 관리자 처리 변경 (전체는 상세 보기에서)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="76" />
            <source>Audited actions</source>
            <translation>감사 기록된 작업</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="77" />
            <source>Figure</source>
            <translation>지표</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="78" />
            <source>Value</source>
            <translation>값</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="79" />
            <source>Unit</source>
            <translation>단위</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="80" />
            <source>State</source>
            <translation>상태</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="81" />
            <source>Parcels</source>
            <translation>택배 수</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="82" />
            <source>Clerk</source>
            <translation>검수자</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="83" />
            <source>Units</source>
            <translation>제품 수</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="84" />
            <source>Active hours</source>
            <translation>실작업 시간</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="85" />
            <source>Units per hour</source>
            <translation>시간당 제품 수</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="86" />
            <source>Minutes per unit</source>
            <translation>제품당 분</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="87" />
            <source>Overridden %</source>
            <translation>변경 %</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="88" />
            <source>Grade</source>
            <translation>등급</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="89" />
            <source>Share %</source>
            <translation>비율 %</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="90" />
            <source>Goods value</source>
            <translation>상품 금액</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="92" />
            <source>Disposition</source>
            <translation>처리</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="93" />
            <source>Recommendation</source>
            <translation>권고</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="94" />
            <source>Window</source>
            <translation>기한</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="95" />
            <source>Flag</source>
            <translation>플래그</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="96" />
            <source>Fraud indicator</source>
            <translation>사기 징후</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="97" />
            <source>Returns</source>
            <translation>반품 수</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="98" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="99" />
            <source>Product</source>
            <translation>상품</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="100" />
            <source>Category</source>
            <translation>카테고리</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="101" />
            <source>Reason</source>
            <translation>사유</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="102" />
            <source>Previous period</source>
            <translation>이전 기간</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="103" />
            <source>Change</source>
            <translation>변화</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="104" />
            <source>Trend</source>
            <translation>추세</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="105" />
            <source>Defect reasons</source>
            <translation>불량 사유</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="106" />
            <source>Defect share %</source>
            <translation>불량 비율 %</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="107" />
            <source>Category defect share %</source>
            <translation>카테고리 불량 비율 %</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="108" />
            <source>RMA</source>
            <translation>RMA</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="109" />
            <source>Proposed</source>
            <translation>제안</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="110" />
            <source>Chosen</source>
            <translation>선택</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="111" />
            <source>By</source>
            <translation>처리자</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="112" />
            <source>At</source>
            <translation>시각</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="113" />
            <source>Station</source>
            <translation>스테이션</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="114" />
            <source>Opened by</source>
            <translation>시작한 사람</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="115" />
            <source>Voided at</source>
            <translation>무효 처리 시각</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="116" />
            <source>Action</source>
            <translation>작업</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="117" />
            <source>Count</source>
            <translation>건수</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="118" />
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="71" />
            <source>parcels</source>
            <translation>택배</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="119" />
            <source>units</source>
            <translation>제품</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="120" />
            <source>hours</source>
            <translation>시간</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="121" />
            <source>units/hour</source>
            <translation>제품/시간</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="122" />
            <source>labels</source>
            <translation>라벨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="123" />
            <source>messages</source>
            <translation>메시지</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="124" />
            <source>local time</source>
            <translation>현지 시각</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="125" />
            <source>yes</source>
            <translation>예</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="126" />
            <source>new</source>
            <translation>신규</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="127" />
            <source>up</source>
            <translation>상승</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="128" />
            <source>down</source>
            <translation>하락</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="129" />
            <source>same</source>
            <translation>변동 없음</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="130" />
            <source>(blind)</source>
            <translation>(블라인드)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="134" />
            <source>Shift report — {0}</source>
            <translation>교대 보고서 — {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="135" />
            <source>Page {0} of {1}</source>
            <translation>{1}쪽 중 {0}쪽</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="136" />
            <source>{0} · generated {1}</source>
            <translation>{0} · {1} 생성</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="137" />
            <source>none in this period</source>
            <translation>이 기간에 없음</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="138" />
            <source>Grade mix (units)</source>
            <translation>등급 분포(개)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="139" />
            <source>Disposition mix (units, after overrides)</source>
            <translation>처리 분포(개, 재지정 반영)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="140" />
            <source>station {0}</source>
            <translation>스테이션 {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="141" />
            <source>clerk {0}</source>
            <translation>검수자 {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="142" />
            <source>all stations</source>
            <translation>모든 스테이션</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="143" />
            <source>all clerks</source>
            <translation>모든 검수자</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="144" />
            <source>local store</source>
            <translation>로컬 저장소</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="145" />
            <source>central database</source>
            <translation>중앙 데이터베이스</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="146" />
            <source>field</source>
            <translation>필드</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="147" />
            <source>value</source>
            <translation>값</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="148" />
            <source>site</source>
            <translation>사이트</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="149" />
            <source>report</source>
            <translation>보고서</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="150" />
            <source>covers</source>
            <translation>범위</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="151" />
            <source>source</source>
            <translation>출처</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="152" />
            <source>time zone</source>
            <translation>시간대</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="153" />
            <source>currency</source>
            <translation>통화</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="154" />
            <source>from (local)</source>
            <translation>시작(현지)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="155" />
            <source>to (local)</source>
            <translation>종료(현지)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="156" />
            <source>from (UTC)</source>
            <translation>시작(UTC)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="157" />
            <source>to (UTC)</source>
            <translation>종료(UTC)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="158" />
            <source>generated (local)</source>
            <translation>생성(현지)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="161" />
            <source>Not declared</source>
            <translation>미신고</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="162" />
            <source>Wrong item</source>
            <translation>다른 상품</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="163" />
            <source>Undeclared extra item</source>
            <translation>미신고 추가 상품</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="164" />
            <source>Missing item</source>
            <translation>누락 상품</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="165" />
            <source>Empty box</source>
            <translation>빈 상자</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="166" />
            <source>Quantity short</source>
            <translation>수량 부족</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="167" />
            <source>Quantity over</source>
            <translation>수량 초과</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="168" />
            <source>Serial number mismatch</source>
            <translation>일련번호 불일치</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="169" />
            <source>No return authorization</source>
            <translation>반품 승인 없음</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="170" />
            <source>Too light (weight)</source>
            <translation>너무 가벼움(무게)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="171" />
            <source>Too heavy (weight)</source>
            <translation>너무 무거움(무게)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="172" />
            <source>Full refund</source>
            <translation>전액 환불</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="173" />
            <source>Partial refund</source>
            <translation>부분 환불</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="174" />
            <source>No refund</source>
            <translation>환불 없음</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="175" />
            <source>Inside the window</source>
            <translation>기한 내</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="176" />
            <source>Late, accepted by leniency</source>
            <translation>기한 지남, 유예로 접수</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="177" />
            <source>Outside the window</source>
            <translation>기한 초과</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="178" />
            <source>Open</source>
            <translation>진행 중</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="179" />
            <source>Completed</source>
            <translation>완료</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="180" />
            <source>Voided</source>
            <translation>무효 처리됨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="181" />
            <source>Set aside</source>
            <translation>보류됨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="182" />
            <source>Return voided</source>
            <translation>반품 무효 처리</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="183" />
            <source>Disposition overridden</source>
            <translation>처리 변경됨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="184" />
            <source>Scan undone</source>
            <translation>스캔 취소됨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="185" />
            <source>Unit cancelled</source>
            <translation>제품 취소됨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="186" />
            <source>Parcel set aside</source>
            <translation>택배 보류됨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="187" />
            <source>Unknown category</source>
            <translation>알 수 없는 카테고리</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="188" />
            <source>Electronics</source>
            <translation>전자제품</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="189" />
            <source>Apparel</source>
            <translation>의류</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="190" />
            <source>Footwear</source>
            <translation>신발</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="191" />
            <source>Home</source>
            <translation>홈·리빙</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="192" />
            <source>Toys</source>
            <translation>완구</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="193" />
            <source>Beauty</source>
            <translation>뷰티</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="194" />
            <source>Books</source>
            <translation>도서</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="195" />
            <source>Tools</source>
            <translation>공구</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="60" />
            <source>units inspected</source>
            <translation>검수 제품</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="61" />
            <source>grade</source>
            <translation>등급</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="62" />
            <source>disposition</source>
            <translation>처리</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="63" />
            <source>returned to stock</source>
            <translation>재입고</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="64" />
            <source>refund</source>
            <translation>환불</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="65" />
            <source>return window</source>
            <translation>반품 기한</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="66" />
            <source>clerk</source>
            <translation>검수자</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="67" />
            <source>reason by product</source>
            <translation>상품별 사유</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="68" />
            <source>reason by category</source>
            <translation>카테고리별 사유</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="69" />
            <source>overrides</source>
            <translation>처리 변경</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="70" />
            <source>product</source>
            <translation>상품</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="72" />
            <source>flag</source>
            <translation>플래그</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="73" />
            <source>voided</source>
            <translation>무효 처리</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="74" />
            <source>audited action</source>
            <translation>감사 작업</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="75" />
            <source>return</source>
            <translation>반품</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="76" />
            <source>labels printed</source>
            <translation>인쇄된 라벨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="77" />
            <source>reprints</source>
            <translation>재인쇄</translation>
        </message>
    </context>
    <context>
        <name>ReportPickers</name>
        <message>
            <location filename="../../src/receiving_desk/gui/report_pickers.py" line="39" />
            <source>Shift %1</source>
            <translation>근무조 %1</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_pickers.py" line="40" />
            <source>Date range</source>
            <translation>기간</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_pickers.py" line="49" />
            <source>All stations</source>
            <translation>전체 스테이션</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_pickers.py" line="50" />
            <source>All clerks</source>
            <translation>전체 작업자</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_pickers.py" line="92" />
            <source>Shift {0} starting {1} {2}</source>
            <translation>교대 {0}, 시작 {1} {2}</translation>
        </message>
    </context>
    <context>
        <name>ReportsView</name>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="103" />
            <source>Reports</source>
            <translation>보고서</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="125" />
            <source>Run</source>
            <translation>실행</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="126" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="131" />
            <source>Export PDF…</source>
            <translation>PDF 내보내기…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="132" />
            <source>Export CSV…</source>
            <translation>CSV 내보내기…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="133" />
            <source>Print…</source>
            <translation>인쇄…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="147" />
            <source>Double-click a number to list the returns behind it.</source>
            <translation>숫자를 더블클릭하면 해당 반품 목록이 표시됩니다.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="193" />
            <source>Running…</source>
            <translation>실행 중…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="209" />
            <source>Cancelling…</source>
            <translation>취소 중…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="228" />
            <source>Charts</source>
            <translation>차트</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="248" />
            <source>Cancelled.</source>
            <translation>취소되었습니다.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="252" />
            <source>The report failed: %1</source>
            <translation>보고서 실행 실패: %1</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="269" />
            <source>Loading…</source>
            <translation>불러오는 중…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="290" />
            <source> (previous period)</source>
            <translation> (이전 기간)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="293" />
            <source>The first %n returns behind: %1</source>
            <translation>
                <numerusform>이 수치의 처음 %n건 반품: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="295" />
            <source>%n return behind: %1</source>
            <translation>
                <numerusform>해당 반품 %n건: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="297" />
            <source>%n returns behind: %1</source>
            <translation>
                <numerusform>해당 반품 %n건: %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="314" />
            <source>Select a return first.</source>
            <translation>먼저 반품을 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="320" />
            <source>Making the evidence pack of {0}…</source>
            <translation>{0}의 증거 자료를 만드는 중…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="326" />
            <source>Evidence pack saved: {0} and {1}</source>
            <translation>증거 자료 저장됨: {0} 및 {1}</translation>
        </message>
    </context>
    <context>
        <name>RulesPage</name>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="38" />
            <source>a rules file (TOML)</source>
            <translation>규칙 파일 (TOML)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="39" />
            <source>Choose…</source>
            <translation>선택…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="44" />
            <source>Compare with the rules in force</source>
            <translation>현재 규칙과 비교</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="45" />
            <source>Load these rules</source>
            <translation>이 규칙 불러오기</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="61" />
            <source>Rules file</source>
            <translation>규칙 파일</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="63" />
            <source>Rules files (*.toml)</source>
            <translation>규칙 파일 (*.toml)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="88" />
            <source>Changes against the rules in force:</source>
            <translation>현재 규칙과 달라진 점:</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="102" />
            <source>Rules version {0} in force</source>
            <translation>규칙 버전 {0} 적용 중</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="107" />
            <source>Rules {0} loaded centrally: every desk of the site, this one too, puts them in force at its next pull</source>
            <translation>규칙 {0}을(를) 중앙에 올렸습니다: 이 데스크를 포함해 사이트의 모든 데스크가 다음 가져오기 때 적용합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="118" />
            <source>Version: {0} → {1}</source>
            <translation>버전: {0} → {1}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="122" />
            <source>New category: {0}</source>
            <translation>새 카테고리: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="123" />
            <source>Category removed: {0}</source>
            <translation>삭제된 카테고리: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="124" />
            <source>New grade: {0}</source>
            <translation>새 등급: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="125" />
            <source>Grade removed: {0}</source>
            <translation>삭제된 등급: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="126" />
            <source>New found condition: {0}</source>
            <translation>새 확인된 상태: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="127" />
            <source>Found condition removed: {0}</source>
            <translation>삭제된 확인된 상태: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="128" />
            <source>New rule: {0}</source>
            <translation>새 규칙: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="129" />
            <source>Rule removed: {0}</source>
            <translation>삭제된 규칙: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="130" />
            <source>Rule changed: {0}</source>
            <translation>변경된 규칙: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="104" />
            <source>Rules {0} are already the site's rules: nothing changed</source>
            <translation>규칙 {0}은(는) 이미 이 사이트의 규칙입니다: 변경 없음</translation>
        </message>
    </context>
    <context>
        <name>RulesStatus</name>
        <message>
            <location filename="../../src/receiving_desk/gui/rules_status.py" line="53" />
            <source>Rules version {0} in force</source>
            <translation>규칙 버전 {0} 적용 중</translation>
        </message>
    </context>
    <context>
        <name>ScaleBridge</name>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_bridge.py" line="111" />
            <source>connected</source>
            <translation>연결됨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_bridge.py" line="111" />
            <source>no scale</source>
            <translation>저울 없음</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_bridge.py" line="116" />
            <source>Scale {0} disconnected — check its cable</source>
            <translation>저울 {0} 연결 끊김 — 케이블을 확인하세요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_bridge.py" line="119" />
            <source>Scale {0} connected</source>
            <translation>저울 {0} 연결됨</translation>
        </message>
    </context>
    <context>
        <name>ScaleSettingsPage</name>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="49" />
            <source>Scales of this station</source>
            <translation>이 스테이션의 저울</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="54" />
            <source>Add</source>
            <translation>추가</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="55" />
            <source>Remove</source>
            <translation>제거</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="61" />
            <source>Scale</source>
            <translation>저울</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="67" />
            <source>/dev/ttyUSB0 or COM3 (or a USB identity)</source>
            <translation>/dev/ttyUSB0 또는 COM3(또는 USB 식별자)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="78" />
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="79" />
            <source>Protocol</source>
            <translation>프로토콜</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="80" />
            <source>Port</source>
            <translation>포트</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="81" />
            <source>USB vendor id (hex)</source>
            <translation>USB 공급업체 ID(16진수)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="82" />
            <source>USB product id (hex)</source>
            <translation>USB 제품 ID(16진수)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="83" />
            <source>USB serial number</source>
            <translation>USB 일련번호</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="84" />
            <source>Baud rate</source>
            <translation>전송 속도(보)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="85" />
            <source>Ask every (MT-SICS)</source>
            <translation>조회 간격(MT-SICS)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="86" />
            <source>Settles within</source>
            <translation>안정화 시간</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="88" />
            <source>Test: put a known weight on the scale</source>
            <translation>테스트: 저울에 알려진 무게를 올리세요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="98" />
            <source>Save and apply</source>
            <translation>저장 후 적용</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="196" />
            <source>OVERLOAD</source>
            <translation>과부하</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="197" />
            <source>below zero</source>
            <translation>0 미만</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="198" />
            <source>scale error</source>
            <translation>저울 오류</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="200" />
            <source>stable</source>
            <translation>안정</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="200" />
            <source>moving</source>
            <translation>흔들림</translation>
        </message>
    </context>
    <context>
        <name>ScannerSettingsPage</name>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="76" />
            <source>Test: last scans from any scanner</source>
            <translation>테스트: 모든 스캐너의 최근 스캔</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="87" />
            <source>Serial ports on this computer</source>
            <translation>이 컴퓨터의 시리얼 포트</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="91" />
            <source>Device</source>
            <translation>장치</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="92" />
            <source>Description</source>
            <translation>설명</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="93" />
            <source>USB VID:PID</source>
            <translation>USB VID:PID</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="94" />
            <source>Serial number</source>
            <translation>일련번호</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="95" />
            <source>Product</source>
            <translation>제품명</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="99" />
            <source>Refresh</source>
            <translation>새로 고침</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="101" />
            <source>Assign a scanner to the selected port</source>
            <translation>선택한 포트에 스캐너 지정</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="136" />
            <source>Could not list serial ports: {0}</source>
            <translation>시리얼 포트 목록을 가져올 수 없습니다: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="159" />
            <source>Scanners of this station</source>
            <translation>이 스테이션의 스캐너</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="163" />
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="249" />
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="164" />
            <source>Port or USB identity</source>
            <translation>포트 또는 USB 식별 정보</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="165" />
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="252" />
            <source>Baud</source>
            <translation>보드레이트</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="166" />
            <source>Format</source>
            <translation>형식</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="167" />
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="257" />
            <source>Suffix</source>
            <translation>접미사</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="172" />
            <source>Add by device path</source>
            <translation>장치 경로로 추가</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="174" />
            <source>Remove</source>
            <translation>제거</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="176" />
            <source>Save and apply</source>
            <translation>저장 및 적용</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="194" />
            <source>CR/LF</source>
            <translation>CR/LF</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="196" />
            <source>none ({0} ms gap)</source>
            <translation>없음 ({0}ms 간격)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="225" />
            <source>Selected scanner</source>
            <translation>선택한 스캐너</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="229" />
            <source>Find by USB VID/PID/serial (survives re-plugging)</source>
            <translation>USB VID/PID/일련번호로 찾기 (다시 연결해도 유지)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="241" />
            <source>CR, LF or CRLF</source>
            <translation>CR, LF 또는 CRLF</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="242" />
            <source>none: a silence ends the scan</source>
            <translation>없음: 입력이 멈추면 스캔 종료</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="247" />
            <source>Sends GS1 data as text in brackets: (01)…(10)…</source>
            <translation>GS1 데이터를 괄호 텍스트로 전송: (01)…(10)…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="250" />
            <source>Device path</source>
            <translation>장치 경로</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="253" />
            <source>Data bits</source>
            <translation>데이터 비트</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="254" />
            <source>Parity</source>
            <translation>패리티</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="255" />
            <source>Stop bits</source>
            <translation>정지 비트</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="256" />
            <source>Flow control</source>
            <translation>흐름 제어</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="258" />
            <source>Silence</source>
            <translation>무입력 시간</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="262" />
            <source>Apply to the list</source>
            <translation>목록에 적용</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="45" />
            <source>Station settings — {0}</source>
            <translation>스테이션 설정 — {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="58" />
            <source>Scanners</source>
            <translation>스캐너</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="59" />
            <source>Printers</source>
            <translation>프린터</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="61" />
            <source>Scales</source>
            <translation>저울</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="71" />
            <source>Station</source>
            <translation>스테이션</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="72" />
            <source>Central database</source>
            <translation>중앙 데이터베이스</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="84" />
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="93" />
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="102" />
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="110" />
            <source>Saving…</source>
            <translation>저장 중…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="96" />
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="105" />
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="123" />
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="156" />
            <source>Saved and applied</source>
            <translation>저장 및 적용 완료</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="132" />
            <source>Connected: {0}</source>
            <translation>연결됨: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="142" />
            <source>Reference data pulled: {0} rows</source>
            <translation>기준 데이터 가져옴: {0}행</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="151" />
            <source>Saved: the syncer uses it from the next start</source>
            <translation>저장됨: 다음 시작부터 동기화에 사용</translation>
        </message>
    </context>
    <context>
        <name>SetupView</name>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="118" />
            <source>1. First administrator</source>
            <translation>1. 첫 관리자</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="119" />
            <source>2. Station</source>
            <translation>2. 스테이션</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="120" />
            <source>3. Scanners</source>
            <translation>3. 스캐너</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="121" />
            <source>4. Printers</source>
            <translation>4. 프린터</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="122" />
            <source>5. Central database</source>
            <translation>5. 중앙 데이터베이스</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="123" />
            <source>6. Done</source>
            <translation>6. 완료</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="133" />
            <source>Set up this desk</source>
            <translation>이 데스크 설정</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="138" />
            <source>Back</source>
            <translation>이전</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="139" />
            <source>Skip this step</source>
            <translation>이 단계 건너뛰기</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="140" />
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="172" />
            <source>Next</source>
            <translation>다음</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="172" />
            <source>Start receiving</source>
            <translation>입고 시작</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="190" />
            <source>standalone</source>
            <translation>독립 실행</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="192" />
            <source>syncing with the central database</source>
            <translation>중앙 데이터베이스와 동기화</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="195" />
            <source>This desk is set up: station {0} at {1}, {2}.

You are logged in as the administrator. Add users and import products and returns from Desk → Administration; every step here is in Desk → Settings.</source>
            <translation>이 데스크 설정 완료: {1}의 스테이션 {0}, {2}.

관리자로 로그인되었습니다. 데스크 → 관리에서 사용자를 추가하고 상품과 반품을 가져오세요. 여기의 모든 단계는 데스크 → 설정에 있습니다.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="205" />
            <source>The two PINs differ: type the same PIN twice</source>
            <translation>두 PIN이 다릅니다: 같은 PIN을 두 번 입력하세요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="215" />
            <source>Creating…</source>
            <translation>만드는 중…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="247" />
            <source>Administrator created and logged in. Badge card: {0}</source>
            <translation>관리자를 만들고 로그인했습니다. 배지 카드: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="257" />
            <source>Working…</source>
            <translation>처리 중…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="269" />
            <source>Saved</source>
            <translation>저장됨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="277" />
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="290" />
            <source>Saved and applied</source>
            <translation>저장 및 적용됨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="298" />
            <source>Connected: {0}</source>
            <translation>연결됨: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="307" />
            <source>Reference data pulled: {0} rows</source>
            <translation>기준 데이터 가져옴: {0}행</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="315" />
            <source>Saved: the syncer uses it from the next start</source>
            <translation>저장됨: 다음 시작부터 동기화에 사용</translation>
        </message>
    </context>
    <context>
        <name>StationForm</name>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="56" />
            <source>The system's</source>
            <translation>시스템 언어</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="59" />
            <source>Good and bad scans sound</source>
            <translation>정상/오류 스캔 시 소리</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="61" />
            <source>Save the station</source>
            <translation>스테이션 저장</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="65" />
            <source>Station id</source>
            <translation>스테이션 ID</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="66" />
            <source>Site name</source>
            <translation>사이트 이름</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="67" />
            <source>Time zone</source>
            <translation>시간대</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="68" />
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="72" />
            <source>A new station id or language is used from the next start.</source>
            <translation>새 스테이션 ID나 언어는 다음 시작부터 적용됩니다.</translation>
        </message>
    </context>
    <context>
        <name>StockDialog</name>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="64" />
            <source>Stock</source>
            <translation>재고</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="73" />
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="82" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="74" />
            <source>LPN</source>
            <translation>LPN</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="75" />
            <source>Bin</source>
            <translation>로케이션</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="77" />
            <source>SKU, LPN or bin code (scan or type), Enter</source>
            <translation>SKU, LPN 또는 로케이션 코드 (스캔 또는 입력), Enter</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="79" />
            <source>Search</source>
            <translation>검색</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="82" />
            <source>Location</source>
            <translation>위치</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="82" />
            <source>Grade</source>
            <translation>등급</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="82" />
            <source>Quantity</source>
            <translation>수량</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="95" />
            <source>Evidence pack of this return</source>
            <translation>이 반품의 증거 자료</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="130" />
            <source>received</source>
            <translation>입고됨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="131" />
            <source>put away</source>
            <translation>적치됨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="132" />
            <source>moved</source>
            <translation>이동됨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="133" />
            <source>reversed (undone or voided)</source>
            <translation>역분개됨(취소 또는 무효)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="179" />
            <source>%n stock line</source>
            <translation>
                <numerusform>재고 %n줄</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="179" />
            <source>%n stock lines</source>
            <translation>
                <numerusform>재고 %n줄</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="217" />
            <source>Making the evidence pack of {0}…</source>
            <translation>{0}의 증거 자료를 만드는 중…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="231" />
            <source>Evidence pack saved: {0} and {1}</source>
            <translation>증거 자료 저장됨: {0} 및 {1}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="85" />
            <source>From</source>
            <translation>출발 위치</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="85" />
            <source>To</source>
            <translation>도착 위치</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="85" />
            <source>Why</source>
            <translation>사유</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="85" />
            <source>By</source>
            <translation>작업자</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="85" />
            <source>When</source>
            <translation>시각</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="92" />
            <source>Reprint this label (audited)</source>
            <translation>이 라벨 재인쇄 (감사 기록)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="116" />
            <source>On hand (from the stock ledger)</source>
            <translation>현재고 (재고 원장 기준)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="118" />
            <source>License plate history</source>
            <translation>LPN 이력</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="206" />
            <source>Label {0} reprinted</source>
            <translation>라벨 {0} 재인쇄됨</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusLabel</name>
        <message>
            <location filename="../../src/receiving_desk/gui/sync_status.py" line="46" />
            <source>standalone (no central database)</source>
            <translation>단독 실행 (중앙 DB 없음)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/sync_status.py" line="47" />
            <source>starting</source>
            <translation>시작 중</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/sync_status.py" line="48" />
            <source>online</source>
            <translation>온라인</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/sync_status.py" line="49" />
            <source>OFFLINE</source>
            <translation>오프라인</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/sync_status.py" line="50" />
            <source>stopped</source>
            <translation>중지됨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/sync_status.py" line="52" />
            <source>Sync: {0}</source>
            <translation>동기화: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/sync_status.py" line="54" />
            <source>backlog {0}</source>
            <translation>대기 {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/sync_status.py" line="57" />
            <source>oldest {0}</source>
            <translation>최장 대기 {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/sync_status.py" line="60" />
            <source>loading reference data {0}/{1}</source>
            <translation>기준 정보 불러오는 중 {0}/{1}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/sync_status.py" line="63" />
            <source>reference data refused: {0}</source>
            <translation>참조 데이터 거부됨: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/sync_status.py" line="65" />
            <source>last error: {0}</source>
            <translation>마지막 오류: {0}</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="58" />
            <source>Badge</source>
            <translation>배지</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="58" />
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="77" />
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="58" />
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="78" />
            <source>Role</source>
            <translation>역할</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="58" />
            <source>Active</source>
            <translation>활성</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="76" />
            <source>Badge code</source>
            <translation>배지 코드</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="79" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="80" />
            <source>PIN again</source>
            <translation>PIN 다시 입력</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="81" />
            <source>Add the user</source>
            <translation>사용자 추가</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="82" />
            <source>Change the role</source>
            <translation>역할 변경</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="83" />
            <source>Deactivate</source>
            <translation>비활성화</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="84" />
            <source>Reset the PIN</source>
            <translation>PIN 재설정</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="85" />
            <source>Badge card (PDF)</source>
            <translation>배지 카드 (PDF)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="86" />
            <source>Open the badge card to print it</source>
            <translation>배지 카드 열어 인쇄</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="114" />
            <source>Working…</source>
            <translation>처리 중…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="139" />
            <source>yes</source>
            <translation>예</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="139" />
            <source>no</source>
            <translation>아니요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="154" />
            <source>The two PINs differ: type the same PIN twice</source>
            <translation>두 PIN이 다릅니다: 같은 PIN을 두 번 입력하세요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="169" />
            <source>Added {0} ({1})</source>
            <translation>{0} ({1}) 추가됨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="180" />
            <source>{0} is now {1}</source>
            <translation>{0}: 이제 {1}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="187" />
            <source>{0} can no longer log in</source>
            <translation>{0}은(는) 더 이상 로그인할 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="197" />
            <source>New PIN set for {0}</source>
            <translation>{0}의 새 PIN 설정됨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="230" />
            <source>Badge card saved: {0}</source>
            <translation>배지 카드 저장됨: {0}</translation>
        </message>
    </context>
    <context>
        <name>WeightPanel</name>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_panel.py" line="47" />
            <source>OVERLOAD</source>
            <translation>과부하</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_panel.py" line="48" />
            <source>below zero</source>
            <translation>0 미만</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_panel.py" line="49" />
            <source>scale error</source>
            <translation>저울 오류</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_panel.py" line="53" />
            <source>{0} …</source>
            <translation>{0} …</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_panel.py" line="62" />
            <source>Nothing to weigh now</source>
            <translation>지금은 잴 것이 없음</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_panel.py" line="66" />
            <source>Parcel</source>
            <translation>소포</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_panel.py" line="68" />
            <source>Unit {0}</source>
            <translation>유닛 {0}</translation>
        </message>
    </context>
    <context>
        <name>widget</name>
        <message>
            <location filename="../../src/receiving_desk/gui/report_widgets.py" line="72" />
            <source>Double-click for the returns behind this number</source>
            <translation>더블클릭하면 이 숫자에 해당하는 반품을 볼 수 있습니다</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="97" />
            <source>Unknown barcode: {code}</source>
            <translation>알 수 없는 바코드: {code}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="98" />
            <source>Check digit wrong — rescan: {code}</source>
            <translation>체크 디지트 오류 — 다시 스캔하세요: {code}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="99" />
            <source>Scanner sent nothing readable — rescan</source>
            <translation>스캐너에서 읽을 수 있는 데이터가 없습니다 — 다시 스캔하세요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="100" />
            <source>Scan your badge first</source>
            <translation>먼저 사원증을 스캔하세요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="101" />
            <source>Badge or PIN not accepted — scan your badge again</source>
            <translation>사원증 또는 PIN이 올바르지 않습니다 — 사원증을 다시 스캔하세요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="102" />
            <source>Too many wrong PINs: this badge is locked for a few minutes</source>
            <translation>PIN 오류 횟수 초과: 이 사원증은 몇 분간 잠깁니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="103" />
            <source>Not allowed for your role ({role}): ask a supervisor</source>
            <translation>현재 역할({role})로는 할 수 없습니다: 관리자에게 요청하세요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="105" />
            <source>No return authorization found for {code}</source>
            <translation>{code}에 대한 반품 승인을 찾을 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="106" />
            <source>Return {rma} is already {status}</source>
            <translation>반품 {rma}은(는) 이미 {status} 상태입니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="107" />
            <source>Return {rma} is still open — complete it first</source>
            <translation>반품 {rma}이(가) 아직 열려 있습니다 — 먼저 완료하세요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="108" />
            <source>Scan the parcel's RMA slip or tracking label first</source>
            <translation>먼저 택배의 RMA 전표나 운송장을 스캔하세요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="109" />
            <source>Item not in the catalog: {code}</source>
            <translation>카탈로그에 없는 상품: {code}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="110" />
            <source>No unit waiting for a grade — scan an item</source>
            <translation>등급 판정을 기다리는 제품이 없습니다 — 상품을 스캔하세요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="111" />
            <source>Grade {grade} is not allowed here</source>
            <translation>여기서는 {grade} 등급을 사용할 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="112" />
            <source>This return is already {status}</source>
            <translation>이 반품은 이미 {status} 상태입니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="113" />
            <source>A reason is required</source>
            <translation>사유를 입력해야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="114" />
            <source>Nothing to undo</source>
            <translation>취소할 작업이 없습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="115" />
            <source>The local database is busy — try again in a moment</source>
            <translation>로컬 데이터베이스가 사용 중입니다 — 잠시 후 다시 시도하세요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="136" />
            <source>That checklist question does not apply to this item</source>
            <translation>이 체크리스트 항목은 이 상품에 해당하지 않습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="141" />
            <source>Nothing to override: grade a unit first</source>
            <translation>변경할 처리가 없습니다: 먼저 제품 등급을 판정하세요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="142" />
            <source>No open return authorization for {code}</source>
            <translation>{code}에 대한 진행 중인 반품 승인이 없습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="143" />
            <source>Several return authorizations match: scan the RMA</source>
            <translation>여러 반품 승인이 일치합니다: RMA를 스캔하세요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="144" />
            <source>No such bin: {code}</source>
            <translation>존재하지 않는 로케이션: {code}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="145" />
            <source>Wrong bin: {scanned} — this unit goes to {expected}</source>
            <translation>잘못된 로케이션: {scanned} — 이 제품은 {expected}에 적치하세요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="146" />
            <source>Unknown license plate: {code}</source>
            <translation>알 수 없는 LPN: {code}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="147" />
            <source>Nothing to put away: scan the LPNs first</source>
            <translation>적치할 항목이 없습니다: 먼저 LPN을 스캔하세요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="148" />
            <source>No label to reprint {code}</source>
            <translation>다시 인쇄할 라벨이 없습니다: {code}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="180" />
            <source>Return {rma} is open at station {station}</source>
            <translation>반품 {rma}이(가) 스테이션 {station}에서 열려 있습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="319" />
            <source>Badge read — enter your PIN</source>
            <translation>사원증을 읽었습니다 — PIN을 입력하세요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="320" />
            <source>Welcome, {name}</source>
            <translation>{name}님, 환영합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="321" />
            <source>Logged out</source>
            <translation>로그아웃되었습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="327" />
            <source>Return {rma} opened</source>
            <translation>반품 {rma} 처리를 시작했습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="328" />
            <source>Welcome, {name} — return {rma} resumed where it stopped</source>
            <translation>{name}님, 환영합니다 — 반품 {rma}을(를) 중단된 곳부터 이어서 진행합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="329" />
            <source>Unit {seq}: {sku} — {match}</source>
            <translation>{seq}번 제품: {sku} — {match}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="330" />
            <source>Unit {seq} graded {grade}</source>
            <translation>{seq}번 제품: {grade} 등급으로 판정</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="331" />
            <source>No return authorization for {code}</source>
            <translation>{code}에 대한 반품 승인이 없습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="338" />
            <source>Blind receipt opened for {code}: every item will be flagged</source>
            <translation>{code} 블라인드 입고 시작: 모든 상품에 플래그가 표시됩니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="339" />
            <source>Parcel {code} set aside for a supervisor</source>
            <translation>택배 {code}을(를) 관리자 확인용으로 보류했습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="340" />
            <source>{check}: {answer}</source>
            <translation>{check}: {answer}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="346" />
            <source>Condition {condition}: {state}</source>
            <translation>상태 {condition}: {state}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="347" />
            <source>Photo added</source>
            <translation>사진이 추가되었습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="348" />
            <source>Override to {disposition}: scan or type the reason</source>
            <translation>{disposition}(으)로 처리 변경: 사유를 스캔하거나 입력하세요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="349" />
            <source>Unit {seq} overridden to {disposition} (audited)</source>
            <translation>{seq}번 제품의 처리를 {disposition}(으)로 변경했습니다 (감사 기록됨)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="350" />
            <source>Unit {seq} ({sku}) cancelled</source>
            <translation>{seq}번 제품({sku})을(를) 취소했습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="351" />
            <source>Ready for the next item</source>
            <translation>다음 상품을 스캔하세요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="352" />
            <source>Cancelled</source>
            <translation>취소되었습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="353" />
            <source>{lpn} (now in {location}) on the cart: {count} — scan the bin</source>
            <translation>{lpn}(현재 {location}) 카트에 적재, 총 {count}개 — 로케이션을 스캔하세요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="359" />
            <source>Label {lpn} sent to the printer again (audited)</source>
            <translation>라벨 {lpn}을(를) 프린터로 다시 보냈습니다 (감사 기록됨)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="365" />
            <source>Return {rma} voided</source>
            <translation>반품 {rma}을(를) 무효 처리했습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="369" />
            <source>Scan undone: unit {seq} ({sku})</source>
            <translation>스캔 취소: {seq}번 제품({sku})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="415" />
            <source>yes</source>
            <translation>예</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="415" />
            <source>no</source>
            <translation>아니요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="417" />
            <source>noted</source>
            <translation>기록됨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="417" />
            <source>removed</source>
            <translation>해제됨</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="92" />
            <source>%n unit still needs a grade</source>
            <translation>
                <numerusform>등급이 필요한 제품이 %n개 남아 있습니다</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="88" />
            <source>Reference data not pulled: {0}</source>
            <translation>참조 데이터를 가져오지 않았습니다: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="94" />
            <source>%n units still need a grade</source>
            <translation>
                <numerusform>등급이 필요한 제품이 %n개 남아 있습니다</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="104" />
            <source>Your badge is no longer active: ask a supervisor</source>
            <translation>배지가 더 이상 유효하지 않습니다: 관리자에게 문의하세요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="117" />
            <source>The disk of the local database is full: this step was not saved, scans are kept. Tell a supervisor to free space.</source>
            <translation>로컬 데이터베이스 디스크가 가득 찼습니다. 이 단계는 저장되지 않았으며 스캔은 보관됩니다. 관리자에게 공간 확보를 요청하세요.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="121" />
            <source>The local database cannot be written (read-only or missing file or folder): this step was not saved, scans are kept. Tell a supervisor.</source>
            <translation>로컬 데이터베이스에 쓸 수 없습니다(읽기 전용이거나 파일 또는 폴더 없음). 이 단계는 저장되지 않았으며 스캔은 보관됩니다. 관리자에게 알리세요.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="125" />
            <source>The local database could not be read or written (disk error): this step was not saved, scans are kept. Tell a supervisor.</source>
            <translation>로컬 데이터베이스를 읽거나 쓸 수 없습니다(디스크 오류). 이 단계는 저장되지 않았으며 스캔은 보관됩니다. 관리자에게 알리세요.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="129" />
            <source>The local database is damaged: this step was not saved. Tell a supervisor now.</source>
            <translation>로컬 데이터베이스가 손상되었습니다. 이 단계는 저장되지 않았습니다. 지금 관리자에게 알리세요.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="131" />
            <source>Printer {printer}: {reason}</source>
            <translation>프린터 {printer}: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="132" />
            <source>File {path}: {reason}</source>
            <translation>파일 {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="133" />
            <source>Photo not added: {path}: {reason}</source>
            <translation>사진이 추가되지 않음: {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="135" />
            <source>Setting not saved: {reason}</source>
            <translation>설정이 저장되지 않음: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="137" />
            <source>Condition {code} does not apply to this item</source>
            <translation>상태 {code}은(는) 이 상품에 해당하지 않습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="138" />
            <source>Not graded: answer these questions first: {checks}</source>
            <translation>등급 미지정: 먼저 다음 질문에 답하세요: {checks}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="139" />
            <source>Nothing to confirm now</source>
            <translation>지금 확인할 항목이 없습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="140" />
            <source>There is no number {number} on the list</source>
            <translation>목록에 {number}번이 없습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="150" />
            <source>Unit {seq} ({sku}) is already labelled or put away: a supervisor must approve</source>
            <translation>유닛 {seq}({sku})은(는) 이미 라벨이 있거나 적치되었습니다: 관리자 승인이 필요합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="153" />
            <source>Waiting for a supervisor: scan a supervisor badge, or CMD-CANCEL</source>
            <translation>관리자 대기 중: 관리자 배지를 스캔하거나 CMD-CANCEL을 스캔하세요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="155" />
            <source>{code} is no longer in stock: its scan was undone or voided</source>
            <translation>{code}은(는) 더 이상 재고에 없습니다: 스캔이 취소되었거나 무효 처리되었습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="157" />
            <source>{code} is held for a blind audit: keep it on the audit shelf until it is graded</source>
            <translation>{code}은(는) 블라인드 감사 대기 중입니다. 등급이 매겨질 때까지 감사 선반에 두십시오</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="159" />
            <source>{code} is not waiting for an audit</source>
            <translation>{code}은(는) 감사 대기 중이 아닙니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="160" />
            <source>{code} is already held for an audit</source>
            <translation>{code}은(는) 이미 감사 대기 중입니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="161" />
            <source>You graded {code} first: another clerk must audit it</source>
            <translation>{code}의 첫 등급을 매긴 사람은 본인입니다. 다른 직원이 감사해야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="162" />
            <source>You have already graded {code} for the audit</source>
            <translation>이미 {code}의 감사 등급을 매겼습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="163" />
            <source>{code} has no disputed audit to resolve</source>
            <translation>{code}에는 해결할 이견 감사가 없습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="165" />
            <source>Not graded: this {sku} was already put away ({was}); this grade would change where it goes. Grade it as before, then a supervisor overrides.</source>
            <translation>등급 미기록: 이 {sku}은(는) 이미 적치되었습니다({was}). 이 등급은 보낼 곳을 바꿉니다. 이전과 같이 등급을 매긴 뒤 관리자가 재지정하세요.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="174" />
            <source>Not done: {reason}</source>
            <translation>처리되지 않음: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="190" />
            <source>Not expected now: {code}. Scan your badge first.</source>
            <translation>지금은 예상하지 않은 코드: {code}. 먼저 사원증을 스캔하세요.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="191" />
            <source>Not expected now: {code}. Scan the RMA slip or the tracking label.</source>
            <translation>지금은 예상하지 않은 코드: {code}. RMA 전표나 송장 라벨을 스캔하세요.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="192" />
            <source>Not expected now: {code}. Scan an item barcode.</source>
            <translation>지금은 예상하지 않은 코드: {code}. 상품 바코드를 스캔하세요.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="194" />
            <source>Not expected now: {code}</source>
            <translation>지금은 예상하지 않은 코드: {code}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="202" />
            <source>{code} starts like an RMA number ({prefix}…) but does not match this site's RMA format. Check the slip and scan it again, or type the RMA number.</source>
            <translation>{code}은(는) RMA 번호({prefix}…)처럼 시작하지만 이 사업장의 RMA 형식과 맞지 않습니다. 전표를 확인하고 다시 스캔하거나 RMA 번호를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="206" />
            <source>{code} starts like a license plate ({prefix}…) but does not match this site's LPN format. Reprint the label, or type the LPN.</source>
            <translation>{code}은(는) 라이선스 플레이트({prefix}…)처럼 시작하지만 이 사업장의 LPN 형식과 맞지 않습니다. 라벨을 다시 인쇄하거나 LPN을 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="210" />
            <source>{code} starts like a badge ({prefix}…) but does not match this site's badge format. Ask a supervisor for a new badge.</source>
            <translation>{code}은(는) 사원증({prefix}…)처럼 시작하지만 이 사업장의 사원증 형식과 맞지 않습니다. 관리자에게 새 사원증을 요청하세요.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="214" />
            <source>{code} starts like a bin label ({prefix}…) but does not match this site's bin format. Scan the label on the bin, or type the bin code.</source>
            <translation>{code}은(는) 보관함 라벨({prefix}…)처럼 시작하지만 이 사업장의 보관함 형식과 맞지 않습니다. 보관함의 라벨을 스캔하거나 보관함 코드를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="218" />
            <source>{code} starts like a command barcode ({prefix}…) but is not one of the desk's commands. Use the printed command sheet.</source>
            <translation>{code}은(는) 명령 바코드({prefix}…)처럼 시작하지만 데스크의 명령이 아닙니다. 인쇄된 명령 시트를 사용하세요.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="222" />
            <source>{code} does not match this site's formats</source>
            <translation>{code}은(는) 이 사업장의 형식과 맞지 않습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="230" />
            <source>Check digit wrong — rescan: {code} ({what}: the check digit should be {expected}, the scan has {got}). If it fails again, type the number printed on the label.</source>
            <translation>체크 디지트 오류 — 다시 스캔하세요: {code} ({what}: 체크 디지트는 {expected}이어야 하는데 스캔 값은 {got}입니다). 다시 실패하면 라벨에 인쇄된 번호를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="237" />
            <source>Barcode not valid: {code} — {detail}. {action}</source>
            <translation>유효하지 않은 바코드: {code} — {detail}. {action}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="247" />
            <source>an EAN/UPC barcode has {expected} digits, this scan has %n digit</source>
            <translation>
                <numerusform>EAN/UPC 바코드는 {expected}자리인데 이 스캔은 %n자리입니다</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="249" />
            <source>an EAN/UPC barcode has {expected} digits, this scan has %n digits</source>
            <translation>
                <numerusform>EAN/UPC 바코드는 {expected}자리인데 이 스캔은 %n자리입니다</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="254" />
            <source>AI {ai} allows at most %n character, this one has {count}</source>
            <translation>
                <numerusform>AI {ai}은(는) 최대 %n자까지 허용하는데 여기는 {count}자입니다</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="256" />
            <source>AI {ai} allows at most %n characters, this one has {count}</source>
            <translation>
                <numerusform>AI {ai}은(는) 최대 %n자까지 허용하는데 여기는 {count}자입니다</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="260" />
            <source>the scan is %n characters long, more than any barcode holds</source>
            <translation>
                <numerusform>스캔 길이가 %n자로 어떤 바코드보다 깁니다</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="263" />
            <source>an EAN/UPC barcode holds digits only</source>
            <translation>EAN/UPC 바코드에는 숫자만 들어갑니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="265" />
            <source>AI {ai}: {value} does not fit the format {format}</source>
            <translation>AI {ai}: {value}은(는) {format} 형식에 맞지 않습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="268" />
            <source>{what}: the check digit should be {expected}, the scan has {got}</source>
            <translation>{what}: 체크 디지트는 {expected}이어야 하는데 스캔 값은 {got}입니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="269" />
            <source>AI {ai}: {value} is not a valid date (YYMMDD)</source>
            <translation>AI {ai}: {value}은(는) 올바른 날짜(YYMMDD)가 아닙니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="270" />
            <source>no GS1 Application Identifier starts at {value}</source>
            <translation>{value}에서 시작하는 GS1 응용 식별자가 없습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="271" />
            <source>{country} is not a country code</source>
            <translation>{country}은(는) 국가 코드가 아닙니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="272" />
            <source>a number of one repeated digit is a placeholder, not a real code</source>
            <translation>한 숫자가 반복된 번호는 자리표시자이며 실제 코드가 아닙니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="274" />
            <source>AI {ai} appears twice, as {value} and as {other}: the label contradicts itself</source>
            <translation>AI {ai}이(가) {value}와(과) {other}로 두 번 나옵니다. 라벨 내용이 서로 모순됩니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="276" />
            <source>AI {ai} and AI {other} must not be in one barcode</source>
            <translation>AI {ai}와(과) AI {other}은(는) 한 바코드에 함께 있으면 안 됩니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="277" />
            <source>AI {ai} needs AI {needs} in the same barcode</source>
            <translation>AI {ai}에는 같은 바코드에 AI {needs}이(가) 필요합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="279" />
            <source>the barcode holds GS1 text in brackets: it is a printed label, not GS1 data</source>
            <translation>바코드에 괄호로 된 GS1 텍스트가 있습니다. 인쇄된 라벨 문자이며 GS1 데이터가 아닙니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="281" />
            <source>the GS1 Digital Link cannot be read</source>
            <translation>GS1 디지털 링크를 읽을 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="282" />
            <source>its text does not fit the format it starts like</source>
            <translation>시작 부분이 나타내는 형식과 내용이 맞지 않습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="283" />
            <source>it does not fit its format</source>
            <translation>형식에 맞지 않습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="290" />
            <source>Rescan; if it fails again, type the number printed on the label.</source>
            <translation>다시 스캔하세요. 다시 실패하면 라벨에 인쇄된 번호를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="292" />
            <source>Scan the real label, or type its number.</source>
            <translation>실제 라벨을 스캔하거나 번호를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="294" />
            <source>Scan the GS1 barcode next to it, or type the text.</source>
            <translation>옆에 있는 GS1 바코드를 스캔하거나 텍스트를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="296" />
            <source>Check the label, or type the number.</source>
            <translation>라벨을 확인하거나 번호를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="297" />
            <source>Rescanning will not help: scan another barcode on the item, or type its number.</source>
            <translation>다시 스캔해도 소용없습니다. 상품의 다른 바코드를 스캔하거나 번호를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="311" />
            <source>Unexpected error: see the log</source>
            <translation>예기치 않은 오류: 로그를 확인하세요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="322" />
            <source>{previous} is logged out — welcome, {name}</source>
            <translation>{previous} 님이 로그아웃되었습니다 — {name} 님, 환영합니다</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="324" />
            <source>No activity: logging out in %n seconds — scan or press a key to stay</source>
            <translation>
                <numerusform>활동 없음: %n초 후 로그아웃 — 계속하려면 스캔하거나 키를 누르세요</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="326" />
            <source>Logged out after %n minutes without activity</source>
            <translation>
                <numerusform>%n분 동안 활동이 없어 로그아웃되었습니다</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="332" />
            <source>%n open returns match — pick one by its number</source>
            <translation>
                <numerusform>열린 반품 %n건이 일치합니다 — 번호로 하나를 고르세요</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="334" />
            <source>No units scanned: complete anyway?</source>
            <translation>스캔한 제품이 없습니다. 그래도 완료할까요?</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="336" />
            <source>Discrepancies: complete anyway?</source>
            <translation>불일치가 있습니다. 그래도 완료할까요?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="342" />
            <source>Checklist: %n remaining check answered OK</source>
            <translation>
                <numerusform>체크리스트: 남은 %n개 항목을 정상으로 응답했습니다</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="344" />
            <source>Checklist: %n remaining checks answered OK</source>
            <translation>
                <numerusform>체크리스트: 남은 %n개 항목을 정상으로 응답했습니다</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="355" />
            <source>%n unit put away in {bin}</source>
            <translation>
                <numerusform>%n개 제품을 {bin}에 적치했습니다</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="357" />
            <source>%n units put away in {bin}</source>
            <translation>
                <numerusform>%n개 제품을 {bin}에 적치했습니다</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="361" />
            <source>Return {rma} completed (%n unit)</source>
            <translation>
                <numerusform>반품 {rma} 완료(%n개)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="363" />
            <source>Return {rma} completed (%n units)</source>
            <translation>
                <numerusform>반품 {rma} 완료(%n개)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="367" />
            <source>Scan undone: unit {seq} ({sku}), approved by {approved_by} (audited)</source>
            <translation>스캔 취소됨: 유닛 {seq}({sku}), {approved_by} 승인(감사 기록됨)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="373" />
            <source>The grades of {lpn} ({sku}) differ: a supervisor sets its final grade — supervisor, scan your badge (CMD-CANCEL leaves it waiting)</source>
            <translation>{lpn}({sku})의 등급이 다릅니다: 관리자가 최종 등급을 정합니다 — 관리자는 배지를 스캔하세요(CMD-CANCEL은 대기 상태 유지)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="378" />
            <source>Unit {seq} ({sku}) is already put away: a supervisor must approve the undo — supervisor, scan your badge (CMD-CANCEL keeps the unit)</source>
            <translation>유닛 {seq}({sku})은(는) 이미 적치되었습니다: 취소에는 관리자 승인이 필요합니다 — 관리자는 배지를 스캔하세요(CMD-CANCEL은 유닛을 유지)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="383" />
            <source>Unit {seq} ({sku}) already has its label: a supervisor must approve the undo — supervisor, scan your badge (CMD-CANCEL keeps the unit)</source>
            <translation>유닛 {seq}({sku})에는 이미 라벨이 있습니다: 취소에는 관리자 승인이 필요합니다 — 관리자는 배지를 스캔하세요(CMD-CANCEL은 유닛을 유지)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="387" />
            <source>Supervisor badge read — supervisor, enter your PIN</source>
            <translation>관리자 배지 읽음 — 관리자는 PIN을 입력하세요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="390" />
            <source>Final grade of {lpn} ({sku}), approved by {final_by}: scan the grade</source>
            <translation>{lpn}({sku})의 최종 등급, {final_by} 승인: 등급을 스캔하세요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="392" />
            <source>Final grade of {lpn} ({sku}): the grades differ, scan the final grade</source>
            <translation>{lpn}({sku})의 최종 등급: 등급이 다릅니다. 최종 등급을 스캔하세요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="394" />
            <source>Blind audit of {lpn} ({sku}): check it and grade it afresh</source>
            <translation>{lpn}({sku}) 블라인드 감사: 새로 검사하고 등급을 매기십시오</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="397" />
            <source>Audit of {lpn} agrees: the label for its put-away is printing</source>
            <translation>{lpn} 감사 일치: 적치용 라벨을 인쇄 중입니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="399" />
            <source>Audit of {lpn} recorded: the grades differ, a supervisor decides</source>
            <translation>{lpn} 감사 기록됨: 등급이 달라 감독자가 결정합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="401" />
            <source>Final grade of {lpn} set (audited): its label is printing</source>
            <translation>{lpn}의 최종 등급이 설정되었습니다(감사 기록됨): 라벨 인쇄 중</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="403" />
            <source>Calibration grade of {lpn} recorded</source>
            <translation>{lpn}의 보정 등급이 기록되었습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="405" />
            <source>{lpn} is held for a blind audit: its AUDIT label is printing</source>
            <translation>{lpn}이(가) 블라인드 감사 대기로 지정되었습니다: AUDIT 라벨 인쇄 중</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="423" />
            <source>%n discrepancy flag</source>
            <translation>
                <numerusform>불일치 표시 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="425" />
            <source>%n discrepancy flags</source>
            <translation>
                <numerusform>불일치 표시 %n개</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="436" />
            <source>Scan your badge</source>
            <translation>사원증을 스캔하세요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="437" />
            <source>Enter your PIN, then Enter</source>
            <translation>PIN을 입력하고 Enter 키를 누르세요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="438" />
            <source>Scan the RMA slip or the tracking label</source>
            <translation>RMA 전표나 운송장을 스캔하세요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="439" />
            <source>Scan the next item — or complete the return (F12)</source>
            <translation>다음 상품을 스캔하거나 반품을 완료하세요 (F12)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="440" />
            <source>Check and grade the unit: 1 = A, 2 = B, 3 = C, 4 = D, 5 = scrap</source>
            <translation>제품을 검사하고 등급을 판정하세요: 1 = A, 2 = B, 3 = C, 4 = D, 5 = 스크랩</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="442" />
            <source>No RMA: scan the order number, customer number or an item's serial — or CMD-BLIND to receive it blind, CMD-SET-ASIDE for a supervisor</source>
            <translation>RMA 없음: 주문 번호, 고객 번호 또는 상품 일련번호를 스캔하세요 — 블라인드 입고는 CMD-BLIND, 관리자 보류는 CMD-SET-ASIDE</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="445" />
            <source>Override: scan a reason barcode or type the reason</source>
            <translation>처리 변경: 사유 바코드를 스캔하거나 사유를 입력하세요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="446" />
            <source>Pick the return: type or scan its number</source>
            <translation>반품 선택: 번호를 입력하거나 스캔하세요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="447" />
            <source>Put away: scan the bin label</source>
            <translation>적치: 보관함 라벨을 스캔하세요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="448" />
            <source>Confirm: scan CMD-CONFIRM to complete, or scan on</source>
            <translation>확인: 완료하려면 CMD-CONFIRM을 스캔, 아니면 계속 스캔</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="449" />
            <source>Supervisor approval: a supervisor scans their badge</source>
            <translation>관리자 승인: 관리자가 배지를 스캔합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="450" />
            <source>Supervisor approval: the supervisor enters their PIN, then Enter</source>
            <translation>관리자 승인: 관리자가 PIN을 입력한 뒤 Enter</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="452" />
            <source>Blind audit: check the unit and grade it (CMD-CANCEL leaves it held)</source>
            <translation>블라인드 감사: 단위를 검사하고 등급을 매기십시오(CMD-CANCEL은 대기 상태 유지)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="460" />
            <source>Final grade: scan the grade the unit keeps (CMD-CANCEL leaves it disputed)</source>
            <translation>최종 등급: 유닛에 남길 등급을 스캔하세요(CMD-CANCEL은 이견 상태 유지)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="466" />
            <source>Refund: full</source>
            <translation>환불: 전액</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="468" />
            <source>Refund: partial, {0} %</source>
            <translation>환불: 부분, {0}%</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="469" />
            <source>Refund: none</source>
            <translation>환불: 없음</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="478" />
            <source>Wrong item on line {line}: declared {declared_sku}, received {received_sku}</source>
            <translation>{line}행 상품 불일치: 신고 {declared_sku}, 입고 {received_sku}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="480" />
            <source>Undeclared extra item: {received_sku}</source>
            <translation>신고되지 않은 추가 상품: {received_sku}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="481" />
            <source>Missing: line {line} ({sku}) not in the parcel</source>
            <translation>누락: {line}행({sku})이(가) 택배에 없습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="482" />
            <source>Empty box: none of the {declared_lines} declared lines arrived</source>
            <translation>빈 상자: 신고된 {declared_lines}개 행이 하나도 도착하지 않았습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="483" />
            <source>Short on line {line}: {received} of {declared} {sku}</source>
            <translation>{line}행 수량 부족: {sku} {declared}개 중 {received}개</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="485" />
            <source>More than declared on line {line}: {sku} (declared {declared})</source>
            <translation>{line}행 신고 수량 초과: {sku} (신고 {declared})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="488" />
            <source>Serial mismatch on line {line}: sold {sold_serial}, received {received_serial}</source>
            <translation>{line}행 일련번호 불일치: 판매 {sold_serial}, 입고 {received_serial}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="490" />
            <source>Unit {unit}: returned outside the window</source>
            <translation>{unit}번 제품: 반품 기한 이후 반품됨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="491" />
            <source>Unit {unit}: late, accepted by loyalty leniency</source>
            <translation>{unit}번 제품: 기한 지남, 회원 유예로 접수</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="492" />
            <source>Blind receipt: no return authorization</source>
            <translation>블라인드 입고: 반품 승인 없음</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="22" />
            <source>Restock as new</source>
            <translation>새 제품으로 재입고</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="23" />
            <source>Restock as open box</source>
            <translation>오픈박스로 재입고</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="24" />
            <source>Refurbish</source>
            <translation>리퍼 처리</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="25" />
            <source>Repair</source>
            <translation>수리</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="26" />
            <source>Return to vendor</source>
            <translation>공급업체 반송</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="27" />
            <source>Liquidate</source>
            <translation>재고 처분</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="28" />
            <source>Donate</source>
            <translation>기부</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="29" />
            <source>Recycle</source>
            <translation>재활용</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="30" />
            <source>Destroy</source>
            <translation>폐기</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="36" />
            <source>Sellable</source>
            <translation>판매 가능</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="37" />
            <source>Returns staging</source>
            <translation>반품 대기 구역</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="38" />
            <source>Open box</source>
            <translation>개봉품</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="39" />
            <source>Refurbishment</source>
            <translation>리퍼비시</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="40" />
            <source>Repair zone</source>
            <translation>수리 구역</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="41" />
            <source>Return-to-vendor cage</source>
            <translation>공급업체 반송 케이지</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="42" />
            <source>Liquidation</source>
            <translation>재고 처분</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="43" />
            <source>Donation</source>
            <translation>기부</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="44" />
            <source>Recycling</source>
            <translation>재활용</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="45" />
            <source>Scrap</source>
            <translation>폐기</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="51" />
            <source>Standard</source>
            <translation>일반</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="52" />
            <source>Silver</source>
            <translation>실버</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="53" />
            <source>Gold</source>
            <translation>골드</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="54" />
            <source>Platinum</source>
            <translation>플래티넘</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="60" />
            <source>Defective</source>
            <translation>불량</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="61" />
            <source>Damaged in transit</source>
            <translation>배송 중 파손</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="62" />
            <source>Wrong item sent</source>
            <translation>오배송</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="63" />
            <source>Not as described</source>
            <translation>상품 설명과 다름</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="64" />
            <source>Size or fit</source>
            <translation>사이즈 불만</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="65" />
            <source>No longer needed</source>
            <translation>더 이상 필요 없음</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="66" />
            <source>Changed mind</source>
            <translation>단순 변심</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="67" />
            <source>Arrived late</source>
            <translation>배송 지연</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="68" />
            <source>Other</source>
            <translation>기타</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="74" />
            <source>matched</source>
            <translation>일치</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="75" />
            <source>not on the RMA</source>
            <translation>RMA에 없음</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="76" />
            <source>more than declared</source>
            <translation>신고 수량 초과</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="82" />
            <source>waiting</source>
            <translation>대기</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="83" />
            <source>partly received</source>
            <translation>일부 입고</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="84" />
            <source>received</source>
            <translation>입고 완료</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="90" />
            <source>connecting</source>
            <translation>연결 중</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="91" />
            <source>connected</source>
            <translation>연결됨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="92" />
            <source>disconnected</source>
            <translation>연결 끊김</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="93" />
            <source>stopped</source>
            <translation>중지됨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="99" />
            <source>clerk</source>
            <translation>검수자</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="100" />
            <source>supervisor</source>
            <translation>관리자</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="101" />
            <source>administrator</source>
            <translation>시스템 관리자</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="51" />
            <source>Gold calibration unit</source>
            <translation>골드 보정 단위</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="51" />
            <source>Blind audit</source>
            <translation>블라인드 감사</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="54" />
            <source>Final grade, set by {name} (audited)</source>
            <translation>최종 등급, {name} 설정(감사 기록)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="56" />
            <source>Final grade (audited)</source>
            <translation>최종 등급(감사 기록)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="61" />
            <source>First grade: {grade} ({name})</source>
            <translation>첫 등급: {grade}({name})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="63" />
            <source>Blind grade: {grade} ({name})</source>
            <translation>블라인드 등급: {grade}({name})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="67" />
            <source>Grades: {grades}</source>
            <translation>등급: {grades}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="72" />
            <source>Several returns match. Type or scan the number of the right one:</source>
            <translation>여러 반품이 일치합니다. 맞는 반품의 번호를 입력하거나 스캔하세요:</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="85" />
            <source>This return has no units. Complete it empty?</source>
            <translation>이 반품에는 제품이 없습니다. 빈 상태로 완료할까요?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/guidance.py" line="89" />
            <source>Complete with %n discrepancy?</source>
            <translation>
                <numerusform>불일치 %n건이 있는 채로 완료할까요?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/guidance.py" line="91" />
            <source>Complete with %n discrepancies?</source>
            <translation>
                <numerusform>불일치 %n건이 있는 채로 완료할까요?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="93" />
            <source>Yes: scan CMD-CONFIRM (or click Complete anyway). Any other scan: no.</source>
            <translation>예: CMD-CONFIRM을 스캔하세요(또는 '그래도 완료' 클릭). 다른 스캔: 아니요.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="106" />
            <source>Undo of unit {seq} ({sku}, {lpn}) needs a supervisor</source>
            <translation>유닛 {seq}({sku}, {lpn}) 취소에는 관리자가 필요합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="112" />
            <source>It is already put away: take it off the shelf before approving.</source>
            <translation>이미 적치되었습니다: 승인 전에 선반에서 꺼내세요.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="114" />
            <source>Its label is already printed: remove the label before approving.</source>
            <translation>라벨이 이미 인쇄되었습니다: 승인 전에 라벨을 떼세요.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="117" />
            <location filename="../../src/receiving_desk/gui/guidance.py" line="131" />
            <source>Supervisor: scan your badge, then enter your PIN. The clerk stays logged in.</source>
            <translation>관리자: 배지를 스캔한 뒤 PIN을 입력하세요. 담당자는 로그인 상태로 유지됩니다.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="119" />
            <location filename="../../src/receiving_desk/gui/guidance.py" line="133" />
            <source>Supervisor: enter your PIN, then Enter.</source>
            <translation>관리자: PIN을 입력한 뒤 Enter를 누르세요.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="121" />
            <source>CMD-CANCEL: keep the unit, nothing is undone.</source>
            <translation>CMD-CANCEL: 유닛을 유지하며 아무것도 취소하지 않습니다.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="127" />
            <source>The grades of {lpn} ({sku}) differ: a supervisor sets the final grade</source>
            <translation>{lpn}({sku})의 등급이 다릅니다: 관리자가 최종 등급을 정합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="135" />
            <source>CMD-CANCEL: the unit waits for a supervisor.</source>
            <translation>CMD-CANCEL: 유닛은 관리자를 계속 기다립니다.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/guidance.py" line="142" />
            <source>Cart: %n LPN — scan the bin label to put it away</source>
            <translation>
                <numerusform>카트: LPN %n개 — 보관함 라벨을 스캔하면 적치됩니다</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/guidance.py" line="144" />
            <source>Cart: %n LPNs — scan the bin label to put them away</source>
            <translation>
                <numerusform>카트: LPN %n개 — 보관함 라벨을 스캔하면 적치됩니다</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="150" />
            <source>{n}. {lpn} ({sku}): now in {location} → goes to {destination}</source>
            <translation>{n}. {lpn} ({sku}): 현재 {location} → {destination}(으)로</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="160" />
            <source>Mixed destinations: each LPN is booked into the bin you scan</source>
            <translation>목적지가 섞여 있습니다: 각 LPN은 스캔한 보관함에 기록됩니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="169" />
            <source>Grading unit {seq}: {sku} — {description}</source>
            <translation>{seq}번 제품 등급 지정 중: {sku} — {description}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="186" />
            <source>Answer before grading:</source>
            <translation>등급 지정 전에 답하세요:</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="196" />
            <source>Unit {seq}: {disposition} → bin {bin}</source>
            <translation>{seq}번 제품: {disposition} → 보관함 {bin}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/guidance.py" line="207" />
            <source>%n unit waits in returns staging: scan its bin label to put it away</source>
            <translation>
                <numerusform>반품 대기 구역에 제품 %n개가 적치를 기다립니다: 보관함 라벨을 스캔하세요</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/guidance.py" line="213" />
            <source>%n units wait in returns staging: scan a bin label to put one away</source>
            <translation>
                <numerusform>반품 대기 구역에 제품 %n개가 적치를 기다립니다: 보관함 라벨을 스캔하세요</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/note_texts.py" line="40" />
            <source>full refund</source>
            <translation>전액 환불</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/note_texts.py" line="42" />
            <source>no refund</source>
            <translation>환불 없음</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/note_texts.py" line="44" />
            <source>partial refund, {0}</source>
            <translation>부분 환불, {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/note_texts.py" line="51" />
            <source>Hygiene check failed: {0}</source>
            <translation>위생 점검 불합격: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/note_texts.py" line="53" />
            <source>Refund raised from {0} to {1} by the {2} tier's leniency ({3})</source>
            <translation>{2} 등급 유예로 환불 상향: {0} → {1} ({3})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/note_texts.py" line="57" />
            <source>Outside the return window: day {0} of {1}</source>
            <translation>반품 기간 초과: {1}일 중 {0}일째</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/note_texts.py" line="59" />
            <source>Accepted by the {0} tier's leniency: day {1} of {2} (+{3})</source>
            <translation>{0} 등급 유예로 접수: {2}일 중 {1}일째 (+{3})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/note_texts.py" line="63" />
            <source>Held for review, no refund: {0}</source>
            <translation>검토 대기, 환불 없음: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="23" />
            <source>{grams} g</source>
            <translation>{grams} g</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="24" />
            <source>{kg} kg</source>
            <translation>{kg} kg</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="29" />
            <source>no expected weight in the catalog</source>
            <translation>카탈로그에 예상 무게 없음</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="30" />
            <source>expected {low} – {high}</source>
            <translation>예상 {low} – {high}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="36" />
            <source>Too late to weigh the parcel: items were already taken out of it</source>
            <translation>소포를 잴 수 없음: 이미 물품을 꺼냈습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="38" />
            <source>Nothing to weigh now: scan an item to weigh it</source>
            <translation>지금은 잴 것이 없음: 물품을 스캔한 뒤 재세요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="39" />
            <source>No scale connected: check the scale's cable and power</source>
            <translation>연결된 저울 없음: 저울의 케이블과 전원을 확인하세요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="41" />
            <source>The weight did not settle: keep hands off the scale and weigh again</source>
            <translation>무게가 안정되지 않음: 저울에서 손을 떼고 다시 재세요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="43" />
            <source>Scale overloaded: too heavy for this scale, not recorded</source>
            <translation>저울 과부하: 이 저울에 너무 무거움, 기록하지 않음</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="44" />
            <source>Nothing on the scale: put the parcel or the unit on it</source>
            <translation>저울 위에 아무것도 없음: 소포나 유닛을 올리세요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="46" />
            <source>The scale shows less than zero: empty it, zero it and weigh again</source>
            <translation>저울이 0 미만을 표시: 비우고 영점을 맞춘 뒤 다시 재세요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="54" />
            <source>EMPTY BOX? It weighs about the packaging alone</source>
            <translation>빈 상자? 포장재 무게 정도입니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="55" />
            <source>TOO LIGHT: parts may be missing</source>
            <translation>너무 가벼움: 부품이 없을 수 있음</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="56" />
            <source>TOO HEAVY: something else may be inside</source>
            <translation>너무 무거움: 다른 것이 들어 있을 수 있음</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="57" />
            <source>weight as expected</source>
            <translation>예상 무게와 일치</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="61" />
            <source>Unit {seq} weighs {weight} — {found}</source>
            <translation>유닛 {seq} 무게 {weight} — {found}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="63" />
            <source>Parcel weighs {weight} — {found}</source>
            <translation>소포 무게 {weight} — {found}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="71" />
            <source>Empty box by weight: the parcel weighs {weight}, {expected}</source>
            <translation>무게로 본 빈 상자: 소포 무게 {weight}, {expected}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="73" />
            <source>Unit {unit} too light: {weight}, {expected} (missing parts?)</source>
            <translation>유닛 {unit} 너무 가벼움: {weight}, {expected}(부품 누락?)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="75" />
            <source>Unit {unit} too heavy: {weight}, {expected}</source>
            <translation>유닛 {unit} 너무 무거움: {weight}, {expected}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="77" />
            <source>Parcel too light: {weight}, {expected} (missing parts?)</source>
            <translation>소포 너무 가벼움: {weight}, {expected}(부품 누락?)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="79" />
            <source>Parcel too heavy: {weight}, {expected} (something else inside?)</source>
            <translation>소포 너무 무거움: {weight}, {expected}(다른 것이 들어 있음?)</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="64" />
            <source>Restock as new</source>
            <translation>새 제품으로 재입고</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="65" />
            <source>Restock as open box</source>
            <translation>오픈박스로 재입고</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="66" />
            <source>Refurbish</source>
            <translation>리퍼 처리</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="67" />
            <source>Repair</source>
            <translation>수리</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="68" />
            <source>Return to vendor</source>
            <translation>공급업체 반송</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="69" />
            <source>Liquidate</source>
            <translation>재고 처분</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="70" />
            <source>Donate</source>
            <translation>기부</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="71" />
            <source>Recycle</source>
            <translation>재활용</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="72" />
            <source>Destroy</source>
            <translation>폐기</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="49" />
            <source>Next unit</source>
            <translation>다음 제품</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="50" />
            <source>Complete the return</source>
            <translation>반품 완료</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="51" />
            <source>Cancel the unit waiting for a grade</source>
            <translation>등급 대기 중인 제품 취소</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="52" />
            <source>Undo the last scan</source>
            <translation>마지막 스캔 취소</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="53" />
            <source>Set the parcel aside for a supervisor</source>
            <translation>관리자 확인용으로 소포 보류</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="54" />
            <source>Blind receipt (no RMA)</source>
            <translation>RMA 없이 입고</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="55" />
            <source>Checklist: all remaining OK</source>
            <translation>체크리스트: 나머지 모두 정상</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="56" />
            <source>Cancel (override, look-up, cart)</source>
            <translation>취소(처리 변경, 조회, 카트)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="57" />
            <source>Reprint the last restock label</source>
            <translation>마지막 재입고 라벨 다시 인쇄</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="58" />
            <source>Log out</source>
            <translation>로그아웃</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="59" />
            <source>Weigh the parcel or unit on the scale</source>
            <translation>저울로 소포 또는 유닛 계량</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="60" />
            <source>Yes, complete anyway (no units or discrepancies)</source>
            <translation>예, 그래도 완료(제품 없음 또는 불일치)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="61" />
            <source>Hold the last LPN for a blind audit (supervisor)</source>
            <translation>마지막 LPN을 블라인드 감사 대기로 지정(감독자)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="74" />
            <source>Receiving Desk - command barcodes</source>
            <translation>반품 입고 데스크 - 명령 바코드</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="78" />
            <source>grade does not reflect the item's real condition</source>
            <translation>등급이 상품의 실제 상태와 맞지 않음</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="79" />
            <source>customer goodwill</source>
            <translation>고객 호의</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="80" />
            <source>vendor return agreement</source>
            <translation>공급업체 반품 계약</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="81" />
            <source>hidden damage found</source>
            <translation>숨은 손상 발견</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="82" />
            <source>product recall</source>
            <translation>제품 리콜</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="123" />
            <source>Grade {grade}</source>
            <translation>등급 {grade}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="130" />
            <source>YES · {question}</source>
            <translation>예 · {question}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="133" />
            <source>NO · {question}</source>
            <translation>아니요 · {question}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="138" />
            <source>Found: {condition}</source>
            <translation>발견: {condition}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="156" />
            <source>Pick return number {number} of the list</source>
            <translation>목록의 {number}번 반품 선택</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="159" />
            <source>Override: {disposition} (supervisor)</source>
            <translation>처리 변경: {disposition}(관리자)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="164" />
            <source>Reason: {reason}</source>
            <translation>사유: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="23" />
            <source>Restock as new</source>
            <translation>새 제품으로 재입고</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="24" />
            <source>Restock as open box</source>
            <translation>오픈박스로 재입고</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="25" />
            <source>Refurbish</source>
            <translation>리퍼 처리</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="26" />
            <source>Repair</source>
            <translation>수리</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="27" />
            <source>Return to vendor</source>
            <translation>공급업체 반송</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="28" />
            <source>Liquidate</source>
            <translation>재고 처분</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="29" />
            <source>Donate</source>
            <translation>기부</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="30" />
            <source>Recycle</source>
            <translation>재활용</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="31" />
            <source>Destroy</source>
            <translation>폐기</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="17" />
            <source>GRADE</source>
            <translation>등급</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="18" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="19" />
            <source>BIN</source>
            <translation>보관 위치</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="35" />
            <source>Clerk</source>
            <translation>검수자</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="36" />
            <source>Supervisor</source>
            <translation>관리자</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="37" />
            <source>Administrator</source>
            <translation>시스템 관리자</translation>
        </message>
    </context>
    <context>
        <name>Evidence</name>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="52" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="19" />
            <source>Evidence pack — {code}</source>
            <translation>증거 패키지 — {code}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="20" />
            <source>Station {station} · status {status} · pack {pack} · made {made}</source>
            <translation>스테이션 {station} · 상태 {status} · 패키지 {pack} · 생성 {made}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="21" />
            <source>none</source>
            <translation>없음</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="22" />
            <source>Photos</source>
            <translation>사진</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="23" />
            <source>Unit {seq} · {name} · SHA-256 {digest}</source>
            <translation>유닛 {seq} · {name} · SHA-256 {digest}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="24" />
            <source>Unit {seq} · {name} — file missing from the photo folder</source>
            <translation>유닛 {seq} · {name} — 사진 폴더에 파일이 없습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="25" />
            <source>(not drawable here: see the ZIP)</source>
            <translation>(여기에 표시할 수 없음: ZIP 참조)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="27" />
            <source>The SHA-256 of this file and of every photo are recorded at the desk and centrally: check a copy with `receiving-desk evidence verify FILE`.</source>
            <translation>이 파일과 모든 사진의 SHA-256은 데스크와 중앙 데이터베이스에 기록됩니다: `receiving-desk evidence verify FILE`로 사본을 확인하세요.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="31" />
            <source>Who and when</source>
            <translation>누가, 언제</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="32" />
            <source>Fact</source>
            <translation>항목</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="33" />
            <source>Value</source>
            <translation>값</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="34" />
            <source>Receipt</source>
            <translation>입고</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="35" />
            <source>RMA</source>
            <translation>RMA</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="36" />
            <source>(blind receipt)</source>
            <translation>(RMA 없는 입고)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="37" />
            <source>Station</source>
            <translation>스테이션</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="38" />
            <source>Opened by</source>
            <translation>개봉자</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="39" />
            <source>Opened at</source>
            <translation>개봉 시각</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="40" />
            <source>Parcel scan</source>
            <translation>소포 스캔</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="41" />
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="42" />
            <source>Completed by</source>
            <translation>완료자</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="43" />
            <source>Completed at</source>
            <translation>완료 시각</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="44" />
            <source>Void reason</source>
            <translation>무효 사유</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="45" />
            <source>Order</source>
            <translation>주문</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="46" />
            <source>Customer</source>
            <translation>고객</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="47" />
            <source>Order date</source>
            <translation>주문일</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="48" />
            <source>Delivered at</source>
            <translation>배송 시각</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="50" />
            <source>Declared by the customer</source>
            <translation>고객 신고 내용</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="51" />
            <source>Line</source>
            <translation>라인</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="53" />
            <source>Qty</source>
            <translation>수량</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="54" />
            <source>Reason</source>
            <translation>사유</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="55" />
            <source>Customer's note</source>
            <translation>고객 메모</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="56" />
            <source>Serial sold</source>
            <translation>판매 일련번호</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="58" />
            <source>Scan journal while the return was open</source>
            <translation>반품이 열려 있는 동안의 스캔 기록</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="59" />
            <source>Time</source>
            <translation>시각</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="60" />
            <source>Scanner</source>
            <translation>스캐너</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="61" />
            <source>AIM</source>
            <translation>AIM</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="62" />
            <source>Data</source>
            <translation>데이터</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="63" />
            <source>PINs masked. Every scan at this desk in the time the return was open.</source>
            <translation>PIN은 가려져 있습니다. 반품이 열려 있는 동안 이 데스크의 모든 스캔입니다.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="65" />
            <source>Units, scans and grades</source>
            <translation>유닛, 스캔, 등급</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="66" />
            <source>Scanned at</source>
            <translation>스캔 시각</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="67" />
            <source>By</source>
            <translation>작업자</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="68" />
            <source>Scan</source>
            <translation>스캔</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="69" />
            <source>Match</source>
            <translation>일치</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="70" />
            <source>Serial</source>
            <translation>일련번호</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="71" />
            <source>Grade</source>
            <translation>등급</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="72" />
            <source>Graded by</source>
            <translation>등급 평가자</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="73" />
            <source>Graded at</source>
            <translation>등급 시각</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="74" />
            <source>Conditions</source>
            <translation>상태 코드</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="75" />
            <source>Note</source>
            <translation>메모</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="76" />
            <source>LPN</source>
            <translation>LPN</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="78" />
            <source>Checklist answers</source>
            <translation>체크리스트 답변</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="79" />
            <source>Question</source>
            <translation>질문</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="80" />
            <source>Answer</source>
            <translation>답변</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="82" />
            <source>Disposition, refund and overrides</source>
            <translation>처분, 환불, 변경</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="83" />
            <source>Disposition</source>
            <translation>처분</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="84" />
            <source>Rule</source>
            <translation>규칙</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="85" />
            <source>Why</source>
            <translation>이유</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="86" />
            <source>Window</source>
            <translation>반품 기간</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="87" />
            <source>Refund</source>
            <translation>환불</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="88" />
            <source>Held / notes</source>
            <translation>보류 / 메모</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="89" />
            <source>Override</source>
            <translation>변경</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="90" />
            <source>Override reason</source>
            <translation>변경 사유</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="91" />
            <source>Override by</source>
            <translation>변경자</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="92" />
            <source>Override at</source>
            <translation>변경 시각</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="94" />
            <source>Weights</source>
            <translation>무게</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="95" />
            <source>Weighed</source>
            <translation>계량 대상</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="96" />
            <source>Weight (g)</source>
            <translation>무게(g)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="97" />
            <source>Expected (g)</source>
            <translation>예상(g)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="98" />
            <source>Range (g)</source>
            <translation>범위(g)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="99" />
            <source>Finding</source>
            <translation>판정</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="100" />
            <source>Parcel, before opening</source>
            <translation>소포(개봉 전)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="101" />
            <source>Unit {seq} ({sku})</source>
            <translation>유닛 {seq}({sku})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="102" />
            <source>within range</source>
            <translation>범위 내</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="103" />
            <source>empty box</source>
            <translation>빈 상자</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="104" />
            <source>too light</source>
            <translation>너무 가벼움</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="105" />
            <source>too heavy</source>
            <translation>너무 무거움</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="106" />
            <source>not weighed</source>
            <translation>계량 안 함</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="107" />
            <source>no expected weight</source>
            <translation>예상 무게 없음</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="109" />
            <source>Expected: the catalog weight ± the category's tolerance (the rules' [weights]); a parcel adds its packaging.</source>
            <translation>예상: 카탈로그 무게 ± 카테고리 허용 오차(규칙의 [weights]); 소포는 포장 무게를 더합니다.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="113" />
            <source>Grades of audited units</source>
            <translation>감사 대상 유닛의 등급</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="114" />
            <source>Inspection</source>
            <translation>검사</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="115" />
            <source>Who</source>
            <translation>담당자</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="116" />
            <source>When</source>
            <translation>시각</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="117" />
            <source>Details</source>
            <translation>세부 정보</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="118" />
            <source>First grade</source>
            <translation>첫 등급</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="119" />
            <source>Blind second grade</source>
            <translation>블라인드 재검 등급</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="120" />
            <source>Gold calibration grade</source>
            <translation>골드 보정 등급</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="121" />
            <source>Final grade (supervisor)</source>
            <translation>최종 등급(관리자)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="122" />
            <source>held for audit: {reason}, now {state}</source>
            <translation>감사 보류: {reason}, 현재 {state}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="123" />
            <source>approved at the desk of {clerk}</source>
            <translation>{clerk}의 데스크에서 승인</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="124" />
            <source>Both inspections are kept; the final grade is the one the stock and refund follow.</source>
            <translation>두 검사 모두 보존되며, 재고와 환불은 최종 등급을 따릅니다.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="126" />
            <source>Flags</source>
            <translation>플래그</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="127" />
            <source>Flag</source>
            <translation>플래그</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="128" />
            <source>Unit</source>
            <translation>유닛</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="129" />
            <source>Evidence</source>
            <translation>근거</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="130" />
            <source>Stock movements</source>
            <translation>재고 이동</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="131" />
            <source>From</source>
            <translation>출발</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="132" />
            <source>To</source>
            <translation>도착</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="133" />
            <source>Labels printed</source>
            <translation>인쇄된 라벨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="134" />
            <source>Queued</source>
            <translation>대기열 등록</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="135" />
            <source>Label</source>
            <translation>라벨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="136" />
            <source>Template</source>
            <translation>템플릿</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="137" />
            <source>State</source>
            <translation>상태</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="138" />
            <source>Sent</source>
            <translation>전송됨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="139" />
            <source>Attempts</source>
            <translation>시도 횟수</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="140" />
            <source>reprint</source>
            <translation>재인쇄</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="141" />
            <source>Audit entries</source>
            <translation>감사 기록</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="142" />
            <source>Action</source>
            <translation>작업</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="143" />
            <source>Subject</source>
            <translation>대상</translation>
        </message>
    </context>
    <context>
        <name>StartError</name>
        <message>
            <location filename="../../src/receiving_desk/gui/start_error.py" line="28" />
            <source>The store {0} was upgraded by a newer version of Receiving Desk (schema revision {1}). This version cannot open it: install that version or newer, or restore a backup made by this version.</source>
            <translation>저장소 {0}은(는) 더 새로운 버전의 반품 입고 데스크로 업그레이드되었습니다(스키마 리비전 {1}). 이 버전으로는 열 수 없습니다. 해당 버전 이상을 설치하거나 이 버전으로 만든 백업을 복원하세요.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/start_error.py" line="33" />
            <source>Receiving Desk is already running on {0} (process {1}).</source>
            <translation>반품 입고 데스크가 이미 {0}에서 실행 중입니다(프로세스 {1}).</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/start_error.py" line="38" />
            <source>The data folder {0} cannot be written ({1}). Give the desk a writable folder (data_dir in the station settings file), or have its permissions corrected.</source>
            <translation>데이터 폴더 {0}에 쓸 수 없습니다 ({1}). 쓰기 가능한 폴더를 지정하거나(스테이션 설정 파일의 data_dir) 폴더 권한을 수정하세요.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/start_error.py" line="44" />
            <source>The rules file cannot be used.</source>
            <translation>규칙 파일을 사용할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/start_error.py" line="45" />
            <source>The station settings file cannot be used.</source>
            <translation>스테이션 설정 파일을 사용할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/site_code_texts.py" line="22" />
            <source>The bin {0} cannot be scanned at this desk: it does not match the site's bin pattern {1}. Correct the pattern ([barcodes] bin in the station settings file) or the bin.</source>
            <translation>이 데스크에서 빈 {0}을(를) 스캔할 수 없습니다: 사이트의 빈 패턴 {1}과(와) 일치하지 않습니다. 패턴(스테이션 설정 파일의 [barcodes] bin) 또는 빈을 수정하십시오.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/site_code_texts.py" line="27" />
            <source>The badge {0} cannot be scanned at this desk: it does not match the site's badge pattern {1}. Correct the pattern ([barcodes] badge in the station settings file) or the badge.</source>
            <translation>이 데스크에서 배지 {0}을(를) 스캔할 수 없습니다: 사이트의 배지 패턴 {1}과(와) 일치하지 않습니다. 패턴(스테이션 설정 파일의 [barcodes] badge) 또는 배지를 수정하십시오.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/site_code_texts.py" line="32" />
            <source>The license plate {0} cannot be scanned at this desk: it does not match the site's LPN pattern {1}. Correct the pattern ([barcodes] lpn) or the station's lpn_prefix.</source>
            <translation>이 데스크에서 LPN {0}을(를) 스캔할 수 없습니다: 사이트의 LPN 패턴 {1}과(와) 일치하지 않습니다. 패턴([barcodes] lpn) 또는 스테이션의 lpn_prefix를 수정하십시오.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/site_code_texts.py" line="36" />
            <source>The RMA number {0} cannot be scanned at this desk: it does not match the site's RMA pattern {1}.</source>
            <translation>이 데스크에서 RMA 번호 {0}을(를) 스캔할 수 없습니다: 사이트의 RMA 패턴 {1}과(와) 일치하지 않습니다.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/site_code_texts.py" line="59" />
            <source>{0} %n codes in all cannot be scanned: {1}.</source>
            <translation>
                <numerusform>{0} 스캔할 수 없는 코드는 모두 %n개입니다: {1}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/start_error.py" line="51" />
            <source>Receiving Desk cannot start</source>
            <translation>반품 입고 데스크를 시작할 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/start_error.py" line="56" />
            <source>Correct the file, then start the desk again.</source>
            <translation>파일을 고친 뒤 데스크를 다시 시작하세요.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/start_error.py" line="61" />
            <source>Nothing was changed.</source>
            <translation>아무것도 변경되지 않았습니다.</translation>
        </message>
    </context>
    <context>
        <name>Imports</name>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="129" />
            <source>{value} is not a known customer</source>
            <translation>{value}은(는) 알 수 없는 고객입니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="130" />
            <source>{value} is not a known product</source>
            <translation>{value}은(는) 알 수 없는 상품입니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="174" />
            <source>empty</source>
            <translation>비어 있음</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="176" />
            <source>longer than {limit} characters</source>
            <translation>{limit}자보다 깁니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="183" />
            <source>{code} is not a GTIN (8, 12, 13 or 14 digits)</source>
            <translation>{code}은(는) GTIN이 아닙니다(8, 12, 13 또는 14자리)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="189" />
            <source>{code}: check digit {digit}, expected {expected}</source>
            <translation>{code}: 검사 숫자 {digit}, 예상 {expected}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="201" />
            <source>{raw} is not an amount</source>
            <translation>{raw}은(는) 금액이 아닙니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="204" />
            <source>{raw} is not an amount (0 or more, at most two decimals)</source>
            <translation>{raw}은(는) 금액이 아닙니다(0 이상, 소수점 둘째 자리까지)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="212" />
            <source>{raw} is not a whole number of 1 or more</source>
            <translation>{raw}은(는) 1 이상의 정수가 아닙니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="232" />
            <source>{raw} is not a date (YYYY-MM-DD)</source>
            <translation>{raw}은(는) 날짜가 아닙니다(YYYY-MM-DD)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="239" />
            <source>{raw} is not a date and time (ISO 8601)</source>
            <translation>{raw}은(는) 날짜와 시간이 아닙니다(ISO 8601)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="241" />
            <source>{raw} has no time zone offset (e.g. +00:00 or Z)</source>
            <translation>{raw}에 시간대 오프셋이 없습니다(예: +00:00 또는 Z)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="249" />
            <source>{raw} is not one of {names}</source>
            <translation>{raw}은(는) 다음 중 하나가 아닙니다: {names}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="291" />
            <source>{key} already on line {line}</source>
            <translation>{key}은(는) 이미 {line}행에 있습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="344" />
            <source>{category} is not a category of the rules ({known})</source>
            <translation>{category}은(는) 규칙의 품목군이 아닙니다({known})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="373" />
            <source>before the order date</source>
            <translation>주문일 이전</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="431" />
            <source>{gtin} already belongs to {sku} on line {line}</source>
            <translation>{gtin}은(는) 이미 {line}행의 {sku}에 속합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="451" />
            <source>differs from line {line} of {rma}</source>
            <translation>{rma}의 {line}행과 다릅니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_files.py" line="52" />
            <source>not CSV: {error}</source>
            <translation>CSV가 아님: {error}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_files.py" line="64" />
            <source>not UTF-8 text (save the file as UTF-8)</source>
            <translation>UTF-8 텍스트가 아닙니다(파일을 UTF-8로 저장하세요)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_files.py" line="70" />
            <source>empty file: a header row is needed</source>
            <translation>빈 파일: 머리글 행이 필요합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_files.py" line="79" />
            <source>{cells} cells, the header has {header}</source>
            <translation>셀 {cells}개, 머리글은 {header}개</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_files.py" line="91" />
            <source>missing column(s): {columns}</source>
            <translation>열 없음: {columns}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_codes.py" line="23" />
            <source>bin {value} cannot be scanned at this desk: the site's bin pattern is {pattern}</source>
            <translation>이 데스크에서 빈 {value}을(를) 스캔할 수 없습니다: 사이트의 빈 패턴은 {pattern}입니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_codes.py" line="25" />
            <source>RMA number {value} cannot be scanned at this desk: the site's RMA pattern is {pattern}</source>
            <translation>이 데스크에서 RMA 번호 {value}을(를) 스캔할 수 없습니다: 사이트의 RMA 패턴은 {pattern}입니다</translation>
        </message>
    </context>
    <context>
        <name>FileProblems</name>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="162" />
            <source>configuration file not found</source>
            <translation>설정 파일을 찾을 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="188" />
            <source>{key} must be a string, not {value}</source>
            <translation>{key}은(는) 문자열이어야 합니다({value}은(는) 안 됨)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="189" />
            <source>{key} must be a path (a string), not {value}</source>
            <translation>{key}은(는) 경로(문자열)여야 합니다({value}은(는) 안 됨)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="190" />
            <source>{key} must be true or false, not {value}</source>
            <translation>{key}은(는) true 또는 false여야 합니다({value}은(는) 안 됨)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="197" />
            <source>{key} {value}: letters, digits, _ . - (at most 64)</source>
            <translation>{key} {value}: 문자, 숫자, _ . -만 사용(최대 64자)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="201" />
            <source>{key} {value}: 1 to 6 capital letters or digits, a letter first</source>
            <translation>{key} {value}: 대문자 또는 숫자 1~6자, 첫 글자는 문자</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="251" />
            <location filename="../../src/receiving_desk/config.py" line="367" />
            <location filename="../../src/receiving_desk/domain/security_policy.py" line="70" />
            <location filename="../../src/receiving_desk/domain/audit_sampling.py" line="98" />
            <location filename="../../src/receiving_desk/adapters/backup/settings.py" line="44" />
            <source>unknown setting {key}</source>
            <translation>알 수 없는 설정 {key}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="256" />
            <source>{key} must not be empty</source>
            <translation>{key}은(는) 비워 둘 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="267" />
            <source>currency {value} is no ISO 4217 code</source>
            <translation>통화 {value}은(는) ISO 4217 코드가 아닙니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="274" />
            <location filename="../../src/receiving_desk/station_values.py" line="44" />
            <source>unknown time zone {value}</source>
            <translation>알 수 없는 시간대 {value}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="284" />
            <source>{name} must be written as [[{name}]] tables</source>
            <translation>{name}은(는) [[{name}]] 테이블로 작성해야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="290" />
            <source>[{name}] must be a table</source>
            <translation>[{name}]은(는) 테이블이어야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="294" />
            <source>{name} is named twice</source>
            <translation>이름 {name}이(가) 두 번 쓰였습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="370" />
            <source>{key} must be a string</source>
            <translation>{key}은(는) 문자열이어야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config_store.py" line="75" />
            <source>cannot be read: {reason}</source>
            <translation>읽을 수 없습니다: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config_store.py" line="81" />
            <source>not UTF-8 text</source>
            <translation>UTF-8 텍스트가 아닙니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config_store.py" line="104" />
            <source>cannot be written: {reason}</source>
            <translation>쓸 수 없습니다: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="19" />
            <source>Invalid value</source>
            <translation>잘못된 값</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="20" />
            <source>Invalid statement</source>
            <translation>잘못된 문장</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="21" />
            <source>Unclosed array</source>
            <translation>배열이 닫히지 않았습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="22" />
            <source>Unclosed inline table</source>
            <translation>인라인 테이블이 닫히지 않았습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="23" />
            <source>Unterminated string</source>
            <translation>문자열이 끝나지 않았습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="24" />
            <source>Cannot overwrite a value</source>
            <translation>값이 두 번 쓰였습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="25" />
            <source>Expected '=' after a key in a key/value pair</source>
            <translation>키 뒤에 '='가 있어야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="26" />
            <source>Expected ']' at the end of a table declaration</source>
            <translation>테이블 선언 끝에 ']'가 있어야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="27" />
            <source>Expected ']]' at the end of an array declaration</source>
            <translation>테이블 배열 선언 끝에 ']]'가 있어야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="28" />
            <source>Invalid initial character for a key part</source>
            <translation>키는 이 문자로 시작할 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="29" />
            <source>Invalid date or datetime</source>
            <translation>잘못된 날짜 또는 날짜/시간</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="30" />
            <source>Invalid hex value</source>
            <translation>잘못된 16진수 값</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="31" />
            <source>Unescaped '\' in a string</source>
            <translation>문자열에 이스케이프되지 않은 '\'가 있습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="35" />
            <source>Cannot declare {key} twice</source>
            <translation>{key}이(가) 두 번 선언되었습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="36" />
            <source>Found invalid character {char}</source>
            <translation>잘못된 문자 {char}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="37" />
            <source>Illegal character {char}</source>
            <translation>허용되지 않는 문자 {char}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="38" />
            <source>Expected {char}</source>
            <translation>{char}이(가) 있어야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="41" />
            <source>Duplicate inline table key {key}</source>
            <translation>인라인 테이블의 키 {key}이(가) 중복됩니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="64" />
            <source>not valid TOML: {error} (at the end of the file)</source>
            <translation>올바른 TOML이 아닙니다: {error} (파일 끝)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="65" />
            <source>not valid TOML: {error}</source>
            <translation>올바른 TOML이 아닙니다: {error}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="67" />
            <source>not valid TOML: {error} (column {column})</source>
            <translation>올바른 TOML이 아닙니다: {error} ({column}열)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/toml_sections.py" line="65" />
            <source>[{name}] cannot be rewritten without changing other settings</source>
            <translation>다른 설정을 바꾸지 않고는 [{name}]을(를) 다시 쓸 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/station_values.py" line="34" />
            <source>unknown [station] setting(s): {keys}</source>
            <translation>알 수 없는 [station] 설정: {keys}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/station_values.py" line="37" />
            <source>a station id is 1 to 32 letters, digits, - or _ (DESK-01)</source>
            <translation>스테이션 ID는 문자, 숫자, - 또는 _ 1~32자입니다(DESK-01)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/station_values.py" line="39" />
            <source>the site needs a name</source>
            <translation>사이트 이름이 필요합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/station_values.py" line="48" />
            <source>language must be one of {allowed}</source>
            <translation>언어는 다음 중 하나여야 합니다: {allowed}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/station_values.py" line="51" />
            <source>sound is true or false</source>
            <translation>sound는 true 또는 false입니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/barcodes/site_codes.py" line="48" />
            <source>bin {code} cannot be scanned: the site's bin pattern {pattern} does not match it (it would be read as {read_as})</source>
            <translation>빈 {code}을(를) 스캔할 수 없습니다: 사이트의 빈 패턴 {pattern}과(와) 맞지 않습니다({read_as}(으)로 읽힘)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/barcodes/site_codes.py" line="52" />
            <source>badge {code} cannot be scanned: the site's badge pattern {pattern} does not match it (it would be read as {read_as})</source>
            <translation>사원증 {code}을(를) 스캔할 수 없습니다: 사이트의 사원증 패턴 {pattern}과(와) 맞지 않습니다({read_as}(으)로 읽힘)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/barcodes/site_codes.py" line="56" />
            <source>rma {code} cannot be scanned: the site's rma pattern {pattern} does not match it (it would be read as {read_as})</source>
            <translation>RMA {code}을(를) 스캔할 수 없습니다: 사이트의 RMA 패턴 {pattern}과(와) 맞지 않습니다({read_as}(으)로 읽힘)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/barcodes/site_codes.py" line="60" />
            <source>lpn {code} cannot be scanned: the site's lpn pattern {pattern} does not match it (it would be read as {read_as})</source>
            <translation>LPN {code}을(를) 스캔할 수 없습니다: 사이트의 LPN 패턴 {pattern}과(와) 맞지 않습니다({read_as}(으)로 읽힘)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/barcodes/site_codes.py" line="64" />
            <source>the site's codes: {problem}</source>
            <translation>사이트 코드: {problem}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/barcodes/pattern_check.py" line="25" />
            <source>{name} pattern {pattern}: {error}</source>
            <translation>{name} 패턴 {pattern}: {error}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/barcodes/site_codes.py" line="129" />
            <source>{problem} (and {more} more)</source>
            <translation>{problem} (외 {more}개)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/security_policy.py" line="21" />
            <source>{key} must be a whole number from {low} to {high}, not {value}</source>
            <translation>{key}은(는) {low}~{high} 사이의 정수여야 합니다({value}은(는) 안 됨)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/security_policy.py" line="33" />
            <source>{key} must be a number from {low} to {high}, not {value}</source>
            <translation>{key}은(는) {low}~{high} 사이의 숫자여야 합니다({value}은(는) 안 됨)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/security_policy.py" line="67" />
            <source>pepper_file must be a file path</source>
            <translation>pepper_file은(는) 파일 경로여야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/security_policy.py" line="74" />
            <source>idle_warning_seconds must be shorter than idle_logout_minutes</source>
            <translation>idle_warning_seconds는 idle_logout_minutes보다 짧아야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/audit_sampling.py" line="89" />
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="131" />
            <source>{key} must be true or false</source>
            <translation>{key}은(는) true 또는 false여야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/audit_sampling.py" line="95" />
            <source>{key} must be a table of name = percent</source>
            <translation>{key}은(는) '이름 = 백분율' 형식의 테이블이어야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/audit_sampling.py" line="111" />
            <source>{key} must be a percentage</source>
            <translation>{key}은(는) 백분율이어야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/audit_sampling.py" line="113" />
            <source>{key} must be between 0 and 100 (%)</source>
            <translation>{key}은(는) 0~100 사이여야 합니다(%)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/shifts.py" line="58" />
            <source>a shift needs a name</source>
            <translation>교대에 이름이 필요합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/shifts.py" line="61" />
            <source>shift {name}: start and end are the same time</source>
            <translation>교대 {name}: 시작과 종료 시각이 같습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/shifts.py" line="81" />
            <source>unknown shift setting(s): {keys}</source>
            <translation>알 수 없는 교대 설정: {keys}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/shifts.py" line="86" />
            <source>a shift needs {key}</source>
            <translation>교대에 {key}이(가) 필요합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/shifts.py" line="88" />
            <source>shift name must be a string</source>
            <translation>교대 이름은 문자열이어야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/shifts.py" line="107" />
            <source>shift {name}: {value} is not a time of day (HH:MM)</source>
            <translation>교대 {name}: {value}은(는) 시각이 아닙니다(HH:MM)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/shifts.py" line="125" />
            <source>two shifts have the same name</source>
            <translation>두 교대의 이름이 같습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/shifts.py" line="134" />
            <source>no shift named {name} (configured: {known})</source>
            <translation>{name} 교대가 없습니다 (설정된 교대: {known})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/shifts.py" line="152" />
            <source>the range ends ({last}) before it starts ({first})</source>
            <translation>기간의 종료일({last})이 시작일({first})보다 앞섭니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="32" />
            <source>unknown category {value} (one of: {allowed})</source>
            <translation>알 수 없는 카테고리 {value} (가능한 값: {allowed})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="33" />
            <source>unknown grade {value} (one of: {allowed})</source>
            <translation>알 수 없는 등급 {value} (가능한 값: {allowed})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="34" />
            <source>unknown check {value} (one of: {allowed})</source>
            <translation>알 수 없는 점검 항목 {value} (가능한 값: {allowed})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="35" />
            <source>unknown condition {value} (one of: {allowed})</source>
            <translation>알 수 없는 상태 {value} (가능한 값: {allowed})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="36" />
            <source>unknown disposition {value} (one of: {allowed})</source>
            <translation>알 수 없는 처리 방식 {value} (가능한 값: {allowed})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="37" />
            <source>unknown refund {value} (one of: {allowed})</source>
            <translation>알 수 없는 환불 방식 {value} (가능한 값: {allowed})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="38" />
            <source>unknown return reason {value} (one of: {allowed})</source>
            <translation>알 수 없는 반품 사유 {value} (가능한 값: {allowed})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="39" />
            <source>unknown loyalty tier {value} (one of: {allowed})</source>
            <translation>알 수 없는 회원 등급 {value} (가능한 값: {allowed})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="42" />
            <source>{key} must be a whole number of grams</source>
            <translation>{key}은(는) 정수 그램이어야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="43" />
            <source>{key} must be a whole number of percent</source>
            <translation>{key}은(는) 정수 퍼센트여야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="46" />
            <source>{key} must be 0..{high} grams, not {value}</source>
            <translation>{key}은(는) 0..{high}그램이어야 합니다({value}은(는) 안 됨)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="47" />
            <source>{key} must be 0..{high} percent, not {value}</source>
            <translation>{key}은(는) 0..{high}퍼센트여야 합니다({value}은(는) 안 됨)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="49" />
            <source>{key} must be a non-empty list of strings</source>
            <translation>{key}은(는) 비어 있지 않은 문자열 목록이어야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="82" />
            <source>unknown key {key} (expected one of: {allowed})</source>
            <translation>알 수 없는 키 {key} (다음 중 하나여야 함: {allowed})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="100" />
            <source>missing {key} (a non-empty string)</source>
            <translation>{key}이(가) 없습니다(비어 있지 않은 문자열)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="102" />
            <source>{key} must be a non-empty string</source>
            <translation>{key}은(는) 비어 있지 않은 문자열이어야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="108" />
            <source>missing {key} (a number of days)</source>
            <translation>{key}이(가) 없습니다(일수)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="110" />
            <source>{key} must be a whole number of days</source>
            <translation>{key}은(는) 정수 일수여야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="113" />
            <source>{key} cannot be negative ({value} days)</source>
            <translation>{key}은(는) 음수일 수 없습니다({value}일)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="141" />
            <source>missing {key} (a list of strings)</source>
            <translation>{key}이(가) 없습니다(문자열 목록)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="150" />
            <source>{item} is listed twice in {key}</source>
            <translation>{item}이(가) {key}에 두 번 나옵니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="171" />
            <source>refund_percent goes only with refund = 'partial', not {value}</source>
            <translation>refund_percent는 refund = 'partial'일 때만 쓸 수 있습니다({value}에는 안 됨)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="179" />
            <source>refund 'partial' needs refund_percent from 1 to 99 (got missing)</source>
            <translation>refund 'partial'에는 1~99의 refund_percent가 필요합니다(없음)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="182" />
            <source>refund 'partial' needs refund_percent from 1 to 99 (got {value})</source>
            <translation>refund 'partial'에는 1~99의 refund_percent가 필요합니다(입력값 {value})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="195" />
            <source>missing [{table}] table</source>
            <translation>[{table}] 테이블이 없습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="197" />
            <source>{key} must be a table</source>
            <translation>{key}은(는) 테이블이어야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="207" />
            <source>{key} must be written as [[{name}]] tables</source>
            <translation>{key}은(는) [[{name}]] 테이블로 작성해야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_file.py" line="100" />
            <source>{key}: {text} is translated two ways in {language}</source>
            <translation>{key}: {text}의 {language} 번역이 두 가지입니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_file.py" line="116" />
            <source>{name} cannot be a category name</source>
            <translation>{name}은(는) 카테고리 이름으로 쓸 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_file.py" line="166" />
            <source>missing 'default' (the scale of every category without its own)</source>
            <translation>'default'가 없습니다(자체 등급표가 없는 모든 카테고리의 등급표)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_file.py" line="177" />
            <source>{code} cannot be a condition code</source>
            <translation>{code}은(는) 상태 코드로 쓸 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_file.py" line="186" />
            <source>check {code} is defined twice</source>
            <translation>점검 항목 {code}이(가) 두 번 정의되었습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_file.py" line="225" />
            <source>grade {grade} is not in the {category} scale ({scale})</source>
            <translation>등급 {grade}은(는) {category} 등급표에 없습니다({scale})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_file.py" line="253" />
            <source>id {id} is used twice (ids are unique across the file)</source>
            <translation>id {id}이(가) 두 번 쓰였습니다(id는 파일 전체에서 고유해야 함)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_file.py" line="274" />
            <source>grade {grade} of the {scale} scale has no fallback [[rule]] (grade = {grade} with category, reason and condition '*')</source>
            <translation>{scale} 등급표의 등급 {grade}에 대비 [[rule]]이 없습니다(grade = {grade}, category·reason·condition이 '*')</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_file.py" line="299" />
            <source>a leniency refunding 'none' would never raise a refund</source>
            <translation>환불이 'none'인 유예는 환불을 올릴 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_file.py" line="348" />
            <source>hygiene category {category} has no hygiene check in its checklist, so an unsealed item could never be caught</source>
            <translation>위생 카테고리 {category}의 체크리스트에 위생 점검이 없어 개봉된 상품을 찾아낼 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="21" />
            <source>scanner {name}: {key} must be a string</source>
            <translation>스캐너 {name}: {key}은(는) 문자열이어야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="22" />
            <source>scanner {name}: {key} must be a whole number</source>
            <translation>스캐너 {name}: {key}은(는) 정수여야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="23" />
            <source>scanner {name}: {key} must be a number or a hex string</source>
            <translation>스캐너 {name}: {key}은(는) 숫자 또는 16진수 문자열이어야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="33" />
            <source>scanner {name}: {key} must be a number</source>
            <translation>스캐너 {name}: {key}은(는) 숫자여야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="40" />
            <source>scanner {name}: {key} must be true or false</source>
            <translation>스캐너 {name}: {key}은(는) true 또는 false여야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="82" />
            <source>scanner name must not be empty</source>
            <translation>스캐너 이름은 비워 둘 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="85" />
            <source>scanner {name}: set port or usb_vid/usb_pid/usb_serial</source>
            <translation>스캐너 {name}: port 또는 usb_vid/usb_pid/usb_serial을 설정하세요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="89" />
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="103" />
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="111" />
            <source>scanner {name}: {key} must be {low}..{high}</source>
            <translation>스캐너 {name}: {key}은(는) {low}..{high} 범위여야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="131" />
            <source>unknown scanner setting(s): {keys}</source>
            <translation>알 수 없는 스캐너 설정: {keys}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="133" />
            <source>a scanner needs a name</source>
            <translation>스캐너에 이름이 필요합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="145" />
            <source>scanner {name}: {key} {value} is not a hex number</source>
            <translation>스캐너 {name}: {key} {value}은(는) 16진수가 아닙니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="167" />
            <source>scanner {name}: {key} must be one of {allowed}, not {value}</source>
            <translation>스캐너 {name}: {key}은(는) {allowed} 중 하나여야 합니다({value}은(는) 안 됨)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scales/settings.py" line="14" />
            <source>scale {name}: {key} must be a string</source>
            <translation>저울 {name}: {key}은(는) 문자열이어야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scales/settings.py" line="15" />
            <source>scale {name}: {key} must be a whole number</source>
            <translation>저울 {name}: {key}은(는) 정수여야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scales/settings.py" line="16" />
            <source>scale {name}: {key} must be a number or a hex string</source>
            <translation>저울 {name}: {key}은(는) 숫자 또는 16진수 문자열이어야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scales/settings.py" line="27" />
            <source>scale {name}: {key} must be a number</source>
            <translation>저울 {name}: {key}은(는) 숫자여야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scales/settings.py" line="35" />
            <source>scale {name}: {key} must be {low}..{high}</source>
            <translation>저울 {name}: {key}은(는) {low}..{high} 범위여야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scales/settings.py" line="47" />
            <source>unknown scale setting(s): {keys}</source>
            <translation>알 수 없는 저울 설정: {keys}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scales/settings.py" line="50" />
            <source>a scale needs a name</source>
            <translation>저울에 이름이 필요합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scales/settings.py" line="62" />
            <source>scale {name}: {key} {value} is not a hex number</source>
            <translation>저울 {name}: {key} {value}은(는) 16진수가 아닙니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scales/settings.py" line="74" />
            <source>scale {name}: protocol must be one of {allowed}</source>
            <translation>저울 {name}: protocol은(는) 다음 중 하나여야 합니다: {allowed}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scales/settings.py" line="80" />
            <source>scale {name}: set port or usb_vid/usb_pid/usb_serial</source>
            <translation>저울 {name}: port 또는 usb_vid/usb_pid/usb_serial을 설정하세요</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scales/settings.py" line="85" />
            <source>scale {name}: bytesize 7 or 8, parity N, E or O</source>
            <translation>저울 {name}: bytesize는 7 또는 8, parity는 N, E 또는 O</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scales/settings.py" line="87" />
            <source>scale {name}: stopbits must be 1 or 2</source>
            <translation>저울 {name}: stopbits는 1 또는 2여야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/backup/settings.py" line="29" />
            <source>every_hours must be a number of hours, 0 to 744</source>
            <translation>every_hours는 0~744 사이의 시간 수여야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/backup/settings.py" line="37" />
            <source>keep must be a whole number, 1 to 10000</source>
            <translation>keep은 1~10000 사이의 정수여야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/backup/settings.py" line="41" />
            <source>dir must be a folder path</source>
            <translation>dir은 폴더 경로여야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/central/connection.py" line="91" />
            <source>unknown [central] setting {key}</source>
            <translation>알 수 없는 [central] 설정 {key}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/central/connection.py" line="101" />
            <source>[central] {key} must be a whole number</source>
            <translation>[central] {key}은(는) 정수여야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/central/connection.py" line="102" />
            <source>[central] {key} must be a number</source>
            <translation>[central] {key}은(는) 숫자여야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/central/connection.py" line="103" />
            <source>[central] {key} must be a string</source>
            <translation>[central] {key}은(는) 문자열이어야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/central/connection.py" line="114" />
            <source>[central] sslmode must be one of {allowed}</source>
            <translation>[central] sslmode는 다음 중 하나여야 합니다: {allowed}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/central/connection.py" line="117" />
            <source>[central] intervals must be positive</source>
            <translation>[central] 간격은 양수여야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/central/connection.py" line="120" />
            <source>[central] backoff_cap_s &gt;= backoff_base_s and batch_size &gt;= 1</source>
            <translation>[central] backoff_cap_s &gt;= backoff_base_s, batch_size &gt;= 1이어야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/central/connection.py" line="126" />
            <source>[central] {key} must be {low}..{high}, not {value}</source>
            <translation>[central] {key}은(는) {low}..{high} 범위여야 합니다({value}은(는) 안 됨)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/central/connection.py" line="136" />
            <source>[central] url must be a postgresql:// URL</source>
            <translation>[central] url은 postgresql:// URL이어야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/settings.py" line="52" />
            <source>printer URL {url}: scheme must be {allowed}</source>
            <translation>프린터 URL {url}: 스킴은 {allowed} 중 하나여야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/settings.py" line="62" />
            <source>format must be one of {allowed}, got {value}</source>
            <translation>format은 {allowed} 중 하나여야 합니다(입력값 {value})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/settings.py" line="67" />
            <source>dpi must be 100..1200, got {value}</source>
            <translation>dpi는 100..1200이어야 합니다(입력값 {value})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/settings.py" line="70" />
            <source>size must be one of {allowed}, got {value}</source>
            <translation>size는 {allowed} 중 하나여야 합니다(입력값 {value})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/settings.py" line="81" />
            <source>a printer is a URL or a table with url=, got {value}</source>
            <translation>프린터는 URL 또는 url=이 있는 테이블입니다(입력값 {value})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/settings.py" line="86" />
            <source>unknown printer setting(s) {keys}</source>
            <translation>알 수 없는 프린터 설정 {keys}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/settings.py" line="93" />
            <source>dpi must be a whole number, got {value}</source>
            <translation>dpi는 정수여야 합니다(입력값 {value})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/settings.py" line="124" />
            <source>unknown label type(s) {types}; known: {known}</source>
            <translation>알 수 없는 라벨 유형 {types}; 알려진 유형: {known}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/printer_urls.py" line="21" />
            <source>printer URL {url}: the port must be 1..65535</source>
            <translation>프린터 URL {url}: 포트는 1..65535여야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/printer_urls.py" line="30" />
            <source>not a cups://queue printer URL: {url}</source>
            <translation>cups://대기열 형식의 프린터 URL이 아닙니다: {url}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/printer_urls.py" line="34" />
            <source>printer URL {url}: a CUPS queue name has no spaces, / # \ or quotes and does not start with -</source>
            <translation>프린터 URL {url}: CUPS 대기열 이름에는 공백, / # \, 따옴표가 없고 -로 시작하지 않습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/printer_urls.py" line="46" />
            <source>printer URL {url}: control characters or spaces around it</source>
            <translation>프린터 URL {url}: 제어 문자가 있거나 앞뒤에 공백이 있습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/printer_urls.py" line="56" />
            <source>printer URL {url}: tcp://host:port, with a host name or address</source>
            <translation>프린터 URL {url}: 호스트 이름이나 주소가 있는 tcp://호스트:포트여야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/printer_urls.py" line="66" />
            <source>printer URL {url}: tcp://host:port, nothing after the port</source>
            <translation>프린터 URL {url}: tcp://호스트:포트 형식이며 포트 뒤에는 아무것도 없어야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/printer_urls.py" line="73" />
            <source>printer URL {url}: file:///absolute/folder on this computer</source>
            <translation>프린터 URL {url}: 이 컴퓨터의 file:///절대/폴더여야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/pepper.py" line="37" />
            <source>the pepper file {path} is missing: copy the site's pepper there (or run `receiving-desk setup`)</source>
            <translation>pepper 키 파일 {path}이(가) 없습니다: 사이트의 pepper를 그곳에 복사하세요(또는 `receiving-desk setup` 실행)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/pepper.py" line="46" />
            <source>the pepper file {path} cannot be used: not a pepper</source>
            <translation>pepper 키 파일 {path}을(를) 사용할 수 없습니다: pepper가 아닙니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/pepper.py" line="49" />
            <source>the pepper file {path} cannot be used: too short</source>
            <translation>pepper 키 파일 {path}을(를) 사용할 수 없습니다: 너무 짧습니다</translation>
        </message>
    </context>
    <context>
        <name>Refusals</name>
        <message>
            <location filename="../../src/receiving_desk/domain/refusals.py" line="27" />
            <source>a PIN is {low} to {high} digits</source>
            <translation>PIN은 {low}~{high}자리 숫자여야 합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/bootstrap.py" line="283" />
            <location filename="../../src/receiving_desk/adapters/scanners/manager.py" line="100" />
            <source>two scanners may not have the same name: {names}</source>
            <translation>두 스캐너의 이름이 같을 수 없습니다: {names}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/bootstrap.py" line="294" />
            <source>two scales may not have the same name: {names}</source>
            <translation>두 저울의 이름이 같을 수 없습니다: {names}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/user_admin.py" line="24" />
            <source>badge {badge}: a badge code is BADGE- and 3 to 12 capital letters or digits ({example})</source>
            <translation>사원증 {badge}: 사원증 코드는 BADGE- 뒤에 대문자 또는 숫자 3~12자입니다 ({example})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/user_admin.py" line="54" />
            <source>no user with badge {badge}</source>
            <translation>사원증 {badge}을(를) 가진 사용자가 없습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/user_admin.py" line="70" />
            <location filename="../../src/receiving_desk/services/user_admin.py" line="86" />
            <source>a user needs a name</source>
            <translation>사용자에게 이름이 필요합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/user_admin.py" line="74" />
            <source>badge {badge} is taken</source>
            <translation>사원증 {badge}은(는) 이미 사용 중입니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/user_admin.py" line="90" />
            <source>this desk has users already: an admin adds more ({command})</source>
            <translation>이 작업대에는 이미 사용자가 있습니다: 관리자가 사용자를 추가합니다 ({command})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/user_admin.py" line="133" />
            <source>you cannot deactivate yourself</source>
            <translation>자기 자신은 비활성화할 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/bin_admin.py" line="28" />
            <source>{column}: {problem}</source>
            <translation>{column}: {problem}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/bin_admin.py" line="29" />
            <source>{first}; {rest}</source>
            <translation>{first}; {rest}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/bin_admin.py" line="30" />
            <source>the bin was not added</source>
            <translation>로케이션이 추가되지 않았습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/bin_labels.py" line="63" />
            <source>no bins chosen</source>
            <translation>선택한 로케이션이 없습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/site_setup.py" line="78" />
            <source>unknown settings: {keys}</source>
            <translation>알 수 없는 설정: {keys}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/station.py" line="69" />
            <source>this desk keeps no scales</source>
            <translation>이 작업대는 저울을 사용하지 않습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/rules_admin.py" line="137" />
            <source>it cannot be read: {reason}</source>
            <translation>읽을 수 없습니다: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/rules_admin.py" line="139" />
            <source>it is not UTF-8 text</source>
            <translation>UTF-8 텍스트가 아닙니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/rules_admin.py" line="156" />
            <source>the rules in force could not be replaced with it: {reason}</source>
            <translation>현재 규칙을 이 파일로 바꿀 수 없습니다: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/photos.py" line="36" />
            <source>not a photo ({kinds})</source>
            <translation>사진이 아닙니다 ({kinds})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/photos.py" line="39" />
            <source>the file is empty</source>
            <translation>파일이 비어 있습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/photos.py" line="43" />
            <source>{size} bytes, more than {limit}</source>
            <translation>{size}바이트로 한도 {limit}바이트를 넘습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/desk_printer.py" line="74" />
            <source>no label printer here</source>
            <translation>여기에는 라벨 프린터가 없습니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/station_printers.py" line="64" />
            <source>the test label could not be sent: {reason}</source>
            <translation>테스트 라벨을 보낼 수 없습니다: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/central/admin_work.py" line="172" />
            <source>the central database {database} refused: {problem}</source>
            <translation>중앙 데이터베이스 {database}이(가) 거부했습니다: {problem}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/central/setup_probe.py" line="49" />
            <source>a central database needs a URL</source>
            <translation>중앙 데이터베이스에는 URL이 필요합니다</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/central/setup_probe.py" line="65" />
            <source>{database}: no Receiving Desk schema there (run {command})</source>
            <translation>{database}: Receiving Desk 스키마가 없습니다 ({command}을(를) 실행하세요)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/central/setup_probe.py" line="92" />
            <source>the central database {database} could not be reached: {problem}</source>
            <translation>중앙 데이터베이스 {database}에 연결할 수 없습니다: {problem}</translation>
        </message>
    </context>
</TS>
