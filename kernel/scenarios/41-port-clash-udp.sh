# world: bare
# A UDP port clash on the router: the host and the laptop send from the same port to the same server;
# MASQUERADE keeps the first's port and picks another for the second.
echo a | nc -u -w 1 -p 4444 198.18.9.9 53
echo b | ip netns exec laptop nc -u -w 1 -p 4444 198.18.9.9 53
ip netns exec router conntrack -L -p udp
ip netns exec internet conntrack -L -p udp
