# world: bare
# Private addresses are unreachable on the internet: the ICMP error travels back through the
# router's MASQUERADE to the sender.
ping -c 1 -W 2 10.1.2.3
curl -sS -m 3 http://172.16.0.9/
ip netns exec router conntrack -L
ip netns exec internet ping -c 1 10.9.9.9
