@echo off
rem PortalDesk from a clone on Windows, after "mvn package". No arguments opens the staff app.
set "JAR=%~dp0..\target\portaldesk.jar"
if not exist "%JAR%" (
  echo PortalDesk is not built yet. Run: mvn -DskipTests package 1>&2
  exit /b 1
)
java -jar "%JAR%" %*
