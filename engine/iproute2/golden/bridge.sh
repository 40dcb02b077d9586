# Bridges: ports, the bridge's MAC and carrier, bridge link, brctl show, hairpin.
# record: lo-up
# record: settle=2.5
ip link add br0 type bridge
ip link add pa address 02:00:00:00:04:0a type veth peer name pb address 02:00:00:00:04:0b
ip link add pc address 02:00:00:00:04:0c type veth peer name pd address 02:00:00:00:04:0d
ip link set pc master br0
ip link show br0
ip link set pa master br0
ip link show br0
brctl show
brctl show br0
bridge link
bridge link show
ip link set br0 up
ip link show br0
bridge link
ip link set pa up
ip link set pb up
ip link show br0
ip link
bridge link
bridge link show dev pa
ip addr show br0
ip link show master br0
ip -br link show master br0
ip link set pa type bridge_slave hairpin on
bridge link set dev pc hairpin on
bridge link set dev pb hairpin on
bridge link
ip link set pb down
ip link show br0
bridge link
ip link set pa nomaster
ip link show br0
brctl show
ip link set pc nomaster
ip link show br0
brctl show
bridge link
ip link add br1 address 02:00:00:00:04:ff type bridge
ip link set pc master br1
ip link set pa master br1
ip link show br1
brctl show
ip link set br1 up
ip link set pb up
ip link show br1
ip addr show br1
ip link set pa master br0
brctl show
ip link set pb master pa
ip link set lo master br1
ip link set br0 master br1
ip link del br1
ip link
brctl show
bridge link
brctl show nosuch
