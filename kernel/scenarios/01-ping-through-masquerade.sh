# world: bare
# The host and the laptop ping the internet through the router's MASQUERADE; the router's conntrack
# and nat counters show one connection per ping, the reply de-NATed back.
ping -c 1 198.18.0.7
ip netns exec laptop ping -c 1 -W 1 198.18.0.7
ip netns exec router conntrack -L
ip netns exec router iptables -t nat -L POSTROUTING -n -v -x
ip netns exec internet conntrack -L
