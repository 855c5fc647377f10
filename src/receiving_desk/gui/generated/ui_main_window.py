# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStackedWidget, QStatusBar, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 860)
        self.actionLogout = QAction(MainWindow)
        self.actionLogout.setObjectName(u"actionLogout")
        self.actionReports = QAction(MainWindow)
        self.actionReports.setObjectName(u"actionReports")
        self.actionStock = QAction(MainWindow)
        self.actionStock.setObjectName(u"actionStock")
        self.actionSyncNow = QAction(MainWindow)
        self.actionSyncNow.setObjectName(u"actionSyncNow")
        self.actionSettings = QAction(MainWindow)
        self.actionSettings.setObjectName(u"actionSettings")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionComplete = QAction(MainWindow)
        self.actionComplete.setObjectName(u"actionComplete")
        self.actionUndo = QAction(MainWindow)
        self.actionUndo.setObjectName(u"actionUndo")
        self.actionVoid = QAction(MainWindow)
        self.actionVoid.setObjectName(u"actionVoid")
        self.actionShowLog = QAction(MainWindow)
        self.actionShowLog.setObjectName(u"actionShowLog")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget(self.centralWidget)
        self.pages.setObjectName(u"pages")

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuDesk = QMenu(self.menuBar)
        self.menuDesk.setObjectName(u"menuDesk")
        self.menuReturn = QMenu(self.menuBar)
        self.menuReturn.setObjectName(u"menuReturn")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.menuDesk.menuAction())
        self.menuBar.addAction(self.menuReturn.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuDesk.addAction(self.actionLogout)
        self.menuDesk.addAction(self.actionStock)
        self.menuDesk.addAction(self.actionReports)
        self.menuDesk.addAction(self.actionSettings)
        self.menuDesk.addAction(self.actionSyncNow)
        self.menuDesk.addSeparator()
        self.menuDesk.addAction(self.actionQuit)
        self.menuReturn.addAction(self.actionComplete)
        self.menuReturn.addAction(self.actionUndo)
        self.menuReturn.addSeparator()
        self.menuReturn.addAction(self.actionVoid)
        self.menuHelp.addAction(self.actionShowLog)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Receiving Desk", None))
        self.actionLogout.setText(QCoreApplication.translate("MainWindow", u"Log &out", None))
#if QT_CONFIG(shortcut)
        self.actionLogout.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+L", None))
#endif // QT_CONFIG(shortcut)
        self.actionReports.setText(QCoreApplication.translate("MainWindow", u"&Reports\u2026 (supervisor)", None))
#if QT_CONFIG(shortcut)
        self.actionReports.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+R", None))
#endif // QT_CONFIG(shortcut)
        self.actionStock.setText(QCoreApplication.translate("MainWindow", u"S&tock\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionStock.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+K", None))
#endif // QT_CONFIG(shortcut)
        self.actionSyncNow.setText(QCoreApplication.translate("MainWindow", u"Sync &now (supervisor)", None))
#if QT_CONFIG(shortcut)
        self.actionSyncNow.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+S", None))
#endif // QT_CONFIG(shortcut)
        self.actionSettings.setText(QCoreApplication.translate("MainWindow", u"&Settings\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionSettings.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+,", None))
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionComplete.setText(QCoreApplication.translate("MainWindow", u"&Complete return", None))
#if QT_CONFIG(shortcut)
        self.actionComplete.setShortcut(QCoreApplication.translate("MainWindow", u"F12", None))
#endif // QT_CONFIG(shortcut)
        self.actionUndo.setText(QCoreApplication.translate("MainWindow", u"&Undo last scan", None))
#if QT_CONFIG(shortcut)
        self.actionUndo.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Z", None))
#endif // QT_CONFIG(shortcut)
        self.actionVoid.setText(QCoreApplication.translate("MainWindow", u"&Void return\u2026 (supervisor)", None))
#if QT_CONFIG(shortcut)
        self.actionVoid.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+V", None))
#endif // QT_CONFIG(shortcut)
        self.actionShowLog.setText(QCoreApplication.translate("MainWindow", u"Open &log folder", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About Receiving Desk", None))
        self.menuDesk.setTitle(QCoreApplication.translate("MainWindow", u"&Desk", None))
        self.menuReturn.setTitle(QCoreApplication.translate("MainWindow", u"&Return", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

