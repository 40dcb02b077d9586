# world: bare
# iproute2's listings in every namespace of the bare world.
ip addr
ip route
ip -n router addr
ip -n router route
ip -n internet route
ip -n internet route show table local
ip -n laptop addr show dev eth0
ip netns
ip route get 198.18.5.130
ip -n router route get 198.18.5.130
