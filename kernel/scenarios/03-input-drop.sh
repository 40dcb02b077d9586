# world: bare
# The host drops pings from the laptop in INPUT; the counters show the dropped request.
iptables -A INPUT -s 192.168.31.50 -p icmp --icmp-type echo-request -j DROP
ip netns exec laptop ping -c 1 -W 1 192.168.31.228
iptables -L INPUT -n -v -x
ping -c 1 -W 1 192.168.31.50
iptables -S
