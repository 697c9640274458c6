@echo off
rem Runs Rapportverk's whole test suite with a JDK >= 21 (found by itself).
setlocal EnableExtensions EnableDelayedExpansion
chcp 65001 >nul
set "ROOT=%~dp0"
if "%ROOT:~-1%"=="\" set "ROOT=%ROOT:~0,-1%"
call "%ROOT%\scripts\jdk.cmd"
if errorlevel 1 exit /b 3
echo Java: %JAVA_HOME% 1>&2
pushd "%ROOT%"
call %MVN% -B -ntp verify %*
set "RESULT=%ERRORLEVEL%"
popd
exit /b %RESULT%
