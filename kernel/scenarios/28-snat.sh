# world: bare
# SNAT on the router: UDP to an address and port range, TCP to one address, and conntrack's reply
# tuples showing the rewritten source. Both UDP flows come from port 2000, inside the range: the first
# keeps it, the clash moves the second to 2001 (a source port outside the range would get a random
# one of the range: nf_nat picks SNAT's starting offset at random).
ip netns exec router iptables -t nat -I POSTROUTING -o wan -p udp -j SNAT --to-source 203.0.113.2:2000-2001
ip netns exec router iptables -t nat -I POSTROUTING -o wan -p tcp -s 192.168.31.50 -j SNAT --to-source 203.0.113.2
echo q | ip netns exec laptop nc -u -w 1 -p 2000 198.18.9.9 53
echo q | nc -u -w 1 -p 2000 198.18.9.9 53
ip netns exec laptop curl -s -o /dev/null -w '%{http_code}\n' http://198.18.5.130/
ip netns exec router conntrack -L
ip netns exec router iptables -t nat -L POSTROUTING -n -v -x
ip netns exec router iptables -t nat -S
