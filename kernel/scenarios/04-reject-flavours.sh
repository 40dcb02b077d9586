# world: bare
# REJECT's answers as the laptop's tools report them.
iptables -A INPUT -p tcp --dport 22 -j REJECT --reject-with tcp-reset
iptables -A INPUT -p tcp --dport 23 -j REJECT
iptables -A INPUT -p tcp --dport 24 -j REJECT --reject-with icmp-host-prohibited
iptables -A INPUT -p udp --dport 53 -j REJECT
iptables -A INPUT -p icmp -j REJECT --reject-with icmp-net-unreachable
ip netns exec laptop nc -zv -w 2 192.168.31.228 22
ip netns exec laptop nc -zv -w 2 192.168.31.228 23
ip netns exec laptop nc -zv -w 2 192.168.31.228 24
ip netns exec laptop nc -zv -w 2 192.168.31.228 25
echo hi | ip netns exec laptop nc -u -w 1 192.168.31.228 53
ip netns exec laptop ping -c 1 -W 1 192.168.31.228
iptables -L INPUT -n -v -x
