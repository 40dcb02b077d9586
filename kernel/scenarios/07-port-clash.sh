# world: bare
# Two containers on a hand-made docker0 use the same source port to the same server: MASQUERADE keeps
# the first's port and moves the second's.
ip link add docker0 type bridge
ip addr add 172.17.0.1/16 dev docker0
ip link set docker0 up
sysctl -w net.ipv4.ip_forward=1
iptables -t nat -A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
ip netns add a
ip link add veth-a type veth peer name eth0 netns a
ip link set veth-a master docker0
ip link set veth-a up
ip -n a addr add 172.17.0.4/16 dev eth0
ip -n a link set eth0 up
ip -n a route add default via 172.17.0.1
ip netns add b
ip link add veth-b type veth peer name eth0 netns b
ip link set veth-b master docker0
ip link set veth-b up
ip -n b addr add 172.17.0.5/16 dev eth0
ip -n b link set eth0 up
ip -n b route add default via 172.17.0.1
ip netns exec a curl -s -o /dev/null -w '%{http_code}\n' --local-port 40000 http://198.18.5.130:443/
ip netns exec b curl -s -o /dev/null -w '%{http_code}\n' --local-port 40000 http://198.18.5.130:443/
conntrack -L -p tcp --dport 443
