# world: bare
# A port forward on the host: the laptop's connection to host:8080 is DNATed in PREROUTING to the
# internet's web server and MASQUERADEd out again; conntrack shows both rewrites.
sysctl -w net.ipv4.ip_forward=1
iptables -t nat -A PREROUTING -p tcp --dport 8080 -j DNAT --to-destination 198.18.5.130:80
iptables -t nat -A POSTROUTING -o eth0 -d 198.18.5.130 -j MASQUERADE
iptables -t raw -A PREROUTING -p tcp --dport 8080 -j TRACE
ip netns exec laptop curl -s -o /dev/null -w '%{http_code} %{remote_ip}:%{remote_port}\n' http://192.168.31.228:8080/
conntrack -L
iptables -t nat -L -n -v -x
iptables -L FORWARD -n -v -x
