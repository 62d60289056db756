# Windows installer: target\packages\ApiKeep-<version>.msi from target\apikeep.jar.
# NOT TRIED: written on Linux, where jpackage cannot build an .msi; see the README's Install section.
# Needs: JDK 17 (jlink, jpackage on PATH), Maven unless -SkipJar, WiX Toolset 3.x (candle.exe,
# light.exe) on PATH, which jpackage 17 uses to build the .msi.
# Installs to C:\Program Files\ApiKeep: ApiKeep.exe (the desktop app, no console window) and
# apikeep-cli.exe (a console launcher of the same jar for the command line; Windows file names
# ignore case, so it cannot be called apikeep.exe beside ApiKeep.exe).
param([switch]$SkipJar)
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..\..')

if (-not $SkipJar) {
    mvn -B -q package -DskipTests
    if ($LASTEXITCODE -ne 0) { throw 'mvn package failed' }
}

$version = ([xml](Get-Content pom.xml)).project.version -replace '-SNAPSHOT$', ''
$modules = (Get-Content packaging\jlink-modules.txt | ForEach-Object { ($_ -replace '#.*', '').Trim() } |
    Where-Object { $_ }) -join ','
$work = 'target\jpackage\windows'
$out = 'target\packages'
if (Test-Path $work) { Remove-Item -Recurse -Force $work }
New-Item -ItemType Directory -Force "$work\input", $out | Out-Null

# The jar with only Windows x86_64's sqlite native library (the others are ~11 MB).
Copy-Item target\apikeep.jar "$work\input\apikeep.jar"
Add-Type -AssemblyName System.IO.Compression.FileSystem
$zip = [IO.Compression.ZipFile]::Open((Resolve-Path "$work\input\apikeep.jar"), 'Update')
try {
    @($zip.Entries | Where-Object {
        $_.FullName -like 'org/sqlite/native/*' -and $_.FullName -notlike 'org/sqlite/native/Windows/x86_64/*' -and
        $_.Name -ne '' }) | ForEach-Object { $_.Delete() }
} finally { $zip.Dispose() }

jlink --add-modules $modules --strip-debug --no-header-files --no-man-pages --compress=2 --output "$work\runtime"
if ($LASTEXITCODE -ne 0) { throw 'jlink failed' }

# The console launcher for the CLI, added beside the GUI one, with the JVM options a short command
# wants (C1 only, the serial collector: see packaging/linux/apikeep-launcher.sh).
Set-Content -Encoding ASCII "$work\apikeep-cli.properties" @(
    'win-console=true',
    'java-options=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData')

jpackage --type msi --name ApiKeep --app-version $version --vendor ApiKeep `
    --description 'Vault for crypto-exchange API keys' `
    --input "$work\input" --main-jar apikeep.jar --main-class dev.apikeep.Main `
    --runtime-image "$work\runtime" --icon icons\apikeep.ico `
    --add-launcher "apikeep-cli=$work\apikeep-cli.properties" `
    --win-menu --win-menu-group ApiKeep --win-shortcut --win-dir-chooser `
    --win-upgrade-uuid 2c884940-64bb-46b4-9505-cfa37715ef80 `
    --dest $out
if ($LASTEXITCODE -ne 0) { throw 'jpackage failed' }
Get-ChildItem $out\*.msi
