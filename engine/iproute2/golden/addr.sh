# ip address: adding and deleting IPv4 addresses, primaries and secondaries, the kernel's routes.
# record: lo-up
# record: settle=2.5
ip addr
ip -4 addr
ip addr show lo
ip link add ea address 02:00:00:00:01:0a type veth peer name eb address 02:00:00:00:01:0b
ip addr add 10.0.0.1/24 dev ea
ip addr show ea
ip route
ip route show table local
ip link set ea up
ip route
ip route show table local
ip link set eb up
ip addr
ip route
ip addr add 10.0.0.2/24 dev ea
ip addr add 10.0.0.3/24 brd + dev ea label ea:1
ip addr add 10.1.0.1/16 dev ea
ip addr add 192.168.5.5 dev ea
ip addr add 172.16.0.1/12 brd 172.16.0.255 dev ea
ip -4 addr show ea
ip route
ip route show table local
ip -br addr
ip -br -4 addr
ip -4 -br addr show ea
ip addr add 10.0.0.1/24 dev ea
ip addr add 10.0.0.1/25 dev ea
ip addr add 10.0.0.9/24 dev ea scope link
ip addr del 10.0.0.2/24 dev ea
ip -4 addr show dev ea
ip route show table local
ip addr del 10.0.0.1/24 dev ea
ip -4 addr show ea
ip route
ip route show table local
ip addr del 10.1.0.1 dev ea
ip -4 addr show ea
ip addr del 10.9.9.9/24 dev ea
ip addr add 1.2.3.4/33 dev ea
ip addr add 1.2.3.4/24 dev ea extra
ip addr add 1.2.3.4/24 dev
ip addr add 1.2.3.4/24
ip addr add dev ea
ip addr add 1.2.3.4/24 dev nosuch
ip addr add 127.0.0.2/8 dev ea
ip -4 addr show ea
ip addr add 10.5.0.1/24 dev eb
ip link set eb down
ip addr show eb
ip route
ip route show table local
ip link set eb up
ip route
ip addr foo
ip a s ea
ip -6 addr show lo
ip addr show nosuch
ip link del ea
ip addr
ip route show table local
