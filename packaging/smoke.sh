# shellcheck shell=bash
# Checks shared by the installed-app smoke tests (check-deb.sh, check-rpm.sh, check-dmg.sh; the
# Windows check-msi.ps1 does the same in PowerShell): run the installed command line on the demo
# account and prove it synced and exports every program. Sourced; needs bash, grep and an OUT directory. EXPECTED_PROGRAMS is the demo account's size.
EXPECTED_PROGRAMS=${EXPECTED_PROGRAMS:-2000}

fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "   ok: $*"; }

# json_number FILE KEY: the number after "KEY": in FILE (the command line's own one-line JSON).
json_number() { { grep -Eo "\"$2\" *: *[0-9]+" "$1" | head -1 | grep -Eo '[0-9]+$'; } || true; }

# cli_checks COMMAND...: runs COMMAND sync --demo --json, then COMMAND export --demo --format json,
# with ADSDESK_DATA_DIR already set by the caller; writes $OUT/sync.json and $OUT/export.json.
cli_checks() {
  local rc=0 synced exported
  "$@" sync --demo --json >"$OUT/sync.json" 2>"$OUT/sync.err" || rc=$?
  [[ $rc -eq 0 ]] || { cat "$OUT/sync.json" "$OUT/sync.err" >&2; fail "sync --demo exited $rc"; }
  synced=$(json_number "$OUT/sync.json" total_db_after)
  [[ "$synced" == "$EXPECTED_PROGRAMS" ]] || { cat "$OUT/sync.json" >&2; fail "sync --demo left ${synced:-no} programs, expected $EXPECTED_PROGRAMS"; }
  pass "sync --demo --json: exit 0, $synced programs"

  rc=0
  "$@" export --demo --format json >"$OUT/export.json" 2>"$OUT/export.err" || rc=$?
  [[ $rc -eq 0 ]] || { cat "$OUT/export.err" >&2; fail "export --demo exited $rc"; }
  exported=$(grep -o '"program_id"' "$OUT/export.json" | wc -l | tr -d '[:space:]')
  [[ "$exported" == "$EXPECTED_PROGRAMS" ]] || fail "export --demo wrote $exported programs, expected $EXPECTED_PROGRAMS"
  pass "export --demo --format json: exit 0, $exported programs"
}

# aot_check LOG: the JVM log written through JAVA_TOOL_OPTIONS=$(aot_log_options LOG) shows the app's
# main class came from the AOT cache (the launcher .cfg turns the cache's own console log off).
aot_log_options() { echo "-Xlog:aot=info,class+load=info:file=$1"; }
aot_check() {
  grep -q 'Opened AOT cache' "$1" || fail "the AOT cache was not opened (see $1)"
  grep -q 'io.adsdesk.app.Main source: shared objects file' "$1" \
    || fail "the app's classes did not come from the AOT cache (see $1)"
  pass "AOT cache used ($(grep -c 'source: shared objects file' "$1") classes from it)"
}
