# ip netns and ip -n: named namespaces, veths across them, moving devices, exec, and the errors.
# record: lo-up
# record: nsenter
# record: settle=2.5
ip netns add npg-n1
ip netns add npg-n2
ip netns add npg-n1
ip netns list | grep npg-n | sort
ip -n npg-n1 link
ip -n npg-n1 addr
ip -netns npg-n1 route
ip -n npg-n1 route show table local
ip netns exec npg-n1 ip link set lo up
ip -n npg-n1 addr
ip -n npg-n1 route show table local
ip link add na address 02:00:00:00:03:0a type veth peer name nb address 02:00:00:00:03:0b netns npg-n1
ip link
ip -n npg-n1 link
ip netns list | grep npg-n | sort
ip -n npg-n1 -4 addr show nb
ip link set na up
ip -n npg-n1 link set nb up
ip link
ip -n npg-n1 addr show nb
ip addr add 10.50.0.1/24 dev na
ip -n npg-n1 addr add 10.50.0.2/24 dev nb
ip netns exec npg-n1 ip -4 addr
ip -n npg-n1 -4 addr
ip -n npg-n1 -br addr
ip netns exec npg-n1 ip route
ip netns exec npg-n1 ip route get 10.50.0.1
ip route get 10.50.0.2
ip link add nc address 02:00:00:00:03:0c type veth peer name nd address 02:00:00:00:03:0d
ip link set nd up
ip addr add 10.60.0.1/24 dev nd
ip link set nd netns npg-n2
ip link
ip -n npg-n2 link
ip -n npg-n2 addr
ip link set nc netns npg-n2
ip -n npg-n2 link
ip -n npg-n2 link set nc netns npg-n1
ip -n npg-n1 link
ip -n npg-n2 link
ip -n npg-n1 link set nc name nc1
ip -n npg-n1 link set nc1 netns npg-n2
ip -n npg-n2 link
ip link set lo netns npg-n1
ip netns exec npg-n2 ip -br link
ip netns exec npg-n2 sysctl net.ipv4.ip_forward
ip netns exec npg-n2 nosuchcommand
ip netns exec npg-n2 ip link show nosuch
ip netns exec npg-n2 ip netns exec npg-n1 ip -br -4 addr
ip -n nosuch link
ip -n
ip netns exec nosuch ip link
ip netns exec
ip netns exec npg-n1
ip netns del nosuch
ip netns del npg-n2
ip netns list | grep npg-n | sort
ip link
ip netns delete npg-n1
ip link
ip netns list | grep npg-n | sort
ip netns foo
