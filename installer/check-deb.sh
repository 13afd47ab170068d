#!/usr/bin/env bash
# Installs the .deb built by `mvn -Pinstaller -DskipTests package`, checks the installed copy the way a firm would
# use it (portaldesk on the PATH, both desktop entries, a whole client sign-in against the demonstration outbox, the
# audit chain), then removes it and checks that removing kept the configuration and the data. Run as root (CI does).
set -euo pipefail
cd "$(dirname "$0")/.."

deb=$(ls target/installer/portaldesk_*.deb)
data=$(mktemp -d /tmp/portaldesk-installed.XXXXXX)
trap 'rm -rf "$data"' EXIT

# dpkg -i does not fetch dependencies: the ones a fresh machine lacks come first, from the package's own list.
deps=$(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/ //g' | grep -v '^$' | tr '\n' ' ')
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $deps >/dev/null
dpkg -i "$deb"

fail() { echo "check-deb: $*" >&2; exit 1; }
[ "$(readlink -f "$(command -v portaldesk)")" = /opt/portaldesk/bin/PortalDesk ] || fail "portaldesk is not on the PATH"
for entry in portaldesk-PortalDesk portaldesk-PortalDeskKiosk; do
    [ -f "/usr/share/applications/$entry.desktop" ] || fail "no desktop entry $entry"
done
grep -q '^Name=PortalDesk Kiosk$' /usr/share/applications/portaldesk-PortalDeskKiosk.desktop || fail "kiosk entry name"
grep -q '^Exec=/opt/portaldesk/bin/PortalDeskKiosk' /usr/share/applications/portaldesk-PortalDeskKiosk.desktop \
    || fail "kiosk entry command"
[ -f /etc/portaldesk/config.properties ] || fail "no machine-wide configuration file"

# The class archive made at install (installer/linux/class-archive.sh) must be one Java maps: -Xshare:on refuses to
# start otherwise. The launchers must name it, and must not warn that they cannot use it.
archive=/opt/portaldesk/lib/app/portaldesk.jsa
[ -s "$archive" ] || fail "the install made no class archive"
for cfg in PortalDesk PortalDeskKiosk; do
    grep -q '^java-options=-XX:SharedArchiveFile=\$APPDIR/portaldesk.jsa$' "/opt/portaldesk/lib/app/$cfg.cfg" \
        || fail "the $cfg launcher does not name the class archive"
done
for cfg in PortalDesk PortalDeskKiosk; do
    grep -q '^java-options=-Xmx1g$' "/opt/portaldesk/lib/app/$cfg.cfg" || fail "the $cfg launcher sets no desktop heap"
done
classpath=$(sed -n 's/^app\.classpath=//p' /opt/portaldesk/lib/app/PortalDesk.cfg \
    | sed 's#\$APPDIR#/opt/portaldesk/lib/app#' | paste -sd: -)
/opt/portaldesk/lib/runtime/bin/java -Xshare:on -XX:SharedArchiveFile="$archive" -cp "$classpath" \
    com.portaldesk.app.Main --version >/dev/null || fail "Java refuses the installed class archive"
if portaldesk --version 2>&1 | grep -qi "archive"; then fail "the launcher cannot use the class archive"; fi

version=$(portaldesk --version)
echo "installed: $version"
case "$version" in PortalDesk*) ;; *) fail "portaldesk --version said: $version" ;; esac

export PORTALDESK_DATA_DIR="$data"
portaldesk contacts add --first-name Ann --last-name Lee --email ann@example.com --ssn 219-09-7351 >/dev/null
started=$(portaldesk verify start --email ann@example.com --last4 7351 --channel email --terminal ci-lobby)
challenge=$(echo "$started" | sed -n 's/^Challenge: //p')
code=$(portaldesk outbox list --limit 1 | grep -oE '^ {4}[0-9]{6,10}$' | tr -d ' ')
[ -n "$challenge" ] && [ -n "$code" ] || fail "no challenge or no code in the outbox: $started"
portaldesk verify check --challenge "$challenge" --code "$code" --terminal ci-lobby | grep -q "You are signed in" \
    || fail "the code from the outbox did not sign the client in"
portaldesk audit verify | grep -q "intact" || fail "the audit chain does not verify"
echo "installed copy: a whole sign-in against the demonstration outbox worked"

dpkg -r portaldesk
[ ! -e /usr/bin/portaldesk ] || fail "portaldesk is still on the PATH after removal"
[ ! -e "$archive" ] || fail "removal left the class archive behind"
[ -f /etc/portaldesk/config.properties ] || fail "removal took the machine-wide configuration"
[ -f "$data/portaldesk.mv.db" ] || fail "removal took the data"
echo "check-deb: the .deb installs, works and removes cleanly"
