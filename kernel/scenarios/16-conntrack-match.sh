# world: bare
# The conntrack match: --ctstate NEW/ESTABLISHED/RELATED, --ctproto, --ctorigsrc, --ctdir and
# --ctstatus on the router, counted by a curl and a ping from the laptop and an unreachable.
ip netns exec router iptables -A FORWARD -m conntrack --ctstate NEW --ctproto tcp --ctorigsrc 192.168.31.50 -j ACCEPT
ip netns exec router iptables -A FORWARD -m conntrack --ctstate ESTABLISHED --ctdir REPLY -j ACCEPT
ip netns exec router iptables -A FORWARD -m conntrack --ctstate ESTABLISHED --ctdir ORIGINAL -j ACCEPT
ip netns exec router iptables -A FORWARD -m conntrack --ctstatus SEEN_REPLY -j ACCEPT
ip netns exec router iptables -A FORWARD -m conntrack --ctstate RELATED -j ACCEPT
ip netns exec router iptables -A FORWARD -m conntrack ! --ctstate INVALID -j ACCEPT
ip netns exec laptop curl -s -o /dev/null -w '%{http_code}\n' http://198.18.5.130/
ip netns exec laptop ping -c 1 -W 1 10.2.3.4
ip netns exec router iptables -L FORWARD -n -v -x
ip netns exec router iptables -S FORWARD
ip netns exec router conntrack -L
