# sysctl in a fresh namespace: forwarding, devconf per device, br_netfilter's switches.
# record: lo-up
sysctl net.ipv4.ip_forward
sysctl -n net.ipv4.ip_forward
sysctl net.ipv4.conf.all.forwarding net.ipv4.conf.default.forwarding net.ipv4.conf.lo.forwarding
sysctl net.ipv4.conf.all.rp_filter net.ipv4.conf.default.rp_filter net.ipv4.conf.lo.rp_filter
sysctl net.ipv4.conf.all.route_localnet net.ipv4.conf.lo.route_localnet
sysctl net.bridge.bridge-nf-call-iptables
sysctl net.bridge.bridge-nf-call-ip6tables net.bridge.bridge-nf-call-arptables
ip link add sa address 02:00:00:00:05:0a type veth peer name sb address 02:00:00:00:05:0b
sysctl net.ipv4.conf.sa.forwarding
sysctl -w net.ipv4.ip_forward=1
sysctl net.ipv4.conf.all.forwarding net.ipv4.conf.default.forwarding net.ipv4.conf.sa.forwarding
sysctl -w net.ipv4.conf.sa.forwarding=0
sysctl net.ipv4.ip_forward net.ipv4.conf.sa.forwarding net.ipv4.conf.sb.forwarding
sysctl -w net.ipv4.conf.all.forwarding=0
sysctl net.ipv4.ip_forward net.ipv4.conf.sa.forwarding
sysctl -w net.ipv4.conf.default.rp_filter=2
ip link add sc address 02:00:00:00:05:0c type veth peer name sd address 02:00:00:00:05:0d
sysctl net.ipv4.conf.sc.rp_filter net.ipv4.conf.sa.rp_filter
sysctl -w net.ipv4.conf.all.route_localnet=1
sysctl -n net.ipv4.conf.all.route_localnet
sysctl net.ipv4.ip_forward=1
sysctl net/ipv4/ip_forward
sysctl -w net.ipv4.ip_forward=2
sysctl net.ipv4.conf.sa.forwarding
sysctl -w net.ipv4.ip_forward=abc
sysctl -w net.ipv4.ip_forward
sysctl net.ipv4.nosuch
sysctl net.ipv4.conf.nosuch.forwarding
sysctl -w net.bridge.bridge-nf-call-iptables=0
sysctl net.bridge.bridge-nf-call-iptables
sysctl -w net.bridge.bridge-nf-call-iptables=5
sysctl net.ipv4.ip_local_port_range
sysctl net.netfilter.nf_conntrack_tcp_timeout_established net.netfilter.nf_conntrack_udp_timeout
ip link set sa name sz
sysctl net.ipv4.conf.sz.forwarding
sysctl net.ipv4.conf.sa.forwarding
ip link del sz
sysctl net.ipv4.conf.sb.forwarding
sysctl -qw net.ipv4.ip_forward=1
sysctl -n net.ipv4.ip_forward
sysctl -wq net.ipv4.conf.all.route_localnet=1
sysctl -nw net.ipv4.conf.all.route_localnet=0
sysctl net.ipv4.conf.all.route_localnet
