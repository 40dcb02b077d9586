# world: bare
# LOG with a prefix and a level: the packets it saw are counted and listed. What it logs goes to the
# kernel log, which another namespace's rules do not reach (nf_log_all_netns is 0) and which the
# suite cannot compare: only the listings and counters are compared.
iptables -A INPUT -p icmp -j LOG --log-prefix "ping: " --log-level 4
iptables -A INPUT -p tcp --dport 23 -j LOG --log-prefix "telnet " --log-level debug
iptables -A INPUT -p tcp --dport 23 -j REJECT --reject-with tcp-reset
iptables -t nat -A PREROUTING -p icmp -j LOG
ip netns exec laptop ping -c 2 -i 0.2 192.168.31.228
ip netns exec laptop nc -zv -w 1 192.168.31.228 23
iptables -L INPUT -n -v -x
iptables -t nat -L PREROUTING -n -v -x
iptables -S
iptables-save -t nat
