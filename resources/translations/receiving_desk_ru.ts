<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
    <context>
        <name>AdminDialog</name>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="247" />
            <source>Administration</source>
            <translation>Администрирование</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="252" />
            <source>Users</source>
            <translation>Пользователи</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="253" />
            <source>Reference data</source>
            <translation>Справочные данные</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="255" />
            <source>Bins</source>
            <translation>Ячейки</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="257" />
            <source>Rules</source>
            <translation>Правила</translation>
        </message>
    </context>
    <context>
        <name>AdminStep</name>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="51" />
            <source>Create the admin and log in</source>
            <translation>Создать администратора и войти</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="52" />
            <source>Open the badge card to print it</source>
            <translation>Открыть карточку бейджа для печати</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="56" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="57" />
            <source>Badge code</source>
            <translation>Код бейджа</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="58" />
            <source>PIN</source>
            <translation>PIN-код</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="59" />
            <source>PIN again</source>
            <translation>PIN-код ещё раз</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="63" />
            <source>This desk has no users yet. Create its first administrator: they log in with the badge card printed now and their PIN, and add everyone else.</source>
            <translation>На этом рабочем месте ещё нет пользователей. Создайте первого администратора: он входит по карточке бейджа, напечатанной сейчас, и своему PIN-коду и добавляет всех остальных.</translation>
        </message>
    </context>
    <context>
        <name>BackupStatusLabel</name>
        <message>
            <location filename="../../src/receiving_desk/gui/backup_status.py" line="31" />
            <source>Backup: running…</source>
            <translation>Резервная копия: создаётся…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/backup_status.py" line="33" />
            <source>Backup: not scheduled</source>
            <translation>Резервная копия: не запланирована</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/backup_status.py" line="35" />
            <source>Backup: checking…</source>
            <translation>Резервная копия: проверка…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/backup_status.py" line="37" />
            <source>Backup: none yet</source>
            <translation>Резервная копия: ещё нет</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/backup_status.py" line="45" />
            <source>Backup overdue: last {0}</source>
            <translation>Резервная копия просрочена: последняя {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/backup_status.py" line="46" />
            <source>Backup: {0}</source>
            <translation>Резервная копия: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/backup_status.py" line="57" />
            <source>Last error: {0}</source>
            <translation>Последняя ошибка: {0}</translation>
        </message>
    </context>
    <context>
        <name>BinsPage</name>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="43" />
            <source>Every zone</source>
            <translation>Все зоны</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="49" />
            <source>Bin</source>
            <translation>Ячейка</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="49" />
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="66" />
            <source>Zone</source>
            <translation>Зона</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="49" />
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="58" />
            <source>Print labels (ZPL, to the label printer)</source>
            <translation>Печать этикеток (ZPL, на принтер этикеток)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="59" />
            <source>Save labels as PDF…</source>
            <translation>Сохранить этикетки в PDF…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="60" />
            <source>Open the PDF</source>
            <translation>Открыть PDF</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="71" />
            <source>Labels for the chosen bins; none chosen: every bin listed</source>
            <translation>Этикетки для выбранных ячеек; если ничего не выбрано — для всех ячеек в списке</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="115" />
            <source>Queueing %n bin label…</source>
            <translation>
                <numerusform>Ставится в очередь %n этикетка ячейки…</numerusform>
                <numerusform>Ставятся в очередь %n этикетки ячеек…</numerusform>
                <numerusform>Ставятся в очередь %n этикеток ячеек…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="117" />
            <source>Queueing %n bin labels…</source>
            <translation>
                <numerusform>Ставится в очередь %n этикетка ячейки…</numerusform>
                <numerusform>Ставятся в очередь %n этикетки ячеек…</numerusform>
                <numerusform>Ставятся в очередь %n этикеток ячеек…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="123" />
            <source>%n bin label sent to the label printer</source>
            <translation>
                <numerusform>%n этикетка ячейки отправлена на принтер этикеток</numerusform>
                <numerusform>%n этикетки ячеек отправлены на принтер этикеток</numerusform>
                <numerusform>%n этикеток ячеек отправлено на принтер этикеток</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="125" />
            <source>%n bin labels sent to the label printer</source>
            <translation>
                <numerusform>%n этикетка ячейки отправлена на принтер этикеток</numerusform>
                <numerusform>%n этикетки ячеек отправлены на принтер этикеток</numerusform>
                <numerusform>%n этикеток ячеек отправлено на принтер этикеток</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="149" />
            <source>Drawing %n bin label…</source>
            <translation>
                <numerusform>Рисуется %n этикетка ячейки…</numerusform>
                <numerusform>Рисуются %n этикетки ячеек…</numerusform>
                <numerusform>Рисуются %n этикеток ячеек…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="151" />
            <source>Drawing %n bin labels…</source>
            <translation>
                <numerusform>Рисуется %n этикетка ячейки…</numerusform>
                <numerusform>Рисуются %n этикетки ячеек…</numerusform>
                <numerusform>Рисуются %n этикеток ячеек…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="133" />
            <source>Save bin labels</source>
            <translation>Сохранить этикетки ячеек</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="135" />
            <source>PDF files (*.pdf)</source>
            <translation>Файлы PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_bins.py" line="169" />
            <source>Bin labels saved: {0}</source>
            <translation>Этикетки ячеек сохранены: {0}</translation>
        </message>
    </context>
    <context>
        <name>CameraDialog</name>
        <message>
            <location filename="../../src/receiving_desk/gui/camera_dialog.py" line="33" />
            <source>Photo of the unit — {0}</source>
            <translation>Фото единицы — {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/camera_dialog.py" line="42" />
            <source>Take photo (Space)</source>
            <translation>Сделать фото (пробел)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/camera_dialog.py" line="52" />
            <source>Camera: {0}</source>
            <translation>Камера: {0}</translation>
        </message>
    </context>
    <context>
        <name>CentralForm</name>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="101" />
            <source>Standalone: this desk keeps its own data</source>
            <translation>Автономно: рабочее место хранит свои данные само</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="102" />
            <source>Central returns database</source>
            <translation>Центральная база возвратов</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="107" />
            <source>a file holding only the password</source>
            <translation>файл, в котором только пароль</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="108" />
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="113" />
            <source>Test the connection</source>
            <translation>Проверить подключение</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="114" />
            <source>Pull the reference data now</source>
            <translation>Загрузить справочные данные сейчас</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="115" />
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="124" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="125" />
            <source>Password file</source>
            <translation>Файл пароля</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="146" />
            <source>The central database's password file</source>
            <translation>Файл пароля центральной базы</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="165" />
            <source>Pulling {0}: {1} of {2} rows</source>
            <translation>Загрузка {0}: {1} из {2} строк</translation>
        </message>
    </context>
    <context>
        <name>DrillDialog</name>
        <message>
            <location filename="../../src/receiving_desk/gui/report_widgets.py" line="96" />
            <source>Returns behind the number</source>
            <translation>Возвраты за этим числом</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_widgets.py" line="103" />
            <source>Evidence pack of the selected return</source>
            <translation>Пакет доказательств выбранного возврата</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_widgets.py" line="106" />
            <source>Show more</source>
            <translation>Показать ещё</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_widgets.py" line="110" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
    </context>
    <context>
        <name>ErrorPresenter</name>
        <message>
            <location filename="../../src/receiving_desk/gui/error_presenter.py" line="93" />
            <source>Receiving Desk — unexpected error</source>
            <translation>Приёмка возвратов — непредвиденная ошибка</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/error_presenter.py" line="96" />
            <source>Something went wrong inside the desk. Your work up to the last confirmed step is saved. Please tell your supervisor; the details are in the log.</source>
            <translation>В программе произошла ошибка. Работа до последнего подтверждённого шага сохранена. Сообщите руководителю; подробности — в журнале.</translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="38" />
            <source>Products</source>
            <translation>Товары</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="39" />
            <source>Customers</source>
            <translation>Клиенты</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="40" />
            <source>Returns (RMAs with their lines)</source>
            <translation>Возвраты (RMA со строками)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="41" />
            <source>Bins</source>
            <translation>Ячейки</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="57" />
            <source>a CSV file, or a Shopify products export</source>
            <translation>файл CSV или выгрузка товаров Shopify</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="58" />
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="63" />
            <source>Import the good rows and skip the bad ones</source>
            <translation>Импортировать верные строки, пропустить ошибочные</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="64" />
            <source>Only check the file</source>
            <translation>Только проверить файл</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="65" />
            <source>Import</source>
            <translation>Импортировать</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="73" />
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="74" />
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="82" />
            <source>Problems (file:line: column: problem)</source>
            <translation>Ошибки (файл:строка: столбец: ошибка)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="87" />
            <source>Reference data file</source>
            <translation>Файл справочных данных</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="89" />
            <source>CSV files (*.csv *.txt)</source>
            <translation>Файлы CSV (*.csv *.txt)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="98" />
            <source>Read {0} rows; checking every row…</source>
            <translation>Прочитано строк: {0}; проверка каждой строки…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="99" />
            <source>Checked {0} rows; writing…</source>
            <translation>Проверено строк: {0}; запись…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="100" />
            <source>Written: {0} rows</source>
            <translation>Записано строк: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="112" />
            <source>Reading {0}…</source>
            <translation>Чтение {0}…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="141" />
            <source>%n problem: nothing imported from {0}</source>
            <translation>
                <numerusform>%n ошибка: из {0} ничего не импортировано</numerusform>
                <numerusform>%n ошибки: из {0} ничего не импортировано</numerusform>
                <numerusform>%n ошибок: из {0} ничего не импортировано</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="143" />
            <source>%n problems: nothing imported from {0}</source>
            <translation>
                <numerusform>%n ошибка: из {0} ничего не импортировано</numerusform>
                <numerusform>%n ошибки: из {0} ничего не импортировано</numerusform>
                <numerusform>%n ошибок: из {0} ничего не импортировано</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="147" />
            <source>%n row valid; nothing written (check only): {0}</source>
            <translation>
                <numerusform>%n строка верна; ничего не записано (только проверка): {0}</numerusform>
                <numerusform>%n строки верны; ничего не записано (только проверка): {0}</numerusform>
                <numerusform>%n строк верны; ничего не записано (только проверка): {0}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="149" />
            <source>%n rows valid; nothing written (check only): {0}</source>
            <translation>
                <numerusform>%n строка верна; ничего не записано (только проверка): {0}</numerusform>
                <numerusform>%n строки верны; ничего не записано (только проверка): {0}</numerusform>
                <numerusform>%n строк верны; ничего не записано (только проверка): {0}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="153" />
            <source>%n row imported from {0}; bad rows skipped on lines {1}</source>
            <translation>
                <numerusform>Из {0} импортирована %n строка; пропущены ошибочные строки {1}</numerusform>
                <numerusform>Из {0} импортированы %n строки; пропущены ошибочные строки {1}</numerusform>
                <numerusform>Из {0} импортировано %n строк; пропущены ошибочные строки {1}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="155" />
            <source>%n rows imported from {0}; bad rows skipped on lines {1}</source>
            <translation>
                <numerusform>Из {0} импортирована %n строка; пропущены ошибочные строки {1}</numerusform>
                <numerusform>Из {0} импортированы %n строки; пропущены ошибочные строки {1}</numerusform>
                <numerusform>Из {0} импортировано %n строк; пропущены ошибочные строки {1}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="159" />
            <source>%n row imported from {0}; {1} changed</source>
            <translation>
                <numerusform>Из {0} импортирована %n строка; изменено: {1}</numerusform>
                <numerusform>Из {0} импортированы %n строки; изменено: {1}</numerusform>
                <numerusform>Из {0} импортировано %n строк; изменено: {1}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/admin_imports.py" line="161" />
            <source>%n rows imported from {0}; {1} changed</source>
            <translation>
                <numerusform>Из {0} импортирована %n строка; изменено: {1}</numerusform>
                <numerusform>Из {0} импортированы %n строки; изменено: {1}</numerusform>
                <numerusform>Из {0} импортировано %n строк; изменено: {1}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KpiTiles</name>
        <message>
            <location filename="../../src/receiving_desk/gui/report_tiles.py" line="89" />
            <source>Double-click for the returns behind this number</source>
            <translation>Дважды щёлкните, чтобы увидеть возвраты за этим числом</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_tiles.py" line="96" />
            <source>no figure for
the previous period</source>
            <translation>нет данных
за прошлый период</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_tiles.py" line="100" />
            <source>same as the
previous period (0)</source>
            <translation>как в прошлом
периоде (0)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_tiles.py" line="101" />
            <source>new: none in
the previous period</source>
            <translation>новое: в прошлом
периоде не было</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_tiles.py" line="104" />
            <source>%1 %2%
vs previous period (%3)</source>
            <translation>%1 %2%
к пред. периоду (%3)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="115" />
            <source>Receiving Desk — {0}</source>
            <translation>Приёмка возвратов — {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="117" />
            <source>No sound: no audio device</source>
            <translation>Нет звука: нет аудиоустройства</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="194" />
            <source>Play the demo scan script</source>
            <translation>Воспроизвести демо-сценарий сканирования</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="197" />
            <source>Administration…</source>
            <translation>Администрирование…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="248" />
            <source>Void return</source>
            <translation>Аннулировать возврат</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="249" />
            <source>Why is this return voided? (audited)</source>
            <translation>Почему возврат аннулируется? (записывается в аудит)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="260" />
            <location filename="../../src/receiving_desk/gui/main_window.py" line="279" />
            <source>Add a photo of the unit</source>
            <translation>Добавить фото единицы</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="261" />
            <source>Camera</source>
            <translation>Камера</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="262" />
            <source>From a file…</source>
            <translation>Из файла…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="280" />
            <source>Photos (*.jpg *.jpeg *.png *.webp *.heic)</source>
            <translation>Фото (*.jpg *.jpeg *.png *.webp *.heic)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="438" />
            <source>The local database takes scans again</source>
            <translation>Локальная база данных снова принимает сканы</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="307" />
            <source>Sync requested</source>
            <translation>Синхронизация запрошена</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="92" />
            <source>Station {0}</source>
            <translation>Станция {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="398" />
            <source>About Receiving Desk</source>
            <translation>О программе «Приёмка возвратов»</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="400" />
            <source>Receiving Desk {0}
Data: {1}</source>
            <translation>Приёмка возвратов {0}
Данные: {1}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="408" />
            <source>Logged in: {0} ({1})</source>
            <translation>Вход выполнен: {0} ({1})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="410" />
            <source>Not logged in</source>
            <translation>Вход не выполнен</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="428" />
            <source>Scanner {0} disconnected — check its cable</source>
            <translation>Сканер {0} отключён — проверьте кабель</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/main_window.py" line="431" />
            <source>Scanner {0} connected</source>
            <translation>Сканер {0} подключён</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="9" />
            <source>Receiving Desk</source>
            <translation>Приёмка возвратов</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="24" />
            <source>&amp;Desk</source>
            <translation>&amp;Приёмка</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="34" />
            <source>&amp;Return</source>
            <translation>&amp;Возврат</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="41" />
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="51" />
            <source>Log &amp;out</source>
            <translation>&amp;Выйти из системы</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="52" />
            <source>Ctrl+L</source>
            <translation>Ctrl+L</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="55" />
            <source>&amp;Reports… (supervisor)</source>
            <translation>&amp;Отчёты… (руководитель)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="56" />
            <source>Ctrl+R</source>
            <translation>Ctrl+R</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="59" />
            <source>S&amp;tock…</source>
            <translation>&amp;Остатки…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="60" />
            <source>Ctrl+K</source>
            <translation>Ctrl+K</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="63" />
            <source>Sync &amp;now (supervisor)</source>
            <translation>&amp;Синхронизировать сейчас (руководитель)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="64" />
            <source>Ctrl+Shift+S</source>
            <translation>Ctrl+Shift+S</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="67" />
            <source>&amp;Settings…</source>
            <translation>&amp;Настройки…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="68" />
            <source>Ctrl+,</source>
            <translation>Ctrl+,</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="71" />
            <source>&amp;Quit</source>
            <translation>&amp;Закрыть</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="72" />
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="75" />
            <source>&amp;Complete return</source>
            <translation>&amp;Завершить возврат</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="76" />
            <source>F12</source>
            <translation>F12</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="79" />
            <source>&amp;Undo last scan</source>
            <translation>&amp;Отменить последний скан</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="80" />
            <source>Ctrl+Z</source>
            <translation>Ctrl+Z</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="83" />
            <source>&amp;Void return… (supervisor)</source>
            <translation>&amp;Аннулировать возврат… (руководитель)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="84" />
            <source>Ctrl+Shift+V</source>
            <translation>Ctrl+Shift+V</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="87" />
            <source>Open &amp;log folder</source>
            <translation>Открыть папку &amp;журналов</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.ui" line="90" />
            <source>&amp;About Receiving Desk</source>
            <translation>&amp;О программе</translation>
        </message>
    </context>
    <context>
        <name>MixCharts</name>
        <message>
            <location filename="../../src/receiving_desk/gui/report_charts.py" line="110" />
            <source>Grade mix (units)</source>
            <translation>Распределение по категориям (единицы)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_charts.py" line="124" />
            <source>Disposition mix (units, after overrides)</source>
            <translation>Распределение по решениям (единицы, с учётом изменений)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_charts.py" line="126" />
            <location filename="../../src/receiving_desk/gui/report_charts.py" line="151" />
            <source>Units</source>
            <translation>Единицы</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_charts.py" line="149" />
            <source>Units inspected per hour</source>
            <translation>Проверено единиц в час</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_charts.py" line="150" />
            <source>Units inspected per day</source>
            <translation>Проверено единиц в день</translation>
        </message>
    </context>
    <context>
        <name>OverrideDialog</name>
        <message>
            <location filename="../../src/receiving_desk/gui/override_dialog.py" line="21" />
            <source>Override the disposition (supervisor, audited)</source>
            <translation>Изменить решение (руководитель, с записью в аудит)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/override_dialog.py" line="26" />
            <source>Why (required)</source>
            <translation>Причина (обязательно)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/override_dialog.py" line="33" />
            <source>New disposition</source>
            <translation>Новое решение</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/override_dialog.py" line="34" />
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
    </context>
    <context>
        <name>ParcelPanel</name>
        <message>
            <location filename="../../src/receiving_desk/gui/parcel_panel.py" line="127" />
            <source>Blind receipt (no RMA)</source>
            <translation>Слепая приёмка (без RMA)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/parcel_panel.py" line="147" />
            <source>Inside: day {0} of {1} ({2} left)</source>
            <translation>В сроке: день {0} из {1} (осталось дней: {2})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/parcel_panel.py" line="152" />
            <source>Late: day {0} of {1}, accepted by loyalty leniency (+{2})</source>
            <translation>Опоздание: день {0} из {1}, принят по льготе лояльности (+{2})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/parcel_panel.py" line="157" />
            <source>OUTSIDE: day {0} of {1}</source>
            <translation>ВНЕ СРОКА: день {0} из {1}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/parcel_panel.py" line="203" />
            <source>Discrepancies</source>
            <translation>Расхождения</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/parcel_panel.py" line="215" />
            <source>→ {0} (staged)</source>
            <translation>→ {0} (в зоне накопления)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/parcel_panel.py" line="234" />
            <source>Unit {0}: {1} — {2} ({3})</source>
            <translation>Единица {0}: {1} — {2} ({3})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/parcel_panel.py" line="256" />
            <source>Yes</source>
            <translation>Да</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/parcel_panel.py" line="256" />
            <source>No</source>
            <translation>Нет</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/parcel_panel.py" line="290" />
            <source>Unit {0} (grade {1}): {2}</source>
            <translation>Единица {0} (категория {1}): {2}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/parcel_panel.py" line="294" />
            <source>(override of {0}: {1})</source>
            <translation>(вместо «{0}»: {1})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/parcel_panel.py" line="299" />
            <source>Why: {0} — rule {1}, rules version {2}</source>
            <translation>Почему: {0} — правило {1}, версия правил {2}</translation>
        </message>
    </context>
    <context>
        <name>PrinterRow</name>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_settings.py" line="50" />
            <source>Print test label</source>
            <translation>Печать тестовой этикетки</translation>
        </message>
    </context>
    <context>
        <name>PrinterSettingsPage</name>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_settings.py" line="87" />
            <source>Labels</source>
            <translation>Этикетки</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_settings.py" line="88" />
            <source>Printer URL</source>
            <translation>URL принтера</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_settings.py" line="89" />
            <source>Format</source>
            <translation>Формат</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_settings.py" line="90" />
            <source>dpi</source>
            <translation>dpi</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_settings.py" line="91" />
            <source>Label size</source>
            <translation>Размер этикетки</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_settings.py" line="108" />
            <source>Save and apply</source>
            <translation>Сохранить и применить</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_settings.py" line="116" />
            <source>An empty row uses the default printer. Without a default, labels are written as PDF files into the station's labels folder.</source>
            <translation>Пустая строка — принтер по умолчанию. Если он не задан, этикетки сохраняются PDF-файлами в папку этикеток станции.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_settings.py" line="133" />
            <source>no printer</source>
            <translation>нет принтера</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_settings.py" line="135" />
            <source>printing…</source>
            <translation>печать…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_settings.py" line="140" />
            <source>not printed: {0}</source>
            <translation>не напечатано: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_settings.py" line="146" />
            <source>printed ({0})</source>
            <translation>напечатано ({0})</translation>
        </message>
    </context>
    <context>
        <name>PrinterStatus</name>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_status.py" line="28" />
            <source>, {0} waiting</source>
            <translation>, в очереди: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_status.py" line="29" />
            <source>Printer {0}: {1}</source>
            <translation>Принтер {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_status.py" line="38" />
            <source>not asked yet</source>
            <translation>ещё не опрошен</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_status.py" line="39" />
            <source>ready</source>
            <translation>готов</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_status.py" line="40" />
            <source>paper out</source>
            <translation>нет бумаги</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_status.py" line="41" />
            <source>ribbon out</source>
            <translation>нет ленты</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_status.py" line="42" />
            <source>head open</source>
            <translation>открыта головка</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_status.py" line="43" />
            <source>paused</source>
            <translation>приостановлен</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_status.py" line="44" />
            <source>error</source>
            <translation>ошибка</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_status.py" line="45" />
            <source>offline</source>
            <translation>не в сети</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/printer_status.py" line="46" />
            <source>not responding</source>
            <translation>не отвечает</translation>
        </message>
    </context>
    <context>
        <name>ReceivingView</name>
        <message>
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="150" />
            <source>Line</source>
            <translation>Строка</translation>
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
            <translation>Описание</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="153" />
            <source>Declared</source>
            <translation>Заявлено</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="154" />
            <source>Received</source>
            <translation>Получено</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="155" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="156" />
            <source>Customer's reason</source>
            <translation>Причина клиента</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="159" />
            <source>#</source>
            <translation>№</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="162" />
            <source>Match</source>
            <translation>Соответствие</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="163" />
            <source>Grade</source>
            <translation>Категория</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="164" />
            <source>Disposition</source>
            <translation>Решение</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="165" />
            <source>LPN</source>
            <translation>LPN</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="166" />
            <source>Bin</source>
            <translation>Ячейка</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="250" />
            <source>Last scan: {0}</source>
            <translation>Последний скан: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/receiving_view.py" line="252" />
            <source>Last scan ({0}): {1}</source>
            <translation>Последний скан ({0}): {1}</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="19" />
            <source>Scan your badge</source>
            <translation>Отсканируйте бейдж</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="34" />
            <source>Scan or type a barcode, then Enter</source>
            <translation>Отсканируйте или введите штрихкод и нажмите Enter</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="123" />
            <source>Parcel</source>
            <translation>Посылка</translation>
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
            <translation>Заказ</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="129" />
            <source>Customer</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="131" />
            <source>Loyalty tier</source>
            <translation>Уровень лояльности</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="133" />
            <source>Delivered</source>
            <translation>Доставлено</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="135" />
            <source>Return window</source>
            <translation>Срок возврата</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="144" />
            <source>Declared lines</source>
            <translation>Заявленные строки</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="152" />
            <source>Scanned units</source>
            <translation>Отсканированные единицы</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="58" />
            <source>Checklist</source>
            <translation>Чек-лист</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="64" />
            <source>Found condition</source>
            <translation>Выявленное состояние</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="70" />
            <source>Current unit</source>
            <translation>Текущая единица</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="82" />
            <source>Note (optional), saved with the grade</source>
            <translation>Примечание (необязательно)</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="87" />
            <source>Add photo…</source>
            <translation>Добавить фото…</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="166" />
            <source>A — as new [1]</source>
            <translation>A — как новый [1]</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="167" />
            <source>B — open box [2]</source>
            <translation>B — вскрытый [2]</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="168" />
            <source>C — worn [3]</source>
            <translation>C — с износом [3]</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="169" />
            <source>D — defective [4]</source>
            <translation>D — брак [4]</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="170" />
            <source>Scrap [5]</source>
            <translation>Утиль [5]</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="180" />
            <source>Override… (supervisor)</source>
            <translation>Изменить… (руководитель)</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="181" />
            <source>Set aside</source>
            <translation>Отложить</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="182" />
            <source>Undo last scan [Ctrl+Z]</source>
            <translation>Отменить скан [Ctrl+Z]</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="183" />
            <source>Complete return [F12]</source>
            <translation>Завершить возврат [F12]</translation>
        </message>
        <message>
            <location filename="../../ui/receiving_view.ui" line="184" />
            <source>Complete anyway</source>
            <translation>Всё равно завершить</translation>
        </message>
    </context>
    <context>
        <name>ReportExporter</name>
        <message>
            <location filename="../../src/receiving_desk/gui/report_export.py" line="57" />
            <source>Export failed: %1</source>
            <translation>Не удалось экспортировать: %1</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_export.py" line="66" />
            <source>Saved %1</source>
            <translation>Сохранено: %1</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_export.py" line="70" />
            <source>Saved %1 CSV files in %2</source>
            <translation>Сохранено в %2 CSV-файлов: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/report_export.py" line="80" />
            <source>Printed %n page</source>
            <translation>
                <numerusform>Напечатана %n страница</numerusform>
                <numerusform>Напечатаны %n страницы</numerusform>
                <numerusform>Напечатано %n страниц</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/report_export.py" line="82" />
            <source>Printed %n pages</source>
            <translation>
                <numerusform>Напечатана %n страница</numerusform>
                <numerusform>Напечатаны %n страницы</numerusform>
                <numerusform>Напечатано %n страниц</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_export.py" line="99" />
            <source>Export PDF</source>
            <translation>Экспорт в PDF</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_export.py" line="105" />
            <source>Export CSV (one ZIP file)</source>
            <translation>Экспорт в CSV (один ZIP-файл)</translation>
        </message>
    </context>
    <context>
        <name>ReportNames</name>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="20" />
            <source>Parcels received</source>
            <translation>Получено посылок</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="21" />
            <source>Units inspected</source>
            <translation>Проверено единиц</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="22" />
            <source>Active clerk time</source>
            <translation>Активное время приёмщиков</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="23" />
            <source>Units per clerk-hour</source>
            <translation>Единиц на час приёмщика</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="24" />
            <source>Units returned to stock</source>
            <translation>Возвращено на склад, ед.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="25" />
            <source>Value returned to stock</source>
            <translation>Сумма возврата на склад</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="26" />
            <location filename="../../src/receiving_desk/gui/report_names.py" line="67" />
            <source>Refund recommendations</source>
            <translation>Рекомендации возмещения</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="27" />
            <location filename="../../src/receiving_desk/gui/report_names.py" line="91" />
            <source>Refund value</source>
            <translation>Сумма возмещения</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="28" />
            <source>Returns flagged</source>
            <translation>Помеченные возвраты</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="29" />
            <source>Returns with fraud indicators</source>
            <translation>Возвраты с признаками мошенничества</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="30" />
            <source>Outside the return window</source>
            <translation>Вне срока возврата</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="31" />
            <source>Accepted by leniency</source>
            <translation>Принято по льготе</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="32" />
            <location filename="../../src/receiving_desk/gui/report_names.py" line="73" />
            <source>Supervisor overrides</source>
            <translation>Изменения решений руководителем</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="33" />
            <location filename="../../src/receiving_desk/gui/report_names.py" line="75" />
            <source>Voided returns</source>
            <translation>Аннулированные возвраты</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="34" />
            <source>Labels printed</source>
            <translation>Напечатано этикеток</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="35" />
            <source>Reprints</source>
            <translation>Перепечатки</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="36" />
            <source>Sync backlog</source>
            <translation>Очередь синхронизации</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="37" />
            <source>Oldest unsent</source>
            <translation>Старейшее неотправленное</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="41" />
            <source>Grader agreement (blind audits)</source>
            <translation>Согласованность оценок (слепые проверки)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="42" />
            <source>Blind audits</source>
            <translation>Слепые проверки</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="43" />
            <source>Gold calibration grades</source>
            <translation>Калибровочные оценки (эталон)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="44" />
            <source>Agreement %</source>
            <translation>Совпадение, %</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="45" />
            <source>Weighted kappa (quadratic), all pairs</source>
            <translation>Взвешенная каппа (квадратичная), все пары</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="46" />
            <source>Fleiss' kappa, all graders</source>
            <translation>Каппа Флейса, все оценщики</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="47" />
            <source>Agreement per clerk</source>
            <translation>Совпадение по сотрудникам</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="48" />
            <source>Audits</source>
            <translation>Проверки</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="49" />
            <source>Agreed</source>
            <translation>Совпало</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="50" />
            <source>Agreement per pair of clerks</source>
            <translation>Совпадение по парам сотрудников</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="51" />
            <source>Other clerk</source>
            <translation>Другой сотрудник</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="52" />
            <source>Weighted kappa</source>
            <translation>Взвешенная каппа</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="53" />
            <source>Agreement per category</source>
            <translation>Совпадение по категориям</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="54" />
            <source>Most frequent grade confusions</source>
            <translation>Самые частые путаницы оценок</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="55" />
            <source>Grades</source>
            <translation>Оценки</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="56" />
            <source>Times</source>
            <translation>Раз</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="57" />
            <source>Share of disagreements %</source>
            <translation>Доля расхождений, %</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="58" />
            <source>Agreement by hour of the shift</source>
            <translation>Совпадение по часам смены</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="59" />
            <source>Hour</source>
            <translation>Час</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="60" />
            <source>Gold set: clerks against the supervisor's grade</source>
            <translation>Эталонный набор: сотрудники против оценки руководителя</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="61" />
            <source>Gold units</source>
            <translation>Эталонные единицы</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="62" />
            <source>Summary</source>
            <translation>Сводка</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="63" />
            <source>Parcels received, by state</source>
            <translation>Полученные посылки по состояниям</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="64" />
            <source>Clerks: units per active hour</source>
            <translation>Приёмщики: единиц в активный час</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="65" />
            <source>Grade mix</source>
            <translation>Распределение по категориям</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="66" />
            <source>Disposition mix (after overrides)</source>
            <translation>Распределение по решениям (с учётом изменений)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="68" />
            <source>Return window</source>
            <translation>Срок возврата</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="69" />
            <source>Discrepancies and fraud flags (completed returns)</source>
            <translation>Расхождения и признаки мошенничества (завершённые возвраты)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="70" />
            <source>Top return reasons by product, against the previous period</source>
            <translation>Главные причины возврата по товарам (к прошлому периоду)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="71" />
            <source>Top return reasons by category, against the previous period</source>
            <translation>Главные причины возврата по группам товаров (к прошлому периоду)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="72" />
            <source>Products whose defect returns stand out from their category</source>
            <translation>Товары, чьи возвраты по браку выделяются в их группе</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="74" />
            <source>Latest supervisor overrides (all of them in the drill-down)</source>
            <translation>Последние изменения решений руководителем (все — в детализации)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="76" />
            <source>Audited actions</source>
            <translation>Действия, записанные в аудит</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="77" />
            <source>Figure</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="78" />
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="79" />
            <source>Unit</source>
            <translation>Ед. изм.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="80" />
            <source>State</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="81" />
            <source>Parcels</source>
            <translation>Посылки</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="82" />
            <source>Clerk</source>
            <translation>Приёмщик</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="83" />
            <source>Units</source>
            <translation>Единицы</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="84" />
            <source>Active hours</source>
            <translation>Активные часы</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="85" />
            <source>Units per hour</source>
            <translation>Единиц в час</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="86" />
            <source>Minutes per unit</source>
            <translation>Минут на единицу</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="87" />
            <source>Overridden %</source>
            <translation>Изменено, %</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="88" />
            <source>Grade</source>
            <translation>Категория</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="89" />
            <source>Share %</source>
            <translation>Доля, %</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="90" />
            <source>Goods value</source>
            <translation>Стоимость товара</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="92" />
            <source>Disposition</source>
            <translation>Решение</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="93" />
            <source>Recommendation</source>
            <translation>Рекомендация</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="94" />
            <source>Window</source>
            <translation>Срок</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="95" />
            <source>Flag</source>
            <translation>Отметка</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="96" />
            <source>Fraud indicator</source>
            <translation>Признак мошенничества</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="97" />
            <source>Returns</source>
            <translation>Возвраты</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="98" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="99" />
            <source>Product</source>
            <translation>Товар</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="100" />
            <source>Category</source>
            <translation>Группа товаров</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="101" />
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="102" />
            <source>Previous period</source>
            <translation>Прошлый период</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="103" />
            <source>Change</source>
            <translation>Изменение</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="104" />
            <source>Trend</source>
            <translation>Тренд</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="105" />
            <source>Defect reasons</source>
            <translation>Причины брака</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="106" />
            <source>Defect share %</source>
            <translation>Доля брака, %</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="107" />
            <source>Category defect share %</source>
            <translation>Доля брака в группе, %</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="108" />
            <source>RMA</source>
            <translation>RMA</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="109" />
            <source>Proposed</source>
            <translation>Предложено</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="110" />
            <source>Chosen</source>
            <translation>Выбрано</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="111" />
            <source>By</source>
            <translation>Кто</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="112" />
            <source>At</source>
            <translation>Когда</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="113" />
            <source>Station</source>
            <translation>Станция</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="114" />
            <source>Opened by</source>
            <translation>Открыл</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="115" />
            <source>Voided at</source>
            <translation>Аннулирован</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="116" />
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="117" />
            <source>Count</source>
            <translation>Количество</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="118" />
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="71" />
            <source>parcels</source>
            <translation>посылки</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="119" />
            <source>units</source>
            <translation>единицы</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="120" />
            <source>hours</source>
            <translation>часы</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="121" />
            <source>units/hour</source>
            <translation>единиц/ч</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="122" />
            <source>labels</source>
            <translation>этикетки</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="123" />
            <source>messages</source>
            <translation>сообщения</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="124" />
            <source>local time</source>
            <translation>местное время</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="125" />
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="126" />
            <source>new</source>
            <translation>новое</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="127" />
            <source>up</source>
            <translation>рост</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="128" />
            <source>down</source>
            <translation>снижение</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="129" />
            <source>same</source>
            <translation>без изменений</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="130" />
            <source>(blind)</source>
            <translation>(слепая)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="134" />
            <source>Shift report — {0}</source>
            <translation>Отчёт за смену — {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="135" />
            <source>Page {0} of {1}</source>
            <translation>Страница {0} из {1}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="136" />
            <source>{0} · generated {1}</source>
            <translation>{0} · создан {1}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="137" />
            <source>none in this period</source>
            <translation>нет за этот период</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="138" />
            <source>Grade mix (units)</source>
            <translation>Оценки (единиц)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="139" />
            <source>Disposition mix (units, after overrides)</source>
            <translation>Решения (единиц, после переопределений)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="140" />
            <source>station {0}</source>
            <translation>станция {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="141" />
            <source>clerk {0}</source>
            <translation>приёмщик {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="142" />
            <source>all stations</source>
            <translation>все станции</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="143" />
            <source>all clerks</source>
            <translation>все приёмщики</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="144" />
            <source>local store</source>
            <translation>локальная база</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="145" />
            <source>central database</source>
            <translation>центральная база данных</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="146" />
            <source>field</source>
            <translation>поле</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="147" />
            <source>value</source>
            <translation>значение</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="148" />
            <source>site</source>
            <translation>склад</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="149" />
            <source>report</source>
            <translation>отчёт</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="150" />
            <source>covers</source>
            <translation>охват</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="151" />
            <source>source</source>
            <translation>источник</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="152" />
            <source>time zone</source>
            <translation>часовой пояс</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="153" />
            <source>currency</source>
            <translation>валюта</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="154" />
            <source>from (local)</source>
            <translation>с (местное)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="155" />
            <source>to (local)</source>
            <translation>по (местное)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="156" />
            <source>from (UTC)</source>
            <translation>с (UTC)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="157" />
            <source>to (UTC)</source>
            <translation>по (UTC)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="158" />
            <source>generated (local)</source>
            <translation>создан (местное)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="161" />
            <source>Not declared</source>
            <translation>Не заявлено</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="162" />
            <source>Wrong item</source>
            <translation>Не тот товар</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="163" />
            <source>Undeclared extra item</source>
            <translation>Лишний незаявленный товар</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="164" />
            <source>Missing item</source>
            <translation>Недостающий товар</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="165" />
            <source>Empty box</source>
            <translation>Пустая коробка</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="166" />
            <source>Quantity short</source>
            <translation>Недостача</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="167" />
            <source>Quantity over</source>
            <translation>Излишек</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="168" />
            <source>Serial number mismatch</source>
            <translation>Несовпадение серийного номера</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="169" />
            <source>No return authorization</source>
            <translation>Нет разрешения на возврат</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="170" />
            <source>Too light (weight)</source>
            <translation>Слишком лёгкий (вес)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="171" />
            <source>Too heavy (weight)</source>
            <translation>Слишком тяжёлый (вес)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="172" />
            <source>Full refund</source>
            <translation>Полное возмещение</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="173" />
            <source>Partial refund</source>
            <translation>Частичное возмещение</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="174" />
            <source>No refund</source>
            <translation>Без возмещения</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="175" />
            <source>Inside the window</source>
            <translation>В срок</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="176" />
            <source>Late, accepted by leniency</source>
            <translation>С опозданием, принято по льготе</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="177" />
            <source>Outside the window</source>
            <translation>Вне срока</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="178" />
            <source>Open</source>
            <translation>В работе</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="179" />
            <source>Completed</source>
            <translation>Завершено</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="180" />
            <source>Voided</source>
            <translation>Аннулировано</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="181" />
            <source>Set aside</source>
            <translation>Отложено</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="182" />
            <source>Return voided</source>
            <translation>Возврат аннулирован</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="183" />
            <source>Disposition overridden</source>
            <translation>Решение изменено</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="184" />
            <source>Scan undone</source>
            <translation>Скан отменён</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="185" />
            <source>Unit cancelled</source>
            <translation>Единица отменена</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="186" />
            <source>Parcel set aside</source>
            <translation>Посылка отложена</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="187" />
            <source>Unknown category</source>
            <translation>Неизвестная группа</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="188" />
            <source>Electronics</source>
            <translation>Электроника</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="189" />
            <source>Apparel</source>
            <translation>Одежда</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="190" />
            <source>Footwear</source>
            <translation>Обувь</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="191" />
            <source>Home</source>
            <translation>Дом</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="192" />
            <source>Toys</source>
            <translation>Игрушки</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="193" />
            <source>Beauty</source>
            <translation>Красота</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="194" />
            <source>Books</source>
            <translation>Книги</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_names.py" line="195" />
            <source>Tools</source>
            <translation>Инструменты</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="60" />
            <source>units inspected</source>
            <translation>проверенные единицы</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="61" />
            <source>grade</source>
            <translation>категория</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="62" />
            <source>disposition</source>
            <translation>решение</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="63" />
            <source>returned to stock</source>
            <translation>возвращено на склад</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="64" />
            <source>refund</source>
            <translation>возмещение</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="65" />
            <source>return window</source>
            <translation>срок возврата</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="66" />
            <source>clerk</source>
            <translation>приёмщик</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="67" />
            <source>reason by product</source>
            <translation>причина по товару</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="68" />
            <source>reason by category</source>
            <translation>причина по группе</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="69" />
            <source>overrides</source>
            <translation>изменения решений</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="70" />
            <source>product</source>
            <translation>товар</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="72" />
            <source>flag</source>
            <translation>отметка</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="73" />
            <source>voided</source>
            <translation>аннулированные</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="74" />
            <source>audited action</source>
            <translation>действие в аудите</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="75" />
            <source>return</source>
            <translation>возврат</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="76" />
            <source>labels printed</source>
            <translation>напечатанные этикетки</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="77" />
            <source>reprints</source>
            <translation>перепечатки</translation>
        </message>
    </context>
    <context>
        <name>ReportPickers</name>
        <message>
            <location filename="../../src/receiving_desk/gui/report_pickers.py" line="39" />
            <source>Shift %1</source>
            <translation>Смена %1</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_pickers.py" line="40" />
            <source>Date range</source>
            <translation>Период</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_pickers.py" line="49" />
            <source>All stations</source>
            <translation>Все станции</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_pickers.py" line="50" />
            <source>All clerks</source>
            <translation>Все приёмщики</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/report_pickers.py" line="92" />
            <source>Shift {0} starting {1} {2}</source>
            <translation>Смена {0}, начало {1} {2}</translation>
        </message>
    </context>
    <context>
        <name>ReportsView</name>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="103" />
            <source>Reports</source>
            <translation>Отчёты</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="125" />
            <source>Run</source>
            <translation>Сформировать</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="126" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="131" />
            <source>Export PDF…</source>
            <translation>Экспорт в PDF…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="132" />
            <source>Export CSV…</source>
            <translation>Экспорт в CSV…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="133" />
            <source>Print…</source>
            <translation>Печать…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="147" />
            <source>Double-click a number to list the returns behind it.</source>
            <translation>Дважды щёлкните число, чтобы увидеть возвраты за ним.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="193" />
            <source>Running…</source>
            <translation>Формирование…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="209" />
            <source>Cancelling…</source>
            <translation>Отмена…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="228" />
            <source>Charts</source>
            <translation>Графики</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="248" />
            <source>Cancelled.</source>
            <translation>Отменено.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="252" />
            <source>The report failed: %1</source>
            <translation>Не удалось сформировать отчёт: %1</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="269" />
            <source>Loading…</source>
            <translation>Загрузка…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="290" />
            <source> (previous period)</source>
            <translation> (предыдущий период)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="293" />
            <source>The first %n returns behind: %1</source>
            <translation>
                <numerusform>Первый %n возврат за показателем: %1</numerusform>
                <numerusform>Первые %n возврата за показателем: %1</numerusform>
                <numerusform>Первые %n возвратов за показателем: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="295" />
            <source>%n return behind: %1</source>
            <translation>
                <numerusform>За этим %n возврат: %1</numerusform>
                <numerusform>За этим %n возврата: %1</numerusform>
                <numerusform>За этим %n возвратов: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="297" />
            <source>%n returns behind: %1</source>
            <translation>
                <numerusform>За этим %n возврат: %1</numerusform>
                <numerusform>За этим %n возврата: %1</numerusform>
                <numerusform>За этим %n возвратов: %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="314" />
            <source>Select a return first.</source>
            <translation>Сначала выберите возврат.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="320" />
            <source>Making the evidence pack of {0}…</source>
            <translation>Создаётся пакет доказательств для {0}…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/reports_view.py" line="326" />
            <source>Evidence pack saved: {0} and {1}</source>
            <translation>Пакет доказательств сохранён: {0} и {1}</translation>
        </message>
    </context>
    <context>
        <name>RulesPage</name>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="38" />
            <source>a rules file (TOML)</source>
            <translation>файл правил (TOML)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="39" />
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="44" />
            <source>Compare with the rules in force</source>
            <translation>Сравнить с действующими правилами</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="45" />
            <source>Load these rules</source>
            <translation>Загрузить эти правила</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="61" />
            <source>Rules file</source>
            <translation>Файл правил</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="63" />
            <source>Rules files (*.toml)</source>
            <translation>Файлы правил (*.toml)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="88" />
            <source>Changes against the rules in force:</source>
            <translation>Отличия от действующих правил:</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="102" />
            <source>Rules version {0} in force</source>
            <translation>Действуют правила версии {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="107" />
            <source>Rules {0} loaded centrally: every desk of the site, this one too, puts them in force at its next pull</source>
            <translation>Правила {0} загружены централизованно: каждый стол площадки, включая этот, введёт их в действие при следующей синхронизации</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="118" />
            <source>Version: {0} → {1}</source>
            <translation>Версия: {0} → {1}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="122" />
            <source>New category: {0}</source>
            <translation>Новая группа товаров: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="123" />
            <source>Category removed: {0}</source>
            <translation>Группа товаров удалена: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="124" />
            <source>New grade: {0}</source>
            <translation>Новая категория качества: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="125" />
            <source>Grade removed: {0}</source>
            <translation>Категория качества удалена: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="126" />
            <source>New found condition: {0}</source>
            <translation>Новое выявленное состояние: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="127" />
            <source>Found condition removed: {0}</source>
            <translation>Выявленное состояние удалено: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="128" />
            <source>New rule: {0}</source>
            <translation>Новое правило: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="129" />
            <source>Rule removed: {0}</source>
            <translation>Правило удалено: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="130" />
            <source>Rule changed: {0}</source>
            <translation>Правило изменено: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_rules.py" line="104" />
            <source>Rules {0} are already the site's rules: nothing changed</source>
            <translation>Правила {0} уже действуют на площадке: ничего не изменилось</translation>
        </message>
    </context>
    <context>
        <name>RulesStatus</name>
        <message>
            <location filename="../../src/receiving_desk/gui/rules_status.py" line="53" />
            <source>Rules version {0} in force</source>
            <translation>Действуют правила версии {0}</translation>
        </message>
    </context>
    <context>
        <name>ScaleBridge</name>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_bridge.py" line="111" />
            <source>connected</source>
            <translation>подключены</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_bridge.py" line="111" />
            <source>no scale</source>
            <translation>нет весов</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_bridge.py" line="116" />
            <source>Scale {0} disconnected — check its cable</source>
            <translation>Весы {0} отключены — проверьте кабель</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_bridge.py" line="119" />
            <source>Scale {0} connected</source>
            <translation>Весы {0} подключены</translation>
        </message>
    </context>
    <context>
        <name>ScaleSettingsPage</name>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="49" />
            <source>Scales of this station</source>
            <translation>Весы этого рабочего места</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="54" />
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="55" />
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="61" />
            <source>Scale</source>
            <translation>Весы</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="67" />
            <source>/dev/ttyUSB0 or COM3 (or a USB identity)</source>
            <translation>/dev/ttyUSB0 или COM3 (или USB-идентификатор)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="78" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="79" />
            <source>Protocol</source>
            <translation>Протокол</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="80" />
            <source>Port</source>
            <translation>Порт</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="81" />
            <source>USB vendor id (hex)</source>
            <translation>USB ID производителя (hex)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="82" />
            <source>USB product id (hex)</source>
            <translation>USB ID продукта (hex)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="83" />
            <source>USB serial number</source>
            <translation>Серийный номер USB</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="84" />
            <source>Baud rate</source>
            <translation>Скорость (бод)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="85" />
            <source>Ask every (MT-SICS)</source>
            <translation>Опрашивать каждые (MT-SICS)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="86" />
            <source>Settles within</source>
            <translation>Успокаивается за</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="88" />
            <source>Test: put a known weight on the scale</source>
            <translation>Проверка: положите на весы известный груз</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="98" />
            <source>Save and apply</source>
            <translation>Сохранить и применить</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="196" />
            <source>OVERLOAD</source>
            <translation>ПЕРЕГРУЗ</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="197" />
            <source>below zero</source>
            <translation>ниже нуля</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="198" />
            <source>scale error</source>
            <translation>ошибка весов</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="200" />
            <source>stable</source>
            <translation>стабильно</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scale_settings.py" line="200" />
            <source>moving</source>
            <translation>колеблется</translation>
        </message>
    </context>
    <context>
        <name>ScannerSettingsPage</name>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="76" />
            <source>Test: last scans from any scanner</source>
            <translation>Проверка: последние сканы с любого сканера</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="87" />
            <source>Serial ports on this computer</source>
            <translation>Последовательные порты этого компьютера</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="91" />
            <source>Device</source>
            <translation>Устройство</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="92" />
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="93" />
            <source>USB VID:PID</source>
            <translation>USB VID:PID</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="94" />
            <source>Serial number</source>
            <translation>Серийный номер</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="95" />
            <source>Product</source>
            <translation>Изделие</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="99" />
            <source>Refresh</source>
            <translation>Обновить</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="101" />
            <source>Assign a scanner to the selected port</source>
            <translation>Назначить сканер выбранному порту</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="136" />
            <source>Could not list serial ports: {0}</source>
            <translation>Не удалось получить список портов: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="159" />
            <source>Scanners of this station</source>
            <translation>Сканеры этой станции</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="163" />
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="249" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="164" />
            <source>Port or USB identity</source>
            <translation>Порт или USB-идентификатор</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="165" />
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="252" />
            <source>Baud</source>
            <translation>Скорость (бод)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="166" />
            <source>Format</source>
            <translation>Формат</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="167" />
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="257" />
            <source>Suffix</source>
            <translation>Суффикс</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="172" />
            <source>Add by device path</source>
            <translation>Добавить по пути устройства</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="174" />
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="176" />
            <source>Save and apply</source>
            <translation>Сохранить и применить</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="194" />
            <source>CR/LF</source>
            <translation>CR/LF</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="196" />
            <source>none ({0} ms gap)</source>
            <translation>нет (пауза {0} мс)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="225" />
            <source>Selected scanner</source>
            <translation>Выбранный сканер</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="229" />
            <source>Find by USB VID/PID/serial (survives re-plugging)</source>
            <translation>Искать по USB VID/PID/серийному номеру (работает и после переподключения)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="241" />
            <source>CR, LF or CRLF</source>
            <translation>CR, LF или CRLF</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="242" />
            <source>none: a silence ends the scan</source>
            <translation>нет: пауза завершает скан</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="247" />
            <source>Sends GS1 data as text in brackets: (01)…(10)…</source>
            <translation>Передаёт данные GS1 текстом в скобках: (01)…(10)…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="250" />
            <source>Device path</source>
            <translation>Путь к устройству</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="253" />
            <source>Data bits</source>
            <translation>Биты данных</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="254" />
            <source>Parity</source>
            <translation>Чётность</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="255" />
            <source>Stop bits</source>
            <translation>Стоп-биты</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="256" />
            <source>Flow control</source>
            <translation>Управление потоком</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="258" />
            <source>Silence</source>
            <translation>Пауза</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/scanner_settings.py" line="262" />
            <source>Apply to the list</source>
            <translation>Применить к списку</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="45" />
            <source>Station settings — {0}</source>
            <translation>Настройки станции — {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="58" />
            <source>Scanners</source>
            <translation>Сканеры</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="59" />
            <source>Printers</source>
            <translation>Принтеры</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="61" />
            <source>Scales</source>
            <translation>Весы</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="71" />
            <source>Station</source>
            <translation>Станция</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="72" />
            <source>Central database</source>
            <translation>Центральная база</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="84" />
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="93" />
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="102" />
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="110" />
            <source>Saving…</source>
            <translation>Сохранение…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="96" />
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="105" />
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="123" />
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="156" />
            <source>Saved and applied</source>
            <translation>Сохранено и применено</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="132" />
            <source>Connected: {0}</source>
            <translation>Подключено: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="142" />
            <source>Reference data pulled: {0} rows</source>
            <translation>Справочные данные загружены, строк: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/settings_dialog.py" line="151" />
            <source>Saved: the syncer uses it from the next start</source>
            <translation>Сохранено: синхронизация применит это при следующем запуске</translation>
        </message>
    </context>
    <context>
        <name>SetupView</name>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="118" />
            <source>1. First administrator</source>
            <translation>1. Первый администратор</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="119" />
            <source>2. Station</source>
            <translation>2. Станция</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="120" />
            <source>3. Scanners</source>
            <translation>3. Сканеры</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="121" />
            <source>4. Printers</source>
            <translation>4. Принтеры</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="122" />
            <source>5. Central database</source>
            <translation>5. Центральная база</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="123" />
            <source>6. Done</source>
            <translation>6. Готово</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="133" />
            <source>Set up this desk</source>
            <translation>Настройка рабочего места</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="138" />
            <source>Back</source>
            <translation>Назад</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="139" />
            <source>Skip this step</source>
            <translation>Пропустить шаг</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="140" />
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="172" />
            <source>Next</source>
            <translation>Далее</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="172" />
            <source>Start receiving</source>
            <translation>Начать приёмку</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="190" />
            <source>standalone</source>
            <translation>автономно</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="192" />
            <source>syncing with the central database</source>
            <translation>с синхронизацией с центральной базой</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="195" />
            <source>This desk is set up: station {0} at {1}, {2}.

You are logged in as the administrator. Add users and import products and returns from Desk → Administration; every step here is in Desk → Settings.</source>
            <translation>Рабочее место настроено: станция {0}, площадка {1}, {2}.

Вы вошли как администратор. Добавьте пользователей и импортируйте товары и возвраты в меню «Приёмка → Администрирование»; каждый шаг отсюда есть в «Приёмка → Настройки».</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="205" />
            <source>The two PINs differ: type the same PIN twice</source>
            <translation>PIN-коды не совпадают: введите один и тот же PIN дважды</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="215" />
            <source>Creating…</source>
            <translation>Создание…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="247" />
            <source>Administrator created and logged in. Badge card: {0}</source>
            <translation>Администратор создан и вошёл. Карточка бейджа: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="257" />
            <source>Working…</source>
            <translation>Выполняется…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="269" />
            <source>Saved</source>
            <translation>Сохранено</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="277" />
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="290" />
            <source>Saved and applied</source>
            <translation>Сохранено и применено</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="298" />
            <source>Connected: {0}</source>
            <translation>Подключено: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="307" />
            <source>Reference data pulled: {0} rows</source>
            <translation>Справочные данные загружены, строк: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_view.py" line="315" />
            <source>Saved: the syncer uses it from the next start</source>
            <translation>Сохранено: синхронизация применит это при следующем запуске</translation>
        </message>
    </context>
    <context>
        <name>StationForm</name>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="56" />
            <source>The system's</source>
            <translation>Язык системы</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="59" />
            <source>Good and bad scans sound</source>
            <translation>Звук при удачном и ошибочном скане</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="61" />
            <source>Save the station</source>
            <translation>Сохранить станцию</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="65" />
            <source>Station id</source>
            <translation>Код станции</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="66" />
            <source>Site name</source>
            <translation>Название площадки</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="67" />
            <source>Time zone</source>
            <translation>Часовой пояс</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="68" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/setup_forms.py" line="72" />
            <source>A new station id or language is used from the next start.</source>
            <translation>Новый код станции или язык действуют со следующего запуска.</translation>
        </message>
    </context>
    <context>
        <name>StockDialog</name>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="64" />
            <source>Stock</source>
            <translation>Остатки</translation>
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
            <translation>Ячейка</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="77" />
            <source>SKU, LPN or bin code (scan or type), Enter</source>
            <translation>SKU, LPN или код ячейки (скан или ввод), Enter</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="79" />
            <source>Search</source>
            <translation>Найти</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="82" />
            <source>Location</source>
            <translation>Место</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="82" />
            <source>Grade</source>
            <translation>Категория</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="82" />
            <source>Quantity</source>
            <translation>Количество</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="95" />
            <source>Evidence pack of this return</source>
            <translation>Пакет доказательств этого возврата</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="130" />
            <source>received</source>
            <translation>получено</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="131" />
            <source>put away</source>
            <translation>размещено</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="132" />
            <source>moved</source>
            <translation>перемещено</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="133" />
            <source>reversed (undone or voided)</source>
            <translation>сторнировано (отмена или аннулирование)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="179" />
            <source>%n stock line</source>
            <translation>
                <numerusform>%n строка остатков</numerusform>
                <numerusform>%n строки остатков</numerusform>
                <numerusform>%n строк остатков</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="179" />
            <source>%n stock lines</source>
            <translation>
                <numerusform>%n строка остатков</numerusform>
                <numerusform>%n строки остатков</numerusform>
                <numerusform>%n строк остатков</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="217" />
            <source>Making the evidence pack of {0}…</source>
            <translation>Создаётся пакет доказательств для {0}…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="231" />
            <source>Evidence pack saved: {0} and {1}</source>
            <translation>Пакет доказательств сохранён: {0} и {1}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="85" />
            <source>From</source>
            <translation>Откуда</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="85" />
            <source>To</source>
            <translation>Куда</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="85" />
            <source>Why</source>
            <translation>Причина</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="85" />
            <source>By</source>
            <translation>Кто</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="85" />
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="92" />
            <source>Reprint this label (audited)</source>
            <translation>Перепечатать этикетку (с записью в аудит)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="116" />
            <source>On hand (from the stock ledger)</source>
            <translation>В наличии (по складскому журналу)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="118" />
            <source>License plate history</source>
            <translation>История LPN</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/stock_dialog.py" line="206" />
            <source>Label {0} reprinted</source>
            <translation>Этикетка {0} перепечатана</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusLabel</name>
        <message>
            <location filename="../../src/receiving_desk/gui/sync_status.py" line="46" />
            <source>standalone (no central database)</source>
            <translation>автономно (без центральной БД)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/sync_status.py" line="47" />
            <source>starting</source>
            <translation>запуск</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/sync_status.py" line="48" />
            <source>online</source>
            <translation>в сети</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/sync_status.py" line="49" />
            <source>OFFLINE</source>
            <translation>НЕТ СВЯЗИ</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/sync_status.py" line="50" />
            <source>stopped</source>
            <translation>остановлена</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/sync_status.py" line="52" />
            <source>Sync: {0}</source>
            <translation>Синхр.: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/sync_status.py" line="54" />
            <source>backlog {0}</source>
            <translation>в очереди {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/sync_status.py" line="57" />
            <source>oldest {0}</source>
            <translation>старейшая запись: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/sync_status.py" line="60" />
            <source>loading reference data {0}/{1}</source>
            <translation>загрузка справочников {0}/{1}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/sync_status.py" line="63" />
            <source>reference data refused: {0}</source>
            <translation>справочные данные отклонены: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/sync_status.py" line="65" />
            <source>last error: {0}</source>
            <translation>последняя ошибка: {0}</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="58" />
            <source>Badge</source>
            <translation>Бейдж</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="58" />
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="77" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="58" />
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="78" />
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="58" />
            <source>Active</source>
            <translation>Активен</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="76" />
            <source>Badge code</source>
            <translation>Код бейджа</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="79" />
            <source>PIN</source>
            <translation>PIN-код</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="80" />
            <source>PIN again</source>
            <translation>PIN-код ещё раз</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="81" />
            <source>Add the user</source>
            <translation>Добавить пользователя</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="82" />
            <source>Change the role</source>
            <translation>Изменить роль</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="83" />
            <source>Deactivate</source>
            <translation>Отключить</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="84" />
            <source>Reset the PIN</source>
            <translation>Сбросить PIN-код</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="85" />
            <source>Badge card (PDF)</source>
            <translation>Карточка бейджа (PDF)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="86" />
            <source>Open the badge card to print it</source>
            <translation>Открыть карточку бейджа для печати</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="114" />
            <source>Working…</source>
            <translation>Выполняется…</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="139" />
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="139" />
            <source>no</source>
            <translation>нет</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="154" />
            <source>The two PINs differ: type the same PIN twice</source>
            <translation>PIN-коды не совпадают: введите один и тот же PIN дважды</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="169" />
            <source>Added {0} ({1})</source>
            <translation>Добавлен(а) {0} ({1})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="180" />
            <source>{0} is now {1}</source>
            <translation>{0} теперь: {1}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="187" />
            <source>{0} can no longer log in</source>
            <translation>{0} больше не может войти</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="197" />
            <source>New PIN set for {0}</source>
            <translation>Новый PIN-код для {0} задан</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/admin_dialog.py" line="230" />
            <source>Badge card saved: {0}</source>
            <translation>Карточка бейджа сохранена: {0}</translation>
        </message>
    </context>
    <context>
        <name>WeightPanel</name>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_panel.py" line="47" />
            <source>OVERLOAD</source>
            <translation>ПЕРЕГРУЗ</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_panel.py" line="48" />
            <source>below zero</source>
            <translation>ниже нуля</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_panel.py" line="49" />
            <source>scale error</source>
            <translation>ошибка весов</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_panel.py" line="53" />
            <source>{0} …</source>
            <translation>{0} …</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_panel.py" line="62" />
            <source>Nothing to weigh now</source>
            <translation>Сейчас взвешивать нечего</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_panel.py" line="66" />
            <source>Parcel</source>
            <translation>Посылка</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_panel.py" line="68" />
            <source>Unit {0}</source>
            <translation>Единица {0}</translation>
        </message>
    </context>
    <context>
        <name>widget</name>
        <message>
            <location filename="../../src/receiving_desk/gui/report_widgets.py" line="72" />
            <source>Double-click for the returns behind this number</source>
            <translation>Дважды щёлкните, чтобы увидеть возвраты за этим числом</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="97" />
            <source>Unknown barcode: {code}</source>
            <translation>Неизвестный штрихкод: {code}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="98" />
            <source>Check digit wrong — rescan: {code}</source>
            <translation>Неверная контрольная цифра — отсканируйте ещё раз: {code}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="99" />
            <source>Scanner sent nothing readable — rescan</source>
            <translation>Сканер не передал читаемых данных — отсканируйте ещё раз</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="100" />
            <source>Scan your badge first</source>
            <translation>Сначала отсканируйте бейдж</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="101" />
            <source>Badge or PIN not accepted — scan your badge again</source>
            <translation>Бейдж или PIN-код не приняты — отсканируйте бейдж ещё раз</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="102" />
            <source>Too many wrong PINs: this badge is locked for a few minutes</source>
            <translation>Слишком много неверных PIN-кодов: бейдж заблокирован на несколько минут</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="103" />
            <source>Not allowed for your role ({role}): ask a supervisor</source>
            <translation>Недоступно для вашей роли ({role}): обратитесь к руководителю</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="105" />
            <source>No return authorization found for {code}</source>
            <translation>Разрешение на возврат для {code} не найдено</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="106" />
            <source>Return {rma} is already {status}</source>
            <translation>Возврат {rma} уже в статусе «{status}»</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="107" />
            <source>Return {rma} is still open — complete it first</source>
            <translation>Возврат {rma} ещё открыт — сначала завершите его</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="108" />
            <source>Scan the parcel's RMA slip or tracking label first</source>
            <translation>Сначала отсканируйте бланк RMA или трек-этикетку посылки</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="109" />
            <source>Item not in the catalog: {code}</source>
            <translation>Товара нет в каталоге: {code}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="110" />
            <source>No unit waiting for a grade — scan an item</source>
            <translation>Нет единицы, ожидающей категории, — отсканируйте товар</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="111" />
            <source>Grade {grade} is not allowed here</source>
            <translation>Категория {grade} здесь недопустима</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="112" />
            <source>This return is already {status}</source>
            <translation>Этот возврат уже в статусе «{status}»</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="113" />
            <source>A reason is required</source>
            <translation>Укажите причину</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="114" />
            <source>Nothing to undo</source>
            <translation>Нечего отменять</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="115" />
            <source>The local database is busy — try again in a moment</source>
            <translation>Локальная база данных занята — повторите чуть позже</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="136" />
            <source>That checklist question does not apply to this item</source>
            <translation>Этот пункт чек-листа не относится к данному товару</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="141" />
            <source>Nothing to override: grade a unit first</source>
            <translation>Нечего изменять: сначала присвойте единице категорию</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="142" />
            <source>No open return authorization for {code}</source>
            <translation>Нет открытого разрешения на возврат для {code}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="143" />
            <source>Several return authorizations match: scan the RMA</source>
            <translation>Подходит несколько разрешений на возврат: отсканируйте RMA</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="144" />
            <source>No such bin: {code}</source>
            <translation>Нет такой ячейки: {code}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="145" />
            <source>Wrong bin: {scanned} — this unit goes to {expected}</source>
            <translation>Не та ячейка: {scanned} — эта единица идёт в {expected}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="146" />
            <source>Unknown license plate: {code}</source>
            <translation>Неизвестный LPN: {code}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="147" />
            <source>Nothing to put away: scan the LPNs first</source>
            <translation>Нечего размещать: сначала отсканируйте LPN</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="148" />
            <source>No label to reprint {code}</source>
            <translation>Нет этикетки для повторной печати: {code}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="180" />
            <source>Return {rma} is open at station {station}</source>
            <translation>Возврат {rma} открыт на станции {station}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="319" />
            <source>Badge read — enter your PIN</source>
            <translation>Бейдж считан — введите PIN-код</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="320" />
            <source>Welcome, {name}</source>
            <translation>Добро пожаловать, {name}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="321" />
            <source>Logged out</source>
            <translation>Вы вышли из системы</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="327" />
            <source>Return {rma} opened</source>
            <translation>Возврат {rma} открыт</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="328" />
            <source>Welcome, {name} — return {rma} resumed where it stopped</source>
            <translation>Добро пожаловать, {name} — возврат {rma} продолжен с места остановки</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="329" />
            <source>Unit {seq}: {sku} — {match}</source>
            <translation>Единица {seq}: {sku} — {match}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="330" />
            <source>Unit {seq} graded {grade}</source>
            <translation>Единице {seq} присвоена категория {grade}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="331" />
            <source>No return authorization for {code}</source>
            <translation>Нет разрешения на возврат для {code}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="338" />
            <source>Blind receipt opened for {code}: every item will be flagged</source>
            <translation>Слепая приёмка для {code} открыта: каждый товар будет помечен</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="339" />
            <source>Parcel {code} set aside for a supervisor</source>
            <translation>Посылка {code} отложена для руководителя</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="340" />
            <source>{check}: {answer}</source>
            <translation>{check}: {answer}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="346" />
            <source>Condition {condition}: {state}</source>
            <translation>Состояние {condition}: {state}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="347" />
            <source>Photo added</source>
            <translation>Фото добавлено</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="348" />
            <source>Override to {disposition}: scan or type the reason</source>
            <translation>Изменение решения на «{disposition}»: отсканируйте или введите причину</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="349" />
            <source>Unit {seq} overridden to {disposition} (audited)</source>
            <translation>Решение по единице {seq} изменено на «{disposition}» (записано в аудит)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="350" />
            <source>Unit {seq} ({sku}) cancelled</source>
            <translation>Единица {seq} ({sku}) отменена</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="351" />
            <source>Ready for the next item</source>
            <translation>Можно сканировать следующий товар</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="352" />
            <source>Cancelled</source>
            <translation>Отменено</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="353" />
            <source>{lpn} (now in {location}) on the cart: {count} — scan the bin</source>
            <translation>{lpn} (сейчас в {location}) на тележке, всего: {count} — отсканируйте ячейку</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="359" />
            <source>Label {lpn} sent to the printer again (audited)</source>
            <translation>Этикетка {lpn} повторно отправлена на принтер (записано в аудит)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="365" />
            <source>Return {rma} voided</source>
            <translation>Возврат {rma} аннулирован</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="369" />
            <source>Scan undone: unit {seq} ({sku})</source>
            <translation>Скан отменён: единица {seq} ({sku})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="415" />
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="415" />
            <source>no</source>
            <translation>нет</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="417" />
            <source>noted</source>
            <translation>отмечено</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="417" />
            <source>removed</source>
            <translation>снято</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="92" />
            <source>%n unit still needs a grade</source>
            <translation>
                <numerusform>Ещё %n единица ждёт оценки</numerusform>
                <numerusform>Ещё %n единицы ждут оценки</numerusform>
                <numerusform>Ещё %n единиц ждут оценки</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="88" />
            <source>Reference data not pulled: {0}</source>
            <translation>Справочники не загружены: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="94" />
            <source>%n units still need a grade</source>
            <translation>
                <numerusform>Ещё %n единица ждёт оценки</numerusform>
                <numerusform>Ещё %n единицы ждут оценки</numerusform>
                <numerusform>Ещё %n единиц ждут оценки</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="104" />
            <source>Your badge is no longer active: ask a supervisor</source>
            <translation>Ваш пропуск больше не действует: обратитесь к руководителю</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="117" />
            <source>The disk of the local database is full: this step was not saved, scans are kept. Tell a supervisor to free space.</source>
            <translation>Диск локальной базы данных заполнен: этот шаг не сохранён, сканы сохранены. Попросите руководителя освободить место.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="121" />
            <source>The local database cannot be written (read-only or missing file or folder): this step was not saved, scans are kept. Tell a supervisor.</source>
            <translation>В локальную базу данных нельзя записать (только чтение или нет файла либо папки): этот шаг не сохранён, сканы сохранены. Сообщите руководителю.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="125" />
            <source>The local database could not be read or written (disk error): this step was not saved, scans are kept. Tell a supervisor.</source>
            <translation>Не удалось прочитать или записать локальную базу данных (ошибка диска): этот шаг не сохранён, сканы сохранены. Сообщите руководителю.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="129" />
            <source>The local database is damaged: this step was not saved. Tell a supervisor now.</source>
            <translation>Локальная база данных повреждена: этот шаг не сохранён. Немедленно сообщите руководителю.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="131" />
            <source>Printer {printer}: {reason}</source>
            <translation>Принтер {printer}: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="132" />
            <source>File {path}: {reason}</source>
            <translation>Файл {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="133" />
            <source>Photo not added: {path}: {reason}</source>
            <translation>Фото не добавлено: {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="135" />
            <source>Setting not saved: {reason}</source>
            <translation>Настройка не сохранена: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="137" />
            <source>Condition {code} does not apply to this item</source>
            <translation>Состояние {code} не относится к этому товару</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="138" />
            <source>Not graded: answer these questions first: {checks}</source>
            <translation>Не оценено: сначала ответьте на вопросы: {checks}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="139" />
            <source>Nothing to confirm now</source>
            <translation>Сейчас нечего подтверждать</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="140" />
            <source>There is no number {number} on the list</source>
            <translation>В списке нет номера {number}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="150" />
            <source>Unit {seq} ({sku}) is already labelled or put away: a supervisor must approve</source>
            <translation>Единица {seq} ({sku}) уже с этикеткой или размещена: нужно одобрение супервайзера</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="153" />
            <source>Waiting for a supervisor: scan a supervisor badge, or CMD-CANCEL</source>
            <translation>Ожидается супервайзер: отсканируйте бейдж супервайзера или CMD-CANCEL</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="155" />
            <source>{code} is no longer in stock: its scan was undone or voided</source>
            <translation>{code} больше нет на складе: его сканирование отменено или аннулировано</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="157" />
            <source>{code} is held for a blind audit: keep it on the audit shelf until it is graded</source>
            <translation>{code} отложена для слепой проверки: держите её на полке проверки, пока её не оценят</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="159" />
            <source>{code} is not waiting for an audit</source>
            <translation>{code} не ожидает проверки</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="160" />
            <source>{code} is already held for an audit</source>
            <translation>{code} уже отложена для проверки</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="161" />
            <source>You graded {code} first: another clerk must audit it</source>
            <translation>Вы оценивали {code} первым: проверять должен другой сотрудник</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="162" />
            <source>You have already graded {code} for the audit</source>
            <translation>Вы уже оценили {code} для проверки</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="163" />
            <source>{code} has no disputed audit to resolve</source>
            <translation>У {code} нет спорной проверки для решения</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="165" />
            <source>Not graded: this {sku} was already put away ({was}); this grade would change where it goes. Grade it as before, then a supervisor overrides.</source>
            <translation>Не оценено: этот {sku} уже был размещён ({was}); эта оценка изменила бы его назначение. Оцените как раньше, затем супервайзер переопределит.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="174" />
            <source>Not done: {reason}</source>
            <translation>Не выполнено: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="190" />
            <source>Not expected now: {code}. Scan your badge first.</source>
            <translation>Сейчас не ожидается: {code}. Сначала отсканируйте бейдж.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="191" />
            <source>Not expected now: {code}. Scan the RMA slip or the tracking label.</source>
            <translation>Сейчас не ожидается: {code}. Отсканируйте бланк RMA или трек-этикетку.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="192" />
            <source>Not expected now: {code}. Scan an item barcode.</source>
            <translation>Сейчас не ожидается: {code}. Отсканируйте штрихкод товара.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="194" />
            <source>Not expected now: {code}</source>
            <translation>Сейчас не ожидается: {code}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="202" />
            <source>{code} starts like an RMA number ({prefix}…) but does not match this site's RMA format. Check the slip and scan it again, or type the RMA number.</source>
            <translation>{code} начинается как номер RMA ({prefix}…), но не соответствует формату RMA этого склада. Проверьте бланк и отсканируйте снова или введите номер RMA.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="206" />
            <source>{code} starts like a license plate ({prefix}…) but does not match this site's LPN format. Reprint the label, or type the LPN.</source>
            <translation>{code} начинается как номерной знак ({prefix}…), но не соответствует формату LPN этого склада. Перепечатайте этикетку или введите LPN.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="210" />
            <source>{code} starts like a badge ({prefix}…) but does not match this site's badge format. Ask a supervisor for a new badge.</source>
            <translation>{code} начинается как бейдж ({prefix}…), но не соответствует формату бейджей этого склада. Попросите у руководителя новый бейдж.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="214" />
            <source>{code} starts like a bin label ({prefix}…) but does not match this site's bin format. Scan the label on the bin, or type the bin code.</source>
            <translation>{code} начинается как этикетка ячейки ({prefix}…), но не соответствует формату ячеек этого склада. Отсканируйте этикетку на ячейке или введите код ячейки.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="218" />
            <source>{code} starts like a command barcode ({prefix}…) but is not one of the desk's commands. Use the printed command sheet.</source>
            <translation>{code} начинается как командный штрихкод ({prefix}…), но такой команды нет. Используйте распечатанный лист команд.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="222" />
            <source>{code} does not match this site's formats</source>
            <translation>{code} не соответствует форматам этого склада</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="230" />
            <source>Check digit wrong — rescan: {code} ({what}: the check digit should be {expected}, the scan has {got}). If it fails again, type the number printed on the label.</source>
            <translation>Неверная контрольная цифра — отсканируйте снова: {code} ({what}: контрольная цифра должна быть {expected}, в скане {got}). Если не получится, введите номер, напечатанный на этикетке.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="237" />
            <source>Barcode not valid: {code} — {detail}. {action}</source>
            <translation>Штрихкод недействителен: {code} — {detail}. {action}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="247" />
            <source>an EAN/UPC barcode has {expected} digits, this scan has %n digit</source>
            <translation>
                <numerusform>в штрихкоде EAN/UPC {expected} цифр, в этом скане %n цифра</numerusform>
                <numerusform>в штрихкоде EAN/UPC {expected} цифр, в этом скане %n цифры</numerusform>
                <numerusform>в штрихкоде EAN/UPC {expected} цифр, в этом скане %n цифр</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="249" />
            <source>an EAN/UPC barcode has {expected} digits, this scan has %n digits</source>
            <translation>
                <numerusform>в штрихкоде EAN/UPC {expected} цифр, в этом скане %n цифра</numerusform>
                <numerusform>в штрихкоде EAN/UPC {expected} цифр, в этом скане %n цифры</numerusform>
                <numerusform>в штрихкоде EAN/UPC {expected} цифр, в этом скане %n цифр</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="254" />
            <source>AI {ai} allows at most %n character, this one has {count}</source>
            <translation>
                <numerusform>AI {ai} допускает не более %n символа, здесь {count}</numerusform>
                <numerusform>AI {ai} допускает не более %n символов, здесь {count}</numerusform>
                <numerusform>AI {ai} допускает не более %n символов, здесь {count}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="256" />
            <source>AI {ai} allows at most %n characters, this one has {count}</source>
            <translation>
                <numerusform>AI {ai} допускает не более %n символа, здесь {count}</numerusform>
                <numerusform>AI {ai} допускает не более %n символов, здесь {count}</numerusform>
                <numerusform>AI {ai} допускает не более %n символов, здесь {count}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="260" />
            <source>the scan is %n characters long, more than any barcode holds</source>
            <translation>
                <numerusform>скан длиной %n символ — больше, чем вмещает любой штрихкод</numerusform>
                <numerusform>скан длиной %n символа — больше, чем вмещает любой штрихкод</numerusform>
                <numerusform>скан длиной %n символов — больше, чем вмещает любой штрихкод</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="263" />
            <source>an EAN/UPC barcode holds digits only</source>
            <translation>штрихкод EAN/UPC содержит только цифры</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="265" />
            <source>AI {ai}: {value} does not fit the format {format}</source>
            <translation>AI {ai}: {value} не соответствует формату {format}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="268" />
            <source>{what}: the check digit should be {expected}, the scan has {got}</source>
            <translation>{what}: контрольная цифра должна быть {expected}, в скане {got}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="269" />
            <source>AI {ai}: {value} is not a valid date (YYMMDD)</source>
            <translation>AI {ai}: {value} — недопустимая дата (ГГММДД)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="270" />
            <source>no GS1 Application Identifier starts at {value}</source>
            <translation>с {value} не начинается ни один идентификатор применения GS1</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="271" />
            <source>{country} is not a country code</source>
            <translation>{country} — не код страны</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="272" />
            <source>a number of one repeated digit is a placeholder, not a real code</source>
            <translation>номер из одной повторяющейся цифры — заглушка, а не настоящий код</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="274" />
            <source>AI {ai} appears twice, as {value} and as {other}: the label contradicts itself</source>
            <translation>AI {ai} встречается дважды, как {value} и как {other}: этикетка противоречит сама себе</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="276" />
            <source>AI {ai} and AI {other} must not be in one barcode</source>
            <translation>AI {ai} и AI {other} не должны быть в одном штрихкоде</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="277" />
            <source>AI {ai} needs AI {needs} in the same barcode</source>
            <translation>AI {ai} требует AI {needs} в том же штрихкоде</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="279" />
            <source>the barcode holds GS1 text in brackets: it is a printed label, not GS1 data</source>
            <translation>в штрихкоде текст GS1 в скобках: это надпись этикетки, а не данные GS1</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="281" />
            <source>the GS1 Digital Link cannot be read</source>
            <translation>ссылку GS1 Digital Link не удаётся прочитать</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="282" />
            <source>its text does not fit the format it starts like</source>
            <translation>его текст не соответствует формату, на который похоже начало</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="283" />
            <source>it does not fit its format</source>
            <translation>он не соответствует своему формату</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="290" />
            <source>Rescan; if it fails again, type the number printed on the label.</source>
            <translation>Отсканируйте снова; если не получится, введите номер, напечатанный на этикетке.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="292" />
            <source>Scan the real label, or type its number.</source>
            <translation>Отсканируйте настоящую этикетку или введите её номер.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="294" />
            <source>Scan the GS1 barcode next to it, or type the text.</source>
            <translation>Отсканируйте штрихкод GS1 рядом или введите текст.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="296" />
            <source>Check the label, or type the number.</source>
            <translation>Проверьте этикетку или введите номер.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="297" />
            <source>Rescanning will not help: scan another barcode on the item, or type its number.</source>
            <translation>Повторный скан не поможет: отсканируйте другой штрихкод на товаре или введите его номер.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="311" />
            <source>Unexpected error: see the log</source>
            <translation>Непредвиденная ошибка: см. журнал</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="322" />
            <source>{previous} is logged out — welcome, {name}</source>
            <translation>{previous}: сеанс завершён — добро пожаловать, {name}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="324" />
            <source>No activity: logging out in %n seconds — scan or press a key to stay</source>
            <translation>
                <numerusform>Нет действий: выход через %n секунду — отсканируйте или нажмите клавишу, чтобы остаться</numerusform>
                <numerusform>Нет действий: выход через %n секунды — отсканируйте или нажмите клавишу, чтобы остаться</numerusform>
                <numerusform>Нет действий: выход через %n секунд — отсканируйте или нажмите клавишу, чтобы остаться</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="326" />
            <source>Logged out after %n minutes without activity</source>
            <translation>
                <numerusform>Выход после %n минуты без действий</numerusform>
                <numerusform>Выход после %n минут без действий</numerusform>
                <numerusform>Выход после %n минут без действий</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="332" />
            <source>%n open returns match — pick one by its number</source>
            <translation>
                <numerusform>Подходит %n открытый возврат — выберите по номеру</numerusform>
                <numerusform>Подходят %n открытых возврата — выберите по номеру</numerusform>
                <numerusform>Подходят %n открытых возвратов — выберите по номеру</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="334" />
            <source>No units scanned: complete anyway?</source>
            <translation>Нет ни одной единицы: всё равно завершить?</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="336" />
            <source>Discrepancies: complete anyway?</source>
            <translation>Есть расхождения: всё равно завершить?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="342" />
            <source>Checklist: %n remaining check answered OK</source>
            <translation>
                <numerusform>Чек-лист: оставшийся %n вопрос отмечен как «да»</numerusform>
                <numerusform>Чек-лист: оставшиеся %n вопроса отмечены как «да»</numerusform>
                <numerusform>Чек-лист: оставшиеся %n вопросов отмечены как «да»</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="344" />
            <source>Checklist: %n remaining checks answered OK</source>
            <translation>
                <numerusform>Чек-лист: оставшийся %n вопрос отмечен как «да»</numerusform>
                <numerusform>Чек-лист: оставшиеся %n вопроса отмечены как «да»</numerusform>
                <numerusform>Чек-лист: оставшиеся %n вопросов отмечены как «да»</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="355" />
            <source>%n unit put away in {bin}</source>
            <translation>
                <numerusform>%n единица размещена в {bin}</numerusform>
                <numerusform>%n единицы размещены в {bin}</numerusform>
                <numerusform>%n единиц размещено в {bin}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="357" />
            <source>%n units put away in {bin}</source>
            <translation>
                <numerusform>%n единица размещена в {bin}</numerusform>
                <numerusform>%n единицы размещены в {bin}</numerusform>
                <numerusform>%n единиц размещено в {bin}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="361" />
            <source>Return {rma} completed (%n unit)</source>
            <translation>
                <numerusform>Возврат {rma} завершён (%n единица)</numerusform>
                <numerusform>Возврат {rma} завершён (%n единицы)</numerusform>
                <numerusform>Возврат {rma} завершён (%n единиц)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="363" />
            <source>Return {rma} completed (%n units)</source>
            <translation>
                <numerusform>Возврат {rma} завершён (%n единица)</numerusform>
                <numerusform>Возврат {rma} завершён (%n единицы)</numerusform>
                <numerusform>Возврат {rma} завершён (%n единиц)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="367" />
            <source>Scan undone: unit {seq} ({sku}), approved by {approved_by} (audited)</source>
            <translation>Сканирование отменено: единица {seq} ({sku}), одобрил(а) {approved_by} (записано в журнал)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="373" />
            <source>The grades of {lpn} ({sku}) differ: a supervisor sets its final grade — supervisor, scan your badge (CMD-CANCEL leaves it waiting)</source>
            <translation>Оценки {lpn} ({sku}) расходятся: итоговую оценку ставит супервайзер — супервайзер, отсканируйте бейдж (CMD-CANCEL оставляет единицу в ожидании)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="378" />
            <source>Unit {seq} ({sku}) is already put away: a supervisor must approve the undo — supervisor, scan your badge (CMD-CANCEL keeps the unit)</source>
            <translation>Единица {seq} ({sku}) уже размещена: отмену должен одобрить супервайзер — супервайзер, отсканируйте бейдж (CMD-CANCEL оставляет единицу)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="383" />
            <source>Unit {seq} ({sku}) already has its label: a supervisor must approve the undo — supervisor, scan your badge (CMD-CANCEL keeps the unit)</source>
            <translation>У единицы {seq} ({sku}) уже есть этикетка: отмену должен одобрить супервайзер — супервайзер, отсканируйте бейдж (CMD-CANCEL оставляет единицу)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="387" />
            <source>Supervisor badge read — supervisor, enter your PIN</source>
            <translation>Бейдж супервайзера прочитан — супервайзер, введите PIN</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="390" />
            <source>Final grade of {lpn} ({sku}), approved by {final_by}: scan the grade</source>
            <translation>Итоговая оценка {lpn} ({sku}), одобрил(а) {final_by}: отсканируйте оценку</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="392" />
            <source>Final grade of {lpn} ({sku}): the grades differ, scan the final grade</source>
            <translation>Итоговая оценка {lpn} ({sku}): оценки расходятся, отсканируйте итоговую оценку</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="394" />
            <source>Blind audit of {lpn} ({sku}): check it and grade it afresh</source>
            <translation>Слепая проверка {lpn} ({sku}): осмотрите и оцените заново</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="397" />
            <source>Audit of {lpn} agrees: the label for its put-away is printing</source>
            <translation>Проверка {lpn} совпала: печатается этикетка для размещения</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="399" />
            <source>Audit of {lpn} recorded: the grades differ, a supervisor decides</source>
            <translation>Проверка {lpn} записана: оценки расходятся, решает руководитель</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="401" />
            <source>Final grade of {lpn} set (audited): its label is printing</source>
            <translation>Итоговая оценка {lpn} установлена (записано в журнал): печатается этикетка</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="403" />
            <source>Calibration grade of {lpn} recorded</source>
            <translation>Калибровочная оценка {lpn} записана</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="405" />
            <source>{lpn} is held for a blind audit: its AUDIT label is printing</source>
            <translation>{lpn} отложена для слепой проверки: печатается этикетка AUDIT</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="423" />
            <source>%n discrepancy flag</source>
            <translation>
                <numerusform>%n отметка о расхождении</numerusform>
                <numerusform>%n отметки о расхождении</numerusform>
                <numerusform>%n отметок о расхождении</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/messages.py" line="425" />
            <source>%n discrepancy flags</source>
            <translation>
                <numerusform>%n отметка о расхождении</numerusform>
                <numerusform>%n отметки о расхождении</numerusform>
                <numerusform>%n отметок о расхождении</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="436" />
            <source>Scan your badge</source>
            <translation>Отсканируйте бейдж</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="437" />
            <source>Enter your PIN, then Enter</source>
            <translation>Введите PIN-код и нажмите Enter</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="438" />
            <source>Scan the RMA slip or the tracking label</source>
            <translation>Отсканируйте бланк RMA или трек-этикетку</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="439" />
            <source>Scan the next item — or complete the return (F12)</source>
            <translation>Отсканируйте следующий товар — или завершите возврат (F12)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="440" />
            <source>Check and grade the unit: 1 = A, 2 = B, 3 = C, 4 = D, 5 = scrap</source>
            <translation>Проверьте единицу и присвойте категорию: 1 = A, 2 = B, 3 = C, 4 = D, 5 = утиль</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="442" />
            <source>No RMA: scan the order number, customer number or an item's serial — or CMD-BLIND to receive it blind, CMD-SET-ASIDE for a supervisor</source>
            <translation>Нет RMA: отсканируйте номер заказа, номер клиента или серийный номер товара — или CMD-BLIND для слепой приёмки, CMD-SET-ASIDE, чтобы отложить для руководителя</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="445" />
            <source>Override: scan a reason barcode or type the reason</source>
            <translation>Изменение решения: отсканируйте штрихкод причины или введите причину</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="446" />
            <source>Pick the return: type or scan its number</source>
            <translation>Выберите возврат: введите или отсканируйте его номер</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="447" />
            <source>Put away: scan the bin label</source>
            <translation>Размещение: отсканируйте этикетку ячейки</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="448" />
            <source>Confirm: scan CMD-CONFIRM to complete, or scan on</source>
            <translation>Подтвердите: CMD-CONFIRM — завершить, иначе сканируйте дальше</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="449" />
            <source>Supervisor approval: a supervisor scans their badge</source>
            <translation>Одобрение супервайзера: супервайзер сканирует свой бейдж</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="450" />
            <source>Supervisor approval: the supervisor enters their PIN, then Enter</source>
            <translation>Одобрение супервайзера: супервайзер вводит PIN и нажимает Enter</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="452" />
            <source>Blind audit: check the unit and grade it (CMD-CANCEL leaves it held)</source>
            <translation>Слепая проверка: осмотрите единицу и оцените её (CMD-CANCEL оставляет её отложенной)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="460" />
            <source>Final grade: scan the grade the unit keeps (CMD-CANCEL leaves it disputed)</source>
            <translation>Итоговая оценка: отсканируйте оценку, которая останется за единицей (CMD-CANCEL оставляет спор открытым)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="466" />
            <source>Refund: full</source>
            <translation>Возмещение: полное</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="468" />
            <source>Refund: partial, {0} %</source>
            <translation>Возмещение: частичное, {0} %</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="469" />
            <source>Refund: none</source>
            <translation>Возмещение: нет</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="478" />
            <source>Wrong item on line {line}: declared {declared_sku}, received {received_sku}</source>
            <translation>Не тот товар в строке {line}: заявлен {declared_sku}, получен {received_sku}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="480" />
            <source>Undeclared extra item: {received_sku}</source>
            <translation>Лишний незаявленный товар: {received_sku}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="481" />
            <source>Missing: line {line} ({sku}) not in the parcel</source>
            <translation>Недостача: строки {line} ({sku}) нет в посылке</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="482" />
            <source>Empty box: none of the {declared_lines} declared lines arrived</source>
            <translation>Пустая коробка: не пришла ни одна из заявленных строк ({declared_lines})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="483" />
            <source>Short on line {line}: {received} of {declared} {sku}</source>
            <translation>Недостача в строке {line}: {received} из {declared} {sku}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="485" />
            <source>More than declared on line {line}: {sku} (declared {declared})</source>
            <translation>Больше заявленного в строке {line}: {sku} (заявлено {declared})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="488" />
            <source>Serial mismatch on line {line}: sold {sold_serial}, received {received_serial}</source>
            <translation>Несовпадение серийного номера в строке {line}: продан {sold_serial}, получен {received_serial}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="490" />
            <source>Unit {unit}: returned outside the window</source>
            <translation>Единица {unit}: возвращена вне срока</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="491" />
            <source>Unit {unit}: late, accepted by loyalty leniency</source>
            <translation>Единица {unit}: с опозданием, принята по льготе лояльности</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/messages.py" line="492" />
            <source>Blind receipt: no return authorization</source>
            <translation>Слепая приёмка: нет разрешения на возврат</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="22" />
            <source>Restock as new</source>
            <translation>На склад как новый</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="23" />
            <source>Restock as open box</source>
            <translation>На склад как вскрытый</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="24" />
            <source>Refurbish</source>
            <translation>На восстановление</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="25" />
            <source>Repair</source>
            <translation>В ремонт</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="26" />
            <source>Return to vendor</source>
            <translation>Возврат поставщику</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="27" />
            <source>Liquidate</source>
            <translation>На ликвидацию</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="28" />
            <source>Donate</source>
            <translation>На благотворительность</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="29" />
            <source>Recycle</source>
            <translation>На переработку</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="30" />
            <source>Destroy</source>
            <translation>На уничтожение</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="36" />
            <source>Sellable</source>
            <translation>Товарный запас</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="37" />
            <source>Returns staging</source>
            <translation>Приёмка возвратов</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="38" />
            <source>Open box</source>
            <translation>Вскрытая упаковка</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="39" />
            <source>Refurbishment</source>
            <translation>Восстановление</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="40" />
            <source>Repair zone</source>
            <translation>Зона ремонта</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="41" />
            <source>Return-to-vendor cage</source>
            <translation>Клетка возврата поставщику</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="42" />
            <source>Liquidation</source>
            <translation>Ликвидация</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="43" />
            <source>Donation</source>
            <translation>Пожертвование</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="44" />
            <source>Recycling</source>
            <translation>Переработка</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="45" />
            <source>Scrap</source>
            <translation>Утилизация</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="51" />
            <source>Standard</source>
            <translation>Стандартный</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="52" />
            <source>Silver</source>
            <translation>Серебряный</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="53" />
            <source>Gold</source>
            <translation>Золотой</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="54" />
            <source>Platinum</source>
            <translation>Платиновый</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="60" />
            <source>Defective</source>
            <translation>Брак</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="61" />
            <source>Damaged in transit</source>
            <translation>Повреждён при доставке</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="62" />
            <source>Wrong item sent</source>
            <translation>Прислан не тот товар</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="63" />
            <source>Not as described</source>
            <translation>Не соответствует описанию</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="64" />
            <source>Size or fit</source>
            <translation>Не подошёл размер</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="65" />
            <source>No longer needed</source>
            <translation>Больше не нужен</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="66" />
            <source>Changed mind</source>
            <translation>Клиент передумал</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="67" />
            <source>Arrived late</source>
            <translation>Доставлен с опозданием</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="68" />
            <source>Other</source>
            <translation>Другое</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="74" />
            <source>matched</source>
            <translation>совпадает</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="75" />
            <source>not on the RMA</source>
            <translation>нет в RMA</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="76" />
            <source>more than declared</source>
            <translation>больше заявленного</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="82" />
            <source>waiting</source>
            <translation>ожидается</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="83" />
            <source>partly received</source>
            <translation>получено частично</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="84" />
            <source>received</source>
            <translation>получено</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="90" />
            <source>connecting</source>
            <translation>подключение</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="91" />
            <source>connected</source>
            <translation>подключён</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="92" />
            <source>disconnected</source>
            <translation>отключён</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="93" />
            <source>stopped</source>
            <translation>остановлен</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="99" />
            <source>clerk</source>
            <translation>приёмщик</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="100" />
            <source>supervisor</source>
            <translation>руководитель</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/code_words.py" line="101" />
            <source>administrator</source>
            <translation>администратор</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="51" />
            <source>Gold calibration unit</source>
            <translation>Эталонная единица для калибровки</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="51" />
            <source>Blind audit</source>
            <translation>Слепая проверка</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="54" />
            <source>Final grade, set by {name} (audited)</source>
            <translation>Итоговая оценка, ставит {name} (записывается в журнал)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="56" />
            <source>Final grade (audited)</source>
            <translation>Итоговая оценка (записывается в журнал)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="61" />
            <source>First grade: {grade} ({name})</source>
            <translation>Первая оценка: {grade} ({name})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="63" />
            <source>Blind grade: {grade} ({name})</source>
            <translation>Слепая оценка: {grade} ({name})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="67" />
            <source>Grades: {grades}</source>
            <translation>Оценки: {grades}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="72" />
            <source>Several returns match. Type or scan the number of the right one:</source>
            <translation>Подходят несколько возвратов. Введите или отсканируйте номер нужного:</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="85" />
            <source>This return has no units. Complete it empty?</source>
            <translation>В этом возврате нет единиц. Завершить пустым?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/guidance.py" line="89" />
            <source>Complete with %n discrepancy?</source>
            <translation>
                <numerusform>Завершить с %n расхождением?</numerusform>
                <numerusform>Завершить с %n расхождениями?</numerusform>
                <numerusform>Завершить с %n расхождениями?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/guidance.py" line="91" />
            <source>Complete with %n discrepancies?</source>
            <translation>
                <numerusform>Завершить с %n расхождением?</numerusform>
                <numerusform>Завершить с %n расхождениями?</numerusform>
                <numerusform>Завершить с %n расхождениями?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="93" />
            <source>Yes: scan CMD-CONFIRM (or click Complete anyway). Any other scan: no.</source>
            <translation>Да: отсканируйте CMD-CONFIRM (или нажмите «Всё равно завершить»). Любой другой скан: нет.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="106" />
            <source>Undo of unit {seq} ({sku}, {lpn}) needs a supervisor</source>
            <translation>Для отмены единицы {seq} ({sku}, {lpn}) нужен супервайзер</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="112" />
            <source>It is already put away: take it off the shelf before approving.</source>
            <translation>Она уже размещена: снимите её с полки перед одобрением.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="114" />
            <source>Its label is already printed: remove the label before approving.</source>
            <translation>Её этикетка уже напечатана: снимите этикетку перед одобрением.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="117" />
            <location filename="../../src/receiving_desk/gui/guidance.py" line="131" />
            <source>Supervisor: scan your badge, then enter your PIN. The clerk stays logged in.</source>
            <translation>Супервайзер: отсканируйте бейдж, затем введите PIN. Сотрудник остаётся в системе.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="119" />
            <location filename="../../src/receiving_desk/gui/guidance.py" line="133" />
            <source>Supervisor: enter your PIN, then Enter.</source>
            <translation>Супервайзер: введите PIN и нажмите Enter.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="121" />
            <source>CMD-CANCEL: keep the unit, nothing is undone.</source>
            <translation>CMD-CANCEL: оставить единицу, ничего не отменяется.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="127" />
            <source>The grades of {lpn} ({sku}) differ: a supervisor sets the final grade</source>
            <translation>Оценки {lpn} ({sku}) расходятся: итоговую оценку ставит супервайзер</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="135" />
            <source>CMD-CANCEL: the unit waits for a supervisor.</source>
            <translation>CMD-CANCEL: единица ждёт супервайзера.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/guidance.py" line="142" />
            <source>Cart: %n LPN — scan the bin label to put it away</source>
            <translation>
                <numerusform>Тележка: %n LPN — отсканируйте этикетку ячейки для размещения</numerusform>
                <numerusform>Тележка: %n LPN — отсканируйте этикетку ячейки для размещения</numerusform>
                <numerusform>Тележка: %n LPN — отсканируйте этикетку ячейки для размещения</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/guidance.py" line="144" />
            <source>Cart: %n LPNs — scan the bin label to put them away</source>
            <translation>
                <numerusform>Тележка: %n LPN — отсканируйте этикетку ячейки для размещения</numerusform>
                <numerusform>Тележка: %n LPN — отсканируйте этикетку ячейки для размещения</numerusform>
                <numerusform>Тележка: %n LPN — отсканируйте этикетку ячейки для размещения</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="150" />
            <source>{n}. {lpn} ({sku}): now in {location} → goes to {destination}</source>
            <translation>{n}. {lpn} ({sku}): сейчас в {location} → в {destination}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="160" />
            <source>Mixed destinations: each LPN is booked into the bin you scan</source>
            <translation>Разные места назначения: каждый LPN будет записан в ту ячейку, которую вы отсканируете</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="169" />
            <source>Grading unit {seq}: {sku} — {description}</source>
            <translation>Оценка единицы {seq}: {sku} — {description}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="186" />
            <source>Answer before grading:</source>
            <translation>Ответьте до оценки:</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/guidance.py" line="196" />
            <source>Unit {seq}: {disposition} → bin {bin}</source>
            <translation>Единица {seq}: {disposition} → ячейка {bin}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/guidance.py" line="207" />
            <source>%n unit waits in returns staging: scan its bin label to put it away</source>
            <translation>
                <numerusform>В зоне приёмки возвратов ждёт %n единица: отсканируйте этикетку ячейки для размещения</numerusform>
                <numerusform>В зоне приёмки возвратов ждут %n единицы: отсканируйте этикетку ячейки для размещения</numerusform>
                <numerusform>В зоне приёмки возвратов ждут %n единиц: отсканируйте этикетку ячейки для размещения</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/guidance.py" line="213" />
            <source>%n units wait in returns staging: scan a bin label to put one away</source>
            <translation>
                <numerusform>В зоне приёмки возвратов ждёт %n единица: отсканируйте этикетку ячейки для размещения</numerusform>
                <numerusform>В зоне приёмки возвратов ждут %n единицы: отсканируйте этикетку ячейки для размещения</numerusform>
                <numerusform>В зоне приёмки возвратов ждут %n единиц: отсканируйте этикетку ячейки для размещения</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/note_texts.py" line="40" />
            <source>full refund</source>
            <translation>полный возврат денег</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/note_texts.py" line="42" />
            <source>no refund</source>
            <translation>без возврата денег</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/note_texts.py" line="44" />
            <source>partial refund, {0}</source>
            <translation>частичный возврат денег, {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/note_texts.py" line="51" />
            <source>Hygiene check failed: {0}</source>
            <translation>Гигиеническая проверка не пройдена: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/note_texts.py" line="53" />
            <source>Refund raised from {0} to {1} by the {2} tier's leniency ({3})</source>
            <translation>Возврат денег повышен: {0} → {1} по льготе уровня «{2}» ({3})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/note_texts.py" line="57" />
            <source>Outside the return window: day {0} of {1}</source>
            <translation>Вне срока возврата: день {0} из {1}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/note_texts.py" line="59" />
            <source>Accepted by the {0} tier's leniency: day {1} of {2} (+{3})</source>
            <translation>Принято по льготе уровня «{0}»: день {1} из {2} (+{3})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/note_texts.py" line="63" />
            <source>Held for review, no refund: {0}</source>
            <translation>Отложено на проверку, без возврата денег: {0}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="23" />
            <source>{grams} g</source>
            <translation>{grams} г</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="24" />
            <source>{kg} kg</source>
            <translation>{kg} кг</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="29" />
            <source>no expected weight in the catalog</source>
            <translation>в каталоге нет ожидаемого веса</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="30" />
            <source>expected {low} – {high}</source>
            <translation>ожидается {low} – {high}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="36" />
            <source>Too late to weigh the parcel: items were already taken out of it</source>
            <translation>Посылку уже не взвесить: из неё уже достали товары</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="38" />
            <source>Nothing to weigh now: scan an item to weigh it</source>
            <translation>Сейчас взвешивать нечего: отсканируйте товар, чтобы взвесить его</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="39" />
            <source>No scale connected: check the scale's cable and power</source>
            <translation>Весы не подключены: проверьте кабель и питание весов</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="41" />
            <source>The weight did not settle: keep hands off the scale and weigh again</source>
            <translation>Вес не успокоился: не трогайте весы и взвесьте снова</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="43" />
            <source>Scale overloaded: too heavy for this scale, not recorded</source>
            <translation>Весы перегружены: слишком тяжело для этих весов, не записано</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="44" />
            <source>Nothing on the scale: put the parcel or the unit on it</source>
            <translation>На весах ничего нет: положите на них посылку или единицу</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="46" />
            <source>The scale shows less than zero: empty it, zero it and weigh again</source>
            <translation>Весы показывают меньше нуля: освободите их, обнулите и взвесьте снова</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="54" />
            <source>EMPTY BOX? It weighs about the packaging alone</source>
            <translation>ПУСТАЯ КОРОБКА? Весит примерно как одна упаковка</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="55" />
            <source>TOO LIGHT: parts may be missing</source>
            <translation>СЛИШКОМ ЛЁГКИЙ: возможно, не хватает частей</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="56" />
            <source>TOO HEAVY: something else may be inside</source>
            <translation>СЛИШКОМ ТЯЖЁЛЫЙ: внутри может быть что-то другое</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="57" />
            <source>weight as expected</source>
            <translation>вес соответствует ожидаемому</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="61" />
            <source>Unit {seq} weighs {weight} — {found}</source>
            <translation>Единица {seq} весит {weight} — {found}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="63" />
            <source>Parcel weighs {weight} — {found}</source>
            <translation>Посылка весит {weight} — {found}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="71" />
            <source>Empty box by weight: the parcel weighs {weight}, {expected}</source>
            <translation>Пустая коробка по весу: посылка весит {weight}, {expected}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="73" />
            <source>Unit {unit} too light: {weight}, {expected} (missing parts?)</source>
            <translation>Единица {unit} слишком лёгкая: {weight}, {expected} (не хватает частей?)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="75" />
            <source>Unit {unit} too heavy: {weight}, {expected}</source>
            <translation>Единица {unit} слишком тяжёлая: {weight}, {expected}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="77" />
            <source>Parcel too light: {weight}, {expected} (missing parts?)</source>
            <translation>Посылка слишком лёгкая: {weight}, {expected} (не хватает частей?)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/weight_texts.py" line="79" />
            <source>Parcel too heavy: {weight}, {expected} (something else inside?)</source>
            <translation>Посылка слишком тяжёлая: {weight}, {expected} (внутри что-то другое?)</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="64" />
            <source>Restock as new</source>
            <translation>На склад как новый</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="65" />
            <source>Restock as open box</source>
            <translation>На склад как вскрытый</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="66" />
            <source>Refurbish</source>
            <translation>На восстановление</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="67" />
            <source>Repair</source>
            <translation>В ремонт</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="68" />
            <source>Return to vendor</source>
            <translation>Возврат поставщику</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="69" />
            <source>Liquidate</source>
            <translation>На ликвидацию</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="70" />
            <source>Donate</source>
            <translation>На благотворительность</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="71" />
            <source>Recycle</source>
            <translation>На переработку</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="72" />
            <source>Destroy</source>
            <translation>На уничтожение</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="49" />
            <source>Next unit</source>
            <translation>Следующая единица</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="50" />
            <source>Complete the return</source>
            <translation>Завершить возврат</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="51" />
            <source>Cancel the unit waiting for a grade</source>
            <translation>Отменить единицу, ждущую оценки</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="52" />
            <source>Undo the last scan</source>
            <translation>Отменить последний скан</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="53" />
            <source>Set the parcel aside for a supervisor</source>
            <translation>Отложить посылку для руководителя</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="54" />
            <source>Blind receipt (no RMA)</source>
            <translation>Приёмка без RMA</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="55" />
            <source>Checklist: all remaining OK</source>
            <translation>Чек-лист: все остальные — да</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="56" />
            <source>Cancel (override, look-up, cart)</source>
            <translation>Отмена (изменение решения, поиск, тележка)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="57" />
            <source>Reprint the last restock label</source>
            <translation>Перепечатать последнюю этикетку возврата на склад</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="58" />
            <source>Log out</source>
            <translation>Выйти</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="59" />
            <source>Weigh the parcel or unit on the scale</source>
            <translation>Взвесить посылку или единицу</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="60" />
            <source>Yes, complete anyway (no units or discrepancies)</source>
            <translation>Да, всё равно завершить (нет единиц или есть расхождения)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="61" />
            <source>Hold the last LPN for a blind audit (supervisor)</source>
            <translation>Отложить последний LPN для слепой проверки (руководитель)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="74" />
            <source>Receiving Desk - command barcodes</source>
            <translation>Приёмка возвратов — командные штрихкоды</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="78" />
            <source>grade does not reflect the item's real condition</source>
            <translation>оценка не отражает реальное состояние товара</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="79" />
            <source>customer goodwill</source>
            <translation>лояльность к клиенту</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="80" />
            <source>vendor return agreement</source>
            <translation>соглашение о возврате с поставщиком</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="81" />
            <source>hidden damage found</source>
            <translation>обнаружено скрытое повреждение</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="82" />
            <source>product recall</source>
            <translation>отзыв продукции</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="123" />
            <source>Grade {grade}</source>
            <translation>Категория {grade}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="130" />
            <source>YES · {question}</source>
            <translation>ДА · {question}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="133" />
            <source>NO · {question}</source>
            <translation>НЕТ · {question}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="138" />
            <source>Found: {condition}</source>
            <translation>Выявлено: {condition}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="156" />
            <source>Pick return number {number} of the list</source>
            <translation>Выбрать возврат номер {number} из списка</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="159" />
            <source>Override: {disposition} (supervisor)</source>
            <translation>Изменить решение: {disposition} (руководитель)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/commands.py" line="164" />
            <source>Reason: {reason}</source>
            <translation>Причина: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="23" />
            <source>Restock as new</source>
            <translation>На склад как новый</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="24" />
            <source>Restock as open box</source>
            <translation>На склад как вскрытый</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="25" />
            <source>Refurbish</source>
            <translation>На восстановление</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="26" />
            <source>Repair</source>
            <translation>В ремонт</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="27" />
            <source>Return to vendor</source>
            <translation>Возврат поставщику</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="28" />
            <source>Liquidate</source>
            <translation>На ликвидацию</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="29" />
            <source>Donate</source>
            <translation>На благотворительность</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="30" />
            <source>Recycle</source>
            <translation>На переработку</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="31" />
            <source>Destroy</source>
            <translation>На уничтожение</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="17" />
            <source>GRADE</source>
            <translation>ОЦЕНКА</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="18" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="19" />
            <source>BIN</source>
            <translation>ЯЧЕЙКА</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="35" />
            <source>Clerk</source>
            <translation>Приёмщик</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="36" />
            <source>Supervisor</source>
            <translation>Руководитель</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/label_texts.py" line="37" />
            <source>Administrator</source>
            <translation>Администратор</translation>
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
            <translation>Пакет доказательств — {code}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="20" />
            <source>Station {station} · status {status} · pack {pack} · made {made}</source>
            <translation>Станция {station} · статус {status} · пакет {pack} · создан {made}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="21" />
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="22" />
            <source>Photos</source>
            <translation>Фотографии</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="23" />
            <source>Unit {seq} · {name} · SHA-256 {digest}</source>
            <translation>Единица {seq} · {name} · SHA-256 {digest}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="24" />
            <source>Unit {seq} · {name} — file missing from the photo folder</source>
            <translation>Единица {seq} · {name} — файла нет в папке фотографий</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="25" />
            <source>(not drawable here: see the ZIP)</source>
            <translation>(здесь не отображается: см. ZIP)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="27" />
            <source>The SHA-256 of this file and of every photo are recorded at the desk and centrally: check a copy with `receiving-desk evidence verify FILE`.</source>
            <translation>SHA-256 этого файла и каждой фотографии записаны на рабочем месте и в центральной базе: проверьте копию командой `receiving-desk evidence verify FILE`.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="31" />
            <source>Who and when</source>
            <translation>Кто и когда</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="32" />
            <source>Fact</source>
            <translation>Сведение</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="33" />
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="34" />
            <source>Receipt</source>
            <translation>Приёмка</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="35" />
            <source>RMA</source>
            <translation>RMA</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="36" />
            <source>(blind receipt)</source>
            <translation>(приёмка без RMA)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="37" />
            <source>Station</source>
            <translation>Станция</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="38" />
            <source>Opened by</source>
            <translation>Открыл(а)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="39" />
            <source>Opened at</source>
            <translation>Открыто</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="40" />
            <source>Parcel scan</source>
            <translation>Скан посылки</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="41" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="42" />
            <source>Completed by</source>
            <translation>Завершил(а)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="43" />
            <source>Completed at</source>
            <translation>Завершено</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="44" />
            <source>Void reason</source>
            <translation>Причина аннулирования</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="45" />
            <source>Order</source>
            <translation>Заказ</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="46" />
            <source>Customer</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="47" />
            <source>Order date</source>
            <translation>Дата заказа</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="48" />
            <source>Delivered at</source>
            <translation>Доставлено</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="50" />
            <source>Declared by the customer</source>
            <translation>Заявлено клиентом</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="51" />
            <source>Line</source>
            <translation>Строка</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="53" />
            <source>Qty</source>
            <translation>Кол-во</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="54" />
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="55" />
            <source>Customer's note</source>
            <translation>Комментарий клиента</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="56" />
            <source>Serial sold</source>
            <translation>Проданный серийный номер</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="58" />
            <source>Scan journal while the return was open</source>
            <translation>Журнал сканирования, пока возврат был открыт</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="59" />
            <source>Time</source>
            <translation>Время</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="60" />
            <source>Scanner</source>
            <translation>Сканер</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="61" />
            <source>AIM</source>
            <translation>AIM</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="62" />
            <source>Data</source>
            <translation>Данные</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="63" />
            <source>PINs masked. Every scan at this desk in the time the return was open.</source>
            <translation>PIN-коды скрыты. Все сканы на этом рабочем месте, пока возврат был открыт.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="65" />
            <source>Units, scans and grades</source>
            <translation>Единицы, сканы и оценки</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="66" />
            <source>Scanned at</source>
            <translation>Отсканировано</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="67" />
            <source>By</source>
            <translation>Кто</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="68" />
            <source>Scan</source>
            <translation>Скан</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="69" />
            <source>Match</source>
            <translation>Соответствие</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="70" />
            <source>Serial</source>
            <translation>Серийный номер</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="71" />
            <source>Grade</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="72" />
            <source>Graded by</source>
            <translation>Оценил(а)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="73" />
            <source>Graded at</source>
            <translation>Оценено</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="74" />
            <source>Conditions</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="75" />
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="76" />
            <source>LPN</source>
            <translation>LPN</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="78" />
            <source>Checklist answers</source>
            <translation>Ответы контрольного списка</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="79" />
            <source>Question</source>
            <translation>Вопрос</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="80" />
            <source>Answer</source>
            <translation>Ответ</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="82" />
            <source>Disposition, refund and overrides</source>
            <translation>Решение, возмещение и изменения решения</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="83" />
            <source>Disposition</source>
            <translation>Решение</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="84" />
            <source>Rule</source>
            <translation>Правило</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="85" />
            <source>Why</source>
            <translation>Почему</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="86" />
            <source>Window</source>
            <translation>Срок возврата</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="87" />
            <source>Refund</source>
            <translation>Возмещение</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="88" />
            <source>Held / notes</source>
            <translation>Удержано / заметки</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="89" />
            <source>Override</source>
            <translation>Изменение решения</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="90" />
            <source>Override reason</source>
            <translation>Причина изменения</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="91" />
            <source>Override by</source>
            <translation>Изменил(а)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="92" />
            <source>Override at</source>
            <translation>Изменено</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="94" />
            <source>Weights</source>
            <translation>Вес</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="95" />
            <source>Weighed</source>
            <translation>Что взвешено</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="96" />
            <source>Weight (g)</source>
            <translation>Вес (г)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="97" />
            <source>Expected (g)</source>
            <translation>Ожидаемый (г)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="98" />
            <source>Range (g)</source>
            <translation>Диапазон (г)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="99" />
            <source>Finding</source>
            <translation>Вывод</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="100" />
            <source>Parcel, before opening</source>
            <translation>Посылка до вскрытия</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="101" />
            <source>Unit {seq} ({sku})</source>
            <translation>Единица {seq} ({sku})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="102" />
            <source>within range</source>
            <translation>в пределах нормы</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="103" />
            <source>empty box</source>
            <translation>пустая коробка</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="104" />
            <source>too light</source>
            <translation>слишком лёгкая</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="105" />
            <source>too heavy</source>
            <translation>слишком тяжёлая</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="106" />
            <source>not weighed</source>
            <translation>не взвешено</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="107" />
            <source>no expected weight</source>
            <translation>нет ожидаемого веса</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="109" />
            <source>Expected: the catalog weight ± the category's tolerance (the rules' [weights]); a parcel adds its packaging.</source>
            <translation>Ожидаемый вес: вес по каталогу ± допуск категории (раздел [weights] правил); к посылке добавляется упаковка.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="113" />
            <source>Grades of audited units</source>
            <translation>Оценки проверенных единиц</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="114" />
            <source>Inspection</source>
            <translation>Осмотр</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="115" />
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="116" />
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="117" />
            <source>Details</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="118" />
            <source>First grade</source>
            <translation>Первая оценка</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="119" />
            <source>Blind second grade</source>
            <translation>Вторая слепая оценка</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="120" />
            <source>Gold calibration grade</source>
            <translation>Калибровочная оценка эталона</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="121" />
            <source>Final grade (supervisor)</source>
            <translation>Итоговая оценка (супервайзер)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="122" />
            <source>held for audit: {reason}, now {state}</source>
            <translation>отложено на проверку: {reason}, сейчас {state}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="123" />
            <source>approved at the desk of {clerk}</source>
            <translation>одобрено на рабочем месте сотрудника {clerk}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="124" />
            <source>Both inspections are kept; the final grade is the one the stock and refund follow.</source>
            <translation>Оба осмотра сохраняются; складской учёт и возмещение следуют итоговой оценке.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="126" />
            <source>Flags</source>
            <translation>Отметки</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="127" />
            <source>Flag</source>
            <translation>Отметка</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="128" />
            <source>Unit</source>
            <translation>Единица</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="129" />
            <source>Evidence</source>
            <translation>Доказательства</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="130" />
            <source>Stock movements</source>
            <translation>Движения запасов</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="131" />
            <source>From</source>
            <translation>Откуда</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="132" />
            <source>To</source>
            <translation>Куда</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="133" />
            <source>Labels printed</source>
            <translation>Напечатанные этикетки</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="134" />
            <source>Queued</source>
            <translation>В очереди</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="135" />
            <source>Label</source>
            <translation>Этикетка</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="136" />
            <source>Template</source>
            <translation>Шаблон</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="137" />
            <source>State</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="138" />
            <source>Sent</source>
            <translation>Отправлено</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="139" />
            <source>Attempts</source>
            <translation>Попытки</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="140" />
            <source>reprint</source>
            <translation>повторная печать</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="141" />
            <source>Audit entries</source>
            <translation>Записи журнала аудита</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="142" />
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/evidence_texts.py" line="143" />
            <source>Subject</source>
            <translation>Объект</translation>
        </message>
    </context>
    <context>
        <name>StartError</name>
        <message>
            <location filename="../../src/receiving_desk/gui/start_error.py" line="28" />
            <source>The store {0} was upgraded by a newer version of Receiving Desk (schema revision {1}). This version cannot open it: install that version or newer, or restore a backup made by this version.</source>
            <translation>Хранилище {0} обновлено более новой версией программы «Приёмка возвратов» (ревизия схемы {1}). Эта версия не может его открыть: установите ту или более новую версию или восстановите резервную копию, сделанную этой версией.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/start_error.py" line="33" />
            <source>Receiving Desk is already running on {0} (process {1}).</source>
            <translation>Приёмка возвратов уже запущена на {0} (процесс {1}).</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/start_error.py" line="38" />
            <source>The data folder {0} cannot be written ({1}). Give the desk a writable folder (data_dir in the station settings file), or have its permissions corrected.</source>
            <translation>Папка данных {0} недоступна для записи ({1}). Укажите столу папку с правом записи (data_dir в файле настроек станции) или исправьте её права доступа.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/start_error.py" line="44" />
            <source>The rules file cannot be used.</source>
            <translation>Файл правил нельзя использовать.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/start_error.py" line="45" />
            <source>The station settings file cannot be used.</source>
            <translation>Файл настроек станции нельзя использовать.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/site_code_texts.py" line="22" />
            <source>The bin {0} cannot be scanned at this desk: it does not match the site's bin pattern {1}. Correct the pattern ([barcodes] bin in the station settings file) or the bin.</source>
            <translation>Ячейку {0} нельзя отсканировать на этом рабочем месте: она не соответствует шаблону ячеек площадки {1}. Исправьте шаблон ([barcodes] bin в файле настроек станции) или ячейку.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/site_code_texts.py" line="27" />
            <source>The badge {0} cannot be scanned at this desk: it does not match the site's badge pattern {1}. Correct the pattern ([barcodes] badge in the station settings file) or the badge.</source>
            <translation>Бейдж {0} нельзя отсканировать на этом рабочем месте: он не соответствует шаблону бейджей площадки {1}. Исправьте шаблон ([barcodes] badge в файле настроек станции) или бейдж.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/site_code_texts.py" line="32" />
            <source>The license plate {0} cannot be scanned at this desk: it does not match the site's LPN pattern {1}. Correct the pattern ([barcodes] lpn) or the station's lpn_prefix.</source>
            <translation>Номерной знак {0} нельзя отсканировать на этом рабочем месте: он не соответствует шаблону LPN площадки {1}. Исправьте шаблон ([barcodes] lpn) или lpn_prefix станции.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/site_code_texts.py" line="36" />
            <source>The RMA number {0} cannot be scanned at this desk: it does not match the site's RMA pattern {1}.</source>
            <translation>Номер RMA {0} нельзя отсканировать на этом рабочем месте: он не соответствует шаблону RMA площадки {1}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/receiving_desk/gui/site_code_texts.py" line="59" />
            <source>{0} %n codes in all cannot be scanned: {1}.</source>
            <translation>
                <numerusform>{0} Всего нельзя отсканировать %n код: {1}.</numerusform>
                <numerusform>{0} Всего нельзя отсканировать %n кода: {1}.</numerusform>
                <numerusform>{0} Всего нельзя отсканировать %n кодов: {1}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/start_error.py" line="51" />
            <source>Receiving Desk cannot start</source>
            <translation>Приёмка возвратов не может запуститься</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/start_error.py" line="56" />
            <source>Correct the file, then start the desk again.</source>
            <translation>Исправьте файл и запустите программу снова.</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/gui/start_error.py" line="61" />
            <source>Nothing was changed.</source>
            <translation>Ничего не изменено.</translation>
        </message>
    </context>
    <context>
        <name>Imports</name>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="129" />
            <source>{value} is not a known customer</source>
            <translation>{value} — неизвестный клиент</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="130" />
            <source>{value} is not a known product</source>
            <translation>{value} — неизвестный товар</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="174" />
            <source>empty</source>
            <translation>пусто</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="176" />
            <source>longer than {limit} characters</source>
            <translation>длиннее {limit} символов</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="183" />
            <source>{code} is not a GTIN (8, 12, 13 or 14 digits)</source>
            <translation>{code} — не GTIN (8, 12, 13 или 14 цифр)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="189" />
            <source>{code}: check digit {digit}, expected {expected}</source>
            <translation>{code}: контрольная цифра {digit}, ожидалась {expected}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="201" />
            <source>{raw} is not an amount</source>
            <translation>{raw} — не сумма</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="204" />
            <source>{raw} is not an amount (0 or more, at most two decimals)</source>
            <translation>{raw} — не сумма (0 или больше, не более двух знаков после запятой)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="212" />
            <source>{raw} is not a whole number of 1 or more</source>
            <translation>{raw} — не целое число от 1</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="232" />
            <source>{raw} is not a date (YYYY-MM-DD)</source>
            <translation>{raw} — не дата (ГГГГ-ММ-ДД)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="239" />
            <source>{raw} is not a date and time (ISO 8601)</source>
            <translation>{raw} — не дата и время (ISO 8601)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="241" />
            <source>{raw} has no time zone offset (e.g. +00:00 or Z)</source>
            <translation>{raw} без часового пояса (например, +00:00 или Z)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="249" />
            <source>{raw} is not one of {names}</source>
            <translation>{raw} — не одно из: {names}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="291" />
            <source>{key} already on line {line}</source>
            <translation>{key} уже есть в строке {line}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="344" />
            <source>{category} is not a category of the rules ({known})</source>
            <translation>{category} — не категория правил ({known})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="373" />
            <source>before the order date</source>
            <translation>раньше даты заказа</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="431" />
            <source>{gtin} already belongs to {sku} on line {line}</source>
            <translation>{gtin} уже принадлежит {sku} в строке {line}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_rows.py" line="451" />
            <source>differs from line {line} of {rma}</source>
            <translation>отличается от строки {line} для {rma}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_files.py" line="52" />
            <source>not CSV: {error}</source>
            <translation>не CSV: {error}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_files.py" line="64" />
            <source>not UTF-8 text (save the file as UTF-8)</source>
            <translation>не текст UTF-8 (сохраните файл в UTF-8)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_files.py" line="70" />
            <source>empty file: a header row is needed</source>
            <translation>пустой файл: нужна строка заголовков</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_files.py" line="79" />
            <source>{cells} cells, the header has {header}</source>
            <translation>ячеек: {cells}, в заголовке: {header}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_files.py" line="91" />
            <source>missing column(s): {columns}</source>
            <translation>нет столбцов: {columns}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_codes.py" line="23" />
            <source>bin {value} cannot be scanned at this desk: the site's bin pattern is {pattern}</source>
            <translation>ячейку {value} нельзя отсканировать на этом рабочем месте: шаблон ячеек площадки — {pattern}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/reference_codes.py" line="25" />
            <source>RMA number {value} cannot be scanned at this desk: the site's RMA pattern is {pattern}</source>
            <translation>номер RMA {value} нельзя отсканировать на этом рабочем месте: шаблон RMA площадки — {pattern}</translation>
        </message>
    </context>
    <context>
        <name>FileProblems</name>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="162" />
            <source>configuration file not found</source>
            <translation>файл настроек не найден</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="188" />
            <source>{key} must be a string, not {value}</source>
            <translation>значение {key} должно быть строкой, а не {value}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="189" />
            <source>{key} must be a path (a string), not {value}</source>
            <translation>значение {key} должно быть путём (строкой), а не {value}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="190" />
            <source>{key} must be true or false, not {value}</source>
            <translation>значение {key} должно быть true или false, а не {value}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="197" />
            <source>{key} {value}: letters, digits, _ . - (at most 64)</source>
            <translation>{key} {value}: только буквы, цифры, _ . - (не больше 64)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="201" />
            <source>{key} {value}: 1 to 6 capital letters or digits, a letter first</source>
            <translation>{key} {value}: от 1 до 6 заглавных букв или цифр, первой — буква</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="251" />
            <location filename="../../src/receiving_desk/config.py" line="367" />
            <location filename="../../src/receiving_desk/domain/security_policy.py" line="70" />
            <location filename="../../src/receiving_desk/domain/audit_sampling.py" line="98" />
            <location filename="../../src/receiving_desk/adapters/backup/settings.py" line="44" />
            <source>unknown setting {key}</source>
            <translation>неизвестная настройка {key}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="256" />
            <source>{key} must not be empty</source>
            <translation>значение {key} не может быть пустым</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="267" />
            <source>currency {value} is no ISO 4217 code</source>
            <translation>валюта {value} — не код ISO 4217</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="274" />
            <location filename="../../src/receiving_desk/station_values.py" line="44" />
            <source>unknown time zone {value}</source>
            <translation>неизвестный часовой пояс {value}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="284" />
            <source>{name} must be written as [[{name}]] tables</source>
            <translation>{name} нужно записать таблицами [[{name}]]</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="290" />
            <source>[{name}] must be a table</source>
            <translation>[{name}] должен быть таблицей</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="294" />
            <source>{name} is named twice</source>
            <translation>имя {name} указано дважды</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config.py" line="370" />
            <source>{key} must be a string</source>
            <translation>значение {key} должно быть строкой</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config_store.py" line="75" />
            <source>cannot be read: {reason}</source>
            <translation>не удаётся прочитать: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config_store.py" line="81" />
            <source>not UTF-8 text</source>
            <translation>текст не в кодировке UTF-8</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/config_store.py" line="104" />
            <source>cannot be written: {reason}</source>
            <translation>не удаётся записать: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="19" />
            <source>Invalid value</source>
            <translation>недопустимое значение</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="20" />
            <source>Invalid statement</source>
            <translation>недопустимая строка</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="21" />
            <source>Unclosed array</source>
            <translation>массив не закрыт</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="22" />
            <source>Unclosed inline table</source>
            <translation>встроенная таблица не закрыта</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="23" />
            <source>Unterminated string</source>
            <translation>строка не закрыта</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="24" />
            <source>Cannot overwrite a value</source>
            <translation>значение задано повторно</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="25" />
            <source>Expected '=' after a key in a key/value pair</source>
            <translation>после ключа ожидается '='</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="26" />
            <source>Expected ']' at the end of a table declaration</source>
            <translation>в конце объявления таблицы ожидается ']'</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="27" />
            <source>Expected ']]' at the end of an array declaration</source>
            <translation>в конце объявления массива таблиц ожидается ']]'</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="28" />
            <source>Invalid initial character for a key part</source>
            <translation>ключ не может начинаться с этого символа</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="29" />
            <source>Invalid date or datetime</source>
            <translation>недопустимая дата или дата и время</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="30" />
            <source>Invalid hex value</source>
            <translation>недопустимое шестнадцатеричное значение</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="31" />
            <source>Unescaped '\' in a string</source>
            <translation>неэкранированный '\' в строке</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="35" />
            <source>Cannot declare {key} twice</source>
            <translation>{key} объявлен дважды</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="36" />
            <source>Found invalid character {char}</source>
            <translation>недопустимый символ {char}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="37" />
            <source>Illegal character {char}</source>
            <translation>запрещённый символ {char}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="38" />
            <source>Expected {char}</source>
            <translation>ожидается {char}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="41" />
            <source>Duplicate inline table key {key}</source>
            <translation>ключ {key} повторяется во встроенной таблице</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="64" />
            <source>not valid TOML: {error} (at the end of the file)</source>
            <translation>ошибка TOML: {error} (в конце файла)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="65" />
            <source>not valid TOML: {error}</source>
            <translation>ошибка TOML: {error}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/toml_problems.py" line="67" />
            <source>not valid TOML: {error} (column {column})</source>
            <translation>ошибка TOML: {error} (позиция {column})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/toml_sections.py" line="65" />
            <source>[{name}] cannot be rewritten without changing other settings</source>
            <translation>[{name}] нельзя перезаписать, не изменив другие настройки</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/station_values.py" line="34" />
            <source>unknown [station] setting(s): {keys}</source>
            <translation>неизвестные настройки [station]: {keys}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/station_values.py" line="37" />
            <source>a station id is 1 to 32 letters, digits, - or _ (DESK-01)</source>
            <translation>код станции — от 1 до 32 букв, цифр, - или _ (DESK-01)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/station_values.py" line="39" />
            <source>the site needs a name</source>
            <translation>у площадки должно быть название</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/station_values.py" line="48" />
            <source>language must be one of {allowed}</source>
            <translation>язык должен быть одним из: {allowed}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/station_values.py" line="51" />
            <source>sound is true or false</source>
            <translation>sound — это true или false</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/barcodes/site_codes.py" line="48" />
            <source>bin {code} cannot be scanned: the site's bin pattern {pattern} does not match it (it would be read as {read_as})</source>
            <translation>ячейку {code} нельзя отсканировать: шаблон ячеек площадки {pattern} ей не соответствует (она будет прочитана как {read_as})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/barcodes/site_codes.py" line="52" />
            <source>badge {code} cannot be scanned: the site's badge pattern {pattern} does not match it (it would be read as {read_as})</source>
            <translation>бейдж {code} нельзя отсканировать: шаблон бейджей площадки {pattern} ему не соответствует (он будет прочитан как {read_as})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/barcodes/site_codes.py" line="56" />
            <source>rma {code} cannot be scanned: the site's rma pattern {pattern} does not match it (it would be read as {read_as})</source>
            <translation>RMA {code} нельзя отсканировать: шаблон RMA площадки {pattern} ему не соответствует (он будет прочитан как {read_as})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/barcodes/site_codes.py" line="60" />
            <source>lpn {code} cannot be scanned: the site's lpn pattern {pattern} does not match it (it would be read as {read_as})</source>
            <translation>LPN {code} нельзя отсканировать: шаблон LPN площадки {pattern} ему не соответствует (он будет прочитан как {read_as})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/barcodes/site_codes.py" line="64" />
            <source>the site's codes: {problem}</source>
            <translation>коды площадки: {problem}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/barcodes/pattern_check.py" line="25" />
            <source>{name} pattern {pattern}: {error}</source>
            <translation>шаблон {name} {pattern}: {error}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/barcodes/site_codes.py" line="129" />
            <source>{problem} (and {more} more)</source>
            <translation>{problem} (и ещё {more})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/security_policy.py" line="21" />
            <source>{key} must be a whole number from {low} to {high}, not {value}</source>
            <translation>значение {key} должно быть целым числом от {low} до {high}, а не {value}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/security_policy.py" line="33" />
            <source>{key} must be a number from {low} to {high}, not {value}</source>
            <translation>значение {key} должно быть числом от {low} до {high}, а не {value}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/security_policy.py" line="67" />
            <source>pepper_file must be a file path</source>
            <translation>pepper_file должен быть путём к файлу</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/security_policy.py" line="74" />
            <source>idle_warning_seconds must be shorter than idle_logout_minutes</source>
            <translation>idle_warning_seconds должно быть меньше, чем idle_logout_minutes</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/audit_sampling.py" line="89" />
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="131" />
            <source>{key} must be true or false</source>
            <translation>значение {key} должно быть true или false</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/audit_sampling.py" line="95" />
            <source>{key} must be a table of name = percent</source>
            <translation>{key} должен быть таблицей вида имя = процент</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/audit_sampling.py" line="111" />
            <source>{key} must be a percentage</source>
            <translation>значение {key} должно быть процентом</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/audit_sampling.py" line="113" />
            <source>{key} must be between 0 and 100 (%)</source>
            <translation>значение {key} должно быть от 0 до 100 (%)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/shifts.py" line="58" />
            <source>a shift needs a name</source>
            <translation>у смены должно быть название</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/shifts.py" line="61" />
            <source>shift {name}: start and end are the same time</source>
            <translation>смена {name}: начало и конец совпадают</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/shifts.py" line="81" />
            <source>unknown shift setting(s): {keys}</source>
            <translation>неизвестные настройки смены: {keys}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/shifts.py" line="86" />
            <source>a shift needs {key}</source>
            <translation>у смены должно быть {key}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/shifts.py" line="88" />
            <source>shift name must be a string</source>
            <translation>название смены должно быть строкой</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/shifts.py" line="107" />
            <source>shift {name}: {value} is not a time of day (HH:MM)</source>
            <translation>смена {name}: {value} — не время суток (ЧЧ:ММ)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/shifts.py" line="125" />
            <source>two shifts have the same name</source>
            <translation>у двух смен одинаковое название</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/shifts.py" line="134" />
            <source>no shift named {name} (configured: {known})</source>
            <translation>смены {name} нет (настроены: {known})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/shifts.py" line="152" />
            <source>the range ends ({last}) before it starts ({first})</source>
            <translation>период заканчивается ({last}) раньше, чем начинается ({first})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="32" />
            <source>unknown category {value} (one of: {allowed})</source>
            <translation>неизвестная группа товаров {value} (допустимо: {allowed})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="33" />
            <source>unknown grade {value} (one of: {allowed})</source>
            <translation>неизвестная категория качества {value} (допустимо: {allowed})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="34" />
            <source>unknown check {value} (one of: {allowed})</source>
            <translation>неизвестный пункт чек-листа {value} (допустимо: {allowed})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="35" />
            <source>unknown condition {value} (one of: {allowed})</source>
            <translation>неизвестное состояние {value} (допустимо: {allowed})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="36" />
            <source>unknown disposition {value} (one of: {allowed})</source>
            <translation>неизвестное решение {value} (допустимо: {allowed})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="37" />
            <source>unknown refund {value} (one of: {allowed})</source>
            <translation>неизвестное возмещение {value} (допустимо: {allowed})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="38" />
            <source>unknown return reason {value} (one of: {allowed})</source>
            <translation>неизвестная причина возврата {value} (допустимо: {allowed})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="39" />
            <source>unknown loyalty tier {value} (one of: {allowed})</source>
            <translation>неизвестный уровень лояльности {value} (допустимо: {allowed})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="42" />
            <source>{key} must be a whole number of grams</source>
            <translation>значение {key} должно быть целым числом граммов</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="43" />
            <source>{key} must be a whole number of percent</source>
            <translation>значение {key} должно быть целым числом процентов</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="46" />
            <source>{key} must be 0..{high} grams, not {value}</source>
            <translation>значение {key} должно быть 0..{high} г, а не {value}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="47" />
            <source>{key} must be 0..{high} percent, not {value}</source>
            <translation>значение {key} должно быть 0..{high} %, а не {value}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="49" />
            <source>{key} must be a non-empty list of strings</source>
            <translation>значение {key} должно быть непустым списком строк</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="82" />
            <source>unknown key {key} (expected one of: {allowed})</source>
            <translation>неизвестный ключ {key} (ожидается один из: {allowed})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="100" />
            <source>missing {key} (a non-empty string)</source>
            <translation>нет ключа {key} (непустая строка)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="102" />
            <source>{key} must be a non-empty string</source>
            <translation>значение {key} должно быть непустой строкой</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="108" />
            <source>missing {key} (a number of days)</source>
            <translation>нет ключа {key} (число дней)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="110" />
            <source>{key} must be a whole number of days</source>
            <translation>значение {key} должно быть целым числом дней</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="113" />
            <source>{key} cannot be negative ({value} days)</source>
            <translation>значение {key} не может быть отрицательным ({value} дн.)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="141" />
            <source>missing {key} (a list of strings)</source>
            <translation>нет ключа {key} (список строк)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="150" />
            <source>{item} is listed twice in {key}</source>
            <translation>{item} дважды указано в {key}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="171" />
            <source>refund_percent goes only with refund = 'partial', not {value}</source>
            <translation>refund_percent указывается только при refund = 'partial', а не {value}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="179" />
            <source>refund 'partial' needs refund_percent from 1 to 99 (got missing)</source>
            <translation>для refund 'partial' нужен refund_percent от 1 до 99 (не указан)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="182" />
            <source>refund 'partial' needs refund_percent from 1 to 99 (got {value})</source>
            <translation>для refund 'partial' нужен refund_percent от 1 до 99 (указано {value})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="195" />
            <source>missing [{table}] table</source>
            <translation>нет таблицы [{table}]</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="197" />
            <source>{key} must be a table</source>
            <translation>{key} должен быть таблицей</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_reader.py" line="207" />
            <source>{key} must be written as [[{name}]] tables</source>
            <translation>{key} нужно записать таблицами [[{name}]]</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_file.py" line="100" />
            <source>{key}: {text} is translated two ways in {language}</source>
            <translation>{key}: у {text} два разных перевода на {language}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_file.py" line="116" />
            <source>{name} cannot be a category name</source>
            <translation>{name} нельзя использовать как название группы товаров</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_file.py" line="166" />
            <source>missing 'default' (the scale of every category without its own)</source>
            <translation>нет 'default' (шкала для всех групп товаров без своей шкалы)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_file.py" line="177" />
            <source>{code} cannot be a condition code</source>
            <translation>{code} нельзя использовать как код состояния</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_file.py" line="186" />
            <source>check {code} is defined twice</source>
            <translation>пункт чек-листа {code} задан дважды</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_file.py" line="225" />
            <source>grade {grade} is not in the {category} scale ({scale})</source>
            <translation>категории качества {grade} нет в шкале {category} ({scale})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_file.py" line="253" />
            <source>id {id} is used twice (ids are unique across the file)</source>
            <translation>id {id} использован дважды (id должны быть уникальны во всём файле)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_file.py" line="274" />
            <source>grade {grade} of the {scale} scale has no fallback [[rule]] (grade = {grade} with category, reason and condition '*')</source>
            <translation>для категории качества {grade} шкалы {scale} нет запасного правила [[rule]] (grade = {grade}, а category, reason и condition — '*')</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_file.py" line="299" />
            <source>a leniency refunding 'none' would never raise a refund</source>
            <translation>льгота с возмещением 'none' никогда не повысит возмещение</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/domain/rules_file.py" line="348" />
            <source>hygiene category {category} has no hygiene check in its checklist, so an unsealed item could never be caught</source>
            <translation>в чек-листе гигиенической группы товаров {category} нет гигиенической проверки, поэтому вскрытый товар не будет выявлен</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="21" />
            <source>scanner {name}: {key} must be a string</source>
            <translation>сканер {name}: значение {key} должно быть строкой</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="22" />
            <source>scanner {name}: {key} must be a whole number</source>
            <translation>сканер {name}: значение {key} должно быть целым числом</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="23" />
            <source>scanner {name}: {key} must be a number or a hex string</source>
            <translation>сканер {name}: значение {key} должно быть числом или шестнадцатеричной строкой</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="33" />
            <source>scanner {name}: {key} must be a number</source>
            <translation>сканер {name}: значение {key} должно быть числом</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="40" />
            <source>scanner {name}: {key} must be true or false</source>
            <translation>сканер {name}: значение {key} должно быть true или false</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="82" />
            <source>scanner name must not be empty</source>
            <translation>название сканера не может быть пустым</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="85" />
            <source>scanner {name}: set port or usb_vid/usb_pid/usb_serial</source>
            <translation>сканер {name}: укажите port или usb_vid/usb_pid/usb_serial</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="89" />
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="103" />
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="111" />
            <source>scanner {name}: {key} must be {low}..{high}</source>
            <translation>сканер {name}: значение {key} должно быть в пределах {low}..{high}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="131" />
            <source>unknown scanner setting(s): {keys}</source>
            <translation>неизвестные настройки сканера: {keys}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="133" />
            <source>a scanner needs a name</source>
            <translation>у сканера должно быть название</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="145" />
            <source>scanner {name}: {key} {value} is not a hex number</source>
            <translation>сканер {name}: {key} {value} — не шестнадцатеричное число</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scanners/config.py" line="167" />
            <source>scanner {name}: {key} must be one of {allowed}, not {value}</source>
            <translation>сканер {name}: значение {key} должно быть одним из {allowed}, а не {value}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scales/settings.py" line="14" />
            <source>scale {name}: {key} must be a string</source>
            <translation>весы {name}: значение {key} должно быть строкой</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scales/settings.py" line="15" />
            <source>scale {name}: {key} must be a whole number</source>
            <translation>весы {name}: значение {key} должно быть целым числом</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scales/settings.py" line="16" />
            <source>scale {name}: {key} must be a number or a hex string</source>
            <translation>весы {name}: значение {key} должно быть числом или шестнадцатеричной строкой</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scales/settings.py" line="27" />
            <source>scale {name}: {key} must be a number</source>
            <translation>весы {name}: значение {key} должно быть числом</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scales/settings.py" line="35" />
            <source>scale {name}: {key} must be {low}..{high}</source>
            <translation>весы {name}: значение {key} должно быть в пределах {low}..{high}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scales/settings.py" line="47" />
            <source>unknown scale setting(s): {keys}</source>
            <translation>неизвестные настройки весов: {keys}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scales/settings.py" line="50" />
            <source>a scale needs a name</source>
            <translation>у весов должно быть название</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scales/settings.py" line="62" />
            <source>scale {name}: {key} {value} is not a hex number</source>
            <translation>весы {name}: {key} {value} — не шестнадцатеричное число</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scales/settings.py" line="74" />
            <source>scale {name}: protocol must be one of {allowed}</source>
            <translation>весы {name}: protocol должен быть одним из: {allowed}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scales/settings.py" line="80" />
            <source>scale {name}: set port or usb_vid/usb_pid/usb_serial</source>
            <translation>весы {name}: укажите port или usb_vid/usb_pid/usb_serial</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scales/settings.py" line="85" />
            <source>scale {name}: bytesize 7 or 8, parity N, E or O</source>
            <translation>весы {name}: bytesize — 7 или 8, parity — N, E или O</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/scales/settings.py" line="87" />
            <source>scale {name}: stopbits must be 1 or 2</source>
            <translation>весы {name}: stopbits должно быть 1 или 2</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/backup/settings.py" line="29" />
            <source>every_hours must be a number of hours, 0 to 744</source>
            <translation>every_hours должно быть числом часов от 0 до 744</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/backup/settings.py" line="37" />
            <source>keep must be a whole number, 1 to 10000</source>
            <translation>keep должно быть целым числом от 1 до 10000</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/backup/settings.py" line="41" />
            <source>dir must be a folder path</source>
            <translation>dir должен быть путём к папке</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/central/connection.py" line="91" />
            <source>unknown [central] setting {key}</source>
            <translation>неизвестная настройка [central] {key}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/central/connection.py" line="101" />
            <source>[central] {key} must be a whole number</source>
            <translation>[central] значение {key} должно быть целым числом</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/central/connection.py" line="102" />
            <source>[central] {key} must be a number</source>
            <translation>[central] значение {key} должно быть числом</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/central/connection.py" line="103" />
            <source>[central] {key} must be a string</source>
            <translation>[central] значение {key} должно быть строкой</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/central/connection.py" line="114" />
            <source>[central] sslmode must be one of {allowed}</source>
            <translation>[central] sslmode должен быть одним из: {allowed}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/central/connection.py" line="117" />
            <source>[central] intervals must be positive</source>
            <translation>[central] интервалы должны быть положительными</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/central/connection.py" line="120" />
            <source>[central] backoff_cap_s &gt;= backoff_base_s and batch_size &gt;= 1</source>
            <translation>[central] нужно backoff_cap_s &gt;= backoff_base_s и batch_size &gt;= 1</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/central/connection.py" line="126" />
            <source>[central] {key} must be {low}..{high}, not {value}</source>
            <translation>[central] значение {key} должно быть в пределах {low}..{high}, а не {value}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/central/connection.py" line="136" />
            <source>[central] url must be a postgresql:// URL</source>
            <translation>[central] url должен быть URL вида postgresql://</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/settings.py" line="52" />
            <source>printer URL {url}: scheme must be {allowed}</source>
            <translation>URL принтера {url}: схема должна быть из {allowed}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/settings.py" line="62" />
            <source>format must be one of {allowed}, got {value}</source>
            <translation>format должен быть одним из {allowed}, указано {value}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/settings.py" line="67" />
            <source>dpi must be 100..1200, got {value}</source>
            <translation>dpi должно быть 100..1200, указано {value}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/settings.py" line="70" />
            <source>size must be one of {allowed}, got {value}</source>
            <translation>size должен быть одним из {allowed}, указано {value}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/settings.py" line="81" />
            <source>a printer is a URL or a table with url=, got {value}</source>
            <translation>принтер задаётся URL или таблицей с url=, указано {value}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/settings.py" line="86" />
            <source>unknown printer setting(s) {keys}</source>
            <translation>неизвестные настройки принтера {keys}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/settings.py" line="93" />
            <source>dpi must be a whole number, got {value}</source>
            <translation>dpi должно быть целым числом, указано {value}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/settings.py" line="124" />
            <source>unknown label type(s) {types}; known: {known}</source>
            <translation>неизвестные типы этикеток {types}; известны: {known}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/printer_urls.py" line="21" />
            <source>printer URL {url}: the port must be 1..65535</source>
            <translation>URL принтера {url}: порт должен быть 1..65535</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/printer_urls.py" line="30" />
            <source>not a cups://queue printer URL: {url}</source>
            <translation>не URL принтера вида cups://очередь: {url}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/printer_urls.py" line="34" />
            <source>printer URL {url}: a CUPS queue name has no spaces, / # \ or quotes and does not start with -</source>
            <translation>URL принтера {url}: в имени очереди CUPS не бывает пробелов, / # \ и кавычек, и оно не начинается с -</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/printer_urls.py" line="46" />
            <source>printer URL {url}: control characters or spaces around it</source>
            <translation>URL принтера {url}: управляющие символы или пробелы по краям</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/printer_urls.py" line="56" />
            <source>printer URL {url}: tcp://host:port, with a host name or address</source>
            <translation>URL принтера {url}: нужно tcp://хост:порт, с именем или адресом хоста</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/printer_urls.py" line="66" />
            <source>printer URL {url}: tcp://host:port, nothing after the port</source>
            <translation>URL принтера {url}: нужно tcp://хост:порт, без ничего после порта</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/printer_urls.py" line="73" />
            <source>printer URL {url}: file:///absolute/folder on this computer</source>
            <translation>URL принтера {url}: нужно file:///абсолютная/папка на этом компьютере</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/pepper.py" line="37" />
            <source>the pepper file {path} is missing: copy the site's pepper there (or run `receiving-desk setup`)</source>
            <translation>файл ключа pepper {path} отсутствует: скопируйте туда pepper площадки (или выполните `receiving-desk setup`)</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/pepper.py" line="46" />
            <source>the pepper file {path} cannot be used: not a pepper</source>
            <translation>файл ключа pepper {path} нельзя использовать: это не pepper</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/pepper.py" line="49" />
            <source>the pepper file {path} cannot be used: too short</source>
            <translation>файл ключа pepper {path} нельзя использовать: слишком короткий</translation>
        </message>
    </context>
    <context>
        <name>Refusals</name>
        <message>
            <location filename="../../src/receiving_desk/domain/refusals.py" line="27" />
            <source>a PIN is {low} to {high} digits</source>
            <translation>PIN-код должен состоять из {low}–{high} цифр</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/bootstrap.py" line="283" />
            <location filename="../../src/receiving_desk/adapters/scanners/manager.py" line="100" />
            <source>two scanners may not have the same name: {names}</source>
            <translation>у двух сканеров не может быть одинакового названия: {names}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/bootstrap.py" line="294" />
            <source>two scales may not have the same name: {names}</source>
            <translation>у двух весов не может быть одинакового названия: {names}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/user_admin.py" line="24" />
            <source>badge {badge}: a badge code is BADGE- and 3 to 12 capital letters or digits ({example})</source>
            <translation>бейдж {badge}: код бейджа — BADGE- и от 3 до 12 заглавных латинских букв или цифр ({example})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/user_admin.py" line="54" />
            <source>no user with badge {badge}</source>
            <translation>ни у одного пользователя нет бейджа {badge}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/user_admin.py" line="70" />
            <location filename="../../src/receiving_desk/services/user_admin.py" line="86" />
            <source>a user needs a name</source>
            <translation>у пользователя должно быть имя</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/user_admin.py" line="74" />
            <source>badge {badge} is taken</source>
            <translation>бейдж {badge} уже занят</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/user_admin.py" line="90" />
            <source>this desk has users already: an admin adds more ({command})</source>
            <translation>на этом рабочем месте уже есть пользователи: новых добавляет администратор ({command})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/user_admin.py" line="133" />
            <source>you cannot deactivate yourself</source>
            <translation>нельзя отключить самого себя</translation>
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
            <translation>ячейка не добавлена</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/bin_labels.py" line="63" />
            <source>no bins chosen</source>
            <translation>не выбрано ни одной ячейки</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/site_setup.py" line="78" />
            <source>unknown settings: {keys}</source>
            <translation>неизвестные настройки: {keys}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/station.py" line="69" />
            <source>this desk keeps no scales</source>
            <translation>на этом рабочем месте весы не используются</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/rules_admin.py" line="137" />
            <source>it cannot be read: {reason}</source>
            <translation>его не удаётся прочитать: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/rules_admin.py" line="139" />
            <source>it is not UTF-8 text</source>
            <translation>это не текст в UTF-8</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/services/rules_admin.py" line="156" />
            <source>the rules in force could not be replaced with it: {reason}</source>
            <translation>не удалось заменить им действующие правила: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/photos.py" line="36" />
            <source>not a photo ({kinds})</source>
            <translation>это не фото ({kinds})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/photos.py" line="39" />
            <source>the file is empty</source>
            <translation>файл пуст</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/photos.py" line="43" />
            <source>{size} bytes, more than {limit}</source>
            <translation>{size} байт — больше допустимых {limit}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/desk_printer.py" line="74" />
            <source>no label printer here</source>
            <translation>здесь нет принтера этикеток</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/printing/station_printers.py" line="64" />
            <source>the test label could not be sent: {reason}</source>
            <translation>не удалось отправить пробную этикетку: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/central/admin_work.py" line="172" />
            <source>the central database {database} refused: {problem}</source>
            <translation>центральная база данных {database} отказала: {problem}</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/central/setup_probe.py" line="49" />
            <source>a central database needs a URL</source>
            <translation>для центральной базы данных нужен URL</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/central/setup_probe.py" line="65" />
            <source>{database}: no Receiving Desk schema there (run {command})</source>
            <translation>{database}: там нет схемы Receiving Desk (выполните {command})</translation>
        </message>
        <message>
            <location filename="../../src/receiving_desk/adapters/central/setup_probe.py" line="92" />
            <source>the central database {database} could not be reached: {problem}</source>
            <translation>не удалось подключиться к центральной базе данных {database}: {problem}</translation>
        </message>
    </context>
</TS>
