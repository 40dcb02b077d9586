# world: bare
# comment: quoted, with spaces and quotes, in -S, -L and iptables-save; the counters of commented rules.
iptables -A INPUT -p icmp -m comment --comment "ping from the LAN" -j ACCEPT
iptables -A INPUT -m comment --comment 'say "hi"' -p tcp --dport 22 -j ACCEPT
iptables -A INPUT -m comment --comment plain -j RETURN
iptables -t nat -A POSTROUTING -o eth0 -m comment --comment "masq it" -j MASQUERADE
ip netns exec laptop ping -c 1 192.168.31.228
iptables -S
iptables -L INPUT -n -v -x
iptables -L INPUT
iptables-save -c
