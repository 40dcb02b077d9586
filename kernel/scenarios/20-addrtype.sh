# world: bare
# addrtype: --dst-type LOCAL, UNICAST, BROADCAST, and --src-type LOCAL with --limit-iface-out.
iptables -A INPUT -m addrtype --dst-type BROADCAST -j DROP
iptables -A INPUT -m addrtype --dst-type LOCAL -p icmp -j ACCEPT
iptables -A INPUT -m addrtype ! --dst-type LOCAL -j DROP
iptables -A OUTPUT -m addrtype --src-type LOCAL --limit-iface-out -p icmp -j ACCEPT
iptables -A OUTPUT -m addrtype --dst-type UNICAST -p udp -j ACCEPT
ip netns exec laptop ping -c 1 192.168.31.228
ping -c 1 192.168.31.1
echo x | nc -u -w 1 192.168.31.1 53
iptables -L -n -v -x
iptables -S
