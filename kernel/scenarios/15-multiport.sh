# world: bare
# multiport with --dports lists and ranges, --sports, --ports and an inverted list.
iptables -A INPUT -p tcp -m multiport --dports 21:23,80,8000:8080 -j REJECT --reject-with tcp-reset
iptables -A INPUT -p udp -m multiport ! --dports 53,123 -j DROP
iptables -A INPUT -p tcp -m multiport --sports 41000,41001 -j REJECT --reject-with tcp-reset
iptables -A INPUT -p tcp -m multiport --ports 9000,9001 -j REJECT
ip netns exec laptop nc -zv -w 1 192.168.31.228 22
ip netns exec laptop nc -zv -w 1 192.168.31.228 8042
ip netns exec laptop nc -zv -w 1 -p 41001 192.168.31.228 7000
ip netns exec laptop nc -zv -w 1 192.168.31.228 9001
echo x | ip netns exec laptop nc -u -w 1 192.168.31.228 124
iptables -L INPUT -n -v -x
iptables -S INPUT
