# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'receiving_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from receiving_desk.gui.scan_input import ScanLineEdit

class Ui_ReceivingView(object):
    def setupUi(self, ReceivingView):
        if not ReceivingView.objectName():
            ReceivingView.setObjectName(u"ReceivingView")
        ReceivingView.resize(1280, 820)
        self.mainLayout = QVBoxLayout(ReceivingView)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.bannerLabel = QLabel(ReceivingView)
        self.bannerLabel.setObjectName(u"bannerLabel")
        self.bannerLabel.setWordWrap(True)
        self.bannerLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.mainLayout.addWidget(self.bannerLabel)

        self.stepLabel = QLabel(ReceivingView)
        self.stepLabel.setObjectName(u"stepLabel")
        self.stepLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.stepLabel)

        self.nextLabel = QLabel(ReceivingView)
        self.nextLabel.setObjectName(u"nextLabel")
        self.nextLabel.setWordWrap(True)
        self.nextLabel.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.nextLabel)

        self.scanRow = QHBoxLayout()
        self.scanRow.setObjectName(u"scanRow")
        self.scanInput = ScanLineEdit(ReceivingView)
        self.scanInput.setObjectName(u"scanInput")

        self.scanRow.addWidget(self.scanInput)


        self.mainLayout.addLayout(self.scanRow)

        self.lastScanLabel = QLabel(ReceivingView)
        self.lastScanLabel.setObjectName(u"lastScanLabel")
        self.lastScanLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.lastScanLabel)

        self.detailsScroll = QScrollArea(ReceivingView)
        self.detailsScroll.setObjectName(u"detailsScroll")
        self.detailsScroll.setWidgetResizable(True)
        self.detailsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detailsScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.detailsPane = QWidget()
        self.detailsPane.setObjectName(u"detailsPane")
        self.detailsLayout = QVBoxLayout(self.detailsPane)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setContentsMargins(0, -1, 0, -1)
        self.inspectionRow = QHBoxLayout()
        self.inspectionRow.setObjectName(u"inspectionRow")
        self.checklistGroup = QGroupBox(self.detailsPane)
        self.checklistGroup.setObjectName(u"checklistGroup")
        self.checklistGrid = QGridLayout(self.checklistGroup)
        self.checklistGrid.setObjectName(u"checklistGrid")

        self.inspectionRow.addWidget(self.checklistGroup)

        self.conditionsGroup = QGroupBox(self.detailsPane)
        self.conditionsGroup.setObjectName(u"conditionsGroup")
        self.conditionsGrid = QGridLayout(self.conditionsGroup)
        self.conditionsGrid.setObjectName(u"conditionsGrid")

        self.inspectionRow.addWidget(self.conditionsGroup)

        self.decisionGroup = QGroupBox(self.detailsPane)
        self.decisionGroup.setObjectName(u"decisionGroup")
        self.decisionLayout = QVBoxLayout(self.decisionGroup)
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.currentUnitLabel = QLabel(self.decisionGroup)
        self.currentUnitLabel.setObjectName(u"currentUnitLabel")
        self.currentUnitLabel.setWordWrap(True)

        self.decisionLayout.addWidget(self.currentUnitLabel)

        self.noteRow = QHBoxLayout()
        self.noteRow.setObjectName(u"noteRow")
        self.noteEdit = QLineEdit(self.decisionGroup)
        self.noteEdit.setObjectName(u"noteEdit")

        self.noteRow.addWidget(self.noteEdit)

        self.photoButton = QPushButton(self.decisionGroup)
        self.photoButton.setObjectName(u"photoButton")

        self.noteRow.addWidget(self.photoButton)


        self.decisionLayout.addLayout(self.noteRow)

        self.dispositionLabel = QLabel(self.decisionGroup)
        self.dispositionLabel.setObjectName(u"dispositionLabel")
        self.dispositionLabel.setWordWrap(True)

        self.decisionLayout.addWidget(self.dispositionLabel)

        self.refundLabel = QLabel(self.decisionGroup)
        self.refundLabel.setObjectName(u"refundLabel")
        self.refundLabel.setWordWrap(True)

        self.decisionLayout.addWidget(self.refundLabel)

        self.whyLabel = QLabel(self.decisionGroup)
        self.whyLabel.setObjectName(u"whyLabel")
        self.whyLabel.setWordWrap(True)

        self.decisionLayout.addWidget(self.whyLabel)


        self.inspectionRow.addWidget(self.decisionGroup)


        self.detailsLayout.addLayout(self.inspectionRow)

        self.flagsLabel = QLabel(self.detailsPane)
        self.flagsLabel.setObjectName(u"flagsLabel")
        self.flagsLabel.setWordWrap(True)

        self.detailsLayout.addWidget(self.flagsLabel)

        self.parcelGroup = QGroupBox(self.detailsPane)
        self.parcelGroup.setObjectName(u"parcelGroup")
        self.parcelGrid = QGridLayout(self.parcelGroup)
        self.parcelGrid.setObjectName(u"parcelGrid")
        self.rmaCaption = QLabel(self.parcelGroup)
        self.rmaCaption.setObjectName(u"rmaCaption")

        self.parcelGrid.addWidget(self.rmaCaption, 0, 0, 1, 1)

        self.rmaValue = QLabel(self.parcelGroup)
        self.rmaValue.setObjectName(u"rmaValue")

        self.parcelGrid.addWidget(self.rmaValue, 0, 1, 1, 1)

        self.orderCaption = QLabel(self.parcelGroup)
        self.orderCaption.setObjectName(u"orderCaption")

        self.parcelGrid.addWidget(self.orderCaption, 0, 2, 1, 1)

        self.orderValue = QLabel(self.parcelGroup)
        self.orderValue.setObjectName(u"orderValue")

        self.parcelGrid.addWidget(self.orderValue, 0, 3, 1, 1)

        self.customerCaption = QLabel(self.parcelGroup)
        self.customerCaption.setObjectName(u"customerCaption")

        self.parcelGrid.addWidget(self.customerCaption, 0, 4, 1, 1)

        self.customerValue = QLabel(self.parcelGroup)
        self.customerValue.setObjectName(u"customerValue")

        self.parcelGrid.addWidget(self.customerValue, 0, 5, 1, 1)

        self.tierCaption = QLabel(self.parcelGroup)
        self.tierCaption.setObjectName(u"tierCaption")

        self.parcelGrid.addWidget(self.tierCaption, 1, 0, 1, 1)

        self.tierValue = QLabel(self.parcelGroup)
        self.tierValue.setObjectName(u"tierValue")

        self.parcelGrid.addWidget(self.tierValue, 1, 1, 1, 1)

        self.deliveredCaption = QLabel(self.parcelGroup)
        self.deliveredCaption.setObjectName(u"deliveredCaption")

        self.parcelGrid.addWidget(self.deliveredCaption, 1, 2, 1, 1)

        self.deliveredValue = QLabel(self.parcelGroup)
        self.deliveredValue.setObjectName(u"deliveredValue")

        self.parcelGrid.addWidget(self.deliveredValue, 1, 3, 1, 1)

        self.windowCaption = QLabel(self.parcelGroup)
        self.windowCaption.setObjectName(u"windowCaption")

        self.parcelGrid.addWidget(self.windowCaption, 1, 4, 1, 1)

        self.windowValue = QLabel(self.parcelGroup)
        self.windowValue.setObjectName(u"windowValue")

        self.parcelGrid.addWidget(self.windowValue, 1, 5, 1, 1)


        self.detailsLayout.addWidget(self.parcelGroup)

        self.tablesRow = QHBoxLayout()
        self.tablesRow.setObjectName(u"tablesRow")
        self.linesGroup = QGroupBox(self.detailsPane)
        self.linesGroup.setObjectName(u"linesGroup")
        self.linesLayout = QVBoxLayout(self.linesGroup)
        self.linesLayout.setObjectName(u"linesLayout")
        self.linesTable = QTableWidget(self.linesGroup)
        self.linesTable.setObjectName(u"linesTable")

        self.linesLayout.addWidget(self.linesTable)


        self.tablesRow.addWidget(self.linesGroup)

        self.unitsGroup = QGroupBox(self.detailsPane)
        self.unitsGroup.setObjectName(u"unitsGroup")
        self.unitsLayout = QVBoxLayout(self.unitsGroup)
        self.unitsLayout.setObjectName(u"unitsLayout")
        self.unitsTable = QTableWidget(self.unitsGroup)
        self.unitsTable.setObjectName(u"unitsTable")

        self.unitsLayout.addWidget(self.unitsTable)


        self.tablesRow.addWidget(self.unitsGroup)


        self.detailsLayout.addLayout(self.tablesRow)

        self.detailsScroll.setWidget(self.detailsPane)

        self.mainLayout.addWidget(self.detailsScroll)

        self.gradeRow = QHBoxLayout()
        self.gradeRow.setObjectName(u"gradeRow")
        self.gradeAButton = QPushButton(ReceivingView)
        self.gradeAButton.setObjectName(u"gradeAButton")

        self.gradeRow.addWidget(self.gradeAButton)

        self.gradeBButton = QPushButton(ReceivingView)
        self.gradeBButton.setObjectName(u"gradeBButton")

        self.gradeRow.addWidget(self.gradeBButton)

        self.gradeCButton = QPushButton(ReceivingView)
        self.gradeCButton.setObjectName(u"gradeCButton")

        self.gradeRow.addWidget(self.gradeCButton)

        self.gradeDButton = QPushButton(ReceivingView)
        self.gradeDButton.setObjectName(u"gradeDButton")

        self.gradeRow.addWidget(self.gradeDButton)

        self.gradeScrapButton = QPushButton(ReceivingView)
        self.gradeScrapButton.setObjectName(u"gradeScrapButton")

        self.gradeRow.addWidget(self.gradeScrapButton)


        self.mainLayout.addLayout(self.gradeRow)

        self.actionsRow = QHBoxLayout()
        self.actionsRow.setObjectName(u"actionsRow")
        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsRow.addItem(self.actionsSpacer)

        self.overrideButton = QPushButton(ReceivingView)
        self.overrideButton.setObjectName(u"overrideButton")

        self.actionsRow.addWidget(self.overrideButton)

        self.setAsideButton = QPushButton(ReceivingView)
        self.setAsideButton.setObjectName(u"setAsideButton")

        self.actionsRow.addWidget(self.setAsideButton)

        self.undoButton = QPushButton(ReceivingView)
        self.undoButton.setObjectName(u"undoButton")

        self.actionsRow.addWidget(self.undoButton)

        self.completeButton = QPushButton(ReceivingView)
        self.completeButton.setObjectName(u"completeButton")

        self.actionsRow.addWidget(self.completeButton)

        self.confirmButton = QPushButton(ReceivingView)
        self.confirmButton.setObjectName(u"confirmButton")

        self.actionsRow.addWidget(self.confirmButton)


        self.mainLayout.addLayout(self.actionsRow)


        self.retranslateUi(ReceivingView)

        QMetaObject.connectSlotsByName(ReceivingView)
    # setupUi

    def retranslateUi(self, ReceivingView):
        self.bannerLabel.setText("")
        self.stepLabel.setText(QCoreApplication.translate("ReceivingView", u"Scan your badge", None))
        self.nextLabel.setText("")
        self.scanInput.setPlaceholderText(QCoreApplication.translate("ReceivingView", u"Scan or type a barcode, then Enter", None))
        self.lastScanLabel.setText("")
        self.checklistGroup.setTitle(QCoreApplication.translate("ReceivingView", u"Checklist", None))
        self.conditionsGroup.setTitle(QCoreApplication.translate("ReceivingView", u"Found condition", None))
        self.decisionGroup.setTitle(QCoreApplication.translate("ReceivingView", u"Current unit", None))
        self.currentUnitLabel.setText("")
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("ReceivingView", u"Note (optional), saved with the grade", None))
        self.photoButton.setText(QCoreApplication.translate("ReceivingView", u"Add photo\u2026", None))
        self.dispositionLabel.setText("")
        self.refundLabel.setText("")
        self.whyLabel.setText("")
        self.flagsLabel.setText("")
        self.parcelGroup.setTitle(QCoreApplication.translate("ReceivingView", u"Parcel", None))
        self.rmaCaption.setText(QCoreApplication.translate("ReceivingView", u"RMA", None))
        self.rmaValue.setText(QCoreApplication.translate("ReceivingView", u"\u2014", None))
        self.orderCaption.setText(QCoreApplication.translate("ReceivingView", u"Order", None))
        self.orderValue.setText(QCoreApplication.translate("ReceivingView", u"\u2014", None))
        self.customerCaption.setText(QCoreApplication.translate("ReceivingView", u"Customer", None))
        self.customerValue.setText(QCoreApplication.translate("ReceivingView", u"\u2014", None))
        self.tierCaption.setText(QCoreApplication.translate("ReceivingView", u"Loyalty tier", None))
        self.tierValue.setText(QCoreApplication.translate("ReceivingView", u"\u2014", None))
        self.deliveredCaption.setText(QCoreApplication.translate("ReceivingView", u"Delivered", None))
        self.deliveredValue.setText(QCoreApplication.translate("ReceivingView", u"\u2014", None))
        self.windowCaption.setText(QCoreApplication.translate("ReceivingView", u"Return window", None))
        self.windowValue.setText(QCoreApplication.translate("ReceivingView", u"\u2014", None))
        self.linesGroup.setTitle(QCoreApplication.translate("ReceivingView", u"Declared lines", None))
        self.unitsGroup.setTitle(QCoreApplication.translate("ReceivingView", u"Scanned units", None))
        self.gradeAButton.setText(QCoreApplication.translate("ReceivingView", u"A \u2014 as new [1]", None))
        self.gradeBButton.setText(QCoreApplication.translate("ReceivingView", u"B \u2014 open box [2]", None))
        self.gradeCButton.setText(QCoreApplication.translate("ReceivingView", u"C \u2014 worn [3]", None))
        self.gradeDButton.setText(QCoreApplication.translate("ReceivingView", u"D \u2014 defective [4]", None))
        self.gradeScrapButton.setText(QCoreApplication.translate("ReceivingView", u"Scrap [5]", None))
        self.overrideButton.setText(QCoreApplication.translate("ReceivingView", u"Override\u2026 (supervisor)", None))
        self.setAsideButton.setText(QCoreApplication.translate("ReceivingView", u"Set aside", None))
        self.undoButton.setText(QCoreApplication.translate("ReceivingView", u"Undo last scan [Ctrl+Z]", None))
        self.completeButton.setText(QCoreApplication.translate("ReceivingView", u"Complete return [F12]", None))
        self.confirmButton.setText(QCoreApplication.translate("ReceivingView", u"Complete anyway", None))
        pass
    # retranslateUi

