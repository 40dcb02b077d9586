# world: bare
# nc -u -q: at stdin's end Debian's nc shuts its socket down and closes it, then waits out the quit
# timer, so the DNS answer is never printed; without -q (-w) nc prints it. The answer still comes
# in. Of udptest's echoed probes (-v) nc prints two, read one a turn of its loop before it closes.
# (Whether the answer draws a port unreachable is lab timing: the lab's stand-in answers within the
# microseconds nc takes to close, and then the answer is dropped with the socket's queue.)
iptables -A INPUT -p udp --sport 53
echo q | nc -u -q 1 198.18.9.9 53
echo w | nc -u -w 1 198.18.9.9 53
nc -u -q 0 198.18.9.9 53 < /dev/null
echo v | nc -u -v -w 1 -q 1 198.18.9.9 53
iptables -L INPUT -n -v -x
ip netns exec router conntrack -L -p udp
