# world: bare
# Listings after traffic: -S, -L -n -v -x and iptables-save -c over several tables.
iptables -A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -A INPUT -i lo -j ACCEPT
iptables -A INPUT -p icmp -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 22,80,443 -j ACCEPT
iptables -P INPUT DROP
iptables -t mangle -A OUTPUT -p tcp --dport 443 -j MARK --set-mark 0x2a
iptables -t mangle -A OUTPUT -m mark --mark 0x2a -j CONNMARK --save-mark
ping -c 2 -i 0.2 127.0.0.1
curl -s -o /dev/null -w '%{http_code}\n' http://198.18.5.130:443/
ip netns exec laptop ping -c 1 -W 1 192.168.31.228
iptables -L -n -v -x
iptables -t mangle -S
iptables-save -c
conntrack -L -p tcp
