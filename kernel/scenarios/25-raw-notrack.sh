# world: bare
# raw table: NOTRACK in PREROUTING and CT --notrack in OUTPUT keep packets out of conntrack; the
# conntrack match sees them as UNTRACKED, and conntrack -L lists only the tracked ping.
iptables -t raw -A PREROUTING -p icmp -s 192.168.31.50 -j NOTRACK
iptables -t raw -A OUTPUT -p icmp --icmp-type echo-reply -j CT --notrack
iptables -A INPUT -m conntrack --ctstate UNTRACKED -j ACCEPT
iptables -A OUTPUT -m state --state UNTRACKED -j ACCEPT
ip netns exec laptop ping -c 1 192.168.31.228
ping -c 1 192.168.31.1
conntrack -L
iptables -t raw -L -n -v -x
iptables -L -n -v -x
iptables -t raw -S
