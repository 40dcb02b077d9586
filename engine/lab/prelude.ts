/**
 * The lab's helpers, run inside the namespaces unshare made (see lab-script.ts). Every name starts
 * with netplay_ to stay out of the scenario's way.
 *
 * With NETPLAY_LAB_OUT=DIR (the kernel suite sets it), each command line's stdout, stderr and exit
 * status go to DIR/N.out, DIR/N.err and DIR/N.status instead of the transcript, and with
 * NETPLAY_LAB_TRACE=1 an `xtables-monitor --trace` in each namespace writes DIR/trace.NETNS.
 */
export const PRELUDE = String.raw`set -u
exec </dev/null
# Named namespaces live in a /run/netns of this mount namespace only: the machine's are out of sight
# and out of reach, and the lab's vanish with it.
mkdir -p /run/netns && mount -t tmpfs netplay-lab /run/netns || exit 1
# /sys shows this network namespace's devices (brctl reads /sys/class/net).
mount -t sysfs sysfs /sys || exit 1
netplay_work=$(mktemp -d /tmp/netplay-lab.XXXXXX) && mount -t tmpfs netplay-lab "$netplay_work" || exit 1
cd "$netplay_work" || exit 1
netplay_out=${"$"}{NETPLAY_LAB_OUT:-}
netplay_jobs=0
netplay_cleanup() {
  trap - EXIT
  local pids
  pids=$(jobs -p)
  [ -z "$pids" ] || kill $pids 2>/dev/null
  wait 2>/dev/null
  cd / && umount -l "$netplay_work" && rmdir "$netplay_work"
}
trap netplay_cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
netplay_fail() {
  echo "netplay lab: $*" >&2
  exit 125
}
# The playground's host is a booted machine: lo is up.
ip link set lo up || netplay_fail "cannot bring lo up"
netplay_setup() {
  eval "$1" >"$netplay_work/setup.log" 2>&1 || netplay_fail "the world's setup failed: $1: $(cat "$netplay_work/setup.log")"
}
# Debian's python3 starts in a tenth of the time a version manager's shim takes.
netplay_python=/usr/bin/python3
[ -x "$netplay_python" ] || netplay_python=python3
netplay_in() {
  if [ "$1" = host ]; then shift; "$@"; else ip netns exec "$@"; fi
}
netplay_stand_in() {
  netplay_in "$1" "$netplay_python" -c "$netplay_services" "$2" "$3" "$4" >"$netplay_work/stand-in.$1" 2>&1 &
  local i
  for i in $(seq 100); do
    grep -q ready "$netplay_work/stand-in.$1" && return
    sleep 0.05
  done
  netplay_fail "the services of $1 did not start: $(cat "$netplay_work/stand-in.$1")"
}
netplay_monitor() {
  [ -n "$netplay_out" ] && [ "${"$"}{NETPLAY_LAB_TRACE:-}" = 1 ] || return 0
  netplay_in "$1" stdbuf -oL xtables-monitor --trace >"$netplay_out/trace.$1" 2>&1 &
  netplay_jobs=1
  sleep 0.2
}
# IPv6 duplicate address detection takes a second or two after a link comes up; listings show the
# settled addresses (no "tentative"), as the playground does.
netplay_settle_addresses() {
  local i ns
  for i in $(seq 50); do
    { ip -6 addr show tentative; for ns in $(ip netns list | cut -d' ' -f1); do ip -n "$ns" -6 addr show tentative; done; } | grep -q . || return 0
    sleep 0.1
  done
}
# The playground closes a TCP connection at the instant its command ends; on the kernel the last FIN
# and ACK may still be on their way (a stand-in closes from a thread of its own). Lines after a
# connection wait (a second at most) until no socket is half closed, so that those packets are
# counted where they are.
netplay_settle_tcp() {
  local status=$? i ns states="state fin-wait-1 state close-wait state last-ack state closing"
  for i in $(seq 20); do
    { ss -tanH $states; for ns in $(ip netns list | cut -d' ' -f1); do ip netns exec "$ns" ss -tanH $states; done; } | grep -q . || break
    sleep 0.05
  done
  return $status
}
netplay_step() {
  local status=$?
  if [ -n "$netplay_out" ]; then exec >"$netplay_out/$1.out" 2>"$netplay_out/$1.err"; else printf '$ %s\n' "$2"; fi
  return $status
}
netplay_status() {
  local status=$?
  [ -z "$netplay_out" ] || echo "$status" >"$netplay_out/$1.status"
  # Let background jobs (a capture, a listener) see and print what this line sent.
  [ "$netplay_jobs" = 0 ] || sleep 0.2
  return $status
}
netplay_started_job() {
  netplay_jobs=1
  sleep 0.5
}
`;
