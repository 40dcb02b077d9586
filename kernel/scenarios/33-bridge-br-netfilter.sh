# world: bare
# The router's br-lan bridges the host and the laptop: with br_netfilter on (the kernel default),
# bridged packets go through the router's FORWARD as -i br-lan -o br-lan; turned off, they do not.
ip netns exec router iptables -A FORWARD -i br-lan -o br-lan -p icmp --icmp-type echo-request -j DROP
ip netns exec router iptables -t raw -A PREROUTING -i br-lan -p icmp -j TRACE
ip netns exec router sysctl net.bridge.bridge-nf-call-iptables
ip netns exec laptop ping -c 1 -W 1 192.168.31.228
ip netns exec router sysctl -w net.bridge.bridge-nf-call-iptables=0
ip netns exec laptop ping -c 1 -W 1 192.168.31.228
ip netns exec router iptables -L FORWARD -n -v -x
ip netns exec router conntrack -L
bridge link
ip netns exec router bridge link
