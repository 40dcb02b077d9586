# world: bare
# User chains in the nat and mangle tables: a jump that RETURNs, a goto, and DNAT chosen in a user
# chain; traced on the host.
iptables -t raw -A OUTPUT -p tcp -j TRACE
iptables -t nat -N pick
iptables -t nat -N web
iptables -t nat -A web -p tcp --dport 80 -j DNAT --to-destination 198.18.5.130
iptables -t nat -A pick -d 192.0.2.0/24 -g web
iptables -t nat -A pick -j RETURN
iptables -t nat -A OUTPUT -j pick
iptables -t mangle -N tag
iptables -t mangle -A tag -j MARK --set-mark 1
iptables -t mangle -A tag -j RETURN
iptables -t mangle -A OUTPUT -p tcp -j tag
curl -s -o /dev/null -w '%{http_code}\n' http://192.0.2.9/
curl -s -o /dev/null -w '%{http_code}\n' http://198.18.5.131/
iptables -t nat -L -n -v -x
iptables -t mangle -L -n -v -x
conntrack -L
