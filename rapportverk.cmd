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

rem The JVM of an ordinary run, which the training run uses too: C1 only, the serial collector and
rem room for 128 MiB of compiled code (as RV_ORDINARY_JVM in scripts\jdk.sh, see docs\prestanda.md).
set "ORDINARY=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:ReservedCodeCacheSize=128m"
rem The properties of every run, the training run too (as RV_JVM_PROPERTIES in scripts\jdk.sh): UTF-8,
rem and reflection by the JVM's own accessors (no classes spun for it at run time).
set "PROPERTIES=-Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -Djdk.reflect.useNativeAccessorOnly=true"

set "JAR=%ROOT%\target\rapportverk.jar"
set "AOT=%ROOT%\target\rapportverk.aot"
set "JSA=%ROOT%\target\rapportverk.jsa"
set "STALE=0"
set "OLDAOT=0"
if not exist "%JAR%" set "STALE=1"
if not exist "%ROOT%\target\lib" set "STALE=1"
rem Exit 1: sources changed since the jar was built; exit 2: the jar was built (by mvn package) after
rem the AOT cache was made, which Java then ignores.
if "%STALE%"=="0" (
  powershell -NoProfile -NonInteractive -Command ^
    "$t=(Get-Item -LiteralPath '%JAR%').LastWriteTimeUtc;" ^
    "$n=@(Get-ChildItem -LiteralPath '%ROOT%\src\main','%ROOT%\templates' -Recurse -File | Where-Object { $_.LastWriteTimeUtc -gt $t }).Count;" ^
    "if ($n -gt 0 -or (Get-Item -LiteralPath '%ROOT%\pom.xml').LastWriteTimeUtc -gt $t) { exit 1 };" ^
    "if ((Test-Path -LiteralPath '%AOT%') -and (Get-Item -LiteralPath '%AOT%').LastWriteTimeUtc -lt $t) { exit 2 } else { exit 0 }"
  if errorlevel 2 (
    set "OLDAOT=1"
  ) else if errorlevel 1 (
    set "STALE=1"
  )
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
  call :train
) else if %RV_MAJOR% GEQ 25 (
  rem Another JDK than the one the AOT cache was made with, none made yet, or a jar built since: make it again.
  set "STAMP="
  if exist "%AOT%.jdk" set /p STAMP=<"%AOT%.jdk"
  if "%OLDAOT%"=="1" set "STAMP="
  if not "!STAMP!"=="%JAVA_HOME%" call :train
)
rem Start-up dominates a run: C1 only and the serial collector (less processor time and memory than
rem the full JIT and G1 for one workbook or hundreds of ordinary ones, see docs\prestanda.md), except
rem for a workbook of 2 MiB or more, where the full JIT pays for its compiling and G1 suits the large
rem heap; and the AOT cache (Java 25 and later) or the class-data archive beside the jar.
set "JIT=%ORDINARY%"
for %%A in (%*) do (
  if exist "%%~A\*" (
    for %%F in ("%%~A\*.xlsx") do if %%~zF GEQ 2097152 set "JIT="
  ) else if /i "%%~xA"==".xlsx" if exist "%%~A" if %%~zA GEQ 2097152 set "JIT="
)
set CDS=-XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=%JSA%" -Xlog:cds=off -Xlog:cds+dynamic=off
if %RV_MAJOR% GEQ 25 (
  set "CDS="
  if exist "%AOT%" set CDS="-XX:AOTCache=%AOT%" -Xlog:aot=off -Xlog:cds=off
)
"%JAVA_HOME%\bin\java.exe" !JIT! !HEAP! !CDS! %PROPERTIES% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:train
rem The training run: every example workbook (each kind of document, and a batch, as a folder is
rem made) with its check report, in a temporary folder; its classes are kept for later starts (an
rem AOT cache on Java 25 and later, else a class-data archive).
if not exist "%ROOT%\input-examples\" exit /b 0
set "TRAIN=%TEMP%\rapportverk-train-%RANDOM%"
if %RV_MAJOR% GEQ 25 (
  if exist "%AOT%" del /q "%AOT%"
  if exist "%AOT%.jdk" del /q "%AOT%.jdk"
  "%JAVA_HOME%\bin\java.exe" %ORDINARY% %PROPERTIES% "-XX:AOTCacheOutput=%AOT%" -Xlog:aot=off -Xlog:cds=off -jar "%JAR%" generate "%ROOT%\input-examples" --out "!TRAIN!" --report >nul 2>&1
  if exist "%AOT%" (echo !JAVA_HOME!)> "%AOT%.jdk"
) else (
  "%JAVA_HOME%\bin\java.exe" %ORDINARY% %PROPERTIES% "-XX:ArchiveClassesAtExit=%JSA%" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "%JAR%" generate "%ROOT%\input-examples" --out "!TRAIN!" --report >nul 2>&1
)
if exist "!TRAIN!" rmdir /s /q "!TRAIN!"
exit /b 0
