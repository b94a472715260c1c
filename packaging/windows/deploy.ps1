<#
.SYNOPSIS
  Collects PAKN Desk and everything it loads at run time into one folder, ready for pakn-desk.nsi.

.DESCRIPTION
  Windows counterpart of the pakn-desk Debian package (packaging/CMakeLists.txt): the same programs
  (pakn-desk.exe, pakn-cli.exe), the same run-time pieces the .deb gets through Depends, and the same
  documents. Keep the two lists in step. pakn-server is not shipped on Windows (officers never need it).

  What it copies, and why (each is checked at the end; a missing one stops the script):
    pakn-desk.exe, pakn-cli.exe      the programs (their translations are compiled into them)
    Qt DLLs and plugins              windeployqt: platforms\qwindows, styles, imageformats, Charts (the
                                     dashboard), PrintSupport with printsupport\windowsprintersupport
                                     (printing reports), ...
    sqldrivers\qsqlite.dll           the cache is SQLite through Qt Sql (loaded at run time)
    platforms\qoffscreen.dll         pakn-cli report renders PDFs without a window (Linux: in libqt6gui6)
    tls\qschannelbackend.dll         HTTPS through Windows' own TLS (Schannel); qopensslbackend.dll is
                                     also copied when windeployqt finds it, and needs OpenSSL 3 DLLs
                                     beside it to be used, which we do not ship
    iconengines\qsvgicon.dll,        the window icon is an SVG
    imageformats\qsvg.dll, Qt6Svg.dll
    qt6keychain.dll                  the session is kept in Windows Credential Manager
    xlsxwriter.dll (+ zlib1.dll,     the reports' XLSX export (libxlsxwriter from vcpkg; the .deb gets
    minizip.dll when present)        libxlsxwriter4 through shlibdeps)
    translations\qtbase_en.qm, ...   copied by windeployqt, not needed: Qt's own strings in Vietnamese are
                                     compiled into pakn-desk.exe (translations/qt_vi.ts; Qt ships no vi)
    vc_redist.x64.exe                the MSVC run time, installed silently by the installer
    pakn-desk.ico, COPYRIGHT.txt      the icon of the shortcuts; the copyright file of the .deb

  NOT BUILT OR RUN BY THE PROJECT: the project's machines run Debian only. Written to be run unchanged on a
  Windows machine prepared as docs/install.md says; report what fails.

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File packaging\windows\deploy.ps1 `
      -QtDir C:\Qt\6.4.2\msvc2019_64 -KeychainDir C:\qtkeychain `
      -VcpkgInstalledDir C:\vcpkg\installed\x64-windows -BuildDir build-win
