@echo off
rem slaudit launcher for Windows: runs lib\slaudit.jar on Java 17 or later with the JIT options
rem that start each command fastest (see docs/launcher.md). JAVA_HOME chooses the Java, else
rem java.exe on PATH; SLAUDIT_JAVA_OPTS adds JVM options after the launcher's own. Unlike bin/slaudit
rem it keeps no class-data-sharing archive.
setlocal
set "SLAUDIT_HOME=%~dp0.."
set "JAVA_EXE=java.exe"
if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if defined JAVA_HOME if not exist "%JAVA_EXE%" (
  echo slaudit: JAVA_HOME is %JAVA_HOME%, which has no bin\java.exe 1>&2
  exit /b 2
)
rem Short commands start fastest on C1 alone with the serial collector; an audit, sample generation,
rem batch calculation or comparison on a ticket export needs C2 (calc and compare always get the
rem JVM's defaults here: a batch file cannot safely look for --input or --tickets among arguments).
set "COMMAND=%~1"
if "%COMMAND%"=="--stacktrace" set "COMMAND=%~2"
set "QUICK=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
if "%COMMAND%"=="audit" set "QUICK="
if "%COMMAND%"=="samples" set "QUICK="
if "%COMMAND%"=="calc" set "QUICK="
if "%COMMAND%"=="compare" set "QUICK="
if "%QUICK%"=="" set "QUICK=-XX:FreqInlineSize=100"
"%JAVA_EXE%" -Xlog:disable -Xlog:all=warning:stderr -Djava.awt.headless=true %QUICK% %SLAUDIT_JAVA_OPTS% -jar "%SLAUDIT_HOME%\lib\slaudit.jar" %*
exit /b %ERRORLEVEL%
