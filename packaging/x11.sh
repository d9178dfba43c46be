# Helpers for the Linux launch checks, sourced by check-deb.sh and measure-startup.sh.
# Needs: apt-get install -y xvfb xauth libgtk-3-0 imagemagick xdotool x11-apps (xwd)

# start_xvfb: starts a 1280x800 virtual screen on a free display number (Xvfb -displayfd);
# sets XDISPLAY (":N") and XVFB_PID.
start_xvfb() {
  local fdfile
  fdfile=$(mktemp)
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$fdfile" >/dev/null 2>&1 &
  XVFB_PID=$!
  for _ in $(seq 100); do
    if [[ -s "$fdfile" ]]; then
      XDISPLAY=":$(tr -d '[:space:]' <"$fdfile")"
      rm -f "$fdfile"
      xdpyinfo -display "$XDISPLAY" >/dev/null 2>&1 && return 0
    fi
    sleep 0.1
  done
  echo "Xvfb did not start" >&2
  return 1
}

now() { date +%s.%N; }

# wait_window DISPLAY TIMEOUT: waits until a window titled AdsDesk is mapped; prints its id.
wait_window() {
  local deadline id
  deadline=$(echo "$(now) + $2" | bc)
  while (( $(echo "$(now) < $deadline" | bc) )); do
    id=$(DISPLAY=$1 xdotool search --onlyvisible --name '^AdsDesk' 2>/dev/null | head -1) || true
    if [[ -n "$id" ]]; then echo "$id"; return 0; fi
    sleep 0.05
  done
  return 1
}

# screen_hash DISPLAY: a hash of the whole screen's pixels (xwd is fast; no file written).
screen_hash() { xwd -root -silent -display "$1" | md5sum | cut -c1-32; }

# wait_settled DISPLAY QUIET TIMEOUT: samples the screen every 0.2 s until it has not changed for
# QUIET seconds; prints the time (epoch seconds) of the last change. That last change is when the
# window reached its final state: for --demo, the synced table replacing the first-sync progress.
wait_settled() {
  local display=$1 quiet=$2 deadline last="" h t last_change
  deadline=$(echo "$(now) + $3" | bc)
  last_change=$(now)
  while (( $(echo "$(now) < $deadline" | bc) )); do
    t=$(now)
    h=$(screen_hash "$display")
    if [[ "$h" != "$last" ]]; then last=$h; last_change=$t; fi
    if (( $(echo "$t - $last_change >= $quiet" | bc) )); then echo "$last_change"; return 0; fi
    sleep 0.2
  done
  echo "$last_change"
  return 1
}
