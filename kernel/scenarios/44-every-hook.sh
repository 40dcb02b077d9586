# world: bare
# A forwarded and a local connection traced through every hook and table on the router: raw,
# mangle, nat, filter and security in PREROUTING, INPUT, FORWARD, OUTPUT and POSTROUTING.
ip netns exec router iptables -t raw -A PREROUTING -p tcp --dport 80 -j TRACE
ip netns exec router iptables -t raw -A OUTPUT -p udp --dport 53 -j TRACE
ip netns exec router iptables -t mangle -A PREROUTING -p tcp -j ACCEPT
ip netns exec router iptables -t mangle -A FORWARD -p tcp -j ACCEPT
ip netns exec router iptables -t mangle -A POSTROUTING -p tcp -j ACCEPT
ip netns exec router iptables -t mangle -A OUTPUT -p udp -j ACCEPT
ip netns exec router iptables -t mangle -A INPUT -p udp -j ACCEPT
ip netns exec router iptables -t nat -A OUTPUT -p udp -j ACCEPT
ip netns exec router iptables -t filter -A FORWARD -p tcp -j ACCEPT
ip netns exec router iptables -t filter -A OUTPUT -p udp -j ACCEPT
ip netns exec router iptables -t filter -A INPUT -p udp -j ACCEPT
ip netns exec router iptables -t security -A FORWARD -p tcp -j ACCEPT
ip netns exec router iptables -t security -A OUTPUT -p udp -j ACCEPT
ip netns exec laptop curl -s -o /dev/null -w '%{http_code}\n' http://198.18.5.130/
echo q | ip netns exec router nc -u -w 1 198.18.9.9 53
ip netns exec router iptables-save -c
