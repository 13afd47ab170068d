@echo off
rem PortalDesk from a clone on Windows, after "mvn package". No arguments opens the staff app.
set "JAR=%~dp0..\target\portaldesk.jar"
if not exist "%JAR%" (
  echo PortalDesk is not built yet. Run: mvn -DskipTests package 1>&2
  exit /b 1
)
rem A desktop program's heap, not a quarter of the machine; idle memory goes back to the system (decision 0021).
java -Xmx1g -XX:G1PeriodicGCInterval=60000 -jar "%JAR%" %*
