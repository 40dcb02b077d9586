# world: bare
# CONNMARK: a connection marked on its first packet, the mark saved and restored, and the connmark
# match on the reply; conntrack -L shows each connection's mark.
iptables -t mangle -A OUTPUT -p tcp --dport 80 -j CONNMARK --set-mark 0x7
iptables -t mangle -A OUTPUT -p icmp -j MARK --set-mark 0x5
iptables -t mangle -A OUTPUT -p icmp -j CONNMARK --save-mark --mask 0xff
iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark
iptables -A INPUT -m connmark --mark 0x7 -p tcp -j ACCEPT
iptables -A INPUT -m connmark --mark 0x5/0xf -m mark --mark 0x5 -j ACCEPT
curl -s -o /dev/null -w '%{http_code}\n' http://198.18.5.130/
ping -c 1 198.18.0.7
conntrack -L
iptables -L INPUT -n -v -x
iptables -t mangle -L -n -v -x
