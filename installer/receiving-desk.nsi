; Windows installer for Receiving Desk: the PyInstaller one-folder bundle into Program Files,
; Start menu and desktop shortcuts, an uninstaller, and an entry in "Apps & features".
;
; makensis /DVERSION=0.1.0 /DBUNDLE_DIR=dist\receiving-desk /DOUTFILE=dist\receiving-desk-0.1.0-setup.exe installer\receiving-desk.nsi
; (installer/README.md has the whole release; /DFAST skips compression, for a quick check.)
; The station's settings and its local store (%LOCALAPPDATA%\receiving-desk\receiving-desk) are left in
; place on uninstall: the store may hold returns not yet synced.

Unicode true
!ifdef FAST
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif

!ifndef VERSION
  !error "define VERSION, e.g. /DVERSION=0.1.0"
!endif
!ifndef BUNDLE_DIR
  !error "define BUNDLE_DIR, the PyInstaller output folder dist\receiving-desk"
!endif
!ifndef OUTFILE
  !define OUTFILE "receiving-desk-${VERSION}-setup.exe"
!endif

!define APP "Receiving Desk"
!define EXE "receiving-desk.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\ReceivingDesk"

!include "MUI2.nsh"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP}"
InstallDirRegKey HKLM "Software\ReceivingDesk" "InstallDir"
RequestExecutionLevel admin
BrandingText "${APP} ${VERSION}"

!define MUI_ICON "${BUNDLE_DIR}\_internal\receiving_desk\resources\icons\receiving-desk.ico"
!define MUI_UNICON "${BUNDLE_DIR}\_internal\receiving_desk\resources\icons\receiving-desk.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The installer's own pages in the desk's languages (English first: the default).
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "TradChinese"
!insertmacro MUI_LANGUAGE "Russian"
!insertmacro MUI_LANGUAGE "Korean"

Section "Receiving Desk" SecMain
  SectionIn RO
  SetShellVarContext all
  ; An upgrade replaces the program folder whole: no file of the old version lingers.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE_DIR}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateDirectory "$SMPROGRAMS\${APP}"
  CreateShortcut "$SMPROGRAMS\${APP}\${APP}.lnk" "$INSTDIR\${EXE}"
  CreateShortcut "$SMPROGRAMS\${APP}\Uninstall ${APP}.lnk" "$INSTDIR\uninstall.exe"
  CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\${EXE}"
  WriteRegStr HKLM "Software\ReceivingDesk" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "Receiving Desk"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext all
  Delete "$DESKTOP\${APP}.lnk"
  RMDir /r "$SMPROGRAMS\${APP}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\receiving-desk.exe"
  Delete "$INSTDIR\receiving-desk-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  DeleteRegKey HKLM "Software\ReceivingDesk"
SectionEnd
