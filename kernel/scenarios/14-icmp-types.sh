# world: bare
# The icmp match by type, by type/code and inverted: the host counts echo requests in, echo replies
# in and the port unreachable its own UDP datagram brings back.
iptables -A INPUT -p icmp --icmp-type echo-request -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 0 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type port-unreachable -j ACCEPT
iptables -A INPUT -p icmp ! --icmp-type 3/3 -j ACCEPT
iptables -A OUTPUT -p icmp --icmp-type echo-reply -j ACCEPT
ip netns exec laptop ping -c 2 -i 0.2 192.168.31.228
ping -c 1 192.168.31.50
echo x | nc -u -w 1 192.168.31.50 9
iptables -L -n -v -x
iptables -S
