#!/bin/sh
# Makes the installed program's class-data archive (AppCDS, docs/decisions/0019-class-archive.md): its classes parsed
# and checked once, here, so that every start maps them instead of reading 70 jars again. Run as root by the package's
# install script; `class-archive.sh remove` deletes it before the package goes.
#
# Java accepts such an archive only where it was made (the same paths, the same jar times), so it is made at install
# time, in place, by one real command on a throwaway data folder: opening a new database (every migration, Hibernate's
# start with every entity) and adding a contact (encryption, the audit chain). The command runs with an empty
# environment and no configuration file, so it can never reach the firm's database. If anything fails, the program
# simply starts without the archive, as before.
set -eu
app=$(dirname "$(readlink -f "$0")")
archive="$app/portaldesk.jsa"
launchers="$app/PortalDesk.cfg $app/PortalDeskKiosk.cfg"

if [ "${1:-}" = remove ]; then
    rm -f "$archive" "$archive.new"
    exit 0
fi

work=$(mktemp -d /tmp/portaldesk-class-archive.XXXXXX)
trap 'rm -rf "$work"' EXIT
# The class path exactly as the launcher gives it, or Java would refuse the archive.
classpath=$(sed -n 's/^app\.classpath=//p' "$app/PortalDesk.cfg" | sed "s#\\\$APPDIR#$app#" | paste -sd: -)
: > "$work/empty.properties"
rm -f "$archive.new"
env -i PATH=/usr/bin:/bin HOME="$work" PORTALDESK_CONFIG="$work/empty.properties" \
    PORTALDESK_MACHINE_CONFIG="$work/no-machine-config.properties" \
    "$app/../runtime/bin/java" -XX:ArchiveClassesAtExit="$archive.new" -Dfile.encoding=UTF-8 -cp "$classpath" \
    com.portaldesk.app.Main --data-dir "$work/data" contacts add --first-name Training --last-name Run \
    --email training@example.invalid --ssn 219-09-7351 > "$work/training.log" 2>&1 \
    || { echo "PortalDesk: no class archive (the training run failed); the program starts without it" >&2; exit 0; }
[ -s "$archive.new" ] || { echo "PortalDesk: the training run wrote no class archive" >&2; exit 0; }
mv -f "$archive.new" "$archive"

# The launchers name the archive; JVM warnings go to stderr, never into a command's output.
for cfg in $launchers; do
    grep -q 'SharedArchiveFile' "$cfg" && continue
    sed -i 's#^\[JavaOptions\]$#[JavaOptions]\njava-options=-XX:SharedArchiveFile=$APPDIR/portaldesk.jsa\njava-options=-Xlog:disable\njava-options=-Xlog:all=warning:stderr#' "$cfg"
done
