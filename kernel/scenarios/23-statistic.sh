# world: bare
# statistic in nth mode drops every other ping (the kernel's counter is per rule), and a rule with
# probability 1 and 0 (the random mode at its two deterministic ends).
iptables -A INPUT -p icmp -m statistic --mode nth --every 2 --packet 1 -j DROP
iptables -A INPUT -p icmp -m statistic --mode random --probability 0 -j DROP
iptables -A INPUT -p icmp -m statistic --mode random --probability 1 -j ACCEPT
ip netns exec laptop ping -c 4 -i 0.2 -W 1 192.168.31.228
iptables -L INPUT -n -v -x
iptables -S INPUT
