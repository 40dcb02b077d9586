# libxt_addrtype (revision 1): route types of the addresses, and the interface limits' hooks.
iptables -A INPUT -m addrtype --dst-type LOCAL -j ACCEPT
iptables -A INPUT -m addrtype --dst-type local
iptables -A INPUT -m addrtype --src-type LoCaL,unicast
iptables -A INPUT -m addrtype --src-type LOC
iptables -A INPUT -m addrtype --src-type L
iptables -A INPUT -m addrtype --src-type UN
iptables -A INPUT -m addrtype --src-type local,xres,b
iptables -A INPUT -m addrtype --src-type UNSPEC
iptables -A INPUT -m addrtype --dst-type BLACKHOLE,UNREACHABLE,PROHIBIT,THROW,NAT,XRESOLVE
iptables -A INPUT -m addrtype --src-type XRESOLVE,NAT,THROW,PROHIBIT,UNREACHABLE,BLACKHOLE,MULTICAST,ANYCAST,BROADCAST,LOCAL,UNICAST,UNSPEC
iptables -A INPUT -m addrtype --dst-type MULTICAST,LOCAL,LOCAL
iptables -A INPUT -m addrtype ! --src-type LOCAL --dst-type UNICAST
iptables -A INPUT -m addrtype ! --src-type LOCAL ! --dst-type LOCAL,BROADCAST
iptables -A INPUT -m addrtype --dst-type LOCAL --src-type MULTICAST
iptables -A INPUT -m addrtype --src-type LOCAL --limit-iface-in
iptables -A INPUT -m addrtype --limit-iface-in --dst-type LOCAL
iptables -A FORWARD -m addrtype --src-type LOCAL --limit-iface-out
iptables -A FORWARD -m addrtype ! --dst-type BROADCAST --limit-iface-in -j DROP
iptables -A OUTPUT -m addrtype --src-type LOCAL --limit-iface-out
iptables -A OUTPUT -m addrtype --dst-type LOCAL -m addrtype --src-type LOCAL
iptables -t nat -A PREROUTING -m addrtype --dst-type LOCAL --limit-iface-in -j ACCEPT
iptables -t nat -A OUTPUT -m addrtype --dst-type LOCAL --limit-iface-out
iptables -t nat -A POSTROUTING -m addrtype --src-type LOCAL --limit-iface-out
iptables -t nat -A POSTROUTING -m addrtype ! --src-type LOCAL
iptables -t mangle -A PREROUTING -m addrtype --dst-type MULTICAST --limit-iface-in
iptables -t raw -A OUTPUT -m addrtype --dst-type MULTICAST --limit-iface-out
iptables -N user
iptables -A user -m addrtype --dst-type LOCAL
iptables -A INPUT -j user
iptables -S
iptables -L -n -v
iptables -L
iptables -L -v -x
iptables -t nat -S
iptables -t nat -L -n
iptables -t mangle -L PREROUTING -n
iptables -t raw -L OUTPUT
iptables -D INPUT -m addrtype --dst-type LOCAL -j ACCEPT
iptables -C INPUT -m addrtype --src-type LOCAL --limit-iface-in
iptables -C INPUT -m addrtype --src-type L --limit-iface-in
iptables -C INPUT -m addrtype --src-type LOCAL
iptables -S INPUT 2
# the kernel checks the interface limits against the hook of the chain
iptables -A INPUT -m addrtype --src-type LOCAL --limit-iface-out
iptables -A OUTPUT -m addrtype --src-type LOCAL --limit-iface-in
iptables -t nat -A PREROUTING -m addrtype --dst-type LOCAL --limit-iface-out
iptables -t nat -A POSTROUTING -m addrtype --dst-type LOCAL --limit-iface-in
iptables -t nat -A INPUT -m addrtype --dst-type LOCAL --limit-iface-out
iptables -t mangle -A POSTROUTING -m addrtype --dst-type LOCAL --limit-iface-in
iptables -t raw -A PREROUTING -m addrtype --dst-type LOCAL --limit-iface-out
iptables -I INPUT -m addrtype --dst-type LOCAL --limit-iface-out
# errors
iptables -A INPUT -m addrtype
iptables -A INPUT -m addrtype --src-type
iptables -A INPUT -m addrtype --src-type wrong
iptables -A INPUT -m addrtype --src-type ""
iptables -A INPUT -m addrtype --src-type LOCALX
iptables -A INPUT -m addrtype --src-type LOCAL,
iptables -A INPUT -m addrtype --src-type ,LOCAL
iptables -A INPUT -m addrtype --src-type LOCAL,,UNICAST
iptables -A INPUT -m addrtype --src-type LOCAL,BOGUS
iptables -A INPUT -m addrtype --dst-type BOGUS,LOCAL
iptables -A INPUT -m addrtype --dst-type LOCAL,BOGUS,UNICAST
iptables -A INPUT -m addrtype --src-type "LOCAL UNICAST"
iptables -A INPUT -m addrtype --src-type LOCAL --src-type UNICAST
iptables -A INPUT -m addrtype --dst-type LOCAL ! --dst-type UNICAST
iptables -A INPUT -m addrtype --limit-iface-in
iptables -A INPUT -m addrtype --limit-iface-out
iptables -A INPUT -m addrtype --limit-iface-in --limit-iface-out
iptables -A FORWARD -m addrtype --src-type LOCAL --limit-iface-in --limit-iface-out
iptables -A FORWARD -m addrtype --src-type LOCAL --limit-iface-out --limit-iface-in
iptables -A INPUT -m addrtype --src-type LOCAL ! --limit-iface-in
iptables -A INPUT -m addrtype --src-type LOCAL --limit-iface-in --limit-iface-in
iptables -A INPUT -m addrtype --src-type LOCAL --limit-iface-in=1
iptables -A INPUT --src-type LOCAL
iptables -S
