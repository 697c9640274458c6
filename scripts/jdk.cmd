@echo off
rem Shared by rapportverk.cmd and run-tests.cmd: finds a JDK >= 21 and Maven.
rem Sets JAVA_HOME and MVN in the caller's environment, or prints what is missing and sets errorlevel 1.
set "RV_MIN=21"
set "RV_FOUND="
set "RV_SEEN="

for %%H in ("%RAPPORTVERK_JAVA_HOME%" "%JAVA_HOME%") do if not defined RV_FOUND call :rv_check "%%~H"
if not defined RV_FOUND for /f "delims=" %%J in ('where java 2^>nul') do if not defined RV_FOUND call :rv_check_exe "%%~J"
if not defined RV_FOUND for /d %%D in ("%ProgramFiles%\Eclipse Adoptium\jdk-*" "%ProgramFiles%\Java\jdk-*" "%ProgramFiles%\Microsoft\jdk-*" "%ProgramFiles%\Zulu\zulu-*" "%ProgramFiles%\Amazon Corretto\jdk*" "%LOCALAPPDATA%\Programs\Eclipse Adoptium\jdk-*") do if not defined RV_FOUND call :rv_check "%%~D"

if not defined RV_FOUND (
  echo Rapportverk behöver Java %RV_MIN% eller nyare ^(en JDK, med javac^). 1>&2
  if defined RV_SEEN (echo Hittade bara:%RV_SEEN% 1>&2) else (echo Ingen Java hittades. 1>&2)
  echo Installera till exempel Eclipse Temurin %RV_MIN% ^(https://adoptium.net^) eller sätt 1>&2
  echo RAPPORTVERK_JAVA_HOME till mappen för en JDK %RV_MIN% eller nyare. 1>&2
  exit /b 1
)
set "JAVA_HOME=%RV_FOUND%"

where mvn >nul 2>nul
if not errorlevel 1 (
  set "MVN=mvn"
) else (
  set MVN="%~dp0..\mvnw.cmd"
)
exit /b 0

:rv_check_exe
rem %1 is ...\bin\java.exe: its JDK is two folders up.
for %%P in ("%~dp1..") do call :rv_check "%%~fP"
exit /b 0

:rv_check
set "RV_HOME=%~1"
if "%RV_HOME%"=="" exit /b 0
if not exist "%RV_HOME%\bin\javac.exe" exit /b 0
set "RV_VER="
rem "call" first: a for /f command that starts with a quote loses its quotes when the path has spaces.
for /f "tokens=3" %%V in ('call "%RV_HOME%\bin\java.exe" -version 2^>^&1 ^| findstr /i "version"') do if not defined RV_VER set "RV_VER=%%~V"
if not defined RV_VER exit /b 0
for /f "delims=." %%M in ("%RV_VER%") do set "RV_MAJOR=%%M"
set "RV_SEEN=%RV_SEEN% Java %RV_MAJOR% (%RV_HOME%);"
if %RV_MAJOR% GEQ %RV_MIN% set "RV_FOUND=%RV_HOME%"
exit /b 0
