# world: bare
# DNAT in nat OUTPUT sends a local connection elsewhere: the route is looked up again for the new
# destination, and conntrack shows the rewritten reply tuple.
iptables -t nat -A OUTPUT -d 192.0.2.80 -p tcp --dport 80 -j DNAT --to-destination 198.18.5.130
iptables -t raw -A OUTPUT -p tcp --dport 80 -j TRACE
curl -s -o /dev/null -w '%{http_code} %{remote_ip}\n' http://192.0.2.80/
conntrack -L -p tcp
iptables -t nat -L OUTPUT -n -v -x
