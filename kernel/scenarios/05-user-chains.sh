# world: bare
# User chains: a jump that returns, a goto that does not come back, RETURN, and the rule hits traced.
iptables -t raw -A PREROUTING -p tcp -j TRACE
iptables -N web
iptables -N ssh
iptables -A web -p tcp --dport 80 -j ACCEPT
iptables -A web -j RETURN
iptables -A ssh -p tcp --dport 22 -j REJECT --reject-with tcp-reset
iptables -A INPUT -p tcp -j web
iptables -A INPUT -p tcp --dport 22 -g ssh
iptables -A INPUT -p tcp -j DROP
ip netns exec laptop nc -zv -w 2 192.168.31.228 22
ip netns exec laptop nc -zv -w 2 192.168.31.228 80
iptables -L -n -v -x
iptables -S
