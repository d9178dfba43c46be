#!/usr/bin/env bash
# Runs the credential-store tests against a real Linux Secret Service: a private D-Bus session with a
# throwaway, unlocked GNOME Keyring whose files live in a temporary folder (removed at the end).
#   scripts/keyring-check.sh [test classes]   (default: RealKeyringCredentialStoreTest,PasswordLeakTest)
# Fails if the keyring test was skipped, i.e. if the Secret Service was not reached after all.
# Needs (Debian/Ubuntu): apt-get install -y dbus gnome-keyring
# The keyring is created by `gnome-keyring-daemon --unlock` from a password on stdin: without it a
# fresh daemon has no default ("login") collection, and writes to it fail.
set -euo pipefail
cd "$(dirname "$0")/.."
TESTS=${1:-RealKeyringCredentialStoreTest,PasswordLeakTest}

for tool in dbus-run-session gnome-keyring-daemon; do
  if ! command -v "$tool" >/dev/null; then
    echo "keyring-check: $tool is missing; install it with: apt-get install -y dbus gnome-keyring" >&2
    exit 2
  fi
done
if [ -z "${JAVA_HOME:-}" ]; then
  for candidate in /usr/lib/jvm/temurin-25* /usr/lib/jvm/java-25*; do
    [ -x "$candidate/bin/java" ] && export JAVA_HOME="$candidate" && break
  done
fi

SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
mkdir -p "$SCRATCH/data" "$SCRATCH/config" "$SCRATCH/cache" "$SCRATCH/run"
chmod 700 "$SCRATCH/run"

cat >"$SCRATCH/inside.sh" <<'INSIDE'
set -euo pipefail
# Keyring files go under XDG_DATA_HOME, sockets under XDG_RUNTIME_DIR: both in the scratch folder.
eval "$(printf 'throwaway-keyring-password' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
echo "keyring-check: D-Bus session $DBUS_SESSION_BUS_ADDRESS, keyring files: $(ls "$XDG_DATA_HOME/keyrings" | tr '\n' ' ')"
unset DISPLAY
export ADSDESK_EXPECT_OS_STORE=1   # PasswordLeakTest then checks that its run used this keyring
./mvnw -B -ntp test -Dtest="$1" -Dsurefire.failIfNoSpecifiedTests=false
INSIDE

LOG="$SCRATCH/mvn.log"
set +e
XDG_DATA_HOME="$SCRATCH/data" XDG_CONFIG_HOME="$SCRATCH/config" XDG_CACHE_HOME="$SCRATCH/cache" \
  XDG_RUNTIME_DIR="$SCRATCH/run" dbus-run-session -- bash "$SCRATCH/inside.sh" "$TESTS" 2>&1 | tee "$LOG"
STATUS=${PIPESTATUS[0]}
set -e
[ "$STATUS" -eq 0 ] || { echo "keyring-check: FAILED (exit $STATUS)" >&2; exit "$STATUS"; }

if [[ ",$TESTS," == *",RealKeyringCredentialStoreTest,"* ]]; then
  LINE=$(grep -E 'Tests run: [0-9]+.* in io\.adsdesk\.app\.RealKeyringCredentialStoreTest' "$LOG" || true)
  if ! grep -qE 'Tests run: [1-9][0-9]*, Failures: 0, Errors: 0, Skipped: 0' <<<"$LINE"; then
    echo "keyring-check: the Secret Service test did not run in full: ${LINE:-no result line}" >&2
    exit 1
  fi
fi
echo "keyring-check: OK, against a real Secret Service"
