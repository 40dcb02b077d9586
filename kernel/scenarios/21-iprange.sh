# world: bare
# iprange: --src-range and --dst-range, inverted, on the router's FORWARD.
ip netns exec router iptables -A FORWARD -m iprange --src-range 192.168.31.40-192.168.31.60 --dst-range 198.18.0.0-198.18.0.10 -j ACCEPT
ip netns exec router iptables -A FORWARD -m iprange ! --src-range 192.168.31.40-192.168.31.60 -j ACCEPT
ip netns exec router iptables -A FORWARD -m iprange --dst-range 198.18.5.0-198.18.5.255 -j REJECT --reject-with icmp-admin-prohibited
ip netns exec laptop ping -c 1 198.18.0.7
ip netns exec laptop ping -c 1 -W 1 198.18.5.130
ping -c 1 198.18.5.130
ip netns exec router iptables -L FORWARD -n -v -x
ip netns exec router iptables -S FORWARD
