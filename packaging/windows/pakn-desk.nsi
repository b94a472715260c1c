; PAKN Desk installer for Windows (NSIS 3, Unicode): per-machine install into Program Files (needs an
; administrator), a Start menu folder for all users, an uninstaller registered in "Apps & features". No file
; associations. Silent install for software distribution: pakn-desk-<VERSION>-setup.exe /S [/D=C:\path];
; silent uninstall: "C:\Program Files\PAKN Desk\uninstall.exe" /S.
;
; Input: the folder made by deploy.ps1 (default ..\..\build-win\deploy, relative to this file). Build with
;   makensis /DVERSION=0.1.0 packaging\windows\pakn-desk.nsi
; or, when the deploy folder is elsewhere,
;   makensis /DVERSION=0.1.0 /DSTAGE=D:\pakn\build-win\deploy packaging\windows\pakn-desk.nsi
; Output: pakn-desk-<VERSION>-setup.exe next to this file.
; Keep in step with the pakn-desk Debian package (packaging/CMakeLists.txt) and deploy.ps1.
;
; NOT BUILT OR RUN BY THE PROJECT (its machines run Debian only); see docs/install.md.

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma

!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef STAGE
  !define STAGE "..\..\build-win\deploy"
!endif
!ifndef OUTFILE
  !define OUTFILE "pakn-desk-${VERSION}-setup.exe"
!endif
!define PRODUCT "PAKN Desk"
!define PUBLISHER "PAKN Desk team"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\PAKN Desk"

!include "MUI2.nsh"
!include "x64.nsh"
!include "FileFunc.nsh"

Name "${PRODUCT} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${PRODUCT}"
InstallDirRegKey HKLM "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel admin
BrandingText "${PRODUCT} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1033 "FileDescription" "${PRODUCT} installer"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "2026 ${PUBLISHER}"

!define MUI_ICON "pakn-desk.ico"
!define MUI_UNICON "pakn-desk.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\pakn-desk.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${STAGE}\COPYRIGHT.txt"
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; No directory page: IT staff who need another folder pass /D= (a folder of its own: the uninstaller removes it).
; The first language is the default; the user picks at start (Vietnamese first: most officers).
!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "English"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "${PRODUCT} needs 64-bit Windows 10 or later."
    Abort
  ${EndIf}
  SetRegView 64
  SetShellVarContext all
  ${IfNot} ${Silent}
    !insertmacro MUI_LANGDLL_DISPLAY
  ${EndIf}
FunctionEnd

Function un.onInit
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Section "PAKN Desk" SecMain
  SectionIn RO
  ; An older version is uninstalled first (silently, in place), so that no stale plugin is left beside the new
  ; files. Users' data is not touched by the uninstaller.
  IfFileExists "$INSTDIR\uninstall.exe" 0 +2
    ExecWait '"$INSTDIR\uninstall.exe" /S _?=$INSTDIR'
  SetOutPath "$INSTDIR"
  File /r "${STAGE}\*.*"

  ; The MSVC run time, when deploy.ps1 found its redistributable.
  IfFileExists "$INSTDIR\vc_redist.x64.exe" 0 +3
    ExecWait '"$INSTDIR\vc_redist.x64.exe" /install /quiet /norestart'
    Delete "$INSTDIR\vc_redist.x64.exe"

  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${PRODUCT}"
  CreateShortcut "$SMPROGRAMS\${PRODUCT}\${PRODUCT}.lnk" "$INSTDIR\pakn-desk.exe" "" "$INSTDIR\pakn-desk.ico"
  CreateShortcut "$SMPROGRAMS\${PRODUCT}\Uninstall ${PRODUCT}.lnk" "$INSTDIR\uninstall.exe"

  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\pakn-desk.ico"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

; Removes the program only. Each user's settings (HKCU\Software\pakn\pakn-desk), caches
; (%APPDATA%\pakn\pakn-desk) and saved sessions (Credential Manager) stay: they may hold unsent work.
; docs/install.md says how to wipe them.
Section "Uninstall"
  Delete "$SMPROGRAMS\${PRODUCT}\${PRODUCT}.lnk"
  Delete "$SMPROGRAMS\${PRODUCT}\Uninstall ${PRODUCT}.lnk"
  RMDir "$SMPROGRAMS\${PRODUCT}"
  ; Only a folder that holds PAKN Desk is removed as a whole (never, say, a shared folder given with /D=).
  IfFileExists "$INSTDIR\pakn-desk.exe" 0 +2
    RMDir /r "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
SectionEnd
