@echo off
rem Rapportverk: makes a nämnd's documents (PDF and Word) from its standard workbook.
rem This launcher finds a JDK >= 21, rebuilds the application when its sources have changed,
rem and runs it. Usage: rapportverk --help
setlocal EnableExtensions EnableDelayedExpansion
chcp 65001 >nul
set "ROOT=%~dp0"
if "%ROOT:~-1%"=="\" set "ROOT=%ROOT:~0,-1%"

call "%ROOT%\scripts\jdk.cmd"
if errorlevel 1 exit /b 3

rem More memory for very large workbooks: RAPPORTVERK_MINNE=4g (Java's default is a quarter of the RAM).
set "HEAP="
if defined RAPPORTVERK_MINNE (
  echo(%RAPPORTVERK_MINNE%| findstr /R /X /C:"[1-9][0-9]*[mMgG]" >nul
  if errorlevel 1 (
    echo RAPPORTVERK_MINNE="!RAPPORTVERK_MINNE!" går inte att använda: ange Javas största arbetsminne som ett tal 1>&2
    echo med m ^(MiB^) eller g ^(GiB^), till exempel RAPPORTVERK_MINNE=4g eller RAPPORTVERK_MINNE=2048m. 1>&2
    exit /b 2
  )
  set "HEAP=-Xmx!RAPPORTVERK_MINNE!"
)

set "JAR=%ROOT%\target\rapportverk.jar"
set "STALE=0"
if not exist "%JAR%" set "STALE=1"
if not exist "%ROOT%\target\lib" set "STALE=1"
if "%STALE%"=="0" (
  powershell -NoProfile -NonInteractive -Command ^
    "$t=(Get-Item -LiteralPath '%JAR%').LastWriteTimeUtc;" ^
    "$n=@(Get-ChildItem -LiteralPath '%ROOT%\src\main','%ROOT%\templates' -Recurse -File | Where-Object { $_.LastWriteTimeUtc -gt $t }).Count;" ^
    "if ($n -gt 0 -or (Get-Item -LiteralPath '%ROOT%\pom.xml').LastWriteTimeUtc -gt $t) { exit 1 } else { exit 0 }"
  if errorlevel 1 set "STALE=1"
)
if "%STALE%"=="1" (
  echo Bygger Rapportverk ^(första gången, eller efter en ändring i källkoden^) ... 1>&2
  if not exist "%ROOT%\target" mkdir "%ROOT%\target"
  pushd "%ROOT%"
  call %MVN% -B -q -DskipTests package > "%ROOT%\target\bygge.log" 2>&1
  set "BUILD=!ERRORLEVEL!"
  popd
  if not "!BUILD!"=="0" (
    echo Bygget misslyckades. Se %ROOT%\target\bygge.log 1>&2
    exit /b 3
  )
  rem Record the classes a typical run loads in a class-data archive that makes later starts faster.
  if exist "%ROOT%\input-examples\delarsrapport-augusti-2025.xlsx" (
    "%JAVA_HOME%\bin\java.exe" -XX:TieredStopAtLevel=1 "-XX:ArchiveClassesAtExit=%ROOT%\target\rapportverk.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "%JAR%" generate "%ROOT%\input-examples\delarsrapport-augusti-2025.xlsx" --out "%TEMP%\rapportverk-train" --report >nul 2>&1
    if exist "%TEMP%\rapportverk-train" rmdir /s /q "%TEMP%\rapportverk-train"
  )
)
rem Start-up dominates a run: a class-data archive beside the jar and C1 only make it about three times faster.
"%JAVA_HOME%\bin\java.exe" -XX:TieredStopAtLevel=1 !HEAP! -XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=%ROOT%\target\rapportverk.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -jar "%JAR%" %*
exit /b %ERRORLEVEL%
