# world: bare
# REJECT in the router's FORWARD with every ICMP flavour and a TCP reset, as the laptop's tools see
# them; the router's conntrack keeps the rejected connections' entries.
ip netns exec router iptables -A FORWARD -p tcp --dport 81 -j REJECT --reject-with icmp-net-unreachable
ip netns exec router iptables -A FORWARD -p tcp --dport 82 -j REJECT --reject-with icmp-host-unreachable
ip netns exec router iptables -A FORWARD -p tcp --dport 83 -j REJECT --reject-with icmp-port-unreachable
ip netns exec router iptables -A FORWARD -p tcp --dport 84 -j REJECT --reject-with icmp-proto-unreachable
ip netns exec router iptables -A FORWARD -p tcp --dport 85 -j REJECT --reject-with icmp-net-prohibited
ip netns exec router iptables -A FORWARD -p tcp --dport 86 -j REJECT --reject-with icmp-host-prohibited
ip netns exec router iptables -A FORWARD -p tcp --dport 87 -j REJECT --reject-with icmp-admin-prohibited
ip netns exec router iptables -A FORWARD -p tcp --dport 88 -j REJECT --reject-with tcp-reset
ip netns exec laptop nc -zv -w 1 198.18.5.130 81
ip netns exec laptop nc -zv -w 1 198.18.5.130 82
ip netns exec laptop nc -zv -w 1 198.18.5.130 83
ip netns exec laptop nc -zv -w 1 198.18.5.130 84
ip netns exec laptop nc -zv -w 1 198.18.5.130 85
ip netns exec laptop nc -zv -w 1 198.18.5.130 86
ip netns exec laptop curl -sS -m 1 http://198.18.5.130:87/
ip netns exec laptop curl -sS -m 1 http://198.18.5.130:88/
ip netns exec router iptables -L FORWARD -n -v -x
ip netns exec router iptables -S FORWARD
