# world: bare
# MARK in mangle (set, xor, and, or) and the mark match with a mask deciding in filter.
iptables -t mangle -A PREROUTING -p icmp -j MARK --set-mark 0x10
iptables -t mangle -A PREROUTING -p icmp --icmp-type echo-request -j MARK --or-mark 0x1
iptables -t mangle -A PREROUTING -p tcp -j MARK --set-xmark 0x20/0xf0
iptables -t mangle -A PREROUTING -p tcp --dport 81 -j MARK --xor-mark 0x3
iptables -t mangle -A PREROUTING -p tcp --dport 82 -j MARK --and-mark 0x0
iptables -A INPUT -m mark --mark 0x11 -j ACCEPT
iptables -A INPUT -m mark --mark 0x20/0xf0 -p tcp -j REJECT --reject-with tcp-reset
iptables -A INPUT -m mark ! --mark 0x0 -j DROP
ip netns exec laptop ping -c 1 -W 1 192.168.31.228
ip netns exec laptop nc -zv -w 1 192.168.31.228 80
ip netns exec laptop nc -zv -w 1 192.168.31.228 81
ip netns exec laptop nc -zv -w 1 192.168.31.228 82
iptables -t mangle -L PREROUTING -n -v -x
iptables -L INPUT -n -v -x
iptables -t mangle -S
