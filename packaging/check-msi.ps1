# Smoke test of the Windows installer: installs target\installers\AdsDesk-*.msi silently for the
# current user (msiexec /i ... /qn), checks the Start-menu shortcut, runs the installed
# adsdesk-cli.exe on the demo account (sync, then export: 2,000 programs, exit 0), opens the window
# and takes a screenshot, uninstalls silently (msiexec /x ... /qn), then checks the install folder is
# gone and the user's data directory (%LOCALAPPDATA%\AdsDesk) is kept.
#
#   pwsh packaging/check-msi.ps1        # after: java packaging/Package.java   (Windows, PowerShell 7)
#
# Output in target\check: install.log, uninstall.log (msiexec), sync.json, export.json, app.log,
# installed-window.png. Any failed check stops the script with exit code 1.
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..')
$Expected = if ($env:EXPECTED_PROGRAMS) { [int]$env:EXPECTED_PROGRAMS } else { 2000 }
$Out = Join-Path (Get-Location) 'target\check'
Remove-Item -Recurse -Force $Out -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force $Out | Out-Null

function Fail([string]$what) { Write-Host "FAIL: $what"; exit 1 }
function Pass([string]$what) { Write-Host "   ok: $what" }

# Runs a program with its output in files (raw bytes, no console encoding); returns the exit code.
function Run([string]$exe, [string[]]$arguments, [string]$name) {
    $p = Start-Process -FilePath $exe -ArgumentList $arguments -NoNewWindow -Wait -PassThru `
        -RedirectStandardOutput (Join-Path $Out "$name.json") -RedirectStandardError (Join-Path $Out "$name.err")
    return $p.ExitCode
}

function Msiexec([string[]]$arguments) {
    $p = Start-Process -FilePath 'msiexec.exe' -ArgumentList $arguments -Wait -PassThru
    return $p.ExitCode
}

$msi = Get-ChildItem 'target\installers\*.msi' | Sort-Object LastWriteTime -Descending | Select-Object -First 1
if (-not $msi) { Fail 'no .msi in target\installers; run: java packaging/Package.java' }
Write-Host "== $($msi.Name) ($([math]::Round($msi.Length / 1MB, 1)) MB)"

# -- install, silently, for this user only (no elevation)
$rc = Msiexec @('/i', "`"$($msi.FullName)`"", '/qn', '/norestart', '/l*v', "`"$Out\install.log`"")
if ($rc -ne 0 -and $rc -ne 3010) { Fail "msiexec /i exited $rc (see target\check\install.log)" }
Pass "msiexec /i /qn: exit $rc"

# -- the Start-menu shortcut, and through it the install folder
$menus = @("$env:APPDATA\Microsoft\Windows\Start Menu\Programs", "$env:ProgramData\Microsoft\Windows\Start Menu\Programs")
$lnk = Get-ChildItem -Path $menus -Recurse -Filter 'AdsDesk*.lnk' -ErrorAction SilentlyContinue | Select-Object -First 1
if (-not $lnk) { Fail 'no AdsDesk shortcut in the Start menu' }
Pass "Start-menu shortcut $($lnk.FullName)"
$target = (New-Object -ComObject WScript.Shell).CreateShortcut($lnk.FullName).TargetPath
if (-not (Test-Path $target)) { Fail "the shortcut points to a missing file: $target" }
$installDir = Split-Path $target -Parent
$cli = Join-Path $installDir 'adsdesk-cli.exe'
if (-not (Test-Path $cli)) { Fail "no adsdesk-cli.exe in $installDir" }
if (-not (Test-Path (Join-Path $installDir 'app\adsdesk.aot'))) { Fail "no AOT cache in $installDir\app" }
Pass "installed in $installDir (launcher, command line, AOT cache)"

# -- the installed command line on the demo account, with the real per-user data directory
$dataDir = Join-Path $env:LOCALAPPDATA 'AdsDesk'
Remove-Item Env:ADSDESK_DATA_DIR -ErrorAction SilentlyContinue
$rc = Run $cli @('version') 'version'
$version = (Get-Content "$Out\version.json" -Raw).Trim()
if ($rc -ne 0 -or $version -notmatch '^AdsDesk ') { Fail "adsdesk-cli.exe version: exit $rc, '$version'" }
Pass "adsdesk-cli.exe version: $version"

