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
# The playground's servers close the instant their peer does, so that their FIN carries the ACK of
# the peer's FIN. A stand-in does the same only if it wakes up within the kernel's delayed-ACK time,
# which a loaded machine may not grant: stand-ins serve with a real-time priority (stand-ins.ts takes
# it once Python has started, so that starting one never holds a core from the others).
# netplay_stand_in NAME NETNS OWNER HTTP DNS TCP RELAYS UDP_RELAYS: one stand-in process
# (stand-ins.ts), known by NAME to netplay_stop_stand_in.
declare -A netplay_stand_ins=()
netplay_stand_in() {
  local log="$netplay_work/stand-in.$1" i
  : >"$log"
  NETPLAY_LATE_ACKS="$netplay_work/late-acks" netplay_in "$2" "$netplay_python" -c "$netplay_services" "$3" "$4" "$5" "$6" "$7" "$8" >>"$log" 2>&1 &
  netplay_stand_ins[$1]=$!
  for i in $(seq 100); do
    grep -q ready "$log" && return
    sleep 0.05
  done
  netplay_fail "the services of $1 did not start: $(cat "$log")"
}
netplay_stop_stand_in() {
  kill "${"$"}{netplay_stand_ins[$1]}" 2>/dev/null
  wait "${"$"}{netplay_stand_ins[$1]}" 2>/dev/null
  unset "netplay_stand_ins[$1]"
}
# A Docker line runs the host commands the playground's dockerd ran for it. One that fails here is
# the kernel refusing what the playground accepted: its error becomes the line's, exit status 125.
netplay_docker_failed=0
netplay_docker() {
  eval "$1" >"$netplay_work/docker.log" 2>&1 && return
  echo "netplay lab: $1: $(cat "$netplay_work/docker.log")" >&2
  netplay_docker_failed=1
}
# The line's exit status: that of the command it ran in a container, unless one of Docker's failed.
netplay_docker_end() {
  local failed=$netplay_docker_failed
  netplay_docker_failed=0
  [ "$failed" = 0 ] || return 125
  return "$1"
}
# What docker printed itself (ids, tables, its errors) is dockerd's, which the lab does not run: the
# playground's words are printed as they were.
netplay_docker_said() {
  printf '%s' "$2"
  printf '%s' "$3" >&2
  netplay_docker_end "$1"
}
# netplay_monitor NETNS: each namespace the lab makes. A bridge with an IPv4 address joins 224.0.0.106
# (multicast router discovery) and reports it by IGMP twice, at random instants within a second:
# packets through OUTPUT and POSTROUTING that the playground does not send, counted or not by chance
# (a MASQUERADE rule dockerd has just added). The lab switches off reports for such link-local
# groups. With NETPLAY_LAB_TRACE, an xtables-monitor --trace watches the namespace.
netplay_monitor() {
  netplay_in "$1" sysctl -qw net.ipv4.igmp_link_local_mcast_reports=0
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
# ss in the lab's own namespace and in every named one, through nsenter (ip netns exec would also
# remount /sys, a process more per namespace on a machine that may be busy).
netplay_ss_everywhere() {
  local ns
  ss "$@"
  for ns in /run/netns/*; do
    [ -e "$ns" ] && nsenter --net="$ns" ss "$@"
  done
}
# The playground closes a TCP connection at the instant its command ends; on the kernel the last FIN
# and ACK may still be on their way (a stand-in closes from a thread of its own), and a FIN that a
# firewall dropped goes again 0.2, 0.4 and 0.8 s later (then 1.6 s). Lines after a connection wait
# until no socket is half closed, a second at most by the clock (between those retransmissions, as
# engine/stack/fin-timer.ts has it), so that those packets are counted where they are. Then the sockets that would only send the same segment again (a SYN-ACK or a FIN no one
# acknowledges) are aborted, which sends nothing: the kernel's timers must not add packets to the
# counters of lines long after.
netplay_settle_tcp() {
  local status=$? until=$((${"$"}{EPOCHREALTIME//[!0-9]/} + 1000000))
  while netplay_ss_everywhere -tanH state fin-wait-1 state close-wait state last-ack state closing | grep -q .; do
    [ "${"$"}{EPOCHREALTIME//[!0-9]/}" -lt "$until" ] || break
    sleep 0.05
  done
  netplay_ss_everywhere -K -tanH state syn-recv state last-ack state closing >/dev/null 2>&1
  # A stand-in that closed after the kernel had acked the client's FIN on its own (stand-ins.ts)
  # is noted against this line, N.late-ack.
  if [ -s "$netplay_work/late-acks" ]; then
    [ -z "$netplay_out" ] || cat "$netplay_work/late-acks" >>"$netplay_out/$1.late-ack"
    : >"$netplay_work/late-acks"
  fi
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
