# world: bare
# REJECT's answers belong to the connection they reject: its ICMP error meets OUTPUT as RELATED,
# here matching the rejecting rule a second time (the kernel never answers an ICMP error).
ip netns exec router iptables -A OUTPUT -m conntrack --ctorigdst 198.18.5.130 -j REJECT --reject-with icmp-net-unreachable
echo q | ip netns exec router nc -u -w 1 198.18.5.130 5353
ip netns exec router iptables -L OUTPUT -n -v -x
iptables -A INPUT -p udp --dport 5354 -j REJECT
iptables -A OUTPUT -p icmp -m conntrack --ctstate RELATED -j ACCEPT
echo q | ip netns exec laptop nc -u -w 1 192.168.31.228 5354
iptables -L OUTPUT -n -v -x
conntrack -L
