@echo off
rem The web page of Rapportverk: starts the server (rapportverk serve) on this computer and opens the
rem page in the browser. Double-click it, or run: rapportverk-webb [--port N] [--host ADRESS] [--templates MAPP]
rem The server runs in this window; close the window (or press Ctrl+C) to stop it.
setlocal
call "%~dp0rapportverk.cmd" serve --oppna %*
set "STATUS=%ERRORLEVEL%"
rem Keep the window open when the server could not start, so that its message can be read.
if not "%STATUS%"=="0" pause
exit /b %STATUS%
