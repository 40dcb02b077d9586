# world: bare
# The tcp match: --syn, ! --syn, --tcp-flags and a --dport range, each counted by a connection from
# the laptop to a listener on the host, and a refused port.
nc -l -k 2222 > /dev/null &
iptables -A INPUT -p tcp --syn --dport 2000:2999 -j ACCEPT
iptables -A INPUT -p tcp ! --syn --dport 2222 -j ACCEPT
iptables -A INPUT -p tcp --tcp-flags SYN,ACK,FIN,RST RST -j ACCEPT
iptables -A INPUT -p tcp --tcp-flags ALL FIN,ACK --sport 1024:65535 -j ACCEPT
iptables -A INPUT -p tcp --dport 3000:3999 -j REJECT --reject-with tcp-reset
ip netns exec laptop nc -zv -w 1 192.168.31.228 2222
ip netns exec laptop nc -zv -w 1 192.168.31.228 3306
ip netns exec laptop nc -zv -w 1 192.168.31.228 2333
iptables -L INPUT -n -v -x
iptables -S INPUT
