# world: bare
# Policies DROP in all three filter chains: what passes is what the rules let through; ping's own
# echo request refused in OUTPUT is an error for ping; the policies count what they drop.
iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables -A OUTPUT -p tcp --dport 80 -j ACCEPT
iptables -A OUTPUT -m conntrack --ctstate ESTABLISHED -j ACCEPT
iptables -P INPUT DROP
iptables -P OUTPUT DROP
iptables -P FORWARD DROP
curl -s -o /dev/null -w '%{http_code}\n' http://198.18.5.130/
ping -c 1 -W 1 198.18.0.7
ip netns exec laptop ping -c 1 -W 1 192.168.31.228
iptables -L -n -v -x
iptables -S
