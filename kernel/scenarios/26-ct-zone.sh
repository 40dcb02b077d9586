# world: bare
# CT --zone puts every connection through the router, and the router's own, into conntrack zone 7:
# conntrack -L shows the zone on each entry.
ip netns exec router iptables -t raw -A PREROUTING -j CT --zone 7
ip netns exec router iptables -t raw -A OUTPUT -j CT --zone 7
ip netns exec laptop ping -c 1 198.18.0.7
ip netns exec laptop curl -s -m 2 -o /dev/null -w '%{http_code}\n' http://198.18.5.130/
ip netns exec router ping -c 1 198.18.0.8
ip netns exec router conntrack -L
ip netns exec router iptables -t raw -S
