; Inno Setup 6 script for Buurtkantoor's Windows installer.
; Built by `python packaging/build.py` on Windows, which passes the values below with /D…
; (from packaging/appinfo.py and pyproject.toml), so nothing here repeats a version number.
;
; The uninstaller removes only what this installer put in {app}. The office's data
; (%LOCALAPPDATA%\Buurtkantoor: the database, backups, logs) is never deleted: there is
; deliberately no [UninstallDelete] section, and the message at the end says where it is.

#ifndef AppVersion
  #error Build with packaging/build.py (it defines AppVersion, AppId, SourceDir, IconFile, OutputDir)
#endif

#define AppName "Buurtkantoor"
#define AppExe "buurtkantoor.exe"

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Buurtkantoor
VersionInfoVersion={#AppVersion}
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

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{#AppName} verwijderen"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

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
