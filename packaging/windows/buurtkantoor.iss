; Inno Setup 6 script for Buurtkantoor's Windows installer.
; Built by `python packaging/build.py` on Windows, which passes the values below with /D…
; (from packaging/appinfo.py and pyproject.toml), so nothing here repeats a version number.
;
; The uninstaller removes only what this installer put in {app}. The office's data
; (%LOCALAPPDATA%\Buurtkantoor: the database, backups, logs) is never deleted: there is
; deliberately no [UninstallDelete] section, and the message at the end says where it is.
;
; An update first clears {app}\_internal, the folder PyInstaller fills ([InstallDelete]):
; Alembic loads every script in _internal\db\migrations\versions, so a migration the new
; version renamed or dropped must not stay behind (two heads: the program would not start).
; Only that folder of the program is cleared; the data folder is elsewhere and never touched.
;
; Signing: when build.py passes /DSign (and /Ssigntool=… with the certificate), Inno Setup
; signs setup.exe and the uninstaller with it.

#ifndef AppVersion
  #error Build with packaging/build.py (it defines AppVersion, NumericVersion, AppId, AppUserModelId, MinWindows, SourceDir, IconFile, OutputDir)
#endif

#define AppName "Buurtkantoor"
#define AppExe "buurtkantoor.exe"

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Buurtkantoor
; four numbers (≤ 65535) whatever pyproject.toml's version looks like, e.g. 1.2.0rc1 → 1.2.0.0
VersionInfoVersion={#NumericVersion}
VersionInfoTextVersion={#AppVersion}
VersionInfoProductTextVersion={#AppVersion}
MinVersion={#MinWindows}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install by default: office staff rarely have administrator rights.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
#ifdef Sign
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppUserModelId}"
Name: "{group}\{#AppName} verwijderen"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppUserModelId}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
    SuppressibleMsgBox('Buurtkantoor is verwijderd. Uw gegevens zijn bewaard in ' +
      ExpandConstant('{localappdata}\Buurtkantoor') + '. Verwijder die map alleen als u ' +
      'zeker weet dat u de gegevens niet meer nodig hebt.', mbInformation, MB_OK, IDOK);
end;
