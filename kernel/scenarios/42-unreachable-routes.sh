# world: bare
# Routes of type unreachable, prohibit and blackhole on the host and on the router: what ping, nc and
# curl report for each, locally and from the laptop.
ip route add unreachable 198.51.100.0/24
ip route add prohibit 198.51.101.0/24
ip route add blackhole 198.51.102.0/24
ip netns exec router ip route add prohibit 198.18.7.0/24
ip netns exec router ip route add unreachable 198.18.8.0/24
ping -c 1 -W 1 198.51.100.1
ping -c 1 -W 1 198.51.101.1
ping -c 1 -W 1 198.51.102.1
nc -zv -w 1 198.51.100.1 80
curl -sS -m 1 http://198.51.101.1/
ip netns exec laptop ping -c 1 -W 1 198.18.7.1
ip netns exec laptop curl -sS -m 1 http://198.18.8.1/
ip route
ip -n router route
ip route get 198.51.102.1