#>
param(
    [Parameter(Mandatory = $true)] [string] $QtDir,        # e.g. C:\Qt\6.4.2\msvc2019_64 (has bin\windeployqt.exe)
    [Parameter(Mandatory = $true)] [string] $KeychainDir,  # QtKeychain's install prefix (has bin\qt6keychain.dll)
    [Parameter(Mandatory = $true)] [string] $VcpkgInstalledDir, # e.g. C:\vcpkg\installed\x64-windows (bin\xlsxwriter.dll)
    [string] $BuildDir = "build-win",                       # the CMake build folder of PAKN Desk
    [string] $OutDir = ""                                   # default: <BuildDir>\deploy
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
if (-not [System.IO.Path]::IsPathRooted($BuildDir)) { $BuildDir = Join-Path $Root $BuildDir }
if ($OutDir -eq "") { $OutDir = Join-Path $BuildDir "deploy" }

function Find-Program([string] $name) {
    # qt_standard_project_setup() puts every .exe in the build folder's root on Windows; a Visual Studio
    # generator adds a configuration folder. The target's own folder is searched too, should that change.
    foreach ($dir in @("", "app", "app\cli")) {
        foreach ($sub in @("", "Release", "RelWithDebInfo")) {
            $candidate = Join-Path (Join-Path (Join-Path $BuildDir $dir) $sub) $name
            if (Test-Path $candidate) { return $candidate }
        }
    }
    throw "$name not found in $BuildDir - build the Release configuration first (docs/install.md)"
}

function Copy-IfMissing([string] $source, [string] $destinationDir) {
    $target = Join-Path $destinationDir (Split-Path $source -Leaf)
    if (Test-Path $target) { return }
    if (-not (Test-Path $source)) { throw "missing $source" }
    New-Item -ItemType Directory -Force -Path $destinationDir | Out-Null
    Copy-Item $source $destinationDir
}

$windeployqt = Join-Path $QtDir "bin\windeployqt.exe"
if (-not (Test-Path $windeployqt)) { throw "windeployqt.exe not found in $QtDir\bin" }
$keychainDll = Join-Path $KeychainDir "bin\qt6keychain.dll"
if (-not (Test-Path $keychainDll)) { throw "qt6keychain.dll not found in $KeychainDir\bin" }

$desk = Find-Program "pakn-desk.exe"
$cli = Find-Program "pakn-cli.exe"

if (Test-Path $OutDir) { Remove-Item -Recurse -Force $OutDir }
New-Item -ItemType Directory -Force -Path $OutDir | Out-Null
Copy-Item $desk, $cli $OutDir
Copy-Item $keychainDll $OutDir   # before windeployqt, so that it resolves the DLL's own Qt dependencies
# libxlsxwriter and the compression libraries it was built with (names as vcpkg installs them).
foreach ($dll in @("xlsxwriter.dll", "zlib1.dll", "minizip.dll")) {
    $path = Join-Path $VcpkgInstalledDir "bin\$dll"
    if (Test-Path $path) { Copy-Item $path $OutDir }
    elseif ($dll -eq "xlsxwriter.dll") { throw "xlsxwriter.dll not found in $VcpkgInstalledDir\bin" }
}

# The MSVC run time comes as vc_redist.x64.exe (--compiler-runtime); software OpenGL is not needed by widgets.
$common = @("--release", "--compiler-runtime", "--no-opengl-sw", "--no-system-d3d-compiler",
            "--translations", "vi,en", "--dir", $OutDir)
& $windeployqt @common (Join-Path $OutDir "pakn-desk.exe")
if ($LASTEXITCODE -ne 0) { throw "windeployqt failed for pakn-desk.exe" }
& $windeployqt @common (Join-Path $OutDir "pakn-cli.exe")
if ($LASTEXITCODE -ne 0) { throw "windeployqt failed for pakn-cli.exe" }
& $windeployqt @common (Join-Path $OutDir "qt6keychain.dll")
if ($LASTEXITCODE -ne 0) { throw "windeployqt failed for qt6keychain.dll" }

# Loaded at run time: windeployqt may not know the programs need them (the .deb's hand-written Depends).
$plugins = Join-Path $QtDir "plugins"
Copy-IfMissing (Join-Path $plugins "sqldrivers\qsqlite.dll") (Join-Path $OutDir "sqldrivers")
# `pakn-cli report` lays out its PDF with Qt Gui on the offscreen platform (app/cli/main.cpp).
Copy-IfMissing (Join-Path $plugins "platforms\qoffscreen.dll") (Join-Path $OutDir "platforms")
Copy-IfMissing (Join-Path $plugins "tls\qschannelbackend.dll") (Join-Path $OutDir "tls")
Copy-IfMissing (Join-Path $plugins "iconengines\qsvgicon.dll") (Join-Path $OutDir "iconengines")
Copy-IfMissing (Join-Path $plugins "imageformats\qsvg.dll") (Join-Path $OutDir "imageformats")
Copy-IfMissing (Join-Path $QtDir "bin\Qt6Svg.dll") $OutDir

# The icon, and the copyright file the .deb carries in /usr/share/doc.
Copy-Item (Join-Path $PSScriptRoot "pakn-desk.ico") $OutDir
Copy-Item (Join-Path $Root "packaging\copyright") (Join-Path $OutDir "COPYRIGHT.txt")

$required = @(
    "pakn-desk.exe", "pakn-cli.exe", "qt6keychain.dll", "xlsxwriter.dll",
    "Qt6Core.dll", "Qt6Gui.dll", "Qt6Widgets.dll", "Qt6Network.dll", "Qt6Sql.dll", "Qt6Svg.dll",
    "Qt6Charts.dll", "Qt6PrintSupport.dll", "platforms\qwindows.dll", "platforms\qoffscreen.dll", "printsupport\windowsprintersupport.dll", "sqldrivers\qsqlite.dll", "tls\qschannelbackend.dll",
    "iconengines\qsvgicon.dll", "imageformats\qsvg.dll", "pakn-desk.ico", "COPYRIGHT.txt"
)
$missing = @($required | Where-Object { -not (Test-Path (Join-Path $OutDir $_)) })
if ($missing.Count -gt 0) { throw "deploy folder is incomplete, missing: $($missing -join ', ')" }
if (-not (Test-Path (Join-Path $OutDir "vc_redist.x64.exe"))) {
    Write-Warning "vc_redist.x64.exe was not copied (set VCINSTALLDIR, e.g. run from the 'x64 Native Tools' prompt); the installer will then assume the MSVC run time is present"
}

# Smoke test of the deployed copy: it must start and answer from its own folder, with no Qt or vcpkg on PATH
# (Windows refuses to start a program whose DLL is missing, so this also checks the DLL list).
$env:PATH = "$env:SystemRoot\system32;$env:SystemRoot"
$version = & (Join-Path $OutDir "pakn-cli.exe") --version
if ($LASTEXITCODE -ne 0) { throw "the deployed pakn-cli.exe does not start" }
Write-Host "deploy: $OutDir is complete ($version)"
