# world: bare
# The state match as a stateful INPUT: only NEW ssh-like connections and established traffic pass;
# a datagram to another port is dropped by the policy and counted.
nc -l 2200 > /dev/null &
iptables -A INPUT -m state --state ESTABLISHED,RELATED -j ACCEPT
iptables -A INPUT -p tcp -m state --state NEW --dport 2200 -j ACCEPT
iptables -A INPUT -i lo -j ACCEPT
iptables -A INPUT -m state ! --state INVALID -p icmp -j ACCEPT
iptables -P INPUT DROP
ip netns exec laptop nc -zv -w 1 192.168.31.228 2200
echo x | ip netns exec laptop nc -u -w 1 192.168.31.228 2201
ip netns exec laptop ping -c 1 192.168.31.228
iptables -L INPUT -n -v -x
conntrack -L
