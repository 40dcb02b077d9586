# ip route: static routes, replace/delete, route types, lookups with ip route get, and the errors.
# record: lo-up
# record: settle=2.5
ip route
ip route show table local
ip route get 127.0.0.1
ip route get 8.8.8.8
ip link add ra address 02:00:00:00:02:0a type veth peer name rb address 02:00:00:00:02:0b
ip link set ra up
ip link set rb up
ip addr add 10.1.0.1/16 dev ra
ip addr add 10.9.0.1/24 dev rb
ip route add default via 10.1.0.254
ip route add 10.2.0.0/16 via 10.1.0.254 metric 50
ip route add 10.3.0.0/16 dev ra
ip route add 10.3.0.0/16 dev ra
ip route add 10.3.0.0/16 dev rb metric 7
ip route add 10.4.0.0/16 via 10.8.8.8
ip route add 10.5.0.0/16 via 10.1.0.254 src 10.1.0.1
ip route add 10.5.1.0/24 via 10.1.0.254 src 9.9.9.9
ip route add unreachable 10.6.0.0/16
ip route add blackhole 10.7.0.0/16
ip route add prohibit 10.8.0.0/16
ip route add 10.10.0.0/16 via 10.1.0.1
ip route add 10.11.0.0/16 via 10.9.0.7 dev ra
ip route add 10.12.0.0/16 via 10.9.0.7 dev rb
ip route add 10.13.0.0/16
ip route add 10.14.0.0/16 dev nosuch
ip route add 10.15.0.0/16 via
ip route add 10.16.0.0/16 10.1.0.1
ip route add 10.17.0.1/16 dev ra
ip route add 10/8 via 10.1.0.2
ip route
ip route show dev ra
ip route show 10.3.0.0/16
ip route show 10.0.0.0/8
ip route show table main
ip route get 10.2.3.4
ip route get 10.1.2.3
ip route get 10.1.0.1
ip route get 10.9.0.1
ip route get 10.6.0.1
ip route get 10.7.0.1
ip route get 10.8.0.1
ip route get 8.8.8.8
ip route get 8.8.8.8 from 10.1.0.1
ip route get 8.8.8.8 from 10.9.0.1
ip route get 10.1.2.3 oif ra
ip route get 10.1.2.3 oif rb
ip route get 10.1.255.255
ip route get 10.9.0.255
ip route get 10.5.9.9
ip route get 10.3.1.1
ip route get 127.1.2.3
ip route get 10.1.0.1 from 127.0.0.1
ip route get 10.1.2.3 oif nosuch
ip route get
ip route get 1.2.3.4 5.6.7.8
ip route replace 10.3.0.0/16 via 10.1.0.253
ip route replace 10.20.0.0/16 via 10.1.0.253
ip route
ip route del 10.3.0.0/16
ip route
ip route del 10.3.0.0/16
ip route del 10.3.0.0/16
ip route del 10.6.0.0/16
ip route del 10.2.0.0/16 metric 51
ip route del 10.2.0.0/16 metric 50
ip route del default
ip route get 8.8.8.8
ip route del 10.99.0.0/16
ip route add default via 10.9.0.254 dev rb metric 100
ip route add default via 10.1.0.254 metric 200
ip route
ip route get 8.8.8.8
ip link set rb down
ip route
ip route get 8.8.8.8
ip link set rb up
ip route
ip route foo
ip r
ip ro sh table local
ip route show table nosuch
