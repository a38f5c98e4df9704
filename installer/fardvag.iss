; Inno Setup script: a per-user install of Färdväg that never asks for administrator rights.
; Build the one-folder app first (installer/fardvag.spec → dist\Fardvag), then run
;   iscc installer\fardvag.iss
; The Windows workflow (.github/workflows/windows.yml) does both.
;
; Where things go (PrivilegesRequired=lowest, so Setup always runs in non-administrative mode):
;   program      {autopf}\Färdväg = %LOCALAPPDATA%\Programs\Färdväg
;   shortcuts    the user's own Start menu ({autoprograms}), optionally the desktop
;   registers, key files, settings and logs are NOT installed here: Färdväg keeps them in the
;   user's data folder (%LOCALAPPDATA%\Fardvag), or in {app}\data in portable mode. Uninstall
;   removes only the files Setup installed, so it never touches a register or its backups.

#define AppName "Färdväg"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6E1C0B8A-3F0D-4C55-9E2B-6A1F7D2C9B41}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Färdväg
AppVerName={#AppName} {#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist\installer
OutputBaseFilename=Fardvag-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\Fardvag.exe
UninstallDisplayName={#AppName}
CloseApplications=yes

[Languages]
#ifexist "Swedish.isl"
Name: "swedish"; MessagesFile: "Swedish.isl"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\Fardvag\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\Fardvag.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\Fardvag.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Fardvag.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: nothing outside what Setup installed is removed.