$rc = Run $cli @('sync', '--demo', '--json') 'sync'
if ($rc -ne 0) { Get-Content "$Out\sync.json", "$Out\sync.err"; Fail "sync --demo exited $rc" }
$sync = Get-Content "$Out\sync.json" -Raw | ConvertFrom-Json
if ($sync.total_db_after -ne $Expected) { Fail "sync --demo left $($sync.total_db_after) programs, expected $Expected" }
Pass "sync --demo --json: exit 0, $($sync.total_db_after) programs"

$rc = Run $cli @('export', '--demo', '--format', 'json') 'export'
if ($rc -ne 0) { Get-Content "$Out\export.err"; Fail "export --demo exited $rc" }
$programs = @(Get-Content "$Out\export.json" -Raw | ConvertFrom-Json)
if ($programs.Count -ne $Expected) { Fail "export --demo wrote $($programs.Count) programs, expected $Expected" }
Pass "export --demo --format json: exit 0, $($programs.Count) programs"
$dataFiles = @(Get-ChildItem -Path $dataDir -Recurse -File -Filter '*.mv.db' -ErrorAction SilentlyContinue)
if ($dataFiles.Count -eq 0) { Fail "no registry under $dataDir after the sync" }
Pass "registry written under $dataDir"

# -- the window (GitHub's Windows runners have a desktop session)
$app = Start-Process -FilePath $target -ArgumentList '--demo' -PassThru `
    -RedirectStandardOutput "$Out\app.log" -RedirectStandardError "$Out\app.err"
Start-Sleep -Seconds 20
if ($app.HasExited) { Get-Content "$Out\app.log", "$Out\app.err"; Fail "AdsDesk.exe --demo exited within 20 s (exit $($app.ExitCode))" }
try {
    Add-Type -AssemblyName System.Windows.Forms, System.Drawing
    $bounds = [System.Windows.Forms.Screen]::PrimaryScreen.Bounds
    $bitmap = New-Object System.Drawing.Bitmap $bounds.Width, $bounds.Height
    [System.Drawing.Graphics]::FromImage($bitmap).CopyFromScreen($bounds.Location, [System.Drawing.Point]::Empty, $bounds.Size)
    $bitmap.Save("$Out\installed-window.png", [System.Drawing.Imaging.ImageFormat]::Png)
    Pass "window open after 20 s; screenshot target\check\installed-window.png"
} catch {
    Write-Host "   (no screenshot: $($_.Exception.Message))"
}
Stop-Process -Id $app.Id -Force
Wait-Process -Id $app.Id -ErrorAction SilentlyContinue

# -- uninstall, silently; the program goes, the user's data stays
$rc = Msiexec @('/x', "`"$($msi.FullName)`"", '/qn', '/norestart', '/l*v', "`"$Out\uninstall.log`"")
if ($rc -ne 0 -and $rc -ne 3010) { Fail "msiexec /x exited $rc (see target\check\uninstall.log)" }
Pass "msiexec /x /qn: exit $rc"
if ($installDir -ieq $dataDir) {
    # Installed into the data directory itself: the program's files must be gone, the data kept.
    foreach ($item in @('AdsDesk.exe', 'adsdesk-cli.exe', 'app', 'runtime')) {
        if (Test-Path (Join-Path $installDir $item)) { Fail "$item is still in $installDir after uninstalling" }
    }
    Pass "the program's files are gone from $installDir"
} elseif (Test-Path $installDir) {
    Fail "the install folder $installDir is still there after uninstalling"
} else {
    Pass "install folder $installDir is gone"
}
if (Test-Path $lnk.FullName) { Fail "the Start-menu shortcut is still there after uninstalling" }
Pass 'Start-menu shortcut removed'
$kept = @(Get-ChildItem -Path $dataDir -Recurse -File -Filter '*.mv.db' -ErrorAction SilentlyContinue)
if ($kept.Count -ne $dataFiles.Count) { Fail "the data directory $dataDir lost its registry on uninstall" }
Pass "user data kept in $dataDir"
Write-Host 'PASS'
