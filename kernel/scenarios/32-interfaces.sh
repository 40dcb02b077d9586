# world: bare
# The IP header and interface matches with inversions on the router's FORWARD: -i, -o, -s, -d, -p,
# each negated, and --fragment-free protocol numbers.
ip netns exec router iptables -A FORWARD -i br-lan ! -o br-lan -p icmp -s 192.168.31.50 -j ACCEPT
ip netns exec router iptables -A FORWARD ! -i br-lan -o br-lan -p 1 -d 192.168.31.50 -j ACCEPT
ip netns exec router iptables -A FORWARD ! -s 192.168.31.0/24 -j ACCEPT
ip netns exec router iptables -A FORWARD -i br+ ! -d 198.18.0.0/16 -j REJECT
ip netns exec router iptables -A FORWARD ! -p tcp -j ACCEPT
ip netns exec router iptables -A FORWARD -o wa+ -j ACCEPT
ip netns exec laptop ping -c 1 198.18.0.7
ip netns exec laptop ping -c 1 -W 1 203.0.113.1
ping -c 1 198.18.0.8
ip netns exec router iptables -L FORWARD -n -v -x
ip netns exec router iptables -S FORWARD
