# ip link: veth pairs, flags and states, set/rename/mtu/address, delete, and the errors.
# record: lo-up
# record: settle=2.5
ip link
ip link show lo
ip link add va address 02:00:00:00:00:0a type veth peer name vb address 02:00:00:00:00:0b
ip link
ip link show va
ip link show dev vb
ip link set va up
ip link
ip link set vb up
ip link
ip -br link
ip link set vb down
ip link show va
ip -br link show va
ip link set vb mtu 9000
ip link set vb address 02:00:00:00:00:bb
ip link set vb name vc
ip link show vc
ip link show va
ip link set vc name vd up
ip link show vd
ip link set vd name ve
ip link set va mtu abc
ip link set va address zz
ip link set va foo
ip link set nosuch up
ip link show nosuch
ip link show va vd
ip link del nosuch
ip link add va type veth peer name vx
ip link add vx type veth peer name va
ip link add q type nosuchkind
ip link add w1 address 02:00:00:00:00:21 type veth peer w2 address 02:00:00:00:00:22
ip -br link
ip link del w2
ip -br link
ip link del vd
ip link
ip link del lo
ip link set lo down
ip link show lo
ip link set lo up
ip link show lo
ip foo
ip link foo
ip -x link
ip l
ip li sh va
ip link add
ip link set
ip link set va master
ip link set va master nosuch
ip link set va netns nosuch
ip link add t1 address 02:00:00:00:00:31 type veth peer name t2 address 02:00:00:00:00:32
ip link set t1 up
ip link set t2 up
ip link show up
ip link del t1
ip link
