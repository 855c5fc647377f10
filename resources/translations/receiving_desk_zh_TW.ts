<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
    <context>
        <name>AdminDialog</name>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="247" />
            <source>Administration</source>
            <translation>管理</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="252" />
            <source>Users</source>
            <translation>使用者</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="253" />
            <source>Reference data</source>
            <translation>基礎資料</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="255" />
            <source>Bins</source>
            <translation>儲位</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="257" />
            <source>Rules</source>
            <translation>規則</translation>
        </message>
    </context>
    <context>
        <name>AdminStep</name>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="51" />
            <source>Create the admin and log in</source>
            <translation>建立管理員並登入</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="52" />
            <source>Open the badge card to print it</source>
            <translation>開啟識別證卡以列印</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="56" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="57" />
            <source>Badge code</source>
            <translation>識別證代碼</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="58" />
            <source>PIN</source>
            <translation>PIN 碼</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="59" />
            <source>PIN again</source>
            <translation>再次輸入 PIN 碼</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="63" />
            <source>This desk has no users yet. Create its first administrator: they log in with the badge card printed now and their PIN, and add everyone else.</source>
            <translation>此收貨台尚無使用者。請建立第一位管理員：管理員以現在列印的識別證卡和 PIN 碼登入，再新增其他人。</translation>
        </message>
    </context>
    <context>
        <name>BackupStatusLabel</name>
        <message>
            <location filename="../../src/receiving_desk/gui/backup_status.py" line="31" />
            <source>Backup: running…</source>
            <translation>備份：進行中…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/backup_status.py" line="33" />
            <source>Backup: not scheduled</source>
            <translation>備份：未排程</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/backup_status.py" line="35" />
            <source>Backup: checking…</source>
            <translation>備份：檢查中…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/backup_status.py" line="37" />
            <source>Backup: none yet</source>
            <translation>備份：尚無</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/backup_status.py" line="45" />
            <source>Backup overdue: last {0}</source>
            <translation>備份已逾期：上次 {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/backup_status.py" line="46" />
            <source>Backup: {0}</source>
            <translation>備份：{0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/backup_status.py" line="57" />
            <source>Last error: {0}</source>
            <translation>上次錯誤：{0}</translation>
        </message>
    </context>
    <context>
        <name>BinsPage</name>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="43" />
            <source>Every zone</source>
            <translation>所有區域</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="49" />
            <source>Bin</source>
            <translation>儲位</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="49" />
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="66" />
            <source>Zone</source>
            <translation>區域</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="49" />
            <source>Description</source>
            <translation>說明</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="58" />
            <source>Print labels (ZPL, to the label printer)</source>
            <translation>列印標籤（ZPL，送到標籤印表機）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="59" />
            <source>Save labels as PDF…</source>
            <translation>將標籤另存為 PDF…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="60" />
            <source>Open the PDF</source>
            <translation>開啟 PDF</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="71" />
            <source>Labels for the chosen bins; none chosen: every bin listed</source>
            <translation>為所選儲位列印標籤；未選擇時為清單中的全部儲位</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="115" />
            <source>Queueing %n bin label…</source>
            <translation>
                <numerusform>正在將 %n 張儲位標籤加入佇列…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="117" />
            <source>Queueing %n bin labels…</source>
            <translation>
                <numerusform>正在將 %n 張儲位標籤加入佇列…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="123" />
            <source>%n bin label sent to the label printer</source>
            <translation>
                <numerusform>已將 %n 張儲位標籤送到標籤印表機</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="125" />
            <source>%n bin labels sent to the label printer</source>
            <translation>
                <numerusform>已將 %n 張儲位標籤送到標籤印表機</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="149" />
            <source>Drawing %n bin label…</source>
            <translation>
                <numerusform>正在產生 %n 張儲位標籤…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="151" />
            <source>Drawing %n bin labels…</source>
            <translation>
                <numerusform>正在產生 %n 張儲位標籤…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="133" />
            <source>Save bin labels</source>
            <translation>儲存儲位標籤</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="135" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 檔案 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="169" />
            <source>Bin labels saved: {0}</source>
            <translation>儲位標籤已儲存：{0}</translation>
        </message>
    </context>
    <context>
        <name>CameraDialog</name>
        <message>
            <location filename="../../src/receiving_desk/gui/camera_dialog.py" line="33" />
            <source>Photo of the unit — {0}</source>
            <translation>單件照片 — {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/camera_dialog.py" line="42" />
            <source>Take photo (Space)</source>
            <translation>拍照（空白鍵）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/camera_dialog.py" line="52" />
            <source>Camera: {0}</source>
            <translation>相機：{0}</translation>
        </message>
    </context>
    <context>
        <name>CentralForm</name>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="101" />
            <source>Standalone: this desk keeps its own data</source>
            <translation>獨立運作：此收貨台保存自己的資料</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="102" />
            <source>Central returns database</source>
            <translation>中央退貨資料庫</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="107" />
            <source>a file holding only the password</source>
            <translation>僅包含密碼的檔案</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="108" />
            <source>Choose…</source>
            <translation>選擇…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="113" />
            <source>Test the connection</source>
            <translation>測試連線</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="114" />
            <source>Pull the reference data now</source>
            <translation>立即拉取基礎資料</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="115" />
            <source>Save</source>
            <translation>儲存</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="124" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="125" />
            <source>Password file</source>
            <translation>密碼檔案</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="146" />
            <source>The central database's password file</source>
            <translation>中央資料庫的密碼檔案</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="165" />
            <source>Pulling {0}: {1} of {2} rows</source>
            <translation>正在拉取 {0}：{1} / {2} 列</translation>
        </message>
    </context>
    <context>
        <name>DrillDialog</name>
        <message>
            <location filename="../../src/receiving_desk/gui/report_widgets.py" line="96" />
            <source>Returns behind the number</source>
            <translation>數字對應的退貨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_widgets.py" line="103" />
            <source>Evidence pack of the selected return</source>
            <translation>所選退貨的證據包</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_widgets.py" line="106" />
            <source>Show more</source>
            <translation>顯示更多</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_widgets.py" line="110" />
            <source>Close</source>
            <translation>關閉</translation>
        </message>
    </context>
    <context>
        <name>ErrorPresenter</name>
        <message>
            <location filename="../../src/receiving_desk/gui/error_presenter.py" line="93" />
            <source>Receiving Desk — unexpected error</source>
            <translation>退貨收貨台 — 未預期的錯誤</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/error_presenter.py" line="96" />
            <source>Something went wrong inside the desk. Your work up to the last confirmed step is saved. Please tell your supervisor; the details are in the log.</source>
            <translation>收貨台內部發生錯誤。截至最後一個已確認步驟的作業皆已儲存。請通知主管；詳細資訊請見記錄檔。</translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="38" />
            <source>Products</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="39" />
            <source>Customers</source>
            <translation>客戶</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="40" />
            <source>Returns (RMAs with their lines)</source>
            <translation>退貨（RMA 及其明細列）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="41" />
            <source>Bins</source>
            <translation>儲位</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="57" />
            <source>a CSV file, or a Shopify products export</source>
            <translation>CSV 檔案，或 Shopify 商品匯出檔</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="58" />
            <source>Choose…</source>
            <translation>選擇…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="63" />
            <source>Import the good rows and skip the bad ones</source>
            <translation>匯入正確的列，略過錯誤的列</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="64" />
            <source>Only check the file</source>
            <translation>僅檢查檔案</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="65" />
            <source>Import</source>
            <translation>匯入</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="73" />
            <source>What</source>
            <translation>內容</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="74" />
            <source>File</source>
            <translation>檔案</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="82" />
            <source>Problems (file:line: column: problem)</source>
            <translation>問題（檔案:列: 欄: 問題）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="87" />
            <source>Reference data file</source>
            <translation>基礎資料檔案</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="89" />
            <source>CSV files (*.csv *.txt)</source>
            <translation>CSV 檔案 (*.csv *.txt)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="98" />
            <source>Read {0} rows; checking every row…</source>
            <translation>已讀取 {0} 列；正在逐列檢查…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="99" />
            <source>Checked {0} rows; writing…</source>
            <translation>已檢查 {0} 列；正在寫入…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="100" />
            <source>Written: {0} rows</source>
            <translation>已寫入：{0} 列</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="112" />
            <source>Reading {0}…</source>
            <translation>正在讀取 {0}…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="141" />
            <source>%n problem: nothing imported from {0}</source>
            <translation>
                <numerusform>%n 個問題：未從 {0} 匯入任何內容</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="143" />
            <source>%n problems: nothing imported from {0}</source>
            <translation>
                <numerusform>%n 個問題：未從 {0} 匯入任何內容</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="147" />
            <source>%n row valid; nothing written (check only): {0}</source>
            <translation>
                <numerusform>%n 列有效；未寫入（僅檢查）：{0}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="149" />
            <source>%n rows valid; nothing written (check only): {0}</source>
            <translation>
                <numerusform>%n 列有效；未寫入（僅檢查）：{0}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="153" />
            <source>%n row imported from {0}; bad rows skipped on lines {1}</source>
            <translation>
                <numerusform>已從 {0} 匯入 %n 列；已略過錯誤列：第 {1} 列</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="155" />
            <source>%n rows imported from {0}; bad rows skipped on lines {1}</source>
            <translation>
                <numerusform>已從 {0} 匯入 %n 列；已略過錯誤列：第 {1} 列</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="159" />
            <source>%n row imported from {0}; {1} changed</source>
            <translation>
                <numerusform>已從 {0} 匯入 %n 列；{1} 列有變更</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="161" />
            <source>%n rows imported from {0}; {1} changed</source>
            <translation>
                <numerusform>已從 {0} 匯入 %n 列；{1} 列有變更</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KpiTiles</name>
        <message>
            <location filename="../../src/receiving_desk/gui/report_tiles.py" line="89" />
            <source>Double-click for the returns behind this number</source>
            <translation>按兩下查看此數字對應的退貨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_tiles.py" line="96" />
            <source>no figure for
the previous period</source>
            <translation>上期
無資料</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_tiles.py" line="100" />
            <source>same as the
previous period (0)</source>
            <translation>與上期
持平（0）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_tiles.py" line="101" />
            <source>new: none in
the previous period</source>
            <translation>新增：
上期為零</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_tiles.py" line="104" />
            <source>%1 %2%
vs previous period (%3)</source>
            <translation>%1 %2%
對比上期（%3）</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="115" />
            <source>Receiving Desk — {0}</source>
            <translation>退貨收貨台 — {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="117" />
            <source>No sound: no audio device</source>
            <translation>無聲音：沒有音訊裝置</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="194" />
            <source>Play the demo scan script</source>
            <translation>播放示範掃描腳本</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="197" />
            <source>Administration…</source>
            <translation>管理…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="248" />
            <source>Void return</source>
            <translation>作廢退貨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="249" />
            <source>Why is this return voided? (audited)</source>
            <translation>作廢此退貨的原因？（列入稽核）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="260" />
            <location filename="../../src/receiving_desk/gui/main_window.py" line="279" />
            <source>Add a photo of the unit</source>
            <translation>新增單件照片</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="261" />
            <source>Camera</source>
            <translation>相機</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="262" />
            <source>From a file…</source>
            <translation>從檔案…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="280" />
            <source>Photos (*.jpg *.jpeg *.png *.webp *.heic)</source>
            <translation>照片 (*.jpg *.jpeg *.png *.webp *.heic)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="438" />
            <source>The local database takes scans again</source>
            <translation>本機資料庫已恢復接收掃描</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="307" />
            <source>Sync requested</source>
            <translation>已要求同步</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="92" />
            <source>Station {0}</source>
            <translation>工作站 {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="398" />
            <source>About Receiving Desk</source>
            <translation>關於退貨收貨台</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="400" />
            <source>Receiving Desk {0}
Data: {1}</source>
            <translation>退貨收貨台 {0}
資料：{1}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="408" />
            <source>Logged in: {0} ({1})</source>
            <translation>已登入：{0}（{1}）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="410" />
            <source>Not logged in</source>
            <translation>未登入</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="428" />
            <source>Scanner {0} disconnected — check its cable</source>
            <translation>掃描器 {0} 已中斷連線，請檢查纜線</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="431" />
            <source>Scanner {0} connected</source>
            <translation>掃描器 {0} 已連線</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="9" />
            <source>Receiving Desk</source>
            <translation>退貨收貨台</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="24" />
            <source>&amp;Desk</source>
            <translation>收貨台(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="34" />
            <source>&amp;Return</source>
            <translation>退貨(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="41" />
            <source>&amp;Help</source>
            <translation>說明(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="51" />
            <source>Log &amp;out</source>
            <translation>登出(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="52" />
            <source>Ctrl+L</source>
            <translation>Ctrl+L</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="55" />
            <source>&amp;Reports… (supervisor)</source>
            <translation>報表…（主管）(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="56" />
            <source>Ctrl+R</source>
            <translation>Ctrl+R</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="59" />
            <source>S&amp;tock…</source>
            <translation>庫存(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="60" />
            <source>Ctrl+K</source>
            <translation>Ctrl+K</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="63" />
            <source>Sync &amp;now (supervisor)</source>
            <translation>立即同步(&amp;N)（主管）</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="64" />
            <source>Ctrl+Shift+S</source>
            <translation>Ctrl+Shift+S</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="67" />
            <source>&amp;Settings…</source>
            <translation>設定(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="68" />
            <source>Ctrl+,</source>
            <translation>Ctrl+,</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="71" />
            <source>&amp;Quit</source>
            <translation>結束(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="72" />
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="75" />
            <source>&amp;Complete return</source>
            <translation>完成退貨(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="76" />
            <source>F12</source>
            <translation>F12</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="79" />
            <source>&amp;Undo last scan</source>
            <translation>復原上次掃描(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="80" />
            <source>Ctrl+Z</source>
            <translation>Ctrl+Z</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="83" />
            <source>&amp;Void return… (supervisor)</source>
            <translation>作廢退貨(&amp;V)…（主管）</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="84" />
            <source>Ctrl+Shift+V</source>
            <translation>Ctrl+Shift+V</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="87" />
            <source>Open &amp;log folder</source>
            <translation>開啟記錄檔資料夾(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="90" />
            <source>&amp;About Receiving Desk</source>
            <translation>關於退貨收貨台(&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>MixCharts</name>
        <message>
            <location filename="../../src/receiving_desk/gui/report_charts.py" line="110" />
            <source>Grade mix (units)</source>
            <translation>等級分布（件）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_charts.py" line="124" />
            <source>Disposition mix (units, after overrides)</source>
            <translation>處置分布（件，含改判）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_charts.py" line="126" />
            <location filename="../../src/receiving_desk/gui/report_charts.py" line="151" />
            <source>Units</source>
            <translation>件數</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_charts.py" line="149" />
            <source>Units inspected per hour</source>
            <translation>每小時檢驗件數</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_charts.py" line="150" />
            <source>Units inspected per day</source>
            <translation>每日檢驗件數</translation>
        </message>
    </context>
    <context>
        <name>OverrideDialog</name>
        <message>
            <location filename="../../src/receiving_desk/gui/override_dialog.py" line="21" />
            <source>Override the disposition (supervisor, audited)</source>
            <translation>改判處置（主管，列入稽核）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/override_dialog.py" line="26" />
            <source>Why (required)</source>
            <translation>原因（必填）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/override_dialog.py" line="33" />
            <source>New disposition</source>
            <translation>新處置</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/override_dialog.py" line="34" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
    </context>
    <context>
        <name>ParcelPanel</name>
        <message>
            <location filename="../../src/receiving_desk/gui/parcel_panel.py" line="127" />
            <source>Blind receipt (no RMA)</source>
            <translation>盲收（無 RMA）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/parcel_panel.py" line="147" />
            <source>Inside: day {0} of {1} ({2} left)</source>
            <translation>期限內：第 {0} 天，共 {1} 天（剩 {2} 天）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/parcel_panel.py" line="152" />
            <source>Late: day {0} of {1}, accepted by loyalty leniency (+{2})</source>
            <translation>逾期：第 {0} 天，共 {1} 天，依會員寬限收貨（+{2}）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/parcel_panel.py" line="157" />
            <source>OUTSIDE: day {0} of {1}</source>
            <translation>已逾期限：第 {0} 天，共 {1} 天</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/parcel_panel.py" line="203" />
            <source>Discrepancies</source>
            <translation>差異</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/parcel_panel.py" line="215" />
            <source>→ {0} (staged)</source>
            <translation>→ {0}（暫存區）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/parcel_panel.py" line="234" />
            <source>Unit {0}: {1} — {2} ({3})</source>
            <translation>第 {0} 件：{1} — {2}（{3}）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/parcel_panel.py" line="256" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/parcel_panel.py" line="256" />
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/parcel_panel.py" line="290" />
            <source>Unit {0} (grade {1}): {2}</source>
            <translation>第 {0} 件（{1} 級）：{2}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/parcel_panel.py" line="294" />
            <source>(override of {0}: {1})</source>
            <translation>（由「{0}」改判：{1}）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/parcel_panel.py" line="299" />
            <source>Why: {0} — rule {1}, rules version {2}</source>
            <translation>原因：{0} — 規則 {1}，規則版本 {2}</translation>
        </message>
    </context>
    <context>
        <name>PrinterRow</name>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_settings.py" line="50" />
            <source>Print test label</source>
            <translation>列印測試標籤</translation>
        </message>
    </context>
    <context>
        <name>PrinterSettingsPage</name>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_settings.py" line="87" />
            <source>Labels</source>
            <translation>標籤</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_settings.py" line="88" />
            <source>Printer URL</source>
            <translation>印表機 URL</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_settings.py" line="89" />
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_settings.py" line="90" />
            <source>dpi</source>
            <translation>dpi</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_settings.py" line="91" />
            <source>Label size</source>
            <translation>標籤尺寸</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_settings.py" line="108" />
            <source>Save and apply</source>
            <translation>儲存並套用</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_settings.py" line="116" />
            <source>An empty row uses the default printer. Without a default, labels are written as PDF files into the station's labels folder.</source>
            <translation>空白的列使用預設印表機。若未設定預設印表機，標籤會以 PDF 檔儲存到本工作站的標籤資料夾。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_settings.py" line="133" />
            <source>no printer</source>
            <translation>無印表機</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_settings.py" line="135" />
            <source>printing…</source>
            <translation>列印中…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_settings.py" line="140" />
            <source>not printed: {0}</source>
            <translation>未列印：{0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_settings.py" line="146" />
            <source>printed ({0})</source>
            <translation>已列印（{0}）</translation>
        </message>
    </context>
    <context>
        <name>PrinterStatus</name>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_status.py" line="28" />
            <source>, {0} waiting</source>
            <translation>，{0} 個等待中</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_status.py" line="29" />
            <source>Printer {0}: {1}</source>
            <translation>印表機 {0}：{1}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_status.py" line="38" />
            <source>not asked yet</source>
            <translation>尚未查詢</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_status.py" line="39" />
            <source>ready</source>
            <translation>就緒</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_status.py" line="40" />
            <source>paper out</source>
            <translation>缺紙</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_status.py" line="41" />
            <source>ribbon out</source>
            <translation>色帶用完</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_status.py" line="42" />
            <source>head open</source>
            <translation>列印頭未闔上</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_status.py" line="43" />
            <source>paused</source>
            <translation>已暫停</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_status.py" line="44" />
            <source>error</source>
            <translation>錯誤</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_status.py" line="45" />
            <source>offline</source>
            <translation>離線</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_status.py" line="46" />
            <source>not responding</source>
            <translation>無回應</translation>
        </message>
    </context>
    <context>
        <name>ReceivingView</name>
        <message>
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="150" />
            <source>Line</source>
            <translation>行號</translation>
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
            <translation>描述</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="153" />
            <source>Declared</source>
            <translation>申報數</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="154" />
            <source>Received</source>
            <translation>實收數</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="155" />
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="156" />
            <source>Customer's reason</source>
            <translation>客戶退貨原因</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="159" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="162" />
            <source>Match</source>
            <translation>比對</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="163" />
            <source>Grade</source>
            <translation>等級</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="164" />
            <source>Disposition</source>
            <translation>處置</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="165" />
            <source>LPN</source>
            <translation>LPN</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="166" />
            <source>Bin</source>
            <translation>儲位</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="250" />
            <source>Last scan: {0}</source>
            <translation>上次掃描：{0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="252" />
            <source>Last scan ({0}): {1}</source>
            <translation>上次掃描（{0}）：{1}</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="19" />
            <source>Scan your badge</source>
            <translation>請掃描識別證</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="34" />
            <source>Scan or type a barcode, then Enter</source>
            <translation>掃描或輸入條碼，然後按 Enter</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="123" />
            <source>Parcel</source>
            <translation>包裹</translation>
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
            <translation>訂單</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="129" />
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="131" />
            <source>Loyalty tier</source>
            <translation>會員等級</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="133" />
            <source>Delivered</source>
            <translation>送達日期</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="135" />
            <source>Return window</source>
            <translation>退貨期限</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="144" />
            <source>Declared lines</source>
            <translation>申報明細</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="152" />
            <source>Scanned units</source>
            <translation>已掃描單件</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="58" />
            <source>Checklist</source>
            <translation>檢查清單</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="64" />
            <source>Found condition</source>
            <translation>實物狀況</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="70" />
            <source>Current unit</source>
            <translation>目前單件</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="82" />
            <source>Note (optional), saved with the grade</source>
            <translation>備註（選填），隨評級儲存</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="87" />
            <source>Add photo…</source>
            <translation>新增照片…</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="166" />
            <source>A — as new [1]</source>
            <translation>A — 近全新 [1]</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="167" />
            <source>B — open box [2]</source>
            <translation>B — 拆封品 [2]</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="168" />
            <source>C — worn [3]</source>
            <translation>C — 有使用痕跡 [3]</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="169" />
            <source>D — defective [4]</source>
            <translation>D — 故障品 [4]</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="170" />
            <source>Scrap [5]</source>
            <translation>報廢 [5]</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="180" />
            <source>Override… (supervisor)</source>
            <translation>改判…（主管）</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="181" />
            <source>Set aside</source>
            <translation>暫置</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="182" />
            <source>Undo last scan [Ctrl+Z]</source>
            <translation>復原上次掃描 [Ctrl+Z]</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="183" />
            <source>Complete return [F12]</source>
            <translation>完成退貨 [F12]</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="184" />
            <source>Complete anyway</source>
            <translation>仍然完成</translation>
        </message>
    </context>
    <context>
        <name>ReportExporter</name>
        <message>
            <location filename="../../src/receiving_desk/gui/report_export.py" line="57" />
            <source>Export failed: %1</source>
            <translation>匯出失敗：%1</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_export.py" line="66" />
            <source>Saved %1</source>
            <translation>已儲存 %1</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_export.py" line="70" />
            <source>Saved %1 CSV files in %2</source>
            <translation>已將 %1 個 CSV 檔儲存至 %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/report_export.py" line="80" />
            <source>Printed %n page</source>
            <translation>
                <numerusform>已列印 %n 頁</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/report_export.py" line="82" />
            <source>Printed %n pages</source>
            <translation>
                <numerusform>已列印 %n 頁</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_export.py" line="99" />
            <source>Export PDF</source>
            <translation>匯出 PDF</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_export.py" line="105" />
            <source>Export CSV (one ZIP file)</source>
            <translation>匯出 CSV（單一 ZIP 檔）</translation>
        </message>
    </context>
    <context>
        <name>ReportNames</name>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="20" />
            <source>Parcels received</source>
            <translation>已收包裹</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="21" />
            <source>Units inspected</source>
            <translation>已檢驗件數</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="22" />
            <source>Active clerk time</source>
            <translation>收貨員有效工時</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="23" />
            <source>Units per clerk-hour</source>
            <translation>每人時件數</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="24" />
            <source>Units returned to stock</source>
            <translation>重新入庫件數</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="25" />
            <source>Value returned to stock</source>
            <translation>重新入庫金額</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="26" />
            <location filename="../../src/receiving_desk/gui/report_names.py" line="67" />
            <source>Refund recommendations</source>
            <translation>退款建議</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="27" />
            <location filename="../../src/receiving_desk/gui/report_names.py" line="91" />
            <source>Refund value</source>
            <translation>退款金額</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="28" />
            <source>Returns flagged</source>
            <translation>被標記的退貨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="29" />
            <source>Returns with fraud indicators</source>
            <translation>有詐欺跡象的退貨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="30" />
            <source>Outside the return window</source>
            <translation>超出退貨期限</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="31" />
            <source>Accepted by leniency</source>
            <translation>依寬限收貨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="32" />
            <location filename="../../src/receiving_desk/gui/report_names.py" line="73" />
            <source>Supervisor overrides</source>
            <translation>主管改判</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="33" />
            <location filename="../../src/receiving_desk/gui/report_names.py" line="75" />
            <source>Voided returns</source>
            <translation>已作廢退貨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="34" />
            <source>Labels printed</source>
            <translation>已列印標籤</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="35" />
            <source>Reprints</source>
            <translation>重新列印次數</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="36" />
            <source>Sync backlog</source>
            <translation>待同步</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="37" />
            <source>Oldest unsent</source>
            <translation>最早未傳送</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="41" />
            <source>Grader agreement (blind audits)</source>
            <translation>評級一致性（盲審）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="42" />
            <source>Blind audits</source>
            <translation>盲審</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="43" />
            <source>Gold calibration grades</source>
            <translation>金標準校準評級</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="44" />
            <source>Agreement %</source>
            <translation>一致率 %</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="45" />
            <source>Weighted kappa (quadratic), all pairs</source>
            <translation>加權 kappa（二次），全部配對</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="46" />
            <source>Fleiss' kappa, all graders</source>
            <translation>Fleiss kappa，全部評級員</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="47" />
            <source>Agreement per clerk</source>
            <translation>各員工一致性</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="48" />
            <source>Audits</source>
            <translation>審核數</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="49" />
            <source>Agreed</source>
            <translation>一致</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="50" />
            <source>Agreement per pair of clerks</source>
            <translation>員工兩兩一致性</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="51" />
            <source>Other clerk</source>
            <translation>另一員工</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="52" />
            <source>Weighted kappa</source>
            <translation>加權 kappa</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="53" />
            <source>Agreement per category</source>
            <translation>各品類一致性</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="54" />
            <source>Most frequent grade confusions</source>
            <translation>最常見的等級混淆</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="55" />
            <source>Grades</source>
            <translation>等級</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="56" />
            <source>Times</source>
            <translation>次數</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="57" />
            <source>Share of disagreements %</source>
            <translation>佔不一致的比例 %</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="58" />
            <source>Agreement by hour of the shift</source>
            <translation>按班次小時的一致性</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="59" />
            <source>Hour</source>
            <translation>小時</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="60" />
            <source>Gold set: clerks against the supervisor's grade</source>
            <translation>金標準集：員工與主管評級對比</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="61" />
            <source>Gold units</source>
            <translation>金標準件數</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="62" />
            <source>Summary</source>
            <translation>彙總</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="63" />
            <source>Parcels received, by state</source>
            <translation>已收包裹（依狀態）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="64" />
            <source>Clerks: units per active hour</source>
            <translation>收貨員：每有效小時件數</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="65" />
            <source>Grade mix</source>
            <translation>等級分布</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="66" />
            <source>Disposition mix (after overrides)</source>
            <translation>處置分布（含改判）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="68" />
            <source>Return window</source>
            <translation>退貨期限</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="69" />
            <source>Discrepancies and fraud flags (completed returns)</source>
            <translation>差異與詐欺標記（已完成退貨）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="70" />
            <source>Top return reasons by product, against the previous period</source>
            <translation>各產品主要退貨原因（對比上期）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="71" />
            <source>Top return reasons by category, against the previous period</source>
            <translation>各品類主要退貨原因（對比上期）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="72" />
            <source>Products whose defect returns stand out from their category</source>
            <translation>瑕疵退貨明顯高於所屬品類的產品</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="74" />
            <source>Latest supervisor overrides (all of them in the drill-down)</source>
            <translation>最近的主管改判（全部見明細）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="76" />
            <source>Audited actions</source>
            <translation>稽核記錄的操作</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="77" />
            <source>Figure</source>
            <translation>指標</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="78" />
            <source>Value</source>
            <translation>數值</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="79" />
            <source>Unit</source>
            <translation>單位</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="80" />
            <source>State</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="81" />
            <source>Parcels</source>
            <translation>包裹數</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="82" />
            <source>Clerk</source>
            <translation>收貨員</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="83" />
            <source>Units</source>
            <translation>件數</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="84" />
            <source>Active hours</source>
            <translation>有效工時</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="85" />
            <source>Units per hour</source>
            <translation>每小時件數</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="86" />
            <source>Minutes per unit</source>
            <translation>每件分鐘數</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="87" />
            <source>Overridden %</source>
            <translation>改判 %</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="88" />
            <source>Grade</source>
            <translation>等級</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="89" />
            <source>Share %</source>
            <translation>占比 %</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="90" />
            <source>Goods value</source>
            <translation>貨值</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="92" />
            <source>Disposition</source>
            <translation>處置</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="93" />
            <source>Recommendation</source>
            <translation>建議</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="94" />
            <source>Window</source>
            <translation>期限</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="95" />
            <source>Flag</source>
            <translation>標記</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="96" />
            <source>Fraud indicator</source>
            <translation>詐欺跡象</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="97" />
            <source>Returns</source>
            <translation>退貨數</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="98" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="99" />
            <source>Product</source>
            <translation>產品</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="100" />
            <source>Category</source>
            <translation>品類</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="101" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="102" />
            <source>Previous period</source>
            <translation>上期</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="103" />
            <source>Change</source>
            <translation>變化</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="104" />
            <source>Trend</source>
            <translation>趨勢</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="105" />
            <source>Defect reasons</source>
            <translation>瑕疵原因</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="106" />
            <source>Defect share %</source>
            <translation>瑕疵占比 %</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="107" />
            <source>Category defect share %</source>
            <translation>品類瑕疵占比 %</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="108" />
            <source>RMA</source>
            <translation>RMA</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="109" />
            <source>Proposed</source>
            <translation>建議處置</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="110" />
            <source>Chosen</source>
            <translation>最終處置</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="111" />
            <source>By</source>
            <translation>操作人</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="112" />
            <source>At</source>
            <translation>時間</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="113" />
            <source>Station</source>
            <translation>工作站</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="114" />
            <source>Opened by</source>
            <translation>開單人</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="115" />
            <source>Voided at</source>
            <translation>作廢時間</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="116" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="117" />
            <source>Count</source>
            <translation>數量</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="118" />
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="71" />
            <source>parcels</source>
            <translation>包裹</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="119" />
            <source>units</source>
            <translation>件</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="120" />
            <source>hours</source>
            <translation>小時</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="121" />
            <source>units/hour</source>
            <translation>件/小時</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="122" />
            <source>labels</source>
            <translation>標籤</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="123" />
            <source>messages</source>
            <translation>訊息</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="124" />
            <source>local time</source>
            <translation>本地時間</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="125" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="126" />
            <source>new</source>
            <translation>新增</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="127" />
            <source>up</source>
            <translation>上升</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="128" />
            <source>down</source>
            <translation>下降</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="129" />
            <source>same</source>
            <translation>持平</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="130" />
            <source>(blind)</source>
            <translation>（盲收）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="134" />
            <source>Shift report — {0}</source>
            <translation>班次報告 — {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="135" />
            <source>Page {0} of {1}</source>
            <translation>第 {0} 頁，共 {1} 頁</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="136" />
            <source>{0} · generated {1}</source>
            <translation>{0} · 產生於 {1}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="137" />
            <source>none in this period</source>
            <translation>本期間無</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="138" />
            <source>Grade mix (units)</source>
            <translation>等級分布（件）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="139" />
            <source>Disposition mix (units, after overrides)</source>
            <translation>處置分布（件，含覆寫後）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="140" />
            <source>station {0}</source>
            <translation>工作站 {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="141" />
            <source>clerk {0}</source>
            <translation>收貨員 {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="142" />
            <source>all stations</source>
            <translation>所有工作站</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="143" />
            <source>all clerks</source>
            <translation>所有收貨員</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="144" />
            <source>local store</source>
            <translation>本機資料庫</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="145" />
            <source>central database</source>
            <translation>中央資料庫</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="146" />
            <source>field</source>
            <translation>欄位</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="147" />
            <source>value</source>
            <translation>值</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="148" />
            <source>site</source>
            <translation>站點</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="149" />
            <source>report</source>
            <translation>報告</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="150" />
            <source>covers</source>
            <translation>範圍</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="151" />
            <source>source</source>
            <translation>來源</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="152" />
            <source>time zone</source>
            <translation>時區</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="153" />
            <source>currency</source>
            <translation>貨幣</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="154" />
            <source>from (local)</source>
            <translation>起（本地）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="155" />
            <source>to (local)</source>
            <translation>迄（本地）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="156" />
            <source>from (UTC)</source>
            <translation>起（UTC）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="157" />
            <source>to (UTC)</source>
            <translation>迄（UTC）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="158" />
            <source>generated (local)</source>
            <translation>產生時間（本地）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="161" />
            <source>Not declared</source>
            <translation>未申報</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="162" />
            <source>Wrong item</source>
            <translation>錯誤商品</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="163" />
            <source>Undeclared extra item</source>
            <translation>未申報的多餘商品</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="164" />
            <source>Missing item</source>
            <translation>缺少商品</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="165" />
            <source>Empty box</source>
            <translation>空箱</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="166" />
            <source>Quantity short</source>
            <translation>數量不足</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="167" />
            <source>Quantity over</source>
            <translation>數量超出</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="168" />
            <source>Serial number mismatch</source>
            <translation>序號不符</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="169" />
            <source>No return authorization</source>
            <translation>無退貨授權</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="170" />
            <source>Too light (weight)</source>
            <translation>過輕（重量）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="171" />
            <source>Too heavy (weight)</source>
            <translation>過重（重量）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="172" />
            <source>Full refund</source>
            <translation>全額退款</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="173" />
            <source>Partial refund</source>
            <translation>部分退款</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="174" />
            <source>No refund</source>
            <translation>不退款</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="175" />
            <source>Inside the window</source>
            <translation>期限內</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="176" />
            <source>Late, accepted by leniency</source>
            <translation>逾期，依寬限收貨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="177" />
            <source>Outside the window</source>
            <translation>超出期限</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="178" />
            <source>Open</source>
            <translation>進行中</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="179" />
            <source>Completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="180" />
            <source>Voided</source>
            <translation>已作廢</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="181" />
            <source>Set aside</source>
            <translation>已暫置</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="182" />
            <source>Return voided</source>
            <translation>退貨已作廢</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="183" />
            <source>Disposition overridden</source>
            <translation>處置已改判</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="184" />
            <source>Scan undone</source>
            <translation>掃描已復原</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="185" />
            <source>Unit cancelled</source>
            <translation>商品已取消</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="186" />
            <source>Parcel set aside</source>
            <translation>包裹已暫置</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="187" />
            <source>Unknown category</source>
            <translation>未知品類</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="188" />
            <source>Electronics</source>
            <translation>電子產品</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="189" />
            <source>Apparel</source>
            <translation>服飾</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="190" />
            <source>Footwear</source>
            <translation>鞋類</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="191" />
            <source>Home</source>
            <translation>居家</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="192" />
            <source>Toys</source>
            <translation>玩具</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="193" />
            <source>Beauty</source>
            <translation>美妝</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="194" />
            <source>Books</source>
            <translation>圖書</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="195" />
            <source>Tools</source>
            <translation>工具</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="60" />
            <source>units inspected</source>
            <translation>已檢驗件</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="61" />
            <source>grade</source>
            <translation>等級</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="62" />
            <source>disposition</source>
            <translation>處置</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="63" />
            <source>returned to stock</source>
            <translation>重新入庫</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="64" />
            <source>refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="65" />
            <source>return window</source>
            <translation>退貨期限</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="66" />
            <source>clerk</source>
            <translation>收貨員</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="67" />
            <source>reason by product</source>
            <translation>依產品的原因</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="68" />
            <source>reason by category</source>
            <translation>依品類的原因</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="69" />
            <source>overrides</source>
            <translation>改判</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="70" />
            <source>product</source>
            <translation>產品</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="72" />
            <source>flag</source>
            <translation>標記</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="73" />
            <source>voided</source>
            <translation>已作廢</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="74" />
            <source>audited action</source>
            <translation>稽核操作</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="75" />
            <source>return</source>
            <translation>退貨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="76" />
            <source>labels printed</source>
            <translation>已列印標籤</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="77" />
            <source>reprints</source>
            <translation>重新列印</translation>
        </message>
    </context>
    <context>
        <name>ReportPickers</name>
        <message>
            <location filename="../../src/receiving_desk/gui/report_pickers.py" line="39" />
            <source>Shift %1</source>
            <translation>班別 %1</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_pickers.py" line="40" />
            <source>Date range</source>
            <translation>日期範圍</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_pickers.py" line="49" />
            <source>All stations</source>
            <translation>所有工作站</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_pickers.py" line="50" />
            <source>All clerks</source>
            <translation>所有作業員</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_pickers.py" line="92" />
            <source>Shift {0} starting {1} {2}</source>
            <translation>班次 {0}，開始於 {1} {2}</translation>
        </message>
    </context>
    <context>
        <name>ReportsView</name>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="103" />
            <source>Reports</source>
            <translation>報表</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="125" />
            <source>Run</source>
            <translation>產生</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="126" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="131" />
            <source>Export PDF…</source>
            <translation>匯出 PDF…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="132" />
            <source>Export CSV…</source>
            <translation>匯出 CSV…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="133" />
            <source>Print…</source>
            <translation>列印…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="147" />
            <source>Double-click a number to list the returns behind it.</source>
            <translation>按兩下數字即可列出對應的退貨。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="193" />
            <source>Running…</source>
            <translation>產生中…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="209" />
            <source>Cancelling…</source>
            <translation>取消中…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="228" />
            <source>Charts</source>
            <translation>圖表</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="248" />
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="252" />
            <source>The report failed: %1</source>
            <translation>報表產生失敗：%1</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="269" />
            <source>Loading…</source>
            <translation>載入中…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="290" />
            <source> (previous period)</source>
            <translation>（上期）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="293" />
            <source>The first %n returns behind: %1</source>
            <translation>
                <numerusform>此數字背後的前 %n 筆退貨：%1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="295" />
            <source>%n return behind: %1</source>
            <translation>
                <numerusform>背後有 %n 筆退貨：%1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="297" />
            <source>%n returns behind: %1</source>
            <translation>
                <numerusform>背後有 %n 筆退貨：%1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="314" />
            <source>Select a return first.</source>
            <translation>請先選擇一筆退貨。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="320" />
            <source>Making the evidence pack of {0}…</source>
            <translation>正在產生 {0} 的證據包…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="326" />
            <source>Evidence pack saved: {0} and {1}</source>
            <translation>證據包已儲存：{0} 和 {1}</translation>
        </message>
    </context>
    <context>
        <name>RulesPage</name>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="38" />
            <source>a rules file (TOML)</source>
            <translation>規則檔案 (TOML)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="39" />
            <source>Choose…</source>
            <translation>選擇…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="44" />
            <source>Compare with the rules in force</source>
            <translation>與現行規則比較</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="45" />
            <source>Load these rules</source>
            <translation>載入這些規則</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="61" />
            <source>Rules file</source>
            <translation>規則檔案</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="63" />
            <source>Rules files (*.toml)</source>
            <translation>規則檔案 (*.toml)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="88" />
            <source>Changes against the rules in force:</source>
            <translation>與現行規則相比的變更：</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="102" />
            <source>Rules version {0} in force</source>
            <translation>規則版本 {0} 已生效</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="107" />
            <source>Rules {0} loaded centrally: every desk of the site, this one too, puts them in force at its next pull</source>
            <translation>規則 {0} 已在中央載入：本站點的每個工作台（包括本工作台）在下次拉取時使其生效</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="118" />
            <source>Version: {0} → {1}</source>
            <translation>版本：{0} → {1}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="122" />
            <source>New category: {0}</source>
            <translation>新增品類：{0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="123" />
            <source>Category removed: {0}</source>
            <translation>已刪除品類：{0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="124" />
            <source>New grade: {0}</source>
            <translation>新增等級：{0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="125" />
            <source>Grade removed: {0}</source>
            <translation>已刪除等級：{0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="126" />
            <source>New found condition: {0}</source>
            <translation>新增實物狀況：{0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="127" />
            <source>Found condition removed: {0}</source>
            <translation>已刪除實物狀況：{0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="128" />
            <source>New rule: {0}</source>
            <translation>新增規則：{0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="129" />
            <source>Rule removed: {0}</source>
            <translation>已刪除規則：{0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="130" />
            <source>Rule changed: {0}</source>
            <translation>已修改規則：{0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="104" />
            <source>Rules {0} are already the site's rules: nothing changed</source>
            <translation>規則 {0} 已是本站點的規則：沒有任何變更</translation>
        </message>
    </context>
    <context>
        <name>RulesStatus</name>
        <message>
            <location filename="../../src/receiving_desk/gui/rules_status.py" line="53" />
            <source>Rules version {0} in force</source>
            <translation>規則版本 {0} 已生效</translation>
        </message>
    </context>
    <context>
        <name>ScaleBridge</name>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_bridge.py" line="111" />
            <source>connected</source>
            <translation>已連線</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_bridge.py" line="111" />
            <source>no scale</source>
            <translation>無秤</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_bridge.py" line="116" />
            <source>Scale {0} disconnected — check its cable</source>
            <translation>秤 {0} 已中斷連線——請檢查線纜</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_bridge.py" line="119" />
            <source>Scale {0} connected</source>
            <translation>秤 {0} 已連線</translation>
        </message>
    </context>
    <context>
        <name>ScaleSettingsPage</name>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="49" />
            <source>Scales of this station</source>
            <translation>本工作站的秤</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="54" />
            <source>Add</source>
            <translation>新增</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="55" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="61" />
            <source>Scale</source>
            <translation>秤</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="67" />
            <source>/dev/ttyUSB0 or COM3 (or a USB identity)</source>
            <translation>/dev/ttyUSB0 或 COM3（或 USB 識別）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="78" />
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="79" />
            <source>Protocol</source>
            <translation>協定</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="80" />
            <source>Port</source>
            <translation>連接埠</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="81" />
            <source>USB vendor id (hex)</source>
            <translation>USB 廠商 ID（十六進位）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="82" />
            <source>USB product id (hex)</source>
            <translation>USB 產品 ID（十六進位）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="83" />
            <source>USB serial number</source>
            <translation>USB 序號</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="84" />
            <source>Baud rate</source>
            <translation>鮑率</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="85" />
            <source>Ask every (MT-SICS)</source>
            <translation>查詢間隔（MT-SICS）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="86" />
            <source>Settles within</source>
            <translation>穩定時間上限</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="88" />
            <source>Test: put a known weight on the scale</source>
            <translation>測試：在秤上放一個已知重量</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="98" />
            <source>Save and apply</source>
            <translation>儲存並套用</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="196" />
            <source>OVERLOAD</source>
            <translation>超載</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="197" />
            <source>below zero</source>
            <translation>低於零</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="198" />
            <source>scale error</source>
            <translation>秤錯誤</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="200" />
            <source>stable</source>
            <translation>穩定</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="200" />
            <source>moving</source>
            <translation>波動中</translation>
        </message>
    </context>
    <context>
        <name>ScannerSettingsPage</name>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="76" />
            <source>Test: last scans from any scanner</source>
            <translation>測試：所有掃描器的最近掃描</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="87" />
            <source>Serial ports on this computer</source>
            <translation>本機序列埠</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="91" />
            <source>Device</source>
            <translation>裝置</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="92" />
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="93" />
            <source>USB VID:PID</source>
            <translation>USB VID:PID</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="94" />
            <source>Serial number</source>
            <translation>序號</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="95" />
            <source>Product</source>
            <translation>產品</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="99" />
            <source>Refresh</source>
            <translation>重新整理</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="101" />
            <source>Assign a scanner to the selected port</source>
            <translation>為所選連接埠指定掃描器</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="136" />
            <source>Could not list serial ports: {0}</source>
            <translation>無法列出序列埠：{0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="159" />
            <source>Scanners of this station</source>
            <translation>本工作站的掃描器</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="163" />
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="249" />
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="164" />
            <source>Port or USB identity</source>
            <translation>連接埠或 USB 識別資訊</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="165" />
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="252" />
            <source>Baud</source>
            <translation>鮑率</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="166" />
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="167" />
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="257" />
            <source>Suffix</source>
            <translation>結尾字元</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="172" />
            <source>Add by device path</source>
            <translation>依裝置路徑新增</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="174" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="176" />
            <source>Save and apply</source>
            <translation>儲存並套用</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="194" />
            <source>CR/LF</source>
            <translation>CR/LF</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="196" />
            <source>none ({0} ms gap)</source>
            <translation>無（間隔 {0} 毫秒）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="225" />
            <source>Selected scanner</source>
            <translation>所選掃描器</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="229" />
            <source>Find by USB VID/PID/serial (survives re-plugging)</source>
            <translation>依 USB VID/PID/序號尋找（重新插拔後仍可辨識）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="241" />
            <source>CR, LF or CRLF</source>
            <translation>CR、LF 或 CRLF</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="242" />
            <source>none: a silence ends the scan</source>
            <translation>無：輸入停頓即結束掃描</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="247" />
            <source>Sends GS1 data as text in brackets: (01)…(10)…</source>
            <translation>以帶括號的文字傳送 GS1 資料：(01)…(10)…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="250" />
            <source>Device path</source>
            <translation>裝置路徑</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="253" />
            <source>Data bits</source>
            <translation>資料位元</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="254" />
            <source>Parity</source>
            <translation>同位檢查</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="255" />
            <source>Stop bits</source>
            <translation>停止位元</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="256" />
            <source>Flow control</source>
            <translation>流量控制</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="258" />
            <source>Silence</source>
            <translation>停頓時間</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="262" />
            <source>Apply to the list</source>
            <translation>套用到清單</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="45" />
            <source>Station settings — {0}</source>
            <translation>工作站設定 — {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="58" />
            <source>Scanners</source>
            <translation>掃描器</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="59" />
            <source>Printers</source>
            <translation>印表機</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="61" />
            <source>Scales</source>
            <translation>秤</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="71" />
            <source>Station</source>
            <translation>工作站</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="72" />
            <source>Central database</source>
            <translation>中央資料庫</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="84" />
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="93" />
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="102" />
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="110" />
            <source>Saving…</source>
            <translation>儲存中…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="96" />
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="105" />
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="123" />
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="156" />
            <source>Saved and applied</source>
            <translation>已儲存並套用</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="132" />
            <source>Connected: {0}</source>
            <translation>已連線：{0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="142" />
            <source>Reference data pulled: {0} rows</source>
            <translation>已拉取基礎資料：{0} 列</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="151" />
            <source>Saved: the syncer uses it from the next start</source>
            <translation>已儲存：同步程式在下次啟動時使用</translation>
        </message>
    </context>
    <context>
        <name>SetupView</name>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="118" />
            <source>1. First administrator</source>
            <translation>1. 第一位管理員</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="119" />
            <source>2. Station</source>
            <translation>2. 工作站</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="120" />
            <source>3. Scanners</source>
            <translation>3. 掃描器</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="121" />
            <source>4. Printers</source>
            <translation>4. 印表機</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="122" />
            <source>5. Central database</source>
            <translation>5. 中央資料庫</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="123" />
            <source>6. Done</source>
            <translation>6. 完成</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="133" />
            <source>Set up this desk</source>
            <translation>設定此收貨台</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="138" />
            <source>Back</source>
            <translation>上一步</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="139" />
            <source>Skip this step</source>
            <translation>略過此步驟</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="140" />
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="172" />
            <source>Next</source>
            <translation>下一步</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="172" />
            <source>Start receiving</source>
            <translation>開始收貨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="190" />
            <source>standalone</source>
            <translation>獨立運作</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="192" />
            <source>syncing with the central database</source>
            <translation>與中央資料庫同步</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="195" />
            <source>This desk is set up: station {0} at {1}, {2}.

You are logged in as the administrator. Add users and import products and returns from Desk → Administration; every step here is in Desk → Settings.</source>
            <translation>此收貨台已設定完成：{1} 的工作站 {0}，{2}。

您已以管理員身分登入。請在「收貨台 → 管理」中新增使用者並匯入商品和退貨；這裡的每個步驟都可在「收貨台 → 設定」中找到。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="205" />
            <source>The two PINs differ: type the same PIN twice</source>
            <translation>兩次輸入的 PIN 碼不同：請輸入兩次相同的 PIN 碼</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="215" />
            <source>Creating…</source>
            <translation>正在建立…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="247" />
            <source>Administrator created and logged in. Badge card: {0}</source>
            <translation>管理員已建立並登入。識別證卡：{0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="257" />
            <source>Working…</source>
            <translation>處理中…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="269" />
            <source>Saved</source>
            <translation>已儲存</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="277" />
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="290" />
            <source>Saved and applied</source>
            <translation>已儲存並套用</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="298" />
            <source>Connected: {0}</source>
            <translation>已連線：{0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="307" />
            <source>Reference data pulled: {0} rows</source>
            <translation>已拉取基礎資料：{0} 列</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="315" />
            <source>Saved: the syncer uses it from the next start</source>
            <translation>已儲存：同步程式在下次啟動時使用</translation>
        </message>
    </context>
    <context>
        <name>StationForm</name>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="56" />
            <source>The system's</source>
            <translation>系統語言</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="59" />
            <source>Good and bad scans sound</source>
            <translation>掃描成功和失敗時發出聲音</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="61" />
            <source>Save the station</source>
            <translation>儲存工作站</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="65" />
            <source>Station id</source>
            <translation>工作站 ID</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="66" />
            <source>Site name</source>
            <translation>站點名稱</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="67" />
            <source>Time zone</source>
            <translation>時區</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="68" />
            <source>Language</source>
            <translation>語言</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="72" />
            <source>A new station id or language is used from the next start.</source>
            <translation>新的工作站 ID 或語言將在下次啟動時生效。</translation>
        </message>
    </context>
    <context>
        <name>StockDialog</name>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="64" />
            <source>Stock</source>
            <translation>庫存</translation>
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
            <translation>儲位</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="77" />
            <source>SKU, LPN or bin code (scan or type), Enter</source>
            <translation>SKU、LPN 或儲位代碼（掃描或輸入），按 Enter</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="79" />
            <source>Search</source>
            <translation>搜尋</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="82" />
            <source>Location</source>
            <translation>位置</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="82" />
            <source>Grade</source>
            <translation>等級</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="82" />
            <source>Quantity</source>
            <translation>數量</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="95" />
            <source>Evidence pack of this return</source>
            <translation>此退貨的證據包</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="130" />
            <source>received</source>
            <translation>已收貨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="131" />
            <source>put away</source>
            <translation>已上架</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="132" />
            <source>moved</source>
            <translation>已移動</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="133" />
            <source>reversed (undone or voided)</source>
            <translation>已沖銷（撤銷或作廢）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="179" />
            <source>%n stock line</source>
            <translation>
                <numerusform>%n 筆庫存紀錄</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="179" />
            <source>%n stock lines</source>
            <translation>
                <numerusform>%n 筆庫存紀錄</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="217" />
            <source>Making the evidence pack of {0}…</source>
            <translation>正在產生 {0} 的證據包…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="231" />
            <source>Evidence pack saved: {0} and {1}</source>
            <translation>證據包已儲存：{0} 和 {1}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="85" />
            <source>From</source>
            <translation>原位置</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="85" />
            <source>To</source>
            <translation>新位置</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="85" />
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="85" />
            <source>By</source>
            <translation>操作人員</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="85" />
            <source>When</source>
            <translation>時間</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="92" />
            <source>Reprint this label (audited)</source>
            <translation>重新列印此標籤（列入稽核）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="116" />
            <source>On hand (from the stock ledger)</source>
            <translation>現有庫存（依庫存帳）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="118" />
            <source>License plate history</source>
            <translation>LPN 歷史紀錄</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="206" />
            <source>Label {0} reprinted</source>
            <translation>標籤 {0} 已重新列印</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusLabel</name>
        <message>
            <location filename="../../src/receiving_desk/gui/sync_status.py" line="46" />
            <source>standalone (no central database)</source>
            <translation>單機（無中央資料庫）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/sync_status.py" line="47" />
            <source>starting</source>
            <translation>啟動中</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/sync_status.py" line="48" />
            <source>online</source>
            <translation>線上</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/sync_status.py" line="49" />
            <source>OFFLINE</source>
            <translation>離線</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/sync_status.py" line="50" />
            <source>stopped</source>
            <translation>已停止</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/sync_status.py" line="52" />
            <source>Sync: {0}</source>
            <translation>同步：{0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/sync_status.py" line="54" />
            <source>backlog {0}</source>
            <translation>待同步 {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/sync_status.py" line="57" />
            <source>oldest {0}</source>
            <translation>最久未同步 {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/sync_status.py" line="60" />
            <source>loading reference data {0}/{1}</source>
            <translation>正在載入基本資料 {0}/{1}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/sync_status.py" line="63" />
            <source>reference data refused: {0}</source>
            <translation>參考資料被拒絕：{0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/sync_status.py" line="65" />
            <source>last error: {0}</source>
            <translation>最近錯誤：{0}</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="58" />
            <source>Badge</source>
            <translation>識別證</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="58" />
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="77" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="58" />
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="78" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="58" />
            <source>Active</source>
            <translation>啟用</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="76" />
            <source>Badge code</source>
            <translation>識別證代碼</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="79" />
            <source>PIN</source>
            <translation>PIN 碼</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="80" />
            <source>PIN again</source>
            <translation>再次輸入 PIN 碼</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="81" />
            <source>Add the user</source>
            <translation>新增使用者</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="82" />
            <source>Change the role</source>
            <translation>變更角色</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="83" />
            <source>Deactivate</source>
            <translation>停用</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="84" />
            <source>Reset the PIN</source>
            <translation>重設 PIN 碼</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="85" />
            <source>Badge card (PDF)</source>
            <translation>識別證卡 (PDF)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="86" />
            <source>Open the badge card to print it</source>
            <translation>開啟識別證卡以列印</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="114" />
            <source>Working…</source>
            <translation>處理中…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="139" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="139" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="154" />
            <source>The two PINs differ: type the same PIN twice</source>
            <translation>兩次輸入的 PIN 碼不同：請輸入兩次相同的 PIN 碼</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="169" />
            <source>Added {0} ({1})</source>
            <translation>已新增 {0}（{1}）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="180" />
            <source>{0} is now {1}</source>
            <translation>{0} 現在是{1}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="187" />
            <source>{0} can no longer log in</source>
            <translation>{0} 已無法登入</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="197" />
            <source>New PIN set for {0}</source>
            <translation>已為 {0} 設定新 PIN 碼</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="230" />
            <source>Badge card saved: {0}</source>
            <translation>識別證卡已儲存：{0}</translation>
        </message>
    </context>
    <context>
        <name>WeightPanel</name>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_panel.py" line="47" />
            <source>OVERLOAD</source>
            <translation>超載</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_panel.py" line="48" />
            <source>below zero</source>
            <translation>低於零</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_panel.py" line="49" />
            <source>scale error</source>
            <translation>秤錯誤</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_panel.py" line="53" />
            <source>{0} …</source>
            <translation>{0} …</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_panel.py" line="62" />
            <source>Nothing to weigh now</source>
            <translation>現在無需秤重</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_panel.py" line="66" />
            <source>Parcel</source>
            <translation>包裹</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_panel.py" line="68" />
            <source>Unit {0}</source>
            <translation>單件 {0}</translation>
        </message>
    </context>
    <context>
        <name>widget</name>
        <message>
            <location filename="../../src/receiving_desk/gui/report_widgets.py" line="72" />
            <source>Double-click for the returns behind this number</source>
            <translation>按兩下即可查看此數字對應的退貨</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="97" />
            <source>Unknown barcode: {code}</source>
            <translation>無法辨識的條碼：{code}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="98" />
            <source>Check digit wrong — rescan: {code}</source>
            <translation>檢查碼錯誤，請重新掃描：{code}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="99" />
            <source>Scanner sent nothing readable — rescan</source>
            <translation>掃描器未讀到可辨識的內容，請重新掃描</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="100" />
            <source>Scan your badge first</source>
            <translation>請先掃描識別證</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="101" />
            <source>Badge or PIN not accepted — scan your badge again</source>
            <translation>識別證或 PIN 碼無效，請重新掃描識別證</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="102" />
            <source>Too many wrong PINs: this badge is locked for a few minutes</source>
            <translation>PIN 碼錯誤次數過多：此識別證將鎖定幾分鐘</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="103" />
            <source>Not allowed for your role ({role}): ask a supervisor</source>
            <translation>您的角色（{role}）無此權限：請洽主管</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="105" />
            <source>No return authorization found for {code}</source>
            <translation>找不到 {code} 的退貨授權</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="106" />
            <source>Return {rma} is already {status}</source>
            <translation>退貨 {rma} 已是「{status}」狀態</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="107" />
            <source>Return {rma} is still open — complete it first</source>
            <translation>退貨 {rma} 尚未完成，請先完成</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="108" />
            <source>Scan the parcel's RMA slip or tracking label first</source>
            <translation>請先掃描包裹的 RMA 單或物流標籤</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="109" />
            <source>Item not in the catalog: {code}</source>
            <translation>商品目錄中沒有此商品：{code}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="110" />
            <source>No unit waiting for a grade — scan an item</source>
            <translation>沒有待評級的單件，請掃描商品</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="111" />
            <source>Grade {grade} is not allowed here</source>
            <translation>此處不允許評為 {grade} 級</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="112" />
            <source>This return is already {status}</source>
            <translation>此退貨已是「{status}」狀態</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="113" />
            <source>A reason is required</source>
            <translation>必須填寫原因</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="114" />
            <source>Nothing to undo</source>
            <translation>沒有可復原的動作</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="115" />
            <source>The local database is busy — try again in a moment</source>
            <translation>本機資料庫忙碌中，請稍後再試</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="136" />
            <source>That checklist question does not apply to this item</source>
            <translation>此檢查項目不適用於這項商品</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="141" />
            <source>Nothing to override: grade a unit first</source>
            <translation>沒有可改判的項目：請先為單件評級</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="142" />
            <source>No open return authorization for {code}</source>
            <translation>{code} 沒有未結的退貨授權</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="143" />
            <source>Several return authorizations match: scan the RMA</source>
            <translation>符合多筆退貨授權：請掃描 RMA</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="144" />
            <source>No such bin: {code}</source>
            <translation>儲位不存在：{code}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="145" />
            <source>Wrong bin: {scanned} — this unit goes to {expected}</source>
            <translation>儲位錯誤：{scanned}，此件應放入 {expected}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="146" />
            <source>Unknown license plate: {code}</source>
            <translation>無法辨識的 LPN：{code}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="147" />
            <source>Nothing to put away: scan the LPNs first</source>
            <translation>沒有可上架的項目：請先掃描 LPN</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="148" />
            <source>No label to reprint {code}</source>
            <translation>沒有可重新列印的標籤：{code}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="180" />
            <source>Return {rma} is open at station {station}</source>
            <translation>退貨 {rma} 正在工作站 {station} 處理中</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="319" />
            <source>Badge read — enter your PIN</source>
            <translation>已讀取識別證，請輸入 PIN 碼</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="320" />
            <source>Welcome, {name}</source>
            <translation>歡迎，{name}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="321" />
            <source>Logged out</source>
            <translation>已登出</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="327" />
            <source>Return {rma} opened</source>
            <translation>已開始處理退貨 {rma}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="328" />
            <source>Welcome, {name} — return {rma} resumed where it stopped</source>
            <translation>歡迎，{name}。退貨 {rma} 已從中斷處繼續</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="329" />
            <source>Unit {seq}: {sku} — {match}</source>
            <translation>第 {seq} 件：{sku} — {match}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="330" />
            <source>Unit {seq} graded {grade}</source>
            <translation>第 {seq} 件評為 {grade} 級</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="331" />
            <source>No return authorization for {code}</source>
            <translation>{code} 沒有退貨授權</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="338" />
            <source>Blind receipt opened for {code}: every item will be flagged</source>
            <translation>已為 {code} 開始盲收：每項商品都會被標記</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="339" />
            <source>Parcel {code} set aside for a supervisor</source>
            <translation>包裹 {code} 已暫置，待主管處理</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="340" />
            <source>{check}: {answer}</source>
            <translation>{check}：{answer}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="346" />
            <source>Condition {condition}: {state}</source>
            <translation>狀況 {condition}：{state}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="347" />
            <source>Photo added</source>
            <translation>已新增照片</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="348" />
            <source>Override to {disposition}: scan or type the reason</source>
            <translation>改判為「{disposition}」：請掃描或輸入原因</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="349" />
            <source>Unit {seq} overridden to {disposition} (audited)</source>
            <translation>第 {seq} 件已改判為「{disposition}」（已列入稽核）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="350" />
            <source>Unit {seq} ({sku}) cancelled</source>
            <translation>第 {seq} 件（{sku}）已取消</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="351" />
            <source>Ready for the next item</source>
            <translation>請掃描下一項商品</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="352" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="353" />
            <source>{lpn} (now in {location}) on the cart: {count} — scan the bin</source>
            <translation>{lpn}（目前在 {location}）已放上推車，共 {count} 個，請掃描儲位</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="359" />
            <source>Label {lpn} sent to the printer again (audited)</source>
            <translation>標籤 {lpn} 已重新送至印表機（已列入稽核）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="365" />
            <source>Return {rma} voided</source>
            <translation>退貨 {rma} 已作廢</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="369" />
            <source>Scan undone: unit {seq} ({sku})</source>
            <translation>已復原掃描：第 {seq} 件（{sku}）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="415" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="415" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="417" />
            <source>noted</source>
            <translation>已記錄</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="417" />
            <source>removed</source>
            <translation>已移除</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="92" />
            <source>%n unit still needs a grade</source>
            <translation>
                <numerusform>還有 %n 件商品需要評級</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="88" />
            <source>Reference data not pulled: {0}</source>
            <translation>未拉取參考資料：{0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="94" />
            <source>%n units still need a grade</source>
            <translation>
                <numerusform>還有 %n 件商品需要評級</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="104" />
            <source>Your badge is no longer active: ask a supervisor</source>
            <translation>您的識別證已停用：請聯絡主管</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="117" />
            <source>The disk of the local database is full: this step was not saved, scans are kept. Tell a supervisor to free space.</source>
            <translation>本機資料庫所在磁碟已滿：此步驟未儲存，掃描紀錄已保留。請通知主管釋放空間。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="121" />
            <source>The local database cannot be written (read-only or missing file or folder): this step was not saved, scans are kept. Tell a supervisor.</source>
            <translation>無法寫入本機資料庫（唯讀，或檔案、資料夾遺失）：此步驟未儲存，掃描紀錄已保留。請通知主管。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="125" />
            <source>The local database could not be read or written (disk error): this step was not saved, scans are kept. Tell a supervisor.</source>
            <translation>無法讀寫本機資料庫（磁碟錯誤）：此步驟未儲存，掃描紀錄已保留。請通知主管。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="129" />
            <source>The local database is damaged: this step was not saved. Tell a supervisor now.</source>
            <translation>本機資料庫已損壞：此步驟未儲存。請立即通知主管。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="131" />
            <source>Printer {printer}: {reason}</source>
            <translation>印表機 {printer}：{reason}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="132" />
            <source>File {path}: {reason}</source>
            <translation>檔案 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="133" />
            <source>Photo not added: {path}: {reason}</source>
            <translation>照片未新增：{path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="135" />
            <source>Setting not saved: {reason}</source>
            <translation>設定未儲存：{reason}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="137" />
            <source>Condition {code} does not apply to this item</source>
            <translation>狀況 {code} 不適用於此商品</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="138" />
            <source>Not graded: answer these questions first: {checks}</source>
            <translation>未評級：請先回答以下問題：{checks}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="139" />
            <source>Nothing to confirm now</source>
            <translation>現在沒有需要確認的內容</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="140" />
            <source>There is no number {number} on the list</source>
            <translation>清單中沒有編號 {number}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="150" />
            <source>Unit {seq} ({sku}) is already labelled or put away: a supervisor must approve</source>
            <translation>單件 {seq}（{sku}）已貼標籤或已上架：需主管核准</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="153" />
            <source>Waiting for a supervisor: scan a supervisor badge, or CMD-CANCEL</source>
            <translation>等待主管：請掃描主管識別證，或掃描 CMD-CANCEL</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="155" />
            <source>{code} is no longer in stock: its scan was undone or voided</source>
            <translation>{code} 已不在庫存中：其掃描已撤銷或作廢</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="157" />
            <source>{code} is held for a blind audit: keep it on the audit shelf until it is graded</source>
            <translation>{code} 等待盲審：評級前請放在審核貨架上</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="159" />
            <source>{code} is not waiting for an audit</source>
            <translation>{code} 不在等待審核</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="160" />
            <source>{code} is already held for an audit</source>
            <translation>{code} 已在等待審核</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="161" />
            <source>You graded {code} first: another clerk must audit it</source>
            <translation>{code} 是您首次評級的：須由其他員工審核</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="162" />
            <source>You have already graded {code} for the audit</source>
            <translation>您已為審核評級過 {code}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="163" />
            <source>{code} has no disputed audit to resolve</source>
            <translation>{code} 沒有待裁定的審核分歧</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="165" />
            <source>Not graded: this {sku} was already put away ({was}); this grade would change where it goes. Grade it as before, then a supervisor overrides.</source>
            <translation>未評級：此 {sku} 已上架（{was}）；此等級會改變其去向。請依先前的等級評級，再由主管覆寫處置。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="174" />
            <source>Not done: {reason}</source>
            <translation>未完成：{reason}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="190" />
            <source>Not expected now: {code}. Scan your badge first.</source>
            <translation>現在不應掃描：{code}。請先掃描識別證。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="191" />
            <source>Not expected now: {code}. Scan the RMA slip or the tracking label.</source>
            <translation>現在不應掃描：{code}。請掃描 RMA 單或貨運標籤。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="192" />
            <source>Not expected now: {code}. Scan an item barcode.</source>
            <translation>現在不應掃描：{code}。請掃描商品條碼。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="194" />
            <source>Not expected now: {code}</source>
            <translation>現在不應掃描：{code}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="202" />
            <source>{code} starts like an RMA number ({prefix}…) but does not match this site's RMA format. Check the slip and scan it again, or type the RMA number.</source>
            <translation>{code} 開頭像 RMA 編號（{prefix}…），但不符合本站點的 RMA 格式。請檢查單據後重新掃描，或輸入 RMA 編號。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="206" />
            <source>{code} starts like a license plate ({prefix}…) but does not match this site's LPN format. Reprint the label, or type the LPN.</source>
            <translation>{code} 開頭像庫存標籤號（{prefix}…），但不符合本站點的 LPN 格式。請重新列印標籤，或輸入 LPN。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="210" />
            <source>{code} starts like a badge ({prefix}…) but does not match this site's badge format. Ask a supervisor for a new badge.</source>
            <translation>{code} 開頭像識別證（{prefix}…），但不符合本站點的識別證格式。請向主管申請新識別證。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="214" />
            <source>{code} starts like a bin label ({prefix}…) but does not match this site's bin format. Scan the label on the bin, or type the bin code.</source>
            <translation>{code} 開頭像儲位標籤（{prefix}…），但不符合本站點的儲位格式。請掃描儲位上的標籤，或輸入儲位代碼。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="218" />
            <source>{code} starts like a command barcode ({prefix}…) but is not one of the desk's commands. Use the printed command sheet.</source>
            <translation>{code} 開頭像指令條碼（{prefix}…），但不是收貨台的指令。請使用列印的指令表。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="222" />
            <source>{code} does not match this site's formats</source>
            <translation>{code} 不符合本站點的格式</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="230" />
            <source>Check digit wrong — rescan: {code} ({what}: the check digit should be {expected}, the scan has {got}). If it fails again, type the number printed on the label.</source>
            <translation>檢查碼錯誤，請重新掃描：{code}（{what}：檢查碼應為 {expected}，掃描結果為 {got}）。如果再次失敗，請輸入標籤上印的號碼。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="237" />
            <source>Barcode not valid: {code} — {detail}. {action}</source>
            <translation>條碼無效：{code}——{detail}。{action}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="247" />
            <source>an EAN/UPC barcode has {expected} digits, this scan has %n digit</source>
            <translation>
                <numerusform>EAN/UPC 條碼有 {expected} 位數字，此次掃描有 %n 位</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="249" />
            <source>an EAN/UPC barcode has {expected} digits, this scan has %n digits</source>
            <translation>
                <numerusform>EAN/UPC 條碼有 {expected} 位數字，此次掃描有 %n 位</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="254" />
            <source>AI {ai} allows at most %n character, this one has {count}</source>
            <translation>
                <numerusform>AI {ai} 最多允許 %n 個字元，此處有 {count} 個</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="256" />
            <source>AI {ai} allows at most %n characters, this one has {count}</source>
            <translation>
                <numerusform>AI {ai} 最多允許 %n 個字元，此處有 {count} 個</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="260" />
            <source>the scan is %n characters long, more than any barcode holds</source>
            <translation>
                <numerusform>此次掃描長達 %n 個字元，超過任何條碼的容量</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="263" />
            <source>an EAN/UPC barcode holds digits only</source>
            <translation>EAN/UPC 條碼只包含數字</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="265" />
            <source>AI {ai}: {value} does not fit the format {format}</source>
            <translation>AI {ai}：{value} 不符合格式 {format}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="268" />
            <source>{what}: the check digit should be {expected}, the scan has {got}</source>
            <translation>{what}：檢查碼應為 {expected}，掃描結果為 {got}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="269" />
            <source>AI {ai}: {value} is not a valid date (YYMMDD)</source>
            <translation>AI {ai}：{value} 不是有效日期（YYMMDD）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="270" />
            <source>no GS1 Application Identifier starts at {value}</source>
            <translation>{value} 處沒有以 GS1 應用識別碼開頭</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="271" />
            <source>{country} is not a country code</source>
            <translation>{country} 不是國家代碼</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="272" />
            <source>a number of one repeated digit is a placeholder, not a real code</source>
            <translation>由同一數字重複組成的號碼是佔位符，不是真實代碼</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="274" />
            <source>AI {ai} appears twice, as {value} and as {other}: the label contradicts itself</source>
            <translation>AI {ai} 出現兩次，分別為 {value} 和 {other}：標籤自相矛盾</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="276" />
            <source>AI {ai} and AI {other} must not be in one barcode</source>
            <translation>AI {ai} 和 AI {other} 不能出現在同一條碼中</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="277" />
            <source>AI {ai} needs AI {needs} in the same barcode</source>
            <translation>AI {ai} 需要同一條碼中有 AI {needs}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="279" />
            <source>the barcode holds GS1 text in brackets: it is a printed label, not GS1 data</source>
            <translation>條碼包含帶括號的 GS1 文字：這是列印的標籤文字，不是 GS1 資料</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="281" />
            <source>the GS1 Digital Link cannot be read</source>
            <translation>無法讀取 GS1 數位連結</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="282" />
            <source>its text does not fit the format it starts like</source>
            <translation>其內容不符合其開頭所示的格式</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="283" />
            <source>it does not fit its format</source>
            <translation>不符合其格式</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="290" />
            <source>Rescan; if it fails again, type the number printed on the label.</source>
            <translation>請重新掃描；如果再次失敗，請輸入標籤上印的號碼。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="292" />
            <source>Scan the real label, or type its number.</source>
            <translation>請掃描真實標籤，或輸入其號碼。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="294" />
            <source>Scan the GS1 barcode next to it, or type the text.</source>
            <translation>請掃描旁邊的 GS1 條碼，或輸入文字。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="296" />
            <source>Check the label, or type the number.</source>
            <translation>請檢查標籤，或輸入號碼。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="297" />
            <source>Rescanning will not help: scan another barcode on the item, or type its number.</source>
            <translation>重新掃描沒有用：請掃描商品上的其他條碼，或輸入其號碼。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="311" />
            <source>Unexpected error: see the log</source>
            <translation>意外錯誤：請查看日誌</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="322" />
            <source>{previous} is logged out — welcome, {name}</source>
            <translation>{previous} 已登出 — 歡迎，{name}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="324" />
            <source>No activity: logging out in %n seconds — scan or press a key to stay</source>
            <translation>
                <numerusform>無操作：%n 秒後登出 — 掃描或按任意鍵以繼續</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="326" />
            <source>Logged out after %n minutes without activity</source>
            <translation>
                <numerusform>%n 分鐘無操作，已登出</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="332" />
            <source>%n open returns match — pick one by its number</source>
            <translation>
                <numerusform>有 %n 筆未結退貨相符——請按編號選擇一筆</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="334" />
            <source>No units scanned: complete anyway?</source>
            <translation>未掃描任何商品：仍要完成嗎？</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="336" />
            <source>Discrepancies: complete anyway?</source>
            <translation>存在差異：仍要完成嗎？</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="342" />
            <source>Checklist: %n remaining check answered OK</source>
            <translation>
                <numerusform>檢查清單：其餘 %n 項已答為合格</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="344" />
            <source>Checklist: %n remaining checks answered OK</source>
            <translation>
                <numerusform>檢查清單：其餘 %n 項已答為合格</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="355" />
            <source>%n unit put away in {bin}</source>
            <translation>
                <numerusform>已將 %n 件商品上架到 {bin}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="357" />
            <source>%n units put away in {bin}</source>
            <translation>
                <numerusform>已將 %n 件商品上架到 {bin}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="361" />
            <source>Return {rma} completed (%n unit)</source>
            <translation>
                <numerusform>退貨 {rma} 已完成（%n 件）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="363" />
            <source>Return {rma} completed (%n units)</source>
            <translation>
                <numerusform>退貨 {rma} 已完成（%n 件）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="367" />
            <source>Scan undone: unit {seq} ({sku}), approved by {approved_by} (audited)</source>
            <translation>掃描已撤銷：單件 {seq}（{sku}），由 {approved_by} 核准（已稽核）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="373" />
            <source>The grades of {lpn} ({sku}) differ: a supervisor sets its final grade — supervisor, scan your badge (CMD-CANCEL leaves it waiting)</source>
            <translation>{lpn}（{sku}）的等級不一致：由主管設定最終等級 — 主管請掃描識別證（CMD-CANCEL 保持待定）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="378" />
            <source>Unit {seq} ({sku}) is already put away: a supervisor must approve the undo — supervisor, scan your badge (CMD-CANCEL keeps the unit)</source>
            <translation>單件 {seq}（{sku}）已上架：撤銷需主管核准 — 主管請掃描識別證（CMD-CANCEL 保留該單件）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="383" />
            <source>Unit {seq} ({sku}) already has its label: a supervisor must approve the undo — supervisor, scan your badge (CMD-CANCEL keeps the unit)</source>
            <translation>單件 {seq}（{sku}）已列印標籤：撤銷需主管核准 — 主管請掃描識別證（CMD-CANCEL 保留該單件）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="387" />
            <source>Supervisor badge read — supervisor, enter your PIN</source>
            <translation>已讀取主管識別證 — 主管請輸入 PIN</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="390" />
            <source>Final grade of {lpn} ({sku}), approved by {final_by}: scan the grade</source>
            <translation>{lpn}（{sku}）的最終等級，由 {final_by} 核准：請掃描等級</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="392" />
            <source>Final grade of {lpn} ({sku}): the grades differ, scan the final grade</source>
            <translation>{lpn}（{sku}）的最終等級：等級不一致，請掃描最終等級</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="394" />
            <source>Blind audit of {lpn} ({sku}): check it and grade it afresh</source>
            <translation>盲審 {lpn}（{sku}）：請重新檢查並評級</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="397" />
            <source>Audit of {lpn} agrees: the label for its put-away is printing</source>
            <translation>{lpn} 審核一致：正在列印上架標籤</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="399" />
            <source>Audit of {lpn} recorded: the grades differ, a supervisor decides</source>
            <translation>{lpn} 審核已記錄：等級不一致，由主管裁定</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="401" />
            <source>Final grade of {lpn} set (audited): its label is printing</source>
            <translation>{lpn} 的最終等級已設定（已記錄稽核）：正在列印標籤</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="403" />
            <source>Calibration grade of {lpn} recorded</source>
            <translation>{lpn} 的校準評級已記錄</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="405" />
            <source>{lpn} is held for a blind audit: its AUDIT label is printing</source>
            <translation>{lpn} 已留待盲審：正在列印 AUDIT 標籤</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="423" />
            <source>%n discrepancy flag</source>
            <translation>
                <numerusform>%n 個差異標記</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="425" />
            <source>%n discrepancy flags</source>
            <translation>
                <numerusform>%n 個差異標記</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="436" />
            <source>Scan your badge</source>
            <translation>請掃描識別證</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="437" />
            <source>Enter your PIN, then Enter</source>
            <translation>輸入 PIN 碼，然後按 Enter</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="438" />
            <source>Scan the RMA slip or the tracking label</source>
            <translation>請掃描 RMA 單或物流標籤</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="439" />
            <source>Scan the next item — or complete the return (F12)</source>
            <translation>請掃描下一項商品，或完成退貨（F12）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="440" />
            <source>Check and grade the unit: 1 = A, 2 = B, 3 = C, 4 = D, 5 = scrap</source>
            <translation>檢查並評級：1 = A，2 = B，3 = C，4 = D，5 = 報廢</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="442" />
            <source>No RMA: scan the order number, customer number or an item's serial — or CMD-BLIND to receive it blind, CMD-SET-ASIDE for a supervisor</source>
            <translation>無 RMA：請掃描訂單編號、客戶編號或商品序號；或掃描 CMD-BLIND 進行盲收，CMD-SET-ASIDE 暫置待主管處理</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="445" />
            <source>Override: scan a reason barcode or type the reason</source>
            <translation>改判：請掃描原因條碼或輸入原因</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="446" />
            <source>Pick the return: type or scan its number</source>
            <translation>選擇退貨：輸入或掃描其編號</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="447" />
            <source>Put away: scan the bin label</source>
            <translation>上架：請掃描儲位標籤</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="448" />
            <source>Confirm: scan CMD-CONFIRM to complete, or scan on</source>
            <translation>確認：掃描 CMD-CONFIRM 完成，或繼續掃描</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="449" />
            <source>Supervisor approval: a supervisor scans their badge</source>
            <translation>主管核准：請主管掃描識別證</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="450" />
            <source>Supervisor approval: the supervisor enters their PIN, then Enter</source>
            <translation>主管核准：主管輸入 PIN，然後按 Enter</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="452" />
            <source>Blind audit: check the unit and grade it (CMD-CANCEL leaves it held)</source>
            <translation>盲審：檢查該件並評級（CMD-CANCEL 保持待審）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="460" />
            <source>Final grade: scan the grade the unit keeps (CMD-CANCEL leaves it disputed)</source>
            <translation>最終等級：請掃描該件最終保留的等級（CMD-CANCEL 保持爭議狀態）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="466" />
            <source>Refund: full</source>
            <translation>退款：全額</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="468" />
            <source>Refund: partial, {0} %</source>
            <translation>退款：部分，{0}%</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="469" />
            <source>Refund: none</source>
            <translation>退款：無</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="478" />
            <source>Wrong item on line {line}: declared {declared_sku}, received {received_sku}</source>
            <translation>第 {line} 行商品不符：申報 {declared_sku}，實收 {received_sku}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="480" />
            <source>Undeclared extra item: {received_sku}</source>
            <translation>未申報的多餘商品：{received_sku}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="481" />
            <source>Missing: line {line} ({sku}) not in the parcel</source>
            <translation>缺件：第 {line} 行（{sku}）不在包裹內</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="482" />
            <source>Empty box: none of the {declared_lines} declared lines arrived</source>
            <translation>空箱：申報的 {declared_lines} 行皆未收到</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="483" />
            <source>Short on line {line}: {received} of {declared} {sku}</source>
            <translation>第 {line} 行短少：{sku} 實收 {received}/{declared}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="485" />
            <source>More than declared on line {line}: {sku} (declared {declared})</source>
            <translation>第 {line} 行超出申報數量：{sku}（申報 {declared}）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="488" />
            <source>Serial mismatch on line {line}: sold {sold_serial}, received {received_serial}</source>
            <translation>第 {line} 行序號不符：售出 {sold_serial}，實收 {received_serial}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="490" />
            <source>Unit {unit}: returned outside the window</source>
            <translation>第 {unit} 件：超出退貨期限</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="491" />
            <source>Unit {unit}: late, accepted by loyalty leniency</source>
            <translation>第 {unit} 件：逾期，依會員寬限收貨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="492" />
            <source>Blind receipt: no return authorization</source>
            <translation>盲收：無退貨授權</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="22" />
            <source>Restock as new</source>
            <translation>以全新品重新入庫</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="23" />
            <source>Restock as open box</source>
            <translation>以拆封品重新入庫</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="24" />
            <source>Refurbish</source>
            <translation>整新</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="25" />
            <source>Repair</source>
            <translation>維修</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="26" />
            <source>Return to vendor</source>
            <translation>退回供應商</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="27" />
            <source>Liquidate</source>
            <translation>出清</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="28" />
            <source>Donate</source>
            <translation>捐贈</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="29" />
            <source>Recycle</source>
            <translation>回收</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="30" />
            <source>Destroy</source>
            <translation>銷毀</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="36" />
            <source>Sellable</source>
            <translation>可售</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="37" />
            <source>Returns staging</source>
            <translation>退貨暫存區</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="38" />
            <source>Open box</source>
            <translation>開箱品</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="39" />
            <source>Refurbishment</source>
            <translation>翻新</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="40" />
            <source>Repair zone</source>
            <translation>維修區</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="41" />
            <source>Return-to-vendor cage</source>
            <translation>退供應商籠</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="42" />
            <source>Liquidation</source>
            <translation>清倉</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="43" />
            <source>Donation</source>
            <translation>捐贈</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="44" />
            <source>Recycling</source>
            <translation>回收</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="45" />
            <source>Scrap</source>
            <translation>報廢</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="51" />
            <source>Standard</source>
            <translation>一般會員</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="52" />
            <source>Silver</source>
            <translation>銀卡</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="53" />
            <source>Gold</source>
            <translation>金卡</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="54" />
            <source>Platinum</source>
            <translation>白金卡</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="60" />
            <source>Defective</source>
            <translation>商品瑕疵</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="61" />
            <source>Damaged in transit</source>
            <translation>運送途中損壞</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="62" />
            <source>Wrong item sent</source>
            <translation>寄錯商品</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="63" />
            <source>Not as described</source>
            <translation>與描述不符</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="64" />
            <source>Size or fit</source>
            <translation>尺寸不合</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="65" />
            <source>No longer needed</source>
            <translation>不再需要</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="66" />
            <source>Changed mind</source>
            <translation>改變心意</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="67" />
            <source>Arrived late</source>
            <translation>太晚送達</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="68" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="74" />
            <source>matched</source>
            <translation>相符</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="75" />
            <source>not on the RMA</source>
            <translation>不在 RMA 上</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="76" />
            <source>more than declared</source>
            <translation>超出申報</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="82" />
            <source>waiting</source>
            <translation>待收</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="83" />
            <source>partly received</source>
            <translation>部分收貨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="84" />
            <source>received</source>
            <translation>已收貨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="90" />
            <source>connecting</source>
            <translation>連線中</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="91" />
            <source>connected</source>
            <translation>已連線</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="92" />
            <source>disconnected</source>
            <translation>已中斷連線</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="93" />
            <source>stopped</source>
            <translation>已停止</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="99" />
            <source>clerk</source>
            <translation>收貨員</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="100" />
            <source>supervisor</source>
            <translation>主管</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="101" />
            <source>administrator</source>
            <translation>系統管理員</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="51" />
            <source>Gold calibration unit</source>
            <translation>金標準校準件</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="51" />
            <source>Blind audit</source>
            <translation>盲審</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="54" />
            <source>Final grade, set by {name} (audited)</source>
            <translation>最終等級，由 {name} 設定（記錄稽核）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="56" />
            <source>Final grade (audited)</source>
            <translation>最終等級（記錄稽核）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="61" />
            <source>First grade: {grade} ({name})</source>
            <translation>首次等級：{grade}（{name}）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="63" />
            <source>Blind grade: {grade} ({name})</source>
            <translation>盲審等級：{grade}（{name}）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="67" />
            <source>Grades: {grades}</source>
            <translation>等級：{grades}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="72" />
            <source>Several returns match. Type or scan the number of the right one:</source>
            <translation>有多筆退貨相符。請輸入或掃描正確退貨的編號：</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="85" />
            <source>This return has no units. Complete it empty?</source>
            <translation>此退貨沒有任何商品。要以空退貨完成嗎？</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/guidance.py" line="89" />
            <source>Complete with %n discrepancy?</source>
            <translation>
                <numerusform>帶著 %n 個差異完成嗎？</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/guidance.py" line="91" />
            <source>Complete with %n discrepancies?</source>
            <translation>
                <numerusform>帶著 %n 個差異完成嗎？</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="93" />
            <source>Yes: scan CMD-CONFIRM (or click Complete anyway). Any other scan: no.</source>
            <translation>是：掃描 CMD-CONFIRM（或點選「仍然完成」）。掃描其他任何條碼：否。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="106" />
            <source>Undo of unit {seq} ({sku}, {lpn}) needs a supervisor</source>
            <translation>撤銷單件 {seq}（{sku}，{lpn}）需要主管</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="112" />
            <source>It is already put away: take it off the shelf before approving.</source>
            <translation>它已上架：核准前請從貨架取下。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="114" />
            <source>Its label is already printed: remove the label before approving.</source>
            <translation>其標籤已列印：核准前請撕下標籤。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="117" />
            <location filename="../../src/receiving_desk/gui/guidance.py" line="131" />
            <source>Supervisor: scan your badge, then enter your PIN. The clerk stays logged in.</source>
            <translation>主管：請掃描識別證，然後輸入 PIN。店員保持登入。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="119" />
            <location filename="../../src/receiving_desk/gui/guidance.py" line="133" />
            <source>Supervisor: enter your PIN, then Enter.</source>
            <translation>主管：請輸入 PIN，然後按 Enter。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="121" />
            <source>CMD-CANCEL: keep the unit, nothing is undone.</source>
            <translation>CMD-CANCEL：保留該單件，不撤銷任何操作。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="127" />
            <source>The grades of {lpn} ({sku}) differ: a supervisor sets the final grade</source>
            <translation>{lpn}（{sku}）的等級不一致：由主管設定最終等級</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="135" />
            <source>CMD-CANCEL: the unit waits for a supervisor.</source>
            <translation>CMD-CANCEL：該件繼續等待主管。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/guidance.py" line="142" />
            <source>Cart: %n LPN — scan the bin label to put it away</source>
            <translation>
                <numerusform>推車：%n 個 LPN——掃描儲位標籤即可上架</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/guidance.py" line="144" />
            <source>Cart: %n LPNs — scan the bin label to put them away</source>
            <translation>
                <numerusform>推車：%n 個 LPN——掃描儲位標籤即可上架</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="150" />
            <source>{n}. {lpn} ({sku}): now in {location} → goes to {destination}</source>
            <translation>{n}. {lpn}（{sku}）：目前在 {location} → 應放到 {destination}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="160" />
            <source>Mixed destinations: each LPN is booked into the bin you scan</source>
            <translation>目的地不同：每個 LPN 都會記入你掃描的儲位</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="169" />
            <source>Grading unit {seq}: {sku} — {description}</source>
            <translation>正在評級第 {seq} 件：{sku} — {description}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="186" />
            <source>Answer before grading:</source>
            <translation>評級前請回答：</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="196" />
            <source>Unit {seq}: {disposition} → bin {bin}</source>
            <translation>第 {seq} 件：{disposition} → 儲位 {bin}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/guidance.py" line="207" />
            <source>%n unit waits in returns staging: scan its bin label to put it away</source>
            <translation>
                <numerusform>退貨暫存區有 %n 件商品待上架：掃描儲位標籤即可上架</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/guidance.py" line="213" />
            <source>%n units wait in returns staging: scan a bin label to put one away</source>
            <translation>
                <numerusform>退貨暫存區有 %n 件商品待上架：掃描儲位標籤即可上架</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/note_texts.py" line="40" />
            <source>full refund</source>
            <translation>全額退款</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/note_texts.py" line="42" />
            <source>no refund</source>
            <translation>不退款</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/note_texts.py" line="44" />
            <source>partial refund, {0}</source>
            <translation>部分退款，{0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/note_texts.py" line="51" />
            <source>Hygiene check failed: {0}</source>
            <translation>衛生檢查未通過：{0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/note_texts.py" line="53" />
            <source>Refund raised from {0} to {1} by the {2} tier's leniency ({3})</source>
            <translation>退款由{0}提高為{1}（{2}等級寬限，{3}）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/note_texts.py" line="57" />
            <source>Outside the return window: day {0} of {1}</source>
            <translation>超出退貨期限：第 {0} 天（期限 {1} 天）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/note_texts.py" line="59" />
            <source>Accepted by the {0} tier's leniency: day {1} of {2} (+{3})</source>
            <translation>依{0}等級寬限接受：第 {1} 天（期限 {2} 天，+{3}）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/note_texts.py" line="63" />
            <source>Held for review, no refund: {0}</source>
            <translation>待審核，不退款：{0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="23" />
            <source>{grams} g</source>
            <translation>{grams} 公克</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="24" />
            <source>{kg} kg</source>
            <translation>{kg} 公斤</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="29" />
            <source>no expected weight in the catalog</source>
            <translation>目錄中沒有預期重量</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="30" />
            <source>expected {low} – {high}</source>
            <translation>預期 {low} – {high}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="36" />
            <source>Too late to weigh the parcel: items were already taken out of it</source>
            <translation>無法再秤包裹：已有物品被取出</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="38" />
            <source>Nothing to weigh now: scan an item to weigh it</source>
            <translation>現在無需秤重：請掃描物品後再秤</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="39" />
            <source>No scale connected: check the scale's cable and power</source>
            <translation>未連接秤：請檢查秤的線纜和電源</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="41" />
            <source>The weight did not settle: keep hands off the scale and weigh again</source>
            <translation>重量未穩定：請勿觸碰秤，然後重新秤重</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="43" />
            <source>Scale overloaded: too heavy for this scale, not recorded</source>
            <translation>秤超載：超出此秤量程，未記錄</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="44" />
            <source>Nothing on the scale: put the parcel or the unit on it</source>
            <translation>秤上沒有東西：請把包裹或單件放上去</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="46" />
            <source>The scale shows less than zero: empty it, zero it and weigh again</source>
            <translation>秤顯示低於零：請清空、歸零後重新秤重</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="54" />
            <source>EMPTY BOX? It weighs about the packaging alone</source>
            <translation>空箱？重量約等於包裝本身</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="55" />
            <source>TOO LIGHT: parts may be missing</source>
            <translation>過輕：可能缺少零件</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="56" />
            <source>TOO HEAVY: something else may be inside</source>
            <translation>過重：裡面可能有其他東西</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="57" />
            <source>weight as expected</source>
            <translation>重量符合預期</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="61" />
            <source>Unit {seq} weighs {weight} — {found}</source>
            <translation>單件 {seq} 重 {weight}——{found}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="63" />
            <source>Parcel weighs {weight} — {found}</source>
            <translation>包裹重 {weight}——{found}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="71" />
            <source>Empty box by weight: the parcel weighs {weight}, {expected}</source>
            <translation>依重量判定為空箱：包裹重 {weight}，{expected}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="73" />
            <source>Unit {unit} too light: {weight}, {expected} (missing parts?)</source>
            <translation>單件 {unit} 過輕：{weight}，{expected}（缺少零件？）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="75" />
            <source>Unit {unit} too heavy: {weight}, {expected}</source>
            <translation>單件 {unit} 過重：{weight}，{expected}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="77" />
            <source>Parcel too light: {weight}, {expected} (missing parts?)</source>
            <translation>包裹過輕：{weight}，{expected}（缺少零件？）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="79" />
            <source>Parcel too heavy: {weight}, {expected} (something else inside?)</source>
            <translation>包裹過重：{weight}，{expected}（裡面有其他東西？）</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="64" />
            <source>Restock as new</source>
            <translation>以全新品重新入庫</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="65" />
            <source>Restock as open box</source>
            <translation>以拆封品重新入庫</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="66" />
            <source>Refurbish</source>
            <translation>整新</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="67" />
            <source>Repair</source>
            <translation>維修</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="68" />
            <source>Return to vendor</source>
            <translation>退回供應商</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="69" />
            <source>Liquidate</source>
            <translation>出清</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="70" />
            <source>Donate</source>
            <translation>捐贈</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="71" />
            <source>Recycle</source>
            <translation>回收</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="72" />
            <source>Destroy</source>
            <translation>銷毀</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="49" />
            <source>Next unit</source>
            <translation>下一件</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="50" />
            <source>Complete the return</source>
            <translation>完成退貨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="51" />
            <source>Cancel the unit waiting for a grade</source>
            <translation>取消待評級的商品</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="52" />
            <source>Undo the last scan</source>
            <translation>復原上一次掃描</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="53" />
            <source>Set the parcel aside for a supervisor</source>
            <translation>將包裹留給主管處理</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="54" />
            <source>Blind receipt (no RMA)</source>
            <translation>無 RMA 收貨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="55" />
            <source>Checklist: all remaining OK</source>
            <translation>檢查清單：其餘全部合格</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="56" />
            <source>Cancel (override, look-up, cart)</source>
            <translation>取消（改判、查找、推車）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="57" />
            <source>Reprint the last restock label</source>
            <translation>重新列印上一張重新入庫標籤</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="58" />
            <source>Log out</source>
            <translation>登出</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="59" />
            <source>Weigh the parcel or unit on the scale</source>
            <translation>在秤上秤包裹或單件</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="60" />
            <source>Yes, complete anyway (no units or discrepancies)</source>
            <translation>是，仍然完成（無商品或有差異）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="61" />
            <source>Hold the last LPN for a blind audit (supervisor)</source>
            <translation>將最後一個 LPN 留待盲審（主管）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="74" />
            <source>Receiving Desk - command barcodes</source>
            <translation>退貨收貨台 - 指令條碼</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="78" />
            <source>grade does not reflect the item's real condition</source>
            <translation>評級與商品實際狀況不符</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="79" />
            <source>customer goodwill</source>
            <translation>客戶關懷</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="80" />
            <source>vendor return agreement</source>
            <translation>供應商退貨協議</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="81" />
            <source>hidden damage found</source>
            <translation>發現隱藏損壞</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="82" />
            <source>product recall</source>
            <translation>產品召回</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="123" />
            <source>Grade {grade}</source>
            <translation>評級 {grade}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="130" />
            <source>YES · {question}</source>
            <translation>是 · {question}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="133" />
            <source>NO · {question}</source>
            <translation>否 · {question}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="138" />
            <source>Found: {condition}</source>
            <translation>發現：{condition}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="156" />
            <source>Pick return number {number} of the list</source>
            <translation>選擇清單中的第 {number} 筆退貨</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="159" />
            <source>Override: {disposition} (supervisor)</source>
            <translation>改判：{disposition}（主管）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="164" />
            <source>Reason: {reason}</source>
            <translation>原因：{reason}</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="23" />
            <source>Restock as new</source>
            <translation>以全新品重新入庫</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="24" />
            <source>Restock as open box</source>
            <translation>以拆封品重新入庫</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="25" />
            <source>Refurbish</source>
            <translation>整新</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="26" />
            <source>Repair</source>
            <translation>維修</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="27" />
            <source>Return to vendor</source>
            <translation>退回供應商</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="28" />
            <source>Liquidate</source>
            <translation>出清</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="29" />
            <source>Donate</source>
            <translation>捐贈</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="30" />
            <source>Recycle</source>
            <translation>回收</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="31" />
            <source>Destroy</source>
            <translation>銷毀</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="17" />
            <source>GRADE</source>
            <translation>等級</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="18" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="19" />
            <source>BIN</source>
            <translation>儲位</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="35" />
            <source>Clerk</source>
            <translation>收貨員</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="36" />
            <source>Supervisor</source>
            <translation>主管</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="37" />
            <source>Administrator</source>
            <translation>系統管理員</translation>
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
            <translation>證據包 — {code}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="20" />
            <source>Station {station} · status {status} · pack {pack} · made {made}</source>
            <translation>工作站 {station} · 狀態 {status} · 證據包 {pack} · 產生於 {made}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="21" />
            <source>none</source>
            <translation>無</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="22" />
            <source>Photos</source>
            <translation>照片</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="23" />
            <source>Unit {seq} · {name} · SHA-256 {digest}</source>
            <translation>單件 {seq} · {name} · SHA-256 {digest}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="24" />
            <source>Unit {seq} · {name} — file missing from the photo folder</source>
            <translation>單件 {seq} · {name} — 照片資料夾中缺少該檔案</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="25" />
            <source>(not drawable here: see the ZIP)</source>
            <translation>（此處無法顯示：請查看 ZIP）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="27" />
            <source>The SHA-256 of this file and of every photo are recorded at the desk and centrally: check a copy with `receiving-desk evidence verify FILE`.</source>
            <translation>本檔案及每張照片的 SHA-256 已在工作台和中央資料庫登記：可用 `receiving-desk evidence verify FILE` 核驗副本。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="31" />
            <source>Who and when</source>
            <translation>人員與時間</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="32" />
            <source>Fact</source>
            <translation>項目</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="33" />
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="34" />
            <source>Receipt</source>
            <translation>收貨單</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="35" />
            <source>RMA</source>
            <translation>RMA</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="36" />
            <source>(blind receipt)</source>
            <translation>（無 RMA 收貨）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="37" />
            <source>Station</source>
            <translation>工作站</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="38" />
            <source>Opened by</source>
            <translation>開啟人</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="39" />
            <source>Opened at</source>
            <translation>開啟時間</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="40" />
            <source>Parcel scan</source>
            <translation>包裹掃描</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="41" />
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="42" />
            <source>Completed by</source>
            <translation>完成人</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="43" />
            <source>Completed at</source>
            <translation>完成時間</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="44" />
            <source>Void reason</source>
            <translation>作廢原因</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="45" />
            <source>Order</source>
            <translation>訂單</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="46" />
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="47" />
            <source>Order date</source>
            <translation>下單日期</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="48" />
            <source>Delivered at</source>
            <translation>送達時間</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="50" />
            <source>Declared by the customer</source>
            <translation>客戶申報</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="51" />
            <source>Line</source>
            <translation>行</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="53" />
            <source>Qty</source>
            <translation>數量</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="54" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="55" />
            <source>Customer's note</source>
            <translation>客戶備註</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="56" />
            <source>Serial sold</source>
            <translation>售出序號</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="58" />
            <source>Scan journal while the return was open</source>
            <translation>退貨開啟期間的掃描紀錄</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="59" />
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="60" />
            <source>Scanner</source>
            <translation>掃描器</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="61" />
            <source>AIM</source>
            <translation>AIM</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="62" />
            <source>Data</source>
            <translation>資料</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="63" />
            <source>PINs masked. Every scan at this desk in the time the return was open.</source>
            <translation>PIN 已遮蔽。退貨開啟期間本工作台的所有掃描。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="65" />
            <source>Units, scans and grades</source>
            <translation>單件、掃描與等級</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="66" />
            <source>Scanned at</source>
            <translation>掃描時間</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="67" />
            <source>By</source>
            <translation>操作人</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="68" />
            <source>Scan</source>
            <translation>掃描</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="69" />
            <source>Match</source>
            <translation>匹配</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="70" />
            <source>Serial</source>
            <translation>序號</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="71" />
            <source>Grade</source>
            <translation>等級</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="72" />
            <source>Graded by</source>
            <translation>評級人</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="73" />
            <source>Graded at</source>
            <translation>評級時間</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="74" />
            <source>Conditions</source>
            <translation>狀況</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="75" />
            <source>Note</source>
            <translation>備註</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="76" />
            <source>LPN</source>
            <translation>LPN</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="78" />
            <source>Checklist answers</source>
            <translation>檢查清單答覆</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="79" />
            <source>Question</source>
            <translation>問題</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="80" />
            <source>Answer</source>
            <translation>答覆</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="82" />
            <source>Disposition, refund and overrides</source>
            <translation>處置、退款與改判</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="83" />
            <source>Disposition</source>
            <translation>處置</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="84" />
            <source>Rule</source>
            <translation>規則</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="85" />
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="86" />
            <source>Window</source>
            <translation>退貨期限</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="87" />
            <source>Refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="88" />
            <source>Held / notes</source>
            <translation>暫扣 / 備註</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="89" />
            <source>Override</source>
            <translation>改判</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="90" />
            <source>Override reason</source>
            <translation>改判原因</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="91" />
            <source>Override by</source>
            <translation>改判人</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="92" />
            <source>Override at</source>
            <translation>改判時間</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="94" />
            <source>Weights</source>
            <translation>重量</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="95" />
            <source>Weighed</source>
            <translation>秤重對象</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="96" />
            <source>Weight (g)</source>
            <translation>重量（公克）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="97" />
            <source>Expected (g)</source>
            <translation>預期（公克）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="98" />
            <source>Range (g)</source>
            <translation>範圍（公克）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="99" />
            <source>Finding</source>
            <translation>結論</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="100" />
            <source>Parcel, before opening</source>
            <translation>包裹（開箱前）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="101" />
            <source>Unit {seq} ({sku})</source>
            <translation>單件 {seq}（{sku}）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="102" />
            <source>within range</source>
            <translation>在範圍內</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="103" />
            <source>empty box</source>
            <translation>空箱</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="104" />
            <source>too light</source>
            <translation>過輕</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="105" />
            <source>too heavy</source>
            <translation>過重</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="106" />
            <source>not weighed</source>
            <translation>未秤重</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="107" />
            <source>no expected weight</source>
            <translation>無預期重量</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="109" />
            <source>Expected: the catalog weight ± the category's tolerance (the rules' [weights]); a parcel adds its packaging.</source>
            <translation>預期：目錄重量 ± 該類別的容差（規則中的 [weights]）；包裹另加包裝重量。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="113" />
            <source>Grades of audited units</source>
            <translation>審核單件的等級</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="114" />
            <source>Inspection</source>
            <translation>檢驗</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="115" />
            <source>Who</source>
            <translation>人員</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="116" />
            <source>When</source>
            <translation>時間</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="117" />
            <source>Details</source>
            <translation>詳情</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="118" />
            <source>First grade</source>
            <translation>首次等級</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="119" />
            <source>Blind second grade</source>
            <translation>盲審複評等級</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="120" />
            <source>Gold calibration grade</source>
            <translation>金標準校準等級</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="121" />
            <source>Final grade (supervisor)</source>
            <translation>最終等級（主管）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="122" />
            <source>held for audit: {reason}, now {state}</source>
            <translation>留待審核：{reason}，目前 {state}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="123" />
            <source>approved at the desk of {clerk}</source>
            <translation>在 {clerk} 的工作台核准</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="124" />
            <source>Both inspections are kept; the final grade is the one the stock and refund follow.</source>
            <translation>兩次檢驗均予保留；庫存與退款以最終等級為準。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="126" />
            <source>Flags</source>
            <translation>標記</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="127" />
            <source>Flag</source>
            <translation>標記</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="128" />
            <source>Unit</source>
            <translation>單件</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="129" />
            <source>Evidence</source>
            <translation>證據</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="130" />
            <source>Stock movements</source>
            <translation>庫存移動</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="131" />
            <source>From</source>
            <translation>來源</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="132" />
            <source>To</source>
            <translation>去向</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="133" />
            <source>Labels printed</source>
            <translation>已列印標籤</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="134" />
            <source>Queued</source>
            <translation>排隊時間</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="135" />
            <source>Label</source>
            <translation>標籤</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="136" />
            <source>Template</source>
            <translation>範本</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="137" />
            <source>State</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="138" />
            <source>Sent</source>
            <translation>已傳送</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="139" />
            <source>Attempts</source>
            <translation>嘗試次數</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="140" />
            <source>reprint</source>
            <translation>重印</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="141" />
            <source>Audit entries</source>
            <translation>稽核紀錄</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="142" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="143" />
            <source>Subject</source>
            <translation>對象</translation>
        </message>
    </context>
    <context>
        <name>StartError</name>
        <message>
            <location filename="../../src/receiving_desk/gui/start_error.py" line="28" />
            <source>The store {0} was upgraded by a newer version of Receiving Desk (schema revision {1}). This version cannot open it: install that version or newer, or restore a backup made by this version.</source>
            <translation>儲存區 {0} 已被較新版本的退貨收貨台升級（結構修訂 {1}）。此版本無法開啟它：請安裝該版本或更新版本，或還原由此版本製作的備份。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/start_error.py" line="33" />
            <source>Receiving Desk is already running on {0} (process {1}).</source>
            <translation>退貨收貨台已在 {0} 上執行（程序 {1}）。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/start_error.py" line="38" />
            <source>The data folder {0} cannot be written ({1}). Give the desk a writable folder (data_dir in the station settings file), or have its permissions corrected.</source>
            <translation>無法寫入資料夾 {0}（{1}）。請為收貨台指定可寫入的資料夾（站點設定檔中的 data_dir），或請人修正其權限。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/start_error.py" line="44" />
            <source>The rules file cannot be used.</source>
            <translation>無法使用規則檔案。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/start_error.py" line="45" />
            <source>The station settings file cannot be used.</source>
            <translation>無法使用工作站設定檔。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/site_code_texts.py" line="22" />
            <source>The bin {0} cannot be scanned at this desk: it does not match the site's bin pattern {1}. Correct the pattern ([barcodes] bin in the station settings file) or the bin.</source>
            <translation>此工作台無法掃描儲位 {0}：它不符合站點的儲位格式 {1}。請更正格式（工作站設定檔中的 [barcodes] bin）或儲位。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/site_code_texts.py" line="27" />
            <source>The badge {0} cannot be scanned at this desk: it does not match the site's badge pattern {1}. Correct the pattern ([barcodes] badge in the station settings file) or the badge.</source>
            <translation>此工作台無法掃描識別證 {0}：它不符合站點的識別證格式 {1}。請更正格式（工作站設定檔中的 [barcodes] badge）或識別證。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/site_code_texts.py" line="32" />
            <source>The license plate {0} cannot be scanned at this desk: it does not match the site's LPN pattern {1}. Correct the pattern ([barcodes] lpn) or the station's lpn_prefix.</source>
            <translation>此工作台無法掃描 LPN {0}：它不符合站點的 LPN 格式 {1}。請更正格式（[barcodes] lpn）或工作站的 lpn_prefix。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/site_code_texts.py" line="36" />
            <source>The RMA number {0} cannot be scanned at this desk: it does not match the site's RMA pattern {1}.</source>
            <translation>此工作台無法掃描 RMA 編號 {0}：它不符合站點的 RMA 格式 {1}。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/site_code_texts.py" line="59" />
            <source>{0} %n codes in all cannot be scanned: {1}.</source>
            <translation>
                <numerusform>{0}共有 %n 個代碼無法掃描：{1}。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/start_error.py" line="51" />
            <source>Receiving Desk cannot start</source>
            <translation>退貨收貨台無法啟動</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/start_error.py" line="56" />
            <source>Correct the file, then start the desk again.</source>
            <translation>請修正該檔案，然後重新啟動收貨台。</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/start_error.py" line="61" />
            <source>Nothing was changed.</source>
            <translation>未做任何變更。</translation>
        </message>
    </context>
    <context>
        <name>Imports</name>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="129" />
            <source>{value} is not a known customer</source>
            <translation>{value} 不是已知客戶</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="130" />
            <source>{value} is not a known product</source>
            <translation>{value} 不是已知商品</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="174" />
            <source>empty</source>
            <translation>為空</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="176" />
            <source>longer than {limit} characters</source>
            <translation>超過 {limit} 個字元</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="183" />
            <source>{code} is not a GTIN (8, 12, 13 or 14 digits)</source>
            <translation>{code} 不是 GTIN（8、12、13 或 14 位數字）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="189" />
            <source>{code}: check digit {digit}, expected {expected}</source>
            <translation>{code}：檢查碼為 {digit}，應為 {expected}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="201" />
            <source>{raw} is not an amount</source>
            <translation>{raw} 不是金額</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="204" />
            <source>{raw} is not an amount (0 or more, at most two decimals)</source>
            <translation>{raw} 不是金額（0 或以上，最多兩位小數）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="212" />
            <source>{raw} is not a whole number of 1 or more</source>
            <translation>{raw} 不是 1 或以上的整數</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="232" />
            <source>{raw} is not a date (YYYY-MM-DD)</source>
            <translation>{raw} 不是日期（YYYY-MM-DD）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="239" />
            <source>{raw} is not a date and time (ISO 8601)</source>
            <translation>{raw} 不是日期時間（ISO 8601）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="241" />
            <source>{raw} has no time zone offset (e.g. +00:00 or Z)</source>
            <translation>{raw} 沒有時區偏移（例如 +00:00 或 Z）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="249" />
            <source>{raw} is not one of {names}</source>
            <translation>{raw} 不是以下之一：{names}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="291" />
            <source>{key} already on line {line}</source>
            <translation>{key} 已在第 {line} 行</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="344" />
            <source>{category} is not a category of the rules ({known})</source>
            <translation>{category} 不是規則中的品類（{known}）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="373" />
            <source>before the order date</source>
            <translation>早於訂單日期</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="431" />
            <source>{gtin} already belongs to {sku} on line {line}</source>
            <translation>{gtin} 已屬於第 {line} 行的 {sku}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="451" />
            <source>differs from line {line} of {rma}</source>
            <translation>與 {rma} 的第 {line} 行不同</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_files.py" line="52" />
            <source>not CSV: {error}</source>
            <translation>不是 CSV：{error}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_files.py" line="64" />
            <source>not UTF-8 text (save the file as UTF-8)</source>
            <translation>不是 UTF-8 文字（請將檔案另存為 UTF-8）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_files.py" line="70" />
            <source>empty file: a header row is needed</source>
            <translation>空檔案：需要標題列</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_files.py" line="79" />
            <source>{cells} cells, the header has {header}</source>
            <translation>{cells} 個儲存格，標題列有 {header} 個</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_files.py" line="91" />
            <source>missing column(s): {columns}</source>
            <translation>缺少欄位：{columns}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_codes.py" line="23" />
            <source>bin {value} cannot be scanned at this desk: the site's bin pattern is {pattern}</source>
            <translation>此工作台無法掃描儲位 {value}：站點的儲位格式為 {pattern}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_codes.py" line="25" />
            <source>RMA number {value} cannot be scanned at this desk: the site's RMA pattern is {pattern}</source>
            <translation>此工作台無法掃描 RMA 編號 {value}：站點的 RMA 格式為 {pattern}</translation>
        </message>
    </context>
    <context>
        <name>FileProblems</name>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="162" />
            <source>configuration file not found</source>
            <translation>找不到設定檔</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="188" />
            <source>{key} must be a string, not {value}</source>
            <translation>{key} 必須是字串，而不是 {value}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="189" />
            <source>{key} must be a path (a string), not {value}</source>
            <translation>{key} 必須是路徑（字串），而不是 {value}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="190" />
            <source>{key} must be true or false, not {value}</source>
            <translation>{key} 必須是 true 或 false，而不是 {value}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="197" />
            <source>{key} {value}: letters, digits, _ . - (at most 64)</source>
            <translation>{key} {value}：只能包含字母、數字、_ . -（最多 64 個）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="201" />
            <source>{key} {value}: 1 to 6 capital letters or digits, a letter first</source>
            <translation>{key} {value}：1 到 6 個大寫字母或數字，以字母開頭</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="251" />
            <location filename="../../src/receiving_desk/config.py" line="367" />
            <location filename="../../src/receiving_desk/domain/security_policy.py" line="70" />
            <location filename="../../src/receiving_desk/domain/audit_sampling.py" line="98" />
            <location filename="../../src/receiving_desk/adapters/backup/settings.py" line="44" />
            <source>unknown setting {key}</source>
            <translation>未知設定 {key}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="256" />
            <source>{key} must not be empty</source>
            <translation>{key} 不可空白</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="267" />
            <source>currency {value} is no ISO 4217 code</source>
            <translation>貨幣 {value} 不是 ISO 4217 代碼</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="274" />
            <location filename="../../src/receiving_desk/station_values.py" line="44" />
            <source>unknown time zone {value}</source>
            <translation>未知時區 {value}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="284" />
            <source>{name} must be written as [[{name}]] tables</source>
            <translation>{name} 必須寫成 [[{name}]] 表格</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="290" />
            <source>[{name}] must be a table</source>
            <translation>[{name}] 必須是表格</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="294" />
            <source>{name} is named twice</source>
            <translation>名稱 {name} 出現了兩次</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="370" />
            <source>{key} must be a string</source>
            <translation>{key} 必須是字串</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config_store.py" line="75" />
            <source>cannot be read: {reason}</source>
            <translation>無法讀取：{reason}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config_store.py" line="81" />
            <source>not UTF-8 text</source>
            <translation>不是 UTF-8 文字</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config_store.py" line="104" />
            <source>cannot be written: {reason}</source>
            <translation>無法寫入：{reason}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="19" />
            <source>Invalid value</source>
            <translation>無效的值</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="20" />
            <source>Invalid statement</source>
            <translation>無效的陳述式</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="21" />
            <source>Unclosed array</source>
            <translation>陣列未閉合</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="22" />
            <source>Unclosed inline table</source>
            <translation>行內表格未閉合</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="23" />
            <source>Unterminated string</source>
            <translation>字串未結束</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="24" />
            <source>Cannot overwrite a value</source>
            <translation>同一個值寫了兩次</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="25" />
            <source>Expected '=' after a key in a key/value pair</source>
            <translation>鍵後面應為 '='</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="26" />
            <source>Expected ']' at the end of a table declaration</source>
            <translation>表格宣告結尾應為 ']'</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="27" />
            <source>Expected ']]' at the end of an array declaration</source>
            <translation>表格陣列宣告結尾應為 ']]'</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="28" />
            <source>Invalid initial character for a key part</source>
            <translation>鍵不能以此字元開頭</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="29" />
            <source>Invalid date or datetime</source>
            <translation>無效的日期或日期時間</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="30" />
            <source>Invalid hex value</source>
            <translation>無效的十六進位值</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="31" />
            <source>Unescaped '\' in a string</source>
            <translation>字串中有未跳脫的 '\'</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="35" />
            <source>Cannot declare {key} twice</source>
            <translation>{key} 宣告了兩次</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="36" />
            <source>Found invalid character {char}</source>
            <translation>無效字元 {char}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="37" />
            <source>Illegal character {char}</source>
            <translation>非法字元 {char}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="38" />
            <source>Expected {char}</source>
            <translation>此處應為 {char}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="41" />
            <source>Duplicate inline table key {key}</source>
            <translation>行內表格中的鍵 {key} 重複</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="64" />
            <source>not valid TOML: {error} (at the end of the file)</source>
            <translation>不是有效的 TOML：{error}（在檔案結尾）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="65" />
            <source>not valid TOML: {error}</source>
            <translation>不是有效的 TOML：{error}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="67" />
            <source>not valid TOML: {error} (column {column})</source>
            <translation>不是有效的 TOML：{error}（第 {column} 欄）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/toml_sections.py" line="65" />
            <source>[{name}] cannot be rewritten without changing other settings</source>
            <translation>無法在不變更其他設定的情況下重寫 [{name}]</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/station_values.py" line="34" />
            <source>unknown [station] setting(s): {keys}</source>
            <translation>未知的 [station] 設定：{keys}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/station_values.py" line="37" />
            <source>a station id is 1 to 32 letters, digits, - or _ (DESK-01)</source>
            <translation>工作站 ID 為 1 到 32 個字母、數字、- 或 _（如 DESK-01）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/station_values.py" line="39" />
            <source>the site needs a name</source>
            <translation>站點需要名稱</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/station_values.py" line="48" />
            <source>language must be one of {allowed}</source>
            <translation>語言必須是以下之一：{allowed}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/station_values.py" line="51" />
            <source>sound is true or false</source>
            <translation>sound 只能是 true 或 false</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/barcodes/site_codes.py" line="48" />
            <source>bin {code} cannot be scanned: the site's bin pattern {pattern} does not match it (it would be read as {read_as})</source>
            <translation>儲位 {code} 無法掃描：站點的儲位格式 {pattern} 與它不符（會被辨識為 {read_as}）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/barcodes/site_codes.py" line="52" />
            <source>badge {code} cannot be scanned: the site's badge pattern {pattern} does not match it (it would be read as {read_as})</source>
            <translation>識別證 {code} 無法掃描：站點的識別證格式 {pattern} 與它不符（會被辨識為 {read_as}）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/barcodes/site_codes.py" line="56" />
            <source>rma {code} cannot be scanned: the site's rma pattern {pattern} does not match it (it would be read as {read_as})</source>
            <translation>RMA {code} 無法掃描：站點的 RMA 格式 {pattern} 與它不符（會被辨識為 {read_as}）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/barcodes/site_codes.py" line="60" />
            <source>lpn {code} cannot be scanned: the site's lpn pattern {pattern} does not match it (it would be read as {read_as})</source>
            <translation>LPN {code} 無法掃描：站點的 LPN 格式 {pattern} 與它不符（會被辨識為 {read_as}）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/barcodes/site_codes.py" line="64" />
            <source>the site's codes: {problem}</source>
            <translation>站點的條碼：{problem}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/barcodes/pattern_check.py" line="25" />
            <source>{name} pattern {pattern}: {error}</source>
            <translation>{name} 格式 {pattern}：{error}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/barcodes/site_codes.py" line="129" />
            <source>{problem} (and {more} more)</source>
            <translation>{problem}（另有 {more} 個）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/security_policy.py" line="21" />
            <source>{key} must be a whole number from {low} to {high}, not {value}</source>
            <translation>{key} 必須是 {low} 到 {high} 之間的整數，而不是 {value}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/security_policy.py" line="33" />
            <source>{key} must be a number from {low} to {high}, not {value}</source>
            <translation>{key} 必須是 {low} 到 {high} 之間的數字，而不是 {value}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/security_policy.py" line="67" />
            <source>pepper_file must be a file path</source>
            <translation>pepper_file 必須是檔案路徑</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/security_policy.py" line="74" />
            <source>idle_warning_seconds must be shorter than idle_logout_minutes</source>
            <translation>idle_warning_seconds 必須短於 idle_logout_minutes</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/audit_sampling.py" line="89" />
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="131" />
            <source>{key} must be true or false</source>
            <translation>{key} 必須是 true 或 false</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/audit_sampling.py" line="95" />
            <source>{key} must be a table of name = percent</source>
            <translation>{key} 必須是「名稱 = 百分比」的表格</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/audit_sampling.py" line="111" />
            <source>{key} must be a percentage</source>
            <translation>{key} 必須是百分比</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/audit_sampling.py" line="113" />
            <source>{key} must be between 0 and 100 (%)</source>
            <translation>{key} 必須介於 0 到 100 之間（%）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/shifts.py" line="58" />
            <source>a shift needs a name</source>
            <translation>班次需要名稱</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/shifts.py" line="61" />
            <source>shift {name}: start and end are the same time</source>
            <translation>班次 {name}：開始和結束時間相同</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/shifts.py" line="81" />
            <source>unknown shift setting(s): {keys}</source>
            <translation>未知的班次設定：{keys}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/shifts.py" line="86" />
            <source>a shift needs {key}</source>
            <translation>班次需要 {key}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/shifts.py" line="88" />
            <source>shift name must be a string</source>
            <translation>班次名稱必須是字串</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/shifts.py" line="107" />
            <source>shift {name}: {value} is not a time of day (HH:MM)</source>
            <translation>班次 {name}：{value} 不是時刻（HH:MM）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/shifts.py" line="125" />
            <source>two shifts have the same name</source>
            <translation>兩個班次同名</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/shifts.py" line="134" />
            <source>no shift named {name} (configured: {known})</source>
            <translation>沒有名為 {name} 的班次（已設定：{known}）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/shifts.py" line="152" />
            <source>the range ends ({last}) before it starts ({first})</source>
            <translation>日期範圍的結束日（{last}）早於開始日（{first}）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="32" />
            <source>unknown category {value} (one of: {allowed})</source>
            <translation>未知品類 {value}（可選：{allowed}）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="33" />
            <source>unknown grade {value} (one of: {allowed})</source>
            <translation>未知等級 {value}（可選：{allowed}）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="34" />
            <source>unknown check {value} (one of: {allowed})</source>
            <translation>未知檢查項目 {value}（可選：{allowed}）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="35" />
            <source>unknown condition {value} (one of: {allowed})</source>
            <translation>未知狀況 {value}（可選：{allowed}）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="36" />
            <source>unknown disposition {value} (one of: {allowed})</source>
            <translation>未知處置 {value}（可選：{allowed}）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="37" />
            <source>unknown refund {value} (one of: {allowed})</source>
            <translation>未知退款方式 {value}（可選：{allowed}）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="38" />
            <source>unknown return reason {value} (one of: {allowed})</source>
            <translation>未知退貨原因 {value}（可選：{allowed}）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="39" />
            <source>unknown loyalty tier {value} (one of: {allowed})</source>
            <translation>未知會員等級 {value}（可選：{allowed}）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="42" />
            <source>{key} must be a whole number of grams</source>
            <translation>{key} 必須是整數克數</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="43" />
            <source>{key} must be a whole number of percent</source>
            <translation>{key} 必須是整數百分比</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="46" />
            <source>{key} must be 0..{high} grams, not {value}</source>
            <translation>{key} 必須是 0..{high} 克，而不是 {value}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="47" />
            <source>{key} must be 0..{high} percent, not {value}</source>
            <translation>{key} 必須是 0..{high}%，而不是 {value}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="49" />
            <source>{key} must be a non-empty list of strings</source>
            <translation>{key} 必須是非空的字串清單</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="82" />
            <source>unknown key {key} (expected one of: {allowed})</source>
            <translation>未知的鍵 {key}（應為以下之一：{allowed}）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="100" />
            <source>missing {key} (a non-empty string)</source>
            <translation>缺少 {key}（非空字串）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="102" />
            <source>{key} must be a non-empty string</source>
            <translation>{key} 必須是非空字串</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="108" />
            <source>missing {key} (a number of days)</source>
            <translation>缺少 {key}（天數）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="110" />
            <source>{key} must be a whole number of days</source>
            <translation>{key} 必須是整數天數</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="113" />
            <source>{key} cannot be negative ({value} days)</source>
            <translation>{key} 不可為負數（{value} 天）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="141" />
            <source>missing {key} (a list of strings)</source>
            <translation>缺少 {key}（字串清單）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="150" />
            <source>{item} is listed twice in {key}</source>
            <translation>{item} 在 {key} 中出現了兩次</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="171" />
            <source>refund_percent goes only with refund = 'partial', not {value}</source>
            <translation>refund_percent 只能與 refund = 'partial' 一起使用，不能與 {value} 一起使用</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="179" />
            <source>refund 'partial' needs refund_percent from 1 to 99 (got missing)</source>
            <translation>refund 'partial' 需要 1 到 99 的 refund_percent（未填寫）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="182" />
            <source>refund 'partial' needs refund_percent from 1 to 99 (got {value})</source>
            <translation>refund 'partial' 需要 1 到 99 的 refund_percent（實際為 {value}）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="195" />
            <source>missing [{table}] table</source>
            <translation>缺少 [{table}] 表格</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="197" />
            <source>{key} must be a table</source>
            <translation>{key} 必須是表格</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="207" />
            <source>{key} must be written as [[{name}]] tables</source>
            <translation>{key} 必須寫成 [[{name}]] 表格</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_file.py" line="100" />
            <source>{key}: {text} is translated two ways in {language}</source>
            <translation>{key}：{text} 在 {language} 中有兩種不同譯文</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_file.py" line="116" />
            <source>{name} cannot be a category name</source>
            <translation>{name} 不能用作品類名稱</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_file.py" line="166" />
            <source>missing 'default' (the scale of every category without its own)</source>
            <translation>缺少 'default'（沒有自己等級表的品類都使用它）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_file.py" line="177" />
            <source>{code} cannot be a condition code</source>
            <translation>{code} 不能用作狀況代碼</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_file.py" line="186" />
            <source>check {code} is defined twice</source>
            <translation>檢查項目 {code} 定義了兩次</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_file.py" line="225" />
            <source>grade {grade} is not in the {category} scale ({scale})</source>
            <translation>等級 {grade} 不在 {category} 的等級表中（{scale}）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_file.py" line="253" />
            <source>id {id} is used twice (ids are unique across the file)</source>
            <translation>id {id} 被使用了兩次（整個檔案中 id 必須唯一）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_file.py" line="274" />
            <source>grade {grade} of the {scale} scale has no fallback [[rule]] (grade = {grade} with category, reason and condition '*')</source>
            <translation>{scale} 等級表的等級 {grade} 沒有備援 [[rule]]（grade = {grade}，且 category、reason 和 condition 均為 '*'）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_file.py" line="299" />
            <source>a leniency refunding 'none' would never raise a refund</source>
            <translation>退款為 'none' 的寬限永遠不會提高退款</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_file.py" line="348" />
            <source>hygiene category {category} has no hygiene check in its checklist, so an unsealed item could never be caught</source>
            <translation>衛生品類 {category} 的檢查清單中沒有衛生檢查項目，無法發現已拆封的商品</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="21" />
            <source>scanner {name}: {key} must be a string</source>
            <translation>掃描器 {name}：{key} 必須是字串</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="22" />
            <source>scanner {name}: {key} must be a whole number</source>
            <translation>掃描器 {name}：{key} 必須是整數</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="23" />
            <source>scanner {name}: {key} must be a number or a hex string</source>
            <translation>掃描器 {name}：{key} 必須是數字或十六進位字串</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="33" />
            <source>scanner {name}: {key} must be a number</source>
            <translation>掃描器 {name}：{key} 必須是數字</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="40" />
            <source>scanner {name}: {key} must be true or false</source>
            <translation>掃描器 {name}：{key} 必須是 true 或 false</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="82" />
            <source>scanner name must not be empty</source>
            <translation>掃描器名稱不可空白</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="85" />
            <source>scanner {name}: set port or usb_vid/usb_pid/usb_serial</source>
            <translation>掃描器 {name}：請設定 port 或 usb_vid/usb_pid/usb_serial</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="89" />
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="103" />
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="111" />
            <source>scanner {name}: {key} must be {low}..{high}</source>
            <translation>掃描器 {name}：{key} 必須介於 {low}..{high}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="131" />
            <source>unknown scanner setting(s): {keys}</source>
            <translation>未知的掃描器設定：{keys}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="133" />
            <source>a scanner needs a name</source>
            <translation>掃描器需要名稱</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="145" />
            <source>scanner {name}: {key} {value} is not a hex number</source>
            <translation>掃描器 {name}：{key} {value} 不是十六進位數</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="167" />
            <source>scanner {name}: {key} must be one of {allowed}, not {value}</source>
            <translation>掃描器 {name}：{key} 必須是 {allowed} 之一，而不是 {value}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scales/settings.py" line="14" />
            <source>scale {name}: {key} must be a string</source>
            <translation>秤 {name}：{key} 必須是字串</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scales/settings.py" line="15" />
            <source>scale {name}: {key} must be a whole number</source>
            <translation>秤 {name}：{key} 必須是整數</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scales/settings.py" line="16" />
            <source>scale {name}: {key} must be a number or a hex string</source>
            <translation>秤 {name}：{key} 必須是數字或十六進位字串</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scales/settings.py" line="27" />
            <source>scale {name}: {key} must be a number</source>
            <translation>秤 {name}：{key} 必須是數字</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scales/settings.py" line="35" />
            <source>scale {name}: {key} must be {low}..{high}</source>
            <translation>秤 {name}：{key} 必須介於 {low}..{high}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scales/settings.py" line="47" />
            <source>unknown scale setting(s): {keys}</source>
            <translation>未知的秤設定：{keys}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scales/settings.py" line="50" />
            <source>a scale needs a name</source>
            <translation>秤需要名稱</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scales/settings.py" line="62" />
            <source>scale {name}: {key} {value} is not a hex number</source>
            <translation>秤 {name}：{key} {value} 不是十六進位數</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scales/settings.py" line="74" />
            <source>scale {name}: protocol must be one of {allowed}</source>
            <translation>秤 {name}：protocol 必須是以下之一：{allowed}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scales/settings.py" line="80" />
            <source>scale {name}: set port or usb_vid/usb_pid/usb_serial</source>
            <translation>秤 {name}：請設定 port 或 usb_vid/usb_pid/usb_serial</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scales/settings.py" line="85" />
            <source>scale {name}: bytesize 7 or 8, parity N, E or O</source>
            <translation>秤 {name}：bytesize 為 7 或 8，parity 為 N、E 或 O</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scales/settings.py" line="87" />
            <source>scale {name}: stopbits must be 1 or 2</source>
            <translation>秤 {name}：stopbits 必須是 1 或 2</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/backup/settings.py" line="29" />
            <source>every_hours must be a number of hours, 0 to 744</source>
            <translation>every_hours 必須是 0 到 744 之間的小時數</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/backup/settings.py" line="37" />
            <source>keep must be a whole number, 1 to 10000</source>
            <translation>keep 必須是 1 到 10000 之間的整數</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/backup/settings.py" line="41" />
            <source>dir must be a folder path</source>
            <translation>dir 必須是資料夾路徑</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/central/connection.py" line="91" />
            <source>unknown [central] setting {key}</source>
            <translation>未知的 [central] 設定 {key}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/central/connection.py" line="101" />
            <source>[central] {key} must be a whole number</source>
            <translation>[central] {key} 必須是整數</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/central/connection.py" line="102" />
            <source>[central] {key} must be a number</source>
            <translation>[central] {key} 必須是數字</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/central/connection.py" line="103" />
            <source>[central] {key} must be a string</source>
            <translation>[central] {key} 必須是字串</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/central/connection.py" line="114" />
            <source>[central] sslmode must be one of {allowed}</source>
            <translation>[central] sslmode 必須是以下之一：{allowed}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/central/connection.py" line="117" />
            <source>[central] intervals must be positive</source>
            <translation>[central] 間隔必須為正數</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/central/connection.py" line="120" />
            <source>[central] backoff_cap_s &gt;= backoff_base_s and batch_size &gt;= 1</source>
            <translation>[central] 需滿足 backoff_cap_s &gt;= backoff_base_s 且 batch_size &gt;= 1</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/central/connection.py" line="126" />
            <source>[central] {key} must be {low}..{high}, not {value}</source>
            <translation>[central] {key} 必須介於 {low}..{high}，而不是 {value}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/central/connection.py" line="136" />
            <source>[central] url must be a postgresql:// URL</source>
            <translation>[central] url 必須是 postgresql:// URL</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/settings.py" line="52" />
            <source>printer URL {url}: scheme must be {allowed}</source>
            <translation>印表機 URL {url}：協定必須是 {allowed}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/settings.py" line="62" />
            <source>format must be one of {allowed}, got {value}</source>
            <translation>format 必須是 {allowed} 之一，實際為 {value}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/settings.py" line="67" />
            <source>dpi must be 100..1200, got {value}</source>
            <translation>dpi 必須介於 100..1200，實際為 {value}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/settings.py" line="70" />
            <source>size must be one of {allowed}, got {value}</source>
            <translation>size 必須是 {allowed} 之一，實際為 {value}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/settings.py" line="81" />
            <source>a printer is a URL or a table with url=, got {value}</source>
            <translation>印表機應為 URL 或含 url= 的表格，實際為 {value}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/settings.py" line="86" />
            <source>unknown printer setting(s) {keys}</source>
            <translation>未知的印表機設定 {keys}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/settings.py" line="93" />
            <source>dpi must be a whole number, got {value}</source>
            <translation>dpi 必須是整數，實際為 {value}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/settings.py" line="124" />
            <source>unknown label type(s) {types}; known: {known}</source>
            <translation>未知的標籤類型 {types}；已知：{known}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/printer_urls.py" line="21" />
            <source>printer URL {url}: the port must be 1..65535</source>
            <translation>印表機 URL {url}：連接埠必須介於 1..65535</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/printer_urls.py" line="30" />
            <source>not a cups://queue printer URL: {url}</source>
            <translation>不是 cups://佇列 印表機 URL：{url}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/printer_urls.py" line="34" />
            <source>printer URL {url}: a CUPS queue name has no spaces, / # \ or quotes and does not start with -</source>
            <translation>印表機 URL {url}：CUPS 佇列名稱不可含空格、/ # \ 或引號，也不可以 - 開頭</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/printer_urls.py" line="46" />
            <source>printer URL {url}: control characters or spaces around it</source>
            <translation>印表機 URL {url}：含控制字元或前後有空格</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/printer_urls.py" line="56" />
            <source>printer URL {url}: tcp://host:port, with a host name or address</source>
            <translation>印表機 URL {url}：應為 tcp://主機:連接埠，需有主機名稱或位址</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/printer_urls.py" line="66" />
            <source>printer URL {url}: tcp://host:port, nothing after the port</source>
            <translation>印表機 URL {url}：應為 tcp://主機:連接埠，連接埠後不可有內容</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/printer_urls.py" line="73" />
            <source>printer URL {url}: file:///absolute/folder on this computer</source>
            <translation>印表機 URL {url}：應為本機上的 file:///絕對/資料夾</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/pepper.py" line="37" />
            <source>the pepper file {path} is missing: copy the site's pepper there (or run `receiving-desk setup`)</source>
            <translation>pepper 金鑰檔案 {path} 不存在：請將站點的 pepper 複製到該處（或執行 `receiving-desk setup`）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/pepper.py" line="46" />
            <source>the pepper file {path} cannot be used: not a pepper</source>
            <translation>無法使用 pepper 金鑰檔案 {path}：內容不是 pepper</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/pepper.py" line="49" />
            <source>the pepper file {path} cannot be used: too short</source>
            <translation>無法使用 pepper 金鑰檔案 {path}：太短</translation>
        </message>
    </context>
    <context>
        <name>Refusals</name>
        <message>
            <location filename="../../src/receiving_desk/domain/refusals.py" line="27" />
            <source>a PIN is {low} to {high} digits</source>
            <translation>PIN 碼須為 {low} 到 {high} 位數字</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/bootstrap.py" line="283" />
            <location filename="../../src/receiving_desk/adapters/scanners/manager.py" line="100" />
            <source>two scanners may not have the same name: {names}</source>
            <translation>兩個掃描器不能同名：{names}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/bootstrap.py" line="294" />
            <source>two scales may not have the same name: {names}</source>
            <translation>兩台電子秤不能同名：{names}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/user_admin.py" line="24" />
            <source>badge {badge}: a badge code is BADGE- and 3 to 12 capital letters or digits ({example})</source>
            <translation>識別證 {badge}：識別證代碼為 BADGE- 加 3 到 12 個大寫字母或數字（{example}）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/user_admin.py" line="54" />
            <source>no user with badge {badge}</source>
            <translation>沒有使用者持有識別證 {badge}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/user_admin.py" line="70" />
            <location filename="../../src/receiving_desk/services/user_admin.py" line="86" />
            <source>a user needs a name</source>
            <translation>使用者需要姓名</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/user_admin.py" line="74" />
            <source>badge {badge} is taken</source>
            <translation>識別證 {badge} 已被使用</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/user_admin.py" line="90" />
            <source>this desk has users already: an admin adds more ({command})</source>
            <translation>此工作站已有使用者：請由管理員新增更多使用者（{command}）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/user_admin.py" line="133" />
            <source>you cannot deactivate yourself</source>
            <translation>不能停用自己</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/bin_admin.py" line="28" />
            <source>{column}: {problem}</source>
            <translation>{column}：{problem}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/bin_admin.py" line="29" />
            <source>{first}; {rest}</source>
            <translation>{first}；{rest}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/bin_admin.py" line="30" />
            <source>the bin was not added</source>
            <translation>儲位未新增</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/bin_labels.py" line="63" />
            <source>no bins chosen</source>
            <translation>未選擇儲位</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/site_setup.py" line="78" />
            <source>unknown settings: {keys}</source>
            <translation>未知的設定：{keys}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/station.py" line="69" />
            <source>this desk keeps no scales</source>
            <translation>此工作站不使用電子秤</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/rules_admin.py" line="137" />
            <source>it cannot be read: {reason}</source>
            <translation>無法讀取：{reason}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/rules_admin.py" line="139" />
            <source>it is not UTF-8 text</source>
            <translation>不是 UTF-8 文字</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/rules_admin.py" line="156" />
            <source>the rules in force could not be replaced with it: {reason}</source>
            <translation>無法用它取代現行規則：{reason}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/photos.py" line="36" />
            <source>not a photo ({kinds})</source>
            <translation>不是照片（{kinds}）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/photos.py" line="39" />
            <source>the file is empty</source>
            <translation>檔案是空的</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/photos.py" line="43" />
            <source>{size} bytes, more than {limit}</source>
            <translation>{size} 位元組，超過上限 {limit}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/desk_printer.py" line="74" />
            <source>no label printer here</source>
            <translation>此處沒有標籤印表機</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/station_printers.py" line="64" />
            <source>the test label could not be sent: {reason}</source>
            <translation>無法傳送測試標籤：{reason}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/central/admin_work.py" line="172" />
            <source>the central database {database} refused: {problem}</source>
            <translation>中央資料庫 {database} 拒絕了操作：{problem}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/central/setup_probe.py" line="49" />
            <source>a central database needs a URL</source>
            <translation>中央資料庫需要 URL</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/central/setup_probe.py" line="65" />
            <source>{database}: no Receiving Desk schema there (run {command})</source>
            <translation>{database}：那裡沒有 Receiving Desk 的資料庫結構（請執行 {command}）</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/central/setup_probe.py" line="92" />
            <source>the central database {database} could not be reached: {problem}</source>
            <translation>無法連線中央資料庫 {database}：{problem}</translation>
        </message>
    </context>
</TS>
