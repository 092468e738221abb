; Inno Setup 6 script: per-machine installer for Office Assistant (業務AIアシスタント).
;
; Build (Windows, after `python installer\build.py` has made dist\OfficeAssistant):
;   iscc /DAppVersion=0.1.0 installer\office-assistant.iss
; or simply `python installer\build.py --installer`, which passes the version from pyproject.toml.
; Optional defines: /DBundleDir=<folder with OfficeAssistant.exe>  /DOutputDir=<folder>
;                   /DSignToolName=<name of a sign tool given with /S> (see installer\README.md)
;                   /DFastCompression  (test builds only: installer/windows/verify.py's "previous
;                   version" for the upgrade check, compiled in seconds instead of a minute)
;
; Silent install (deployment tools):
;   OfficeAssistant-Setup-<ver>.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LOG="<file>"
;       [/POLICY="\\server\share\policy.toml"]  [/DIR="D:\Apps\OfficeAssistant"]
;   A policy.toml next to the installer is used when /POLICY is not given. The policy is copied to
;   {commonappdata}\OfficeAssistant\policy.toml (%PROGRAMDATA%), where the app reads it.
; Silent uninstall:
;   "C:\Program Files\OfficeAssistant\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES
;       [/DELETEUSERDATA] [/DELETEPOLICY]
;   User data (settings, usage log, logs) lives in each user's profile and is kept unless the user
;   answers "yes" when asked, or /DELETEUSERDATA is given. The machine policy is kept unless
;   /DELETEPOLICY is given.

#define AppName "業務AIアシスタント"
#define AppNameEn "Office Assistant"
#define AppPublisher "OfficeAssistant"
#define GuiExe "OfficeAssistant.exe"
#define CliExe "office-assistant-cli.exe"

#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\dist\OfficeAssistant"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\dist\installer"
#endif
; The executables carry the version from pyproject.toml in their VERSIONINFO resource.
#define FileVersion GetVersionNumbersString(AddBackslash(BundleDir) + GuiExe)
#if FileVersion == ""
  #error Cannot read the version of OfficeAssistant.exe: build the bundle first (python installer\build.py)
#endif
#ifndef AppVersion
  #define AppVersion FileVersion
#endif

[Setup]
; Never change AppId: upgrades find the previous install through it.
AppId={{2EB55345-774D-4DA9-AEBC-2FE9F1DB13FA}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#FileVersion}
VersionInfoProductName={#AppNameEn} ({#AppName})
VersionInfoDescription={#AppName} Setup
DefaultDirName={autopf}\OfficeAssistant
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
; Per-machine install into Program Files; needs administrator rights.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Windows 10 1903 or later: Qt 6.10+ uses the ICU that Windows ships since 1903.
MinVersion=10.0.18362
OutputDir={#OutputDir}
OutputBaseFilename=OfficeAssistant-Setup-{#AppVersion}
#ifdef FastCompression
Compression=zip/1
SolidCompression=no
#else
; ultra64 (a 64 MB dictionary) finds the repetition in the 260 MB MeCab dictionary: 96 MB instead
; of 127 MB with lzma2/normal, in the same time. The 32-bit compiler runs out of memory with it,
; so LZMA runs in its own 64-bit process.
Compression=lzma2/ultra64
LZMAUseSeparateProcess=yes
SolidCompression=yes
#endif
WizardStyle=modern
ShowLanguageDialog=auto
SetupLogging=yes
UninstallDisplayName={#AppName} ({#AppNameEn})
UninstallDisplayIcon={app}\{#GuiExe}
; Upgrades close a running copy through the Restart Manager (silently under /VERYSILENT).
CloseApplications=yes
RestartApplications=no
; User data lives in each user's profile, not here; only the policy is machine-wide.
UsedUserAreasWarning=no
#ifdef SignToolName
; Code signing: iscc "/S<name>=signtool sign /fd sha256 /tr <timestamp URL> /td sha256 /a $f" /DSignToolName=<name>
SignTool={#SignToolName}
SignedUninstaller=yes
#endif

[Languages]
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
japanese.DeleteUserDataQuestion=この PC に保存されているあなたの設定・利用記録・ログも削除しますか？%n%n通常は「いいえ」を選んでください。再インストールや更新の後もそのまま使えます。%n（%1）
english.DeleteUserDataQuestion=Also delete your settings, usage records and logs on this PC?%n%nUsually choose "No": they are kept for a reinstall or an upgrade.%n(%1)
japanese.PolicyMissing=指定されたポリシーファイルが見つかりません: %1%n%nパスを確認して、もう一度実行してください。
english.PolicyMissing=The policy file given with /POLICY was not found: %1%n%nCheck the path and run Setup again.
japanese.LaunchApp=業務AIアシスタントを起動する
english.LaunchApp=Start Office Assistant

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Dirs]
; The machine policy's folder, even when no policy.toml is installed (a registry-only policy, or a
; file copied later): ProgramData's default rights let any user create files in a new subfolder,
; and a clerk's own policy.toml would act as machine policy for every user of the PC. Kept on
; uninstall (removed with /DELETEPOLICY). Its rights are set in [Run] below.
Name: "{commonappdata}\OfficeAssistant"; Flags: uninsneveruninstall

[InstallDelete]
; An upgrade replaces the whole bundle so no file of the old version is left behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The machine policy: from /POLICY="..." or a policy.toml next to the installer. Kept on uninstall.
Source: "{code:PolicySource}"; DestDir: "{commonappdata}\OfficeAssistant"; DestName: "policy.toml"; Flags: external ignoreversion uninsneveruninstall; Check: HasPolicySource

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Comment: "{#AppNameEn}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Tasks: desktopicon

[Run]
; Only administrators and SYSTEM may change the machine policy; users read it. By SID, so the
; command works on a Japanese Windows whose group names are translated.
Filename: "{sys}\icacls.exe"; Parameters: """{commonappdata}\OfficeAssistant"" /inheritance:r /grant:r *S-1-5-32-544:(OI)(CI)F *S-1-5-18:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX"; Flags: runhidden waituntilterminated
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

[Code]
function SwitchGiven(const Name: String): Boolean;
var
  I: Integer;
  Arg: String;
begin
  Result := False;
  for I := 1 to ParamCount do
  begin
    Arg := Uppercase(ParamStr(I));
    if (Arg = '/' + Uppercase(Name)) or (Pos('/' + Uppercase(Name) + '=', Arg) = 1) then
    begin
      Result := True;
      Exit;
    end;
  end;
end;

function PolicySource(Param: String): String;
begin
  Result := ExpandConstant('{param:POLICY|}');
  if Result <> '' then
    Result := ExpandFileName(Result)
  else if FileExists(ExpandConstant('{src}\policy.toml')) then
    Result := ExpandConstant('{src}\policy.toml');
end;

function HasPolicySource(): Boolean;
begin
  Result := PolicySource('') <> '';
end;

function InitializeSetup(): Boolean;
var
  Policy: String;
begin
  Result := True;
  Policy := PolicySource('');
  if Policy <> '' then
  begin
    if not FileExists(Policy) then
    begin
      // A mistyped /POLICY must fail the deployment, not install an unmanaged copy.
      Log('Policy file not found: ' + Policy);
      SuppressibleMsgBox(FmtMessage(CustomMessage('PolicyMissing'), [Policy]), mbCriticalError, MB_OK, IDOK);
      Result := False;
    end
    else
      Log('Policy file to install: ' + Policy);
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  UserData: String;
  DeleteUserData: Boolean;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  // %LOCALAPPDATA%\OfficeAssistant of the account running the uninstaller (platformdirs layout).
  UserData := ExpandConstant('{localappdata}\OfficeAssistant');
  DeleteUserData := SwitchGiven('DELETEUSERDATA');
  if (not DeleteUserData) and (not UninstallSilent()) and DirExists(UserData) then
    DeleteUserData := MsgBox(FmtMessage(CustomMessage('DeleteUserDataQuestion'), [UserData]),
                             mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
  if DeleteUserData and DirExists(UserData) then
  begin
    Log('Deleting user data: ' + UserData);
    DelTree(UserData, True, True, True);
  end;
  if SwitchGiven('DELETEPOLICY') then
  begin
    Log('Deleting machine policy');
    DeleteFile(ExpandConstant('{commonappdata}\OfficeAssistant\policy.toml'));
    RemoveDir(ExpandConstant('{commonappdata}\OfficeAssistant'));
  end;
end;
