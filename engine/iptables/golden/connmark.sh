# libxt_connmark revision 1: --mark value[/mask] on the connection's mark; -L has two spaces before the value.
iptables -t mangle -A PREROUTING -m connmark --mark 1
iptables -t mangle -A PREROUTING -m connmark ! --mark 0x1/0xff -j ACCEPT
iptables -t mangle -A PREROUTING -m connmark --mark 0xffffffff
iptables -t mangle -A PREROUTING -m connmark --mark 0xffffffff/0xffffffff
iptables -t mangle -A PREROUTING -m connmark --mark 0xffffffff/0x0
iptables -t mangle -A PREROUTING -m connmark --mark 0/0xffffffff
iptables -t mangle -A PREROUTING -m connmark ! --mark 5
iptables -t mangle -A PREROUTING -m connmark --mark 010/0x0F
iptables -t mangle -A PREROUTING -m connmark --mark 1 -m mark --mark 1
iptables -t mangle -A PREROUTING -p tcp --dport 53 -m connmark --mark 0x2a -j ACCEPT
iptables -t mangle -A PREROUTING -m connmark --mark 0x2a -p tcp --dport 53 -j ACCEPT
iptables -t mangle -S
iptables -t mangle -L PREROUTING -n -v
iptables -t mangle -L PREROUTING
iptables -t mangle -L PREROUTING -v -x
iptables -t mangle -C PREROUTING -m connmark ! --mark 1/255 -j ACCEPT
iptables -t mangle -D PREROUTING -m connmark ! --mark 1/255 -j ACCEPT
iptables -t mangle -D PREROUTING -m connmark ! --mark 1/255 -j ACCEPT
iptables -t mangle -F
# Every table and chain takes it.
iptables -A INPUT -m connmark --mark 0x1
iptables -A FORWARD -m connmark ! --mark 0x1/0x1
iptables -t nat -A POSTROUTING -m connmark --mark 0x3
iptables -t raw -A OUTPUT -m connmark --mark 0x4
iptables -S
iptables -L -n
iptables -t nat -S POSTROUTING
iptables -t raw -L OUTPUT
iptables -F
# Errors.
iptables -A INPUT -m connmark
iptables -A INPUT -m connmark --mark
iptables -A INPUT -m connmark --mark -1
iptables -A INPUT -m connmark --mark 0xfffffffff
iptables -A INPUT -m connmark --mark bogus
iptables -A INPUT -m connmark --mark 5x
iptables -A INPUT -m connmark --mark 5/
iptables -A INPUT -m connmark --mark 5/6/7
iptables -A INPUT -m connmark --mark 1 --mark 2
iptables -A INPUT -m connmark ! --mark 1 ! --mark 2
iptables -A INPUT -m connmark --ctmark 1
iptables -S
